package com.winccreports.wincc;

/** Joins consecutive pages of one tag into one page (short windows, tests, benchmarks). */
final class PageConcatenation {

    private final String tag;
    private final ColumnBuilder columns = new ColumnBuilder(1024);

    PageConcatenation(String tag) {
        this.tag = tag;
    }

    void add(ArchivePage page) {
        for (int i = 0; i < page.size(); i++) {
            columns.add(page.timestampsMillis()[i], page.values()[i], page.qualities()[i]);
        }
    }

    ArchivePage build() {
        return columns.build(tag);
    }
}
