# shellcheck shell=bash
# The runtime campaign, fifth round (see runtime.sh): what an expert types after `docker run`
# that the first four rounds left out, each from a clean daemon.

reset_state
fx runtime-top-ps-styles 'docker top with BSD and UNIX ps styles (aux, ax, j, -ef, -f, -e, -A), a column list, and refusals.'
note 'host pids, times and CPU/memory figures vary: digits are masked as N.'
run "$RUN -d --name web busybox sleep 3600"
run "docker top web aux | sed -E 's/[0-9]+/N/g'"
run "docker top web ax | sed -E 's/[0-9]+/N/g'"
run "docker top web x | sed -E 's/[0-9]+/N/g'"
run "docker top web -ef | sed -E 's/[0-9]+/N/g'"
run "docker top web -f | sed -E 's/[0-9]+/N/g'"
run "docker top web -e | sed -E 's/[0-9]+/N/g'"
run "docker top web -A | sed -E 's/[0-9]+/N/g'"
run "docker top web j | sed -E 's/[0-9]+/N/g'"
run "docker top web -o pid,comm,args | sed -E 's/[0-9]+/N/g'"
run "docker top web -o pid,ppid,stat,cmd | sed -E 's/[0-9]+/N/g'"
run 'docker top web ef'
run 'docker top web --bogus'
fx_end

reset_state
fx runtime-cp-stream 'docker cp with - : a tar stream of a file or a directory to stdout, and a tar from stdin into a directory; their refusals.'
ctx cpstream
put note.txt <<'X'
from the host
X
run "$RUN --name box busybox sh -c 'mkdir /d; echo hi > /d/f.txt'"
run 'docker cp box:/d/f.txt - | tar -t'
run 'docker cp box:/d - | tar -t | sort'
run 'docker cp box:/d/f.txt - | tar -xO'
run 'docker cp box:/nosuch -'
run 'tar -cf - note.txt | docker cp - box:/d'
run "docker run --pull never --network none --rm -v /d busybox true; docker diff box | sort"
run 'tar -cf - note.txt | docker cp - box:/d/f.txt'
run 'tar -cf - note.txt | docker cp - box:/nosuchdir'
run 'docker cp - -'
run 'docker cp box:/d/f.txt - >/dev/null; echo status=$?'
fx_end

reset_state
fx runtime-timestamps 'times as Go prints them (RFC3339Nano drops trailing zeros): inspect, templates, image inspect of a commit, volume inspect, history.'
note 'each command counts the times that end in a zero before the Z: Go never prints one.'
run "$RUN --name box busybox sh -c 'echo hi > /f'"
run "docker inspect --format '{{.Created}} {{.State.StartedAt}} {{.State.FinishedAt}}' box | tr ' ' '\n' | grep -c '0Z\$'"
run "docker inspect box | grep -cE '0Z\"'"
run 'docker commit box snap >/dev/null'
run "docker image inspect --format '{{.Created}}' snap | grep -c '0Z\$'"
run "docker image inspect snap | grep -cE '0Z\"'"
run "docker history --format '{{.CreatedAt}}' snap | head -1 | sed -E 's/[0-9]/N/g'"
run "docker inspect --format '{{.Created}}' box | sed -E 's/[0-9]/N/g; s/\\.N+Z/.FRACTIONZ/'"
run "docker volume create vol >/dev/null; docker volume inspect --format '{{.CreatedAt}}' vol | sed -E 's/[0-9]/N/g'"
fx_end

reset_state
fx runtime-stats-formats 'stats --no-stream: --format json keys, a template over two containers, a stopped one, --no-trunc, a missing one.'
run "$RUN -d --name up busybox sleep 3600"
run "$RUN --name down busybox true"
run "docker stats --no-stream --format '{{.Name}} {{.PIDs}} {{.NetIO}}' up down"
run "docker stats --no-stream --format json up | sed -E 's/\"(BlockIO|CPUPerc|MemPerc|MemUsage|NetIO|ID)\":\"[^\"]*\"/\"\\1\":V/g'"
run "docker stats --no-stream --format 'table {{.Name}}\t{{.NetIO}}\t{{.PIDs}}' up"
run "docker stats --no-stream --no-trunc --format '{{.ID}}' up | wc -c"
run 'docker stats --no-stream nosuch'
fx_end

