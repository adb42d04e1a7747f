#!/usr/bin/env bash
# Soak (tests/soak/keel_soak.cpp): reviewer decisions are never lost and never applied twice.
#   crash: one console works the queue of a real keel-platform whose review paths fail at
#          FAULT_RATE (503, dropped and malformed answers after the platform applied the
#          request, hangs past the client's timeout); it is killed with SIGKILL every 1-5 s and
#          restarted on the same files until DECISIONS decisions were reported saved; faults
#          off, a last run drains the outbox; then the platform's feedback export, the outbox and
#          the "saved" lines are compared.
#   race:  two consoles on one queue at once (two reviewers, and one reviewer on two consoles),
#          with and without faults, RACE_DECISIONS decisions each time.
# Prints the figures and exits non-zero on any loss or duplicate. Takes about 35 minutes at the
# defaults on two cores (the fault delays, not the CPU, set the pace).
#
# Usage: scripts/soak.sh [crash|race|all] [extra keel_soak options]
# Environment: DECISIONS (10000), RACE_DECISIONS (2000), FAULT_RATE (0.2), SEED (1),
# BUILD_DIR (build), SOAK_WORK (a folder to keep the run in; default a temporary one, kept on failure).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
mode=${1:-all}
if [ $# -gt 0 ]; then shift; fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEEL_WERROR=ON >/dev/null
fi
cmake --build "$build" --target keel_soak keel-platform
args=("$mode" --decisions "${DECISIONS:-10000}" --race-decisions "${RACE_DECISIONS:-2000}"
      --fault-rate "${FAULT_RATE:-0.2}" --seed "${SEED:-1}")
[ -n "${SOAK_WORK:-}" ] && args+=(--work "$SOAK_WORK")
exec "$build/bin/keel_soak" "${args[@]}" "$@"
