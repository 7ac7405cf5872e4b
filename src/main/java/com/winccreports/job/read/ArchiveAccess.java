package com.winccreports.job.read;

import com.winccreports.job.partition.ReadPartition;
import com.winccreports.shift.aggregate.Sample;
import com.winccreports.wincc.ArchivePage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * What the job needs from a WinCC source to read process values ({@link WinccArchiveAccess} over the client).
 */
public interface ArchiveAccess {

    /**
     * A restartable reader of the partition's values, tag after tag, page by page, inside
     * {@code [partition.from, partition.to)}; it saves its position in the step's execution context.
     */
    ItemStreamReader<ArchivePage> pages(String source, ReadPartition partition);

    /**
     * The value in force just before {@code at} — the last one stamped strictly before it — per tag; a tag without
     * one is absent. A value stamped exactly at {@code at} belongs to the window starting there, so a counter's
     * increase up to it is counted in that window, never lost between two.
     */
    Map<String, Sample> boundingValues(String source, String archive, List<String> tags, Instant at);

    /**
     * The first value stamped at or after {@code at}, per tag, looking no further than {@code within} — what an
     * interpolated time average of the window ending at {@code at} draws its last stretch towards (OPC UA Part 13's
     * end bound). A tag without one is absent.
     */
    Map<String, Sample> firstValuesAtOrAfter(String source, String archive, List<String> tags, Instant at,
            Duration within);

    /** The server a source reads, for manifests (a URL without credentials). */
    String describe(String source);
}
