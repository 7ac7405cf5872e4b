package com.winccreports.render.excel;

import java.util.List;

/**
 * What the Excel renderer produced.
 *
 * @param sheets       sheet names in order
 * @param streamedRows data rows written to streamed table sheets
 * @param warnings     template problems met while rendering (unknown placeholders stay visible in the file)
 */
public record ExcelRenderSummary(List<String> sheets, long streamedRows, List<String> warnings) {

    public ExcelRenderSummary {
        sheets = List.copyOf(sheets);
        warnings = List.copyOf(warnings);
    }
}
