#!/usr/bin/env bash
# Installs the real clients the tests use, by Debian package name: GDAL's ogrinfo (gdal-bin)
# reads the GeoJSON export; Chromium and its ChromeDriver (chromium, chromium-driver) run the
# web app's browser tests; wrk loads the server (scripts/load-test.sh).
# Skips what is already there; needs root or sudo for apt-get.
set -euo pipefail

missing=()
command -v ogrinfo >/dev/null || missing+=(gdal-bin)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
command -v wrk >/dev/null || missing+=(wrk)
((${#missing[@]} == 0)) && exit 0

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
echo "installing ${missing[*]} (Debian packages, for the export and browser tests)" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
  || { $sudo apt-get update -q >/dev/null && \
       $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
