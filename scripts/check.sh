#!/usr/bin/env bash
# Static checks: formatting, lint and types. CI runs this same script.
set -euo pipefail
cd "$(dirname "$0")/.."
ruff format --check valkg tests benchmarks scripts
ruff check valkg tests benchmarks scripts
mypy valkg
