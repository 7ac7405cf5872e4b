package com.winccreports.simulator.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plant files of the repository, the built-in copy, their schema, and the loader's messages. */
class PlantFilesTest {

    private static final Path PLANTS = Path.of("jobs/plants");

    @Test
    void theBuiltInDemoPlantIsTheOneInJobs() throws IOException {
        try (InputStream in = PlantLoader.class.getResourceAsStream(PlantLoader.DEMO_RESOURCE)) {
            assertThat(new String(in.readAllBytes())).isEqualTo(Files.readString(PLANTS.resolve("demo-plant.yaml")));
        }
    }

    @Test
    void theDemoPlantIsTheOneTheArchitectureDescribes() {
        PlantModel demo = PlantModel.load(PLANTS.resolve("demo-plant.yaml"));
        assertThat(demo.definition().site()).isEqualTo("demo");
        assertThat(demo.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(demo.archives()).extracting(ArchiveInfo::name).containsExactly("PVArchive", "PVArchive10s", "PVArchive1min");
        assertThat(demo.archive("PVArchive").orElseThrow().tags()).extracting(TagRef::name).contains(
                "L1.Temperature", "L1.TemperatureSetpoint", "L1.Pressure", "L1.Speed", "L1.Power", "L1.EnergyMeter",
                "L1.GoodCount", "L1.ScrapCount", "L1.MachineState", "L1.DowntimeReason", "L2.Temperature");
        assertThat(demo.tag("l2.vibration")).hasValueSatisfying(t -> assertThat(t.archive()).isEqualTo("PVArchive10s"));
        assertThat(demo.tag("L1.AmbientHumidity")).hasValueSatisfying(t -> assertThat(t.cycleSeconds()).isEqualTo(60));
    }

    @Test
    void theBenchPlantHasFiftyTagsInPvArchive() {
        PlantModel bench = PlantModel.load(PLANTS.resolve("bench-plant.yaml"));
        assertThat(bench.archive("PVArchive").orElseThrow().tags()).hasSize(50);
    }

    @Test
    void everyPlantFileMatchesTheSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("jobs/schema/plant.schema.json")), InputFormat.JSON);
        try (var files = Files.list(PLANTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertThat(schema.validate(Files.readString(file), InputFormat.YAML)).as(file.toString()).isEmpty();
            }
        }
        String broken = Files.readString(PLANTS.resolve("demo-plant.yaml")).replace("kind: speed", "kind: sped");
        assertThat(schema.validate(broken, InputFormat.YAML)).isNotEmpty();
    }

    @Test
    void theLoaderNamesTheFileAndFieldThatIsWrong(@TempDir Path dir) throws IOException {
        String demo = Files.readString(PLANTS.resolve("demo-plant.yaml"));
        Path badKind = dir.resolve("bad-kind.yaml");
        Files.writeString(badKind, demo.replace("kind: speed", "kind: sped"));
        assertThatThrownBy(() -> PlantLoader.load(badKind)).hasMessageContaining("bad-kind.yaml")
                .hasMessageContaining("tags[3].kind").hasMessageContaining("sped");
        Path badArchive = dir.resolve("bad-archive.yaml");
        Files.writeString(badArchive, demo.replace("tags: [Vibration]", "tags: [Vibrations]"));
        assertThatThrownBy(() -> PlantLoader.load(badArchive)).hasMessageContaining("archives[1].tags")
                .hasMessageContaining("Vibrations");
        Path unknownField = dir.resolve("typo.yaml");
        Files.writeString(unknownField, demo.replace("computerName:", "computerNmae:"));
        assertThatThrownBy(() -> PlantLoader.load(unknownField)).hasMessageContaining("typo.yaml")
                .hasMessageContaining("computerNmae");
    }
}
