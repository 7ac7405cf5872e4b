package com.winccreports.shiftreport;

import com.winccreports.definition.ArchivedTag;
import com.winccreports.definition.Definitions;
import com.winccreports.definition.JobDefinition;
import com.winccreports.definition.SiteDefinition;
import com.winccreports.job.RunParameters;
import com.winccreports.period.PeriodKind;
import com.winccreports.period.ReportPeriod;
import com.winccreports.shift.aggregate.TagProfile;
import com.winccreports.shift.calendar.ShiftCalendar;
import com.winccreports.shift.calendar.ShiftInstance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one report run works with, resolved from its job parameters and the definitions: the job,
 * the site, the lines, the shifts of the period and the tags to read with their profiles ({@code tags}) and where
 * WinCC archives them ({@code archived}).
 */
public record ShiftReportRun(RunParameters parameters, JobDefinition job, SiteDefinition site,
        List<String> lines, List<ShiftWindow> shifts, Map<String, TagProfile> tags,
        Map<String, ArchivedTag> archived) {

    /** Resolves a run; the definitions are those of the home folder now (checked by the caller at start). */
    public static ShiftReportRun resolve(RunParameters parameters, Definitions definitions) {
        JobDefinition job = definitions.job(parameters.definition());
        SiteDefinition site = definitions.siteOf(job);
        List<String> lines = parameters.lines().isEmpty() ? job.linesOf(site) : parameters.lines();
        ShiftCalendar calendar = site.calendar();
        List<ShiftWindow> shifts = new ArrayList<>();
        long from = parameters.period().from().toEpochMilli();
        long to = parameters.period().to().toEpochMilli();
        for (ShiftInstance shift : calendar.shiftsBetween(parameters.period().from(), parameters.period().to())) {
            long start = Math.max(from, shift.startMillis());
            long end = Math.min(to, shift.endMillis());
            shifts.add(new ShiftWindow(shifts.size(), ShiftClipping.clip(shift, start, end, site.zone()), start, end));
        }
        Map<String, ArchivedTag> profiles = site.tagsFor(lines);
        Map<String, ArchivedTag> archived = new LinkedHashMap<>();
        Map<String, TagProfile> tags = new LinkedHashMap<>();
        job.tagNames(lines).forEach(name -> {
            archived.put(name, profiles.get(name));
            tags.put(name, profiles.get(name).profile());
        });
        return new ShiftReportRun(parameters, job, site, List.copyOf(lines), List.copyOf(shifts), tags, archived);
    }

    /** The last production day of {@code site} that has ended at {@code now}. */
    public static ReportPeriod lastCompleteProductionDay(SiteDefinition site, Instant now) {
        return site.periods().latestEndedBy(PeriodKind.PRODUCTION_DAY, now);
    }

    /** The production day {@code day} of {@code site}. */
    public static ReportPeriod productionDay(SiteDefinition site, LocalDate day) {
        return site.periods().productionDay(day);
    }

    /** The tags of one line (a tag belongs to a line when its name starts with the line and a dot). */
    public List<String> tagsOf(String line) {
        return tags.keySet().stream().filter(tag -> belongsTo(tag, line)).toList();
    }

    /** Tag name → archive, in report order (the partition plan groups by archive). */
    public Map<String, String> archiveOfTag() {
        Map<String, String> archives = new LinkedHashMap<>();
        archived.forEach((tag, read) -> archives.put(tag, read.archive()));
        return archives;
    }

    public long fromMillis() {
        return parameters.period().from().toEpochMilli();
    }

    public long toMillis() {
        return parameters.period().to().toEpochMilli();
    }

    private boolean belongsTo(String tag, String line) {
        if (tag.startsWith(line + ".")) {
            return true;
        }
        return lines.stream().noneMatch(other -> tag.startsWith(other + "."));
    }
}
