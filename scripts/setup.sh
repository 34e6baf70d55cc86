#!/usr/bin/env bash
# Installs everything GhostGuard needs on Debian 12 with Node 20 (run as root, or with sudo):
# system packages when missing (Chromium for the sandbox, Tesseract with kk/ru/en for
# screenshots, bind9-utils for checking RPZ zones, fonts), then the npm workspaces, then
# the web UI build. Safe to run again: it only installs what is missing.
#   --for-tests   also make sure the local PostgreSQL that the test suite uses is running
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz tesseract-ocr-eng bind9-utils fonts-dejavu-core fonts-noto-core)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then echo "setup: Node.js 20 or newer is required (found $(node -v))" >&2; exit 1; fi

echo "setup: installing npm packages"
npm ci --no-fund --no-audit --loglevel=error

if [ -f packages/web/index.html ]; then
  echo "setup: building the web UI"
  npm run --silent build -w @ghostguard/web >/dev/null
fi

if [ "${1:-}" = "--for-tests" ]; then
  # The PostgreSQL contract tests need the local server (127.0.0.1:5432, trust auth).
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
      echo "setup: starting PostgreSQL"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    fi
  fi
fi
echo "setup: done"
