package com.winccreports.render.excel;

import java.util.List;

/**
 * What the Excel renderer produced.
 *
 * @param sheets       sheet names in order
 * @param streamedRows data rows written to streamed table sheets
 * @param warnings     template problems met while rendering (unknown placeholders stay visible in the file)
 * @param streamedTables sheets whose template table was long enough to be streamed rather than expanded in place
 */
public record ExcelRenderSummary(List<String> sheets, long streamedRows, List<String> warnings,
        List<String> streamedTables) {

    public ExcelRenderSummary {
        sheets = List.copyOf(sheets);
        streamedTables = List.copyOf(streamedTables);
        warnings = List.copyOf(warnings);
    }
}
