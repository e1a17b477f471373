package org.serviceweek.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

	@Query("""
			select d from Delivery d where d.deliveredAt is null and d.failedAt is null and d.nextAttemptAt <= :now
			order by d.nextAttemptAt, d.id
			""")
	List<Delivery> findDue(Instant now, Pageable pageable);

	/**
	 * Takes a due delivery for one sender: moves its next attempt to the end of a lease,
	 * provided nobody took it since it was read ({@code seen} is the next attempt read
	 * then). Returns 0 when another sender, on another instance, was first: of two such
	 * updates the database lets only one match.
	 */
	@Transactional
	@Modifying
	@Query("""
			update Delivery d set d.nextAttemptAt = :leaseEnds
			where d.id = :id and d.nextAttemptAt = :seen and d.deliveredAt is null and d.failedAt is null
			""")
	int claim(Long id, Instant seen, Instant leaseEnds);

}
