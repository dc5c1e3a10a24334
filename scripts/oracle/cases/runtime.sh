# shellcheck shell=bash
# The runtime campaign: short scenarios a learner or a teacher types, each from a clean daemon
# (reset_state before each one), compared with the simulation by runtime-campaign.test.ts.

reset_state
fx runtime-run-detach-rm 'run -d --rm: the id, then the container is gone once it is killed.'
run "$RUN -d --rm --name tmp busybox sleep 3600"
run "docker ps --format '{{.Names}} {{.Command}} {{.Status}}'"
run 'docker kill tmp'
run 'docker ps -a -q'
run 'docker rm tmp'
fx_end

reset_state
fx runtime-run-env-workdir 'run -e / --env / -w: empty values, unset host variables, a workdir that does not exist yet.'
run "$RUN --rm -e GREETING=hi --env EMPTY= -e NOTSET -w /srv/app busybox sh -c 'pwd; echo \$GREETING; echo \"[\$EMPTY]\"; echo \"[\${NOTSET-unset}]\"'"
run "$RUN --rm -w relative busybox pwd"
run "$RUN --rm -e =x busybox true"
run "$RUN --rm --env-file /nosuch.env busybox true"
fx_end

reset_state
fx runtime-run-names 'run --name: clashes, invalid names, a name reused after rm.'
run "$RUN --name web busybox true"
run "$RUN --name web busybox true"
run "$RUN --name 'my web' busybox true"
run "$RUN --name -web busybox true"
run 'docker rm web'
run "$RUN --name web busybox echo again"
run "docker ps -a --format '{{.Names}}'"
fx_end

reset_state
fx runtime-run-volumes 'run -v: a named volume shared by two containers, an anonymous one, bad specs.'
run "$RUN --name writer -v mydata:/data busybox sh -c 'echo saved > /data/note.txt'"
run "$RUN --rm -v mydata:/data busybox cat /data/note.txt"
run "$RUN --name anon -v /cache busybox touch /cache/x"
run "docker volume ls --format '{{.Driver}} {{.Name}}'"
run "docker inspect --format '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}} {{.Mode}}{{println}}{{end}}' writer anon"
run "$RUN --rm -v mydata:/data:ro busybox touch /data/y"
run "$RUN --rm -v mydata:relative busybox true"
run "$RUN --rm -v mydata:/data:xyz busybox true"
fx_end

reset_state
fx runtime-run-entrypoint 'run --entrypoint: replaces the image entrypoint; the rest of the line is its arguments.'
run "$RUN --rm --entrypoint echo busybox hello world"
run "$RUN --rm --entrypoint 'sh -c' busybox 'echo hi'"
run "$RUN --rm --entrypoint /bin/ls busybox -d /etc"
run "$RUN --rm --entrypoint nosuch busybox"
run "docker ps -a --format '{{.Command}} {{.Status}}'"
fx_end

reset_state
fx runtime-run-tty 'run -it / -t when stdin is not a terminal.'
run "$RUN -it --rm busybox sh"
run "$RUN -i --rm busybox cat"
run "$RUN -t --rm busybox echo hi"
fx_end

reset_state
fx runtime-run-flag-errors 'run: unknown flags, missing image, bad values.'
run "$RUN --foo busybox"
run "$RUN -z busybox"
run "$RUN"
run "$RUN --memory lots busybox true"
run "$RUN --restart sometimes busybox true"
run "$RUN --rm -d busybox true && echo ok"
run "$RUN --rm --restart always busybox true"
fx_end

reset_state
fx runtime-run-bad-images 'run with image names that are invalid or not present.'
run "$RUN BusyBox"
run "$RUN busybox:nosuch"
run "$RUN nosuchimage"
run "$RUN my_repo/app"
run "$RUN busybox:"
run "$RUN 'busy box'"
fx_end

