#!/usr/bin/env python3
"""Records what real awk prints for the cases below into oracle-awk.json.

gnu: `dash -c` with /usr/bin/awk -> mawk 1.3.4 (Debian's awk). busybox: `busybox sh -c` with
awk and the other applets from BusyBox 1.35 (built without math support, so cases using `^`,
sqrt() and the like are recorded for gnu only). Each script runs in a fresh /tmp/awk-oracle.

Run from the repository root: python3 app/engine/shell/testing/record-awk-oracle.py
"""
import json
import os
import shutil
import subprocess
import tempfile

BOTH = ['gnu', 'busybox']
GNU = ['gnu']

CASES = [
    # From the official images' Dockerfiles and entrypoints.
    (BOTH, "printf 'ET_DYN libc.so.6,libz.so.1 /usr/lib/foo.so\\n' | awk '{ gsub(/,/, \"\\nso:\", $2); print \"so:\" $2 }'"),
    (BOTH, "printf '\\tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x00007f)\\n\\tlinux-vdso.so.1 (0x00007ffd)\\n\\tlibm.so.6 => /usr/local/lib/libm.so.6 (0x1)\\n' | awk '/=>/ { so = $(NF-1); if (index(so, \"/usr/local/\") == 1) { next }; gsub(\"^/(usr/)?\", \"\", so); printf \"*%s\\n\", so }'"),
    (BOTH, "printf 'libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6\\nzlib1g:amd64: /lib/libz.so.1\\n' | awk 'sub(\":$\", \"\", $1) { print $1 }'"),
    (BOTH, "printf 'nameserver 10.0.0.2\\nsearch example.com\\nnameserver fe80::1\\n' > r; awk 'BEGIN{ORS=\" \"} $1==\"nameserver\" {if ($2 ~ \":\") {print \"[\"$2\"]\"} else {print $2}}' r"),
    (BOTH, "printf 'usr/lib/libssl.so.3\\nusr/lib/libcrypto.so.3\\n' | awk 'system(\"[ -e /usr/local/lib/\" $1 \" ]\") == 0 { next } { print \"so:\" $1 }'"),
    (BOTH, "FOO_A=1 FOO_B=2 BAR=3 awk 'END { for (name in ENVIRON) { print ( name ~ /^FOO_/ ) ? name : \"\" } }' < /dev/null | grep . | sort"),
    # Fields, separators, records.
    (BOTH, "echo 'a b   c' | awk '{ print $1, $NF, NF; print $(NF-1) }'"),
    (BOTH, "echo 'root:x:0:0:root:/root:/bin/bash' | awk -F: '{ print $1 \"|\" $7 }'"),
    (BOTH, "echo 'a,b;c' | awk -F'[,;]' '{ print $2, NF }'"),
    (BOTH, "printf 'x\\ty z\\n' | awk -F'\\t' '{ print $2 }'"),
    (BOTH, "echo 'a b c' | awk -v OFS=- '{ $1 = $1; print; $5 = \"e\"; print; print NF }'"),
    (BOTH, "echo 'a b c d' | awk '{ NF = 2; print; print NF }'"),
    (BOTH, "echo 'one two' | awk '{ $0 = \"x y z\"; print NF, $3 }'"),
    (BOTH, "printf 'a\\nb\\n\\n\\nc d\\ne\\n' | awk 'BEGIN { RS = \"\" } { print NR \": \" $1 \"/\" $NF \" NF=\" NF }'"),
    (BOTH, "printf 'a;b;c' | awk 'BEGIN { RS = \";\" } { print NR, $0 }'"),
    (BOTH, "printf 'l1\\nl2\\nl3\\nl4\\nl5\\n' | awk 'NR==2, NR==4 { print FNR \": \" $0 }'"),
    (BOTH, "printf 'start\\nx\\nend\\ny\\nstart\\nz\\n' | awk '/start/,/end/'"),
    (BOTH, "printf '1\\n2\\n' > f1; printf '3\\n' > f2; awk '{ print FILENAME, NR, FNR, $0 }' f1 f2"),
    (BOTH, "printf 'a\\n' > f1; awk '{ print x, $0 }' x=1 f1 x=2 f1"),
    (BOTH, "echo 'k=v' | awk -F= -v pre='>' '{ print pre $2 }'"),
    (BOTH, "awk -v 'x=a\\tb' 'BEGIN { print x }'"),
    (BOTH, "printf 'b 2\\na 1\\nb 3\\n' | awk '{ sum[$1] += $2; n++ } END { print sum[\"a\"], sum[\"b\"], n, NR, $0 }'"),
    # Expressions and values.
    (BOTH, "echo '10 9' | awk '{ print ($1 < $2), ($1 == \"10\"), ($1 == 10.0), (\"10\" < \"9\") }'"),
    (BOTH, "echo '3.0 abc' | awk '{ print ($1 == 3), ($2 > 5), x == 0, x == \"\", length(x) }'"),
    (BOTH, "awk 'BEGIN { a = \"3.0\"; print (a == 3); print 1/3, 100000000, 1e6, 0.1 + 0.2, 17 / 4, -7 % 3 }'"),
    (BOTH, "awk 'BEGIN { x = 5; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; print x; print x++ + ++x, x--, x }'"),
    (BOTH, "awk 'BEGIN { print 1 \" \" 2, 1 2, \"a\" (1 + 2) \"b\", -3 \"\", !0, !\"\", !\"a\" }'"),
    (BOTH, "awk 'BEGIN { print (1 < 2) ? \"yes\" : \"no\"; x = 0 || 2; y = 1 && \"\"; print x, y }'"),
    (BOTH, "awk 'BEGIN { print \" +3abc\" + 0, \".5e2x\" + 0, \"1e\" + 0, \"+-3\" + 0, \"abc\" + 0 }'"),
    (BOTH, "awk 'BEGIN { x = \"abc\"; print x ~ /b/, x ~ \"^a\", x !~ /z/, \"a.c\" ~ /a\\.c/, \"abc\" ~ /a\\.c/ }'"),
    (GNU, "awk 'BEGIN { print 2^10, 2^3^2, -2^2, 2^-1, 2^31, 2^31 - 1, sqrt(16), int(exp(0)) }'"),
    # Control flow.
    (BOTH, "awk 'BEGIN { for (i = 0; i < 3; i++) printf \"%d \", i; print \"\"; i = 0; while (i < 3) { i++; if (i == 2) continue; print \"w\" i }; do { i-- } while (i > 0); print i }'"),
    (BOTH, "awk 'BEGIN { for (;;) { if (++n > 4) break }; print n }'"),
    (BOTH, "printf 'a\\nb\\nc\\n' | awk '/b/ { next } { print } END { print \"end\" }'"),
    (BOTH, "printf 'a\\nb\\nc\\n' | awk '{ print } /b/ { exit 3 } END { print \"end\" }'; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN { exit } END { print \"end ran\" }'; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN { if (1) { print \"a\" } else print \"b\"; if (0) print \"c\"; else if (1) print \"d\" }'"),
    (BOTH, "awk 'function f(a, b) { b = a * 2; return b } function g(arr) { arr[\"k\"] = 1 } BEGIN { print f(4), b; g(x); print x[\"k\"], length(x) }'"),
    (BOTH, "awk 'function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN { print fact(10) }'"),
    # Arrays.
    (BOTH, "awk 'BEGIN { a[\"x\"] = 1; a[\"y\"]; print (\"x\" in a), (\"z\" in a), length(a); delete a[\"x\"]; print (\"x\" in a); delete a; print length(a) }'"),
    (BOTH, "awk 'BEGIN { a[1, 2] = 3; for (k in a) { split(k, p, SUBSEP); print p[1], p[2] }; if ((1, 2) in a) print \"in\" }'"),
    (BOTH, "awk 'BEGIN { n = split(\"a:b:c\", arr, \":\"); print n, arr[1], arr[3]; n = split(\"  x  y \", w); print n, w[1] w[2]; n = split(\"a1b22c\", q, /[0-9]+/); print n, q[3]; print split(\"\", e), length(e) }'"),
    # Builtins.
    (BOTH, "awk 'BEGIN { s = \"foo bar foo\"; print gsub(/foo/, \"[&]\", s), s; t = \"aaa\"; sub(\"a\", \"\\\\&\", t); print t; u = \"hello\"; print sub(/l+/, \"L\", u), u }'"),
    (BOTH, "awk 'BEGIN { s = \"abc\"; gsub(//, \"-\", s); print s; t = \"abc\"; gsub(/x*/, \"-\", t); print t; v = \"aXbXc\"; print gsub(\"X\", \"\\\\\\\\&\", v), v }'"),
    (BOTH, "echo 'a-b-c' | awk '{ gsub(/-/, \" \"); print; print NF }'"),
    (BOTH, "awk 'BEGIN { print match(\"xxabcx\", /b+c/), RSTART, RLENGTH; print match(\"abc\", /z/), RSTART, RLENGTH }'"),
    (BOTH, "awk 'BEGIN { print substr(\"hello\", 2, 3), substr(\"hello\", 0), substr(\"hello\", 2), substr(\"hello\", 1.5, 2.3), substr(\"hello\", 9), \"[\" substr(\"hello\", 3, 0) \"]\" }'"),
    (BOTH, "awk 'BEGIN { print index(\"abc\", \"c\"), index(\"abc\", \"z\"), length(\"abc\"), length(12345), length(), toupper(\"abc\") tolower(\"DEF\"), int(-3.7), int(\"4.9x\") }' < /dev/null"),
    (BOTH, "echo 'hello world' | awk '{ print length, length($2) }'"),
    (BOTH, "awk 'BEGIN { printf \"%d %i %5.2f %e %g %c %c %x %o %s %-5s| %05d %+d %.3s %%\\n\", \"12abc\", -3.9, 3.14159, 1234.5, 0.0001234, 65, \"hello\", 255, 8, 1e6, \"ab\", 42, 5, \"abcdef\" }'"),
    (BOTH, "awk 'BEGIN { x = sprintf(\"%3s|%-3s|%03d|%.2e|%G\", \"a\", \"b\", 7, 12345.678, 0.00001); print x; printf(\"%s-%s\\n\", \"p\", \"q\") }'"),
    (BOTH, "awk 'BEGIN { OFMT = \"%.2f\"; print 3.14159, 3.14159 \"\"; CONVFMT = \"%.3f\"; print 3.14159 \"\", 17 \"\"; a[0.1]; for (k in a) print k }'"),
    (BOTH, "awk 'BEGIN { print 123456789012, 1e15 + 0, 0.000001, 1e-5, 100 / 3, 2147483647 + 0, -2147483647 }'"),
    # Output redirection, getline.
    (BOTH, "awk 'BEGIN { print \"one\" > \"out.txt\"; print \"two\" > \"out.txt\"; close(\"out.txt\"); print \"three\" >> \"out.txt\" }'; cat out.txt"),
    (BOTH, "printf 'a 1\\nb 2\\n' | awk '{ print $2 > ($1 \".txt\") }'; cat a.txt b.txt"),
    (BOTH, "awk 'BEGIN { print \"to stderr\" > \"/dev/stderr\"; printf \"%s\\n\", \"x\" | \"cat\"; close(\"cat\"); print \"after\" }'"),
    (BOTH, "printf 'first\\nsecond\\n' > in.txt; awk 'BEGIN { while ((getline line < \"in.txt\") > 0) n++; print n, line; print (getline x < \"/nonexistent\") }'"),
    (BOTH, "printf '1\\n2\\n3\\n' | awk 'NR == 1 { getline; print \"got\", $0, NR } END { print NR }'"),
    (BOTH, "printf 'a b\\n' | awk '{ getline v < \"/dev/null\"; print NF, v }'"),
    # Errors.
    (BOTH, "awk '{ print $1 '; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN { x = (1 }'; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN x'; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN { print 1,, 2 }'; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN { print \"abc }'; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN { x = 1 }}'; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN { f() }'; echo \"rc=$?\""),
    (BOTH, "echo a | awk '{ print }' /nonexistent; echo \"rc=$?\""),
    (BOTH, "awk 'BEGIN { print \"a\" > \"/nonexistent/x\" }'; echo \"rc=$?\""),
    (BOTH, "echo a | awk '{ print $(-1) }'; echo \"rc=$?\""),
    (BOTH, "awk -f /nonexistent; echo \"rc=$?\""),
    (GNU, "echo 1 | awk '{ print 1 / 0, -1 / 0 }'; echo \"rc=$?\""),
]

