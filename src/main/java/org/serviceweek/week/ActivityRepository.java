package org.serviceweek.week;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	@Query("select a from Activity a left join fetch a.host where a.id = :id")
	Optional<Activity> findWithHost(Long id);

	/** Locks the activity's row: sign-ups to one activity happen one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Activity a where a.id = :id")
	Optional<Activity> lockById(Long id);

	@Query("""
			select a from Activity a left join fetch a.host
			where a.year = :year and a.cancelledAt is null order by a.onDate, a.startsAt, a.title
			""")
	List<Activity> findPlanned(Integer year);

	@Query("select a from Activity a where a.year = :year order by a.onDate, a.startsAt")
	List<Activity> findAllOfWeek(Integer year);

	/** Every activity of the week, cancelled ones too, for calendar feeds. */
	@Query("select a from Activity a left join fetch a.host where a.year = :year order by a.onDate, a.startsAt")
	List<Activity> findForCalendar(Integer year);

	@Query("""
			select a from Activity a left join fetch a.host
			where a.cancelledAt is null and a.onDate between :from and :to order by a.onDate, a.startsAt, a.title
			""")
	List<Activity> findPlannedBetween(LocalDate from, LocalDate to);

	@Query("""
			select a from Activity a left join fetch a.host
			where a.year is null and a.cancelledAt is null and a.onDate >= :from order by a.onDate, a.startsAt
			""")
	List<Activity> findFollowUpsFrom(LocalDate from);

}
