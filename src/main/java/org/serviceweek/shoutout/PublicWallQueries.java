package org.serviceweek.shoutout;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

	private final EntityManager entityManager;

	PublicWallQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * One page of the ids on the wall, and how many there are in all.
	 * @param query a lower-case LIKE pattern for the public text or a recipient's name,
	 * or null
	 */
	Page<Long> ids(Instant from, Instant to, Long teamId, Long valueId, String query, Pageable pageable) {
		StringBuilder where = new StringBuilder(" from ShoutOut s where s.publicSince is not null");
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
		if (teamId != null) {
			// Sent to the team, or naming one of its members.
			where.append(" and (s.team.id = :teamId or s.id in"
					+ " (select r.id from ShoutOut r join r.recipients p where p.team.id = :teamId))");
			parameters.put("teamId", teamId);
		}
		if (query != null) {
			where.append(" and (lower(coalesce(s.publicText, s.message)) like :query or s.id in"
					+ " (select r.id from ShoutOut r join r.recipients p where lower(p.name) like :query))");
			parameters.put("query", query);
		}
		TypedQuery<Long> page = this.entityManager
			.createQuery("select s.id" + where + " order by s.publicSince desc, s.id desc", Long.class)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize());
		TypedQuery<Long> count = this.entityManager.createQuery("select count(s)" + where, Long.class);
		parameters.forEach((name, value) -> {
			page.setParameter(name, value);
			count.setParameter(name, value);
		});
		List<Long> ids = page.getResultList();
		long total = (pageable.getOffset() == 0 && ids.size() < pageable.getPageSize()) ? ids.size()
				: count.getSingleResult();
		return new PageImpl<>(ids, pageable, total);
	}

	/** The latest ids on the wall, without counting them all. */
	List<Long> latestIds(int limit) {
		return this.entityManager
			.createQuery("select s.id from ShoutOut s where s.publicSince is not null"
					+ " order by s.publicSince desc, s.id desc", Long.class)
			.setMaxResults(limit)
			.getResultList();
	}

}
