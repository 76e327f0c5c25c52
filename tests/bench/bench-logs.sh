#!/bin/bash
# The bench-logs benchmark: a private engine of its own with a container
# whose log has 1,000,000 lines (about 100 MB) and one with 1,000, an X
# server, and bench-logs, which prints the figures. Lading — GPL-3.0-or-later.
#
# Usage: bench-logs.sh BENCH_LOGS SCHEMA_DIR [bench-logs options…]
#   (meson test -C BUILDDIR --suite bench -v passes these; run as root)
#
# Fails only when something cannot be measured; missed targets are results.
# The engine, the X server and the private session bus are stopped on exit,
# by the pids this script started.

set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
# shellcheck source-path=SCRIPTDIR
. "$here/bench-lib.sh"

readonly BIG_LINES=1000000 SMALL_LINES=1000

[ $# -ge 2 ] || die "usage: bench-logs.sh BENCH_LOGS SCHEMA_DIR [options…]"
bench_logs=$1 schema_dir=$2
shift 2
bench_require dbus-run-session docker Xvfb
bench_start_engine

# Lines of 104 bytes: "line 0000042 " and 90 digits. awk writes them in
# large blocks; the engine stores one log entry per line all the same.
# shellcheck disable=SC2016 # awk's program
program='BEGIN { pad = sprintf("%090d", 0); for (i = 0; i < n; i++) printf "line %07d %s\n", i, pad }'
start=$SECONDS
for size in big:$BIG_LINES small:$SMALL_LINES; do
  docker run -d --name "lading-bench-logs-${size%%:*}" --network none "$LADING_FIXTURE_IMAGE" \
    awk -v n="${size#*:}" "$program" > /dev/null
done
for name in lading-bench-logs-big lading-bench-logs-small; do
  [ "$(docker wait "$name")" = 0 ] || die "$name failed"
done
note "logs written in $((SECONDS - start)) s"

bench_start_xvfb 1280x1024

# MALLOC_PERTURB_ (set by meson test) would fill every block malloc hands
# out, slowing and inflating what is measured.
env -u WAYLAND_DISPLAY -u MALLOC_PERTURB_ DISPLAY=":$display" GDK_BACKEND=x11 \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$schema_dir" NO_AT_BRIDGE=1 \
  dbus-run-session -- \
  "$bench_logs" --big lading-bench-logs-big --big-lines "$BIG_LINES" \
  --small lading-bench-logs-small --small-lines "$SMALL_LINES" --dir "$dir" "$@"
