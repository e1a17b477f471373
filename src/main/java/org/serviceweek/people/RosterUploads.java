package org.serviceweek.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roster files kept between their preview and their import, so the confirming form
 * carries a key instead of the file. Only the manager who uploaded a file can import it,
 * and a file is kept for a day at most.
 */
@Service
@Transactional
public class RosterUploads {

	/** How long a previewed file waits for its import. */
	static final Duration KEPT_FOR = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RosterUploads(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps a file for its import and forgets those older than a day.
	 * @return the key the confirming form sends back
	 */
	public String keep(String uploadedBy, String fileName, String csv) {
		Instant now = this.clock.instant();
		this.jdbc.update("delete from roster_upload where uploaded_at < ?", Timestamp.from(now.minus(KEPT_FOR)));
		String id = UUID.randomUUID().toString();
		this.jdbc.update(
				"insert into roster_upload (id, uploaded_by, file_name, content, uploaded_at) values (?, ?, ?, ?, ?)",
				id, uploadedBy, (fileName != null && fileName.length() > 255) ? fileName.substring(0, 255) : fileName,
				csv, Timestamp.from(now));
		return id;
	}

	/**
	 * The file kept under this key for this manager, if it is still kept (not imported,
	 * not older than a day, not someone else's).
	 */
	@Transactional(readOnly = true)
	public Optional<Upload> find(String id, String uploadedBy) {
		if (id == null || uploadedBy == null) {
			return Optional.empty();
		}
		List<Upload> found = this.jdbc.query(
				"select id, file_name, content from roster_upload where id = ? and uploaded_by = ? and uploaded_at >= ?",
				(row, index) -> new Upload(row.getString("id"), row.getString("file_name"), row.getString("content")),
				id, uploadedBy, Timestamp.from(this.clock.instant().minus(KEPT_FOR)));
		return found.stream().findFirst();
	}

	/** Forgets an imported file. */
	public void forget(String id) {
		this.jdbc.update("delete from roster_upload where id = ?", id);
	}

	/**
	 * A kept roster file.
	 *
	 * @param id the key the confirming form sends back
	 * @param fileName the name it was uploaded under, if any
	 * @param csv its text
	 */
	public record Upload(String id, String fileName, String csv) {
	}

}
