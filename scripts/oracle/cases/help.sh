# shellcheck shell=bash
# The --help text of every command the simulator offers, one file each in help/.
# Recorded with stdout not a terminal, so flag descriptions wrap at 80 columns.

help_for() {
  local name="$*"
  name=${name// /-}
  fx "help/$name" "Help text of docker $*."
  run "docker $* --help"
  fx_end
}

fx help/docker 'Help text of docker itself (no CLI plugins are installed here).'
run 'docker --help'
fx_end

for c in build run create start stop restart kill pause unpause rm exec logs cp commit diff ps \
  images inspect history tag rmi pull push stats version info login logout wait top rename \
  image 'image ls' 'image inspect' 'image history' 'image prune' 'image rm' 'image tag' \
  'image pull' 'image push' 'image build' \
  volume 'volume create' 'volume ls' 'volume inspect' 'volume rm' 'volume prune' \
  container 'container ls' 'container prune' 'container run' 'container create' 'container start' \
  'container stop' 'container restart' 'container kill' 'container rm' 'container exec' \
  'container logs' 'container cp' 'container commit' 'container diff' 'container inspect' \
  'container pause' 'container unpause' 'container stats' \
  system 'system df' 'system prune' 'system info' attach 'container attach' export 'container export' \
  network 'network ls' 'network inspect'; do
  help_for $c
done
