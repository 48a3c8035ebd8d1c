#!/usr/bin/env bash
# Out-of-process peer: the npm package vader-sentiment (a JavaScript port of VADER; it differs from Python VADER in
# several rules, so its scores are not a reference, only its speed is compared) against `framing analyze` on the same
# generated units. Installs the package into benchmarks/peers/.work (git-ignored), writes the units once as text lines
# and once as a JSON Lines corpus, times both, and prints the ratio.
# Usage: benchmarks/peers/vader-js.sh [CHARS]   (default 10MB of unit text; e.g. 1MB for a quick check)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
CHARS="${1:-10MB}"
WORK="$ROOT/benchmarks/peers/.work"
mkdir -p "$WORK"

if [ ! -d "$WORK/node_modules/vader-sentiment" ]; then
  (cd "$WORK" && npm install --no-audit --no-fund --silent vader-sentiment@1.1.3)
fi

dotnet build -c Release -v q --nologo benchmarks/FramingAnalysis.Benchmarks >/dev/null
dotnet build -c Release -v q --nologo src/FramingAnalysis.Cli >/dev/null
BENCH="benchmarks/FramingAnalysis.Benchmarks/bin/Release/net10.0/FramingAnalysis.Benchmarks.dll"
FRAMING="src/FramingAnalysis.Cli/bin/Release/net10.0/framing.dll"

dotnet "$BENCH" peer-input --chars "$CHARS" --lines "$WORK/units.txt" --jsonl "$WORK/units.jsonl"

echo "== vader-sentiment (node $(node --version))"
node_json="$(node benchmarks/peers/vader-js-bench.js "$WORK/units.txt" "$WORK/node_modules")"
echo "$node_json"

echo "== framing analyze (sentiment + frames per unit, JSONL in and out, process start and JIT included)"
start=$(date +%s.%N)
dotnet "$FRAMING" analyze "$WORK/units.jsonl" --out "$WORK/units.analysis.jsonl" 2>"$WORK/analyze.log"
end=$(date +%s.%N)
tail -1 "$WORK/analyze.log"

node - "$node_json" "$start" "$end" <<'JS'
const [json, start, end] = process.argv.slice(2);
const peer = JSON.parse(json);
const seconds = Number(end) - Number(start);
const ours = peer.chars / seconds;
const f = (x) => (x / 1e6).toFixed(2);
console.log(`units ${peer.units}, chars ${peer.chars}`);
console.log(`vader-sentiment (JS), scoring loop only : ${f(peer.charsPerSecond)} M chars/s`);
console.log(`framing analyze, whole process          : ${f(ours)} M chars/s (${seconds.toFixed(2)} s)`);
console.log(`ratio ours/peer                         : ${(ours / peer.charsPerSecond).toFixed(2)}x`);
JS
