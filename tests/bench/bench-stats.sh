#!/bin/bash
# The bench-stats benchmark: a private engine of its own with 50 running
# containers, an X server, and bench-stats, which prints the figures.
# Lading — GPL-3.0-or-later.
#
# Usage: bench-stats.sh BENCH_STATS SCHEMA_DIR [bench-stats options…]
#   (meson test -C BUILDDIR --suite bench -v passes these; run as root)
#
# Fails only when something cannot be measured; missed targets are results.
# It takes about eight minutes: two runs of three measured minutes.
# The engine, the X server and the private session bus are stopped on exit,
# by the pids this script started.

set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
# shellcheck source-path=SCRIPTDIR
. "$here/bench-lib.sh"

readonly N_CONTAINERS=50 PARALLEL=4

[ $# -ge 2 ] || die "usage: bench-stats.sh BENCH_STATS SCHEMA_DIR [options…]"
bench_stats=$1 schema_dir=$2
shift 2
bench_require dbus-run-session docker Xvfb
bench_start_engine

# Idle shells that wake up every few seconds, like most services do; the TERM
# trap lets the engine stop them at once.
start=$SECONDS
seq -w 1 "$N_CONTAINERS" | xargs -P "$PARALLEL" -I N \
  docker run -d --name lading-bench-stats-N --network none "$LADING_FIXTURE_IMAGE" \
    sh -c 'trap "exit 0" TERM; while :; do sleep 5 & wait $!; done' > /dev/null
note "starting $N_CONTAINERS containers took $((SECONDS - start)) s"

bench_start_xvfb 1920x1080

bench_each_renderer "$schema_dir" "$bench_stats" --engine-dir "$dir" "$@"
