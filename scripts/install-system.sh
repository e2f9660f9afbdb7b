#!/usr/bin/env bash
# Install the Debian packages govgraph needs, only those that are missing.
#
#   chromium, chromium-driver  headless browser for the view tests and bench/view_layout.py
#   raptor2-utils              rapper, an independent RDF parser for checking our Turtle
#   default-jre-headless       only when no `java` is on PATH
#
# Idempotent: prints one line per package it installs and nothing else; runs
# `apt-get update` once, and only when something must be installed.
# Exit codes: 0 all present (or installed), 1 something is missing and cannot be
# installed here (not root, or no apt-get), 2 apt-get failed.
set -euo pipefail

packages=(chromium chromium-driver raptor2-utils)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for pkg in "${packages[@]}"; do
    installed "$pkg" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system.sh: missing ${missing[*]}; run this script as root on Debian (apt-get)" >&2
    exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update >"$log" 2>&1 || ! apt-get install -y "${missing[@]}" >>"$log" 2>&1; then
    cat "$log" >&2
    echo "install-system.sh: apt-get failed to install ${missing[*]}" >&2
    exit 2
fi
for pkg in "${missing[@]}"; do
    if installed "$pkg"; then
        echo "installed $pkg"
    else
        echo "install-system.sh: $pkg is still not installed" >&2
        exit 2
    fi
done
