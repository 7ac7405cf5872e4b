package com.winccreports.shift.calendar;

import java.time.LocalDate;

/** A production day on which no shift is planned. YAML: {@code { date: 2026-12-25, label: 1. Weihnachtstag }}. */
public record HolidaySpec(LocalDate date, String label) {
}
