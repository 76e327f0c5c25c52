#!/bin/bash
# The bench-list benchmark: fills a private engine of its own with 1,000
# containers and 200 images, starts an X server, and runs bench-list, which
# prints the figures. Lading — GPL-3.0-or-later.
#
# Usage: bench-list.sh BENCH_LIST LADING EMPTY_WINDOW SCHEMA_DIR
#   (meson test -C BUILDDIR --suite bench -v passes these; run as root)
#
# Fails only when something cannot be measured; missed targets are results.
# The engine is not the test engine of tests/run: it lives in its own
# directory and is stopped and removed on exit, as is the X server, both by
# the pids this script started.

set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
# shellcheck source-path=SCRIPTDIR
. "$here/bench-lib.sh"

readonly N_IMAGES=200 N_CONTAINERS=1000 N_RUNNING=50

[ $# -eq 4 ] || die "usage: bench-list.sh BENCH_LIST LADING EMPTY_WINDOW SCHEMA_DIR"
bench_list=$1 lading=$2 empty_window=$3 schema_dir=$4
bench_require curl dbus-run-session docker Xvfb

# Prints the seconds since the previous call, for the population log.
step_start=$SECONDS
took ()
{
  note "$1 took $((SECONDS - step_start)) s"
  step_start=$SECONDS
}

bench_start_engine
took "starting the engine"

bench_populate "$N_IMAGES" "$N_CONTAINERS" "$N_RUNNING" compose
took "populating the engine"

bench_start_xvfb 1280x1024
took "starting Xvfb on :$display"

# Lading is a unique application on the session bus: on the user's bus a
# running Lading would take the launches over. A private bus keeps it out,
# and keeps bus auto-launching out of the start-up times.
# meson test sets MALLOC_PERTURB_, which makes malloc fill every block: that
# would slow and inflate what is measured.
env -u WAYLAND_DISPLAY -u MALLOC_PERTURB_ DISPLAY=":$display" GDK_BACKEND=x11 "$host" \
  dbus-run-session -- \
  "$bench_list" --app "$lading" --empty-window "$empty_window" --schema-dir "$schema_dir"
