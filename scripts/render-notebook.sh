#!/usr/bin/env bash
# Runs samples/notebooks/compare-sources.ipynb in a real .NET Interactive kernel (dotnet-repl from the repository's tool
# manifest, as CI step 8b does) and saves it with its outputs as samples/notebooks/rendered/compare-sources.ipynb, so
# that the tables, charts and figures can be read on GitHub without running anything. The saved copy is made
# deterministic: no cell timings, no machine paths (the clone is <repository>, the home folder ~), no time-stamped
# package versions, and the transient "Installing packages" progress displays are left out. Commit the result.
# The source notebook itself stays saved without outputs (NotebookExtractionTests checks that).
# Needs the .NET 10 SDK and python3 (for the clean-up). Takes two or three minutes (it packs the repository's code).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
name="${1:-compare-sources}"
out="samples/notebooks/rendered/$name.ipynb"
raw="$(mktemp --suffix=.ipynb)"
trap 'rm -f "$raw"' EXIT
mkdir -p "$(dirname "$out")"

dotnet tool restore > /dev/null
# dotnet-repl exits 2 at the first cell that fails; the partial output is still written, and kept for a look.
if ! (cd samples/notebooks && dotnet tool run dotnet-repl --run "$name.ipynb" --exit-after-run --output-format ipynb --output-path "$raw"); then
  cp "$raw" "$out.failed"
  echo "render-notebook: a cell failed; its output notebook is $out.failed" >&2
  exit 1
fi

python3 - "$raw" "$out" "$root" "$HOME" "${NUGET_PACKAGES:-}" <<'PY'
import json, re, sys
raw, out, root, home, nuget = sys.argv[1:]

def clean(text):
    if nuget:
        text = text.replace(nuget, "~/.nuget/packages")
    text = text.replace(root, "<repository>").replace(home, "~")
    return re.sub(r"(\d+\.\d+\.\d+-local)\d{14}", r"\1", text)

def walk(value):
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [walk(v) for v in value]
    if isinstance(value, dict):
        return {k: walk(v) for k, v in value.items()}
    return value

nb = json.load(open(raw, encoding="utf-8"))
for cell in nb["cells"]:
    meta = cell.get("metadata", {})
    for key in [k for k in meta if k.startswith("dotnet_repl_")]:
        del meta[key]
    if cell["cell_type"] == "code":
        cell["outputs"] = [o for o in cell.get("outputs", [])
                           if "Installing Packages" not in "".join(o.get("data", {}).get("text/html", []))]
nb = walk(nb)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    json.dump(nb, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"wrote {out}")
PY
