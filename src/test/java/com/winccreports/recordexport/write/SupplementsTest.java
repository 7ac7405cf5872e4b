package com.winccreports.recordexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupplementsTest {

    @Test
    void anAlarmsProcessValueThatReadsAsANumberBecomesOneAndAnyOtherTextStaysText() {
        assertThat(Supplements.processValue("5.5")).isEqualTo(5.5);
        assertThat(Supplements.processValue(" 101 ")).isEqualTo(101.0);
        assertThat(Supplements.processValue("-1.5e3")).isEqualTo(-1500.0);
        assertThat(Supplements.processValue("open")).isEqualTo("open");
        assertThat(Supplements.processValue("5,5")).as("a decimal comma is text, not guessed").isEqualTo("5,5");
        assertThat(Supplements.processValue("")).isEqualTo("");
        assertThat(Supplements.processValue(null)).isNull();
    }
}
