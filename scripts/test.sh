#!/usr/bin/env bash
# Everything `npm test` checks, in order, stopping at the first failure:
# native GoogleTests, the same under ASan+UBSan, each libFuzzer target for a
# few seconds, the dev server's and the counter service's tests, the wasm build and dist/,
# browser end-to-end and accessibility tests in headless Chromium, the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }
started=$SECONDS
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
# Number of tests a runner reported as passed, from its saved output.
passed_in() { grep -oE "$2" "$logs/$1" | grep -oE '[0-9]+' | head -n1; }

step "native: GoogleTest suite"
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native | tee "$logs/native"

step "native-asan: the same suite under AddressSanitizer and UBSan"
cmake --preset native-asan >/dev/null
cmake --build --preset native-asan
ctest --preset native-asan | tee "$logs/asan"

step "fuzz: each target briefly (libFuzzer under ASan and UBSan, scripts/fuzz.sh)"
bash scripts/fuzz.sh 5 | tee "$logs/fuzz"

step "dev server, counter service (a real redis-server, two instances) and build scripts (node --test)"
node --test tests/server/ | tee "$logs/server"

step "wasm: release bundle into dist/"
node scripts/build.mjs

step "demo photos"
bash scripts/make-photos.sh

step "browser: end-to-end and axe-core in headless Chromium"
npx playwright test | tee "$logs/browser"

step "size budget"
node scripts/size-report.mjs

native=$(passed_in native 'out of [0-9]+')
asan=$(passed_in asan 'out of [0-9]+')
fuzz=$(passed_in fuzz '[0-9]+ targets clean')
server=$(passed_in server '^# pass [0-9]+')
browser=$(passed_in browser '[0-9]+ passed')
printf '\nnative %s, native-asan %s, fuzz targets %s, server %s, browser %s; size within budget; %ss\n' \
  "$native" "$asan" "$fuzz" "$server" "$browser" "$((SECONDS - started))"
echo "$((native + asan + fuzz + server + browser)) passed, 0 failed"
