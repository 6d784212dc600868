#!/usr/bin/env bash
# The read/write benchmark of factdesk (issue 7, workloads 1-4, and matchClaim of issue 8), with its two baselines
# for the editorial page: the raw-SQL floor (bench/floor) and PostGraphile 4 (bench/postgraphile). See README.md.
#
#   bench/run.sh                      # load the data if absent, run everything, write bench/results/<date>.md/.csv
#   RUNS=1 DURATION=5s CONNECTIONS=16 WORKLOADS="editorial floor" bench/run.sh     # a quick look
#
# Environment: SEED (42), RUNS (3), DURATION (10s), CONNECTIONS ("1 16 64"), WORKLOADS (all but match), WARMUP
# (60s per workload), MATCH_CONNECTIONS ("1"; empty: no matchClaim), MATCH_DURATION (30s), LABEL (a word for the
# result file), FACTDESK_JAR (another build of factdesk, e.g. an older commit's), REBUILD=1 (package factdesk and
# the floor again first), KEEP_SERVERS=1 (leave them running), JAVA_GC ("-XX:+UseParallelGC" for both JVMs).
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
DB=factdesk_bench
PGHOST=127.0.0.1
PGURL=postgres://postgres@$PGHOST:5432/$DB
SEED=${SEED:-42}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-"1 16 64"}
WORKLOADS=${WORKLOADS:-"editorial floor postgraphile detail search mixed"}
# matchClaim runs apart, after the rest: it once took seconds a call, which spilled into whatever ran next, and its
# target (issue 8) is a latency at one connection.
MATCH_CONNECTIONS=${MATCH_CONNECTIONS-"1"}
MATCH_DURATION=${MATCH_DURATION:-30s}
LABEL=${LABEL:-}
# 60 s, not less: on 2 cores the JIT's one C2 thread stays busy for about two minutes of factdesk's load, and
# measuring before it is done measured the compiler (CPU per request fell by a quarter after the first minute).
WARMUP=${WARMUP:-60s}
FACTDESK_JAR=${FACTDESK_JAR:-$ROOT/target/factdesk-0.1.0-SNAPSHOT.jar}
# The collector of factdesk's Dockerfile, for factdesk and the floor alike (JAVA_GC= for the JVM's default, G1).
JAVA_GC=${JAVA_GC-"-XX:+UseParallelGC"}
FACTDESK_PORT=18080
FLOOR_PORT=18081
POSTGRAPHILE_PORT=18082
WORK=$(mktemp -d /tmp/factdesk-bench.XXXXXX)
PIDS=()

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

