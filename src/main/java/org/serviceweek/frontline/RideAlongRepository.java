package org.serviceweek.frontline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RideAlongRepository extends JpaRepository<RideAlong, Long> {

	String WITH_PEOPLE = "select r from RideAlong r join fetch r.leader left join fetch r.team left join fetch r.agent ";

	@Query(WITH_PEOPLE + "where r.id = :id")
	Optional<RideAlong> findWithPeopleById(@Param("id") long id);

	@Query(WITH_PEOPLE + "where r.leader.id = :leaderId order by r.startsAt desc")
	List<RideAlong> findByLeader(@Param("leaderId") long leaderId);

	/** Visits still to come (or going on) to a team. */
	@Query(WITH_PEOPLE + "where r.team.id = :teamId and r.cancelledAt is null and r.endsAt > :now "
			+ "order by r.startsAt")
	List<RideAlong> findComingToTeam(@Param("teamId") long teamId, @Param("now") Instant now, Pageable page);

	/** Visits still to come (or going on) to one agent personally. */
	@Query(WITH_PEOPLE + "where r.agent.id = :agentId and r.cancelledAt is null and r.endsAt > :now "
			+ "order by r.startsAt")
	List<RideAlong> findComingToAgent(@Param("agentId") long agentId, @Param("now") Instant now, Pageable page);

	/** What leaders learned, the latest first. */
	@Query(WITH_PEOPLE + "where r.learned is not null order by r.learnedAt desc, r.id desc")
	List<RideAlong> findLatestLearnings(Pageable page);

	/** Everything (cancelled ones included) that starts in [from, to). */
	@Query(WITH_PEOPLE + "where r.startsAt >= :from and r.startsAt < :to order by r.startsAt")
	List<RideAlong> findStartingBetween(@Param("from") Instant from, @Param("to") Instant to);

	/** The leader's other bookings that overlap the slot. */
	@Query("select r from RideAlong r where r.leader.id = :leaderId and r.cancelledAt is null "
			+ "and r.startsAt < :endsAt and r.endsAt > :startsAt and r.id <> :exceptId order by r.startsAt")
	List<RideAlong> findOverlappingForLeader(@Param("leaderId") long leaderId, @Param("startsAt") Instant startsAt,
			@Param("endsAt") Instant endsAt, @Param("exceptId") long exceptId);

	@Query("select count(r) from RideAlong r where r.team.id = :teamId and r.cancelledAt is null "
			+ "and r.startsAt < :endsAt and r.endsAt > :startsAt and r.id <> :exceptId")
	long countOverlappingForTeam(@Param("teamId") long teamId, @Param("startsAt") Instant startsAt,
			@Param("endsAt") Instant endsAt, @Param("exceptId") long exceptId);

	@Query("select count(r) from RideAlong r where r.agent.id = :agentId and r.cancelledAt is null "
			+ "and r.startsAt < :endsAt and r.endsAt > :startsAt and r.id <> :exceptId")
	long countOverlappingForAgent(@Param("agentId") long agentId, @Param("startsAt") Instant startsAt,
			@Param("endsAt") Instant endsAt, @Param("exceptId") long exceptId);

	@Query("select count(r) from RideAlong r where r.leader.id = :leaderId and r.cancelledAt is null "
			+ "and r.endsAt > :now")
	long countUpcomingForLeader(@Param("leaderId") long leaderId, @Param("now") Instant now);

}
