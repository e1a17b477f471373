package org.serviceweek.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.serviceweek.shared.Audited;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: entries are added as things happen and read by administrators, newest
 * first.
 */
@Service
public class AuditLog {

	/** How many entries one page shows. */
	public static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, PlatformTransactionManager transactions, Clock clock) {
		this.entries = entries;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Adds an entry. Inside a transaction that writes, the entry joins it: it is stored
	 * when, and only when, the audited change is. Otherwise (a sign-in, an export read in
	 * a read-only transaction or none) it is stored at once in a transaction of its own.
	 */
	void add(Audited.Action action, String actor, String actorName, String target, String detail,
			String clientAddress) {
		AuditEntry entry = new AuditEntry(this.clock.instant(), action, actor, actorName, target, detail,
				clientAddress);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			this.entries.save(entry);
		}
		else {
			this.ownTransaction.executeWithoutResult((status) -> this.entries.save(entry));
		}
	}

	/**
	 * One page of entries that match the search, newest first. A page past the end gives
	 * the last page.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(Search search, int page) {
		Specification<AuditEntry> matching = matching(search, this.clock.getZone());
		Sort newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
		Page<AuditEntry> found = this.entries.findAll(matching,
				PageRequest.of(Math.max(0, page), PAGE_SIZE, newestFirst));
		if (found.getNumber() > 0 && found.getNumber() >= found.getTotalPages() && found.getTotalPages() > 0) {
			found = this.entries.findAll(matching, PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE, newestFirst));
		}
		return found;
	}

	private static Specification<AuditEntry> matching(Search search, ZoneId zone) {
		List<Specification<AuditEntry>> all = new ArrayList<>();
		if (search.action() != null) {
			all.add((root, query, cb) -> cb.equal(root.get("action"), search.action()));
		}
		if (search.text() != null) {
			String pattern = "%" + search.text()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			all.add((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("actor")), pattern, '\\'),
					cb.like(cb.lower(root.get("actorName")), pattern, '\\'),
					cb.like(cb.lower(root.get("target")), pattern, '\\'),
					cb.like(cb.lower(root.get("detail")), pattern, '\\'),
					cb.like(cb.lower(root.get("clientAddress")), pattern, '\\')));
		}
		// Dates are days in the app's time zone; no parameter is ever null (PostgreSQL
		// could not type it).
		if (search.from() != null) {
			java.time.Instant start = search.from().atStartOfDay(zone).toInstant();
			all.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
		}
		if (search.to() != null) {
			java.time.Instant end = search.to().plusDays(1).atStartOfDay(zone).toInstant();
			all.add((root, query, cb) -> cb.lessThan(root.get("occurredAt"), end));
		}
		return Specification.allOf(all);
	}

	/**
	 * What to look for; every part may be {@code null} (then it does not narrow the
	 * search).
	 *
	 * @param action one kind of entry
	 * @param text words in who, what or the detail (a name, an email, an address)
	 * @param from the first day, in the app's time zone
	 * @param to the last day, in the app's time zone
	 */
	public record Search(Audited.Action action, String text, LocalDate from, LocalDate to) {

		public static final Search EVERYTHING = new Search(null, null, null, null);

	}

}
