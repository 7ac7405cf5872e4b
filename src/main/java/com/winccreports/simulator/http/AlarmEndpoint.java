package com.winccreports.simulator.http;

import com.winccreports.simulator.plant.AlarmInstance;
import com.winccreports.simulator.plant.AlarmMessage;
import com.winccreports.simulator.plant.PlantDefinition.AlarmFilterDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Alarm logging (docs/wincc-rest.md §6). A rest filter (plant file, {@code alarmFilters}) selects message classes
 * and lines and has a window ending now; {@code ?timeFrom=&timeTo=} (a simulator extension) replace that
 * window so a report of any past day can be served. {@code ShortTermArchive} holds only the last
 * 24 hours; {@code MessageList} lists the alarms active now. At most {@code maxValues} messages (capped).
 */
final class AlarmEndpoint {

    static final Duration SHORT_TERM = Duration.ofHours(24);
    private static final List<AlarmFilterDefinition> DEFAULT_FILTERS = List.of(
            new AlarmFilterDefinition("AllAlarms", "All messages", "P7D", null, null));

    private final ServiceContext context;
    private final List<AlarmFilterDefinition> filters;

    AlarmEndpoint(ServiceContext context) {
        this.context = context;
        List<AlarmFilterDefinition> configured = context.model().definition().alarmFilters();
        this.filters = configured == null || configured.isEmpty() ? DEFAULT_FILTERS : configured;
    }

    int restFilters(HttpCall call, JsonBuffer out) {
        return PagedList.write(call, out, filters, (f, o) -> {
            o.raw("{\"name\":").string(f.name()).raw(",\"description\":").string(f.description())
                    .raw(",\"window\":").string(f.window());
            list(o, "classes", f.classes());
            list(o, "lines", f.lines());
            o.raw('}');
        });
    }

    int messages(HttpCall call, JsonBuffer out) {
        String kind = call.segment(1).toLowerCase(Locale.ROOT);
        AlarmFilterDefinition filter = filters.stream().filter(f -> f.name().equalsIgnoreCase(call.segment(2)))
                .findFirst().orElseThrow(() -> ApiException.notFound("unknown rest filter '" + call.segment(2) + "'"));
        int max = context.effectiveMax(call.positiveInt("maxValues", context.maxValuesCap()));
        long now = context.clock().millis();
        List<AlarmMessage> messages;
        if (kind.equals("messagelist")) {
            messages = context.model().activeAlarms(Instant.ofEpochMilli(now), predicate(filter));
            messages = messages.subList(0, Math.min(max, messages.size()));
        } else if (kind.equals("longtermarchive") || kind.equals("shorttermarchive")) {
            messages = archived(call, filter, kind.equals("shorttermarchive"), max, now);
        } else {
            throw ApiException.notFound("no such alarm archive '" + call.segment(1) + "'");
        }
        write(messages, out);
        return 200;
    }

    /** Messages of the filter's window (or {@code timeFrom..timeTo}), clipped to 24 h for the short-term archive. */
    private List<AlarmMessage> archived(HttpCall call, AlarmFilterDefinition filter, boolean shortTerm, int max,
            long now) {
        Long from = TimeParameter.millis("timeFrom", call.query("timeFrom"));
        Long to = TimeParameter.millis("timeTo", call.query("timeTo"));
        if (from != null && to != null && from > to) {
            throw ApiException.badParameter("timeFrom", "is after timeTo");
        }
        long visible = context.visibleUntilMillis();
        long until = to == null ? visible : Math.min(to, visible);
        long since = from == null ? now - Duration.parse(filter.window()).toMillis() : from;
        if (shortTerm) {
            since = Math.max(since, now - SHORT_TERM.toMillis());
        }
        return since > until ? List.of() : context.model().alarmMessages(Instant.ofEpochMilli(since),
                Instant.ofEpochMilli(until), predicate(filter), max);
    }

    private static Predicate<AlarmInstance> predicate(AlarmFilterDefinition f) {
        return a -> (f.classes() == null || f.classes().stream().anyMatch(c -> c.equalsIgnoreCase(a.className())))
                && (f.lines() == null || f.lines().stream().anyMatch(l -> l.equalsIgnoreCase(a.line())));
    }

    private static void write(List<AlarmMessage> messages, JsonBuffer out) {
        out.raw('[');
        for (int i = 0; i < messages.size(); i++) {
            AlarmMessage m = messages.get(i);
            out.raw(i == 0 ? "" : ",").raw("{\"msgNo\":").number(m.msgNo()).raw(",\"state\":").number(m.state())
                    .raw(",\"timestamp\":").timestamp(m.timestampMillis()).raw(",\"className\":").string(m.className())
                    .raw(",\"priority\":").number(m.priority()).raw(",\"text1\":").string(m.text1())
                    .raw(",\"pValue1\":").decimal(m.pValue1()).raw(",\"computerName\":").string(m.computerName())
                    .raw(",\"userName\":").string(m.userName()).raw('}');
        }
        out.raw(']');
    }

    private static void list(JsonBuffer o, String name, List<String> values) {
        if (values == null) {
            return;
        }
        o.raw(",\"").raw(name).raw("\":[");
        for (int i = 0; i < values.size(); i++) {
            o.raw(i == 0 ? "" : ",").string(values.get(i));
        }
        o.raw(']');
    }
}
