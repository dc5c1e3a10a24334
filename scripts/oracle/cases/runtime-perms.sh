# shellcheck shell=bash
# The runtime campaign (see runtime.sh): file permissions for a non-root process. The oracle's
# busybox has /root 755 and no /etc/shadow (the real image: 700, and a shadow file), so these
# cases make their own modes in a root container and commit it.

reset_state
fx runtime-perms-user-root-owned 'run --user / exec -u: a non-root process cannot write where root owns the directory.'
run "$RUN --rm --user 1000 busybox sh -c 'touch /etc/x; echo \$?; mkdir /x; echo hi > /etc/y; echo hi >> /etc/passwd; id'"
run "$RUN --rm --user 1000 busybox sh -c 'rm /etc/passwd; chmod 777 /etc/passwd; chown 1000 /etc/passwd; mkdir -p /a/b; cp /etc/passwd /x; mv /etc/passwd /tmp/; ln -s /x /etc/l; rmdir /home'"
run "$RUN --rm --user 1000 busybox touch /etc/x"
run "$RUN --rm -u nobody busybox sh -c 'touch /tmp/mine && echo made; whoami'"
run "$RUN -d --name web busybox sleep 3600"
run 'docker exec -u 1000 web touch /etc/x'
run "docker exec -u 1000 web sh -c 'echo hi > /etc/y'"
run 'docker exec web touch /etc/x'
run 'docker diff web'
fx_end

reset_state
fx runtime-perms-modes 'modes made by root, then read, written, searched and run by uid 1000 and nobody.'
run "$RUN --name prep busybox sh -c 'mkdir -m 700 /secret; echo top > /secret/f; echo ro > /ro.txt; chmod 600 /ro.txt; echo x > /tmp/rootfile; mkdir /tmp/d; printf \"#!/bin/sh\\necho ran\\n\" > /noexec.sh; chmod 644 /noexec.sh; cp /noexec.sh /exec.sh; chmod 755 /exec.sh; mkdir -m 775 /grp; mkdir -m 777 /open; echo o > /open/f; mkdir /open/sub'"
run 'docker commit prep perms >/dev/null'
run "$RUN --rm -u 1000 perms sh -c 'cat /secret/f; ls /secret; cd /secret; echo cd=\$?; cat /ro.txt; echo more >> /ro.txt; cat < /ro.txt'"
run "$RUN --rm -u 1000 perms sh -c 'rm /tmp/rootfile; rm -r /tmp/d; mv /tmp/rootfile /tmp/z; echo hi > /tmp/rootfile; touch /tmp/mine; rm /tmp/mine; echo rm=\$?'"
run "$RUN --rm -u 1000 perms sh -c '/noexec.sh; echo \$?; /exec.sh; . /noexec.sh'"
run "$RUN --rm -u 1000 perms sh -c 'touch /grp/ok && echo ok; rm /open/f && echo removed; rm -r /open/sub && echo gone; touch /tmp/mine; chmod 600 /tmp/mine; echo chmod=\$?; chown 1000 /tmp/mine; echo same=\$?; chown 0 /tmp/mine; chgrp 0 /tmp/mine; echo chgrp=\$?'"
run "$RUN --rm -u nobody perms sh -c 'touch /grp/no; id'"
run "$RUN --rm -u 1000 -w /secret perms pwd"
fx_end
