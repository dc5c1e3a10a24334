# shellcheck shell=bash
# The runtime campaign (see runtime.sh): ps filters the first rounds left out, and anonymous
# volumes an image's VOLUME makes; each from a clean daemon.

reset_state
fx runtime-ps-filters-more 'ps --filter ancestor=, volume=, before=, since=, id=, and a status with an exit code.'
run 'docker tag busybox other:v1'
run "$RUN --name first busybox true"
run "$RUN --name second -v vol1:/data other:v1 true"
run "$RUN --name third busybox sh -c 'exit 1'"
run "$CREATE --name fourth other:v1"
run "docker ps -a --filter ancestor=other:v1 --format '{{.Names}}'"
run "docker ps -a --filter ancestor=busybox --format '{{.Names}}'"
run "docker ps -a --filter volume=vol1 --format '{{.Names}}'"
run "docker ps -a --filter volume=/data --format '{{.Names}}'"
run "docker ps -a --filter before=third --format '{{.Names}}'"
run "docker ps -a --filter since=second --format '{{.Names}}'"
run "docker ps -a --filter since=nosuch --format '{{.Names}}'"
run "docker ps -a --filter status=exited --filter exited=0 --format '{{.Names}}'"
run "docker ps -a --filter ancestor=nosuch --format '{{.Names}}'"
fx_end

reset_state
fx runtime-image-volume-rm 'an image VOLUME makes an anonymous volume per container; rm -v and run --rm remove it, rm alone keeps it.'
run "$RUN --name maker busybox true"
run "docker commit -c 'VOLUME /data' maker withvol >/dev/null"
run "$RUN --name keeps withvol sh -c 'echo x > /data/f'"
run "$RUN --name goes withvol true"
run 'docker volume ls -q | wc -l'
run "docker inspect --format '{{range .Mounts}}{{.Type}} {{.Destination}} {{len .Name}}{{end}}' keeps"
run 'docker rm keeps'
run 'docker volume ls -q | wc -l'
run 'docker rm -v goes'
run 'docker volume ls -q | wc -l'
run "$RUN --rm withvol true"
run 'docker volume ls -q | wc -l'
run "$RUN --rm -v /data withvol true"
run 'docker volume ls -q | wc -l'
fx_end
