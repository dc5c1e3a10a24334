import os, sys; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from apt import *
ALT_PREFER={'usr-is-merged','gpgv','libcurl4t64','libcurl4','default-mysql-client','libmariadb-dev-compat','fonts-dejavu-core','libjpeg62-turbo-dev','libgl1-mesa-dri'}
PREFER={'awk':'mawk','debconf-2.0':'debconf','libc-dev':'libc6-dev','c-compiler':'gcc','c++-compiler':'g++','editor':'vim','mail-transport-agent':None}
def closure(distro, roots):
    pk,prov=load(distro)
    chosen=[]; seen=set(); deps={}
    def pick(alts):
        for a in alts:
            if a in ALT_PREFER and a in pk: return a
        for a in alts:
            if a in pk: return a
        for a in alts:
            if a in PREFER: return PREFER[a]
            ps=prov.get(a,[])
            for p in ps:
                if p in seen: return p
            if ps: return sorted(ps)[0]
        return None
    stack=list(roots)
    while stack:
        n=stack.pop(0)
        if n in seen or n not in pk: 
            if n not in pk and n not in seen: print('MISSING',n,file=sys.stderr)
            continue
        seen.add(n); chosen.append(n)
        r=pk[n]; ds=[]
        for alts in split_deps(r.get('Pre-Depends',''))+split_deps(r.get('Depends','')):
            p=pick(alts)
            if p and p!=n and p not in ds: ds.append(p)
            if p and p not in seen: stack.append(p)
        deps[n]=ds
    return pk,chosen,deps
def required(distro):
    pk,_=load(distro)
    return sorted([n for n,r in pk.items() if r.get('Priority')=='required'])+['apt']
if __name__=='__main__':
    distro=sys.argv[1]
    roots=required(distro)+sys.argv[2:]
    pk,ch,deps=closure(distro,roots)
    print(len(ch), sum(int(pk[n].get('Installed-Size','0')) for n in ch)/1024)
