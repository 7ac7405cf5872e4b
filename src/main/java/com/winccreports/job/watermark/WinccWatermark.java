package com.winccreports.job.watermark;

import com.winccreports.wincc.TagResult;
import com.winccreports.wincc.WinccClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watermark of a job from its WinCC source: per archive one {@code timeTo}-only request with
 * {@code maxValues=1} for the job's cyclic tags gives each tag's newest value at or before now; a tag is
 * archived up to that value plus its cycle, the job up to the lowest of its tags. A tag without a value,
 * a per-tag error or an unreachable server means "cannot tell" (the wait goes on until its grace ends).
 */
public final class WinccWatermark {

    /** The source and cyclic tags of a job. */
    public record WatchedTags(WinccClient client, List<CyclicTag> tags) {
        public WatchedTags {
            tags = List.copyOf(tags);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(WinccWatermark.class);

    private final Function<String, Optional<WatchedTags>> tagsOfJob;

    /** @param tagsOfJob the source and cyclic tags of a job name; empty for a job without cyclic tags */
    public WinccWatermark(Function<String, Optional<WatchedTags>> tagsOfJob) {
        this.tagsOfJob = tagsOfJob;
    }

    /**
     * The instant up to which every cyclic tag of {@code job} is archived (its newest value at or before
     * {@code asOf}, plus its logging cycle), the lowest over those tags; empty when it cannot be told.
     */
    public Optional<Instant> archivedUntil(String job, Instant asOf) {
        Optional<WatchedTags> watched = tagsOfJob.apply(job);
        if (watched.isEmpty() || watched.get().tags().isEmpty()) {
            return Optional.of(asOf);
        }
        try {
            return lowest(watched.get(), asOf);
        } catch (RuntimeException e) {
            LOG.warn("cannot read the archive watermark of {}: {}", job, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<Instant> lowest(WatchedTags watched, Instant asOf) {
        Map<String, List<CyclicTag>> byArchive = watched.tags().stream()
                .collect(Collectors.groupingBy(CyclicTag::archive, LinkedHashMap::new, Collectors.toList()));
        Instant lowest = null;
        for (Map.Entry<String, List<CyclicTag>> archive : byArchive.entrySet()) {
            Map<String, CyclicTag> tags = archive.getValue().stream()
                    .collect(Collectors.toMap(CyclicTag::tag, t -> t, (a, b) -> a, LinkedHashMap::new));
            List<TagResult> results = watched.client().values(archive.getKey(), List.copyOf(tags.keySet()), null,
                    asOf, 1);
            if (results.size() < tags.size()) {
                return Optional.empty();
            }
            for (TagResult result : results) {
                if (!(result instanceof TagResult.Values values) || values.page().isEmpty()) {
                    return Optional.empty();
                }
                Instant until = Instant.ofEpochMilli(values.page().lastTimestampMillis())
                        .plus(tags.get(result.tag()).cycle());
                lowest = lowest == null || until.isBefore(lowest) ? until : lowest;
            }
        }
        return Optional.ofNullable(lowest);
    }
}
