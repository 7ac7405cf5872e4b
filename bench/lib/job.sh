# Running the product: `java -jar target/wincc-reports.jar run shift-report` in a fresh home folder per run,
# its source pointing at the bench simulator. Sourced by bench/run after common.sh.

BENCH_JOB_JVM=${BENCH_JOB_JVM:--Xms512m -Xmx512m}
# Seconds between the full GCs that sample-gc asks for. The live-heap peak is the renderers' working set in the
# publish step, which lasts ~2 s per line: every 3 s missed it at 1 d (45 MB read vs 75 MB sampled every 0.5 s)
# and caught it at 31 d, a false 1.7x; every 1 s catches it in either (docs/benchmarks.md).
BENCH_GC_SAMPLE_S=${BENCH_GC_SAMPLE_S:-1}

# bench_job_home NAME PLANT GRID: a fresh home (config, jobs, templates) in $RUN_DIR/homes/NAME; sets JOB_HOME.
bench_job_home() {
    local name=$1 plant=$2 grid=$3
    JOB_HOME="$RUN_DIR/homes/$name"
    rm -rf "$JOB_HOME"
    mkdir -p "$JOB_HOME/config"
    cp -r "$REPO/jobs" "$JOB_HOME/jobs"
    cp -r "$REPO/report-templates" "$JOB_HOME/report-templates"   # a link out of the home is refused (ConfinedFolder)
    cat >"$JOB_HOME/config/application.yaml" <<EOF
# written by bench/run: the bench simulator as the only WinCC source
wincc-reports:
  sources:
    bench:
      url: $SIM_URL
      user: demo
      password-env: BENCH_WINCC_PASSWORD
      page-size: $BENCH_PAGE_SIZE
      max-requests-per-second: 1000   # the default (20) would bound a loopback run: docs/benchmarks.md
      max-concurrent-requests: $grid
EOF
    if [[ "$plant" == bench ]]; then
        # the bench plant: the demo plant's tags on lines L1..L5 (jobs/plants/bench-plant.yaml)
        sed -e 's/^lines: .*/lines: [L1, L2, L3, L4, L5]/' -e 's/^description: .*/description: Bench plant — five lines/' \
            "$REPO/jobs/sites/demo.yaml" >"$JOB_HOME/jobs/sites/bench.yaml"
        sed -i -e 's/^site: demo/site: bench/' -e 's/^lines: .*/lines: [L1, L2, L3, L4, L5]/' "$JOB_HOME/jobs/shift-report.yaml"
    fi
}

# bench_job_run KEY GRID FROM TO [sample-gc]: runs the job once in $JOB_HOME; sets JOB_VALUES, JOB_SECONDS
# (the job's own "values read in S s"), JOB_WALL (process), JOB_CPU, JOB_RSS_MB, JOB_HEAP_AFTER_GC_MB,
# JOB_LIVE_MB (after the full GCs that sample-gc asks for with jcmd every $BENCH_GC_SAMPLE_S s), JOB_STEPS.
bench_job_run() {
    local key=$1 grid=$2 from=$3 to=$4 sample=${5:-}
    local log="$RUN_DIR/$key.log" gc="$RUN_DIR/$key.gc.log" timing="$RUN_DIR/$key.time" status=0
    # shellcheck disable=SC2206
    local cmd=(java $BENCH_JOB_JVM "-Xlog:gc:file=$gc" -jar "$BENCH_JAR" run shift-report --from "$from" --to "$to"
        --grid-size "$grid")
    if [[ -n "${JOB_VIA_DIST:-}" ]]; then   # as a plant starts it: the unpacked distribution's script (bench_dist)
        cmd=(env "WINCC_REPORTS_JAVA_OPTS=$BENCH_JOB_JVM -Xlog:gc:file=$gc" "$BENCH_DIST/bin/wincc-reports" run shift-report
            --from "$from" --to "$to" --grid-size "$grid")
    fi
    bench_cmd "(cd $JOB_HOME && WINCC_REPORTS_HOME=$JOB_HOME ${cmd[*]})"
    local started; started=$(date +%s.%N)
    (cd "$JOB_HOME" && BENCH_WINCC_PASSWORD=demo WINCC_REPORTS_HOME="$JOB_HOME" \
        exec /usr/bin/time -v -o "$timing" "${cmd[@]}") >"$log" 2>&1 &
    local wrapper=$!
    if [[ -n "$sample" ]]; then
        bench_gc_sampler "$wrapper" &
    fi
    wait "$wrapper" || status=$?
    JOB_WALL=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e - s}')
    [[ $status -eq 0 || $status -eq 2 ]] || { tail -20 "$log" >&2; die "job $key failed with exit code $status ($log)"; }
    read -r JOB_VALUES JOB_SECONDS < <(tr '\r' '\n' <"$log" | sed -nE 's/.* ([0-9,]+) values read in ([0-9.]+) s.*/\1 \2/p' | tr -d ',' | tail -1)
    [[ -n "$JOB_VALUES" ]] || die "no 'values read in' line in $log"
    JOB_CPU=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.1f", u + s}' "$timing")
    JOB_RSS_MB=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2 / 1024}' "$timing")
    JOB_HEAP_AFTER_GC_MB=$(sed -nE 's/.*Pause (Young|Full|Remark|Cleanup).* [0-9]+M->([0-9]+)M.*/\2/p' "$gc" | sort -n | tail -1)
    JOB_LIVE_MB=$(sed -nE 's/.*Pause Full \((System.gc\(\)|Diagnostic Command)\) [0-9]+M->([0-9]+)M.*/\2/p' "$gc" | sort -n | tail -1)
    JOB_STEPS=$(bench_job_steps)
    log "job $key: $JOB_VALUES values, job ${JOB_SECONDS} s, process ${JOB_WALL} s, cpu ${JOB_CPU} s, RSS ${JOB_RSS_MB} MB, steps: $JOB_STEPS"
}

