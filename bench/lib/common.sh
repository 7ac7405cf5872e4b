# Shared helpers of bench/run: build, simulator, periods, tags, recording figures.
# Sourced by bench/run; every part under bench/parts/ may use these functions and variables.

BENCH_END_DAY=${BENCH_END_DAY:-2026-11-24}      # last production day of every period
BENCH_SITE_ZONE=Europe/Berlin
BENCH_NOW=${BENCH_NOW:-2026-11-26T00:00:00Z}    # the simulator's "now": the periods are complete, runs reproducible
BENCH_PAGE_SIZE=${BENCH_PAGE_SIZE:-10000}        # maxValues asked per request, and the simulator's cap
BENCH_GRID=${BENCH_GRID:-4}                      # the product's grid size = floor/client concurrency = peer --workers
BENCH_PYTHON=${BENCH_PYTHON:-/usr/bin/python3}   # Debian's interpreter with python3-pandas/-requests/-openpyxl
BENCH_SIM_JVM=${BENCH_SIM_JVM:--Xmx4g -Dsun.net.httpserver.nodelay=true}

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- build -----------------------------------------------------------------------------------------

bench_build() {
    if [[ -n "${BENCH_SKIP_BUILD:-}" && -f "$REPO/target/wincc-reports.jar" && -f "$REPO/target/classpath.txt" ]]; then
        log "build skipped (BENCH_SKIP_BUILD set)"
    else
        log "building (mvn package -DskipTests, test-compile, classpath)"
        (cd "$REPO" && mvn -B -q package -DskipTests && mvn -B -q test-compile \
            && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt) >"$RUN_DIR/build.log" 2>&1 \
            || { tail -40 "$RUN_DIR/build.log" >&2; die "build failed (see $RUN_DIR/build.log)"; }
    fi
    BENCH_CP="$REPO/target/classes:$REPO/target/test-classes:$(cat "$REPO/target/classpath.txt")"
    BENCH_JAR="$REPO/target/wincc-reports.jar"
}

# Runs a benchmark main from the test classpath: bench_java [JVM options --] Class args...
bench_java() {
    local jvm=()
    if [[ " $* " == *" -- "* ]]; then
        while [[ "$1" != "--" ]]; do jvm+=("$1"); shift; done
        shift
    fi
    java "${jvm[@]}" -cp "$BENCH_CP" "$@"
}

# --- simulator -------------------------------------------------------------------------------------

SIM_PID=""
SIM_URL=""

# bench_sim_start [simulator options...]: one simulator JVM on a free loopback port; sets SIM_URL.
bench_sim_start() {
    bench_sim_stop
    local out="$RUN_DIR/simulator-$(date +%s%N).log"
    # shellcheck disable=SC2086
    java $BENCH_SIM_JVM -jar "$BENCH_JAR" simulator --port 0 --max-values "$BENCH_PAGE_SIZE" --now "$BENCH_NOW" \
        "$@" >"$out" 2>&1 &
    SIM_PID=$!
    for _ in $(seq 1 120); do
        SIM_URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/WinCCRestService' "$out" | head -1 || true)
        [[ -n "$SIM_URL" ]] && break
        kill -0 "$SIM_PID" 2>/dev/null || { cat "$out" >&2; die "simulator did not start"; }
        sleep 0.5
    done
    [[ -n "$SIM_URL" ]] || die "simulator printed no URL within 60 s ($out)"
    log "simulator $SIM_URL (pid $SIM_PID) $*"
}

bench_sim_stop() {
    if [[ -n "$SIM_PID" ]]; then
        kill "$SIM_PID" 2>/dev/null || true
        wait "$SIM_PID" 2>/dev/null || true
        SIM_PID=""
        SIM_URL=""
    fi
    SIM_OPTIONS="unset"
}

# --- periods and tags ------------------------------------------------------------------------------

# bench_period DAYS: sets FROM and TO (UTC ISO) to the DAYS production days (06:00 local) ending BENCH_END_DAY.
bench_period() {
    local days=$1 first next
    first=$(date -d "$BENCH_END_DAY -$((days - 1)) days" +%F)
    next=$(date -d "$BENCH_END_DAY +1 day" +%F)
    FROM=$(date -u -d "TZ=\"$BENCH_SITE_ZONE\" $first 06:00" +%Y-%m-%dT%H:%M:%SZ)
    TO=$(date -u -d "TZ=\"$BENCH_SITE_ZONE\" $next 06:00" +%Y-%m-%dT%H:%M:%SZ)
}

BENCH_TAG_NAMES="Temperature TemperatureSetpoint Pressure Speed Power EnergyMeter GoodCount ScrapCount MachineState DowntimeReason"
BENCH_ON_CHANGE="TemperatureSetpoint MachineState DowntimeReason"

# bench_lines PLANT: the lines of jobs/plants/PLANT-plant.yaml (demo: L1 L2, bench: L1..L5).
bench_lines() {
    case "$1" in
        demo) echo "L1 L2" ;;
        bench) echo "L1 L2 L3 L4 L5" ;;
        *) die "unknown plant $1" ;;
    esac
}

