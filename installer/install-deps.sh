#!/usr/bin/env bash
# Installs the Debian 12 packages CCR builds, runs and tests with. Idempotent;
# needs root (or sudo). Every package comes from Debian's own archive.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4 and friends (ARCHITECTURE.md lists them)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-charts-dev qt6-networkauth-dev qt6-svg-dev libgl-dev
  qcoro-qt6-dev qtkeychain-qt6-dev
  # crypto and mail
  libsodium-dev libssl-dev libcurl4-openssl-dev
  # test services and headless GUI
  python3 python3-aiosmtpd postgresql xvfb xauth fonts-dejavu-core fonts-lohit-taml fonts-lohit-deva
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
