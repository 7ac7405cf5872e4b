package com.winccreports.render.excel;

import java.util.Objects;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;

/**
 * A chart series' data as a reference to its cells on the data sheet ({@code 'Trend data'!$C$2:$C$1442}) with
 * the values held in an array: the chart's cache is filled from the array, not read back from cells, so the
 * cells can be streamed (SXSSF) after the chart is drawn. What POI writes is what its cell-range source
 * writes for the same cells.
 */
final class ChartRange {

    private ChartRange() {
    }

    /** Numbers in rows {@code 1..values.length} of {@code column}; a null is a blank cell (no point). */
    static XDDFNumericalDataSource<Double> numbers(String sheet, int column, Double[] values) {
        return new Numbers(reference(sheet, column, values.length), column, values);
    }

    /**
     * The same reference without points: for a series whose cache is copied from another that names the same
     * cells (filling a cache point by point is the cost of a chart).
     */
    static XDDFNumericalDataSource<Double> withoutCache(XDDFNumericalDataSource<Double> source) {
        Numbers copy = new Numbers(source.getDataRangeReference(), source.getColIndex(), new Double[0]);
        copy.setFormatCode(source.getFormatCode());
        return copy;
    }

    /** Labels in rows {@code 1..labels.length} of {@code column}. */
    static XDDFCategoryDataSource labels(String sheet, int column, String[] labels) {
        return new Labels(reference(sheet, column, labels.length), column, labels);
    }

    private static String reference(String sheet, int column, int rows) {
        return new CellRangeAddress(1, rows, column, column).formatAsString(Objects.requireNonNull(sheet), true);
    }

    /** A column's cells, named by {@code reference}, with their values in an array. */
    private abstract static class ArrayRange<T> implements XDDFDataSource<T> {

        private final String reference;
        private final int column;
        private final T[] values;

        ArrayRange(String reference, int column, T[] values) {
            this.reference = reference;
            this.column = column;
            this.values = values;
        }

        @Override
        public int getPointCount() {
            return values.length;
        }

        @Override
        public T getPointAt(int index) {
            return values[index];
        }

        @Override
        public boolean isCellRange() {
            return true;
        }

        @Override
        public int getColIndex() {
            return column;
        }

        @Override
        public String getDataRangeReference() {
            return reference;
        }
    }

    private static final class Labels extends ArrayRange<String> implements XDDFCategoryDataSource {

        Labels(String reference, int column, String[] labels) {
            super(reference, column, labels);
        }

        @Override
        public String getFormatCode() {
            return null;
        }
    }

    private static final class Numbers extends ArrayRange<Double> implements XDDFNumericalDataSource<Double> {

        private String formatCode;

        Numbers(String reference, int column, Double[] values) {
            super(reference, column, values);
        }

        @Override
        public boolean isReference() {
            return true;
        }

        @Override
        public boolean isNumeric() {
            return true;
        }

        @Override
        public String getFormatCode() {
            return formatCode;
        }

        @Override
        public void setFormatCode(String value) {
            formatCode = value;
        }
    }
}