reset_state
fx runtime-run-missing-command 'run of a command that does not exist, is not executable, or is a directory.'
run "$RUN --name c1 busybox nosuchcmd"
run "$RUN --name c2 busybox /nosuch/path"
run "$RUN --name c3 busybox /etc/passwd"
run "$RUN --name c4 busybox /tmp"
run "docker ps -a --format '{{.Names}} {{.Status}}'"
run 'docker start c1'
fx_end

reset_state
fx runtime-run-exit-codes 'exit codes from run: the command'"'"'s own, a signal, and sh -c strings.'
run "$RUN --rm busybox false"
run "$RUN --rm busybox sh -c 'exit 42'"
run "$RUN --rm busybox sh -c 'kill -9 \$\$'"
run "$RUN --rm busybox sh -c 'echo \$0 \$1' a b"
run "$RUN --rm busybox sh -c"
fx_end

reset_state
fx runtime-exec-variants 'exec: -w, -e, -u by name and by number, a missing user, a missing workdir, no command.'
run "$RUN -d --name box busybox sleep 3600"
run "docker exec -w /etc box pwd"
run "docker exec -e A=1 -e B box sh -c 'echo \$A \${B-unset}'"
run 'docker exec -u nobody box id'
run 'docker exec -u 1234:5678 box id'
run 'docker exec -u nosuchuser box id'
run 'docker exec -w /nosuch box pwd'
run 'docker exec box'
run 'docker exec -d box sleep 5'
run 'docker exec box /etc'
fx_end

reset_state
fx runtime-exec-stopped 'exec in a created, an exited and a paused container.'
run "$CREATE --name made busybox sleep 3600"
run 'docker exec made ls'
run "$RUN --name done busybox true"
run 'docker exec done ls'
run "$RUN -d --name frozen busybox sleep 3600"
run 'docker pause frozen'
run 'docker exec frozen ls'
run 'docker exec -it frozen sh'
fx_end

reset_state
fx runtime-ps-filters 'ps: -a, -q, --filter status/name/exited, -n, -l.'
run "$RUN -d --name alpha busybox sleep 3600"
run "$RUN --name beta busybox true"
run "$RUN --name gamma busybox sh -c 'exit 2'"
run "$CREATE --name delta busybox"
run "docker ps --format '{{.Names}}'"
run "docker ps -a --format '{{.Names}} {{.Status}}'"
run "docker ps -a --filter status=exited --format '{{.Names}}'"
run "docker ps -a --filter status=created --format '{{.Names}}'"
run "docker ps -a --filter status=running --format '{{.Names}}'"
run "docker ps -a --filter name=a --format '{{.Names}}'"
run "docker ps -a --filter exited=2 --format '{{.Names}}'"
run "docker ps -a --filter name=alpha --filter name=beta --format '{{.Names}}'"
run "docker ps -a -n 2 --format '{{.Names}}'"
run "docker ps -l --format '{{.Names}}'"
run 'docker ps -a --filter status=stopped'
run 'docker ps --filter colour=red'
run 'docker ps -q'
run 'docker ps -aq'
fx_end

reset_state
fx runtime-ps-format 'ps --format: table, json, Go templates, --no-trunc, bad templates.'
run "$RUN -d --name web busybox sleep 3600"
run "$RUN --name job busybox sh -c 'echo a long command line that goes on and on'"
run "docker ps -a --format 'table {{.Names}}\t{{.Image}}\t{{.Command}}'"
run "docker ps -a --no-trunc --format '{{.Names}} {{.Command}}'"
run "docker ps -a --format '{{.Names}} {{.Command}}'"
run "docker ps --format json | sed -E 's/[0-9a-f]{12}/ID/'"
run "docker ps -a --format '{{.Names}}: {{.State}} {{.Mounts}} {{.Networks}} {{.Ports}}'"
run "docker ps -a --format '{{json .Names}}'"
run "docker ps --format '{{.Nope}}'"
run "docker ps --format '{{.Names'"
run "docker ps -a --format '{{.Label \"x\"}}|{{.Labels}}|{{.RunningFor}}'"
fx_end

