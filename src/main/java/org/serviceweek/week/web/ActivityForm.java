package org.serviceweek.week.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.serviceweek.week.Activity;
import org.serviceweek.week.ActivityDetails;
import org.serviceweek.week.ActivityKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The activity form, for adding and editing.
 */
public class ActivityForm {

	private Integer year;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endsAt;

	@NotBlank
	@Size(max = 120)
	private String title;

	@NotNull
	private ActivityKind kind = ActivityKind.OTHER;

	@Size(max = 200)
	private String place;

	@Size(max = 500)
	@Pattern(regexp = "^$|^https?://\\S+$")
	private String onlineLink;

	private Long hostId;

	@Size(max = 2000)
	private String description;

	@Min(1)
	@Max(10000)
	private Integer capacity;

	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal cost;

	private Long version;

	static ActivityForm of(Activity activity) {
		ActivityForm form = new ActivityForm();
		form.year = activity.getYear();
		form.date = activity.getDate();
		form.startsAt = activity.getStartsAt();
		form.endsAt = activity.getEndsAt();
		form.title = activity.getTitle();
		form.kind = activity.getKind();
		form.place = activity.getPlace();
		form.onlineLink = activity.getOnlineLink();
		form.hostId = (activity.getHost() != null) ? activity.getHost().getId() : null;
		form.description = activity.getDescription();
		form.capacity = activity.getCapacity();
		form.cost = activity.getCost();
		form.version = activity.getVersion();
		return form;
	}

	ActivityDetails toDetails() {
		return new ActivityDetails(this.date, this.startsAt, this.endsAt, this.title, this.kind, this.place,
				this.onlineLink, this.hostId, this.description, this.capacity, this.cost);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public Long getHostId() {
		return this.hostId;
	}

	public void setHostId(Long hostId) {
		this.hostId = hostId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public BigDecimal getCost() {
		return this.cost;
	}

	public void setCost(BigDecimal cost) {
		this.cost = cost;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
