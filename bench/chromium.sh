#!/usr/bin/env bash
# Starts Chromium ($CHROMIUM_PATH, else Debian's) with all the --disable-features lists it is
# given merged into one. Chromium keeps only the last such switch, and Playwright and
# chrome-launcher each pass a list of their own before the bench's (lib.mjs FLAGS), which
# would otherwise switch theirs back on.
set -euo pipefail
features=()
args=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) features+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if ((${#features[@]})); then
  args+=("--disable-features=$(IFS=,; echo "${features[*]}")")
fi
exec "${CHROMIUM_PATH:-/usr/bin/chromium}" "${args[@]}"
