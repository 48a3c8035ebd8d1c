#!/usr/bin/env bash
# Scaling of `framing compare --cluster` (issue 22): on one generated JSON Lines corpus, times
#   - single-process `framing compare` pinned to one core (taskset -c 0) and to two cores (taskset -c 0,1);
#   - a cluster of 1 silo process pinned to core 0;
#   - a cluster of 2 silo processes pinned to cores 0 and 1;
# checks that every report is byte-identical, and prints the 2-silo/1-silo speed-up (goal >= 1.8x) and the overhead
# of 1 silo against the single process on the same core. Membership is Redis on loopback (installed with apt-get
# when missing, started here on a private port, stopped at the end); nothing leaves the machine.
#
# usage: scripts/orleans-scaling.sh [SIZE] [PARTITION_MB]     (defaults: 200MB, 8)
# Each cluster is warmed up with one small compare before it is timed (silos are long-running); the single process
# is timed cold, as a user runs it.
# The "analysis" column is the time until the last partition is in (or, single-process, until the statistics start);
# "total" includes the statistics, which run on the coordinator in every case.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE="${1:-200MB}"
PART_MB="${2:-8}"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v redis-server >/dev/null; then
  echo "== installing redis-server (Debian package)"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y redis-server >/dev/null; else sudo apt-get install -y redis-server >/dev/null; fi
fi

REDIS_PORT=6391
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$WORK/redis.log" 2>&1 &
PIDS+=($!)

echo "== build"
dotnet build src/FramingAnalysis.Cli -c Release -v q -nologo >/dev/null
FRAMING=(dotnet src/FramingAnalysis.Cli/bin/Release/net10.0/framing.dll)
CORPUS="$WORK/corpus.jsonl"
echo "== generate $SIZE"
dotnet run -c Release --project benchmarks/FramingAnalysis.Benchmarks -- generate --out "$CORPUS" --size "$SIZE"
ARGS=(compare "$CORPUS" --targets corpus/targets.json --progress-every 0)
# Silos are long-running servers: each cluster is warmed up with one compare of a small corpus before it is timed (the
# first partitions of a fresh silo pay for JIT compilation and for loading the lexicons).
WARM="$WORK/warm.jsonl"
dotnet run -c Release --project benchmarks/FramingAnalysis.Benchmarks -- generate --out "$WARM" --size 4MB --seed 7 2>/dev/null
warm_up() { "${FRAMING[@]}" compare "$WARM" --targets corpus/targets.json --progress-every 0 --cluster "$1" --partition-mb 1 >/dev/null 2>&1; }

# Runs a command, writing stdout to $1.out and time-stamped stderr to $1.err; prints "analysis total" seconds.
timed() {
  local name="$1"; shift
  local start; start=$(date +%s.%N)
  "$@" >"$WORK/$name.out" 2> >(while IFS= read -r line; do printf '%s %s\n' "$(date +%s.%N)" "$line"; done >"$WORK/$name.err")
  local end; end=$(date +%s.%N)
  sleep 0.2
  local analyzed; analyzed=$(grep -m1 'articles analyzed' "$WORK/$name.err" | cut -d' ' -f1)
  awk -v s="$start" -v a="${analyzed:-$end}" -v e="$end" 'BEGIN { printf "%.1f %.1f\n", a - s, e - s }'
}

start_silo() { # cluster-id core silo-port gateway-port
  local log="$WORK/silo-$1-$2.log"
  taskset -c "$2" "${FRAMING[@]}" silo --cluster "redis://127.0.0.1:$REDIS_PORT#$1" --port "$3" --gateway-port "$4" >"$log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do grep -q joined "$log" && return 0; sleep 0.5; done
  echo "silo did not start:"; cat "$log"; exit 1
}

stop_silos() {
  for pid in "${PIDS[@]:1}"; do kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  PIDS=("${PIDS[0]}")
}

echo "== single process, 1 core";  read -r s1a s1t < <(timed single1 taskset -c 0 "${FRAMING[@]}" "${ARGS[@]}")
echo "== single process, 2 cores"; read -r s2a s2t < <(timed single2 taskset -c 0,1 "${FRAMING[@]}" "${ARGS[@]}")
echo "== 1 silo (core 0)"
start_silo one 0 11111 30000
warm_up "redis://127.0.0.1:$REDIS_PORT#one"
read -r c1a c1t < <(timed cluster1 "${FRAMING[@]}" "${ARGS[@]}" --cluster "redis://127.0.0.1:$REDIS_PORT#one" --partition-mb "$PART_MB")
stop_silos
echo "== 2 silos (cores 0 and 1)"
start_silo two 0 11111 30000
start_silo two 1 11112 30001
warm_up "redis://127.0.0.1:$REDIS_PORT#two"
read -r c2a c2t < <(timed cluster2 "${FRAMING[@]}" "${ARGS[@]}" --cluster "redis://127.0.0.1:$REDIS_PORT#two" --partition-mb "$PART_MB")
stop_silos

for run in single2 cluster1 cluster2; do
  cmp -s "$WORK/single1.out" "$WORK/$run.out" || { echo "REPORT DIFFERS: $run"; exit 1; }
done
grep -h 'silo(s)' "$WORK/cluster1.err" "$WORK/cluster2.err" | cut -d' ' -f2-

printf '\n%-28s %10s %10s\n' run "analysis s" "total s"
printf '%-28s %10s %10s\n' "single process, 1 core" "$s1a" "$s1t" "single process, 2 cores" "$s2a" "$s2t" "1 silo, 1 core" "$c1a" "$c1t" "2 silos, 1 core each" "$c2a" "$c2t"
awk -v c1a="$c1a" -v c2a="$c2a" -v c1t="$c1t" -v c2t="$c2t" -v s1a="$s1a" -v s1t="$s1t" 'BEGIN {
  printf "\n2 silos vs 1 silo: %.2fx (analysis), %.2fx (total); goal >= 1.8x\n", c1a / c2a, c1t / c2t
  printf "1 silo vs single process on one core: %+.0f%% (analysis), %+.0f%% (total)\n", (c1a / s1a - 1) * 100, (c1t / s1t - 1) * 100
}'
echo "reports: byte-identical ($(wc -c <"$WORK/single1.out") bytes each)"