# bench_gc_sampler WRAPPER_PID: asks the job JVM for a full GC every $BENCH_GC_SAMPLE_S s, so -Xlog:gc shows
# the live heap.
bench_gc_sampler() {
    local wrapper=$1 pid=""
    while kill -0 "$wrapper" 2>/dev/null; do
        sleep "$BENCH_GC_SAMPLE_S"
        [[ -n "$pid" ]] || pid=$(pgrep -P "$wrapper" java || true)
        [[ -n "$pid" ]] && jcmd "$pid" GC.run >/dev/null 2>&1 || true
    done
}

# bench_job_steps: wall seconds per job step of the last execution, from the job's H2 repository.
bench_job_steps() {
    local h2
    h2=$(tr ':' '\n' <"$REPO/target/classpath.txt" | grep -m1 '/h2-')
    java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$JOB_HOME/data/wincc-reports" -user sa -password "" -sql \
        "SELECT REGEXP_REPLACE(STEP_NAME, ':.*', '') S, MIN(START_TIME) F, DATEDIFF('MILLISECOND', MIN(START_TIME), MAX(END_TIME)) MS
         FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
         AND STEP_NAME NOT LIKE 'readPartition%' GROUP BY S ORDER BY F" 2>/dev/null \
        | awk -F' *\\| *' 'NR > 1 && NF >= 3 && $3 ~ /^[0-9]+$/ { printf "%s%s %.1f s", sep, $1, $3 / 1000; sep = ", " }'
}

# job_step_seconds STEP: seconds of one step in $JOB_STEPS ("read 3.1 s, ...").
job_step_seconds() {
    sed -nE "s/.*(^|, )$1 ([0-9.]+) s.*/\\2/p" <<<"$JOB_STEPS"
}

# bench_dist: target/wincc-reports-<version>.tar.gz unpacked once per bench run into $RUN_DIR/dist; sets BENCH_DIST
# (the folder with bin/wincc-reports). Its class-data archives are kept in $RUN_DIR/dist-cds and copied into each
# fresh home's data/cds (bench_dist_cds), so only the first start records one, as on a plant PC.
bench_dist() {
    [[ -z "${BENCH_DIST:-}" ]] || return 0
    local tarball
    tarball=$(ls "$REPO"/target/wincc-reports-*.tar.gz 2>/dev/null | head -1)
    [[ -n "$tarball" ]] || die "no target/wincc-reports-*.tar.gz: mvn package builds it"
    mkdir -p "$RUN_DIR/dist" "$RUN_DIR/dist-cds"
    tar xzf "$tarball" -C "$RUN_DIR/dist"
    BENCH_DIST="$RUN_DIR/dist/wincc-reports"
}

# bench_dist_cds in|out: copies the kept class-data archives into $JOB_HOME/data/cds, or back after a run.
bench_dist_cds() {
    if [[ "$1" == in ]]; then
        mkdir -p "$JOB_HOME/data/cds" && cp -p "$RUN_DIR/dist-cds/." "$JOB_HOME/data/cds/" -R
    else
        cp -p "$JOB_HOME/data/cds/"*.jsa "$RUN_DIR/dist-cds/" 2>/dev/null || true
    fi
}
