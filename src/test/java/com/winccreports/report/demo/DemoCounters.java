package com.winccreports.report.demo;

import com.winccreports.report.CounterReset;
import com.winccreports.report.CounterStatistics;
import com.winccreports.report.StateStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The demo line's counters (good units, energy) and machine states of one shift, from the shift's KPI inputs. */
final class DemoCounters {

    private DemoCounters() {
    }

    static List<CounterStatistics> counters(DemoKpis.Inputs in, Instant from, Instant to, CounterReset rollover,
            Messages messages, String line) {
        double hours = Duration.between(from, to).toSeconds() / 3600.0;
        Instant at = rollover.at().toInstant();
        List<CounterReset> events = !at.isBefore(from) && at.isBefore(to) ? List.of(rollover) : List.of();
        return List.of(
                new CounterStatistics(line + ".GoodCount", messages.get("tag.GoodCount"), "units", in.good(),
                        in.good() / hours, events.size(), 0, events, 100),
                new CounterStatistics(line + ".EnergyMeter", messages.get("tag.EnergyMeter"), "kWh", in.energyKWh(),
                        in.energyKWh() / hours, 0, 0, List.of(), 100));
    }

    static List<StateStatistics> states(DemoKpis.Inputs in, DemoDowntime downtime, Instant from, Instant to,
            String line) {
        int stops = downtime.stops(from, to);
        return List.of(new StateStatistics(line + ".MachineState", "Machine state", List.of(
                new StateStatistics.StateDuration(1, "Running", minutes(in.runMin()), stops + 1),
                new StateStatistics.StateDuration(3, "Setup", minutes(in.setupMin()), 1),
                new StateStatistics.StateDuration(4, "Down", minutes(in.downMin()), stops)), Duration.ZERO, 100));
    }

    private static Duration minutes(double minutes) {
        return Duration.ofSeconds(Math.round(minutes * 60));
    }
}
