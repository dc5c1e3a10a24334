# shellcheck shell=bash
# Copy-on-write: what `docker diff` shows (A/C/D lines, their order) after each kind of change,
# and what the committed layer holds (whiteouts, opaque directories).

fx cow-sequence 'One busybox container, many changes; docker diff after each (the changes accumulate).'
run "$RUN -d --name web busybox sleep 3600"
run 'docker diff web'
run "docker exec web sh -c 'echo hello > /tmp/test.txt'"
run 'docker diff web'
run "docker exec web sh -c 'echo \"extra:x:1000:1000::/home/extra:/bin/sh\" >> /etc/passwd'"
run 'docker diff web'
run 'docker exec web chmod 600 /etc/group'
run 'docker diff web'
run 'docker exec web touch /bin/busybox'
run 'docker diff web'
run 'docker exec web rm /bin/vi'
run 'docker diff web'
run 'docker exec web rm -rf /var/spool'
run 'docker diff web'
run "docker exec web sh -c 'rm -rf /var/www && mkdir /var/www && echo hi > /var/www/index.html'"
run 'docker diff web'
run "docker exec web sh -c 'mkdir -p /a/b/c && touch /a/b/c/f'"
run 'docker diff web'
run "docker exec web sh -c 'echo temp > /tmp/gone && rm /tmp/gone'"
run 'docker diff web'
run 'docker exec web mv /bin/tar /bin/tar.old'
run 'docker diff web'
run 'docker exec web ln -s /tmp/test.txt /tmp/link'
run 'docker diff web'
run 'docker ps -s'
fx_end

fx cow-other-container 'A second container from the same image does not see the first one'"'"'s writes.' \
  'state: after cow-sequence.txt (web has /tmp/test.txt).'
run 'docker exec web cat /tmp/test.txt'
run "$RUN --rm busybox cat /tmp/test.txt"
run "$RUN --rm busybox ls /tmp"
fx_end

fx cow-stop-start 'Stop and start keep the writable layer; rm deletes it.' 'state: after cow-other-container.txt.'
run 'docker stop -t 1 web'
run 'docker diff web'
run 'docker start web'
run 'docker exec web cat /tmp/test.txt'
run 'docker rm -f web'
run 'docker diff web'
fx_end

fx cow-setup 'The image with known lower files that the cow-op-* fixtures start containers from.'
ctx cowbase
put Dockerfile <<'X'
FROM busybox
RUN mkdir -p /data/dir/sub /srv/old && echo one > /data/a.txt && echo two > /data/b.txt && echo x > /data/dir/sub/x.txt && echo y > /data/dir/y.txt && echo old > /srv/old/o.txt
CMD ["sleep", "3600"]
X
run "$BUILD -q -t cowbase ."
run "$RUN --rm cowbase find /data /srv"
fx_end

# One fresh container per operation: its diff, its size, and the entries of the layer that
# `docker commit` makes of it (the whiteouts and opaque markers the diff summarises).
cow_op() {
  local name=$1 what=$2 op=$3
  fx "cow-op-$name" "$what" 'state: after cow-setup.txt (image cowbase).'
  setup "docker rm -f c-$name"
  run "$RUN -d --name c-$name cowbase"
  run "docker exec c-$name sh -c '$op'"
  run "docker diff c-$name"
  run "docker ps -s --filter name=c-$name --format '{{.Names}} {{.Size}}'"
  run "docker commit c-$name cow-$name >/dev/null && docker save cow-$name | tar -xO \$(docker save cow-$name | tar -xO manifest.json | jq -r '.[0].Layers[-1]') | tar -tv"
  fx_end
}

cow_op create 'Create a new file.' 'echo hello > /tmp/test.txt'
cow_op append 'Append to a lower file (copy-up of the whole file).' 'echo more >> /data/a.txt'
cow_op chmod 'chmod of a lower file (metadata only, still a copy-up).' 'chmod 600 /data/a.txt'
cow_op touch 'touch of a lower file.' 'touch /data/a.txt'
cow_op rm 'rm of a lower file (whiteout).' 'rm /data/a.txt'
cow_op rm-dir 'rm -rf of a lower directory.' 'rm -rf /data/dir'
cow_op opaque 'Remove a lower directory and recreate it with a new file (opaque directory).' \
  'rm -rf /data/dir && mkdir /data/dir && echo new > /data/dir/new.txt && ls -R /data/dir'
cow_op mkdir-p 'mkdir -p of a new tree and a file in it.' 'mkdir -p /a/b/c && touch /a/b/c/f'
cow_op create-delete 'A file created and deleted in the container.' 'echo temp > /tmp/gone && rm /tmp/gone'
cow_op mv 'mv of a lower file.' 'mv /data/b.txt /data/b2.txt'
cow_op mv-dir 'mv of a lower directory.' 'mv /srv/old /srv/new'
cow_op ln-s 'ln -s creates a symlink.' 'ln -s /data/a.txt /data/link'
cow_op overwrite-same 'Write the same content back to a lower file.' 'echo one > /data/a.txt'
cow_op rm-recreate-file 'rm a lower file and create it again.' 'rm /data/a.txt && echo again > /data/a.txt'
