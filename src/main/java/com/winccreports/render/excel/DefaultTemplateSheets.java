package com.winccreports.render.excel;

/** The sheets of the default template: which placeholders go where (see docs/reports.md). */
final class DefaultTemplateSheets {

    private static final String[] COVER_KPIS = {"oee", "availability", "performance", "quality", "good", "scrap",
        "energyPerUnit", "downtime"};

    private final DefaultExcelTemplate t;

    DefaultTemplateSheets(DefaultExcelTemplate template) {
        this.t = template;
    }

    void report() {
        t.sheet("${label.sheet.report}", 24, 22, 18, 16, 12, 12, 10, 11, 11, 11, 11, 11, 11);
        t.title("${label.report.title} ${line} – ${lineDescription}");
        t.pair("${label.cover.site}", "${site}");
        t.pair("${label.cover.line}", "${line}", "${lineDescription}");
        t.pair("${label.cover.productionDay}", "${productionDay}");
        t.pair("${label.cover.period}", "${period}");
        t.pair("${label.cover.zone}", "${zone}");
        t.pair("${label.cover.report}", "${report.id}");
        t.pair("${label.cover.version}", "0|${report.version}", "${report.supersedes}");
        t.pair("${label.cover.generatedAt}", "${generatedAt}", "${generatedAt.offset}");
        t.pair("${label.cover.dataCutOff}", "${dataCutOff}", "${dataCutOff.offset}");
        t.pair("${label.cover.status}", "${report.status}");
        t.pair("${label.cover.source}", "${source}", "${archives}");
        t.blank();
        kpiSummary();
        t.blank();
        shifts();
    }

    private void kpiSummary() {
        t.title("${label.section.kpi-summary}");
        t.header(false, false, "${label.column.kpi}", "${label.column.value}", "${label.column.target}",
                "${label.column.status}", "${label.column.unit}");
        for (String kpi : COVER_KPIS) {
            String format = "oee availability performance quality".contains(kpi) ? "%|" : "#|";
            t.cells("${kpi." + kpi + ".name}", format + "${kpi." + kpi + "}", format + "${kpi." + kpi + ".target}",
                    "${kpi." + kpi + ".status}", "${kpi." + kpi + ".unit}");
        }
    }

    private void shifts() {
        t.title("${label.column.shift}");
        t.header(false, false, "${label.column.shift}", "${label.column.crew}", "${label.column.start}",
                "${label.column.offset}", "${label.column.end}", "${label.column.offset}", "${label.column.hours}",
                "${kpi.oee.name}", "${kpi.availability.name}", "${kpi.performance.name}", "${kpi.quality.name}",
                "${kpi.good.name}", "${kpi.scrap.name}");
        int r = t.nextRow();
        t.cells("${table:shifts.label}", "${table:shifts.crew}", "${table:shifts.start}",
                "${table:shifts.startOffset}", "${table:shifts.end}", "${table:shifts.endOffset}",
                "#|${table:shifts.hours}", "%|${table:shifts.kpi.oee}", "%|${table:shifts.kpi.availability}",
                "%|${table:shifts.kpi.performance}", "%|${table:shifts.kpi.quality}", "0|${table:shifts.kpi.good}",
                "0|${table:shifts.kpi.scrap}");
        t.cells("${label.column.total}", "", "", "", "", "", "#|=SUM(G" + r + ":G" + r + ")", "", "", "", "",
                "0|=SUM(L" + r + ":L" + r + ")", "0|=SUM(M" + r + ":M" + r + ")");
    }

    void kpis() {
        t.sheet("${label.sheet.kpis}", 16, 20, 12, 12, 12, 12, 14, 40, 12);
        t.header(true, true, "${label.column.shift}", "${label.column.kpi}", "${label.column.value}",
                "${label.column.unit}", "${label.column.target}", "${label.column.deviation}",
                "${label.column.status}", "${label.column.formula}", "${label.column.incomplete}");
        t.cells("${table:kpis.shift}", "${table:kpis.name}", "#|${table:kpis.value}", "${table:kpis.unit}",
                "#|${table:kpis.target}", "#|=IF(AND(ISNUMBER(C2),ISNUMBER(E2)),C2-E2,\"\")", "${table:kpis.status}",
                "${table:kpis.formula}", "${table:kpis.incomplete}");
    }

    void statistics() {
        t.sheet("${label.sheet.statistics}", 14, 18, 24, 10, 11, 11, 18, 9, 11, 18, 9, 10, 10, 10, 10, 12, 8, 8, 14);
        t.header(true, true, "${label.column.shift}", "${label.column.tag}", "${label.column.description}",
                "${label.column.unit}", "${label.column.average}", "${label.column.min}", "${label.column.minAt}",
                "${label.column.offset}", "${label.column.max}", "${label.column.maxAt}", "${label.column.offset}",
                "${label.column.count}", "${label.column.coverage}", "${label.column.lowerLimit}",
                "${label.column.upperLimit}", "${label.column.outside}", "${label.column.cp}", "${label.column.cpk}",
                "${label.column.averageAllValues}");
        t.cells("${table:statistics.shift}", "${table:statistics.tag}", "${table:statistics.description}",
                "${table:statistics.unit}", "#|${table:statistics.average}", "#|${table:statistics.min}",
                "${table:statistics.minAt}", "${table:statistics.minAtOffset}", "#|${table:statistics.max}",
                "${table:statistics.maxAt}", "${table:statistics.maxAtOffset}", "0|${table:statistics.count}",
                "%|${table:statistics.coverage}", "#|${table:statistics.lowerLimit}",
                "#|${table:statistics.upperLimit}", "#|${table:statistics.outsideMinutes}",
                "#|${table:statistics.cp}", "#|${table:statistics.cpk}", "#|${table:statistics.averageAllValues}");
    }

