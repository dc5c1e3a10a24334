# shellcheck shell=bash
# Builds that fail: the exact error text and exit code of each kind of failure.

# One failing build per fixture: fresh context with the given Dockerfile (from stdin).
failing_build() {
  local name=$1 what=$2
  fx "build-error-$name" "$what"
  ctx "err-$name"
  put Dockerfile
}

failing_build run-false 'A RUN that exits 1 (`false`) stops the build; earlier steps are kept in the cache.' <<'X'
FROM busybox
RUN echo before
RUN false
RUN echo after
X
run "$BUILD -t fail ."
run 'docker images fail'
fx_end

failing_build run-exit3 'A RUN that exits 3.' <<'X'
FROM busybox
RUN echo "about to fail" && exit 3
X
run "$BUILD -t fail ."
fx_end

failing_build run-missing-command 'A RUN whose command does not exist (sh: exit 127).' <<'X'
FROM busybox
RUN pip install flask
X
run "$BUILD -t fail ."
fx_end

failing_build unknown-instruction 'An unknown instruction (a typo).' <<'X'
FROM busybox
RUNN echo hi
X
run "$BUILD -t fail ."
fx_end

failing_build no-from 'A Dockerfile without FROM.' <<'X'
RUN echo hi
CMD ["sh"]
X
run "$BUILD -t fail ."
fx_end

failing_build before-from 'An instruction other than ARG before FROM.' <<'X'
ENV A=1
FROM busybox
X
run "$BUILD -t fail ."
fx_end

failing_build empty-dockerfile 'An empty Dockerfile (only a comment).' <<'X'
# nothing here
X
run "$BUILD -t fail ."
fx_end

fx build-error-no-dockerfile 'A context directory without a Dockerfile.'
ctx err-no-dockerfile
put app.txt <<'X'
app
X
run "$BUILD -t fail ."
run "$BUILD -f Nope.dockerfile -t fail ."
fx_end

failing_build copy-missing 'COPY of a file that is not in the context.' <<'X'
FROM busybox
COPY requirements.txt .
X
put main.py <<'X'
print("hi")
X
run "$BUILD -t fail ."
fx_end

failing_build copy-ignored 'COPY of a file that .dockerignore excludes.' <<'X'
FROM busybox
COPY secret.txt /
X
put secret.txt <<'X'
hunter2
X
put .dockerignore <<'X'
secret.txt
X
run "$BUILD -t fail ."
fx_end

failing_build copy-from-nope 'COPY --from a stage that does not exist (taken as an image name; no network).' <<'X'
FROM busybox
COPY --from=nope /out /app
X
run "$BUILD -t fail ."
fx_end

failing_build from-missing 'FROM an image that is neither local nor reachable (--network none, no registry access).' <<'X'
FROM nosuchimage:1.0
RUN echo hi
X
run "$BUILD -t fail ."
fx_end

failing_build from-missing-local-registry 'FROM an image that the reachable local registry does not have.' <<'X'
FROM 127.0.0.1:5000/nosuchimage
RUN echo hi
X
run "$BUILD -t fail ."
fx_end

failing_build heredoc 'A heredoc RUN (Dockerfile syntax 1.4+) on the 20.10 built-in frontend.' <<'X'
FROM busybox
RUN <<EOF
echo one > /one
echo two > /two
EOF
X
run "$BUILD -t fail ."
fx_end

failing_build copy-one-arg 'COPY with a single argument.' <<'X'
FROM busybox
COPY onlyone
X
run "$BUILD -t fail ."
fx_end

failing_build workdir-no-arg 'WORKDIR without an argument.' <<'X'
FROM busybox
WORKDIR
X
run "$BUILD -t fail ."
fx_end

failing_build bad-tag 'An invalid -t reference (upper case).' <<'X'
FROM busybox
X
run "$BUILD -t App ."
fx_end
