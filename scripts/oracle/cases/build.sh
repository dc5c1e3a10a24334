# shellcheck shell=bash
# BuildKit builds of the seed project: first build, the cache after edits, --no-cache, -q,
# and a multi-stage build (default target and --target). Sourced by record.sh.

fx build-seed 'First BuildKit build of the seed project (empty build cache).'
ctx seed
seed_files
run "$BUILD -t app ."
run 'docker images'
fx_end

fx build-cache-unchanged 'Rebuild with nothing changed: every step is CACHED.' \
  'state: right after build-seed.txt (same daemon, same directory).'
run "$BUILD -t app ."
fx_end

fx build-cache-main-changed 'Rebuild after editing main.py (copied only by `COPY . .`).' \
  'state: right after build-cache-unchanged.txt (same daemon, same directory).'
put main.py <<'X'
print("hello again from layercake")
X
run "$BUILD -t app ."
run 'docker images'
fx_end

fx build-cache-requirements-changed 'Rebuild after editing requirements.txt: its COPY and every later step rerun.' \
  'state: right after build-cache-main-changed.txt (same daemon, same directory).'
put requirements.txt <<'X'
flask
requests
gunicorn
X
run "$BUILD -t app ."
run 'docker images'
fx_end

fx build-no-cache 'Rebuild with --no-cache: no step is CACHED.' \
  'state: right after build-cache-requirements-changed.txt (same daemon, same directory).'
run "$BUILD --no-cache -t app ."
fx_end

fx build-quiet 'build -q prints only the image id (on stdout).' \
  'state: right after build-no-cache.txt (same daemon, same directory).'
run "$BUILD -q -t app ."
fx_end

fx build-run-output 'The seed image at work: CMD runs as USER nobody in WORKDIR /app with ENV set.' \
  'state: right after build-quiet.txt.'
run "$RUN --rm app"
run "$RUN --rm app id"
run "$RUN --rm app sh -c 'pwd; echo \$APP_HOME \$PORT; cat site-packages/*.txt'"
fx_end

fx build-multistage 'Multi-stage build: COPY --from=build; the unused "test" stage is skipped.'
ctx multistage
put Dockerfile <<'X'
FROM busybox AS build
WORKDIR /src
COPY main.py .
RUN mkdir -p /out && cp main.py /out/app.txt && echo built > /out/BUILD_INFO

FROM build AS test
RUN echo "running tests" && test -f /out/app.txt

FROM busybox AS final
COPY --from=build /out /app
CMD ["ls", "/app"]
X
put main.py <<'X'
print("hello from layercake")
X
run "$BUILD -t multi ."
run "$RUN --rm multi"
run 'docker history multi'
fx_end

fx build-multistage-target 'Multi-stage build with --target: stops at that stage.' \
  'state: right after build-multistage.txt (same daemon, same directory).'
run "$BUILD --target test -t multi:test ."
run "$BUILD --target build -t multi:build ."
run 'docker history multi:build'
run 'docker images multi'
fx_end
