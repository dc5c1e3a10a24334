# shellcheck shell=bash
# Images and the registry: tag, rmi (and its conflicts), prune, push to and pull from a local
# registry at 127.0.0.1:5000, pull/run errors.

fx registry-tag-rmi 'tag; rmi of tags, of an image a container uses (with and without -f).'
ctx tagrmi
seed_files
run "$BUILD -q -t app ."
run 'docker tag app app:v1'
run 'docker tag app 127.0.0.1:5000/app'
run 'docker images'
run 'docker rmi app:v1'
run 'docker rmi 127.0.0.1:5000/app'
run "$RUN -d --name web app sleep 3600"
run 'docker rmi app'
run 'docker rmi -f app'
run 'docker images'
run "docker ps --format '{{.Names}} {{.Image}}'"
run 'docker rmi $(docker images -q -f dangling=true)'
run 'docker rm -f web'
run "$RUN --name stopped busybox true"
run 'docker tag busybox bb:copy'
run 'docker rmi busybox'
run 'docker tag bb:copy busybox'
run 'docker rmi $(docker images -q bb)'
run 'docker rmi bb:copy'
run 'docker rmi busybox'
run 'docker images busybox'
run 'docker rmi nosuch'
fx_end

fx registry-rmi-delete 'rmi of an image whose layers nothing else uses: Untagged and Deleted lines.'
ctx rmidel
put Dockerfile <<'X'
FROM busybox
RUN echo one > /one
RUN echo two > /two
X
run "$BUILD -q -t twolayers ."
run 'docker rmi twolayers'
run "$BUILD -q -t twolayers ."
run 'docker tag twolayers twolayers:copy'
run 'docker rmi twolayers twolayers:copy'
fx_end

fx registry-prune 'image prune and container prune (-f), and the prompts without -f.'
ctx prune
put Dockerfile <<'X'
FROM busybox
COPY v.txt /
X
put v.txt <<'X'
1
X
run "$BUILD -q -t p ."
put v.txt <<'X'
2
X
run "$BUILD -q -t p ."
run "$RUN --name done1 busybox true"
run "$RUN --name done2 busybox true"
run "$RUN -d --name running busybox sleep 3600"
run 'docker images'
run 'echo n | docker image prune'
run 'docker image prune -f'
run 'echo n | docker container prune'
run 'docker container prune -f'
run 'docker ps -a'
run 'echo n | docker image prune -a'
run 'docker image prune -a -f'
run 'docker images'
fx_end

fx registry-system-df 'system df and system df -v.'
setup 'docker ps -aq | xargs -r docker rm -f'
ctx df
seed_files
run "$BUILD -q -t app ."
run "$RUN -d --name web -v data:/data app sleep 3600"
run "docker exec -u root web sh -c 'echo hello > /tmp/test.txt; dd if=/dev/zero of=/data/blob bs=1k count=64 2>/dev/null'"
run "$RUN --name once busybox echo hi"
run 'docker system df'
run 'docker system df -v'
fx_end

fx registry-push 'push to a local registry: first push, a second tag, a second repository sharing the base.'
setup 'docker ps -aq | xargs -r docker rm -f'
ctx push
seed_files
run "$BUILD -q -t app ."
put Dockerfile.other <<'X'
FROM busybox
RUN echo other > /other
X
run "$BUILD -q -f Dockerfile.other -t other ."
run 'docker tag app 127.0.0.1:5000/app'
run 'docker push 127.0.0.1:5000/app'
run 'docker push 127.0.0.1:5000/app'
run 'docker tag other 127.0.0.1:5000/app:other'
run 'docker push 127.0.0.1:5000/app:other'
run 'docker tag other 127.0.0.1:5000/other'
run 'docker push 127.0.0.1:5000/other'
run 'docker push 127.0.0.1:5000/nosuch'
run 'docker push app'
run 'docker images --digests 127.0.0.1:5000/app'
fx_end

fx registry-pull 'pull from the local registry after removing the local copies; errors.' \
  'state: after registry-push.txt.'
run 'docker rmi 127.0.0.1:5000/app app'
run 'docker images'
run 'docker pull 127.0.0.1:5000/app'
run 'docker pull 127.0.0.1:5000/app'
note 'The layers of a removed image stay while the BuildKit cache uses them: pull says "Already exists".'
run 'docker rmi 127.0.0.1:5000/other 127.0.0.1:5000/app:other other'
run 'docker pull 127.0.0.1:5000/app:other'
note 'With the build cache emptied, removing the image removes its own layers; pull downloads them.'
run 'docker rmi 127.0.0.1:5000/app 127.0.0.1:5000/app:other'
setup '/usr/bin/docker builder prune -af'
run 'docker images -a'
run 'docker pull 127.0.0.1:5000/app'
run 'docker pull -q 127.0.0.1:5000/other'
run 'docker pull 127.0.0.1:5000/nosuch'
run 'docker pull 127.0.0.1:5000/app:nosuchtag'
run 'docker pull nosuchimage'
run 'docker pull NoSuch'
run "$RUN --rm nosuchimage"
run "$RUN --rm 127.0.0.1:5000/nosuch"
run "$CREATE nosuchimage"
run 'docker images'
fx_end
