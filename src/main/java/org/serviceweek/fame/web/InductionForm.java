package org.serviceweek.fame.web;

import java.util.ArrayList;
import java.util.List;

import org.serviceweek.fame.InductionRequest;

/**
 * The induction form; its version detects an edit someone else saved in between.
 */
public class InductionForm {

	private Long personId;

	private Long categoryId;

	private Integer year;

	private String citation;

	private List<Long> shoutOutIds = new ArrayList<>();

	private long version;

	InductionRequest toRequest() {
		return new InductionRequest(this.personId, this.categoryId, this.year, this.citation, this.shoutOutIds);
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getCitation() {
		return this.citation;
	}

	public void setCitation(String citation) {
		this.citation = citation;
	}

	public List<Long> getShoutOutIds() {
		return this.shoutOutIds;
	}

	public void setShoutOutIds(List<Long> shoutOutIds) {
		this.shoutOutIds = (shoutOutIds != null) ? shoutOutIds : new ArrayList<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
