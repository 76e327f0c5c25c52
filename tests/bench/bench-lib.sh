# shellcheck shell=bash
# What the benchmark scripts share: a private engine of their own and, for
# those that show windows, an X server, both stopped on exit by the pids
# the script started. Sourced, not run. Lading — GPL-3.0-or-later.
#
# After sourcing: bench_require TOOL…; bench_start_engine sets dir (the
# engine's directory), socket and host ("DOCKER_HOST=unix://…") and exports
# DOCKER_HOST; bench_populate fills that engine; bench_start_xvfb
# WIDTHxHEIGHT sets display; bench_each_renderer runs a program under it.

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

# bench_populate N_IMAGES N_CONTAINERS N_RUNNING [compose]
#
# Images: one tiny layer imported N_IMAGES times, each with its own label,
# so each is a distinct image (its own config and id). Importing is about
# three times faster than building FROM the fixture, and needs no registry.
# Containers lading-bench-0001…: the first N_RUNNING run the fixture and are
# started; the others are only created, spread over the imported images.
# With "compose" they carry Compose labels (20 projects), as many real
# containers do.
bench_populate ()
{
  local n_images=$1 n_containers=$2 n_running=$3 compose=${4:-}
  local parallel=4 labels='' body query image i

  mkdir "$dir/image"
  echo lading-bench > "$dir/image/bench"
  tar -C "$dir/image" -cf "$dir/image.tar" bench
  query='fromSrc=-&repo=lading-bench&tag={}&changes=LABEL%20lading.bench%3D{}'
  seq 0 $((n_images - 1)) |
    xargs -P "$parallel" -I{} curl -sSf -o /dev/null --unix-socket "$socket" -X POST \
      -H 'Content-Type: application/x-tar' --data-binary "@$dir/image.tar" \
      "http://localhost/v1.41/images/create?$query"

  # xargs gets name and body as two arguments per container; printf leaves
  # out the project and service numbers when there are no labels.
  [ -z "$compose" ] ||
    labels='"com.docker.compose.project":"bench-%02d","com.docker.compose.service":"service-%04d"'
  body='{"Image":"%s","Cmd":["sleep","3600"],"Labels":{'"$labels"'},"HostConfig":{"NetworkMode":"none"}}'
  # shellcheck disable=SC2016 # the sh that xargs runs expands them
  for i in $(seq 1 "$n_containers"); do
    image=$LADING_FIXTURE_IMAGE
    [ "$i" -le "$n_running" ] || image=lading-bench:$((i % n_images))
    if [ -n "$compose" ]; then
      # shellcheck disable=SC2059 # the format is ours
      printf "lading-bench-%04d\n$body\n" "$i" "$image" $((i % 20)) "$i"
    else
      # shellcheck disable=SC2059 # the format is ours
      printf "lading-bench-%04d\n$body\n" "$i" "$image"
    fi
  done |
    xargs -d '\n' -n 2 -P "$parallel" sh -c \
      'curl -sSf -o /dev/null --unix-socket "$0" -X POST -H "Content-Type: application/json" \
         -d "$2" "http://localhost/v1.41/containers/create?name=$1"' "$socket"

  seq -f 'lading-bench-%04g' 1 "$n_running" |
    xargs -P "$parallel" -I{} curl -sSf -o /dev/null --unix-socket "$socket" -X POST \
      "http://localhost/v1.41/containers/{}/start"
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

# bench_each_renderer SCHEMA_DIR PROGRAM [ARGS…]
#
# Runs PROGRAM on the X server and engine, on a private session bus (a
# running Lading would take a launch over), once with GTK's default renderer
# (GL, which Xvfb can only do in software, on the CPU) and once with cairo.
# MALLOC_PERTURB_ (set by meson test) would fill every block malloc hands
# out, slowing what is measured.
bench_each_renderer ()
{
  local schema_dir=$1 renderer
  local renderer_env=()
  shift

  for renderer in default cairo; do
    note "GTK renderer: $renderer"
    renderer_env=(-u GSK_RENDERER)
    [ "$renderer" = default ] || renderer_env=(GSK_RENDERER="$renderer")
    env -u WAYLAND_DISPLAY -u MALLOC_PERTURB_ "${renderer_env[@]}" DISPLAY=":$display" \
      GDK_BACKEND=x11 GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$schema_dir" \
      NO_AT_BRIDGE=1 LADING_TEST_DOCKER_HOST="$DOCKER_HOST" \
      dbus-run-session -- "$@"
  done
}
