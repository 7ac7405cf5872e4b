# part warm: the shift report job in a warm JVM — the situation of the nightly job inside the long-lived
# `serve` JVM. WarmJobBenchmark executes the product's real `run shift-report --from --to --grid-size`
# command (picocli root, in process) 4 times (2 with --quick) in one JVM under $BENCH_JOB_JVM: run 1 as a plant
# starts it (the cold figure), runs 2..N with --reissue (each publishes the next version and reads every
# value again); the warm figure is the median of runs 2..N by the job's own "values read in S s".
# Ratios against the floor's warm median; against the peer when its figures exist in this run
# (warm_peer_rows is also called by part_peer, which `all` runs after this part).

# BENCH_WARM_CONTEXT=shared runs them all in one Spring context (JobRunService.run, as `serve` calls it)
# instead of one context per run (the CLI path, the default; the job's own seconds leave context start-up out).
BENCH_WARM_CONTEXT=${BENCH_WARM_CONTEXT:-per-run}

# BENCH_WARM_RUNS: runs per JVM (default 4, 2 with --quick); on 2 loaded cores C2 is still compiling in
# runs 2–3, so more runs bring the median closer to the steady state of a long-lived service.
warm_runs() { if [[ -n "${BENCH_WARM_RUNS:-}" ]]; then echo "$BENCH_WARM_RUNS"; elif [[ -n "$BENCH_QUICK" ]]; then echo 2; else echo 4; fi; }

# BENCH_SERVICE_RUNS: runs of the second figure of the part, the service's steady state — one Spring context as
# `serve` holds it, the job run BENCH_SERVICE_RUNS times (default 16; 0 skips it, as --quick does), the figure the
# median of the later half (runs 9..16): on 2 cores C2 is still compiling the job's code for about ten runs, and
# the service's nightly job meets the later state after a few nights (docs/benchmarks.md).
service_runs() { if [[ -n "${BENCH_SERVICE_RUNS:-}" ]]; then echo "$BENCH_SERVICE_RUNS"; elif [[ -n "$BENCH_QUICK" ]]; then echo 0; else echo 16; fi; }

# warm_classpath: the product's classes and libraries plus the bench package alone. Not all of
# target/test-classes: the Spring context would pick up the tests' @Configuration classes (a text renderer
# marked @Primary, in shiftreport.JobTestHome) and time plain-text stand-ins instead of Excel and PDF.
warm_classpath() {
    local dir="$RUN_DIR/warm-classes"
    if [[ ! -d "$dir" ]]; then
        mkdir -p "$dir/com/winccreports"
        cp -r "$REPO/target/test-classes/com/winccreports/bench" "$dir/com/winccreports/bench"
    fi
    echo "$REPO/target/classes:$dir:$(cat "$REPO/target/classpath.txt")"
}

# warm_run KEY DAYS [CONTEXT RUNS]: one WarmJobBenchmark JVM in a fresh home; sets WARM_JSON. The job is
# shift-report, or $WARM_JOB, whose file the function $WARM_JOB_FILE writes into the home's jobs folder given to it.
# CONTEXT and RUNS default to $BENCH_WARM_CONTEXT and warm_runs.
warm_run() {
    local key=$1 days=$2 context=${3:-$BENCH_WARM_CONTEXT} runs=${4:-$(warm_runs)} log="$RUN_DIR/$1.log" FROM TO status=0
    bench_period "$days"
    bench_job_home "$key" demo "$BENCH_GRID"
    [[ -z "${WARM_JOB_FILE:-}" ]] || "$WARM_JOB_FILE" "$JOB_HOME/jobs"   # another job: bench/parts/export.sh
    # shellcheck disable=SC2206
    local classpath; classpath=$(warm_classpath)
    local cmd=(java $BENCH_JOB_JVM "-Xlog:gc:file=$RUN_DIR/$key.gc.log" -cp "$classpath" com.winccreports.bench.WarmJobBenchmark
        --job "${WARM_JOB:-shift-report}" --from "$FROM" --to "$TO" --grid-size "$BENCH_GRID" --runs "$runs" --context "$context" --figure "$key")
    bench_cmd "(cd $JOB_HOME && WINCC_REPORTS_HOME=$JOB_HOME ${cmd[*]/$classpath/<target/classes + bench classes + dependencies>})"
    (cd "$JOB_HOME" && BENCH_WINCC_PASSWORD=demo WINCC_REPORTS_HOME="$JOB_HOME" exec "${cmd[@]}") >"$log" 2>&1 || status=$?
    grep -E "^$key run [0-9]+ " "$log" >&2 || true
    [[ $status -eq 0 ]] || { tail -30 "$log" >&2; die "WarmJobBenchmark $key failed with exit code $status ($log)"; }
    WARM_JSON=$(bench_result_line "$log")
    [[ -n "$WARM_JSON" ]] || die "no RESULT line in $log"
}

