package com.winccreports.web;

/** The job the API, page and access tests ask for: few tags, both demo lines, the batch archive, a schedule. */
public final class WebTestJobs {

    /** Its name: {@code jobs/web-report.yaml}. */
    public static final String NAME = "web-report";

    public static final String YAML = """
            kind: shift-report
            description: Shift report of the web tests
            source: plant
            site: demo
            lines: [L1, L2]
            tags:
              - {tag: "{line}.Temperature", aggregates: [timeAverage, minimum, maximum]}
              - {tag: "{line}.GoodCount", aggregates: [counterTotal]}
              - {tag: "{line}.ScrapCount", aggregates: [counterTotal]}
              - {tag: "{line}.MachineState", aggregates: [timeInState]}
            userArchive:
              name: BatchRecords
              fields: {batchId: BatchId, line: Line, product: Product, recipe: Recipe, start: StartTime, end: EndTime,
                       planned: PlannedQty, good: GoodQty, scrap: ScrapQty, rework: ReworkQty, operator: Operator}
            kpis:
              elements:
                actualProductionTime: {tag: "{line}.MachineState", aggregate: timeInState, state: 1}
                goodQuantity: {tag: "{line}.GoodCount", aggregate: counterTotal}
                scrapQuantity: {tag: "{line}.ScrapCount", aggregate: counterTotal}
            report: {template: report-templates/shift-report.xlsx, layout: report-templates/shift-report.pdf-layout.yaml,
                     formats: [xlsx, pdf], language: en}
            schedule: {after: production-day, catchUp: all, catchUpMax: 3}
            partitioning: {gridSize: 2, tagsPerGroup: 2, slice: PT4H, pagesPerChunk: 2}
            """;

    /** The export the API tests ask for by batch: {@code jobs/web-export.yaml}. */
    public static final String EXPORT_NAME = "web-export";

    public static final String EXPORT_YAML = """
            kind: record-export
            description: Batch export of the web tests
            source: plant
            site: demo
            lines: [L1, L2]
            tags:
              - {tag: "{line}.Temperature"}
              - {tag: "{line}.MachineState"}
            userArchive:
              name: BatchRecords
              fields: {batchId: BatchId, line: Line, product: Product, start: StartTime, end: EndTime}
            alarms: {restFilter: "{line}"}
            export: {shape: raw, formats: [csv, xlsx, pdf], batchMargin: PT1M}
            partitioning: {gridSize: 2, tagsPerGroup: 2, slice: PT1H, pagesPerChunk: 4}
            """;

    private WebTestJobs() {
    }
}
