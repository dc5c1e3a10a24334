#!/usr/bin/env bash
# Re-records the fixtures in app/engine/fixtures/docker/ from real Docker.
#
#   bash scripts/oracle/record.sh              # every case file in scripts/oracle/cases/
#   bash scripts/oracle/record.sh build cow    # only cases/build.sh and cases/cow.sh
#
# It starts its own private oracle (ORACLE_DIR=/tmp/d-rec, own network namespace, so its
# registry is also 127.0.0.1:5000) and stops it at the end: the shared oracle in /tmp/d that
# other engineers use is never touched, and their containers never show up in `docker ps -a`.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
FIXTURES="$ROOT/app/engine/fixtures/docker"
REC=/tmp/d-rec
SCRATCH=/tmp/oracle-scratch
CONTEXTS=/tmp/oracle-ctx
export DOCKER_HOST="unix://$REC/docker.sock"

stop_private_oracle() {
  local pid f
  if /usr/bin/docker version >/dev/null 2>&1; then
    f=$(/usr/bin/docker ps -aq)
    [ -n "$f" ] && /usr/bin/docker rm -f $f >/dev/null 2>&1
  fi
  for f in "$REC/registry.pid" "$REC/dockerd.pid"; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -f "$f"
  done
  # Unmount whatever the daemon left mounted under its directories, deepest first.
  awk -v r="$REC/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r | xargs -r -n1 umount -l
}

stop_private_oracle
rm -rf "$REC" "$SCRATCH" "$CONTEXTS"
mkdir -p "$SCRATCH" "$CONTEXTS" "$FIXTURES/help"
ORACLE_DIR="$REC" ORACLE_PRIVATE_NET=1 bash "$HERE/start-oracle.sh" >&2 || exit 1
trap 'cd /; stop_private_oracle' EXIT

# shellcheck source=lib.sh
. "$HERE/lib.sh"

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for f in "$HERE"/cases/*.sh; do cases+=("$(basename "$f" .sh)"); done
fi
for c in "${cases[@]}"; do
  echo "== case file $c" >&2
  reset_state
  # shellcheck source=/dev/null
  . "$HERE/cases/$c.sh"
done
cd /
