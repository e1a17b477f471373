package org.serviceweek.week;

import jakarta.persistence.Embeddable;

import org.serviceweek.shared.Text;

/**
 * One of the week's five days: its title (for example "Trading places") and focus.
 */
@Embeddable
public class DayPlan {

	private int dayNumber;

	private String title;

	private String focus;

	protected DayPlan() {
	}

	DayPlan(int dayNumber, String title, String focus) {
		this.dayNumber = dayNumber;
		this.title = Text.trimToNull(title);
		this.focus = Text.trimToNull(focus);
	}

	public int getDayNumber() {
		return this.dayNumber;
	}

	public String getTitle() {
		return this.title;
	}

	public String getFocus() {
		return this.focus;
	}

}
