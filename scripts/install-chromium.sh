#!/usr/bin/env bash
# Install the Chromium that tests/test_site_browser.py drives through Playwright.
#
# Idempotent: does nothing when /usr/bin/chromium already exists. Playwright's own
# `playwright install` downloads a browser build from a CDN, which this project's
# machines cannot reach, so we use the distribution package instead.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing and we are not root: install the 'chromium' package by hand" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium
echo "installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
