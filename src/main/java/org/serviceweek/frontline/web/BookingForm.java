package org.serviceweek.frontline.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.serviceweek.frontline.Booking;
import org.serviceweek.frontline.Channel;
import org.serviceweek.frontline.RideAlong;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The booking form, for booking and changing a slot. "With whom" is one choice, a team
 * ({@code team-3}) or one agent ({@code person-7}), so that the form cannot name both.
 */
public class BookingForm {

	private static final String TEAM = "team-";

	private static final String PERSON = "person-";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endsAt;

	private String withWhom;

	private Channel channel;

	private String note;

	private Long version;

	static BookingForm of(RideAlong rideAlong, java.time.ZoneId zone) {
		BookingForm form = new BookingForm();
		form.date = rideAlong.getStartsAt().atZone(zone).toLocalDate();
		form.startsAt = rideAlong.getStartsAt().atZone(zone).toLocalTime();
		form.endsAt = rideAlong.getEndsAt().atZone(zone).toLocalTime();
		form.withWhom = (rideAlong.getTeam() != null) ? TEAM + rideAlong.getTeam().getId()
				: PERSON + rideAlong.getAgent().getId();
		form.channel = rideAlong.getChannel();
		form.note = rideAlong.getNote();
		form.version = rideAlong.getVersion();
		return form;
	}

	static String team(long id) {
		return TEAM + id;
	}

	static String person(long id) {
		return PERSON + id;
	}

	Booking toBooking() {
		return new Booking(this.date, this.startsAt, this.endsAt, idAfter(TEAM), idAfter(PERSON), this.channel,
				this.note);
	}

	private Long idAfter(String prefix) {
		if (this.withWhom == null || !this.withWhom.startsWith(prefix)) {
			return null;
		}
		try {
			return Long.valueOf(this.withWhom.substring(prefix.length()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getWithWhom() {
		return this.withWhom;
	}

	public void setWithWhom(String withWhom) {
		this.withWhom = withWhom;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
