#!/usr/bin/env bash
# Start the Docker "oracle": a real Docker Engine 20.10 daemon plus a local registry, so that
# engineers can ask real Docker how it behaves (CI has no daemon; see scripts/oracle/README.md).
# Idempotent: a daemon/registry that already answers is left alone.
#
#   bash scripts/oracle/start-oracle.sh        # shared oracle in /tmp/d, registry 127.0.0.1:5000
#   export DOCKER_HOST=unix:///tmp/d/docker.sock
#
# ORACLE_DIR (default /tmp/d) moves everything (socket, data, logs, registry storage).
# ORACLE_PRIVATE_NET=1 runs the daemon and registry in a new network namespace (own loopback),
# so a second oracle (record.sh uses one) can have its own 127.0.0.1:5000 next to the shared one.
set -euo pipefail

D=${ORACLE_DIR:-/tmp/d}
SOCK="$D/docker.sock"
export DOCKER_HOST="unix://$SOCK"
CLI=/usr/bin/docker # the 20.10 client always matches the daemon

if [ "${ORACLE_PRIVATE_NET:-0}" = 1 ] && [ -z "${ORACLE_IN_NETNS:-}" ]; then
  # Re-run this script inside a fresh network namespace with only a loopback interface;
  # the background daemons keep the namespace alive. The unix socket is reachable from outside.
  exec unshare --net env ORACLE_IN_NETNS=1 bash -c 'ip link set lo up && exec bash "$0"' "$0"
fi

# 1. Packages (Debian): daemon + 20.10 client, a static busybox for the base image, a registry.
if ! command -v dockerd >/dev/null || ! command -v docker-registry >/dev/null || [ ! -x /bin/busybox ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y docker.io busybox-static docker-registry
fi

# 2. The busybox root filesystem: static busybox, one symlink per applet, passwd/group
#    (root, nobody) so USER and id behave as in the real busybox image, and its empty dirs.
mkdir -p "$D/rootfs/bin" "$D/rootfs/etc" "$D/rootfs/tmp" "$D/registry"
chmod 1777 "$D/rootfs/tmp"
cp /bin/busybox "$D/rootfs/bin/busybox"
(cd "$D/rootfs" && for a in $(./bin/busybox --list); do [ -e "bin/$a" ] || ln -s busybox "bin/$a"; done)
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$D/rootfs/etc/passwd"
printf 'root:x:0:\nnobody:x:65534:\n' >"$D/rootfs/etc/group"
mkdir -p "$D/rootfs/root" "$D/rootfs/home" "$D/rootfs/usr/sbin" "$D/rootfs/var/spool/mail" "$D/rootfs/var/www"

# 3. The daemon: no networking at all (no iptables, no bridge); containers use --network none.
if ! "$CLI" version >/dev/null 2>&1; then
  setsid dockerd --data-root "$D/data" --exec-root "$D/exec" -H "unix://$SOCK" \
    --pidfile "$D/dockerd.pid" \
    --iptables=false --ip6tables=false --bridge=none --storage-driver=overlay2 \
    >"$D/log" 2>&1 </dev/null &
  for _ in $(seq 1 60); do
    "$CLI" version >/dev/null 2>&1 && break
    sleep 1
  done
  "$CLI" version >/dev/null || { echo "dockerd did not start; see $D/log" >&2; exit 1; }
fi

# 4. busybox:latest, imported from the rootfs (there is no Docker Hub to pull from).
if ! "$CLI" image inspect busybox:latest >/dev/null 2>&1; then
  tar -C "$D/rootfs" -c . | "$CLI" import -c 'CMD ["sh"]' - busybox:latest
fi

# 5. A local registry on 127.0.0.1:5000 (the daemon allows plain HTTP for 127.0.0.0/8).
cat >"$D/registry.yml" <<YML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $D/registry
  delete:
    enabled: true
http:
  addr: 127.0.0.1:5000
YML
if ! curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1; then
  setsid docker-registry serve "$D/registry.yml" >"$D/registry.log" 2>&1 </dev/null &
  echo $! >"$D/registry.pid"
  for _ in $(seq 1 30); do
    curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS http://127.0.0.1:5000/v2/ >/dev/null || { echo "registry did not start; see $D/registry.log" >&2; exit 1; }
fi

echo "oracle ready: export DOCKER_HOST=$DOCKER_HOST"
