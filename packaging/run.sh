#!/usr/bin/env bash
# Installs what is missing, builds, and starts Löfteskollen on the default file (made from the Salem template the
# first time). Any arguments go to the program, for example: ./packaging/run.sh --db other.sqlite --lang en
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
build
exec "$build_dir/bin/lofteskollen" "$@"
