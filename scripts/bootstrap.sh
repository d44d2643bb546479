#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks for building, testing and
# serving portal-widgets, and does nothing when all of it is present.
#   Debian packages: toolchain (emscripten, binaryen's wasm-opt, cmake, g++),
#   libraries for the native build (nlohmann-json, GoogleTest), clang-14 with
#   its libFuzzer and sanitizer runtimes and llvm-14's symbolizer for the fuzz
#   targets, Chromium for browser tests, ImageMagick and a font for the demo
#   photos, redis-server for the counter service's shared store and its tests.
#   npm packages: `npm ci` from the committed lockfile, only when it changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake g++ make
  emscripten binaryen
  nlohmann-json3-dev libgtest-dev
  clang-14 libclang-rt-14-dev llvm-14
  chromium fonts-dejavu-core
  imagemagick
  redis-server
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when the lockfile differs from the one node_modules was made from.
lock_stamp=node_modules/.portal-widgets-lock
if [[ ! -f "$lock_stamp" ]] || ! cmp -s package-lock.json "$lock_stamp"; then
  echo "bootstrap: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$lock_stamp"
fi
