# shellcheck shell=bash
# Volumes: create/ls/inspect/rm/prune, -v and --mount, anonymous volumes, VOLUME in an image,
# pre-filling from the image, and writes under a volume missing from docker diff.

fx volumes-basics 'volume create, ls, inspect; -v NAME:/path; writes under the volume are not in diff.'
run 'docker volume create data'
run 'docker volume ls'
run 'docker volume inspect data'
run "$RUN -d --name v1 -v data:/data busybox sleep 3600"
run "docker exec v1 sh -c 'echo kept > /data/f.txt && echo lost > /tmp/g.txt'"
run 'docker diff v1'
run 'docker rm -f v1'
run "$RUN --rm -v data:/data busybox cat /data/f.txt"
run "docker inspect --format '{{json .Mounts}}' \$($CREATE -v data:/data busybox)"
fx_end

fx volumes-mount '--mount type=volume creates a missing named volume; a bad --mount is an error.'
run "$RUN --rm --mount type=volume,source=data2,target=/data busybox sh -c 'echo hi > /data/x; ls /data'"
run 'docker volume ls'
run "$RUN --rm --mount type=volume,target=/data,readonly busybox touch /data/x"
run "$RUN --rm --mount type=volume,source=data2,target=/data,readonly busybox touch /data/x"
run "$RUN --rm --mount type=volume,source=data2 busybox true"
fx_end

fx volumes-anonymous 'Anonymous volumes: -v /data gets a 64-hex name; rm -v removes it, rm alone keeps it.'
setup 'docker volume prune -f'
run "$RUN -d --name anon -v /data busybox sleep 3600"
run 'docker volume ls'
run "docker inspect --format '{{json .Mounts}}' anon"
run 'docker rm -f -v anon'
run 'docker volume ls'
run "$RUN -d --name anon2 -v /data busybox sleep 3600"
run 'docker rm -f anon2'
run 'docker volume ls'
run "$RUN --rm -v /data busybox true"
run 'docker volume ls'
fx_end

fx volumes-image-volume 'An image with VOLUME /data: each run gets a fresh anonymous volume, pre-filled from the image.'
ctx volimg
put Dockerfile <<'X'
FROM busybox
RUN mkdir /data && echo seed > /data/seed.txt
VOLUME /data
RUN echo "after VOLUME" > /data/after.txt
CMD ["ls", "/data"]
X
setup 'docker volume prune -f'
run "$BUILD -t volimg ."
run 'docker history volimg'
run "docker image inspect --format '{{json .Config.Volumes}}' volimg"
run "$RUN --name vi1 volimg"
run 'docker volume ls'
run "$RUN -d --name vi2 volimg sleep 3600"
run "docker exec vi2 sh -c 'echo new > /data/new.txt'"
run 'docker diff vi2'
fx_end

fx volumes-prefill 'A new named volume mounted on a non-empty image directory is filled with its content; a non-empty volume is not.'
run "$RUN --rm -v etcvol:/etc busybox ls /etc"
run "$RUN --rm -v etcvol:/etc busybox sh -c 'echo mine > /etc/mine.txt'"
run "$RUN --rm -v etcvol:/var/www busybox ls /var/www"
run "$RUN --rm -v emptyvol:/var/www busybox ls -a /var/www"
run "$RUN --rm -v nocopy:/etc:nocopy busybox ls /etc"
fx_end

fx volumes-rm 'volume rm: in use (error), missing (error), unused (ok).'
setup 'docker ps -aq | xargs -r docker rm -f'
setup 'docker volume rm data'
run 'docker volume create data'
run "$RUN -d --name user -v data:/data busybox sleep 3600"
run 'docker volume rm data'
run 'docker volume rm nosuch'
run 'docker rm -f user'
run 'docker volume rm data'
run 'docker volume inspect data'
fx_end

fx volumes-prune 'volume prune: the prompt text, -f, and what it removes (API 1.41 daemon).'
setup 'docker ps -aq | xargs -r docker rm -f'
setup 'docker volume prune -f'
run 'docker volume create keep-in-use'
run 'docker volume create unused-named'
run "$RUN -d --name holder -v keep-in-use:/data busybox sleep 3600"
run "$CREATE --name anonholder -v /anon busybox"
run "$RUN --rm -v /gone busybox true"
run 'docker volume ls'
run 'echo n | docker volume prune'
run 'docker volume prune -f'
run 'docker volume ls'
run 'docker volume prune -f'
run 'docker volume prune -a -f'
fx_end
