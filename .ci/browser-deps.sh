#!/usr/bin/env bash
# Debian's chromium (/usr/bin/chromium) for the browser tests: tests/test_web_browser.py drive it through
# Playwright, and skip (saying to run this script) when it is missing; .ci/run calls this before `make test`.
# Idempotent: nothing to do when it is already installed. Never `playwright install` (no browser downloads).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
apt-get update && apt-get install -y chromium
