# shellcheck shell=bash
# The runtime campaign, fifth round continued (see runtime-fifth.sh): port arguments, nil
# config fields in templates, mount points of a created container.

reset_state
fx runtime-port-args 'docker port: a port the CLI cannot read, out of range, empty; a stopped container publishes nothing.'
run "$RUN -d --name web busybox sleep 3600"
run 'docker port web abc'
run 'docker port web 99999'
run 'docker port web 80-81'
run "docker port web ''"
run 'docker port web 80/xyz'
run 'docker stop -t 0 web >/dev/null'
run 'docker port web 80'
run 'docker port web'
fx_end

reset_state
fx runtime-nil-config 'inspect templates of fields the config leaves unset: typed nil slices and maps print [] and map[], JSON null.'
run "$CREATE --name ep --entrypoint '' busybox sh"
run "docker inspect -f '{{.Config.Entrypoint}}|{{json .Config.Entrypoint}}|{{.Config.Cmd}}|{{.Config.OnBuild}}|{{.Config.Volumes}}|{{.Config.Labels}}' ep"
run "docker image inspect -f '{{.Config.Entrypoint}}|{{json .Config.Entrypoint}}|{{.Config.OnBuild}}|{{.Config.Volumes}}|{{.Config.Labels}}' busybox"
run "docker inspect -f '{{json .Config.Volumes}} {{json .Config.OnBuild}}' ep"
fx_end

reset_state
fx runtime-create-mountpoint "a volume's mount point the image lacks: not in the writable layer until the first start."
run "$CREATE --name fresh -v /data busybox"
run 'docker diff fresh'
run 'docker start fresh >/dev/null; docker diff fresh'
fx_end

reset_state
fx runtime-pids 'PID 1 and its parent: sh -c as the main process and through exec, a nested shell, --init.'
run "$RUN --rm busybox sh -c 'echo \$\$ \$PPID; echo \$0'"
run "$RUN --rm busybox /bin/sh -c 'echo \$0; nosuch'"
run "$RUN -d --name w1 busybox sleep 3600"
run "docker exec w1 sh -c 'echo \$PPID'"
run "$RUN --rm --init busybox sh -c 'echo \$PPID'"
fx_end
