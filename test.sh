#!/usr/bin/env bash
# Runs the whole test suite headless (offscreen Qt), including ruff and the import contracts.
# Creates .venv with the dev extra the first time. Arguments go to pytest: ./test.sh -k vault
set -euo pipefail
cd "$(dirname "$0")"
source scripts/bootstrap.sh
ensure_venv "dev"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
