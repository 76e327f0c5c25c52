#!/bin/bash
# The bench-bulk benchmark: starts a private engine of its own with 100
# running containers and runs bench-bulk, which prints the figures.
# Lading — GPL-3.0-or-later.
#
# Usage: bench-bulk.sh BENCH_BULK [bench-bulk options…]
#   (meson test -C BUILDDIR --suite bench -v passes BENCH_BULK; run as root)
#
# Fails only when something cannot be measured; missed targets are results.
# The engine is not the test engine of tests/run: it lives in its own
# directory and is stopped and removed on exit, by the pids this script
# started.

set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
# shellcheck source-path=SCRIPTDIR
. "$here/bench-lib.sh"

readonly N_CONTAINERS=100 PARALLEL=4

[ $# -ge 1 ] || die "usage: bench-bulk.sh BENCH_BULK [options…]"
bench_bulk=$1
shift
bench_require curl docker
bench_start_engine

# The shell exits at once on SIGTERM, so a stop measures the engine's work,
# not its 10-second grace period.
body='{"Image":"'"$LADING_FIXTURE_IMAGE"'","Cmd":["sh","-c","trap '"'exit 0'"' TERM; while :; do sleep 1; done"],"HostConfig":{"NetworkMode":"none"}}'
seq -f 'lading-bench-bulk-%03g' 1 "$N_CONTAINERS" |
  xargs -P "$PARALLEL" -I{} curl -sSf -o /dev/null --unix-socket "$socket" -X POST \
    -H 'Content-Type: application/json' -d "$body" \
    "http://localhost/v1.41/containers/create?name={}"
seq -f 'lading-bench-bulk-%03g' 1 "$N_CONTAINERS" |
  xargs -P "$PARALLEL" -I{} curl -sSf -o /dev/null --unix-socket "$socket" -X POST \
    "http://localhost/v1.41/containers/{}/start"
note "$N_CONTAINERS containers running"

# meson test sets MALLOC_PERTURB_, which would slow what is measured.
env -u MALLOC_PERTURB_ "$host" "$bench_bulk" --count "$N_CONTAINERS" "$@"
