package com.winccreports.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"shift-report", "L1", "2026-11-24", "2026-W48", "2026-11-23-Night",
        "2026-11-24T05-00-00Z_2026-11-25T05-00-00Z", "v1", "a+b", "shift-report_L1_2026-11-24_v1.xlsx"})
    void namesTheProductMakesAndPlantsUseAreSafe(String name) {
        assertThat(SafeName.check("name", name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "...", "../x", "a/b", "a\\b", ".hidden", "a..b", "", " ", "x y", "x\u0000",
        "C:", "~root", "-rf", "é"})
    void namesThatCouldLeaveOrHideInAFolderAreRefusedNamingWhatIsAllowed(String name) {
        assertThat(SafeName.isSafe(name)).isFalse();
        assertThatThrownBy(() -> SafeName.check("job name", name)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("job name '" + name + "' is not allowed")
                .hasMessageContaining("no '..'");
    }

    @org.junit.jupiter.api.Test
    void tooLongNamesAndNoNameAreRefused() {
        assertThat(SafeName.isSafe("a".repeat(SafeName.MAX_LENGTH))).isTrue();
        assertThat(SafeName.isSafe("a".repeat(SafeName.MAX_LENGTH + 1))).isFalse();
        assertThatThrownBy(() -> SafeName.check("line", null)).hasMessageContaining("line (none)");
    }
}
