#!/bin/bash
# The bench-transfer benchmark: a private engine of its own, an image of 20
# layers of 5 MB built on it, and bench-transfer, which pulls it from and
# pushes it to registries on loopback, with Lading and with the docker CLI
# by turns, and prints the figures. Lading — GPL-3.0-or-later.
#
# Usage: bench-transfer.sh BENCH_TRANSFER [bench-transfer options…]
#   (meson test -C BUILDDIR --suite bench -v passes these; run as root)
#
# Fails only when something cannot be measured; missed targets are results.
# The engine and the registries are stopped on exit, by their pids.

set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
# shellcheck source-path=SCRIPTDIR
. "$here/bench-lib.sh"

readonly N_LAYERS=20 LAYER_BYTES=5000000

[ $# -ge 1 ] || die "usage: bench-transfer.sh BENCH_TRANSFER [options…]"
bench_transfer=$1
shift
bench_require docker docker-registry htpasswd
bench_start_engine

# Random bytes do not compress: each layer moves its full 5 MB.
mkdir "$dir/context"
{
  echo "FROM $LADING_FIXTURE_IMAGE"
  for i in $(seq 1 "$N_LAYERS"); do
    head -c "$LAYER_BYTES" /dev/urandom > "$dir/context/layer-$i"
    echo "COPY layer-$i /layer-$i"
  done
} > "$dir/context/Dockerfile"
DOCKER_BUILDKIT=0 docker build -q -t lading-bench-transfer:built "$dir/context" > /dev/null 2>&1 ||
  die "the benchmark image did not build"
note "image of $N_LAYERS layers of $LAYER_BYTES bytes built"

# meson test sets MALLOC_PERTURB_, which would slow what is measured.
env -u MALLOC_PERTURB_ "$host" "$bench_transfer" --image lading-bench-transfer:built \
  --registry-scripts "$engine" --dir "$dir" "$@"
