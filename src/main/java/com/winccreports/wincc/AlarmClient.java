package com.winccreports.wincc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Alarm lists of docs/wincc-rest.md §6: the REST filter configured in WinCC is named by the caller (job
 * definition); the server's window comes from that filter, so only messages inside the report period
 * are kept here; an answer that reached {@code maxValues} is reported as truncated, never as complete —
 * unless it holds messages both before and after the period (the cap cut elsewhere).
 */
public final class AlarmClient {

    /** Which alarm list to read. */
    public enum AlarmList {
        LONG_TERM_ARCHIVE("LongTermArchive"), SHORT_TERM_ARCHIVE("ShortTermArchive"), MESSAGE_LIST("MessageList");

        private final String path;

        AlarmList(String path) {
            this.path = path;
        }
    }

    /**
     * Messages of a period.
     *
     * @param filter    the REST filter read
     * @param messages  messages stamped inside {@code [from, to)}, in answer order
     * @param received  messages in the answer, before the period filter
     * @param truncated the answer hit {@code maxValues}: the period may hold more messages
     */
    public record AlarmResult(String filter, List<AlarmMessage> messages, int received, boolean truncated) {
        public AlarmResult {
            messages = List.copyOf(messages);
        }
    }

    private final WinccTransport transport;

    public AlarmClient(WinccTransport transport) {
        this.transport = transport;
    }

    /** Names of the REST filters configured in WinCC. */
    public List<String> restFilters() {
        RequestScope scope = RequestScope.of(transport.settings().name(), "alarm filters");
        JsonNode answer = transport.get("/alarmLogging/RestFilters", scope, JsonBodies.MAPPER::readTree);
        List<String> names = new ArrayList<>();
        for (JsonNode item : AlarmParsing.items(answer)) {
            names.add(item.isString() ? item.asString() : item.path("name").asString(null));
        }
        return names;
    }

    /** The messages of {@code list} under {@code restFilter} stamped in {@code [from, to)}. */
    public AlarmResult read(AlarmList list, String restFilter, Instant from, Instant to, int maxValues) {
        RequestScope scope = new RequestScope(transport.settings().name(), "alarm filter " + restFilter, List.of(),
                from, to);
        // WinCC takes the window from the filter's own configuration; the period is sent as well, so a gateway
        // or the simulator that honours timeFrom/timeTo answers for exactly the period (others ignore it)
        String path = "/alarmLogging/" + list.path + "/" + JsonBodies.segment(restFilter) + "?maxValues=" + maxValues
                + "&timeFrom=" + IsoTimestamps.format(from.toEpochMilli())
                + "&timeTo=" + IsoTimestamps.format(to.toEpochMilli());
        JsonNode answer = transport.get(path, scope, JsonBodies.MAPPER::readTree);
        List<JsonNode> items = AlarmParsing.items(answer);
        List<AlarmMessage> kept = new ArrayList<>();
        boolean before = false;
        boolean after = false;
        for (JsonNode item : items) {
            AlarmMessage message = AlarmParsing.message(item, scope);
            before |= message.timestamp().isBefore(from);
            after |= !message.timestamp().isBefore(to);
            if (!message.timestamp().isBefore(from) && message.timestamp().isBefore(to)) {
                kept.add(message);
            }
        }
        // a capped answer is a contiguous stretch of time: if it reaches past both ends, the period is whole
        boolean truncated = items.size() >= maxValues && !(before && after);
        return new AlarmResult(restFilter, kept, items.size(), truncated);
    }
}
