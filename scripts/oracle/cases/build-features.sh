# shellcheck shell=bash
# BuildKit features a simulator must reproduce: .dockerignore, ARG/ENV substitution,
# --build-arg, WORKDIR, empty RUN layers, deletes that do not shrink, ENTRYPOINT/CMD, ADD.

fx build-dockerignore '.dockerignore: excluded files never reach the build (nor the context size).'
ctx dockerignore
put .dockerignore <<'X'
*.log
secret/
node_modules
X
put Dockerfile <<'X'
FROM busybox
COPY . /ctx
RUN find /ctx | sort
X
put app.txt <<'X'
app
X
put debug.log <<'X'
noise
X
put secret/key <<'X'
hunter2
X
put node_modules/dep/index.js <<'X'
module.exports = 1
X
put docs/readme.md <<'X'
docs
X
run "$BUILD -t ignore ."
run "$RUN --rm ignore find /ctx"
fx_end

fx build-arg-env 'ARG/ENV substitution: ${VAR:-x}, ${VAR:+y} in Dockerfile words and in RUN; --build-arg.'
ctx argenv
put Dockerfile <<'X'
FROM busybox
ARG NAME
ARG GREETING=hello
ENV MODE=${MODE:-dev} SHOWN=${NAME:+yes} WHO=${NAME:-nobody}
RUN echo "run: NAME=[$NAME] default=[${NAME:-anonymous}] alt=[${NAME:+set}] GREETING=[$GREETING]"
RUN echo "env: MODE=[$MODE] SHOWN=[$SHOWN] WHO=[$WHO]"
ENV GREETING=env-wins
RUN echo "after ENV: GREETING=[$GREETING]"
X
run "$BUILD -t argenv ."
run "$BUILD --build-arg NAME=ada --build-arg GREETING=hi --build-arg UNUSED=1 -t argenv:ada ."
run 'docker history --no-trunc --format "{{.CreatedBy}}" argenv:ada'
run "$RUN --rm argenv:ada env"
fx_end

fx build-arg-before-from 'ARG before FROM is allowed (only ARG may precede FROM) and parameterises FROM.'
ctx argfrom
put Dockerfile <<'X'
ARG TAG=latest
FROM busybox:${TAG}
ARG TAG
RUN echo "built from busybox:$TAG"
X
run "$BUILD -t argfrom ."
fx_end

fx build-workdir 'WORKDIR creates a missing directory, and under BuildKit it is a build step with a layer.'
ctx workdir
put Dockerfile <<'X'
FROM busybox
WORKDIR /a/b/c
RUN pwd && ls -ld /a/b/c
WORKDIR rel
RUN pwd
X
run "$BUILD -t workdir ."
run 'docker history workdir'
run "docker image inspect --format '{{json .RootFS.Layers}}' busybox"
run "docker image inspect --format '{{json .RootFS.Layers}}' workdir"
fx_end

fx build-run-true 'RUN true changes no file: a 0B history entry; does it add a RootFS layer?'
ctx runtrue
put Dockerfile <<'X'
FROM busybox
RUN true
ENV A=1
LABEL b=2
RUN echo x > /x
X
run "$BUILD -t runtrue ."
run 'docker history runtrue'
run "docker image inspect --format '{{json .RootFS.Layers}}' runtrue"
fx_end

fx build-delete-does-not-shrink 'Deleting a file in a later RUN does not shrink the image; in the same RUN it does.'
ctx shrink
put Dockerfile <<'X'
FROM busybox
RUN dd if=/dev/zero of=/big bs=1M count=3
RUN rm /big
X
put Dockerfile.same-run <<'X'
FROM busybox
RUN dd if=/dev/zero of=/big bs=1M count=3 && rm /big
X
run "$BUILD -t shrink:two-runs ."
run "$BUILD -f Dockerfile.same-run -t shrink:one-run ."
run 'docker history shrink:two-runs'
run 'docker history shrink:one-run'
run 'docker images shrink'
fx_end

fx build-entrypoint-cmd 'ENTRYPOINT + CMD, exec and shell forms, and how docker run arguments combine.'
ctx entrypoint
put Dockerfile <<'X'
FROM busybox
ENTRYPOINT ["echo", "hello"]
CMD ["world"]
X
put Dockerfile.shell <<'X'
FROM busybox
CMD echo "shell form, PID $$"
X
run "$BUILD -t greet ."
run "$BUILD -f Dockerfile.shell -t shellform ."
run "$RUN --rm greet"
run "$RUN --rm greet layercake"
run "$RUN --rm --entrypoint ls greet /"
run "$RUN --rm shellform"
run 'docker history --no-trunc --format "{{.CreatedBy}}" greet'
run 'docker history --no-trunc --format "{{.CreatedBy}}" shellform'
fx_end

fx build-add 'ADD of a plain file and of a local tar archive (extracted), versus COPY of the archive.'
ctx add
put hello.txt <<'X'
hello
X
setup 'mkdir -p pkg/lib && echo one > pkg/lib/one.txt && tar -cf pkg.tar pkg && rm -r pkg'
put Dockerfile <<'X'
FROM busybox
ADD hello.txt /opt/
ADD pkg.tar /opt/extracted/
COPY pkg.tar /opt/copied/
RUN find /opt | sort
X
run "$BUILD -t addimg ."
run 'docker history addimg'
fx_end
