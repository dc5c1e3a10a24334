# shellcheck shell=bash
# The runtime campaign, fourth round (see runtime.sh): flags and commands the first three rounds
# left thin, each from a clean daemon.

reset_state
fx runtime-read-only-tmpfs 'run --read-only: which paths stay writable; --tmpfs options; tmpfs writes in diff and inspect.'
run "$RUN --rm --read-only busybox sh -c 'echo x > /tmp/f; echo tmp=\$?; echo h > /etc/hostname; echo hostname=\$?; mkdir /new; echo mkdir=\$?'"
run "$RUN --name ro --read-only --tmpfs /run:rw,size=1m,mode=1700 --tmpfs /scratch busybox sh -c 'stat -c %a /run; echo x > /scratch/f && echo wrote; ls /scratch'"
run "docker inspect --format '{{.HostConfig.ReadonlyRootfs}} {{json .HostConfig.Tmpfs}}' ro"
run 'docker diff ro | sort'
run "$RUN --name rw --tmpfs /data busybox sh -c 'echo x > /data/f; echo y > /kept'"
run 'docker diff rw | sort'
run "$RUN --rm --tmpfs relative busybox true"
fx_end

reset_state
fx runtime-env-file 'run --env-file (comments, blank lines, a bare name passed through) and -e NAME taken from the client environment.'
ctx envfile
put app.env <<'X'
# a comment
GREETING=hello world
QUOTED="kept quotes"

FROM_HOST
MISSING_ON_HOST
EMPTY=
X
run "FROM_HOST=yes $RUN --rm --env-file app.env busybox sh -c 'echo \"\$GREETING|\$QUOTED|\$FROM_HOST|\${MISSING_ON_HOST-unset}|[\$EMPTY]\"'"
run "FROM_HOST=yes $RUN --rm --env-file app.env -e GREETING=override busybox sh -c 'echo \$GREETING'"
run "HOSTVAR=passed $RUN --rm -e HOSTVAR -e NOT_THERE busybox sh -c 'echo \$HOSTVAR \${NOT_THERE-unset}'"
run "FROM_HOST=yes $CREATE --name envs --env-file app.env busybox"
run "docker inspect --format '{{json .Config.Env}}' envs"
fx_end

reset_state
fx runtime-entrypoint-reset "run --entrypoint '': the image's entrypoint cleared, with and without a command."
run "$RUN --name ep busybox true"
run "docker commit --change 'ENTRYPOINT [\"echo\", \"from-entrypoint\"]' ep withep >/dev/null"
run "$RUN --rm withep extra args"
run "$RUN --rm --entrypoint '' withep echo plain"
run "$RUN --rm --entrypoint '' withep"
run "$CREATE --name cleared --entrypoint '' withep ls /"
run "docker inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Path}} {{json .Args}}' cleared"
fx_end

reset_state
fx runtime-restart-policies 'restart policies in inspect and ps; docker update --restart; update errors.'
run "$RUN -d --name always --restart always busybox sleep 3600"
run "$RUN -d --name twice --restart on-failure:2 busybox sleep 3600"
run "$RUN -d --name unless --restart unless-stopped busybox sleep 3600"
run "docker inspect --format '{{.Name}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' always twice unless"
run 'docker update --restart no always'
run 'docker update --restart on-failure:5 unless twice'
run "docker inspect --format '{{.Name}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' always twice unless"
run "$RUN -d --rm --name auto busybox sleep 3600"
run 'docker update --restart always auto'
run 'docker update --restart sometimes always'
run 'docker update --restart always nosuch'
run 'docker update always'
run "$RUN --rm --restart on-failure:x busybox true"
fx_end

reset_state
fx runtime-labels-filter 'run --label and ps --filter label=: by key, by key=value, two filters, the Label template; a one-letter name.'
run "$RUN -d --name la --label tier=web --label env=prod busybox sleep 3600"
run "$RUN -d --name lb --label tier=db busybox sleep 3600"
run "$RUN -d --name lc --label flag busybox sleep 3600"
run "docker ps --filter label=tier --format '{{.Names}}'"
run "docker ps --filter label=tier=web --format '{{.Names}}'"
run "docker ps --filter label=tier --filter label=env=prod --format '{{.Names}}'"
run "docker ps --filter label=flag --format '{{.Names}} [{{.Labels}}]'"
run "docker ps --format '{{.Names}} {{.Label \"tier\"}}'"
run "docker inspect --format '{{json .Config.Labels}}' lc"
run "docker ps --filter label=nope --format '{{.Names}}'"
run "$RUN --rm --name a busybox true"
fx_end

reset_state
fx runtime-logs-window 'logs --since/--until with relative and absolute times, -n, stderr lines, -t with --tail.'
run "$RUN --name talk busybox sh -c 'echo out1; echo out2'"
run "$RUN --name mixed busybox sh -c 'echo out1; echo err1 >&2'"
run 'docker logs --since 1h talk'
run 'docker logs --until 1h talk'
run 'docker logs --since 2000-01-01 talk'
run 'docker logs --until 2000-01-01T00:00:00 talk'
run 'docker logs -n 1 talk'
run "docker logs -t --tail 1 talk | sed -E 's/^[0-9T:.-]+Z/TIME/'"
run 'docker logs --since yesterday talk'
run 'docker logs --since 1h mixed'
run 'docker logs --until 1h mixed'
run 'docker logs mixed 2>/dev/null'
fx_end

reset_state
fx runtime-top-args 'docker top with ps options: -o columns, and the args form.'
run "$RUN -d --name web busybox sleep 3600"
run 'docker top web -o comm'
run 'docker top web -o user,args'
run "docker top web -o pid,comm | sed -E 's/[0-9]+/N/'"
run 'docker top web -o bogus'
fx_end

