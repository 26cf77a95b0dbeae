#!/usr/bin/env bash
# Makes sure the end-to-end tests have a Chromium, in this order:
# CHROMIUM_PATH if set; Playwright's own browser where installed; else Debian's
# chromium (installed with apt-get where missing; Playwright's download is not
# used because browser downloads are blocked on some networks). CJK fonts are
# installed with it so Hangul renders in screenshots. GDAL's ogrinfo (Debian's gdal-bin), which
# e2e/serving.spec.ts uses to read the data files by URL, is installed first where missing.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v ogrinfo >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "No ogrinfo and no apt-get: install GDAL (gdal-bin) for e2e/serving.spec.ts." >&2
    exit 1
  fi
  echo "e2e tools: installing Debian's gdal-bin (ogrinfo)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends gdal-bin >/dev/null
fi
echo "e2e tools: $(ogrinfo --version)"

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  echo "e2e browser: $CHROMIUM_PATH (CHROMIUM_PATH)"; exit 0
fi
if node -e "const {chromium}=require('@playwright/test');process.exit(require('fs').existsSync(chromium.executablePath())?0:1)" 2>/dev/null; then
  echo "e2e browser: Playwright's Chromium"; exit 0
fi
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  echo "e2e browser: /usr/bin/chromium"; exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and no apt-get: install Chromium and set CHROMIUM_PATH, or run 'npx playwright install chromium'." >&2
  exit 1
fi
echo "e2e browser: installing Debian's chromium and fonts-noto-cjk"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
echo "e2e browser: /usr/bin/chromium ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
