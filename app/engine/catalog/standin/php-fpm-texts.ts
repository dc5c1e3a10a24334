/**
 * php:*-fpm's configuration step as the official Dockerfile ran it until January 2026 (the
 * stand-ins are dated December 2025; docker-library/php#1635 then moved `listen = 9000` into
 * docker.conf): the RUN row as `docker history --no-trunc` shows it, and the files its `echo`s
 * write, so `cat`, `grep`, `sed -i` and `>>` on them work with their real text. Sizes follow
 * from the script: docker.conf 428 bytes, zz-docker.conf 45, docker-fpm.ini 96.
 */

/** The step's command (what follows `RUN /bin/sh -c`). */
export const FPM_CONFIG_STEP =
  "set -eux; \tcd /usr/local/etc; \tif [ -d php-fpm.d ]; then \t\tsed 's!=NONE/!=!g' php-fpm.conf.default | tee php-fpm.conf > /dev/null; \t\tcp php-fpm.d/www.conf.default php-fpm.d/www.conf; \telse \t\tmkdir php-fpm.d; \t\tcp php-fpm.conf.default php-fpm.d/www.conf; \t\t{ \t\t\techo '[global]'; \t\t\techo 'include=etc/php-fpm.d/*.conf'; \t\t} | tee php-fpm.conf; \tfi; \t{ \t\techo '[global]'; \t\techo 'error_log = /proc/self/fd/2'; \t\techo; echo '; https://github.com/docker-library/php/pull/725#issuecomment-443540114'; echo 'log_limit = 8192'; \t\techo; \t\techo '[www]'; \t\techo '; php-fpm closes STDOUT on startup, so sending logs to /proc/self/fd/1 does not work.'; \t\techo '; https://bugs.php.net/bug.php?id=73886'; \t\techo 'access.log = /proc/self/fd/2'; \t\techo; \t\techo 'clear_env = no'; \t\techo; \t\techo '; Ensure worker stdout and stderr are sent to the main error log.'; \t\techo 'catch_workers_output = yes'; \t\techo 'decorate_workers_output = no'; \t} | tee php-fpm.d/docker.conf; \t{ \t\techo '[global]'; \t\techo 'daemonize = no'; \t\techo; \t\techo '[www]'; \t\techo 'listen = 9000'; \t} | tee php-fpm.d/zz-docker.conf; \tmkdir -p \"$PHP_INI_DIR/conf.d\"; \t{ \t\techo '; https://github.com/docker-library/php/issues/878#issuecomment-938595965'; \t\techo 'fastcgi.logging = Off'; \t} > \"$PHP_INI_DIR/conf.d/docker-fpm.ini\"";

/** /usr/local/etc/php-fpm.d/docker.conf */
export const FPM_DOCKER_CONF = `[global]
error_log = /proc/self/fd/2

; https://github.com/docker-library/php/pull/725#issuecomment-443540114
log_limit = 8192

[www]
; php-fpm closes STDOUT on startup, so sending logs to /proc/self/fd/1 does not work.
; https://bugs.php.net/bug.php?id=73886
access.log = /proc/self/fd/2

clear_env = no

; Ensure worker stdout and stderr are sent to the main error log.
catch_workers_output = yes
decorate_workers_output = no
`;

/** /usr/local/etc/php-fpm.d/zz-docker.conf: read last, so its `listen` wins over www.conf's. */
export const FPM_ZZ_DOCKER_CONF = `[global]
daemonize = no

[www]
listen = 9000
`;

/** /usr/local/etc/php/conf.d/docker-fpm.ini */
export const FPM_DOCKER_INI = `; https://github.com/docker-library/php/issues/878#issuecomment-938595965
fastcgi.logging = Off
`;
