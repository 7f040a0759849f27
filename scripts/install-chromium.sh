#!/usr/bin/env bash
# Install the Chromium that tests/test_site_browser.py drives through Playwright.
#
# Idempotent: does nothing when /usr/bin/chromium already exists. Playwright's own
# `playwright install` downloads a browser build from a CDN, which this project's
# machines cannot reach, so we use the distribution package instead.
#
# As root it installs Debian's chromium package. As any other user it only warns and exits 0,
# so `make test` still runs everything else (the browser tests then skip). Under CI (the CI
# variable set) a missing browser that cannot be installed is a failure: CI must run them.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    echo "chromium already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if [ -n "${CI:-}" ]; then
        echo "error: $CHROMIUM is missing and we are not root, so it cannot be installed;" \
             "CI must run the browser tests: install Debian's chromium package in the image" >&2
        exit 1
    fi
    echo "warning: $CHROMIUM is missing (and we are not root to install it):" \
         "browser tests will be skipped; install Debian's chromium package to run them" \
         "(sudo apt-get install chromium)" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium
if [ ! -x "$CHROMIUM" ]; then
    echo "error: apt-get installed chromium but $CHROMIUM is still missing" >&2
    exit 1
fi
echo "installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
