# shellcheck shell=bash
# Helpers that record one fixture file. Sourced by record.sh; see README.md for the format.
#
#   fx NAME 'what this case shows' ['more description' ...]   start app/engine/fixtures/docker/NAME.txt
#   note 'text'            a '# text' line in the header
#   ctx DIR                fresh build-context directory; the commands that follow run in it
#   put FILE <<'X' ... X   write FILE (in the context) and show it verbatim in the header
#   setup 'CMD'            run CMD; listed in the header, its output is not recorded
#   run 'CMD'              run CMD; listed in the header, output + exit code recorded in the body
#   run_timed 'CMD'        the same, and the wall-clock time is recorded too
#   fx_end                 write the file
#
# Commands run with `bash -c` and stdin from /dev/null (a command may pipe into itself).
# `docker` is the 28.2.2 client (/usr/local/bin first in PATH); builds name /usr/bin/docker.

PATH="/usr/local/bin:$PATH"
export PATH
BUILD='DOCKER_BUILDKIT=1 /usr/bin/docker build --network none --progress plain'
RUN='docker run --pull never --network none'
CREATE='docker create --pull never --network none'

fx() {
  FX_FILE="$FIXTURES/$1.txt"
  shift
  FX_HDR="$SCRATCH/fx.header"
  FX_BODY="$SCRATCH/fx.body"
  : >"$FX_HDR"
  : >"$FX_BODY"
  local line
  for line in "$@"; do note "$line"; done
  echo "recording $(basename "$FX_FILE")" >&2
}

note() { printf '# %s\n' "$*" >>"$FX_HDR"; }

ctx() {
  rm -rf "${CONTEXTS:?}/$1"
  mkdir -p "$CONTEXTS/$1"
  cd "$CONTEXTS/$1" || exit 1
  note "cwd: $CONTEXTS/$1 (a fresh, empty directory)"
}

# Writes stdin to FILE and copies it into the header, one '# | ' line per line.
put() {
  mkdir -p "$(dirname "$1")"
  cat >"$1"
  note "file $1:"
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    if [ -z "$line" ]; then echo '# |' >>"$FX_HDR"; else printf '# | %s\n' "$line" >>"$FX_HDR"; fi
  done <"$1"
}

setup() {
  note "setup: \$ $1"
  bash -c "$1" </dev/null >>"$SCRATCH/setup.log" 2>&1 || echo "  (setup exited $?: $1)" >&2
}

# Prints one captured stream after its marker; flags a missing final newline explicitly.
_stream() {
  echo "[$1]"
  cat "$2"
  if [ -s "$2" ] && [ -n "$(tail -c1 "$2")" ]; then
    printf '\n[%s: no newline at end]\n' "$1"
  fi
}

_run() {
  local timed=$1 cmd=$2 rc t0 t1
  note "\$ $cmd"
  t0=$(date +%s.%N)
  bash -c "$cmd" </dev/null >"$SCRATCH/out" 2>"$SCRATCH/err"
  rc=$?
  t1=$(date +%s.%N)
  {
    echo "\$ $cmd"
    _stream stdout "$SCRATCH/out"
    _stream stderr "$SCRATCH/err"
    echo "[exit $rc]"
    if [ "$timed" = 1 ]; then awk -v a="$t0" -v b="$t1" 'BEGIN { printf "[elapsed %.1fs]\n", b - a }'; fi
  } >>"$FX_BODY"
}

run() { _run 0 "$1"; }
run_timed() { _run 1 "$1"; }

fx_end() {
  mkdir -p "$(dirname "$FX_FILE")"
  { cat "$FX_HDR"; echo '---'; cat "$FX_BODY"; } >"$FX_FILE"
}

# Removes every container, image (but busybox), volume and the build cache, so that a case
# starts from the same state whatever ran before it. Not recorded.
reset_state() {
  cd "$SCRATCH" || exit 1
  local ids
  ids=$(docker ps -aq)
  [ -n "$ids" ] && docker rm -f $ids >/dev/null
  ids=$(docker images --format '{{.Repository}}:{{.Tag}}' | grep -v '^busybox:latest$' | grep -v '<none>')
  [ -n "$ids" ] && docker rmi -f $ids >/dev/null
  ids=$(docker images -q -f dangling=true)
  [ -n "$ids" ] && docker rmi -f $ids >/dev/null
  docker volume prune -f >/dev/null
  ids=$(docker volume ls -q)
  [ -n "$ids" ] && docker volume rm -f $ids >/dev/null
  /usr/bin/docker builder prune -af >/dev/null # the 28.2.2 client has no buildx here
  return 0
}

# The seed project (the DESIGN.md scenario on busybox, plus ENV/LABEL/EXPOSE/USER/ARG).
# Writes it into the current context and shows it in the header.
seed_files() {
  put Dockerfile <<'X'
FROM busybox
ARG APP_VERSION=1.0
ENV APP_HOME=/app PORT=8000
LABEL org.opencontainers.image.title="layercake-seed" version="${APP_VERSION}"
WORKDIR /app
COPY requirements.txt .
RUN mkdir -p /app/site-packages && while read -r pkg; do echo "$pkg $APP_VERSION" > "/app/site-packages/$pkg.txt"; done < requirements.txt
COPY . .
EXPOSE 8000
USER nobody
CMD ["sh", "-c", "echo serving on port $PORT && ls /app"]
X
  put requirements.txt <<'X'
flask
requests
X
  put main.py <<'X'
print("hello from layercake")
X
}
