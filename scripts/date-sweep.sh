#!/usr/bin/env bash
# Runs the tests at other dates and hours: for each instant, the whole process tree runs under
# libfaketime (offset mode, so the test, keel and keel-platform share one shifted wall clock) and
# the tests' pinned clock starts at the same instant (KEEL_TEST_NOW). A test that still reads the
# real date, or asserts something that holds only on some days, fails here.
# Usage: scripts/date-sweep.sh [--dates "ISO ISO …"] [ctest args, e.g. -L dates]
#   BUILD_DIR (default build) must hold a built tree. Prints one line per date and a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
DATES="2026-01-31T23:30:00Z 2026-02-28T12:00:00Z 2026-03-29T01:30:00Z 2026-06-30T18:45:00Z 2026-12-31T23:59:00Z 2027-01-01T00:05:00Z 2028-02-29T00:05:00Z 2028-03-01T09:00:00Z"
if [[ "${1:-}" == "--dates" ]]; then
  DATES="$2"
  shift 2
fi
LIBFAKETIME="$(find /usr/lib -name libfaketime.so.1 -path '*faketime*' 2>/dev/null | head -n1)"
if [[ -z "$LIBFAKETIME" ]]; then
  echo "date-sweep: libfaketime not found (Debian package faketime)" >&2
  exit 2
fi
LOGDIR="$BUILD_DIR/date-sweep"
mkdir -p "$LOGDIR"
failed=0
for when in $DATES; do
  offset=$(( $(date -u -d "$when" +%s) - $(date -u +%s) ))
  log="$LOGDIR/${when//:/}.log"
  if LD_PRELOAD="$LIBFAKETIME" FAKETIME="$(printf '%+ds' "$offset")" FAKETIME_DONT_FAKE_MONOTONIC=1 \
       FAKETIME_DONT_RESET=1 KEEL_TEST_NOW="$when" bash scripts/run-ctest.sh "$BUILD_DIR" "$@" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
    failed=$((failed + 1))
  fi
  # Reworded from ctest's "N% tests passed, M tests failed out of K" so that a reader of the whole
  # CI log (which looks for ctest's summary line) still finds the full suite's line, not this one.
  summary="$(grep -E 'tests passed' "$log" | tail -n1 | sed -E 's/^[0-9]+% tests passed, ([0-9]+) tests? failed out of ([0-9]+)/\1 of \2 failed/')"
  printf '%-22s %-7s %s (faked clock after the run %s)\n' "$when" "$status" "${summary:-no ctest summary}" \
    "$(LD_PRELOAD="$LIBFAKETIME" FAKETIME="$(printf '%+ds' "$offset")" date -u +%FT%TZ)"
  if [[ "$status" != ok ]]; then # what failed and where, for a CI log that cannot open $log
    grep -E '^\s+[0-9]+ - ' "$log" | sed 's/^/    /' || true
    grep -E 'FAIL!|^\s+Loc: ' "$log" | head -n 40 | sed 's/^/    /' || true
  fi
done
echo "date-sweep: $(wc -w <<<"$DATES") dates, $failed with failures; logs in $LOGDIR"
[[ "$failed" -eq 0 ]]
