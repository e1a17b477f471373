package org.serviceweek.week.web;

import jakarta.validation.constraints.Size;

public class DayForm {

	@Size(max = 80)
	private String title;

	@Size(max = 200)
	private String focus;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFocus() {
		return this.focus;
	}

	public void setFocus(String focus) {
		this.focus = focus;
	}

}