reset_state
fx runtime-rename-errors 'rename: empty names, a name in use, the same name, a bad name, a leading slash.'
run "$RUN -d --name one busybox sleep 3600"
run "$RUN --name two busybox true"
run "docker rename one ''"
run "docker rename '' x"
run 'docker rename one two'
run 'docker rename one one'
run "docker rename one 'bad name'"
run 'docker rename one /slashed'
run "docker ps --format '{{.Names}}'"
run 'docker rename nosuch x'
fx_end

reset_state
fx runtime-attach-kill 'attach to a stopped, a paused and a missing container; kill -s with names, numbers, lower case and bad signals.'
run "$RUN --name done busybox true"
run 'docker attach done'
run 'docker attach nosuch'
run "$RUN -d --name frozen busybox sleep 3600"
run 'docker pause frozen'
run 'docker attach frozen'
run 'docker unpause frozen'
run "$RUN -d --name k1 busybox sleep 3600"
run "$RUN -d --name k2 busybox sleep 3600"
run "$RUN -d --name k3 busybox sleep 3600"
run 'docker kill -s 9 k1'
run 'docker kill -s sigkill k2'
run 'docker kill -s SIGUSR1 k3'
run "docker inspect --format '{{.Name}} {{.State.Status}} {{.State.ExitCode}}' k1 k2 k3"
run 'docker kill -s 99 k3'
run 'docker kill -s NOPE k3'
run 'docker kill -s 0 k3'
run 'docker kill -s HUP done'
fx_end

reset_state
fx runtime-volume-dangling 'volume ls -f dangling=true/false, a bad dangling value, rm -v with an anonymous and a named volume.'
run "$CREATE --name holder -v /anon -v named:/named busybox"
run "$RUN --name gone -v /lost busybox true"
run 'docker volume ls -f dangling=false -q | wc -l'
run 'docker volume ls -f dangling=true -q | wc -l'
run 'docker volume ls -f dangling=maybe'
run 'docker rm -v holder'
run 'docker volume ls -q | grep -c named'
run 'docker volume ls -f dangling=true -q | wc -l'
run 'docker volume ls -f name=named --format "{{.Name}} {{.Driver}}"'
run 'docker volume create v'
fx_end

reset_state
fx runtime-network-ls "network ls and inspect on a daemon without a bridge (--bridge=none): host and none; filters and formats."
run 'docker network ls | grep -v bridge'
run "docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}' | grep -v bridge"
run "docker network ls --filter driver=null --format '{{.Name}}'"
run "docker network ls --filter name=host -q | wc -c"
run "docker network inspect --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}}' none host"
run 'docker network inspect nosuch'
run "$RUN --rm busybox sh -c 'ls /sys/class/net'"
fx_end

reset_state
fx runtime-ps-json 'ps --format json (with --no-trunc and --size), {{json .}} (which asks for sizes), table with --no-trunc.'
run "$RUN -d --name web --label a=b busybox sleep 3600"
run "docker ps --format json | sed -E 's/\"(CreatedAt|RunningFor|Status)\":\"[^\"]*\"/\"\\1\":T/g'"
run "docker ps --format json --no-trunc | sed -E 's/\"(CreatedAt|RunningFor|Status)\":\"[^\"]*\"/\"\\1\":T/g'"
run "docker ps --format json --size | sed -E 's/\"(CreatedAt|RunningFor|Status)\":\"[^\"]*\"/\"\\1\":T/g'"
run "docker ps --format '{{json .}}' | sed -E 's/\"(CreatedAt|RunningFor|Status)\":\"[^\"]*\"/\"\\1\":T/g'"
run "docker container ls --format 'table {{.ID}}\t{{.Command}}\t{{.Size}}' --no-trunc"
run "docker ps --format 'table' --no-trunc | cut -c1-70"
fx_end