warm_context_label() { [[ "$BENCH_WARM_CONTEXT" == per-run ]] || echo ", one Spring context"; }

# warm_field NAME: a field of the last WarmJobBenchmark RESULT line.
warm_field() { json_field "$WARM_JSON" "$1"; }

part_warm() {
    bench_sim_ensure
    local days key floor FROM TO
    for days in $(floor_days); do
        key="warm_${days}d"
        warm_run "$key" "$days"
        bench_period "$days"
        floor=$(bench_figure "floor_${days}d")
        local values warm warm_read cold cold_read runs
        values=$(warm_field values); warm=$(warm_field warm_values_per_s); warm_read=$(warm_field warm_read_values_per_s)
        cold=$(warm_field cold_values_per_s); cold_read=$(warm_field cold_read_values_per_s); runs=$(warm_field runs)
        printf '%s\t%s\t%s\n' "${key}_cold" "$cold" values/s >>"$RUN_DIR/figures.tsv"
        local command="bench/run warm → (WINCC_REPORTS_HOME=<fresh bench home>) java $BENCH_JOB_JVM -cp <target/classes + bench classes + dependencies> com.winccreports.bench.WarmJobBenchmark --from $FROM --to $TO --grid-size $BENCH_GRID --runs $runs --context $BENCH_WARM_CONTEXT (runs 2..N: run shift-report … --reissue, in the same JVM)"
        bench_record "$key" "shift report job in a warm JVM (runs 2..$runs median$(warm_context_label)), $days d, 24 tags, grid $BENCH_GRID (whole job)" \
            "$warm" values/s \
            "$(bench_ratio "$warm" "$floor" "floor" ">=" 0.7); $values values in $(warm_field warm_seconds) s (warm runs: $(warm_field warm_seconds_all) s; run $(warm_field warm_run) is the median; command $(warm_field warm_command_seconds) s (in this JVM; per-run: its Spring context included), cpu $(warm_field warm_cpu_seconds) s); cold run 1 in the same JVM: $cold values/s = $(bench_ratio "$cold" "$floor" "floor"), $(warm_field cold_seconds) s (command $(warm_field cold_command_seconds) s, cpu $(warm_field cold_cpu_seconds) s); warm steps: $(warm_field warm_steps); cold steps: $(warm_field cold_steps)" \
            "$command"
        bench_record "${key}_read" "shift report job in a warm JVM (runs 2..$runs median$(warm_context_label)), $days d, read step only" \
            "$warm_read" values/s \
            "$(bench_ratio "$warm_read" "$floor" "floor" ">=" 0.7); readArchives $(warm_field warm_read_seconds) s; cold run: $cold_read values/s = $(bench_ratio "$cold_read" "$floor" "floor"), $(warm_field cold_read_seconds) s" \
            "bench/run warm (step readArchives of the median warm run, from the job repository)"
        warm_peer_rows "$days"
        service_rows "$days"
    done
}

