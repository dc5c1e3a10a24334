# Ubuntu jammy (22.04), focal (20.04) and noble (24.04) package tables. Ubuntu's archive is not
# reachable from the machines that generate this data, so each package is modelled on the
# closest Debian package in the generated Debian tables (jammy on bookworm, focal on bullseye,
# noble on trixie; then the next release for what that one lacks, such as openjdk-17), renamed
# where Ubuntu's release carries another version in the name (python3.11 -> python3.10,
# gcc-12 -> gcc-11, libicu72 -> libicu70, ...). Sizes, sections and depends are the Debian
# package's; versions come from ubuntu_versions.py (best estimates) where it names the package,
# else they are the Debian package's (written to a separate -borrowed file that says so). A
# borrowed package whose line would be the Debian one byte for byte is written as a reference
# (its name, plus the release where that is not the first sibling): deb/world.ts copies the
# record from the Debian table when it loads, so the data is not held twice.
# Usage: python3 ubuntu.py app/engine/catalog/data/debian
import os, re, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ubuntu_versions as uv
from roots import POPULAR, BUILDPACK, COMMON, EXTRA
from emit_lines import write_chunks
OUT = sys.argv[1]

def read_table(prefix, inherit=None):
    """name -> [version, kb, dl, sectionflags, depends] from deb-<prefix>-N.ts."""
    recs = {}
    n = 1
    while os.path.exists(os.path.join(OUT, f'deb-{prefix}-{n}.ts')):
        for line in open(os.path.join(OUT, f'deb-{prefix}-{n}.ts')):
            f = line.split()
            if len(f) < 5 or line.startswith('//') or line.startswith('export'): continue
            deps = f[5:]
            if deps == ['='] and inherit: deps = inherit.get(f[0], [None] * 5)[4] or []
            recs[f[0]] = [f[1], f[2], f[3], f[4], deps]
        n += 1
    return recs

trixie = read_table('trixie')
bookworm = read_table('bookworm', trixie)
bullseye = read_table('bullseye')
RELEASE_OF = {id(trixie): 'trixie', id(bookworm): 'bookworm', id(bullseye): 'bullseye'}

def subst(pairs):
    def rename(name):
        for pat, rep in pairs:
            if re.fullmatch(pat, name): return None if rep is None else re.sub(pat, rep, name)
        return name
    return rename