reset_state
fx runtime-logs-tail 'logs -t with --tail, --tail 0, --tail all, a bad --tail, --tail with -n.'
run "$RUN --name talk busybox sh -c 'echo one; echo two; echo three'"
run "docker logs -t --tail 2 talk | sed -E 's/[0-9]/N/g'"
run 'docker logs --tail 0 talk'
run 'docker logs --tail all talk'
run 'docker logs --tail -1 talk'
run 'docker logs --tail x talk'
run 'docker logs -n 1 --tail 2 talk'
fx_end

reset_state
fx runtime-events-window 'events with --since and --until (so it returns), filtered by container and event, in formats.'
note 'the client sends a relative --until in whole seconds, so the scenario waits past the second its events happened in.'
run "$RUN --name ev busybox true"
run "$RUN -d --name evd busybox sleep 3600"
run 'docker stop -t 0 evd >/dev/null; sleep 2'
run "docker events --since 1m --until 0s --filter container=ev --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'"
run "docker events --since 1m --until 0s --filter container=evd --filter event=die --format '{{.Status}} {{.Actor.Attributes.exitCode}}'"
run "docker events --since 1m --until 0s --filter container=evd --filter event=kill --filter event=stop --format '{{json .Actor.Attributes}}'"
run "docker events --since 1m --until 0s --filter container=ev | sed -E 's/^[0-9T:.-]+Z/TIME/; s/[0-9a-f]{64}/ID/'"
run "docker events --since 1m --until 0s --filter container=ev --filter colour=red --format '{{.Action}}'"
run "docker events --since 1m --until 0s --filter container=ev --format json | head -1 | sed -E 's/[0-9a-f]{64}/ID/g; s/[0-9]{10,}/N/g'"
run "docker events --since yesterday --until 0s"
run "docker events --until 0s --filter container=ev --format '{{.Action}}'"
fx_end

reset_state
fx runtime-tmpfs-df 'df inside a container with a --tmpfs mount, df of one path, and system df.'
run "$RUN --rm --tmpfs /scratch busybox sh -c 'df /scratch | tail -1' | awk '{print \$1, \$NF}'"
run "$RUN --rm --tmpfs /scratch:size=1m busybox sh -c 'df -k /scratch | tail -1' | awk '{print \$1, \$2, \$NF}'"
run "$RUN --rm busybox sh -c 'df /tmp | wc -l'"
run "$RUN --rm --tmpfs /scratch busybox sh -c 'df | grep -c /scratch'"
fx_end

reset_state
fx runtime-export "export: the container's root filesystem as a tar stream (init layer mount points, no volume contents), -o, and refusals."
ctx export
run "$RUN --name ex -v /vol busybox sh -c 'echo hi > /made.txt; mkdir -p /opt/x; echo v > /vol/inside'"
run "docker export ex | tar -t | grep -E '^(made.txt|opt/|\\.dockerenv|dev/|proc/\$|sys/\$|vol/|etc/(hostname|hosts|resolv.conf|mtab)\$)'"
run "docker export ex | tar -tv | grep -E ' (etc/hostname|etc/resolv.conf|dev/console|made.txt)\$' | awk '{print \$1, \$2, \$3, \$6}'"
run 'docker export -o out.tar ex && tar -xOf out.tar made.txt'
run "$CREATE --name fresh -v /data busybox"
run "docker export fresh | tar -t | grep -c '^data/'"
run 'docker export nosuch'
run 'docker export'
run 'docker export -o /nonexistent/x.tar ex'
run 'docker container export ex | tar -t | grep -c made.txt'
fx_end
