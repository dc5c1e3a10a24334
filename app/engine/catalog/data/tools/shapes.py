import os, re, sys, json
INFO='/var/lib/dpkg/info/'
def host_list(name):
    for fn in (name+'.list', name+':amd64.list'):
        p=INFO+fn
        if os.path.exists(p): return [l.rstrip('\n') for l in open(p)]
    return None
ML='/usr/lib/x86_64-linux-gnu/'
def norm(p):
    # merged-usr: /bin -> /usr/bin etc.
    for a in ('/bin/','/sbin/','/lib/','/lib64/'):
        if p.startswith(a): return '/usr'+p
    return p
def shape_from_host(name):
    lst=host_list(name)
    if lst is None: return None
    bins=[];sbins=[];libs=[];links=[];files=[];tot=0;doc=0;man=0;nls=0
    seen=set()
    for raw in lst:
        p=norm(raw)
        if p in seen or p=='/.' : continue
        seen.add(p)
        try: st=os.lstat(raw)
        except FileNotFoundError: continue
        isl=os.path.islink(raw)
        if os.path.isdir(raw) and not isl: continue
        size=len(os.readlink(raw)) if isl else st.st_size
        tot+=size
        if p.startswith('/usr/share/doc/'): doc+=size; continue
        if p.startswith('/usr/share/man/') or p.startswith('/usr/share/info/'): man+=size; continue
        if p.startswith('/usr/share/locale/'): nls+=size; continue
        if p.startswith('/usr/share/lintian/') or p.startswith('/usr/share/bug/'): continue
        d,b=os.path.dirname(p)+'/',os.path.basename(p)
        if d=='/usr/bin/': bins.append(b+('>'+os.readlink(raw) if isl else '')); continue
        if d=='/usr/sbin/': sbins.append(b+('>'+os.readlink(raw) if isl else '')); continue
        if d==ML and re.match(r'.*\.so\.[0-9]',b) and not isl: libs.append(b); continue
        if d==ML and re.match(r'.*\.so\.[0-9]',b) and isl: continue  # soname links are generated
        if isl and '/git-core/' in p: continue
        if isl: links.append((p[1:],os.readlink(raw))); continue
        files.append((size,p[1:]))
    # keep: all /etc files (cap 12), headers (cap 8), largest others (cap 8)
    etc=[f for f in files if f[1].startswith('etc/')][:12]
    inc=sorted([f for f in files if f[1].startswith('usr/include/')],reverse=True)[:4]
    rest=sorted([f for f in files if not f[1].startswith('etc/') and not f[1].startswith('usr/include/')],reverse=True)[:5]
    keep=sorted(set(x[1] for x in etc+inc+rest))
    pct=lambda x: round(100*x/tot) if tot else 0
    return dict(bin=bins[:160],sbin=sbins[:80],lib=libs[:12],links=links[:16],files=keep,frac=(pct(doc),pct(man),pct(nls)),tot=tot)
if __name__=='__main__':
    for n in sys.argv[1:]: print(n, json.dumps(shape_from_host(n)))
