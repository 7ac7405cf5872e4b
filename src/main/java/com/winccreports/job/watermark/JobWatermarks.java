package com.winccreports.job.watermark;

import com.winccreports.definition.ArchivedTag;
import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.read.SourceLookup;
import com.winccreports.system.HomeFolder;
import com.winccreports.wincc.WinccSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which tags tell a job's watermark: the tags it reads that its site logs cyclically (a profile with an
 * {@code archiveCycle}), every line expanded, read from its WinCC source.
 */
public final class JobWatermarks {

    private JobWatermarks() {
    }

    public static WinccWatermark of(HomeFolder home, WinccSources sources) {
        return new WinccWatermark(job -> watched(Definitions.load(home), job, sources));
    }

    static Optional<WinccWatermark.WatchedTags> watched(Definitions definitions, String jobName, WinccSources sources) {
        JobDefinition job = definitions.job(jobName);
        List<CyclicTag> tags = cyclicTags(job, definitions.siteOf(job));
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WinccWatermark.WatchedTags(SourceLookup.client(sources, job.source()), tags));
    }

    static List<CyclicTag> cyclicTags(JobDefinition job, SiteDefinition site) {
        List<String> lines = job.linesOf(site);
        Map<String, ArchivedTag> archived = site.tagsFor(lines);
        List<CyclicTag> tags = new ArrayList<>();
        for (String name : job.tagNames(lines)) {
            ArchivedTag tag = archived.get(name);
            if (tag != null) {
                tag.archiveCycle().ifPresent(cycle -> tags.add(new CyclicTag(tag.archive(), name, cycle)));
            }
        }
        return tags;
    }
}