COMMON_MAP = [
    (r'debian-archive-keyring', 'ubuntu-keyring'),
    (r'libmariadb-dev-compat', 'libmysqlclient-dev'), (r'libmariadb-dev', None),
    (r'libmariadb3', 'libmysqlclient21'), (r'mariadb-common', 'mysql-common'),
]
RELEASES = {
    'jammy': dict(sources=[bookworm, bullseye], versions=uv.JAMMY, base=uv.JAMMY_BASE, map=COMMON_MAP + [
        (r'(lib)?python3\.(11|9)(.*)', r'\1python3.10\3'),
        (r'(gcc|g\+\+|cpp)-(12|10)(-base)?', r'\1-11\3'), (r'lib(gcc|stdc\+\+)-(12|10)-dev', r'lib\1-11-dev'),
        (r'libasan8', 'libasan6'), (r'libtsan2', 'libtsan0'), (r'libgprofng0', None),
        (r'(perl-modules-|libperl)5\.(36|32)', r'\g<1>5.34'), (r'libicu(72|67)', 'libicu70'),
        (r'postgresql-client-(15|13)', 'postgresql-client-14'), (r'libnode(108|72)', 'libnode72'),
        (r'libproc2-0', 'libprocps8'), (r'libssl1\.1', 'libssl3'), (r'libffi7', 'libffi8'),
        (r'libldap-2\.4-2', 'libldap-2.5-0'), (r'usr-is-merged', None), (r'libjsoncpp24', 'libjsoncpp25'),
        (r'libsepol1', 'libsepol2'), (r'libsemanage1', 'libsemanage2'), (r'libssh2-1', 'libssh-4'), (r'libbpf1', 'libbpf0'),
        (r'util-linux-extra', None), (r'libjpeg62-turbo', 'libjpeg8'), (r'pkgconf', None),
    ]),
    'focal': dict(sources=[bullseye], versions=uv.FOCAL, base=uv.FOCAL_BASE, map=COMMON_MAP + [
        (r'(lib)?python3\.9(.*)', r'\1python3.8\2'),
        (r'(gcc|g\+\+|cpp)-10(-base)?', r'\1-9\2'), (r'lib(gcc|stdc\+\+)-10-dev', r'lib\1-9-dev'),
        (r'libasan6', 'libasan5'), (r'(perl-modules-|libperl)5\.32', r'\g<1>5.30'),
        (r'libicu67', 'libicu66'), (r'postgresql-client-13', 'postgresql-client-12'),
        (r'libnode72', 'libnode64'), (r'libhogweed6', 'libhogweed5'), (r'libnettle8', 'libnettle7'),
        (r'libjsoncpp24', 'libjsoncpp1'), (r'media-types', 'mime-support'), (r'libmpdec3', 'libmpdec2'),
        (r'libisl23', 'libisl22'), (r'usr-is-merged', None), (r'libssh2-1', 'libssh-4'),
        (r'libxxhash0', None), (r'pkgconf', None), (r'python3-pip-whl', 'python-pip-whl'),
    ]),
    'noble': dict(sources=[trixie, bookworm, bullseye], versions=uv.NOBLE, base=None, map=COMMON_MAP + [
        (r'libpython3\.(13|11|9)', 'libpython3.12t64'),
        (r'(lib)?python3\.(13|11|9)(.*)', r'\1python3.12\3'),
        (r'(gcc|g\+\+|cpp)-(14|12|10)(-base|-x86-64-linux-gnu)?', r'\1-13\3'),
        (r'lib(gcc|stdc\+\+)-(14|12|10)-dev', r'lib\1-13-dev'),
        (r'libperl5\.(40|36|32)', 'libperl5.38t64'), (r'perl-modules-5\.(40|36|32)', 'perl-modules-5.38'),
        (r'libicu(76|72|67)', 'libicu74'), (r'postgresql-client-(17|15|13)', 'postgresql-client-16'),
        (r'libnode(115|108|72)', 'libnode109'), (r'sqv', None), (r'openssl-provider-legacy', None),
        (r'libjsoncpp(26|25|24)', 'libjsoncpp25'), (r'librhash1', 'librhash0'), (r'node-corepack', None),
        (r'libssl1\.1', 'libssl3t64'), (r'libffi7', 'libffi8'), (r'libldap-2\.[45]-[02]', 'libldap2'),
        (r'libapt-pkg(6|7)\.0', 'libapt-pkg6.0t64'), (r'libassuan9', 'libassuan0'),
        (r'libcares2', 'libc-ares2'), (r'libssh2-1(t64)?', 'libssh-4'),
        (r'python3-(distutils|lib2to3)', None), (r'lib(archive13|cups2|asound2)', r'lib\1t64'), (r'libngtcp2.*|libnghttp3-9', None), (r'libunistring2', 'libunistring5'),
        (r'libgnutls30', 'libgnutls30t64'), (r'libhogweed6', 'libhogweed6t64'), (r'libnettle8', 'libnettle8t64'),
    ]),
}
ROOTS = POPULAR + BUILDPACK + COMMON + EXTRA

def base_lines(text):
    return [l.split() for l in open(os.path.join(OUT, 'deb-noble.ts')) if l.strip() and not l.startswith(('//', 'export', '`'))] if text is None else None

