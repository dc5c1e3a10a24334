# shellcheck shell=bash
# Running containers and listing them: run, ps (and its flags), inspect, exit codes.

fx containers-run 'docker run: detached, a short command, a failing one, a missing command.'
run "$RUN -d --name web busybox sleep 3600"
run "$RUN --name once busybox echo hi"
run "$RUN --name fail busybox sh -c 'exit 3'"
run "$RUN --name nocmd busybox nosuchcommand"
run "$RUN --rm -e GREETING=hi -w /tmp -u nobody busybox sh -c 'id; pwd; echo \$GREETING; hostname | wc -c'"
run "$RUN --rm busybox sh -c 'echo to-stdout; echo to-stderr >&2; exit 5'"
fx_end

fx containers-ps 'docker ps and its flags.' 'state: after containers-run.txt (web running; once, fail, nocmd exited/created).'
run 'docker ps'
run 'docker ps -a'
run 'docker ps -q'
run 'docker ps -aq'
run 'docker ps -s'
run 'docker ps -a --no-trunc'
run 'docker ps -l'
run 'docker ps -n 2'
run "docker ps -a --filter status=exited"
run "docker ps -a --filter name=once"
run "docker ps -a --format '{{.Names}}\t{{.Status}}\t{{.Command}}'"
run "docker ps -a --format 'table {{.Names}}\t{{.Image}}\t{{.Status}}'"
run 'docker ps -a --format json'
run 'docker container ls -a'
fx_end

fx containers-inspect 'docker inspect of a running and of an exited container.' 'state: after containers-run.txt.'
run 'docker inspect web'
run 'docker container inspect once'
run "docker inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.Pid}}' web once fail"
run "docker inspect --format '{{.State.Error}}' nocmd"
run 'docker inspect nosuch'
fx_end

fx containers-seed-app 'The DESIGN.md scenario on the seed image: docker run -d --name web app.'
ctx seed-app
seed_files
run "$BUILD -q -t app ."
setup 'docker rm -f web'
run "$RUN -d --name web app sleep 3600"
run "docker exec web sh -c 'echo \"hello\" > /tmp/test.txt'"
run 'docker diff web'
run 'docker exec web id'
run 'docker ps'
fx_end
