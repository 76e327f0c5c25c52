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

readonly N_IMAGES=200 N_CONTAINERS=1000 N_RUNNING=50 PARALLEL=4

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

# Images: one tiny layer imported $N_IMAGES times, each with its own label,
# so each is a distinct image (its own config and id). Importing is about
# three times faster than building FROM the fixture, and needs no registry.
mkdir "$dir/image"
echo lading-bench > "$dir/image/bench"
tar -C "$dir/image" -cf "$dir/image.tar" bench
query='fromSrc=-&repo=lading-bench&tag={}&changes=LABEL%20lading.bench%3D{}'
seq 0 $((N_IMAGES - 1)) |
  xargs -P "$PARALLEL" -I{} curl -sSf -o /dev/null --unix-socket "$socket" -X POST \
    -H 'Content-Type: application/x-tar' --data-binary "@$dir/image.tar" \
    "http://localhost/v1.41/images/create?$query"
took "importing $N_IMAGES images"

# Containers: the first $N_RUNNING run the fixture (they are started below);
# the others are only created, spread over the imported images. All carry
# Compose labels, as many real containers do. xargs gets name and body as
# two arguments per container.
labels='"com.docker.compose.project":"bench-%02d","com.docker.compose.service":"service-%04d"'
body='{"Image":"%s","Cmd":["sleep","3600"],"Labels":{'"$labels"'},"HostConfig":{"NetworkMode":"none"}}'
# shellcheck disable=SC2016 # the sh that xargs runs expands them
for i in $(seq 1 "$N_CONTAINERS"); do
  image=$LADING_FIXTURE_IMAGE
  [ "$i" -le "$N_RUNNING" ] || image=lading-bench:$((i % N_IMAGES))
  # shellcheck disable=SC2059 # the format is ours
  printf "lading-bench-%04d\n$body\n" "$i" "$image" $((i % 20)) "$i"
done |
  xargs -d '\n' -n 2 -P "$PARALLEL" sh -c \
    'curl -sSf -o /dev/null --unix-socket "$0" -X POST -H "Content-Type: application/json" \
       -d "$2" "http://localhost/v1.41/containers/create?name=$1"' "$socket"
took "creating $N_CONTAINERS containers"

seq -f 'lading-bench-%04g' 1 "$N_RUNNING" |
  xargs -P "$PARALLEL" -I{} curl -sSf -o /dev/null --unix-socket "$socket" -X POST \
    "http://localhost/v1.41/containers/{}/start"
took "starting $N_RUNNING containers"

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
