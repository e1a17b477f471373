package org.serviceweek.week;

import java.math.BigDecimal;
import java.time.LocalDate;

public record WeekSettings(LocalDate startsOn, String theme, String welcome, BigDecimal budget) {
}
