#!/bin/bash
# The bench-create benchmark: a private engine of its own and bench-create,
# which creates and starts containers with `docker run -d` and with the run
# dialog's path by turns, and prints the figures. Lading — GPL-3.0-or-later.
#
# Usage: bench-create.sh BENCH_CREATE [bench-create options…]
#   (meson test -C BUILDDIR --suite bench -v passes these; run as root)
#
# One `docker run -d` is traced first (strace) to count the engine requests
# the CLI makes: the lines it writes that start an HTTP request.
# Fails only when something cannot be measured; missed targets are results.
# The engine is stopped on exit, by its pid.

set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
# shellcheck source-path=SCRIPTDIR
. "$here/bench-lib.sh"

[ $# -ge 1 ] || die "usage: bench-create.sh BENCH_CREATE [options…]"
bench_create=$1
shift
bench_require docker strace
bench_start_engine

trace=$dir/docker-run.trace
strace -f -qq -s 64 -e trace=write,sendto,sendmsg -o "$trace" \
  docker run -d --network none --name lading-bench-traced "$LADING_FIXTURE_IMAGE" \
  sh -c 'sleep 600' > /dev/null
cli_requests=$(grep -cE '"(GET|HEAD|POST|PUT|DELETE) /' "$trace" || true)
docker rm -f lading-bench-traced > /dev/null
note "one docker run -d made $cli_requests engine requests"

# meson test sets MALLOC_PERTURB_, which would slow what is measured.
env -u MALLOC_PERTURB_ "$host" "$bench_create" --cli-requests "$cli_requests" "$@"
