# shellcheck shell=bash
# Shared helpers for the private test engine scripts in tests/engine/.
# Sourced, not run. Lading — GPL-3.0-or-later.
#
# An engine directory holds everything one private engine owns:
#   lading-engine        marker: only directories carrying it are ever deleted
#   docker.sock          the engine's API socket (DOCKER_HOST=unix://…/docker.sock)
#   env                  DOCKER_HOST=… for callers to source
#   dockerd.pid/.log     dockerd's pidfile and log
#   containerd.pid/.log  our own containerd, so a system containerd is never shared
#   containerd.toml      its configuration (everything below points into DIR)
#   data/ exec/          dockerd's --data-root and --exec-root
#   containerd/          containerd's root, state, sockets and runc root

# shellcheck disable=SC2034 # used by the scripts that source this file
readonly LADING_FIXTURE_IMAGE=lading-fixture:latest

die ()
{
  echo "${0##*/}: $*" >&2
  exit 1
}

note ()
{
  echo "${0##*/}: $*" >&2
}

require_root ()
{
  [ "$(id -u)" -eq 0 ] || die "must run as root (a private dockerd needs root)"
}

# The directory must be one we created: never delete or reuse anything else.
require_engine_dir ()
{
  [ -f "$1/lading-engine" ] || die "$1 is not a Lading engine directory"
}

# A pid counts as running while its process exists and is not a zombie;
# kill -0 alone succeeds on zombies that PID 1 has not reaped yet.
pid_running ()
{
  local state

  [ -n "$1" ] && [ -r "/proc/$1/stat" ] || return 1
  state=$(sed -e 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

# Guards against pid reuse: the process must name our engine dir on its
# command line (every daemon we start gets a path inside it).
pid_is_ours ()
{
  local pid=$1 dir=$2

  pid_running "$pid" || return 1
  tr '\0' '\n' 2>/dev/null < "/proc/$pid/cmdline" | grep -qF -- "$dir/"
}

# Prints the pid stored in FILE if that process is alive and ours.
running_pid_from ()
{
  local file=$1 dir=$2 pid

  [ -s "$file" ] || return 1
  pid=$(head -n1 "$file")
  pid_is_ours "$pid" "$dir" || return 1
  echo "$pid"
}

# Polls until the command succeeds, for at most SECONDS. Harness code only:
# daemons offer no readiness notification we could wait on instead.
wait_until ()
{
  local seconds=$1 tries
  shift

  tries=$((seconds * 10))
  while [ "$tries" -gt 0 ]; do
    "$@" && return 0
    sleep 0.1
    tries=$((tries - 1))
  done
  return 1
}

pid_gone ()
{
  ! pid_running "$1"
}

# SIGTERM, a bounded wait, then SIGKILL.
stop_pid ()
{
  local pid=$1 name=$2 seconds=${3:-60}

  kill -TERM "$pid" 2>/dev/null || return 0
  wait_until "$seconds" pid_gone "$pid" && return 0
  note "$name (pid $pid) ignored SIGTERM for ${seconds}s; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  wait_until 10 pid_gone "$pid" || die "$name (pid $pid) survived SIGKILL"
}

socket_pings ()
{
  [ -S "$1" ] || return 1
  [ "$(curl -sS --max-time 5 --unix-socket "$1" http://localhost/_ping 2>/dev/null)" = OK ]
}

# engine_api SOCKET METHOD PATH [curl args…]: one call to the engine API;
# fails on HTTP errors, prints the body.
engine_api ()
{
  local socket=$1 method=$2 path=$3
  shift 3

  curl -sSf --unix-socket "$socket" -X "$method" "$@" "http://localhost/v1.41$path"
}

stop_dockerd ()
{
  local dir=$1 pid

  pid=$(running_pid_from "$dir/dockerd.pid" "$dir") || return 0
  note "stopping dockerd (pid $pid)"
  stop_pid "$pid" dockerd
}
