#!/usr/bin/env bash
# libFuzzer smoke for CI (fuzz/README.md): builds the fuzz targets with clang (ASan + UBSan) in
# build-fuzz (or $1) and runs each for its share of FUZZ_SECONDS (default 60 s in all), seeded
# from fuzz/corpus. Exits non-zero on any crash, leak, timeout, OOM or sanitizer report.
# Corpus growth and crash artifacts stay in the build directory, never in the source tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-fuzz}
total=${FUZZ_SECONDS:-60}
targets=(fuzz_domain_decoders fuzz_platform_request)
start=$SECONDS

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DKEEL_FUZZ=ON -DKEEL_WERROR=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target "${targets[@]}" -j "${FUZZ_JOBS:-2}"
built=$((SECONDS - start))

per=$((total / ${#targets[@]}))
[ "$per" -ge 1 ] || per=1
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
status=0
summary=()
for t in "${targets[@]}"; do
  work="$build/fuzz/$t"
  mkdir -p "$work/corpus" "$work/artifacts"
  log="$work/last-run.log"
  echo "fuzz-smoke: $t for ${per}s"
  # First corpus dir is written to (new inputs), the seed dir in the tree only read.
  rc=0
  "$build/bin/$t" "$work/corpus" "$root/fuzz/corpus/$t" \
    -max_total_time="$per" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" >"$log" 2>&1 || rc=$?
  # A sanitizer report that somehow did not end the run still fails the smoke.
  if grep -qE 'runtime error:|ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|ERROR: libFuzzer' "$log"; then
    [ "$rc" -ne 0 ] || rc=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1 || true)
  line=$(printf '%-24s runs=%-9s exec/s=%-7s %s rss=%sMB' "$t" "${runs:-?}" "${rate:-?}" "${cov:-cov: ?}" "${rss:-?}")
  if [ "$rc" -ne 0 ]; then
    status=1
    line="$line  FAILED (exit $rc), log: $log"
    grep -E 'ERROR:|runtime error:|SUMMARY:|^fuzz_|Test unit written|#[0-9]+ 0x' "$log" | head -30 >&2 || true
    ls "$work/artifacts" >&2 || true
  fi
  summary+=("$line")
done

echo "fuzz-smoke: build ${built}s, total $((SECONDS - start))s, ${per}s per target"
printf '  %s\n' "${summary[@]}"
exit "$status"
