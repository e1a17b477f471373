package org.serviceweek.stats.web;

import java.time.LocalDate;

/**
 * A ready-made period to choose on the dashboard.
 *
 * @param labelKey the message key of its name
 * @param argument the name's argument (a year, a number of weeks), or {@code null}
 * @param current whether it is the period shown
 */
public record PeriodChoice(String labelKey, Object argument, LocalDate from, LocalDate to, boolean current) {
}
