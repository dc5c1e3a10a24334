# Ubuntu 24.04 (noble) base image packages. Ubuntu's archive is not reachable from the
# machines that generated this data, so versions are written from the noble-updates archive
# as of late 2025; sizes, sections and depends are taken from the closest Debian package
# (trixie, then bookworm). Prints lines in the deb-<suite> format.
import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from apt import load, split_deps
NOBLE='''apt 2.8.3
base-files 13ubuntu10.3
base-passwd 3.6.3build1
bash 5.2.21-2ubuntu4
bsdutils 1:2.39.3-9ubuntu6.3
coreutils 9.4-3ubuntu6.1
dash 0.5.12-6ubuntu5
debconf 1.5.86ubuntu1
debianutils 5.17build1
diffutils 1:3.10-1build1
dpkg 1.22.6ubuntu6.5
e2fsprogs 1.47.0-2.4~exp1ubuntu4.1
findutils 4.9.0-5build1
gcc-14-base 14.2.0-4ubuntu2~24.04
gpgv 2.4.4-2ubuntu17.3
grep 3.11-4build1
gzip 1.12-1ubuntu3.1
hostname 3.23+nmu2ubuntu2
init-system-helpers 1.66ubuntu1
libacl1 2.3.2-1build1.1
libapt-pkg6.0t64 2.8.3
libattr1 1:2.5.2-1build1.1
libaudit-common 1:3.1.2-2.1build1.1
libaudit1 1:3.1.2-2.1build1.1
libblkid1 2.39.3-9ubuntu6.3
libbz2-1.0 1.0.8-5.1build0.1
libc-bin 2.39-0ubuntu8.6
libc6 2.39-0ubuntu8.6
libcap-ng0 0.8.4-2build2
libcap2 1:2.66-5ubuntu2.2
libcom-err2 1.47.0-2.4~exp1ubuntu4.1
libcrypt1 1:4.4.36-4build1
libdb5.3t64 5.3.28+dfsg2-7
libdebconfclient0 0.271ubuntu3
libext2fs2t64 1.47.0-2.4~exp1ubuntu4.1
libffi8 3.4.6-1build1
libgcc-s1 14.2.0-4ubuntu2~24.04
libgcrypt20 1.10.3-2build1
libgmp10 2:6.3.0+dfsg-2ubuntu6.1
libgnutls30t64 3.8.3-1.1ubuntu3.4
libgpg-error0 1.47-3build2.1
libhogweed6t64 3.9.1-2.2build1.1
libidn2-0 2.3.7-2build1.1
liblz4-1 1.9.4-1build1.1
liblzma5 5.6.1+really5.4.5-1ubuntu0.2
libmd0 1.1.0-2build1.1
libmount1 2.39.3-9ubuntu6.3
libncursesw6 6.4+20240113-1ubuntu2
libnettle8t64 3.9.1-2.2build1.1
libp11-kit0 0.25.3-4ubuntu2.1
libpam-modules 1.5.3-5ubuntu5.5
libpam-modules-bin 1.5.3-5ubuntu5.5
libpam-runtime 1.5.3-5ubuntu5.5
libpam0g 1.5.3-5ubuntu5.5
libpcre2-8-0 10.42-4ubuntu2.1
libproc2-0 2:4.0.4-4ubuntu3.2
libseccomp2 2.5.5-1ubuntu3.1
libselinux1 3.5-2ubuntu2.1
libsemanage-common 3.5-1build5
libsemanage2 3.5-1build5
libsepol2 3.5-2build1
libsmartcols1 2.39.3-9ubuntu6.3
libss2 1.47.0-2.4~exp1ubuntu4.1
libssl3t64 3.0.13-0ubuntu3.6
libstdc++6 14.2.0-4ubuntu2~24.04
libsystemd0 255.4-1ubuntu8.11
libtasn1-6 4.19.0-3ubuntu0.24.04.1
libtinfo6 6.4+20240113-1ubuntu2
libudev1 255.4-1ubuntu8.11
libunistring5 1.1-2build1.1
libuuid1 2.39.3-9ubuntu6.3
libxxhash0 0.8.2-2build1
libzstd1 1.5.5+dfsg2-2build1.1
login 1:4.13+dfsg1-4ubuntu3.2
logsave 1.47.0-2.4~exp1ubuntu4.1
mawk 1.3.4.20240123-1build1
mount 2.39.3-9ubuntu6.3
ncurses-base 6.4+20240113-1ubuntu2
ncurses-bin 6.4+20240113-1ubuntu2
passwd 1:4.13+dfsg1-4ubuntu3.2
perl-base 5.38.2-3.2ubuntu0.2
procps 2:4.0.4-4ubuntu3.2
sed 4.9-2build1
sensible-utils 0.0.22
sysvinit-utils 3.08-6ubuntu3
tar 1.35+dfsg-3build1
ubuntu-keyring 2023.11.28.1
util-linux 2.39.3-9ubuntu6.3
zlib1g 1:1.3.dfsg-3.1ubuntu2.1'''
RENAME={'libapt-pkg7.0':'libapt-pkg6.0t64','sqv':'gpgv','liblastlog2-2':None,'openssl-provider-legacy':None,'libsqlite3-0':None,'login.defs':None,'libbsd0':None,'usr-is-merged':None,'debian-archive-keyring':'ubuntu-keyring'}
if __name__=='__main__':
    tx,_=load('trixie'); bk,_=load('bookworm')
    names=[l.split()[0] for l in NOBLE.split('\n')]
    out=[]
    for line in NOBLE.split('\n'):
        n,v=line.split()
        r=tx.get(n) or bk.get(n) or bk.get(n.replace('t64',''))
        deps=[]
        for alts in split_deps(r.get('Pre-Depends',''))+split_deps(r.get('Depends','')):
            a=alts[0]; a=RENAME.get(a,a)
            if a and a in names and a!=n and a not in deps: deps.append(a)
        f=''
        if r.get('Architecture')=='all': f+='.'
        if r.get('Essential')=='yes': f+='*'
        f+={'required':'!','important':'+','standard':'~'}.get(r.get('Priority',''),'')
        out.append(' '.join([n,v,r['Installed-Size'],str(max(1,round(int(r['Size'])/1000))),r.get('Section','misc').split('/')[-1]+f]+deps))
    print('// Ubuntu 24.04 (noble) base packages, by data/tools/noble.py: versions from the noble archive,\n// sizes and depends from the closest Debian package. Same line format as deb-trixie-N.ts.\n// Other packages on noble are taken from the trixie data (an approximation).\nexport default `\n'+'\n'.join(out)+'\n`;')
