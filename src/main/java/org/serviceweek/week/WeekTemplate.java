package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The ready five-day plan, built from what organisers do during the week: a kick-off,
 * trading places, growth, team spirit and recognition. Its words come from the message
 * bundle, in the manager's language; after one click everything is theirs to edit.
 */
@Component
class WeekTemplate {

	private static final int[] DAYS = { 1, 2, 3, 4, 5 };

	private static final List<TemplateActivity> ACTIVITIES = List.of(
			new TemplateActivity(1, 1, "09:00", "09:45", ActivityKind.KICK_OFF, null, null),
			new TemplateActivity(2, 1, "09:45", "10:00", ActivityKind.KICK_OFF, null, null),
			new TemplateActivity(3, 1, "14:00", "15:00", ActivityKind.TEAM_BUILDING, 30, new BigDecimal("150.00")),
			new TemplateActivity(4, 2, "10:00", "12:00", ActivityKind.TRADING_PLACES, 8, null),
			new TemplateActivity(5, 2, "14:00", "15:00", ActivityKind.LISTENING_SESSION, 20, null),
			new TemplateActivity(6, 3, "10:00", "11:30", ActivityKind.TRAINING, 16, new BigDecimal("300.00")),
			new TemplateActivity(7, 3, "13:30", "14:30", ActivityKind.TRAINING, 30, null),
			new TemplateActivity(8, 4, "11:00", "12:00", ActivityKind.TEAM_BUILDING, 40, new BigDecimal("200.00")),
			new TemplateActivity(9, 4, "12:00", "13:30", ActivityKind.TREATS_AND_FOOD, 60, new BigDecimal("600.00")),
			new TemplateActivity(10, 5, "10:00", "11:00", ActivityKind.CUSTOMER_APPRECIATION, null, null),
			new TemplateActivity(11, 5, "12:00", "12:30", ActivityKind.SOCIAL_MEDIA_SPOTLIGHT, null, null),
			new TemplateActivity(12, 5, "15:00", "16:00", ActivityKind.RECOGNITION_CEREMONY, null,
					new BigDecimal("400.00")));

	private final MessageSource messages;

	WeekTemplate(MessageSource messages) {
		this.messages = messages;
	}

	void planDays(CelebrationWeek week, Locale locale) {
		for (int day : DAYS) {
			week.planDay(day, text("template.day." + day + ".title", locale),
					text("template.day." + day + ".focus", locale));
		}
	}

	List<ActivityDetails> activities(CelebrationWeek week, Locale locale) {
		return ACTIVITIES.stream()
			.map((activity) -> new ActivityDetails(week.dateOf(activity.day()), LocalTime.parse(activity.starts()),
					LocalTime.parse(activity.ends()), text("template.activity." + activity.number() + ".title", locale),
					activity.kind(), text("template.activity." + activity.number() + ".place", locale), null, null,
					text("template.activity." + activity.number() + ".description", locale), activity.capacity(),
					activity.cost()))
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private record TemplateActivity(int number, int day, String starts, String ends, ActivityKind kind,
			Integer capacity, BigDecimal cost) {
	}

}