APPLETS = ['awk', 'cat', 'grep', 'sort', 'echo', 'printf', 'sh']


def run(userland, script):
    cwd = '/tmp/awk-oracle'
    shutil.rmtree(cwd, ignore_errors=True)
    os.makedirs(cwd)
    bindir = tempfile.mkdtemp()
    for applet in APPLETS:
        target = '/usr/bin/mawk' if userland == 'gnu' and applet == 'awk' else None
        if userland == 'busybox':
            target = '/usr/bin/busybox'
        if target:
            os.symlink(target, os.path.join(bindir, applet))
    env = {'PATH': f'{bindir}:/usr/bin:/bin', 'HOME': '/root'}
    for key in ('FOO_A', 'FOO_B', 'BAR'):
        env.pop(key, None)
    argv = ['dash', '-c', script] if userland == 'gnu' else ['busybox', 'sh', '-c', script]
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=10)
    shutil.rmtree(bindir)
    shutil.rmtree(cwd, ignore_errors=True)
    return {
        'userland': userland,
        'script': script,
        'cwd': cwd,
        'stdout': done.stdout,
        'stderr': done.stderr,
        'exitCode': done.returncode,
    }


def main():
    records = [run(u, script) for userlands, script in CASES for u in userlands]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'oracle-awk.json'), 'w') as out:
        json.dump(records, out, indent=2, ensure_ascii=False)
        out.write('\n')


main()
