package com.winccreports.shift.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A partial survives the job's staging table as JSON (plain Jackson 3, no annotations) and as bytes. */
class TagPartialJsonTest {

    @Test
    void partialRoundTripsThroughJsonAndBytes() {
        TagProfile state = TagProfile.of(TagKind.STATE, Interpolation.STEPPED, Duration.ofSeconds(5))
                .withStates(Map.of(1, "Running"));
        TagPartial p = Series.of().good(1, 1).at(2, 4, Quality.BAD).good(9, 2).good(10, 1)
                .slice(0, 20, state, Series.sample(-1, 1, Quality.GOOD));
        JsonMapper json = JsonMapper.builder().build();

        TagPartial back = json.readValue(json.writeValueAsString(p), TagPartial.class);

        assertThat(back).isEqualTo(p);
        assertThat(TagPartial.decode(p.encode())).isEqualTo(p);
        assertThat(p.stretches()).containsExactly(new Stretch(Stretch.Kind.BAD, 2_000, 7_000), new Stretch(Stretch.Kind.GAP, 7_000, 9_000));
        assertThat(p.encode().length).isLessThan(400);
    }
}
