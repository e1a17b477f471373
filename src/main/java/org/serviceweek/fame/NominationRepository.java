package org.serviceweek.fame;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NominationRepository extends JpaRepository<Nomination, Long> {

	Optional<Nomination> findByNomineeIdAndNominatorIdAndYear(Long nomineeId, Long nominatorId, int year);

	@Query("""
			select n from Nomination n join fetch n.nominee p left join fetch p.team join fetch n.nominator
			left join fetch n.category where n.status = 'OPEN' order by n.createdAt
			""")
	List<Nomination> findOpen();

	@Query("""
			select n from Nomination n join fetch n.nominee p left join fetch n.category
			where n.nominator.id = :nominatorId order by n.year desc, n.createdAt desc
			""")
	List<Nomination> findByNominator(Long nominatorId);

	List<Nomination> findByInductionId(Long inductionId);

	@Query("select n from Nomination n where n.status = 'OPEN' and n.nominee.id = :nomineeId and n.year = :year")
	List<Nomination> findOpenFor(Long nomineeId, int year);

}
