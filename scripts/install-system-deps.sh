#!/usr/bin/env bash
# Debian packages the test suite uses: Chromium (browser tests), PostgreSQL + PostGIS (server
# backend), a Java runtime (PySpark). Installs only what is missing; without root or apt-get it
# says so and the tests that need them skip with a message naming the missing package.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then need+=(postgresql); fi
if ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then need+=(postgis); fi
if [ ${#need[@]} -eq 0 ]; then echo "system packages: all present"; exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system packages missing (${need[*]}): not root or no apt-get; tests needing them will skip"
  exit 0
fi
# postgis pulls the matching postgresql-N-postgis-3 package for the installed server version.
if printf '%s\n' "${need[@]}" | grep -qx postgis; then
  need=("${need[@]/postgis/}")
  ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
  need+=(postgis "postgresql-${ver:-15}-postgis-3")
fi
echo "installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || echo "apt-get update failed; trying the cached lists"
apt-get install -y -qq --no-install-recommends ${need[*]} >/dev/null 2>&1 \
  || echo "could not install some of: ${need[*]}; tests needing them will skip"
exit 0
