# part product: the shift report job end to end (read, aggregate, stage partials, merge, KPIs, render,
# publish) over the floor's tags and period, grid size $BENCH_GRID, 1 and 7 days; the job's own
# "values read in S s" (JVM and Spring start-up excluded; the process time is in the row too). Then the same run
# as a plant PC starts it: through the unpacked distribution's bin/wincc-reports, its first start (which records
# the class-data archive) and a fresh process with that archive, by process wall time (product_dist_*).

part_product() {
    bench_sim_ensure
    local days FROM TO rate floor read_s read_rate
    for days in $(floor_days); do
        bench_period "$days"
        bench_job_home "product_${days}d" demo "$BENCH_GRID"
        bench_job_run "product_${days}d" "$BENCH_GRID" "$FROM" "$TO"
        rate=$(awk -v v="$JOB_VALUES" -v s="$JOB_SECONDS" 'BEGIN{printf "%.0f", v / s}')
        floor=$(bench_figure "floor_${days}d")
        read_s=$(job_step_seconds readArchives)
        read_rate=$(awk -v v="$JOB_VALUES" -v s="$read_s" 'BEGIN{ if (s > 0) printf "%.0f", v / s }')
        local cpu_us floor_cpu_us
        cpu_us=$(awk -v c="$JOB_CPU" -v v="$JOB_VALUES" 'BEGIN{printf "%.3f", c / v * 1e6}')
        floor_cpu_us=$(bench_figure "floor_${days}d_cpu_us")
        printf '%s\t%s\t%s\n' "product_${days}d_values" "$JOB_VALUES" values >>"$RUN_DIR/figures.tsv"
        printf '%s\t%s\t%s\n' "product_${days}d_home" "$JOB_HOME" path >>"$RUN_DIR/figures.tsv"
        bench_record "product_${days}d" "shift report job, $days d, 24 tags, grid $BENCH_GRID (whole job)" "$rate" values/s \
            "$(bench_ratio "$rate" "$floor" "floor" ">=" 0.7); $JOB_VALUES values in $JOB_SECONDS s (process $JOB_WALL s, cpu $JOB_CPU s = $cpu_us µs/value, floor's cold pass ${floor_cpu_us:-?} µs/value); steps: $JOB_STEPS" \
            "bench/run product → java $BENCH_JOB_JVM -jar target/wincc-reports.jar run shift-report --from $FROM --to $TO --grid-size $BENCH_GRID"
        bench_record "product_${days}d_read" "shift report job, $days d, read step only (fetch, parse, aggregate, stage partials)" \
            "$read_rate" values/s "$(bench_ratio "$read_rate" "$floor" "floor" ">=" 0.7)" \
            "bench/run product (step readArchives from the job repository)"
        product_dist_rows "$days"
    done
}

# product_dist_rows DAYS: the fresh run through bin/wincc-reports (the first start once per bench run).
product_dist_rows() {
    local days=$1 floor rate
    bench_dist
    floor=$(bench_figure "floor_${days}d")
    if [[ -z "$(ls "$RUN_DIR/dist-cds/"*.jsa 2>/dev/null)" ]]; then
        bench_job_home "product_dist_first" demo "$BENCH_GRID"
        JOB_VIA_DIST=1 bench_job_run "product_dist_first" "$BENCH_GRID" "$FROM" "$TO"
        bench_dist_cds out
        bench_record "product_dist_first" "first start of the distribution: bin/wincc-reports run, $days d (records the class-data archive, then runs)" \
            "$JOB_WALL" s "the training run (demo report against the embedded simulator) included; job $JOB_SECONDS s, cpu $JOB_CPU s" \
            "bench/run product → WINCC_REPORTS_JAVA_OPTS='$BENCH_JOB_JVM' <unpacked tar.gz>/bin/wincc-reports run shift-report --from $FROM --to $TO --grid-size $BENCH_GRID (empty data/cds)"
    fi
    bench_job_home "product_dist_${days}d" demo "$BENCH_GRID"
    bench_dist_cds in
    JOB_VIA_DIST=1 bench_job_run "product_dist_${days}d" "$BENCH_GRID" "$FROM" "$TO"
    rate=$(awk -v v="$JOB_VALUES" -v s="$JOB_WALL" 'BEGIN{printf "%.0f", v / s}')
    printf '%s\t%s\t%s\n' "product_dist_${days}d_wall" "$JOB_WALL" s >>"$RUN_DIR/figures.tsv"
    bench_record "product_dist_${days}d" "shift report job, $days d, fresh process through bin/wincc-reports with its class-data archive (process wall)" \
        "$rate" values/s \
        "$(bench_ratio "$rate" "$floor" "floor" ">=" 0.35); $JOB_VALUES values in process $JOB_WALL s (job $JOB_SECONDS s, cpu $JOB_CPU s, RSS $JOB_RSS_MB MB); steps: $JOB_STEPS" \
        "bench/run product → WINCC_REPORTS_JAVA_OPTS='$BENCH_JOB_JVM' <unpacked tar.gz>/bin/wincc-reports run shift-report --from $FROM --to $TO --grid-size $BENCH_GRID (data/cds from the first start)"
}
