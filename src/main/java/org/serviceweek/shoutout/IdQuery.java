package org.serviceweek.shoutout;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Pageable;

/**
 * A query for shout-out ids (alias {@code s}) that names only the conditions chosen: a
 * condition whose value is null is left out, rather than made optional with
 * {@code :x is null or ...}, which leaves the database no index to use. Shared by the
 * public wall's and the feed's queries.
 */
final class IdQuery {

	/**
	 * An unfiltered feed or wall counts up to this many, or four pages past the one shown
	 * if that is more; past it the page says "more than". A filtered one counts exactly,
	 * except a feed filtered by a value, which reads the value's own index in order.
	 */
	static final int COUNT_UP_TO = 2_000;

	/** Sent to the team, or naming one of its members. */
	private static final String FOR_TEAM = "(s.team.id = :teamId or s.id in"
			+ " (select r.id from ShoutOut r join r.recipients p where p.team.id = :teamId))";

	private final String rule;

	private final StringBuilder conditions = new StringBuilder();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private Long teamId;

	/**
	 * @param rule the rule every shout-out must meet, as a JPQL condition on {@code s}
	 */
	IdQuery(String rule) {
		this.rule = rule;
	}

	/** Written in the period: from (inclusive) and to (exclusive), either may be open. */
	IdQuery writtenBetween(Instant from, Instant to) {
		return and("s.createdAt >= :from", "from", from).and("s.createdAt < :to", "to", to);
	}

	IdQuery ofValue(Long valueId) {
		return and("s.value.id = :valueId", "valueId", valueId);
	}

	/**
	 * Sent to the team, or naming one of its members. Counted as the union of the two
	 * (each read through its own index), not by testing every shout-out against "sent to
	 * the team or to a member", which reads them all (docs/performance.md, finding 37).
	 */
	IdQuery forTeam(Long teamId) {
		if (teamId != null) {
			this.teamId = teamId;
			this.parameters.put("teamId", teamId);
		}
		return this;
	}

	/** Adds the condition, with its one named parameter, unless the value is null. */
	IdQuery and(String condition, String parameter, Object value) {
		if (value != null) {
			this.conditions.append(" and ").append(condition);
			this.parameters.put(parameter, value);
		}
		return this;
	}

	/** From and where, with every condition chosen. */
	private String where() {
		return " from ShoutOut s where " + ruleAndConditions() + ((this.teamId != null) ? " and " + FOR_TEAM : "");
	}

	/** The rule and every condition chosen but the team. */
	private String ruleAndConditions() {
		return this.rule + this.conditions;
	}

	/** Whether any condition beyond the rule was chosen. */
	boolean isFiltered() {
		return !this.parameters.isEmpty();
	}

	/** The ids in the order given, from the page's first, at most {@code maxResults}. */
	List<Long> ids(EntityManager entityManager, String orderBy, long firstResult, int maxResults) {
		TypedQuery<Long> query = entityManager.createQuery("select s.id" + where() + " order by " + orderBy, Long.class)
			.setFirstResult((int) firstResult)
			.setMaxResults(maxResults);
		this.parameters.forEach(query::setParameter);
		return query.getResultList();
	}

	List<Long> page(EntityManager entityManager, String orderBy, Pageable pageable) {
		return ids(entityManager, orderBy, pageable.getOffset(), pageable.getPageSize());
	}

	long count(EntityManager entityManager) {
		String jpql = (this.teamId == null) ? "select count(s)" + where()
				: "select count(*) from (select s.id as id from ShoutOut s where " + ruleAndConditions()
						+ " and s.team.id = :teamId union select s.id as id from ShoutOut s join s.recipients member"
						+ " where " + ruleAndConditions() + " and member.team.id = :teamId) matches";
		TypedQuery<Long> query = entityManager.createQuery(jpql, Long.class);
		this.parameters.forEach(query::setParameter);
		return query.getSingleResult();
	}

	/**
	 * One page of ids in the order given, and how many there are: exactly when a filter
	 * was chosen; otherwise by reading ids in the order's index only as far as
	 * {@code countUpTo}, or four pages past the one asked for if that is more, and "more
	 * than" past it ({@link CountedPage#isCountCapped()}). Counting every match of the
	 * bare rule reads the whole index to print a number nobody needs exactly.
	 */
	CountedPage<Long> countedPage(EntityManager entityManager, String orderBy, Pageable pageable, int countUpTo) {
		return countedPage(entityManager, orderBy, pageable, countUpTo, isFiltered());
	}

	/**
	 * As {@link #countedPage(EntityManager, String, Pageable, int)}, with the choice of
	 * counting exactly made by the caller: a filter whose matches an index reads in the
	 * order given (a value's shout-outs, newest first) is counted as far as the limit
	 * like the bare rule, since that reads no further than the filter's own matches.
	 */
	CountedPage<Long> countedPage(EntityManager entityManager, String orderBy, Pageable pageable, int countUpTo,
			boolean countExactly) {
		List<Long> found = page(entityManager, orderBy, pageable);
		if (isAll(found, pageable)) {
			return new CountedPage<>(found, pageable, found.size(), false);
		}
		if (countExactly) {
			// Reading in order up to a limit would read as far as the count when a filter
			// matches few: counted exactly.
			return new CountedPage<>(found, pageable, count(entityManager), false);
		}
		long limit = Math.max(countUpTo, pageable.getOffset() + 4L * pageable.getPageSize());
		long counted = countUpTo(entityManager, orderBy, (int) Math.min(Integer.MAX_VALUE - 1, limit) + 1);
		return new CountedPage<>(found, pageable, counted, counted > limit);
	}

	/**
	 * How many match, counted in the database only as far as {@code max} (in the order's
	 * index, which Hibernate requires of a limited subquery): reading up to 2,001 ids
	 * into the application to count them was a seventh of a feed page's time.
	 */
	private long countUpTo(EntityManager entityManager, String orderBy, int max) {
		TypedQuery<Long> query = entityManager
			.createQuery("select count(*) from (select s.id as id" + where() + " order by " + orderBy
					+ " limit :max) matches", Long.class)
			.setParameter("max", max);
		this.parameters.forEach(query::setParameter);
		return query.getSingleResult();
	}

	/** Whether the page's ids are all there are, so that counting them adds nothing. */
	static boolean isAll(List<Long> page, Pageable pageable) {
		return pageable.getOffset() == 0 && page.size() < pageable.getPageSize();
	}

}
