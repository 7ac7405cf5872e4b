package com.winccreports.render;

import com.winccreports.report.ShiftReport;
import com.winccreports.report.ShiftResult;
import com.winccreports.shift.kpi.Kpi;
import com.winccreports.shift.kpi.KpiResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What catalog columns need beside their row: the report, its language and its time zone.
 *
 * @param report   the report being rendered
 * @param messages labels in the report's language
 * @param formats  numbers and times in that language and the report's zone, made once per report
 */
public record CatalogContext(ShiftReport report, ReportMessages messages, ReportFormats formats) {

    public CatalogContext(ShiftReport report, ReportMessages messages) {
        this(report, messages, new ReportFormats(messages, report.period().zone()));
    }

    /** An instant as local time with its offset in the report's zone; null stays null. */
    public OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(report.period().zone()).toOffsetDateTime();
    }

    public CellValue yesNo(boolean value) {
        return new CellValue.Text(messages.get(value ? "yes" : "no"));
    }

    /** A KPI's name in the report's language ({@code kpi.<key>}), else the engine's English title. */
    public String kpiName(KpiResult kpi) {
        return kpiName(kpi.id());
    }

    public String kpiName(String key) {
        String messageKey = "kpi." + key;
        if (messages.has(messageKey)) {
            return messages.get(messageKey);
        }
        return Kpi.byId(key).map(Kpi::title).orElse(key);
    }

    /**
     * How a row of a per-shift table names its shift: the shift's label, with its production day in front where
     * the report spans several days (a week holds seven early shifts).
     */
    public String shiftLabel(ShiftResult shift) {
        return shiftLabel(shift.shift().productionDay(), shift.shift().label());
    }

    /** {@link #shiftLabel(ShiftResult)} for a shift known by its production day and label. */
    public String shiftLabel(LocalDate productionDay, String label) {
        return report.period().multiDay() ? formats.date(productionDay) + " " + label : label;
    }

    /** A shift's label by its name (a name the report does not know stays as it is). */
    public String shiftLabel(String name) {
        return report.shifts().stream().filter(s -> s.shift().name().equals(name)).map(s -> s.shift().label())
                .findFirst().orElse(name);
    }

    /**
     * What the period column of a summary is called: the shift's label for a one-shift period, "whole day" for a
     * production day, else "period".
     */
    public String periodLabel() {
        if (report.shifts().size() == 1) {
            ShiftResult only = report.shifts().get(0);
            return only.shift().label();
        }
        long hours = report.period().duration().toHours();
        return messages.get(hours >= 23 && hours <= 25 ? "period.day" : "period.total");
    }
}
