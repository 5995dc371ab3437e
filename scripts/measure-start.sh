#!/usr/bin/env bash
# Measures how long `npm start` takes to show the first page, the way a new user meets it:
# a fresh data directory (initdb, migrations, demo data), then a restart on the same directory.
#
#   scripts/measure-start.sh [runs] [--cold]
#
# --cold also empties tsx's transpile cache and the precompiled server (.cache/server), as on a
# fresh clone. The web app is built beforehand if needed (on a fresh machine `npm ci` builds it).
# Prints, per start: seconds until GET / answers 200, until a demo login succeeds, and the CPU
# seconds the server's process tree used by then (steadier than wall time on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
cold=0
[[ "${2:-}" == --cold ]] && cold=1

# Sums utime+stime (and that of waited-for children) over a process and its descendants, in seconds.
tree_cpu() {
  local pids=("$1") all=() p
  while ((${#pids[@]})); do
    p=${pids[0]}; pids=("${pids[@]:1}"); all+=("$p")
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do pids+=("$c"); done
  done
  local ticks=0
  for p in "${all[@]}"; do
    # Fields 14-17 after the command name (which may hold spaces): utime stime cutime cstime.
    read -r -a f < <(sed 's/^.*) //' /proc/"$p"/stat 2>/dev/null || echo)
    ((${#f[@]} > 15)) && ticks=$((ticks + f[11] + f[12] + f[13] + f[14]))
  done
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

free_port() { node -e 'const s=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})'; }

# One start; prints "page login cpu".
start_once() {
  local dir=$1 tmp=$2 port; port=$(free_port)
  local t0; t0=$(date +%s.%N)
  # Its own process group, so that stopping it reaches the server under npm too.
  TMPDIR=$tmp MESTRING_DATA_DIR=$dir PORT=$port setsid npm start >"$dir.log" 2>&1 &
  local pid=$! page='' login=''
  for _ in $(seq 1 1200); do
    if [[ -z $page ]] && [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true) == 200 ]]; then
      page=$(echo "$(date +%s.%N) - $t0" | bc)
    fi
    if [[ -n $page ]] && [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
      -d '{"username":"medarbejder","password":"mestring-demo"}' "http://127.0.0.1:$port/api/auth/login" || true) == 200 ]]; then
      login=$(echo "$(date +%s.%N) - $t0" | bc)
      break
    fi
    sleep 0.1
  done
  local cpu; cpu=$(tree_cpu "$pid")
  # The whole group (npm does not pass SIGTERM on); the server closes the database cleanly before
  # the restart opens it.
  kill -TERM -- -"$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 -- -"$pid" 2>/dev/null || break; sleep 0.1; done
  wait "$pid" 2>/dev/null || true
  printf '%.1f %.1f %s\n' "${page:-nan}" "${login:-nan}" "$cpu"
}

npx tsx scripts/build-web.ts
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  (cores: $(nproc))"
echo "run  first: page login cpu   restart: page login cpu"
for i in $(seq 1 "$runs"); do
  base=$(mktemp -d /tmp/st-XXXXXX)
  tmp=$base/tmp; mkdir -p "$tmp"
  if ((cold)); then rm -rf .cache/server; else tmp=${TMPDIR:-/tmp}; fi
  first=$(start_once "$base/data" "$tmp")
  second=$(start_once "$base/data" "$tmp")
  echo "$i    first: $first   restart: $second   (load $(cut -d' ' -f1 /proc/loadavg))"
  rm -rf "$base"
done