# service_rows DAYS: the job in the service's JVM at its steady state (one Spring context, the later half of
# service_runs runs), beside the figure above; skipped when service_runs is 0.
service_rows() {
    local days=$1 runs key="warm_${days}d_service" floor peer FROM TO
    runs=$(service_runs)
    [[ "$runs" -gt 0 ]] || return 0
    warm_run "$key" "$days" shared "$runs"
    bench_period "$days"
    floor=$(bench_figure "floor_${days}d")
    local steady from
    steady=$(warm_field steady_values_per_s)
    from=$(warm_field steady_from)
    bench_record "$key" "shift report job in the service's JVM at its steady state (one Spring context, runs $from..$runs median), $days d, 24 tags, grid $BENCH_GRID (whole job)" \
        "$steady" values/s \
        "$(bench_ratio "$steady" "$floor" "floor" ">=" 0.7); $(warm_field values) values in $(warm_field steady_seconds) s (run $(warm_field steady_run) is the median; all runs: $(warm_field warm_seconds_all) s after the cold $(warm_field cold_seconds) s; cpu $(warm_field steady_cpu_seconds) s); runs 2..$runs median: $(warm_field warm_values_per_s) values/s = $(bench_ratio "$(warm_field warm_values_per_s)" "$floor" "floor"); steady steps: $(warm_field steady_steps); read step $(warm_field steady_read_values_per_s) values/s = $(bench_ratio "$(warm_field steady_read_values_per_s)" "$floor" "floor")" \
        "bench/run warm → (WINCC_REPORTS_HOME=<fresh bench home>) java $BENCH_JOB_JVM -cp <target/classes + bench classes + dependencies> com.winccreports.bench.WarmJobBenchmark --from $FROM --to $TO --grid-size $BENCH_GRID --runs $runs --context shared (JobRunService.run as serve's scheduler calls it; runs 2..N with --reissue)"
    service_peer_rows "$days"
}

# service_peer_rows DAYS: "service's job vs peer" once both figures of DAYS exist in this run (also called by part_peer).
service_peer_rows() {
    local days=$1 key="warm_${days}d_service" steady peer
    steady=$(bench_figure "$key")
    peer=$(bench_figure "peer_${days}d")
    [[ -n "$steady" && -n "$peer" && -z "$(bench_figure "${key}_vs_peer")" ]] || return 0
    bench_record "${key}_vs_peer" "shift report job (service's JVM, steady state) vs peer, $days d, 24 tags, grid/--workers $BENCH_GRID" \
        "$(awk -v a="$steady" -v b="$peer" 'BEGIN{printf "%.2f", a / b}')" "× peer" \
        "job (service, steady) $steady values/s / peer $peer values/s = $(bench_ratio "$steady" "$peer" "peer" ">=" 4)" \
        "bench/run warm peer (figures $key and peer_${days}d of this run)"
}

# warm_peer_rows DAYS: "job (warm) vs peer" once both figures of DAYS exist in this run.
warm_peer_rows() {
    local days=$1 warm peer
    warm=$(bench_figure "warm_${days}d")
    peer=$(bench_figure "peer_${days}d")
    [[ -n "$warm" && -n "$peer" && -z "$(bench_figure "warm_${days}d_vs_peer")" ]] || return 0
    local ratio
    ratio=$(awk -v a="$warm" -v b="$peer" 'BEGIN{printf "%.2f", a / b}')
    bench_record "warm_${days}d_vs_peer" "shift report job (warm JVM) vs peer, $days d, 24 tags, grid/--workers $BENCH_GRID" \
        "$ratio" "× peer" \
        "job (warm) $warm values/s / peer $peer values/s = $(bench_ratio "$warm" "$peer" "peer" ">=" 4); cold job in this run: $(bench_figure "warm_${days}d_cold") values/s (same JVM, run 1), $(bench_figure "product_${days}d") values/s (fresh CLI process, part product)" \
        "bench/run warm peer (figures warm_${days}d and peer_${days}d of this run)"
}
