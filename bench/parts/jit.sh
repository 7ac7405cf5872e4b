# part jit (by name only): the one-shot JIT choice of bin/wincc-reports, side by side in one run — fresh 1-day and
# 7-day runs through the unpacked distribution with its default for `run` (C1 alone, -XX:TieredStopAtLevel=1) and
# with both compilers given back (WINCC_REPORTS_JAVA_OPTS=... -XX:TieredStopAtLevel=4), interleaved pairs
# (BENCH_JIT_PAIRS, default 3), each with the class-data archive of one first start. Figure: process wall, median
# of the pairs; the ratio is C1 alone / both compilers.
BENCH_JIT_PAIRS=${BENCH_JIT_PAIRS:-3}

part_jit() {
    bench_sim_ensure
    bench_dist
    local days FROM TO pair mode c1 tiered
    for days in $(floor_days); do
        bench_period "$days"
        if [[ -z "$(ls "$RUN_DIR/dist-cds/"*.jsa 2>/dev/null)" ]]; then
            bench_job_home "jit_first" demo "$BENCH_GRID"
            JOB_VIA_DIST=1 bench_job_run "jit_first" "$BENCH_GRID" "$FROM" "$TO"
            bench_dist_cds out
        fi
        c1="" tiered=""
        for pair in $(seq 1 "$BENCH_JIT_PAIRS"); do
            for mode in c1 tiered; do
                bench_job_home "jit_${days}d_${mode}_$pair" demo "$BENCH_GRID"
                bench_dist_cds in
                if [[ $mode == c1 ]]; then
                    JOB_VIA_DIST=1 bench_job_run "jit_${days}d_${mode}_$pair" "$BENCH_GRID" "$FROM" "$TO"
                    c1+=" $JOB_WALL"
                else
                    BENCH_JOB_JVM="$BENCH_JOB_JVM -XX:TieredStopAtLevel=4" JOB_VIA_DIST=1 \
                        bench_job_run "jit_${days}d_${mode}_$pair" "$BENCH_GRID" "$FROM" "$TO"
                    tiered+=" $JOB_WALL"
                fi
            done
        done
        local m1 m2
        m1=$(tr ' ' '\n' <<<"$c1" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
        m2=$(tr ' ' '\n' <<<"$tiered" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
        bench_record "jit_${days}d" "one-shot JIT: fresh CLI run through bin/wincc-reports, $days d — C1 alone (the script's default for run) / both compilers" \
            "$m1 / $m2" s \
            "$(awk -v a="$m1" -v b="$m2" 'BEGIN{printf "%.2f", a / b}') × (process wall, medians of $BENCH_JIT_PAIRS interleaved pairs: C1 alone$c1 s; both compilers$tiered s)" \
            "bench/run jit → WINCC_REPORTS_JAVA_OPTS='$BENCH_JOB_JVM[ -XX:TieredStopAtLevel=4]' <unpacked tar.gz>/bin/wincc-reports run shift-report --from $FROM --to $TO --grid-size $BENCH_GRID"
    done
}
