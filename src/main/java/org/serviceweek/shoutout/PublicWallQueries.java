package org.serviceweek.shoutout;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The public wall's queries, written with only the conditions a visitor chose: a query
 * with every filter made optional ({@code :team is null or ...}) leaves the database no
 * index to use and a subquery to run per shout-out, which on 100,000 shout-outs took
 * seconds (docs/performance.md). The rule for visitors is {@code publicSince is not null}
 * (see {@link ShoutOut#getPublicSince()}); the order is the wall's, newest there first
 * (index {@code ix_shout_out_public_since}).
 */
@Repository
class PublicWallQueries {

	private static final String ON_THE_WALL = "s.publicSince is not null";

	private static final String WALL_ORDER = "s.publicSince desc, s.id desc";

	private final EntityManager entityManager;

	private final int countUpTo;

	@Autowired
	PublicWallQueries(EntityManager entityManager) {
		this(entityManager, IdQuery.COUNT_UP_TO);
	}

	PublicWallQueries(EntityManager entityManager, int countUpTo) {
		this.entityManager = entityManager;
		this.countUpTo = countUpTo;
	}

	/**
	 * One page of the ids on the wall, and how many there are in all: unfiltered, counted
	 * only up to {@link IdQuery#COUNT_UP_TO} (or four pages on).
	 * @param query a lower-case LIKE pattern for the public text or a recipient's name,
	 * or null
	 */
	CountedPage<Long> ids(Instant from, Instant to, Long teamId, Long valueId, String query, Pageable pageable) {
		IdQuery wall = new IdQuery(ON_THE_WALL).writtenBetween(from, to)
			.ofValue(valueId)
			.forTeam(teamId)
			.and("(lower(coalesce(s.publicText, s.message)) like :query or s.id in"
					+ " (select r.id from ShoutOut r join r.recipients p where lower(p.name) like :query))", "query",
					query);
		return wall.countedPage(this.entityManager, WALL_ORDER, pageable, this.countUpTo);
	}

	/** The latest ids on the wall, without counting them all. */
	List<Long> latestIds(int limit) {
		return new IdQuery(ON_THE_WALL).ids(this.entityManager, WALL_ORDER, 0, limit);
	}

}
