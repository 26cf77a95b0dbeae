#!/usr/bin/env bash
# Serves the standalone build (`npm run build` first) as a deploy would: copied out of the checkout
# with its static files, started with plain `node server.js`, with no node_modules but the ones Next
# traced into it, as an unprivileged user when run by root. The `standalone` Playwright project tests
# it (playwright.config.ts).
# Usage: bash e2e/standalone-server.sh PORT
set -euo pipefail
port="${1:?usage: standalone-server.sh PORT}"
root="$(cd "$(dirname "$0")/.." && pwd)"
[ -f "$root/.next/standalone/server.js" ] || { echo "no .next/standalone/server.js: run npm run build first" >&2; exit 1; }
dir="${TMPDIR:-/tmp}/trips-map-standalone-$port"
case "$dir" in "$root"/*) echo "the copy must be outside the checkout" >&2; exit 1 ;; esac
rm -rf "$dir"
mkdir -p "$dir"
cp -a "$root/.next/standalone/." "$dir/"
cp -a "$root/.next/static" "$dir/.next/static"
mkdir -p "$dir/public"
cp -a "$root/public/." "$dir/public/"
cd "$dir"
# A clean environment: nothing of the checkout (NODE_PATH, npm's variables) reaches the server.
serve=(env -i PATH="$PATH" HOME="$dir" NODE_ENV=production SITE_URL="http://127.0.0.1:$port" PORT="$port" HOSTNAME=127.0.0.1 node server.js)
# Run by root, it serves as the Dockerfile does: as an unprivileged user who owns the copy
# (there `node`, here `nobody`).
if [ "$(id -u)" = 0 ]; then
  group="$(id -gn nobody)"
  chown -R "nobody:$group" "$dir"
  exec setpriv --reuid=nobody --regid="$group" --clear-groups "${serve[@]}"
fi
exec "${serve[@]}"
