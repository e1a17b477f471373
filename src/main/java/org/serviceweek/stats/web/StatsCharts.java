package org.serviceweek.stats.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.serviceweek.stats.RecognitionReport;
import org.serviceweek.stats.RecognitionReport.NamedCount;
import org.serviceweek.stats.RecognitionReport.Participation;
import org.serviceweek.stats.RecognitionReport.TimeCount;
import org.serviceweek.stats.WeekSignUps;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the numbers into charts, with labels and values in the reader's language.
 */
@Component
class StatsCharts {

	private final MessageSource messages;

	StatsCharts(MessageSource messages) {
		this.messages = messages;
	}

	ColumnChart overTime(RecognitionReport report, Locale locale) {
		DateTimeFormatter dayShort = pattern("stats.format.dayShort", locale);
		DateTimeFormatter dayLong = pattern("stats.format.dayLong", locale);
		DateTimeFormatter date = pattern("stats.format.date", locale);
		List<ColumnChart.Bar> bars = report.overTime().stream().map((count) -> {
			LocalDate start = count.start();
			String label = report.isPerDay() ? dayShort.format(start)
					: text("stats.week.short", locale, count.isoWeek());
			String fullLabel = report.isPerDay() ? dayLong.format(start)
					: text("stats.week.long", locale, count.isoWeek(), date.format(start));
			return new ColumnChart.Bar(label, fullLabel, count.count(), number(count.count(), locale));
		}).toList();
		long max = report.overTime().stream().mapToLong(TimeCount::count).max().orElse(0);
		return ColumnChart.of(bars, max, number(max, locale));
	}

	BarChart byTeam(RecognitionReport report, Locale locale) {
		return counts(report.byTeam(), "stats.team.none", locale);
	}

	BarChart byValue(RecognitionReport report, Locale locale) {
		return counts(report.byValue(), "stats.value.none", locale);
	}

	private BarChart counts(List<NamedCount> counts, String noneKey, Locale locale) {
		return BarChart.of(counts.stream()
			.map((count) -> BarChart.Bar.of((count.name() != null) ? count.name() : text(noneKey, locale),
					count.count(), number(count.count(), locale)))
			.toList());
	}

	/** Each bar against everyone in the directory. */
	BarChart participation(RecognitionReport report, Locale locale) {
		Participation participation = report.participation();
		return BarChart.of(List.of(
				new BarChart.Bar(text("stats.participation.gave", locale), participation.gave(), 0,
						participation.people(), text("stats.percent", locale, participation.gaveShare())),
				new BarChart.Bar(text("stats.participation.received", locale), participation.received(), 0,
						participation.people(), text("stats.percent", locale, participation.receivedShare()))));
	}

	/** People with a place, then those waiting, against the places there are. */
	BarChart signUps(WeekSignUps signUps, Locale locale) {
		return BarChart.of(signUps.activities()
			.stream()
			.map((row) -> new BarChart.Bar(row.title(), row.confirmed(), row.waiting(),
					(row.capacity() != null) ? Long.valueOf(row.capacity()) : null,
					(row.waiting() > 0)
							? text("stats.signUps.confirmedAndWaiting", locale, row.confirmed(), row.waiting())
							: number(row.confirmed(), locale)))
			.toList());
	}

	private String number(long value, Locale locale) {
		return text("stats.number", locale, value);
	}

	private DateTimeFormatter pattern(String key, Locale locale) {
		return DateTimeFormatter.ofPattern(text(key, locale), locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
