import re, os, json, sys
D=os.environ.get('APT_LISTS_TXT','/tmp/trixie-apt/')  # folder of decompressed Packages files
FILES={
 'trixie':['deb.debian.org_debian_dists_trixie_main_binary-amd64_Packages.txt','deb.debian.org_debian_dists_trixie-updates_main_binary-amd64_Packages.txt','deb.debian.org_debian-security_dists_trixie-security_main_binary-amd64_Packages.txt'],
 'bullseye':['deb.debian.org_debian_dists_bullseye_main_binary-amd64_Packages.txt','deb.debian.org_debian_dists_bullseye-updates_main_binary-amd64_Packages.txt','deb.debian.org_debian-security_dists_bullseye-security_main_binary-amd64_Packages.txt'],
 'bookworm':['deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.txt','deb.debian.org_debian_dists_bookworm-updates_main_binary-amd64_Packages.txt','deb.debian.org_debian-security_dists_bookworm-security_main_binary-amd64_Packages.txt'],
}
def load(distro):
    pk={}; prov={}
    for f in FILES[distro]:
        txt=open(D+f,encoding='utf-8').read()
        for block in txt.split('\n\n'):
            rec={}; key=None
            for line in block.split('\n'):
                if not line: continue
                if line[0] in ' \t':
                    continue
                k,_,v=line.partition(':'); rec[k]=v.strip(); key=k
            if 'Package' not in rec: continue
            pk[rec['Package']]=rec
    for n,r in pk.items():
        for p in split_deps(r.get('Provides','')):
            prov.setdefault(p[0],[]).append(n)
    return pk,prov
def split_deps(s):
    out=[]
    for part in s.split(','):
        part=part.strip()
        if not part: continue
        alts=[]
        for a in part.split('|'):
            a=a.strip(); a=re.sub(r'\(.*?\)','',a).strip(); a=a.split(':')[0].strip()
            a=re.sub(r'\[.*?\]','',a).strip()
            if a: alts.append(a)
        out.append(alts)
    return out
