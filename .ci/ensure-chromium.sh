#!/usr/bin/env bash
# Installs Debian's chromium when it is missing (the HTML report browser tests need it). Idempotent; run as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
command -v chromium || (apt-get update && apt-get install -y chromium)
chromium --version 2>/dev/null || true
