package com.winccreports.schedule;

import com.winccreports.schedule.alert.AlertChannel;
import com.winccreports.schedule.delivery.DeliveryTarget;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything the scheduler needs to know about one job: when it fires, what happens after downtime,
 * how long it waits for complete data, where its reports go, who is alerted, by when a report must be
 * ready, and how long its traces are kept.
 *
 * @param enabled      {@code false} keeps the job out of the service (it still runs from the command line)
 * @param trigger      when the job fires and which period each firing covers
 * @param zone         overrides the site's zone for this schedule; {@code null} uses the site's
 * @param catchUp      what happens to periods missed while the service was down
 * @param completeness the wait for the archive to catch up with a period's end
 * @param delivery     where finished report versions are copied or mailed
 * @param alerts       where alerts go besides the log
 * @param readyBy      when a period's report must be ready, else an alert; {@code null} for no deadline
 * @param retention    how long outputs, staging rows and history are kept
 */
public record ScheduleSpec(boolean enabled, Trigger trigger, ZoneId zone, CatchUp catchUp,
        CompletenessWait completeness, List<DeliveryTarget> delivery, List<AlertChannel> alerts,
        ReadyDeadline readyBy, Retention retention) {

    public ScheduleSpec {
        Objects.requireNonNull(trigger, "trigger");
        catchUp = catchUp == null ? CatchUp.all() : catchUp;
        completeness = completeness == null ? CompletenessWait.none() : completeness;
        delivery = delivery == null ? List.of() : List.copyOf(delivery);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        retention = retention == null ? Retention.forever() : retention;
    }

    /** A schedule with the given trigger and every other setting at its default. */
    public static ScheduleSpec of(Trigger trigger) {
        return new ScheduleSpec(true, trigger, null, null, null, null, null, null, null);
    }

    public ScheduleSpec withCatchUp(CatchUp value) {
        return new ScheduleSpec(enabled, trigger, zone, value, completeness, delivery, alerts, readyBy, retention);
    }

    public ScheduleSpec withCompleteness(CompletenessWait value) {
        return new ScheduleSpec(enabled, trigger, zone, catchUp, value, delivery, alerts, readyBy, retention);
    }

    public ScheduleSpec withDelivery(List<DeliveryTarget> value) {
        return new ScheduleSpec(enabled, trigger, zone, catchUp, completeness, value, alerts, readyBy, retention);
    }

    public ScheduleSpec withAlerts(List<AlertChannel> value, ReadyDeadline deadline) {
        return new ScheduleSpec(enabled, trigger, zone, catchUp, completeness, delivery, value, deadline, retention);
    }

    public ScheduleSpec withRetention(Retention value) {
        return new ScheduleSpec(enabled, trigger, zone, catchUp, completeness, delivery, alerts, readyBy, value);
    }
}
