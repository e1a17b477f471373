package org.serviceweek.frontline;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LeaderRepository extends JpaRepository<Leader, Long> {

	@Query("select l from Leader l join fetch l.person p left join fetch p.team order by lower(p.name), p.email")
	List<Leader> findAllWithPerson();

	@Query("select l.personId from Leader l")
	List<Long> findAllPersonIds();

	/**
	 * Locks the leader's row, so that two bookings of one leader take turns and cannot
	 * both pass the overlap check.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Leader l where l.personId = :personId")
	Optional<Leader> lockByPersonId(@Param("personId") long personId);

}
