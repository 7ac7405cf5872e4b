package com.winccreports.wincc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one WinCC server's process-value archives (docs/wincc-rest.md §3): single requests with typed per-tag
 * results, window paging, bounding values, and the archive lists. Read-only.
 */
public final class WinccClient {

    private final WinccTransport transport;
    private final ContinuationPager lists;

    public WinccClient(WinccTransport transport) {
        this.transport = transport;
        this.lists = new ContinuationPager(transport);
    }

    public String sourceName() {
        return transport.settings().name();
    }

    public SourceSettings settings() {
        return transport.settings();
    }

    /** The REST user archives of this server (docs/wincc-rest.md §4). */
    public UserArchives userArchives() {
        return new RestUserArchives(transport, lists);
    }

    /** The alarm lists of this server (docs/wincc-rest.md §6). */
    public AlarmClient alarms() {
        return new AlarmClient(transport);
    }

    /**
     * One request for values of tags in {@code [from, to]} (inclusive; {@code from == null}: the latest
     * {@code maxValues} at or before {@code to}). One typed result per tag, in answer order.
     */
    public List<TagResult> values(String archive, List<String> tags, Instant from, Instant to, int maxValues) {
        RequestScope scope = RequestScope.archive(sourceName(), archive, tags, from, to);
        String timeFrom = from == null ? null : IsoTimestamps.format(from.toEpochMilli());
        String timeTo = to == null ? null : IsoTimestamps.format(to.toEpochMilli());
        ArchiveValuesParser parser = new ArchiveValuesParser(Math.min(maxValues, 65_536));
        if (settings().valuesRequest() == SourceSettings.ValuesRequestForm.BODY) {
            return transport.post("/tagLogging/Values", JsonBodies.archiveQuery(archive, tags, timeFrom, timeTo,
                    maxValues), scope, parser::parse);
        }
        String path = "/tagLogging/Archive/" + JsonBodies.segment(archive) + "/Values?"
                + (timeFrom == null ? "" : "timeFrom=" + JsonBodies.query(timeFrom) + "&")
                + (timeTo == null ? "" : "timeTo=" + JsonBodies.query(timeTo) + "&") + "maxValues=" + maxValues;
        return transport.post(path, JsonBodies.variableNames(tags), scope, parser::parse);
    }

    /** A pager over {@code [from, to)} of one tag from the window start. */
    public WindowPager pager(String archive, String tag, Instant from, Instant to) {
        return pager(archive, tag, from, to, WindowCursor.start(from.toEpochMilli()));
    }

    /** A pager over {@code [from, to)} of one tag resuming at a saved cursor. */
    public WindowPager pager(String archive, String tag, Instant from, Instant to, WindowCursor cursor) {
        RequestScope scope = RequestScope.archive(sourceName(), archive, List.of(tag), from, to);
        return new WindowPager((t, f, u, max) -> onePage(archive, t, f, u, max), scope, tag, to.toEpochMilli(),
                settings().pageSize(), cursor);
    }

    /** All values of one tag in {@code [from, to)} as one page — for short windows; long ones page. */
    public ArchivePage readWindow(String archive, String tag, Instant from, Instant to) {
        WindowPager pager = pager(archive, tag, from, to);
        PageConcatenation all = new PageConcatenation(tag);
        for (ArchivePage page = pager.next(); page != null; page = pager.next()) {
            all.add(page);
        }
        return all.build();
    }

    /**
     * The value in force at {@code at}: the latest at or before it, if not older than the configured
     * look-back; {@link BoundingValue.NoneFound} says the time before the first value is uncovered.
     */
    public BoundingValue boundingValue(String archive, String tag, Instant at) {
        TagResult result = single(values(archive, List.of(tag), null, at, 1), tag,
                RequestScope.archive(sourceName(), archive, List.of(tag), null, at));
        return bounding(result, tag, at);
    }

    /**
     * {@link #boundingValue} of several tags in one request. That {@code maxValues} counts per variable is an
     * assumption (docs/wincc-rest.md §3), so a tag that comes back without a value, or not at all, is asked again alone:
     * a server that counts per request costs extra requests, never a wrong bounding value.
     */
    public Map<String, BoundingValue> boundingValues(String archive, List<String> tags, Instant at) {
        Map<String, BoundingValue> bounds = new LinkedHashMap<>();
        List<TagResult> answer = tags.size() == 1 ? List.of() : values(archive, tags, null, at, 1);
        for (String tag : tags) {
            TagResult result = answer.stream().filter(r -> r.tag().equals(tag)).findFirst().orElse(null);
            BoundingValue value = result == null ? null : bounding(result, tag, at);
            bounds.put(tag, value == null || value instanceof BoundingValue.NoneFound
                    ? boundingValue(archive, tag, at) : value);
        }
        return bounds;
    }

    private BoundingValue bounding(TagResult result, String tag, Instant at) {
        if (result instanceof TagResult.Error error) {
            return new BoundingValue.TagError(tag, error.message());
        }
        ArchivePage page = ((TagResult.Values) result).page();
        long oldest = at.minus(settings().boundingLookBack()).toEpochMilli();
        for (int i = page.size() - 1; i >= 0; i--) {
            long ts = page.timestampsMillis()[i];
            if (ts <= at.toEpochMilli() && ts >= oldest) {
                return new BoundingValue.Found(tag, ts, page.values()[i], page.qualities()[i]);
            }
        }
        return new BoundingValue.NoneFound(tag, at, settings().boundingLookBack());
    }

    /** Names of the process-value archives (docs/wincc-rest.md §5 paging). */
    public List<String> archives() {
        return lists.names("/tagLogging/Archives", RequestScope.of(sourceName(), null), "name", "archiveName");
    }

    /** Names of the tags logged in an archive. */
    public List<String> archiveVariables(String archive) {
        return lists.names("/tagLogging/Archive/" + JsonBodies.segment(archive) + "/Variables",
                RequestScope.of(sourceName(), archive), "name", "variableName");
    }

    private ArchivePage onePage(String archive, String tag, long from, long to, int maxValues) {
        RequestScope scope = RequestScope.archive(sourceName(), archive, List.of(tag), Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(to));
        TagResult result = single(values(archive, List.of(tag), Instant.ofEpochMilli(from), Instant.ofEpochMilli(to),
                maxValues), tag, scope);
        if (result instanceof TagResult.Error error) {
            throw new WinccException(WinccException.Reason.TAG_ERROR, scope, 200, "the server reports for tag '"
                    + tag + "': " + error.message(), null);
        }
        return ((TagResult.Values) result).page();
    }

    private static TagResult single(List<TagResult> results, String tag, RequestScope scope) {
        for (TagResult result : results) {
            if (result.tag().equals(tag)) {
                return result;
            }
        }
        for (TagResult result : results) {
            if (result.tag().equalsIgnoreCase(tag)) {
                return result;
            }
        }
        if (results.size() == 1 && "?".equals(results.get(0).tag())) {
            return results.get(0);
        }
        throw new WinccException(WinccException.Reason.MALFORMED_ANSWER, scope, 200,
                "the answer holds no item for tag '" + tag + "'", null);
    }
}
