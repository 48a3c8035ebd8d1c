#!/usr/bin/env bash
# Regenerates the excerpt of `framing compare corpus/ --targets corpus/targets.json` in README.md (the block between
# <!-- excerpt:compare begin --> and <!-- excerpt:compare end -->) from a real run of the tool. Which tables and rows
# are kept is written once, in scripts/ReadmeExcerpt.cs, which ReadmeExcerptTests also uses: the test fails until this
# script has been run after a change to the report. Review `git diff README.md` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
dotnet run --project src/FramingAnalysis.Cli -c Release -- compare corpus/ --targets corpus/targets.json > "$report"
dotnet run scripts/ReadmeExcerpt.cs -- README.md "$report"
