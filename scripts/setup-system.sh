#!/usr/bin/env bash
# Installs the system packages the tests use: Debian's Chromium (browser tests launch it by path;
# browsers cannot be downloaded here) and PostgreSQL (the adapter tests start a throw-away server).
# CJK fonts so screenshots show Chinese text. Needs root (or sudo) on Debian/Ubuntu.
set -euo pipefail

packages=(chromium postgresql fonts-noto-cjk)
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || missing+=(fonts-noto-cjk)

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: chromium, postgresql and CJK fonts are already installed."
  exit 0
fi

sudo=''
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup-system: run as root to install: ${missing[*]}" >&2; exit 1; }
  sudo='sudo'
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: no apt-get here. Install these yourself: ${packages[*]} (or set CHROMIUM_PATH and PG_URL)." >&2
  exit 1
fi
echo "setup-system: installing ${missing[*]} …"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup-system: done."
