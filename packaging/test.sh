#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (no screen needed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --test-dir "$build_dir" --no-tests=error --output-on-failure --parallel "$(nproc)"