def generate(rel, cfg):
    plain_rename = subst(cfg['map'])
    noble_base = {l.split()[0] for l in open(os.path.join(OUT, 'deb-noble.ts')) if len(l.split()) >= 5 and not l.startswith(('//', 'export'))}
    def rename(name):
        renamed = plain_rename(name)
        # noble renamed its 64-bit time_t libraries: a Debian 12 name becomes noble's t64 one.
        if renamed and rel == 'noble' and renamed + 't64' in noble_base | set(sources[0]):
            return renamed + 't64'
        return renamed
    sources = cfg['sources']
    versions = uv.parse(cfg['versions'])
    t64 = rel == 'noble'
    def lookup(name):
        # The primary release first, under the name or (noble, trixie) its t64 rename.
        names = [name, name + 't64'] if t64 and not name.endswith('t64') else [name]
        for src in sources:
            for cand in names:
                if cand in src: return cand, src[cand]
            if not t64 and name.endswith('t64') and name[:-3] in src: return name[:-3], src[name[:-3]]
        return None, None
    out = {}   # ubuntu name -> (version, kb, dl, secflags, deps, own_version)
    # The base: Ubuntu's own list (noble's is deb-noble.ts, kept as it is).
    if cfg['base']:
        base = uv.parse(cfg['base'])
        for name, version in base.items():
            debname = {'libprocps8': 'libproc2-0' if rel != 'focal' else 'libprocps8', 'ubuntu-keyring': 'debian-archive-keyring', 'usrmerge': 'usr-is-merged'}.get(name, name)
            for cand in (debname, name, name.replace('libhogweed5', 'libhogweed6').replace('libnettle7', 'libnettle8'), re.sub(r'-\d+-base$', '-10-base', name), re.sub(r'-\d+-base$', '-12-base', name)):
                key, rec = lookup(cand)
                if rec: break
            if not rec:
                print(rel, 'base: no Debian sibling for', name, file=sys.stderr); continue
            deps = [d for d in (rename(x) for x in rec[4]) if d]
            deps = [d if d != 'gcc-11-base' or name == 'gcc-11-base' else 'gcc-12-base' for d in deps] if rel == 'jammy' else deps
            deps = [d if d != 'gcc-9-base' else 'gcc-10-base' for d in deps] if rel == 'focal' else deps
            out[name] = (version, rec[1], rec[2], rec[3], deps, True)
        base_names = set(base)
    else:
        base_names = {l.split()[0] for l in open(os.path.join(OUT, 'deb-noble.ts')) if len(l.split()) >= 5 and not l.startswith(('//', 'export'))}
    # The installables: the closure of ROOTS through the Debian tables.
    seen = set(); queue = list(ROOTS) + list(versions)
    while queue:
        name = queue.pop(0)
        if name in seen: continue
        seen.add(name)
        key, rec = lookup(name)
        if not rec: continue
        uname = rename(key)
        if not uname or uname in base_names or uname in out: 
            queue.extend(rec[4]); continue
        deps = []
        for d in rec[4]:
            ud = rename(d)
            if ud and ud != uname and ud not in deps: deps.append(ud)
            queue.append(d)
        own = uname in versions
        out[uname] = (versions.get(uname, rec[0]), rec[1], rec[2], rec[3], deps, own)
    # Ubuntu names that map from no Debian record (a version with no sibling) get their
    # dependants' view only; report them so the tables can be checked.
    known = set(out) | base_names
    dangling = sorted({d for v in out.values() for d in v[4] if d not in known})
    if dangling: print(rel, 'dangling', ' '.join(dangling), file=sys.stderr)
    missing = sorted(n for n in versions if n not in known)
    if missing: print(rel, 'versioned but not generated', ' '.join(missing), file=sys.stderr)
    return out, base_names

HDR = '''// Ubuntu {num} ({rel}) {what}, by data/tools/ubuntu.py. Same line format as deb-trixie-N.ts.
// Versions: Ubuntu's, from data/tools/ubuntu_versions.py, written from memory of the {rel}
// archive in late 2025: best estimates, not checked against the archive (not reachable here).
// Sizes, sections and depends are the closest Debian package's ({sib}), renamed where Ubuntu's
// release carries another version in the name (python3.X, gcc-N, libicuN, perl 5.N).
'''
BHDR = '''// Ubuntu {num} ({rel}) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each is the closest Debian package ({sib}) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
// A line "name" is {first}'s record of that name, "name release" that release's (copied by
// deb/world.ts when it loads); a full line is written where the record differs (renamed
// package or depends).
'''
NUM = {'jammy': '22.04', 'focal': '20.04', 'noble': '24.04'}
SIB = {'jammy': 'bookworm, then bullseye', 'focal': 'bullseye', 'noble': 'trixie, then bookworm and bullseye'}
import glob
for rel, cfg in RELEASES.items():
    out, base_names = generate(rel, cfg)
    for stale in glob.glob(os.path.join(OUT, f'deb-{rel}-*-*.ts')): os.remove(stale)
    line = lambda n: ' '.join([n, *out[n][:4], *out[n][4]])
    fmt = dict(num=NUM[rel], rel=rel, sib=SIB[rel], first=RELEASE_OF[id(cfg['sources'][0])])
    if cfg['base']:
        write_chunks(OUT, f'deb-{rel}-base', [line(n) for n in sorted(base_names) if n in out],
                     HDR.format(what='base image packages', **fmt), size=380)
    own = [line(n) for n in sorted(out) if out[n][5] and n not in base_names]
    def borrowed_line(n):
        # A reference where the Debian record is this one byte for byte, else the full line.
        for src in cfg['sources']:
            if src.get(n) == [*out[n][:4], out[n][4]]:
                return n if src is cfg['sources'][0] else f'{n} {RELEASE_OF[id(src)]}'
        return line(n)
    borrowed = [borrowed_line(n) for n in sorted(out) if not out[n][5] and n not in base_names]
    print(rel, len(base_names), len(own), len(borrowed),
          write_chunks(OUT, f'deb-{rel}-apps', own, HDR.format(what='packages Dockerfiles install', **fmt)),
          write_chunks(OUT, f'deb-{rel}-borrowed', borrowed, BHDR.format(**fmt)))
