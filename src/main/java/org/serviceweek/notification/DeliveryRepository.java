package org.serviceweek.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

	@Query("""
			select d from Delivery d where d.deliveredAt is null and d.failedAt is null and d.nextAttemptAt <= :now
			order by d.nextAttemptAt, d.id
			""")
	List<Delivery> findDue(Instant now, Pageable pageable);

}
