#!/bin/bash
# The bench-events benchmark: a private engine of its own with 1,000
# containers (50 running), an X server, and bench-events, which starts
# Lading, sends it engine events and prints the figures.
# Lading — GPL-3.0-or-later.
#
# Usage: bench-events.sh BENCH_EVENTS LADING SCHEMA_DIR [bench-events options…]
#   (meson test -C BUILDDIR --suite bench -v passes these; run as root)
#
# Fails only when something cannot be measured; missed targets are results.
# It takes about six minutes: populating the engine, then two runs (GTK's
# default renderer and cairo) of a warm-up and two measured minutes. The
# engine, the X server and the private session bus are stopped on exit, by
# the pids this script started.

set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
# shellcheck source-path=SCRIPTDIR
. "$here/bench-lib.sh"

readonly N_IMAGES=200 N_CONTAINERS=1000 N_RUNNING=50

[ $# -ge 3 ] || die "usage: bench-events.sh BENCH_EVENTS LADING SCHEMA_DIR [options…]"
bench_events=$1 lading=$2 schema_dir=$3
shift 3
bench_require curl dbus-run-session Xvfb
bench_start_engine

# No Compose labels: each container is a row of its own, so the renamed
# ones stay at the top of the list.
start=$SECONDS
bench_populate "$N_IMAGES" "$N_CONTAINERS" "$N_RUNNING"
note "populating the engine took $((SECONDS - start)) s"

bench_start_xvfb 1280x1024

bench_each_renderer "$schema_dir" "$bench_events" --app "$lading" "$@"
