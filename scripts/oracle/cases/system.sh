# shellcheck shell=bash
# version, info, stats, system prune: their layouts.

fx system-version 'docker version: the 28.2.2 client and the 20.10 client against the 20.10 daemon.'
run 'docker version'
run '/usr/bin/docker version'
run "docker version --format '{{.Client.Version}} {{.Server.Version}}'"
run 'docker --version'
run 'docker -v'
fx_end

fx system-info 'docker info.'
run "$RUN -d --name web busybox sleep 3600"
run 'docker info'
run "docker info --format '{{.Containers}} {{.ContainersRunning}} {{.Images}} {{.Driver}}'"
fx_end

fx system-stats 'docker stats --no-stream (values vary; the layout is the point).' 'state: after system-info.txt.'
run "$RUN -d --name idle busybox sleep 3600"
run "$RUN --name stopped busybox true"
run 'docker stats --no-stream'
run 'docker stats --no-stream -a'
run 'docker stats --no-stream web'
run "docker stats --no-stream --format '{{.Name}} {{.MemUsage}}'"
run 'docker stats --no-stream nosuch'
fx_end

fx system-prune 'system prune: the prompt and its output.' 'state: after system-stats.txt.'
run 'echo n | docker system prune'
run 'docker system prune -f'
run 'echo n | docker system prune -a --volumes'
run 'docker system prune -a --volumes -f'
run 'docker ps -a'
fx_end
