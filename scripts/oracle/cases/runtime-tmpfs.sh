# shellcheck shell=bash
# tmpfs mounts (--tmpfs and --mount type=tmpfs): their options, what inspect shows, how long
# their files live, each from a clean daemon.

reset_state
fx runtime-tmpfs-options '--tmpfs PATH:OPTIONS: mode, uid, gid, ro; HostConfig.Tmpfs; --tmpfs mounts are not in Mounts; a bad option.'
run "$RUN --name opts --tmpfs /run:rw,size=1m,mode=1700,uid=1000,gid=100 --tmpfs /scratch --tmpfs /locked:ro busybox sh -c 'stat -c \"%a %u %g %n\" /run /scratch /locked; touch /locked/f'"
run "docker inspect --format '{{json .HostConfig.Tmpfs}}' opts"
run "docker inspect --format '{{json .Mounts}} {{json .HostConfig.Mounts}}' opts"
run 'docker diff opts | sort'
run "$RUN --rm --tmpfs /etc busybox stat -c '%a %n' /etc"
run "$RUN --rm --tmpfs /home/new/deep busybox stat -c '%a %n' /home/new/deep /home/new"
run "$RUN --rm --tmpfs /x:bogus busybox true"
run "$CREATE --name none busybox"
run "docker inspect --format '{{json .HostConfig.Tmpfs}} {{json .HostConfig.Mounts}}' none"
fx_end

reset_state
fx runtime-tmpfs-lifetime 'a tmpfs keeps its files between execs while the container runs, never in diff or commit, and is emptied by restart and stop.'
run "$RUN -d --name keep --tmpfs /scratch --mount type=tmpfs,destination=/x busybox sleep 3600"
run "docker exec keep sh -c 'echo hi > /scratch/f; echo yo > /x/g; echo up > /kept'"
run 'docker exec keep cat /scratch/f /x/g'
run 'docker diff keep | sort'
run 'docker commit keep snap >/dev/null'
run "$RUN --rm snap ls /scratch /x"
run 'docker restart -t 0 keep'
run 'docker exec keep ls /scratch /x'
run "docker exec keep stat -c '%a %n' /scratch /x"
run "docker exec keep sh -c 'echo again > /scratch/f'"
run 'docker stop -t 0 keep'
run 'docker start keep'
run 'docker exec keep ls /scratch'
run 'docker exec keep cat /kept'
fx_end

reset_state
fx runtime-tmpfs-mount-flag '--mount type=tmpfs with tmpfs-size and tmpfs-mode: the mode, inspect Mounts and HostConfig.Mounts; its errors.'
run "$RUN --name mt --mount type=tmpfs,destination=/x,tmpfs-size=65536,tmpfs-mode=1770 --mount type=tmpfs,dst=/ro,readonly busybox sh -c 'stat -c \"%a %n\" /x /ro; touch /ro/f'"
run "docker inspect --format '{{json .Mounts}}' mt"
run "docker inspect --format '{{json .HostConfig.Mounts}}' mt"
run "docker inspect --format '{{json .HostConfig.Tmpfs}}' mt"
run "$RUN --rm --mount type=tmpfs,dst=/x,tmpfs-size=1m busybox stat -c %a /x"
run "$RUN --rm --mount type=tmpfs,dst=/x,tmpfs-size=abc busybox true"
run "$RUN --rm --mount type=tmpfs,dst=/x,tmpfs-size=-1 busybox true"
run "$RUN --rm --mount type=tmpfs,dst=/x,tmpfs-mode=999 busybox true"
run "$RUN --rm --mount type=tmpfs,src=foo,dst=/x busybox true"
run "$RUN --rm --mount type=volume,dst=/x,tmpfs-size=1m busybox true"
run "$RUN --rm --mount type=tmpfs,dst=/x,volume-nocopy busybox true"
fx_end

reset_state
fx runtime-tmpfs-cp-exec 'docker cp does not see into a tmpfs (it reads and writes the directory under it); a --tmpfs is noexec unless told exec.'
ctx tmpfscp
put g.txt <<'X'
from the host
X
run "$RUN -d --name box --tmpfs /scratch --tmpfs /run:exec busybox sleep 3600"
run "docker exec box sh -c 'echo hi > /scratch/f; printf \"#!/bin/sh\\necho ran\\n\" > /scratch/s; chmod +x /scratch/s; cp /scratch/s /run/s'"
run 'docker cp box:/scratch/f ./f'
run 'docker cp g.txt box:/scratch/g.txt'
run 'docker exec box ls /scratch'
run 'docker diff box | sort'
run 'docker exec box /run/s'
run "docker exec box sh -c '/scratch/s; echo status=\$?'"
run 'docker exec box /scratch/s'
run 'docker exec -w /scratch box ./s'
run 'docker exec box sh /scratch/s'
fx_end

reset_state
fx runtime-tmpfs-bad-values '--tmpfs values the daemon passes on and the kernel refuses (size=abc, mode=999): runc fails the start, the container stays Created.'
run "$RUN --name bad --tmpfs /x:uid=1000,size=abc,mode=700 busybox true"
run "docker ps -a --format '{{.Names}} {{.Status}}'"
run "docker inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}' bad"
run 'docker start bad'
run "$RUN --rm --tmpfs /x:ro,exec,size=1q busybox true"
run "$RUN -d --name bad3 --tmpfs /y:size=1m --tmpfs /x:mode=999 busybox true"
run "$RUN --rm --tmpfs /x:size=50%,nr_inodes=1k,mode=0700 busybox stat -c %a /x"
run "docker ps -a --format '{{.Names}} {{.Status}}'"
fx_end
