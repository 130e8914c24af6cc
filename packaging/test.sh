#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (no screen needed), then fuzzes the importers for a
# minute each (fuzz.sh; FUZZ_SECONDS=0 leaves that out).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --test-dir "$build_dir" --no-tests=error --output-on-failure --timeout 600 --parallel "$(nproc)"
if [ "${FUZZ_SECONDS:-60}" != 0 ]; then
    "$repo/packaging/fuzz.sh"
fi
