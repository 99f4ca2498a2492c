#!/usr/bin/env bash
# The test command: fetches what the tests need, then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -d ../shared/data ]]; then
  echo "tests read the dev corpora from ../shared/data beside this checkout; it is missing" >&2
  exit 1
fi
./scripts/fetch-gazetteer.sh
./scripts/fetch-web-assets.sh
./scripts/install-test-tools.sh
mvn -B -ntp verify