reset_state
fx runtime-diff-ops 'diff after writes, deletes, renames, mkdir -p and chmod in one container.'
run "$RUN --name edit busybox sh -c 'echo x > /tmp/new.txt; rm /etc/group; mv /etc/passwd /etc/passwd.bak; mkdir -p /opt/a/b; chmod 600 /etc/hostname; touch /root/.profile'"
run 'docker diff edit | sort'
run 'docker diff nosuch'
run 'docker diff'
fx_end

reset_state
fx runtime-diff-volume 'diff with volumes and a running container; /etc/hosts and friends do not show.'
run "$RUN -d --name live -v vol:/data busybox sleep 3600"
run "docker exec live sh -c 'echo a > /data/a; echo b > /home/b; echo 1.2.3.4 x >> /etc/hosts'"
run 'docker diff live | sort'
fx_end

reset_state
fx runtime-logs 'logs: -f on an exited container returns, --tail 0 / all, -t, a created container, --since.'
run "$RUN --name chat busybox sh -c 'for i in 1 2 3; do echo line \$i; done; echo oops >&2'"
run 'docker logs -f chat'
run 'docker logs --tail 0 chat'
run 'docker logs --tail all chat'
run 'docker logs --tail=-1 chat'
run 'docker logs --tail x chat'
run "docker logs -t chat | sed -E 's/^[0-9T:.-]+Z/TIME/'"
run "$CREATE --name quiet busybox echo later"
run 'docker logs quiet'
run 'docker logs'
run 'docker logs chat quiet'
fx_end

reset_state
fx runtime-inspect-formats 'inspect --format with the templates people copy from docs.'
run "$RUN -d --name web -e MODE=dev -v webdata:/data -w /srv --label tier=front busybox sleep 3600"
run "docker inspect --format '{{.State.Status}} {{.State.Running}} {{.State.ExitCode}}' web"
run "docker inspect --format '{{.Name}} {{.Path}} {{.Args}} {{.Config.Cmd}} {{.Config.Image}}' web"
run "docker inspect --format '{{json .Config.Env}}' web"
run "docker inspect --format '{{.Config.WorkingDir}} {{.Config.Labels}} {{index .Config.Labels \"tier\"}}' web"
run "docker inspect --format '{{.NetworkSettings.IPAddress}}|{{json .NetworkSettings.Networks}}' web"
run "docker inspect --format '{{.HostConfig.NetworkMode}} {{.HostConfig.AutoRemove}} {{.HostConfig.Binds}} {{.RestartCount}}' web"
run "docker inspect --format '{{range .Config.Env}}{{.}}{{\"\\n\"}}{{end}}' web"
run "docker inspect --format '{{range \$k, \$v := .Config.Labels}}{{\$k}}={{\$v}} {{end}}' web"
run "docker inspect --format '{{len .Mounts}} {{(index .Mounts 0).Name}} {{(index .Mounts 0).Source}}' web"
run "docker inspect --format '{{json .Mounts}}' web"
run "docker inspect --format '{{.Config.ExposedPorts}} {{.NetworkSettings.Ports}}' web"
run "docker inspect --format '{{.State.Pid}}' web | grep -c '^[1-9]'"
run "docker inspect --format '{{.Nope}}' web"
run "docker inspect -f '{{.State.Status}}' web nosuch"
run 'docker inspect nosuch'
run "docker inspect --type image --format '{{.Id}}' web"
run "docker inspect --type volume --format '{{.Name}} {{.Driver}} {{.Scope}}' webdata"
fx_end

