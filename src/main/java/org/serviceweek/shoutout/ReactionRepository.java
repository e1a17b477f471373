package org.serviceweek.shoutout;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReactionRepository extends JpaRepository<Reaction, Reaction.Key> {

	@Query("""
			select r.shoutOutId, r.kind, count(r) from Reaction r where r.shoutOutId in :ids
			group by r.shoutOutId, r.kind
			""")
	List<Object[]> countByShoutOuts(Collection<Long> ids);

	@Query("select r.shoutOutId, r.kind from Reaction r where r.shoutOutId in :ids and r.personId = :personId")
	List<Object[]> findMine(Collection<Long> ids, Long personId);

}
