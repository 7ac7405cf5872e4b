package com.winccreports.schedule;

import com.winccreports.period.PeriodCalendar;
import java.util.Objects;

/** A job as the scheduler sees it: its name, its schedule and the calendar of its site. */
public record JobSchedule(String job, ScheduleSpec spec, PeriodCalendar calendar) {

    public JobSchedule {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(calendar, "calendar");
    }
}
