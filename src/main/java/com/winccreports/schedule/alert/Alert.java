package com.winccreports.schedule.alert;

import com.winccreports.period.ReportPeriod;
import java.time.Instant;
import java.util.Objects;

/** Something a person must look at: a failed run, a report not ready by its deadline, a failed delivery. */
public record Alert(Kind kind, String job, ReportPeriod period, Instant at, String message) {

    /** Why the alert was raised. */
    public enum Kind {
        RUN_FAILED, NOT_READY_BY_DEADLINE, REPORT_INCOMPLETE, DELIVERY_FAILED
    }

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(at, "at");
        message = message == null ? "" : message;
    }

    /** One line for logs and mail subjects. */
    public String summary() {
        return kind + " " + job + " " + period.label() + ": " + message;
    }
}
