# shellcheck shell=bash
# What the benchmark scripts share: a private engine of their own and, for
# those that show windows, an X server, both stopped on exit by the pids
# the script started. Sourced, not run. Lading — GPL-3.0-or-later.
#
# After sourcing: bench_require TOOL…; bench_start_engine sets dir (the
# engine's directory), socket and host ("DOCKER_HOST=unix://…") and exports
# DOCKER_HOST; bench_start_xvfb WIDTHxHEIGHT sets display.

bench_here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
engine=$bench_here/../engine
# shellcheck source-path=SCRIPTDIR/../engine
. "$engine/engine-lib.sh"

# shellcheck disable=SC2034 # set here, read by the scripts that source this
{
  dir=
  socket=
  host=
  display=
  xvfb_pid=
}

bench_cleanup ()
{
  if [ -n "$xvfb_pid" ]; then
    kill -TERM "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  if [ -n "$dir" ]; then
    "$engine/stop-engine" "$dir" || true
  fi
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# Root (a private dockerd needs it) and the tools the benchmark runs.
bench_require ()
{
  require_root
  for tool in "$@"; do
    command -v "$tool" > /dev/null || die "$tool is missing; run tests/engine/install-deps"
  done
}

bench_start_engine ()
{
  dir=$(mktemp -d /tmp/lading-bench.XXXXXX)
  host=$("$engine/start-engine" "$dir" | tail -n 1)
  socket=$dir/docker.sock
  [ "$host" = "DOCKER_HOST=unix://$socket" ] || die "start-engine printed $host"
  export "${host?}"
}

# Xvfb picks a free display and writes its number to the fifo once it
# accepts clients, so nothing waits on a guess.
bench_start_xvfb ()
{
  mkfifo "$dir/display"
  Xvfb -displayfd 3 -screen 0 "$1x24" -nolisten tcp -noreset 3> "$dir/display" \
    2> "$dir/xvfb.log" &
  xvfb_pid=$!
  # shellcheck disable=SC2034 # read by the scripts that source this
  read -r display < "$dir/display" || die "Xvfb did not start; see $dir/xvfb.log"
}
