package com.winccreports.recordexport.read;

import com.winccreports.definition.AlarmSelection;
import com.winccreports.job.read.SourceLookup;
import com.winccreports.recordexport.plan.ExportSource;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.wincc.AlarmClient;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.RecordFilter;
import com.winccreports.wincc.TagResult;
import com.winccreports.wincc.UserArchiveRecord;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccSources;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an export reads from a WinCC source besides the partitioned values: lists, records, alarms, values after. */
public final class ExportWincc {

    private final WinccSources sources;

    public ExportWincc(WinccSources sources) {
        this.sources = sources;
    }

    public ExportSource source(String source) {
        WinccClient client = client(source);
        return new ExportSource() {
            @Override
            public List<String> archiveVariables(String archive) {
                return client.archiveVariables(archive);
            }

            @Override
            public List<UserArchiveRecord> records(String archive, RecordFilter filter) {
                return client.userArchives().allRecords(archive, filter);
            }
        };
    }

    /** Per tag, the first value at or after {@code at} (within the source's bounding look-back); absent if none. */
    public Map<String, Sample> after(String source, String archive, List<String> tags, Instant at) {
        WinccClient client = client(source);
        Instant until = at.plus(client.settings().boundingLookBack());
        Map<String, Sample> after = new LinkedHashMap<>();
        for (String tag : tags) {
            for (TagResult result : client.values(archive, List.of(tag), at, until, 1)) {
                if (result instanceof TagResult.Values values && result.tag().equalsIgnoreCase(tag)
                        && !values.page().isEmpty()) {
                    ArchivePage page = values.page();
                    after.put(tag, new Sample(page.timestampsMillis()[0], page.values()[0], page.qualities()[0]));
                } else if (result instanceof TagResult.Error error) {
                    throw new IllegalStateException("value after " + at + " of " + tag + " in " + archive + ": "
                            + error.message());
                }
            }
        }
        return after;
    }

    /**
     * The alarms of {@code [from, to)} under the job's filter and classes, at most {@code max} asked for — or the
     * source's page size where that is lower: a server caps its answers silently, and the page size is what the
     * source is configured to answer in full, so an answer that reaches the limit asked is reported as truncated.
     */
    public AlarmClient.AlarmResult alarms(String source, AlarmSelection selection, Instant from, Instant to,
            int max) {
        AlarmClient.AlarmList list = switch (selection.archive()) {
            case "ShortTermArchive" -> AlarmClient.AlarmList.SHORT_TERM_ARCHIVE;
            case "MessageList" -> AlarmClient.AlarmList.MESSAGE_LIST;
            default -> AlarmClient.AlarmList.LONG_TERM_ARCHIVE;
        };
        WinccClient client = client(source);
        AlarmClient.AlarmResult result = client.alarms().read(list, selection.restFilter(), from, to,
                Math.min(max, client.settings().pageSize()));
        if (selection.classes().isEmpty()) {
            return result;
        }
        return new AlarmClient.AlarmResult(result.filter(), result.messages().stream()
                .filter(m -> selection.classes().contains(m.className())).toList(), result.received(),
                result.truncated());
    }

    public String describe(String source) {
        return client(source).settings().baseUri().toString();
    }

    private WinccClient client(String source) {
        return SourceLookup.client(sources, source);
    }
}
