package org.serviceweek.week;

import org.serviceweek.shared.NotFoundException;

public class WeekNotFoundException extends NotFoundException {

	WeekNotFoundException(int year) {
		super("No week planned for " + year);
	}

}
