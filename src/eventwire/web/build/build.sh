#!/usr/bin/env bash
# Rebuild the dashboard's vendored browser libraries from the npm registry (pinned in
# package.json / package-lock.json) into ../static/vendor. Run after changing a version:
#   bash src/eventwire/web/build/build.sh
# The Python package ships only the copied files; nothing is fetched when the server runs.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts
dest=../static/vendor
rm -rf "$dest"
mkdir -p "$dest/leaflet/images" "$dest/swagger-ui" "$dest/topojson" "$dest/world-atlas"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/LICENSE "$dest/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$dest/leaflet/images/"
cp node_modules/topojson-client/dist/topojson-client.min.js node_modules/topojson-client/LICENSE "$dest/topojson/"
# Natural Earth admin-0 country outlines at 1:110m (about 100 KB): the offline basemap.
cp node_modules/world-atlas/countries-110m.json node_modules/world-atlas/LICENSE "$dest/world-atlas/"
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
   node_modules/swagger-ui-dist/LICENSE "$dest/swagger-ui/"
{
  echo "Copied by build/build.sh from the npm registry; versions:"
  for p in leaflet topojson-client world-atlas swagger-ui-dist; do
    node -p "'$p ' + require('./node_modules/$p/package.json').version"
  done
} > "$dest/VERSIONS.txt"
echo "vendored files written to $(cd "$dest" && pwd)"
