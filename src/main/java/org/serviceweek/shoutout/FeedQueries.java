package org.serviceweek.shoutout;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The signed-in feed's query, written with only the conditions a person chose, like
 * {@link PublicWallQueries}: with every filter made optional ({@code :team is null or
 * ...}) and a subquery per shout-out for each, one page of the feed on 100,000 shout-outs
 * took about 0.3 s (docs/performance.md). The rule is the feed's: not hidden, and from a
 * customer only once a manager approved it (also counted by statistics, see
 * {@code stats.VisibleShoutOuts}); newest first (index {@code ix_shout_out_created}).
 */
@Repository
class FeedQueries {

	private static final String VISIBLE = "s.hiddenAt is null and (s.source = 'STAFF' or s.moderation = 'APPROVED')";

	private static final String NEWEST_FIRST = "s.createdAt desc, s.id desc";

	/**
	 * The same order once a value is chosen, in the columns of
	 * {@code ix_shout_out_value_newest}, so that the database reads the value's newest
	 * first rather than sorting all of them (docs/performance.md, finding 36).
	 */
	private static final String VALUE_NEWEST_FIRST = "s.value.id desc, " + NEWEST_FIRST;

	private final EntityManager entityManager;

	private final int countUpTo;

	@Autowired
	FeedQueries(EntityManager entityManager) {
		this(entityManager, IdQuery.COUNT_UP_TO);
	}

	FeedQueries(EntityManager entityManager, int countUpTo) {
		this.entityManager = entityManager;
		this.countUpTo = countUpTo;
	}

	/**
	 * One page of the ids in the feed, and how many there are in all: unfiltered or
	 * filtered by a value, counted only up to {@link IdQuery#COUNT_UP_TO} (or four pages
	 * on); otherwise exactly.
	 * @param personId shout-outs from or to this person, or null for everybody's
	 * @param teamId shout-outs to this team or one of its members, or null
	 */
	CountedPage<Long> ids(Long teamId, Long valueId, Long personId, Instant from, Instant to, Pageable pageable) {
		IdQuery query = new IdQuery(VISIBLE).writtenBetween(from, to)
			.ofValue(valueId)
			// One set of ids rather than "author or recipient", which H2 can only check
			// row by row: on 100,000 shout-outs the count took 3 ms, not 130 ms.
			.and("s.id in (select r.id from ShoutOut r join r.recipients p where p.id = :personId"
					+ " union select a.id from ShoutOut a where a.author.id = :personId)", "personId", personId)
			.forTeam(teamId);
		if (valueId != null) {
			// Read in the value's index: counting up to the limit reads no more than the
			// value's own shout-outs, where an exact count reads all of them.
			return query.countedPage(this.entityManager, VALUE_NEWEST_FIRST, pageable, this.countUpTo, false);
		}
		return query.countedPage(this.entityManager, NEWEST_FIRST, pageable, this.countUpTo);
	}

}
