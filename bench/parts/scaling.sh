# part scaling: the job at 1, 7 and 31 days of 1-second data (demo plant, 24 tags), grid $BENCH_GRID, the
# whole JVM under -Xms512m -Xmx512m: time, values/s, live heap (max after the full GCs that jcmd GC.run asks
# for every $BENCH_GC_SAMPLE_S s (1 by default), read from -Xlog:gc) and peak RSS (/usr/bin/time -v).

scaling_days() { if [[ -n "$BENCH_QUICK" ]]; then echo "1 2"; else echo "1 7 31"; fi; }

part_scaling() {
    bench_sim_ensure
    local days FROM TO rate first live1="" rss1="" spv1="" spv last
    for days in $(scaling_days); do
        bench_period "$days"
        bench_job_home "scaling_${days}d" demo "$BENCH_GRID"
        bench_job_run "scaling_${days}d" "$BENCH_GRID" "$FROM" "$TO" sample-gc
        rate=$(awk -v v="$JOB_VALUES" -v s="$JOB_SECONDS" 'BEGIN{printf "%.0f", v / s}')
        spv=$(awk -v v="$JOB_VALUES" -v s="$JOB_SECONDS" 'BEGIN{printf "%.4g", s / v * 1e6}')
        local command="bench/run scaling → java $BENCH_JOB_JVM -Xlog:gc -jar target/wincc-reports.jar run shift-report --from $FROM --to $TO --grid-size $BENCH_GRID (+ jcmd GC.run every $BENCH_GC_SAMPLE_S s)"
        bench_record "scaling_${days}d" "scaling: job, $days d × 24 tags, -Xmx512m" "$rate" values/s \
            "$JOB_VALUES values in $JOB_SECONDS s = ${spv} µs/value$([[ -n "$spv1" ]] && echo " ($(bench_ratio "$spv" "$spv1" "1 d per value"))") (process $JOB_WALL s, cpu $JOB_CPU s); steps: $JOB_STEPS" "$command"
        bench_record "scaling_${days}d_live" "scaling: live heap after full GC, $days d" "${JOB_LIVE_MB:-n/a}" MB \
            "$([[ -n "$live1" && "$days" -gt 1 ]] && bench_ratio "$JOB_LIVE_MB" "$live1" "1 d" "<=" 1.2 || echo "max heap after any GC ${JOB_HEAP_AFTER_GC_MB} MB")" "$command"
        bench_record "scaling_${days}d_rss" "scaling: peak RSS, -Xms512m -Xmx512m, $days d" "$JOB_RSS_MB" MB \
            "$([[ -n "$rss1" ]] && bench_ratio "$JOB_RSS_MB" "$rss1" "1 d" || echo "–")" "$command"
        if [[ -z "$live1" ]]; then live1=$JOB_LIVE_MB; rss1=$JOB_RSS_MB; spv1=$spv; fi
    done
}
