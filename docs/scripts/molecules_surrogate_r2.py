# Feasibility measurement for docs/molecules.md (not project code): how much do context features
# (adjacent SELFIES symbol pairs, triples) raise a ridge logP surrogate's accuracy over symbol counts?
# Reads the training molecules (SELFIES, Wildman-Crippen logP) stored in a model file; holds out 600
# of them (numpy seed 0). Usage: python3 docs/scripts/molecules_surrogate_r2.py runs/MODEL/model.inn
import sys
import json, re, numpy as np
raw=open(sys.argv[1],'rb').read()
meta,_=json.JSONDecoder().raw_decode(raw[raw.index(b'{"format"'):].decode('utf-8','ignore'))
tr=meta['metadata']['run']['molecules']['training']
seqs=[re.findall(r'\[[^\]]*\]', t['selfies']) for t in tr]; y=np.array([t['y'][0] for t in tr])
rng=np.random.default_rng(0); idx=rng.permutation(len(y)); te=idx[:600]; trn=idx[600:]
def feats(kind):
    vocab={}
    rows=[]
    for s in seqs:
        f={}
        toks=list(s)
        for a in toks: f[('u',a)]=f.get(('u',a),0)+1
        if kind>=2:
            for a,b in zip(toks,toks[1:]): f[('b',a,b)]=f.get(('b',a,b),0)+1
        if kind>=3:
            for a,b,c in zip(toks,toks[1:],toks[2:]): f[('t',a,b,c)]=f.get(('t',a,b,c),0)+1
        rows.append(f)
        for k in f: vocab.setdefault(k,len(vocab))
    X=np.zeros((len(rows),len(vocab)))
    for i,f in enumerate(rows):
        for k,v in f.items(): X[i,vocab[k]]=v
    return X
for kind,lam in [(1,1.0),(2,1.0),(2,3.0),(3,3.0),(3,10.0)]:
    X=feats(kind); Xt=X[trn]; mu=Xt.mean(0); ym=y[trn].mean()
    A=(Xt-mu); w=np.linalg.solve(A.T@A+lam*np.eye(X.shape[1]), A.T@(y[trn]-ym))
    for name,ii in [('train',trn),('held',te)]:
        p=(X[ii]-mu)@w+ym; e=p-y[ii]
        print(kind,lam,name,'features',X.shape[1],'R2 %.3f MAE %.3f within0.5 %.1f%%'%(1-np.sum(e**2)/np.sum((y[ii]-y[ii].mean())**2),np.mean(abs(e)),100*np.mean(abs(e)<=0.5)))
