package org.serviceweek.week;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignUpRepository extends JpaRepository<SignUp, Long> {

	Optional<SignUp> findByActivityIdAndPersonId(Long activityId, Long personId);

	long countByActivityIdAndStatus(Long activityId, SignUpStatus status);

	@Query("""
			select s from SignUp s join fetch s.person p left join fetch p.team
			where s.activity.id = :activityId order by s.status, s.signedUpAt, s.id
			""")
	List<SignUp> findByActivity(Long activityId);

	@Query("""
			select s from SignUp s where s.activity.id = :activityId and s.status = 'WAITING'
			order by s.signedUpAt, s.id
			""")
	List<SignUp> findWaiting(Long activityId);

	@Query("""
			select s from SignUp s join fetch s.activity a left join fetch a.host
			where s.person.id = :personId and a.cancelledAt is null order by a.onDate, a.startsAt
			""")
	List<SignUp> findByPerson(Long personId);

	@Query("""
			select s.activity.id, s.status, count(s) from SignUp s
			where s.activity.id in :activityIds group by s.activity.id, s.status
			""")
	List<Object[]> countByActivities(Collection<Long> activityIds);

	@Query("select s.person.id from SignUp s where s.activity.id = :activityId")
	List<Long> findPersonIds(Long activityId);

	void deleteByActivityId(Long activityId);

}