reset_state
fx runtime-wait-several 'wait on several containers at once, with one missing; exit codes from signals.'
run "$RUN --name w0 busybox true"
run "$RUN --name w3 busybox sh -c 'exit 3'"
run "$RUN -d --name w9 busybox sleep 3600"
run 'docker kill w9'
run 'docker wait w0 w3 w9'
run 'docker wait w3 nosuch w0'
fx_end

reset_state
fx runtime-prune-filters 'container prune -f with --filter until= and label=; a bad filter.'
run "$RUN --name keep --label keep=yes busybox true"
run "$RUN --name drop busybox true"
run "docker container prune -f --filter until=1h"
run "docker container prune -f --filter label!=keep=yes | sed -E 's/[0-9a-f]{64}/ID/'"
run "docker ps -a --format '{{.Names}}'"
run 'docker container prune -f --filter colour=red'
run "docker container prune -f --filter until=bogus"
run "docker container prune -f --filter label=keep | sed -E 's/[0-9a-f]{64}/ID/'"
fx_end

reset_state
fx runtime-cp-edges 'cp: a directory onto a file, a file onto a directory, a symlink out (kept, -L followed), a missing source.'
ctx cpedge
put hello.txt <<'X'
hello
X
put dir/inner.txt <<'X'
inner
X
run "$RUN --name box busybox sh -c 'mkdir /d; echo f > /file; ln -s /file /link; echo x > /d/x'"
run 'docker cp dir box:/file'
run 'docker cp hello.txt box:/d'
run 'docker cp box:/d/hello.txt - | tar -t'
run 'docker cp box:/link ./link && readlink link'
run 'docker cp -L box:/link ./followed && cat followed'
run 'docker cp box:/nosuch ./x'
run 'docker cp box:/d hello.txt'
run 'docker diff box | sort'
fx_end

reset_state
fx runtime-diff-more 'diff after a hard link, deleting a directory tree, moving a directory, touching a file and replacing a symlink.'
run "$RUN --name edit busybox sh -c 'echo data > /tmp/a; mkdir -p /opt/tree/deep && echo z > /opt/tree/deep/z'"
run 'docker commit edit base >/dev/null'
run "$RUN --name second base sh -c 'ln /tmp/a /tmp/hard; rm -rf /opt/tree; mv /home /house; touch /etc/passwd; ln -sf /etc/group /tmp/link'"
run 'docker diff second | sort'
fx_end

reset_state
fx runtime-commit-changes 'commit --change with CMD, ENTRYPOINT, EXPOSE, LABEL, USER, VOLUME, ENV; -a, -m and -p; what inspect and history show.'
run "$RUN -d --name src busybox sh -c 'echo made > /made; sleep 3600'"
run "docker commit -a 'Ada <ada@example.com>' -m 'first cut' -c 'CMD [\"cat\", \"/made\"]' -c 'EXPOSE 8080' -c 'LABEL team=web' -c 'USER nobody' -c 'VOLUME /data' -c 'ENV A=1 B=2' src snap >/dev/null"
run "docker inspect --format '{{.Author}}|{{.Comment}}|{{json .Config.Cmd}}|{{json .Config.ExposedPorts}}|{{json .Config.Labels}}|{{.Config.User}}|{{json .Config.Volumes}}' snap"
run "docker inspect --format '{{json .Config.Env}}' snap"
run "docker history --format '{{.CreatedBy}}|{{.Comment}}' snap | head -1"
run "$RUN --rm snap"
run "docker inspect --format '{{.State.Status}} {{.State.Paused}}' src"
run "docker commit -p=false src nopause >/dev/null && echo ok"
run "docker commit -c 'EXPOSE notaport' src bad"
run "docker commit -c 'FROM busybox' src bad"
fx_end

reset_state
fx runtime-inspect-type 'inspect --type, several objects with one missing, -s sizes and templates with json, index, range, join.'
run "$RUN --name box -e A=1 -e B=2 busybox sh -c 'echo hi > /f'"
run 'docker volume create box >/dev/null'
run "docker inspect --format '{{.Name}}' box"
run "docker inspect --type container --format '{{.Name}}' box"
run "docker inspect --type volume --format '{{.Name}}' box"
run "docker inspect --type container busybox"
run "docker inspect --type image box"
run "docker inspect --type nope box"
run "docker inspect --format '{{.Name}}' box nosuch"
run "docker inspect -s --format '{{if .SizeRootFs}}rootfs{{end}} {{.SizeRw}}' box"
run "docker inspect --format '{{join .Args \",\"}}|{{index .Args 1}}|{{range .Config.Cmd}}<{{.}}>{{end}}|{{json .Config.Cmd}}' box"
run "docker inspect --format '{{upper .Name}} {{len .Args}} {{.State.ExitCode | printf \"%03d\"}}' box"
run "docker container inspect --format '{{.Name}}' busybox"
fx_end

reset_state
fx runtime-init-hostname 'run --init and --hostname: what inspect and the process see.'
run "$RUN --rm --init busybox sh -c '[ \$\$ -ne 1 ] && echo not pid 1'"
run "$RUN --name withinit --init busybox true"
run "docker inspect --format '{{.HostConfig.Init}} {{.Path}} {{json .Args}}' withinit"
run "$RUN --rm --hostname box.example busybox sh -c 'hostname; cat /etc/hostname; hostname -s'"
run "$RUN --name named --hostname web1 busybox true"
run "docker inspect --format '{{.Config.Hostname}} {{.Config.Domainname}}' named"
run "$RUN --rm --hostname 'bad name' busybox true"
fx_end
