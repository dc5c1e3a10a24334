# shellcheck shell=bash
# Listing and inspecting images built by BuildKit: history, images, image inspect.

fx images-setup 'Builds the seed project twice (the second time after editing main.py), so that a' \
  'dangling <none> image exists; the other images-* fixtures list and inspect this state.'
ctx images
seed_files
run "$BUILD -q -t app ."
put main.py <<'X'
print("hello again from layercake")
X
run "$BUILD -q -t app ."
setup 'docker tag app app:v1'
fx_end

fx images-history 'docker history (default table: CREATED BY is cut at 45 characters with "…").' \
  'state: after images-setup.txt.'
run 'docker history app'
run 'docker history busybox'
run 'docker image history app'
fx_end

fx images-history-no-trunc 'docker history --no-trunc: full image ids and CREATED BY strings.' \
  'state: after images-setup.txt.'
run 'docker history --no-trunc app'
fx_end

fx images-history-format 'docker history with --format, -q and -H=false.' 'state: after images-setup.txt.'
run "docker history --format '{{.ID}}|{{.CreatedBy}}|{{.Size}}|{{.Comment}}' app"
run "docker history --format 'table {{.CreatedBy}}\t{{.Size}}' app"
run "docker history --format json app"
run 'docker history -q app'
run 'docker history -H=false app'
fx_end

fx images-ls 'docker images and its flags.' 'state: after images-setup.txt.'
run 'docker images'
run 'docker images -a'
run 'docker images -q'
run 'docker images --digests'
run 'docker images --no-trunc'
run 'docker images app'
run 'docker images app:v1'
run 'docker images nosuch'
run 'docker images -f dangling=true'
run 'docker image ls'
run "docker images --format '{{.Repository}}:{{.Tag}} {{.ID}} {{.Size}}'"
run "docker images --format 'table {{.Repository}}\t{{.Tag}}\t{{.Size}}'"
run 'docker images --format json'
fx_end

fx images-inspect 'docker image inspect of a BuildKit-built image: the full JSON.' \
  'state: after images-setup.txt.'
run 'docker image inspect app'
run "docker image inspect --format '{{json .RootFS.Layers}}' app"
run "docker image inspect --format '{{.Config.WorkingDir}} {{.Config.User}} {{json .Config.Env}}' app"
run 'docker inspect --type image busybox'
run 'docker image inspect nosuch'
fx_end

fx images-inspect-history-json 'The image config history (with empty_layer), read from docker save.' \
  'state: after images-setup.txt.'
run "docker save app | tar -xO --wildcards '*.json' --exclude manifest.json --exclude '*/json' | jq '{history, rootfs}'"
run "docker save app | tar -xO manifest.json | jq ."
fx_end
