# shellcheck shell=bash
# The runtime campaign, third round (see runtime.sh): tables and prompts, each from a clean daemon.

reset_state
fx runtime-stats-table 'stats --no-stream default table for two containers; a stopped one shows zeros.'
run "$RUN -d --name web busybox sleep 3600"
run "$CREATE --name idle busybox"
run "docker stats --no-stream --format 'table {{.Name}}\t{{.PIDs}}\t{{.NetIO}}' web idle"
run "docker stats --no-stream -a --format '{{.Name}} {{.PIDs}}'"
run "docker stats --no-stream --format '{{json .Name}}' web"
fx_end

reset_state
fx runtime-df-table 'system df default table with a container, a volume and a committed image.'
run "$RUN --name w -v dv:/d busybox sh -c 'echo hi > /d/x; echo hi > /x'"
run 'docker commit w snap >/dev/null'
run "docker system df --format '{{.Type}}|{{.TotalCount}}|{{.Active}}'"
run "docker system df | cut -c1-40 | sed -E 's/[0-9.]+(B|kB|MB)/N/g'"
fx_end

reset_state
fx runtime-prune-prompts 'prune commands without -f: the prompts (stdin is not a terminal, so the answer is empty).'
run "$RUN --name old busybox true"
run 'docker container prune'
run 'echo y | docker container prune | sed -E "s/[0-9a-f]{64}/ID/"'
run 'docker image prune'
run 'echo n | docker system prune'
fx_end

reset_state
fx runtime-rmi-conflicts 'rmi of an image used by a stopped container, by id prefix, with -f, and an image with two tags.'
run 'docker tag busybox two:a'
run 'docker tag busybox two:b'
run "$RUN --name user two:a true"
run 'docker rmi two:a'
run "docker rmi \$(docker images -q two:a | cut -c1-6) 2>&1 | sed -E 's/[0-9a-f]{12}/ID/g'"
run 'docker rmi -f two:a'
run "docker ps -a --format '{{.Names}} {{.Image}}'"
run "docker rmi two:b two:c"
fx_end

reset_state
fx runtime-wait-restart 'wait on exited containers, restart of an exited one, and restart counts.'
run "$RUN --name w1 busybox sh -c 'exit 4'"
run 'docker wait w1'
run 'docker restart w1'
run 'docker wait w1'
run "docker inspect --format '{{.RestartCount}} {{.State.ExitCode}}' w1"
run "docker ps -a --format '{{.Names}} {{.Status}}'"
fx_end
