package com.winccreports.render.excel;

/**
 * Options of the Excel renderer.
 *
 * @param rowLimit    rows per sheet of a streamed table, header included; Excel's limit is 1,048,576, tests
 *                    use a small one to see the split
 * @param rowWindow   rows SXSSF keeps in memory before flushing to its temp file
 * @param streamFrom  rows from which a template table at the end of its sheet is streamed rather than expanded
 *                    in place (see {@code StreamedRegion}); tests set {@link Integer#MAX_VALUE} to compare
 *                    with the in-place expansion
 */
public record ExcelRenderOptions(int rowLimit, int rowWindow, int streamFrom) {

    /** Tables shorter than this stay in place (XSSF): a day's tables are small. */
    public static final int STREAM_FROM = 100;

    /** Excel's row limit per sheet. */
    public static final int EXCEL_MAX_ROWS = 1_048_576;

    public ExcelRenderOptions {
        if (rowLimit < 2 || rowLimit > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("rowLimit must be within 2.." + EXCEL_MAX_ROWS + ": " + rowLimit);
        }
        if (rowWindow < 1) {
            throw new IllegalArgumentException("rowWindow must be positive: " + rowWindow);
        }
        if (streamFrom < 1) {
            throw new IllegalArgumentException("streamFrom must be positive: " + streamFrom);
        }
    }

    public static ExcelRenderOptions defaults() {
        return new ExcelRenderOptions(EXCEL_MAX_ROWS, 200, STREAM_FROM);
    }

    public ExcelRenderOptions withRowLimit(int value) {
        return new ExcelRenderOptions(value, rowWindow, streamFrom);
    }

    public ExcelRenderOptions withStreamFrom(int value) {
        return new ExcelRenderOptions(rowLimit, rowWindow, value);
    }
}
