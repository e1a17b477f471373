package org.serviceweek.shoutout;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

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

	private static final String VISIBLE = " from ShoutOut s where s.hiddenAt is null"
			+ " and (s.source = 'STAFF' or s.moderation = 'APPROVED')";

	/**
	 * The unfiltered feed counts up to this many, or four pages past the one shown if
	 * that is more; past it the feed says "more than". A filtered feed counts exactly.
	 */
	static final int COUNT_UP_TO = 2_000;

	private final EntityManager entityManager;

	private final int countUpTo;

	@org.springframework.beans.factory.annotation.Autowired
	FeedQueries(EntityManager entityManager) {
		this(entityManager, COUNT_UP_TO);
	}

	FeedQueries(EntityManager entityManager, int countUpTo) {
		this.entityManager = entityManager;
		this.countUpTo = countUpTo;
	}

	/**
	 * One page of the ids in the feed, and how many there are in all: unfiltered, counted
	 * only up to {@link #COUNT_UP_TO} (or four pages on).
	 * @param personId shout-outs from or to this person, or null for everybody's
	 * @param teamId shout-outs to this team or one of its members, or null
	 */
	CountedPage<Long> ids(Long teamId, Long valueId, Long personId, Instant from, Instant to, Pageable pageable) {
		StringBuilder where = new StringBuilder(VISIBLE);
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (from != null) {
			where.append(" and s.createdAt >= :from");
			parameters.put("from", from);
		}
		if (to != null) {
			where.append(" and s.createdAt < :to");
			parameters.put("to", to);
		}
		if (valueId != null) {
			where.append(" and s.value.id = :valueId");
			parameters.put("valueId", valueId);
		}
		if (personId != null) {
			// One set of ids rather than "author or recipient", which H2 can only check
			// row by row: on 100,000 shout-outs the count took 3 ms, not 130 ms.
			where.append(" and s.id in (select r.id from ShoutOut r join r.recipients p where p.id = :personId"
					+ " union select a.id from ShoutOut a where a.author.id = :personId)");
			parameters.put("personId", personId);
		}
		if (teamId != null) {
			where.append(" and (s.team.id = :teamId or s.id in"
					+ " (select r.id from ShoutOut r join r.recipients p where p.team.id = :teamId))");
			parameters.put("teamId", teamId);
		}
		String ids = "select s.id" + where + " order by s.createdAt desc, s.id desc";
		TypedQuery<Long> page = this.entityManager.createQuery(ids, Long.class)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize());
		parameters.forEach(page::setParameter);
		List<Long> found = page.getResultList();
		if (pageable.getOffset() == 0 && found.size() < pageable.getPageSize()) {
			return new CountedPage<>(found, pageable, found.size(), false);
		}
		if (!parameters.isEmpty()) {
			// A filter lets the count use its own index (value, recipient, team): exact.
			TypedQuery<Long> count = this.entityManager.createQuery("select count(s)" + where, Long.class);
			parameters.forEach(count::setParameter);
			return new CountedPage<>(found, pageable, count.getSingleResult(), false);
		}
		// Everybody's: the newest in index order, as far as the limit. Counting them all
		// reads every row.
		long limit = Math.max(this.countUpTo, pageable.getOffset() + 4L * pageable.getPageSize());
		TypedQuery<Long> upTo = this.entityManager.createQuery(ids, Long.class)
			.setMaxResults((int) Math.min(Integer.MAX_VALUE - 1, limit) + 1);
		int counted = upTo.getResultList().size();
		return new CountedPage<>(found, pageable, counted, counted > limit);
	}

}