    void downtime() {
        t.sheet("${label.sheet.downtime}", 8, 28, 14, 10, 10, 12);
        t.header(true, true, "${label.column.code}", "${label.column.reason}", "${label.column.minutes}",
                "${label.column.occurrences}", "${label.column.share}", "${label.column.cumulative}");
        t.cells("${table:downtime.code}", "${table:downtime.reason}", "#|${table:downtime.minutes}",
                "0|${table:downtime.occurrences}", "%|${table:downtime.share}", "%|${table:downtime.cumulative}");
        t.cells("", "${label.column.total}", "#|=SUM(C2:C2)", "0|=SUM(D2:D2)");
    }

    void batches() {
        t.sheet("${label.sheet.batches}", 18, 22, 14, 18, 8, 18, 8, 10, 10, 10, 10, 14, 36);
        t.header(true, true, "${label.column.batch}", "${label.column.product}", "${label.column.recipe}",
                "${label.column.start}", "${label.column.offset}", "${label.column.end}", "${label.column.offset}",
                "${label.column.planned}", "${label.column.good}", "${label.column.scrap}", "${label.column.rework}",
                "${label.column.operator}", "${label.column.shares}");
        t.cells("${table:batches.id}", "${table:batches.product}", "${table:batches.recipe}",
                "${table:batches.start}", "${table:batches.startOffset}", "${table:batches.end}",
                "${table:batches.endOffset}", "0|${table:batches.planned}", "0|${table:batches.good}",
                "0|${table:batches.scrap}", "0|${table:batches.rework}", "${table:batches.operator}",
                "${table:batches.shares}");
    }

    void alarms() {
        t.sheet("${label.sheet.alarms}", 18, 34, 18, 10, 14, 14, 18, 8);
        t.title("${label.alarms.byClass}");
        t.header(false, false, "${label.column.alarmClass}", "${label.column.count}",
                "${label.column.activeMinutes}");
        t.cells("${table:alarmClasses.class}", "0|${table:alarmClasses.count}",
                "#|${table:alarmClasses.activeMinutes}");
        for (String table : new String[] {"alarms", "longestAlarms"}) {
            t.blank();
            t.title("alarms".equals(table) ? "${label.alarms.mostFrequent}" : "${label.alarms.longest}");
            t.header(false, false, "${label.column.alarm}", "${label.column.text}", "${label.column.alarmClass}",
                    "${label.column.count}", "${label.column.longestMinutes}", "${label.column.activeMinutes}",
                    "${label.column.firstRaised}", "${label.column.offset}");
            t.cells("0|${table:" + table + ".number}", "${table:" + table + ".text}", "${table:" + table + ".class}",
                    "0|${table:" + table + ".count}", "#|${table:" + table + ".longestMinutes}",
                    "#|${table:" + table + ".activeMinutes}", "${table:" + table + ".firstRaised}",
                    "${table:" + table + ".firstRaisedOffset}");
        }
    }

    void quality() {
        t.sheet("${label.sheet.quality}", 22, 18, 10, 18, 8, 12, 14, 14);
        t.title("${label.quality.coverage}");
        t.header(false, false, "${label.column.tag}", "${label.column.coverage}", "${label.column.count}",
                "${label.column.gapMinutes}", "${label.column.badMinutes}", "${label.column.interpolation}",
                "${label.column.resets}");
        t.cells("${table:coverage.tag}", "%|${table:coverage.coverage}", "0|${table:coverage.values}",
                "#|${table:coverage.gapMinutes}", "#|${table:coverage.badMinutes}", "${table:coverage.interpolation}",
                "0|${table:coverage.resets}");
        t.blank();
        t.title("${label.quality.gaps}");
        t.header(false, false, "${label.column.tag}", "${label.column.from}", "${label.column.offset}",
                "${label.column.to}", "${label.column.offset}", "${label.column.minutes}");
        t.cells("${table:gaps.tag}", "${table:gaps.from}", "${table:gaps.fromOffset}", "${table:gaps.to}",
                "${table:gaps.toOffset}", "#|${table:gaps.minutes}");
        t.blank();
        t.title("${label.quality.resets}");
        t.header(false, false, "${label.column.tag}", "${label.column.at}", "${label.column.offset}",
                "${label.column.before}", "${label.column.after}", "${label.column.kind}");
        t.cells("${table:counterResets.tag}", "${table:counterResets.at}", "${table:counterResets.atOffset}",
                "0|${table:counterResets.before}", "0|${table:counterResets.after}", "${table:counterResets.kind}");
        t.blank();
        t.title("${label.quality.notes}");
        t.cells("${table:notes.text}");
    }

    void formulas() {
        t.sheet("${label.sheet.formulas}", 14, 18, 36, 14, 12, 10, 28, 10);
        t.header(true, true, "${label.column.shift}", "${label.column.kpi}", "${label.column.formula}",
                "${label.column.input}", "${label.column.value}", "${label.column.unit}", "${label.column.source}",
                "${label.column.coverage}");
        t.cells("${table:kpiInputs.shift}", "${table:kpiInputs.kpi}", "${table:kpiInputs.formula}",
                "${table:kpiInputs.input}", "#|${table:kpiInputs.value}", "${table:kpiInputs.unit}",
                "${table:kpiInputs.source}", "%|${table:kpiInputs.coverage}");
    }

    void charts() {
        t.sheet("${label.sheet.charts}");
        t.title("${label.section.trend-charts} – ${line}, ${period}");
        t.blank();
        t.cells("${chart:trends}", "", "", "", "", "", "", "", "", "", "", "", "", "${chart:shift-trend}");
    }
}
