# part product: the shift report job end to end (read, aggregate, stage partials, merge, KPIs, render,
# publish) over the floor's tags and period, grid size $BENCH_GRID, 1 and 7 days; the job's own
# "values read in S s" (JVM and Spring start-up excluded; the process time is in the row too).

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
    done
}
