package org.serviceweek.shoutout;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.shared.AppSettings;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a manager before it may reach the public wall: staff shout-outs marked
 * public (unless moderation is off), every customer thanks, and anything reported. Oldest
 * first.
 */
@Service
@Transactional
public class ModerationQueue {

	/** The most shout-outs the queue shows at once, oldest first. */
	static final int SIZE = 200;

	private final ShoutOutRepository shoutOuts;

	private final ShoutOutReportRepository reports;

	private final ShoutOuts shoutOutService;

	private final People people;

	private final AppSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModerationQueue(ShoutOutRepository shoutOuts, ShoutOutReportRepository reports, ShoutOuts shoutOutService,
			People people, AppSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.shoutOuts = shoutOuts;
		this.reports = reports;
		this.shoutOutService = shoutOutService;
		this.people = people;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Item> pending() {
		List<Long> ids = Stream
			.concat(this.shoutOuts.findWaiting(Limit.of(SIZE)).stream(),
					this.shoutOuts.findReported(Limit.of(SIZE)).stream())
			.distinct()
			.sorted(Comparator.comparing(DatedShoutOut::createdAt).thenComparing(DatedShoutOut::id))
			.limit(SIZE)
			.map(DatedShoutOut::id)
			.toList();
		List<ShoutOut> pending = this.shoutOutService.load(ids);
		Map<Long, List<String>> reasons = this.reports.findOpen(pending.stream().map(ShoutOut::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ShoutOutReport::getShoutOutId, Collectors
				.mapping((report) -> (report.getReason() != null) ? report.getReason() : "", Collectors.toList())));
		return pending.stream()
			.map((shoutOut) -> new Item(shoutOut, reasons.getOrDefault(shoutOut.getId(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.shoutOuts.countByModerationAndHiddenAtIsNull(Moderation.PENDING);
	}

	/**
	 * Approves it for the public wall, optionally with an edited public text, and (for
	 * customer thanks) linked to the person the customer meant.
	 */
	public void approve(long id, long managerPersonId, String publicText, Long linkToPersonId) {
		ShoutOut shoutOut = this.shoutOutService.get(id);
		// Only what asked for the wall and waits for a decision can be approved.
		if (shoutOut.getModeration() != Moderation.PENDING || !shoutOut.isWantsPublic()) {
			throw new ShoutOutRuleException(null, "moderation.notPending");
		}
		if (linkToPersonId != null && shoutOut.isFromCustomer()) {
			shoutOut.linkTo(this.people.get(linkToPersonId));
		}
		if (shoutOut.getRecipients().isEmpty()) {
			throw new ShoutOutRuleException("personId", "moderation.linkRequired");
		}
		String text = Text.trimToNull(publicText);
		if (text != null && text.length() > ShoutOut.MAX_LENGTH) {
			throw new ShoutOutRuleException("publicText", "shoutOut.messageTooLong", ShoutOut.MAX_LENGTH);
		}
		shoutOut.approve(this.people.get(managerPersonId), text, this.clock.instant());
		resolveReports(id);
		if (shoutOut.isFromCustomer()) {
			this.events.publishEvent(Audited.of(Audited.Action.THANKS_APPROVED, ShoutOuts.auditTarget(shoutOut),
					shoutOut.getCustomerName()));
		}
		else {
			this.events
				.publishEvent(Audited.of(Audited.Action.SHOUT_OUT_APPROVED, ShoutOuts.auditTarget(shoutOut), null));
		}
		if (text != null) {
			this.events
				.publishEvent(Audited.of(Audited.Action.SHOUT_OUT_EDITED, ShoutOuts.auditTarget(shoutOut), text));
		}
		if (shoutOut.isPublic()) {
			this.events.publishEvent(ShoutOuts.approved(shoutOut));
		}
	}

	public void reject(long id, long managerPersonId, String reason) {
		String why = Text.trimToNull(reason);
		if (why == null) {
			throw new ShoutOutRuleException("reason", "moderation.reasonRequired");
		}
		if (why.length() > 300) {
			throw new ShoutOutRuleException("reason", "shoutOut.messageTooLong", 300);
		}
		ShoutOut shoutOut = this.shoutOutService.get(id);
		if (shoutOut.getModeration() != Moderation.PENDING) {
			throw new ShoutOutRuleException(null, "moderation.notPending");
		}
		shoutOut.reject(this.people.get(managerPersonId), why, this.clock.instant());
		resolveReports(id);
		this.events.publishEvent(Audited.of(
				shoutOut.isFromCustomer() ? Audited.Action.THANKS_REJECTED : Audited.Action.SHOUT_OUT_REJECTED,
				ShoutOuts.auditTarget(shoutOut), why));
		if (shoutOut.getAuthor() != null) {
			this.events.publishEvent(new ShoutOutRejected(id, shoutOut.getAuthor().getId(), why));
		}
	}

	/** A report was looked at and the shout-out may stay as it is. */
	public void dismissReports(long id) {
		ShoutOut shoutOut = this.shoutOutService.get(id);
		resolveReports(id);
		this.events.publishEvent(Audited.of(Audited.Action.REPORTS_DISMISSED, ShoutOuts.auditTarget(shoutOut), null));
	}

	/** A reported shout-out is hidden everywhere; its reports are done with. */
	public void hide(long id, long managerPersonId) {
		this.shoutOutService.hide(id, managerPersonId);
		resolveReports(id);
	}

	private void resolveReports(long id) {
		this.reports.findOpen(List.of(id)).forEach((report) -> report.resolve(this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public boolean isSkippingStaffModeration() {
		return this.settings.isOn(ShoutOuts.SKIP_MODERATION);
	}

	public void skipStaffModeration(boolean skip) {
		this.settings.set(ShoutOuts.SKIP_MODERATION, String.valueOf(skip));
	}

	/**
	 * A shout-out waiting for a decision, with what people reported about it.
	 */
	public record Item(ShoutOut shoutOut, List<String> reports) {

		public List<Person> recipients() {
			return List.copyOf(this.shoutOut.getRecipients());
		}

	}

}
