package com.winccreports.job.read;

import com.winccreports.job.partition.ReadPartition;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.BoundingValue;
import com.winccreports.wincc.TagResult;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccException;
import com.winccreports.wincc.WinccSources;
import com.winccreports.wincc.batch.ArchivePageReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** {@link ArchiveAccess} over the WinCC client's sources. */
public final class WinccArchiveAccess implements ArchiveAccess {

    private final WinccSources sources;

    public WinccArchiveAccess(WinccSources sources) {
        this.sources = sources;
    }

    @Override
    public ItemStreamReader<ArchivePage> pages(String source, ReadPartition partition) {
        ArchivePageReader reader = new ArchivePageReader(client(source), partition.archive(), partition.tags(),
                partition.from(), partition.to());
        reader.setName("archive");
        return reader;
    }

    @Override
    public Map<String, Sample> boundingValues(String source, String archive, List<String> tags, Instant at) {
        Map<String, Sample> bounds = new LinkedHashMap<>();
        WinccClient client = client(source);
        for (BoundingValue value : client.boundingValues(archive, tags, at.minusMillis(1)).values()) {
            String tag = value.tag();
            if (value instanceof BoundingValue.Found found) {
                bounds.put(tag, new Sample(found.timestampMillis(), found.value(), found.quality()));
            } else if (value instanceof BoundingValue.TagError error) {
                throw new IllegalStateException("bounding value of " + tag + " in " + archive + " at " + at
                        + " from source " + source + ": " + error.message());
            }
        }
        return bounds;
    }

    @Override
    public Map<String, Sample> firstValuesAtOrAfter(String source, String archive, List<String> tags, Instant at,
            Duration within) {
        Map<String, Sample> first = new LinkedHashMap<>();
        WinccClient client = client(source);
        collectFirst(client.values(archive, tags, at, at.plus(within), 1), at, first);
        if (tags.size() > 1) {
            // maxValues counting per variable is an assumption: a tag left without a value is asked again alone
            for (String tag : tags) {
                if (!first.containsKey(tag)) {
                    collectFirst(client.values(archive, List.of(tag), at, at.plus(within), 1), at, first);
                }
            }
        }
        return first;
    }

    private static void collectFirst(List<TagResult> results, Instant at, Map<String, Sample> first) {
        for (TagResult result : results) {
            if (result instanceof TagResult.Values values && !values.page().isEmpty()
                    && values.page().timestampsMillis()[0] >= at.toEpochMilli()) {
                ArchivePage page = values.page();
                first.put(result.tag(), new Sample(page.timestampsMillis()[0], page.values()[0], page.qualities()[0]));
            }
        }
    }

    @Override
    public String describe(String source) {
        return client(source).settings().baseUri().toString();
    }

    private WinccClient client(String source) {
        return SourceLookup.client(sources, source);
    }
}
