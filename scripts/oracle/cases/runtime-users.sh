# shellcheck shell=bash
# The runtime campaign (see runtime.sh): who a container's processes run as, and what a write
# that changes no owner or mode leaves. The oracle's busybox has no adduser, so `app` (1000) is
# added to /etc/passwd by hand in a root container that is then committed.

PREP="$RUN --name prep busybox sh -c 'echo app:x:1000:1000::/home/app:/bin/sh >> /etc/passwd; echo app:x:1000: >> /etc/group; mkdir -p /home/app/sub; echo hi > /home/app/f.txt; echo x > /home/app/sub/g.txt; chown -R app:app /home/app'"

reset_state
fx runtime-users-same-owner 'chown/chmod to the owner and mode a path already has: overlayfs copies it up (ps -s counts the copied bytes), but docker diff compares stat (mode, owner, size, mtime), so only real changes show.'
run "$PREP"
run 'docker commit prep base >/dev/null'
run "$RUN --name c1 base chown -R app:app /home/app"
run 'docker diff c1'
run "$RUN --name c2 base chmod 644 /home/app/f.txt"
run 'docker diff c2'
run "$RUN --name c3 base touch /home/app/f.txt"
run 'docker diff c3'
run "$RUN --name c4 base touch /home/app"
run 'docker diff c4'
run "$RUN --name c5 base chown root /home/app/f.txt"
run 'docker diff c5'
run "$RUN --name c6 base chmod 700 /home/app/sub"
run 'docker diff c6'
run "$RUN --name c7 base sh -c 'echo t > /home/app/t; rm /home/app/t'"
run 'docker diff c7'
run "$RUN --name c8 base chown -R app:app /home"
run 'docker diff c8'
fx_end

reset_state
fx runtime-users-switch 'USER and an entrypoint that switches user: ps inside names the uid by the container passwd, docker top by the host passwd (uid 1000 is the recording host user).'
run "$PREP"
run 'docker commit prep base >/dev/null'
run "$RUN -d --name u1 --user app base sleep 3600 >/dev/null"
run 'docker top u1'
run "docker top u1 -o pid,user,uid,comm | sed -E 's/^[0-9]+/N/'"
run 'docker exec u1 id'
run 'docker exec u1 grep -E "^(Uid|Gid|Groups):" /proc/1/status'
run "$RUN -d --name s1 base su app -c 'exec sleep 3600' >/dev/null"
run 'docker top s1'
run 'docker exec s1 id -un'
run 'docker exec s1 grep -E "^(Uid|Gid|Groups):" /proc/1/status'
run "$RUN -d --name s2 base su nobody -s /bin/sh -c 'sleep 3600; true' >/dev/null"
run 'docker top s2'
fx_end

reset_state
fx runtime-users-bind 'files a container writes into a bind mount belong to the uid the container process used, on the host too.'
ctx usersbind
run 'mkdir data && chmod 777 data'
run "$RUN --rm -v \"\$PWD/data:/data\" busybox sh -c 'echo hi > /data/root.txt; mkdir /data/d; echo x > /data/d/f; chown 1234:5678 /data/d/f'"
run "$RUN --rm --user 1234:5678 -v \"\$PWD/data:/data\" busybox sh -c 'echo hi > /data/user.txt'"
run "stat -c '%u:%g %a %n' data/root.txt data/d data/d/f data/user.txt"
run "stat -c '%U:%G %n' data/root.txt data/d"
fx_end

reset_state
fx runtime-users-entrypoint 'an entrypoint script (not the official docker-entrypoint.sh) that execs its arguments through su: the command becomes PID 1, running as the user.'
ctx usersentry
put entrypoint.sh <<'X'
#!/bin/sh
set -e
if [ "$(id -u)" = '0' ]; then
  chown -R app:app /home/app
  exec su app -c "exec $*"
fi
exec "$@"
X
run 'chmod +x entrypoint.sh'
run "$PREP"
run 'docker cp entrypoint.sh prep:/bin/entrypoint.sh'
run "docker commit -c 'ENTRYPOINT [\"entrypoint.sh\"]' -c 'CMD [\"sleep\", \"3600\"]' prep ent >/dev/null"
run "$RUN -d --name e1 ent >/dev/null"
run 'docker top e1'
run 'docker diff e1'
run 'docker exec e1 id -un'
fx_end