reset_state
fx runtime-lifecycle-errors 'stop/start/restart/kill/pause/unpause on containers in the wrong state, and missing ones.'
run "$CREATE --name fresh busybox sleep 3600"
run 'docker kill fresh'
run 'docker pause fresh'
run 'docker unpause fresh'
run 'docker stop fresh'
run "docker ps -a --format '{{.Names}} {{.Status}}'"
run 'docker start fresh'
run 'docker unpause fresh'
run 'docker kill --signal NOPE fresh'
run 'docker kill -s TERM fresh'
run 'docker kill fresh nosuch'
run 'docker stop nosuch'
run 'docker start nosuch'
run 'docker restart nosuch'
run 'docker pause nosuch'
run 'docker unpause nosuch'
run 'docker wait nosuch'
fx_end

reset_state
fx runtime-rm-variants 'rm: -f on a running container, -v with an anonymous and a named volume, several names.'
run "$RUN -d --name web -v /anon -v keep:/keep busybox sleep 3600"
run "docker volume ls -q"
run 'docker rm -fv web'
run "docker volume ls --format '{{.Name}}'"
run "$RUN --name one busybox true"
run "$RUN --name two busybox true"
run 'docker rm one two three'
run 'docker rm'
run "docker ps -a --format '{{.Names}}'"
fx_end

reset_state
fx runtime-restart-sequence 'start/restart/pause/unpause of a running sh loop, with the STATUS column after each.'
run "$RUN -d --name loop busybox sh -c 'trap \"exit 0\" TERM; while true; do sleep 1; done'"
run 'docker pause loop'
run "docker ps --format '{{.Names}} {{.Status}}'"
run 'docker stop loop'
run "docker ps -a --format '{{.Names}} {{.Status}}'"
run 'docker unpause loop'
run 'docker restart loop'
run "docker inspect --format '{{.State.Status}} {{.RestartCount}}' loop"
run 'docker kill loop'
run "docker ps -a --format '{{.Names}} {{.Status}}'"
fx_end

reset_state
fx runtime-volume-cmds 'volume ls/inspect/rm/create: in use, missing, twice, formats.'
run 'docker volume create vol1'
run 'docker volume create vol1'
run "$RUN -d --name user -v vol1:/v busybox sleep 3600"
run 'docker volume rm vol1'
run 'docker volume rm -f vol1'
run 'docker volume ls'
run "docker volume inspect --format '{{.Name}} {{.Driver}} {{.Mountpoint}} {{.Labels}} {{.Scope}}' vol1"
run 'docker volume inspect nosuch'
run 'docker volume rm nosuch'
run 'docker rm -f user'
run 'docker volume rm vol1'
run 'docker volume ls -q'
run 'docker volume create'
run "docker volume create 'bad name'"
run 'docker volume'
fx_end

reset_state
fx runtime-cp-more 'cp: a directory out, into a stopped container, to a missing parent, container to container.'
ctx cpmore
put hello.txt <<'X'
hello
X
run "$RUN --name box busybox sh -c 'mkdir -p /work/sub && echo 1 > /work/sub/one.txt'"
run 'docker cp box:/work ./work'
run 'find work | sort'
run 'docker cp hello.txt box:/work/'
run 'docker diff box | sort'
run 'docker cp hello.txt box:/nosuch/dir/'
run 'docker cp box:/work/sub/one.txt box:/tmp/'
run 'docker cp hello.txt'
run 'docker cp nosuch:/etc ./x'
run 'docker start -a box'
fx_end

reset_state
fx runtime-commit-history 'commit a stopped container; history of the result; commit errors.'
run "$RUN --name maker busybox sh -c 'echo built > /built.txt'"
run "docker commit maker made:v1 | sed -E 's/[0-9a-f]{64}/ID/'"
run "docker history --format '{{.CreatedBy}} | {{.Comment}}' made:v1 | head -1"
run "$RUN --rm made:v1 cat /built.txt"
run "docker commit --change 'WORKDIR /srv' --change 'ENV X=1' maker made:v2 >/dev/null && docker run --pull never --network none --rm made:v2 sh -c 'pwd; echo \$X'"
run "docker commit -c 'BOGUS x' maker made:v3"
run 'docker commit nosuch'
run 'docker commit maker BAD'
run "docker images --format '{{.Repository}}:{{.Tag}}' made"
fx_end

