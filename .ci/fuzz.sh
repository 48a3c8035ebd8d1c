#!/usr/bin/env bash
# Bounded coverage-guided fuzzing of the three corpus readers (JSONL, CSV, text folder) with SharpFuzz and AFL++
# (issue 23). Installs what it needs itself (Debian's afl++, the SharpFuzz.CommandLine tool in a temporary folder),
# instruments FramingAnalysis.dll, and runs afl-fuzz for FRAMING_FUZZ_SECONDS (default 30) per reader from the seed
# inputs in fuzz/corpus/<reader>/. A crash fails the run; its input is copied to fuzz/crashes/<reader>/ so that it can
# be committed, after which FuzzCorpusTests replays it in every `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_READER="${FRAMING_FUZZ_SECONDS:-30}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if ! command -v afl-fuzz > /dev/null; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null; then
    echo "fuzz: afl-fuzz is missing and cannot be installed here (needs root and apt-get); skipping the fuzz step" >&2
    exit 0
  fi
  apt-get update -qq > "$WORK/apt.log" 2>&1 && apt-get install -y -qq afl++ >> "$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; exit 1; }
fi

dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$WORK/tools" > /dev/null
dotnet publish fuzz/FramingAnalysis.Fuzz -c Release -o "$WORK/bin" > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log" >&2; exit 1; }
"$WORK/tools/sharpfuzz" "$WORK/bin/FramingAnalysis.dll"

# The machine is not tuned for fuzzing (core pattern, CPU governor, affinity): AFL++ is told to run anyway.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1
crashed=0
for reader in jsonl csv text; do
  out="$WORK/findings-$reader"
  timeout $((SECONDS_PER_READER + 120)) afl-fuzz -i "fuzz/corpus/$reader" -o "$out" -V "$SECONDS_PER_READER" -t 10000 -m none \
    -- dotnet "$WORK/bin/FramingAnalysis.Fuzz.dll" "$reader" > "$WORK/afl-$reader.log" 2>&1 || true
  stats="$(find "$out" -name fuzzer_stats | head -1)"
  if [ -z "$stats" ]; then
    echo "fuzz $reader: afl-fuzz did not start" >&2
    tail -20 "$WORK/afl-$reader.log" >&2
    exit 1
  fi
  execs="$(sed -n 's/^execs_done *: *//p' "$stats")"
  paths="$(sed -n 's/^corpus_count *: *//p' "$stats")"
  crashes="$(find "$out" -path '*/crashes/id:*' -type f | wc -l)"
  echo "fuzz $reader: ${SECONDS_PER_READER} s, $execs inputs run, $paths in the queue, $crashes crashes"
  if [ "$crashes" -gt 0 ]; then
    mkdir -p "fuzz/crashes/$reader"
    find "$out" -path '*/crashes/id:*' -type f -exec cp {} "fuzz/crashes/$reader/" \;
    crashed=1
  fi
done

if [ "$crashed" -ne 0 ]; then
  echo "fuzz: crashes copied to fuzz/crashes/; replay one with: dotnet run --project fuzz/FramingAnalysis.Fuzz -c Release -- READER FILE" >&2
fi
exit "$crashed"
