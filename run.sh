#!/usr/bin/env bash
# Starts EHR Desktop, creating .venv and installing the project the first time.
# Arguments are passed on: ./run.sh verify MyCompany.ehrvault
set -euo pipefail
cd "$(dirname "$0")"
source scripts/bootstrap.sh
ensure_venv ""
exec .venv/bin/ehr-desktop "$@"
