# One Debian suite's package lines with full depends (no '=' inheritance), for suites that
# have no sibling in emit.py: bullseye. Usage: APT_LISTS_TXT=dir/ python3 suite.py bullseye OUT
# Roots: every Priority required package plus apt, POPULAR, BUILDPACK, COMMON (roots.py) and
# the suite's own runtime libraries (the names differ by release: libffi7, libssl1.1, ...) and
# fdisk (in the focal base image, which ubuntu.py models on bullseye).
import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from closure import closure, required
from roots import POPULAR, BUILDPACK, COMMON, EXTRA
from emit_lines import lines_for, write_chunks
RUNTIME={'bullseye':'fdisk libbz2-1.0 libffi7 libgdbm6 liblzma5 libncursesw6 libreadline8 libsqlite3-0 libssl1.1 libuuid1 zlib1g libexpat1 gettext-base libxslt1.1 libgd3 libxml2'.split()}
distro,out=sys.argv[1],sys.argv[2]
pk,ch,deps=closure(distro, required(distro)+POPULAR+BUILDPACK+COMMON+RUNTIME[distro]+EXTRA)
HDR='''// Generated from the Debian archive's Packages index ({suite}, amd64) by data/tools/suite.py:
// one package a line: name version installed-KiB download-kB section[flags] depends...
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
'''
print(distro, len(ch), write_chunks(out, 'deb-'+distro, lines_for(pk, ch, deps), HDR.format(suite=distro)))