reset_state
fx runtime-rename 'rename: ok, to a name in use, a missing container, the same name.'
run "$RUN -d --name old busybox sleep 3600"
run "$CREATE --name other busybox"
run 'docker rename old new'
run "docker ps -a --format '{{.Names}}'"
run 'docker rename new other'
run 'docker rename nosuch x'
run 'docker rename new new'
run 'docker rename new'
run "docker rename new 'bad name'"
fx_end

reset_state
fx runtime-top-port 'top and port of a running and a stopped container (no ports with --network none).'
run "$RUN -d --name web busybox sleep 3600"
run 'docker top web'
run 'docker port web'
run 'docker port web 80'
run "$RUN --name stopped busybox true"
run 'docker top stopped'
run 'docker port stopped'
run 'docker top nosuch'
run 'docker port'
fx_end

reset_state
fx runtime-stats-df 'stats --no-stream for one container (columns), system df with a container and a volume.'
run "$RUN -d --name web -v dfvol:/data busybox sleep 3600"
run "docker stats --no-stream --format '{{.Name}}' web"
run "docker stats --no-stream --format 'table {{.Name}}\t{{.PIDs}}' web"
run "docker stats --no-stream stopped nosuch"
run "docker system df --format '{{.Type}} {{.TotalCount}} {{.Active}}'"
fx_end

reset_state
fx runtime-prune 'container prune -f and image prune with nothing and with something to remove.'
run "$RUN --name done1 busybox true"
run "$RUN -d --name up busybox sleep 3600"
run "docker container prune -f | sed -E 's/[0-9a-f]{64}/ID/'"
run "docker ps -a --format '{{.Names}}'"
run 'docker image prune -f'
run 'docker container prune -f'
fx_end

reset_state
fx runtime-tag-rmi 'tag and rmi: new tags, invalid names, in use, dangling, by id prefix, missing.'
run 'docker tag busybox mybox'
run 'docker tag busybox mybox:1.0'
run 'docker tag busybox MyBox'
run 'docker tag nosuch x'
run 'docker tag busybox'
run "docker images --format '{{.Repository}}:{{.Tag}}' | sort"
run 'docker rmi mybox:1.0'
run "$RUN --name user mybox true"
run "docker rmi mybox | sed -E 's/[0-9a-f]{12}/ID/g'"
run 'docker rmi nosuch'
run 'docker rmi nosuch:1.0'
run "$RUN --name dang busybox sh -c 'echo 1 > /f'"
run 'docker commit dang >/dev/null'
run "docker images -f dangling=true --format '{{.Repository}} {{.Tag}}'"
run "docker images -q -f dangling=true | cut -c1-5 | xargs docker rmi | sed -E 's/[0-9a-f]{64}/ID/'"
run 'docker rmi'
fx_end

reset_state
fx runtime-missing-objects 'errors for containers and images that do not exist, per command.'
run 'docker logs nosuch'
run 'docker exec nosuch ls'
run 'docker rm nosuch'
run 'docker inspect nosuch'
run 'docker image inspect nosuch'
run 'docker container inspect nosuch'
run 'docker history nosuch'
run 'docker rmi nosuch'
run 'docker stop nosuch'
run 'docker attach nosuch'
run 'docker cp nosuch:/a .'
run 'docker export nosuch'
run 'docker save nosuch'
fx_end

reset_state
fx runtime-argument-counts 'wrong numbers of arguments for common container commands.'
run 'docker exec'
run 'docker exec web'
run 'docker logs'
run 'docker rename a'
run 'docker cp a'
run 'docker diff'
run 'docker top'
run 'docker port'
run 'docker stop'
run 'docker start'
run 'docker kill'
run 'docker commit'
run 'docker wait'
run 'docker pause'
run 'docker tag a'
run 'docker ps extra'
run 'docker create'
fx_end

