package com.winccreports.simulator.plant;

import com.winccreports.simulator.plant.PlantDefinition.AlarmFilterDefinition;
import com.winccreports.simulator.plant.PlantDefinition.ArchiveDefinition;
import com.winccreports.simulator.plant.PlantDefinition.ScriptDefinition;
import com.winccreports.simulator.plant.PlantDefinition.SegmentDefinition;
import com.winccreports.simulator.plant.PlantDefinition.TagDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a plant file ({@code jobs/plants/*.yaml}) and rejects it with the file and field that is wrong. */
public final class PlantLoader {

    /** Classpath copy of {@code jobs/plants/demo-plant.yaml}. */
    public static final String DEMO_RESOURCE = "/simulator/demo-plant.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PlantLoader() {
    }

    public static PlantDefinition load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return check(read(in, file.toString()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plant file " + file, e);
        }
    }

    public static PlantDefinition demo() {
        try (InputStream in = PlantLoader.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in plant " + DEMO_RESOURCE + " missing from the classpath");
            }
            return check(read(in, DEMO_RESOURCE), DEMO_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlantDefinition read(InputStream in, String source) {
        try {
            return MAPPER.readValue(in, PlantDefinition.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": " + e.getOriginalMessage() + " at "
                    + e.getLocation() + " (" + e.getPathReference() + ")", e);
        }
    }

    /** Checks what the generator relies on; the message names the source and the field. */
    static PlantDefinition check(PlantDefinition p, String source) {
        require(p.site() != null && !p.site().isBlank(), source, "site", "is required");
        parse(source, "timeZone", () -> ZoneId.of(p.timeZone()));
        parse(source, "productionDayStart", () -> LocalTime.parse(p.productionDayStart()));
        parse(source, "archiveStart", () -> LocalDate.parse(p.archiveStart()));
        require(p.lines() != null && !p.lines().isEmpty() && p.lines().size() < 64, source, "lines", "needs 1..63 lines");
        checkTagsAndArchives(p, source);
        require(p.powerKw() != null && p.powerKw().keySet().containsAll(List.of("running", "idle", "setup", "down")),
                source, "powerKw", "needs running, idle, setup and down");
        require(p.recipes() != null && !p.recipes().isEmpty(), source, "recipes", "needs at least one recipe");
        require(p.operators() != null && !p.operators().isEmpty(), source, "operators", "needs at least one operator");
        require(p.downtimeReasons() != null && !p.downtimeReasons().isEmpty(), source, "downtimeReasons", "needs one reason");
        boolean allScripted = p.script() != null && p.script().keySet().containsAll(p.lines());
        require(allScripted || p.production() != null, source, "production", "is required (unless every line is scripted)");
        require(allScripted || p.defects() != null, source, "defects", "is required (unless every line is scripted)");
        checkFilters(p, source);
        checkStateCodes(p, source);
        if (p.script() != null) {
            p.script().forEach((line, script) -> checkScript(p, line, script, source));
        }
        return p;
    }

    private static void checkStateCodes(PlantDefinition p, String source) {
        if (p.stateCodes() == null) {
            return;
        }
        require(List.of("running", "idle", "setup", "down").containsAll(p.stateCodes().keySet()), source, "stateCodes",
                "knows running, idle, setup and down only");
        Set<Integer> codes = new HashSet<>();
        for (int state = MachineState.RUNNING; state <= MachineState.DOWN; state++) {
            require(codes.add(p.stateCode(state)), source, "stateCodes", "gives two states the code " + p.stateCode(state));
        }
    }

    private static void checkScript(PlantDefinition p, String line, ScriptDefinition script, String source) {
        String field = "script." + line;
        require(p.lines().contains(line), source, field, "names no line of the plant " + p.lines());
        require(script.recipe() != null && p.recipes().stream().anyMatch(r -> r.recipe().equals(script.recipe())),
                source, field + ".recipe", "names no recipe of the plant");
        require(script.segments() != null && !script.segments().isEmpty(), source, field + ".segments", "needs a segment");
        LocalTime dayStart = LocalTime.parse(p.productionDayStart());
        long previous = -1;
        for (int i = 0; i < script.segments().size(); i++) {
            SegmentDefinition seg = script.segments().get(i);
            String at = field + ".segments[" + i + "]";
            parse(source, at + ".at", () -> LocalTime.parse(seg.at()));
            long offset = Math.floorMod(LocalTime.parse(seg.at()).toSecondOfDay() - dayStart.toSecondOfDay(), 86_400);
            require(i > 0 || offset == 0, source, at + ".at", "must be the production day start " + dayStart);
            require(offset > previous, source, at + ".at", "must come after the segment before it");
            previous = offset;
            parse(source, at + ".state", () -> ScriptedDays.state(String.valueOf(seg.state())));
            int units = seg.units() == null ? 0 : seg.units();
            int scrap = seg.scrap() == null ? 0 : seg.scrap();
            require(units >= 0 && scrap >= 0 && scrap <= units, source, at, "needs 0 <= scrap <= units");
            require(units == 0 || "running".equalsIgnoreCase(seg.state()), source, at + ".units", "only while running");
        }
    }

    private static void checkTagsAndArchives(PlantDefinition p, String source) {
        require(p.tags() != null && !p.tags().isEmpty(), source, "tags", "needs at least one tag");
        Set<String> tagNames = new HashSet<>();
        for (int i = 0; i < p.tags().size(); i++) {
            TagDefinition tag = p.tags().get(i);
            require(tag.name() != null && tagNames.add(tag.name()), source, "tags[" + i + "].name", "missing or duplicate");
            parse(source, "tags[" + i + "].kind", () -> TagKind.parse(String.valueOf(tag.kind())));
        }
        require(p.archives() != null && !p.archives().isEmpty(), source, "archives", "needs at least one archive");
        for (int i = 0; i < p.archives().size(); i++) {
            ArchiveDefinition a = p.archives().get(i);
            int cycle = a.cycleSeconds();
            require(a.name() != null && cycle > 0 && (60 % cycle == 0 || cycle % 60 == 0), source,
                    "archives[" + i + "]", "needs a name and a cycleSeconds dividing a minute (or whole minutes)");
            require(a.tags() != null, source, "archives[" + i + "].tags", "is required");
            for (String t : a.tags()) {
                require(tagNames.contains(t), source, "archives[" + i + "].tags", "unknown tag '" + t + "'");
            }
        }
    }

    private static void checkFilters(PlantDefinition p, String source) {
        if (p.alarmFilters() == null) {
            return;
        }
        for (int i = 0; i < p.alarmFilters().size(); i++) {
            AlarmFilterDefinition f = p.alarmFilters().get(i);
            require(f.name() != null && !f.name().isBlank(), source, "alarmFilters[" + i + "].name", "is required");
            parse(source, "alarmFilters[" + i + "].window", () -> Duration.parse(f.window()));
        }
    }

    private static void require(boolean ok, String source, String field, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(source + ": field '" + field + "' " + problem);
        }
    }

    private static void parse(String source, String field, Runnable parser) {
        try {
            parser.run();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": field '" + field + "' is invalid: " + e.getMessage(), e);
        }
    }
}
