# Package lines in the deb-<suite>-N.ts format, and writing them in chunks under 400 lines.
import os
def pri_flags(r):
    f=''
    if r.get('Essential')=='yes': f+='*'
    if r.get('Architecture')=='all': f+='.'
    f+={'required':'!','important':'+','standard':'~'}.get(r.get('Priority',''),'')
    return f
def sec(r): return r.get('Section','misc').split('/')[-1]
def kb_dl(r): return int(r.get('Installed-Size','0')), max(1,round(int(r.get('Size','0'))/1000))
def lines_for(pk, chosen, deps):
    out=[]
    for n in sorted(chosen):
        r=pk[n]; kb,dl=kb_dl(r)
        out.append(' '.join([n,r['Version'],str(kb),str(dl),sec(r)+pri_flags(r)]+deps[n]))
    return out
def write_chunks(out, prefix, lines, header, size=370):
    chunks=[lines[i:i+size] for i in range(0,len(lines),size)]
    names=[]
    for i,c in enumerate(chunks):
        fn=f'{prefix}-{i+1}.ts'; names.append(fn)
        with open(os.path.join(out,fn),'w') as f:
            f.write(header+'export default `\n'+'\n'.join(c)+'\n`;\n')
    return names
