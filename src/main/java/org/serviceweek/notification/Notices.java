package org.serviceweek.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notices: what each person should know about, newest first.
 */
@Service
@Transactional
public class Notices {

	private final NoticeRepository notices;

	private final Clock clock;

	Notices(NoticeRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	public Notice post(long personId, String messageCode, List<String> arguments, String link) {
		return this.notices.save(new Notice(personId, messageCode, arguments, link, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Notice> latest(long personId) {
		return this.notices.findByPersonIdOrderByCreatedAtDescIdDesc(personId, PageRequest.of(0, 50));
	}

	@Transactional(readOnly = true)
	public long unread(long personId) {
		return this.notices.countByPersonIdAndReadAtIsNull(personId);
	}

	public void markAllRead(long personId) {
		this.notices.findByPersonIdAndReadAtIsNull(personId).forEach((notice) -> notice.markRead(this.clock.instant()));
	}

}
