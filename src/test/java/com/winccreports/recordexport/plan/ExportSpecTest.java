package com.winccreports.recordexport.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.winccreports.definition.ExportSection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formats an export job names none of are every format the export writes — one list for the job and the web. */
class ExportSpecTest {

    @Test
    void anExportThatNamesNoFormatsWritesEveryFormatTheDefinitionsListAsAll() {
        List<String> written = ExportSpec.of(null, List.of()).formats().stream().map(ExportSpec.Format::extension)
                .toList();

        assertThat(written).containsExactlyInAnyOrderElementsOf(ExportSection.ALL_FORMATS);
        assertThat(Arrays.stream(ExportSpec.Format.values()).map(ExportSpec.Format::extension))
                .containsExactlyInAnyOrderElementsOf(ExportSection.ALL_FORMATS);
    }
}
