#!/usr/bin/env bash
# One command on a fresh machine: install dependencies, build both browser builds, and make sure the
# browsers the end-to-end tests drive (Debian chromium and firefox-esr) are present.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npx wxt build
npx wxt build -b firefox

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing ${missing[*]} for the end-to-end tests..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Note: the end-to-end tests need ${missing[*]} (Debian: sudo apt-get install ${missing[*]})."
  fi
fi

cat <<'MSG'

Built:
  Chrome:  .output/chrome-mv3/   -> chrome://extensions, turn on Developer mode, "Load unpacked", pick that folder.
  Firefox: .output/firefox-mv2/  -> about:debugging#/runtime/this-firefox, "Load Temporary Add-on…",
                                    pick .output/firefox-mv2/manifest.json.
Run the full test suite with: npm test
MSG
