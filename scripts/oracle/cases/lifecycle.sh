# shellcheck shell=bash
# Container lifecycle: stop/start/restart/kill/pause, rm, exec, logs, cp, commit, --rm, create.

fx lifecycle-stop 'docker stop: sleep as PID 1 ignores SIGTERM, so stop waits the grace period, then SIGKILL (137).'
run "$RUN -d --name web busybox sleep 3600"
run_timed 'docker stop web'
run "docker ps -a --filter name=web --format '{{.Names}} {{.Status}}'"
run "docker inspect --format '{{.State.ExitCode}}' web"
run_timed 'docker start web'
run_timed 'docker stop --time 1 web'
run 'docker start web'
run_timed 'docker stop -t 1 web'
run_timed 'docker stop -t 1 web'
run "$RUN -d --name polite busybox sh -c 'trap \"exit 0\" TERM; while true; do sleep 1; done'"
run_timed 'docker stop polite'
run "docker ps -a --filter name=polite --format '{{.Names}} {{.Status}}'"
fx_end

fx lifecycle-restart-kill 'restart, kill, and their errors.' 'state: after lifecycle-stop.txt (web exited).'
run_timed 'docker restart -t 1 web'
run "docker ps --format '{{.Names}} {{.Status}}'"
run 'docker kill web'
run "docker ps -a --filter name=web --format '{{.Names}} {{.Status}}'"
run 'docker kill web'
run 'docker start web'
run 'docker start web'
run 'docker kill --signal KILL web'
run 'docker restart -t 1 web'
fx_end

fx lifecycle-pause 'pause and unpause.' 'state: after lifecycle-restart-kill.txt (web running).'
run 'docker pause web'
run 'docker ps'
run "docker inspect --format '{{.State.Status}} {{.State.Paused}}' web"
run 'docker exec web true'
run 'docker pause web'
run 'docker unpause web'
run 'docker unpause web'
run 'docker ps'
fx_end

fx lifecycle-rm 'docker rm: running (error), -f, missing, several at once.' 'state: after lifecycle-pause.txt.'
run 'docker rm web'
run 'docker rm -f web'
run 'docker rm web'
run "$RUN --name a busybox true"
run "$RUN --name ok1 busybox true"
run 'docker rm ok1 nosuch'
run 'docker rm -f nosuch'
fx_end

fx lifecycle-exec 'exec in a running, a stopped and a missing container.'
run "$RUN -d --name web busybox sleep 3600"
run 'docker exec web echo hi'
run "docker exec web sh -c 'exit 4'"
run 'docker exec web nosuchcommand'
run 'docker exec -w /tmp -u nobody -e X=1 web sh -c "pwd; id -u; echo \$X"'
run "$RUN --name stopped busybox true"
run 'docker exec stopped ls'
run 'docker exec nosuch ls'
fx_end

fx lifecycle-name-conflict 'docker run --name with a name that is in use.' 'state: after lifecycle-exec.txt (web running).'
run "$RUN -d --name web busybox sleep 3600"
run "$CREATE --name web busybox"
fx_end

fx lifecycle-logs 'docker logs: stdout and stderr kept apart; --tail; after the container exited.'
run "$RUN --name talker busybox sh -c 'echo out1; echo err1 >&2; echo out2; echo done'"
run 'docker logs talker'
run 'docker logs --tail 1 talker'
run 'docker logs -n 2 talker'
run 'docker logs -t talker'
run 'docker logs nosuch'
fx_end

fx lifecycle-cp 'docker cp in both directions.'
setup 'docker ps -aq | xargs -r docker rm -f'
ctx cp
put host.txt <<'X'
from the host
X
run "$RUN -d --name web busybox sleep 3600"
run 'docker cp web:/etc/passwd ./passwd'
run 'cat passwd'
run 'docker cp host.txt web:/tmp/'
run 'docker cp host.txt web:/tmp/renamed.txt'
run 'docker exec web ls -l /tmp'
run 'docker diff web'
run 'docker cp web:/nosuch ./x'
run 'docker cp nope.txt web:/tmp/'
run 'docker cp web:/etc - | tar -tv'
fx_end

fx lifecycle-commit 'docker commit, with -m and -c; history of the committed images.' 'state: after lifecycle-cp.txt (web running, /tmp has files).'
run "docker exec web sh -c 'echo hello > /tmp/test.txt'"
run 'docker commit web snap'
run 'docker history snap'
run "docker commit -m 'add test file' -a 'Ada <ada@example.com>' -c 'CMD [\"cat\", \"/tmp/test.txt\"]' -c 'ENV MODE=prod' web snap:v2"
run 'docker history snap:v2'
run 'docker history --no-trunc --format "{{.CreatedBy}}|{{.Comment}}" snap:v2'
run "$RUN --rm snap:v2"
run "docker image inspect --format '{{.Author}}|{{.Comment}}|{{json .Config.Cmd}}|{{json .Config.Env}}|{{.Container}}' snap:v2"
run 'docker images snap'
fx_end

fx lifecycle-run-rm 'run --rm: the container is gone after it exits.'
run "$RUN --rm --name temp busybox echo bye"
run "docker ps -a --filter name=temp"
fx_end

fx lifecycle-create-start 'create, then start (detached and attached), then wait.'
run "$CREATE --name later busybox echo later"
run "docker ps -a --filter name=later"
run 'docker start later'
run 'docker wait later'
run 'docker logs later'
run 'docker start -a later'
run "docker ps -a --filter name=later --format '{{.Names}} {{.Status}}'"
run "$CREATE --name exit7 busybox sh -c 'exit 7'"
run 'docker start -a exit7'
run 'docker wait exit7'
fx_end
