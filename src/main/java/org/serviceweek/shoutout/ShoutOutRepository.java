package org.serviceweek.shoutout;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShoutOutRepository extends JpaRepository<ShoutOut, Long> {

	/** A fetch join, whose translation Hibernate keeps (see PersonRepository). */
	@Query("""
			select s from ShoutOut s left join fetch s.author left join fetch s.team left join fetch s.value
			left join fetch s.recipients where s.id = :id
			""")
	Optional<ShoutOut> findWithDetailsById(Long id);

	Optional<ShoutOut> findBySubmissionKey(String submissionKey);

	@Query("""
			select distinct s from ShoutOut s left join fetch s.author left join fetch s.team left join fetch s.value
			left join fetch s.recipients where s.id in :ids
			""")
	List<ShoutOut> findWithDetails(Collection<Long> ids);

	/**
	 * Waiting for a manager's decision, oldest first (index ix_shout_out_moderation). The
	 * moderation queue asks this and {@link #findReported} apart: one query with an
	 * {@code or} between them read every shout-out (finding 42 in docs/performance.md).
	 */
	@Query("""
			select new org.serviceweek.shoutout.DatedShoutOut(s.id, s.createdAt) from ShoutOut s
			where s.moderation = 'PENDING' and s.hiddenAt is null
			order by s.createdAt asc, s.id asc
			""")
	List<DatedShoutOut> findWaiting(Limit limit);

	/**
	 * Reported and not yet dealt with, oldest first: the open reports, then each by its
	 * id.
	 */
	@Query("""
			select new org.serviceweek.shoutout.DatedShoutOut(s.id, s.createdAt) from ShoutOut s
			where s.hiddenAt is null and s.id in (select r.shoutOutId from ShoutOutReport r where r.resolvedAt is null)
			order by s.createdAt asc, s.id asc
			""")
	List<DatedShoutOut> findReported(Limit limit);

	long countByModerationAndHiddenAtIsNull(Moderation moderation);

	/**
	 * The wall's order: the latest to reach it first (index ix_shout_out_public_since).
	 */
	String PUBLIC_ORDER = " order by s.publicSince desc, s.id desc";

	@Query("select s.id from ShoutOut s where s.id in :ids and s.publicSince is not null" + PUBLIC_ORDER)
	List<Long> findPublicIdsAmong(Collection<Long> ids);

	// When the first and last public shout-outs were written (for the year filter): each
	// reads the date index from one end to the first public row. "min(...), max(...)"
	// read the whole table (70 to 470 ms on 100,000 shout-outs) every time the wall's
	// filter choices were read again.

	@Query("select s.createdAt from ShoutOut s where s.publicSince is not null order by s.createdAt asc, s.id asc limit 1")
	Optional<Instant> findFirstPublicWrittenAt();

	@Query("select s.createdAt from ShoutOut s where s.publicSince is not null order by s.createdAt desc, s.id desc limit 1")
	Optional<Instant> findLastPublicWrittenAt();

	/**
	 * Sets {@code public_since} from the rule for visitors again, for the shout-outs
	 * naming one person (whose consent changed), or for all of them when {@code personId}
	 * is null (rows written around the application). A shout-out that stays on the wall
	 * keeps its moment.
	 */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			update shout_out set public_since = case
			  when moderation = 'APPROVED' and hidden_at is null
			   and id in (select r.shout_out_id from shout_out_recipient r)
			   and id not in (select r.shout_out_id from shout_out_recipient r join person p on p.id = r.person_id
			                  where p.public_consent = false)
			  then coalesce(public_since, moderated_at, created_at) end
			where id in (select r.shout_out_id from shout_out_recipient r where r.person_id = :personId)
			""")
	int placeOnPublicWall(long personId);

	@Query("""
			select new org.serviceweek.shoutout.DatedShoutOut(s.id, s.createdAt) from ShoutOut s
			join s.recipients p where p.id = :personId and s.hiddenAt is null
			and (s.source = 'STAFF' or s.moderation = 'APPROVED') order by s.createdAt desc, s.id desc
			""")
	List<DatedShoutOut> findReceived(Long personId, Limit limit);

	@Query("""
			select new org.serviceweek.shoutout.DatedShoutOut(s.id, s.createdAt) from ShoutOut s
			where s.author.id = :personId and s.hiddenAt is null
			and (s.source = 'STAFF' or s.moderation = 'APPROVED') order by s.createdAt desc, s.id desc
			""")
	List<DatedShoutOut> findGiven(Long personId);

	/**
	 * Who received a shout-out since the given moment: the shout-outs of the period first
	 * (index ix_shout_out_created), then their recipients. Joined the other way round, H2
	 * read every recipient of all time (finding 43 in docs/performance.md).
	 */
	@Query("""
			select distinct p.id from ShoutOut s join s.recipients p where s.id in (select v.id from ShoutOut v
			  where v.createdAt >= :since and v.hiddenAt is null and (v.source = 'STAFF' or v.moderation = 'APPROVED'))
			""")
	List<Long> findRecognisedSince(Instant since);

	/**
	 * When each of these people last received a shout-out (index ix_recipient_person).
	 */
	@Query("""
			select p.id, max(s.createdAt) from ShoutOut s join s.recipients p where p.id in :personIds
			and s.hiddenAt is null and (s.source = 'STAFF' or s.moderation = 'APPROVED') group by p.id
			""")
	List<Object[]> findLastReceived(Collection<Long> personIds);

	@Query("""
			select distinct s from ShoutOut s left join fetch s.author left join fetch s.team left join fetch s.value
			left join fetch s.recipients where s.createdAt >= :from and s.createdAt < :to
			and s.source = 'STAFF' order by s.createdAt
			""")
	List<ShoutOut> findForExport(Instant from, Instant to);

}
