package com.winccreports.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagWindowTest {

    @Test
    void cutsThePeriodIntoSlicesPerTagAndShortensTheLast() {
        Instant from = Instant.parse("2026-11-24T05:00:00Z");
        List<TagWindow> plan = TagWindow.plan(BenchOptions.parse(new String[] {"--tags", "PVArchive/A,PVArchive10s/B"})
                .tags(), from, from.plus(Duration.ofHours(20)), Duration.ofHours(8));

        assertThat(plan).hasSize(6);
        assertThat(plan.get(1)).isEqualTo(new TagWindow("PVArchive10s", "B", from.toEpochMilli(),
                from.plus(Duration.ofHours(8)).toEpochMilli()));
        assertThat(plan.get(5).toMillis() - plan.get(5).fromMillis()).isEqualTo(Duration.ofHours(4).toMillis());
    }
}