# bench_job_tags PLANT: archive/tag list of every tag the shift report job reads (jobs/shift-report.yaml).
bench_job_tags() {
    local list="" line tag
    for line in $(bench_lines "$1"); do
        for tag in $BENCH_TAG_NAMES; do list+="PVArchive/$line.$tag,"; done
        list+="PVArchive10s/$line.Vibration,PVArchive1min/$line.AmbientHumidity,"
    done
    echo "${list%,}"
}

# bench_pv_tags PLANT cyclic|onchange|all: PVArchive tag names, comma-separated (the peer's --tags).
bench_pv_tags() {
    local list="" line tag
    for line in $(bench_lines "$1"); do
        for tag in $BENCH_TAG_NAMES; do
            case "$2:$BENCH_ON_CHANGE " in
                cyclic:*"$tag "*) continue ;;
                onchange:*"$tag "*) ;;
                onchange:*) continue ;;
            esac
            list+="$line.$tag,"
        done
    done
    echo "${list%,}"
}

# --- figures ---------------------------------------------------------------------------------------

# json_field JSON NAME: a number or string field of a one-line JSON object.
json_field() {
    "$BENCH_PYTHON" -c 'import json,sys; v=json.loads(sys.argv[1]).get(sys.argv[2]); print("" if v is None else v)' "$1" "$2"
}

bench_machine() {
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "$(nproc) cores $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), load $load"
}

# bench_record KEY FIGURE VALUE UNIT RATIO COMMAND: keeps the figure for ratios (figures.tsv) and
# appends one row to bench/results.md (unless --no-record).
bench_record() {
    local key=$1 figure=$2 value=$3 unit=$4 ratio=$5 command=$6
    printf '%s\t%s\t%s\n' "$key" "$value" "$unit" >>"$RUN_DIR/figures.tsv"
    [[ -n "$BENCH_QUICK" ]] && figure="$figure (quick)"
    local row
    row="| $figure | $value | $unit | $ratio | \`${command//|/\\|}\` | $(bench_machine) | $(date -u +%Y-%m-%dT%H:%MZ) |"
    echo "$row" >>"$RUN_DIR/results-rows.md"
    if [[ -z "$BENCH_NO_RECORD" ]]; then
        echo "$row" >>"$RESULTS"
    fi
    log "figure: $figure = $value $unit ${ratio:+($ratio)}"
}

# bench_figure KEY: a figure recorded earlier in this run, or empty.
bench_figure() {
    [[ -f "$RUN_DIR/figures.tsv" ]] || return 0
    awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { if (v != "") print v }' "$RUN_DIR/figures.tsv"
}

# bench_ratio A B [TARGET_OP TARGET]: "A/B = r (target ≥ t: met|MISSED)" when both exist.
bench_ratio() {
    local a=$1 b=$2 label=$3 op=${4:-} target=${5:-}
    [[ -n "$a" && -n "$b" ]] || { echo "–"; return; }
    awk -v a="$a" -v b="$b" -v label="$label" -v op="$op" -v t="$target" 'BEGIN {
        r = a / b; s = sprintf("%.2f × %s", r, label)
        if (op == ">=") s = s sprintf(" (target ≥ %s: %s)", t, r >= t ? "met" : "MISSED by " sprintf("%.0f %%", 100 * (t - r) / t))
        if (op == "<=") s = s sprintf(" (target ≤ %s: %s)", t, r <= t ? "met" : "MISSED by " sprintf("%.0f %%", 100 * (r - t) / t))
        print s }'
}

ensure_results_file() {
    if [[ ! -f "$RESULTS" ]]; then
        cat >"$RESULTS" <<'EOF'
# Benchmark results

Rows are appended by `bench/run` (see docs/benchmarks.md); each names the exact command, the
machine and its load when measured. The machine is shared: read single figures as ±30 %, compare
ratios taken in the same run.

| figure | value | unit | ratio | command | machine | date |
|---|---|---|---|---|---|---|
EOF
    fi
}

# bench_sim_ensure [simulator options...]: reuses the running simulator when started with the same
# options (its JIT stays warm across parts), else starts one and warms it up with one pass over a day.
SIM_OPTIONS="unset"
bench_sim_ensure() {
    if [[ -n "$SIM_PID" && "$SIM_OPTIONS" == "$*" ]] && kill -0 "$SIM_PID" 2>/dev/null; then
        return
    fi
    bench_sim_start "$@"
    SIM_OPTIONS="$*"
    local FROM TO
    bench_period 1
    log "warming the simulator up (one floor pass over a day)"
    bench_java com.winccreports.bench.FloorBenchmark --base-url "$SIM_URL" --tags "$(bench_job_tags demo)" \
        --from "$FROM" --to "$TO" --concurrency "$BENCH_GRID" --page-size "$BENCH_PAGE_SIZE" --passes 1 \
        --figure warm-up >>"$RUN_DIR/warm-up.log" 2>&1 || die "simulator warm-up failed ($RUN_DIR/warm-up.log)"
}

# bench_result_line LOG: the JSON of the RESULT line a benchmark main printed.
bench_result_line() {
    grep '^RESULT ' "$1" | tail -1 | cut -d' ' -f2-
}

# bench_cmd TEXT: logs a command as run (bench/out/<run>/commands.log).
bench_cmd() {
    echo "$(date -u +%H:%M:%S) $*" >>"$RUN_DIR/commands.log"
}
