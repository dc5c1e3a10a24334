# shellcheck shell=bash
# The runtime campaign, second round (see runtime.sh): each scenario from a clean daemon.

reset_state
fx runtime-run-no-command 'run busybox with its default CMD (sh) and no terminal: sh reads nothing and exits 0.'
run "$RUN --name plain busybox"
run "$RUN -d --name bg busybox"
run "docker ps --format '{{.Names}}'"
run "docker ps -a --format '{{.Names}} {{.Command}} {{.Status}}'"
run 'docker start plain'
run 'docker exec plain ls'
run 'docker restart plain'
run "docker inspect --format '{{.State.Status}} {{.State.ExitCode}}' plain"
fx_end

reset_state
fx runtime-subst-cleanup 'the cleanup one-liners teachers use: stop/rm with $(docker ps -q), and with nothing to act on.'
run "$RUN -d --name a1 busybox sleep 3600"
run "$RUN -d --name a2 busybox sleep 3600"
run "$RUN --name a3 busybox true"
run 'docker kill $(docker ps -q) | wc -l'
run 'docker rm $(docker ps -aq) | wc -l'
run 'docker rm $(docker ps -aq)'
run 'docker ps -aq | xargs -r docker rm'
fx_end

reset_state
fx runtime-bind-mounts 'bind mounts: $(pwd), a relative ./dir, a host directory that does not exist, :ro.'
ctx bind
put data/hello.txt <<'X'
hello from the host
X
run "$RUN --rm -v \$(pwd)/data:/data busybox cat /data/hello.txt"
run "$RUN --rm -v ./data:/data busybox ls /data"
run "$RUN --rm -v \$(pwd)/made:/made busybox sh -c 'echo x > /made/f'"
run 'ls -ld made | cut -c1-10; cat made/f'
run "$RUN --rm -v \$(pwd)/data:/data:ro busybox sh -c 'echo y > /data/new'"
run "$RUN --rm --mount type=bind,source=\$(pwd)/nosuch,target=/x busybox true"
run "$RUN --rm -v data:/data busybox ls /data"
fx_end

reset_state
fx runtime-read-only-user 'run --read-only, --user with a number, --user with a group, --tmpfs.'
run "$RUN --rm --read-only busybox touch /x"
run "$RUN --rm --read-only --tmpfs /tmp busybox sh -c 'touch /tmp/ok && echo ok'"
run "$RUN --rm --user 1000 busybox id"
run "$RUN --rm --user 1000:1000 busybox sh -c 'id; echo \$HOME'"
run "$RUN --rm --user nosuch busybox id"
fx_end

reset_state
fx runtime-ps-inside 'ps and /etc/hosts seen from inside a container.'
run "$RUN -d --name web busybox sleep 3600"
run 'docker exec web ps'
run "$RUN --rm busybox ps"
run "$RUN --rm busybox sh -c 'cat /etc/hosts | head -2'"
run "$RUN --rm busybox sh -c 'ls -a /'"
fx_end

reset_state
fx runtime-signals 'kill with a signal sleep ignores, then with one that stops it; exit codes in inspect.'
run "$RUN -d --name web busybox sleep 3600"
run 'docker kill -s HUP web'
run "docker inspect --format '{{.State.Status}}' web"
run 'docker kill -s TERM web'
run "docker inspect --format '{{.State.Status}}' web"
run 'docker kill -s INT web'
run "docker inspect --format '{{.State.Status}}' web"
run 'docker kill web'
run "docker inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}' web"
run "docker ps -a --format '{{.Status}}'"
fx_end

reset_state
fx runtime-exec-codes 'exec exit statuses: a failing command, a missing file, a shell builtin, stdin.'
run "$RUN -d --name web busybox sleep 3600"
run 'docker exec web ls /nosuch'
run 'docker exec web cat /etc/shadow'
run 'docker exec web cd /tmp'
run "docker exec web sh -c 'cd /tmp && pwd'"
run "docker exec web sh -c 'echo \$0'"
run 'echo piped | docker exec -i web cat'
run 'echo piped | docker exec web cat'
fx_end

reset_state
fx runtime-logs-rm 'logs after run --rm (gone), after rm, and of a running container with -f (returns at once here? no: it would block; so --tail 1 only).'
run "$RUN --rm --name gone busybox echo bye"
run 'docker logs gone'
run "$RUN -d --name up busybox sh -c 'echo one; echo two; sleep 3600'"
run 'docker logs --tail 1 up'
run 'docker logs --details up'
run 'docker rm -f up'
run 'docker logs up'
fx_end

reset_state
fx runtime-volume-filters 'volume ls filters and labels.'
run 'docker volume create --label team=web v1'
run 'docker volume create v2'
run "$CREATE --name user -v v2:/v busybox"
run "docker volume ls --filter label=team --format '{{.Name}}'"
run "docker volume ls --filter dangling=true --format '{{.Name}}'"
run "docker volume ls --filter name=v --format '{{.Name}} {{.Labels}}'"
run "docker volume inspect --format '{{json .Labels}}' v1 v2"
run 'docker volume ls --filter nope=1'
fx_end

reset_state
fx runtime-ps-size 'ps -s after writes; inspect SizeRw with -s.'
run "$RUN -d --name web busybox sleep 3600"
run "docker exec web sh -c 'seq 1 1000 > /tmp/blob'"
run "docker ps -s --format '{{.Names}} {{.Size}}'"
run "docker inspect -s --format '{{.SizeRw}}' web"
run "docker inspect --format '{{.SizeRw}}' web"
fx_end

reset_state
fx runtime-create-options 'create with options, inspect of them before start.'
run "$CREATE --name opt -e A=1 -e B=2 -w /work -u nobody --label k=v --hostname box --restart on-failure:3 --entrypoint sh busybox -c 'echo hi'"
run "docker inspect --format '{{.Config.Hostname}} {{.Config.User}} {{.Config.WorkingDir}} {{json .Config.Entrypoint}} {{json .Config.Cmd}}' opt"
run "docker inspect --format '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.Path}} {{json .Args}}' opt"
run "docker ps -a --format '{{.Command}} {{.Status}} {{.Labels}}'"
run 'docker start -a opt'
fx_end

reset_state
fx runtime-rename-running 'rename a running container, then use the new name.'
run "$RUN -d --name first busybox sleep 3600"
run 'docker rename first second'
run 'docker exec second hostname | wc -c'
run "docker inspect --format '{{.Name}}' second"
run 'docker logs first'
run 'docker rm -f second'
fx_end

reset_state
fx runtime-publish-none 'publishing ports with --network none; port of a created container.'
run "$RUN -d --name web -p 8080:80 busybox sleep 3600"
run 'docker port web'
run "docker ps --format '{{.Names}} [{{.Ports}}]'"
run "$RUN --rm -p notaport busybox true"
run "$RUN --rm -p 70000:80 busybox true"
fx_end