stop_servers() {
    if [ "${KEEP_SERVERS:-0}" = 1 ]; then return; fi
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT

wait_for() { # url, seconds[, pid]: until it answers, with anything but 503 (PostGraphile answers a GET with 405)
    local deadline=$((SECONDS + $2))
    until code=$(curl -s -o /dev/null -w '%{http_code}' "$1") && [ "$code" != 000 ] && [ "$code" != 503 ]; do
        if [ $SECONDS -ge $deadline ]; then log "no answer from $1 after $2 s; logs in $WORK"; exit 1; fi
        if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then log "the server for $1 exited; logs in $WORK"; exit 1; fi
        sleep 1
    done
}

start_factdesk() {
    SPRING_R2DBC_URL=r2dbc:postgresql://$PGHOST:5432/$DB SPRING_R2DBC_USERNAME=postgres SERVER_PORT=$FACTDESK_PORT \
    FACTDESK_DEMO_DATA_ENABLED=false FACTDESK_EMBEDDED_POSTGRES_ENABLED=false \
    FACTDESK_SECURITY_LOCAL_SIGNING_KEY=factdesk-bench-signing-key-not-for-production \
    FACTDESK_SECURITY_DEV_TOKENS=true \
        java -Xmx1g $JAVA_GC ${FACTDESK_JAVA_OPTS:-} -jar "$FACTDESK_JAR" >>"$WORK/factdesk.log" 2>&1 &
    FACTDESK_PID=$!
    PIDS+=("$FACTDESK_PID")
    wait_for "http://127.0.0.1:$FACTDESK_PORT/actuator/health/readiness" 600 "$FACTDESK_PID"
}

stop_factdesk() {
    kill "$FACTDESK_PID"; wait "$FACTDESK_PID" 2>/dev/null || true
}

# A server left running on one of the ports would answer in place of the one this run starts (whose start then
# fails) and be measured under its name.
for port in $FACTDESK_PORT $FLOOR_PORT $POSTGRAPHILE_PORT; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        log "something already answers on port $port: stop it first"; exit 1
    fi
done

# 1. Build what is missing.
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$FACTDESK_JAR" ]; then
    log "packaging factdesk"; (cd "$ROOT" && mvn -q -DskipTests package)
fi
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$BENCH/floor/target/factdesk-floor-0.1.0-SNAPSHOT.jar" ]; then
    log "packaging the floor"; (cd "$BENCH/floor" && mvn -q -DskipTests package)
fi
[ -d "$BENCH/postgraphile/node_modules" ] || (cd "$BENCH/postgraphile" && npm ci --silent)

# 2. The database, migrated by factdesk itself, and the data set unless it is there with this seed.
psql -h $PGHOST -U postgres -lqt | cut -d'|' -f1 | grep -qw $DB || createdb -h $PGHOST -U postgres $DB
log "starting factdesk (it migrates the database)"
start_factdesk
# The generator's version (2) changes when data/generate.sql makes other rows.
loaded_seed=$(psql -h $PGHOST -U postgres -d $DB -Atc "SELECT seed FROM bench_dataset WHERE generator = 2" 2>/dev/null || true)
if [ "$loaded_seed" != "$SEED" ]; then
    stop_factdesk
    log "loading the data set (seed $SEED)"
    start=$SECONDS
    psql -q -h $PGHOST -U postgres -d $DB -v seed="$SEED" -f "$BENCH/data/generate.sql" >"$WORK/generate.log"
    log "loaded in $((SECONDS - start)) s; starting factdesk, which indexes the claims for matching"
    start=$SECONDS
    start_factdesk
    log "factdesk ready after $((SECONDS - start)) s: $(grep -o 'Indexed [0-9]* claims for matching' "$WORK/factdesk.log" || echo 'nothing indexed')"
    psql -q -h $PGHOST -U postgres -d $DB -c "VACUUM ANALYZE claim_match_text"
fi

# 3. Workload parameters, the baselines, a token.
(cd "$WORK" && psql -q -At -h $PGHOST -U postgres -d $DB -f "$BENCH/workloads/params.sql")
cp "$BENCH/workloads/search-terms.txt" "$WORK/search.txt"
java -Xmx1g $JAVA_GC -jar "$BENCH/floor/target/factdesk-floor-0.1.0-SNAPSHOT.jar" --server.port=$FLOOR_PORT \
    --spring.r2dbc.url=r2dbc:postgresql://$PGHOST:5432/$DB --spring.r2dbc.username=postgres >"$WORK/floor.log" 2>&1 &
PIDS+=("$!")
(cd "$BENCH/postgraphile" && NODE_ENV=production exec node node_modules/.bin/postgraphile -c "$PGURL" --schema public \
    --append-plugins @graphile-contrib/pg-simplify-inflector,postgraphile-plugin-connection-filter \
    --host 127.0.0.1 --port $POSTGRAPHILE_PORT --disable-query-log --disable-graphiql) >"$WORK/postgraphile.log" 2>&1 &
PIDS+=("$!")
wait_for "http://127.0.0.1:$FLOOR_PORT/editorial" 120
wait_for "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql" 120
TOKEN=$(curl -sf "http://127.0.0.1:$FACTDESK_PORT/dev/tokens/bench_checker" | sed 's/.*"token":"\([^"]*\)".*/\1/')
export TOKEN

url_of() {
    case $1 in
        floor) echo "http://127.0.0.1:$FLOOR_PORT" ;;
        postgraphile) echo "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql" ;;
        *) echo "http://127.0.0.1:$FACTDESK_PORT/graphql" ;;
    esac
}
params_of() {
    case $1 in
        search) echo "$WORK/search.txt" ;;
        match) echo "$WORK/match.txt" ;;
        *) echo "$WORK/claims.txt" ;;
    esac
}
measure() { # workload, connections, duration
    local threads=$(( $2 < 2 ? 1 : 2 ))
    WORKLOAD=$1 PARAMS=$(params_of "$1") wrk -t$threads -c"$2" -d"$3" --timeout 30s \
        -s "$BENCH/workloads/workload.lua" "$(url_of "$1")" | grep '^{'
}

# 4. Every workload once, checked for GraphQL errors, then a warm-up of each server (JIT, pools): factdesk's
# request path took over a minute of load on this machine before its CPU per request settled.
for w in $WORKLOADS; do
    out=$(measure "$w" 1 2s)
    if ! echo "$out" | grep -q '"graphql_errors":0,' || ! echo "$out" | grep -q '"http_errors":0,'; then
        log "workload $w fails: $out"; exit 1
    fi
done
log "warming up"
for w in $WORKLOADS; do measure "$w" 16 "$WARMUP" >/dev/null; done

# 5. The measurements: every workload at every concurrency, RUNS rounds; the baselines run in the same rounds.
RAW="$WORK/raw.jsonl"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for run in $(seq 1 "$RUNS"); do
    for c in $CONNECTIONS; do
        for w in $WORKLOADS; do
            line=$(measure "$w" "$c" "$DURATION")
            echo "$line" | sed "s/^{/{\"run\":$run,\"connections\":$c,/" >>"$RAW"
            log "run $run c=$c $line"
        done
    done
done
for run in $(seq 1 "$RUNS"); do
    for c in $MATCH_CONNECTIONS; do
        line=$(measure match "$c" "$MATCH_DURATION")
        echo "$line" | sed "s/^{/{\"run\":$run,\"connections\":$c,/" >>"$RAW"
        log "run $run c=$c $line"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# 6. The result files.
mkdir -p "$BENCH/results"
name=$(date +%Y-%m-%d-%H%M)${LABEL:+-$LABEL}
node "$BENCH/workloads/summarize.mjs" "$RAW" "$BENCH/results/$name" \
    "nproc=$(nproc)" \
    "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)" \
    "commit=$([ "$FACTDESK_JAR" = "$ROOT/target/factdesk-0.1.0-SNAPSHOT.jar" ] && echo "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo '+changes')" || basename "$FACTDESK_JAR")" \
    "java=$(java -version 2>&1 | head -1)" \
    "postgresql=$(psql -h $PGHOST -U postgres -d $DB -Atc 'SHOW server_version')" \
    "node=$(node --version)" \
    "postgraphile=$(node -p "require('$BENCH/postgraphile/node_modules/postgraphile/package.json').version")" \
    "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)" \
    "seed=$SEED" "runs=$RUNS" "duration=$DURATION" \
    "load_before=$load_before" "load_after=$load_after"
log "results in bench/results/$name.md and .csv; raw runs and logs in $WORK"