reset_state
fx runtime-create-inspect 'create then inspect the created container: State fields before start.'
run "$CREATE --name cc -e A=b busybox echo hi"
run "docker inspect --format '{{.State.Status}} {{.State.Running}} {{.State.Pid}} {{.State.ExitCode}} {{.State.StartedAt}} {{.State.FinishedAt}}' cc"
run 'docker start cc'
run "docker inspect --format '{{.State.Status}} {{.State.Running}} {{.State.Pid}} {{.State.ExitCode}}' cc"
run 'docker start -a cc'
run 'docker wait cc'
fx_end

reset_state
fx runtime-hostname-env 'What a container sees of itself: hostname = short id, HOME, PATH, /etc/hosts.'
run "$RUN --name me --hostname box1 busybox sh -c 'hostname; echo \$HOME; echo \$PATH; cat /etc/hostname'"
run "$RUN --rm busybox sh -c 'test \"\$(hostname)\" = \"\$HOSTNAME\" && echo same; env | cut -d= -f1 | sort'"
run "$RUN --rm -u nobody busybox sh -c 'whoami; touch /x'"
fx_end

reset_state
fx runtime-oneliners 'one-liners from tutorials: echo, ls, cat /etc/os-release, uname, date format.'
run "$RUN --rm busybox echo hello world"
run "$RUN --rm busybox sh -c 'cd /tmp && pwd && ls'"
run "$RUN --rm busybox sh -c 'echo \$HOME'"
run "$RUN --rm busybox cat /etc/os-release"
run "$RUN --rm busybox whoami"
run "$RUN --rm busybox uname -s"
run "$RUN --rm busybox ls /nosuch"
fx_end

reset_state
fx runtime-run-detach-logs 'run -d then logs: output written so far; ps shows it Up.'
run "$RUN -d --name t busybox sh -c 'echo started; echo warn >&2; sleep 3600'"
run 'docker logs t'
run "docker ps --format '{{.Names}} {{.Command}}'"
run 'docker stop -t 0 t'
run "docker ps -a --format '{{.Names}} {{.Status}}'"
fx_end

reset_state
fx runtime-run-rm-volumes 'run --rm removes its anonymous volumes but keeps named ones.'
run "$RUN --rm -v /anon -v named:/named busybox sh -c 'touch /anon/a /named/n'"
run "docker volume ls --format '{{.Name}}'"
run "$RUN --rm -v named:/named busybox ls /named"
fx_end

reset_state
fx runtime-container-group 'The docker container group spelling of the same commands.'
run "docker container run --pull never --network none --name grp busybox echo grouped"
run "docker container ls -a --format '{{.Names}} {{.Status}}'"
run 'docker container logs grp'
run 'docker container inspect --format "{{.State.ExitCode}}" grp'
run 'docker container rm grp'
run 'docker container ls -a'
run 'docker container'
run 'docker container nosuch'
fx_end

reset_state
fx runtime-images-after-run 'images and image ls after a run (busybox only, then a tag).'
run "$RUN --rm busybox true"
run "docker images --format '{{.Repository}} {{.Tag}} {{.Size}}'"
run 'docker image ls nosuch'
run "docker image ls --format '{{.Repository}}' busybox"
fx_end

reset_state
fx runtime-start-attach 'start -a / -i of containers that exit; start of several.'
run "$CREATE --name s1 busybox echo one"
run "$CREATE --name s2 busybox sh -c 'echo two >&2; exit 3'"
run 'docker start -a s1'
run 'docker start -a s2'
run 'docker start s1 s2'
run 'docker start -a s1 s2'
run "docker ps -a --format '{{.Names}} {{.Status}}'"
fx_end
