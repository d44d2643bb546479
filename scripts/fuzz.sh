#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang-14, ASan, UBSan) and
# runs each for a while over a scratch copy of its seed corpus, one process at
# a time. The committed corpora in tests/fuzz/corpus/ are never written.
#
#   scripts/fuzz.sh [seconds-per-target] [target…]    (default 60 s, every target)
#   FUZZ_RUNS=10000000 scripts/fuzz.sh 3600 json_reader   also stop after N executions
#
# Per target it prints executions, executions per second, coverage and
# findings (crashes, leaks, timeouts, out-of-memory, UB and broken
# invariants, which all abort); build/fuzz/summary.json has the same figures.
# Exits non-zero on any finding, after printing the input that caused it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
if [[ ! $seconds =~ ^[0-9]+$ || $seconds -eq 0 ]]; then
  echo "usage: scripts/fuzz.sh [seconds-per-target] [target…]" >&2
  exit 2
fi
if (($#)); then
  targets=("$@")
else
  targets=()
  for source in tests/fuzz/*_fuzz.cpp; do
    name=$(basename "$source" .cpp)
    targets+=("${name%_fuzz}")
  done
fi
for target in "${targets[@]}"; do
  if [[ ! -f tests/fuzz/${target}_fuzz.cpp ]]; then
    echo "fuzz: no target '$target' (tests/fuzz/${target}_fuzz.cpp)" >&2
    exit 2
  fi
done

# The longest input worth trying, and a dictionary of the tokens the target's
# parser turns on: texts are short, event streams a few hundred events.
max_len_of() {
  case $1 in
    json_reader | counter_response) echo 4096 ;;
    *_options) echo 2048 ;;
    stored_font_scale) echo 32 ;;
    inline_font_size | retry_after) echo 128 ;;
    *) echo 1024 ;;
  esac
}
dict_of() {
  case $1 in
    json_reader | counter_response | *_options) echo tests/fuzz/json.dict ;;
    retry_after) echo tests/fuzz/http_date.dict ;;
    srcset | gallery_item) echo tests/fuzz/srcset.dict ;;
  esac
}

echo "fuzz: building the fuzz preset (clang-14, ASan, UBSan)"
cmake --preset fuzz >/dev/null
build_targets=()
for target in "${targets[@]}"; do build_targets+=(--target "${target}_fuzz"); done
if ! cmake --build --preset fuzz "${build_targets[@]}" >build/fuzz/build.log 2>&1; then
  cat build/fuzz/build.log
  echo "fuzz: the build failed" >&2
  exit 1
fi

# Sanitizer reports with file and line, whether or not Debian's unversioned
# llvm-symbolizer link is installed.
if [[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi

runs=build/fuzz/runs
summary=build/fuzz/summary.json
rm -rf "$runs"
mkdir -p "$runs"
clean=0
failed=0
entries=()
stat() { grep -oE "stat::$1: *[0-9]+" "$2" | grep -oE '[0-9]+$' | tail -n1; }

for target in "${targets[@]}"; do
  dir=$runs/$target
  mkdir -p "$dir/corpus" "$dir/artifacts"
  cp tests/fuzz/corpus/"$target"/* "$dir/corpus/" 2>/dev/null || true
  args=(-max_total_time="$seconds" -max_len="$(max_len_of "$target")" -timeout=10
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/artifacts/")
  dict=$(dict_of "$target")
  [[ -n $dict ]] && args+=(-dict="$dict")
  [[ -n ${FUZZ_RUNS:-} ]] && args+=(-runs="$FUZZ_RUNS")

  started=$SECONDS
  status=0
  "build/fuzz/${target}_fuzz" "${args[@]}" "$dir/corpus" >"$dir/log" 2>&1 || status=$?
  wall=$((SECONDS - started))

  executions=$(stat number_of_executed_units "$dir/log")
  rate=$(stat average_exec_per_sec "$dir/log")
  last=$(grep -E '^#[0-9]+.* cov: ' "$dir/log" | tail -n1 || true)
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo 0)
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo 0)
  corpus=$(find "$dir/corpus" -type f | wc -l)
  artifacts=()
  while IFS= read -r file; do artifacts+=("$file"); done \
    < <(find "$dir/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  findings=${#artifacts[@]}
  ((status != 0 && findings == 0)) && findings=1  # it died without saving an input

  printf '%-22s %10s execs %8s/s  cov %5s  ft %6s  corpus %5s  %4ss  findings %s\n' \
    "$target" "${executions:-0}" "${rate:-0}" "$cov" "$ft" "$corpus" "$wall" "$findings"
  if ((findings)); then
    failed=$((failed + 1))
    grep -m3 -E 'INVARIANT BROKEN|ERROR: |runtime error|SUMMARY' "$dir/log" | sed 's/^/    /' || true
    for file in "${artifacts[@]}"; do
      echo "    input: $file"
      echo "    again: build/fuzz/${target}_fuzz $file"
    done
    echo "    log:   $dir/log"
  else
    clean=$((clean + 1))
  fi
  list=""
  for file in "${artifacts[@]}"; do list+="${list:+, }\"$file\""; done
  entries+=("$(printf '{"target": "%s", "seconds": %s, "executions": %s, "execs_per_second": %s, "cov": %s, "ft": %s, "corpus": %s, "findings": %s, "inputs": [%s]}' \
    "$target" "$wall" "${executions:-0}" "${rate:-0}" "$cov" "$ft" "$corpus" "$findings" "$list")")
done

{
  printf '{"seconds_per_target": %s, "runs_limit": %s, "targets": [\n' "$seconds" "${FUZZ_RUNS:-null}"
  for i in "${!entries[@]}"; do
    printf '  %s%s\n' "${entries[$i]}" "$([[ $i -lt $((${#entries[@]} - 1)) ]] && echo ,)"
  done
  printf ']}\n'
} >"$summary"

echo "fuzz: $clean targets clean, $failed with findings (summary in $summary)"
((failed == 0))
