package com.winccreports.simulator.plant;

import com.winccreports.simulator.plant.PlantDefinition.ArchiveDefinition;
import com.winccreports.simulator.plant.PlantDefinition.TagDefinition;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The simulated plant: its archives and tags, and every archived value as a deterministic function of
 * (seed, tag, production day). Thread-safe; caches the plans of a few production days per line only.
 * Tests of other packages use {@link #series} as an oracle that needs no HTTP.
 */
public final class PlantModel {

    private final PlantDefinition definition;
    private final ZoneId zone;
    private final LocalTime dayStartTime;
    private final long firstDay;
    private final List<ArchiveInfo> archives = new ArrayList<>();
    private final Map<String, ArchiveInfo> archivesByName = new LinkedHashMap<>();
    private final Map<String, TagRef> tagsByName = new LinkedHashMap<>();
    private final DayPlanGenerator generator;
    private final TagValues values;
    private final LineHistory[] histories;
    private final Map<Long, DayPlan> planCache;
    private final AlarmLog alarms = new AlarmLog(this);
    private final ProductionRecords production = new ProductionRecords(this);

    private PlantModel(PlantDefinition definition) {
        this.definition = definition;
        this.zone = ZoneId.of(definition.timeZone());
        this.dayStartTime = LocalTime.parse(definition.productionDayStart());
        this.firstDay = LocalDate.parse(definition.archiveStart()).toEpochDay();
        this.generator = new DayPlanGenerator(definition, zone, dayStartTime);
        this.values = new TagValues(definition);
        compileArchives();
        histories = new LineHistory[definition.lines().size()];
        for (int i = 0; i < histories.length; i++) {
            histories[i] = new LineHistory(this, i, firstDay, definition.seed());
        }
        int capacity = 6 * histories.length;
        planCache = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, DayPlan> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The model of a checked plant definition. */
    public static PlantModel of(PlantDefinition definition) {
        return new PlantModel(PlantLoader.check(definition, "plant"));
    }

    /** The built-in demo plant (identical to {@code jobs/plants/demo-plant.yaml}). */
    public static PlantModel demo() {
        return new PlantModel(PlantLoader.demo());
    }

    public static PlantModel load(Path plantFile) {
        return new PlantModel(PlantLoader.load(plantFile));
    }

    private void compileArchives() {
        List<String> lines = definition.lines();
        for (ArchiveDefinition archive : definition.archives()) {
            List<TagRef> tags = new ArrayList<>();
            for (int line = 0; line < lines.size(); line++) {
                for (String tagName : archive.tags()) {
                    int index = tagIndex(tagName);
                    TagDefinition d = definition.tags().get(index);
                    TagRef ref = new TagRef(lines.get(line) + "." + d.name(), line, lines.get(line), index,
                            TagKind.parse(d.kind()), d, archive.name(), archive.cycleSeconds());
                    tags.add(ref);
                    tagsByName.putIfAbsent(key(ref.name()), ref);
                }
            }
            ArchiveInfo info = new ArchiveInfo(archive.name(), archive.cycleSeconds(), tags);
            archives.add(info);
            archivesByName.put(key(archive.name()), info);
        }
    }

    private int tagIndex(String name) {
        for (int i = 0; i < definition.tags().size(); i++) {
            if (definition.tags().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("archive tag '" + name + "' is not among tags");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public PlantDefinition definition() {
        return definition;
    }

    public ZoneId zone() {
        return zone;
    }

    public List<ArchiveInfo> archives() {
        return List.copyOf(archives);
    }

    /** Archive by name, ignoring case. */
    public Optional<ArchiveInfo> archive(String name) {
        return Optional.ofNullable(archivesByName.get(key(name)));
    }

    /** Every tag once, in archive order. */
    public List<TagRef> tags() {
        return List.copyOf(tagsByName.values());
    }

    /** Tag by name, ignoring case. */
    public Optional<TagRef> tag(String name) {
        return Optional.ofNullable(tagsByName.get(key(name)));
    }

    /** A tag as logged by one archive, ignoring case. */
    public Optional<TagRef> archiveTag(ArchiveInfo archive, String name) {
        String wanted = key(name);
        return archive.tags().stream().filter(t -> key(t.name()).equals(wanted)).findFirst();
    }

    /** The first instant with archived data: the start of the first production day. */
    public Instant archiveStart() {
        return Instant.ofEpochSecond(dayStart(firstDay));
    }

    /** The production day (a local date; it starts at {@code productionDayStart}) an instant belongs to. */
    public LocalDate productionDay(Instant instant) {
        return LocalDate.ofEpochDay(productionDayOf(instant.getEpochSecond()));
    }

    /** The instant a production day starts. */
    public Instant productionDayStart(LocalDate day) {
        return Instant.ofEpochSecond(dayStart(day.toEpochDay()));
    }

    long productionDayOf(long epochSecond) {
        ZonedDateTime local = Instant.ofEpochSecond(epochSecond).atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(dayStartTime) ? date.toEpochDay() - 1 : date.toEpochDay();
    }

    long dayStart(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).atTime(dayStartTime).atZone(zone).toEpochSecond();
    }

    long firstDay() {
        return firstDay;
    }

    /** The plan of a line's production day, from a small cache. */
    DayPlan plan(int line, long epochDay) {
        long key = epochDay * 64 + line;
        synchronized (planCache) {
            DayPlan cached = planCache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        DayPlan plan = generatePlan(line, epochDay);
        synchronized (planCache) {
            planCache.put(key, plan);
        }
        return plan;
    }

    DayPlan generatePlan(int line, long epochDay) {
        DayPlan plan = generator.generate(line, epochDay, dayStart(epochDay), dayStart(epochDay + 1));
        if (plan.resetAt >= 0 && !histories[line].readsAsReset(plan)) {
            plan.resetAt = -1; // it would read as a rollover to anyone, so the batch counts could not be checked
        }
        return plan;
    }

    LineHistory.DayStart dayStartValues(int line, long epochDay) {
        return histories[line].startOf(epochDay);
    }

    /**
     * Emits the tag's records stamped in {@code [fromMillis, toMillis]} (both inclusive) in archive
     * order, at most {@code limit}; returns how many.
     */
    public int forEach(TagRef tag, long fromMillis, long toMillis, int limit, RecordSink sink) {
        long from = Math.max(Math.floorDiv(fromMillis + 999, 1000), dayStart(firstDay));
        long to = Math.floorDiv(toMillis, 1000);
        int count = 0;
        for (long day = productionDayOf(from); count < limit && from <= to; day++) {
            DayPlan plan = plan(tag.line(), day);
            LineHistory.DayStart start = tag.kind().counter() ? dayStartValues(tag.line(), day) : null;
            count += values.emitDay(tag, plan, start, from, Math.min(to, plan.end - 1), limit - count, sink);
            from = plan.end;
        }
        return count;
    }

    /** The latest {@code limit} records stamped at or before {@code toMillis}, in archive order. */
    public ArchiveSeries latest(TagRef tag, long toMillis, int limit) {
        long archiveStartMillis = dayStart(firstDay) * 1000;
        long span = tag.kind().onChange() ? 86_400_000L : (limit + 4L) * tag.cycleSeconds() * 1000;
        while (true) {
            long from = Math.max(archiveStartMillis, toMillis - span);
            TailCollector tail = new TailCollector(limit);
            forEach(tag, from, toMillis, Integer.MAX_VALUE, tail);
            if (tail.count >= limit || from == archiveStartMillis) {
                return tail.toSeries(tag.name());
            }
            span *= 4;
        }
    }

    /** The raw series of an archive tag in the half-open window {@code [from, to)}. */
    public ArchiveSeries series(String archive, String tag, Instant from, Instant to) {
        ArchiveInfo info = archive(archive).orElseThrow(() -> new IllegalArgumentException("unknown archive " + archive));
        TagRef ref = archiveTag(info, tag).orElseThrow(() -> new IllegalArgumentException("unknown tag " + tag));
        ArchiveSeries.Collector collector = new ArchiveSeries.Collector();
        forEach(ref, from.toEpochMilli(), to.toEpochMilli() - 1, Integer.MAX_VALUE, collector);
        return ArchiveSeries.collect(ref.name(), collector);
    }

    /** {@code BatchRecords} rows of batches started at or before {@code visibleUntil}. */
    public List<BatchRecord> batchRecords(Instant visibleUntil) {
        return production.visible(visibleUntil.toEpochMilli());
    }

    /** Alarm messages stamped in {@code [from, to]} (inclusive) of accepted alarms, in time order, at most {@code limit}. */
    public List<AlarmMessage> alarmMessages(Instant from, Instant to, Predicate<AlarmInstance> filter, int limit) {
        return alarms.messages(from.toEpochMilli(), to.toEpochMilli(), filter, limit);
    }

    /** Alarms raised and not yet cleared at {@code now} (their latest state), in time order. */
    public List<AlarmMessage> activeAlarms(Instant now, Predicate<AlarmInstance> filter) {
        return alarms.active(now.toEpochMilli(), filter);
    }

    /** A line's alarm occurrences on one production day (for tests that check them against the process). */
    public List<AlarmInstance> alarmInstances(String line, LocalDate productionDay) {
        return alarms.instances(definition.lines().indexOf(line), productionDay.toEpochDay());
    }
}
