package com.winccreports.job.read;

import com.winccreports.job.partition.ReadPartition;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.wincc.ArchivePage;
import com.winccreports.wincc.BoundingValue;
import com.winccreports.wincc.WinccClient;
import com.winccreports.wincc.WinccException;
import com.winccreports.wincc.WinccSources;
import com.winccreports.wincc.batch.ArchivePageReader;
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
    public String describe(String source) {
        return client(source).settings().baseUri().toString();
    }

    private WinccClient client(String source) {
        return SourceLookup.client(sources, source);
    }
}
