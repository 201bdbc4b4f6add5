"""Residual at convergence (docs/airfoil-validation.md, session 13): reads the TRACE/POLAR lines that
docs/scripts/airfoil-residual-trace.patch makes the solver print (stderr of AirfoilValidationTables.java and
AirfoilPolarSetCost.java) and prints, per run, the distribution of max |R_i| over CONVERGED points, where the
large ones sit, and with a second run the status changes and C_l / C_d differences point by point.
  python3 docs/scripts/airfoil_residual_trace.py LIMIT BASE.err [OTHER.err]"""
import collections, re, sys

def load(path):
    """The final result of every (polar, angle): the last TRACE line of that angle within its polar."""
    pts, polar = collections.OrderedDict(), None
    for line in open(path):
        if line.startswith('POLAR'):
            polar = line.split(None, 1)[1].strip()
        elif line.startswith('TRACE') and polar and not polar.startswith('warm'):
            m = re.match(r'TRACE re (\S+) a (\S+) status (\S+) res (\S+) it (\d+) where (.*) cl (\S+) cd (\S+)', line)
            pts[(polar, float(m.group(2)))] = dict(status=m.group(3), res=float(m.group(4)), where=m.group(6),
                                                   cl=float(m.group(7)), cd=float(m.group(8)))
    return pts

def place(where):
    if where.startswith('wake'): return 'wake'
    if 'ends the transition interval' in where: kind = 'transition station'
    elif 'stations from the transition' in where:
        d = int(re.search(r'([+-]\d+) stations', where).group(1)); kind = 'transition station %+d' % d if abs(d) <= 2 else 'elsewhere'
    else: kind = 'elsewhere'
    return kind + (' (frozen)' if 'frozen' in where else ' (free)')

limit = float(sys.argv[1]); base = load(sys.argv[2])
conv = {k: v for k, v in base.items() if v['status'] == 'CONVERGED'}
edges = [1e-8, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, float('inf')]
hist = [sum(1 for v in conv.values() if lo <= v['res'] < hi) for lo, hi in zip([0] + edges[:-1], edges)]
print('points %d, CONVERGED %d; max|R| <1e-8 %d, 1e-8..1e-6 %d, 1e-6..1e-5 %d, 1e-5..1e-4 %d, 1e-4..1e-3 %d, 1e-3..1e-2 %d, 1e-2..0.1 %d, >=0.1 %d'
      % ((len(base), len(conv)) + tuple(hist)))
big = {k: v for k, v in conv.items() if v['res'] > limit}
print('CONVERGED with max|R| > %g: %d, at:' % (limit, len(big)), dict(collections.Counter(place(v['where']) for v in big.values())))
if len(sys.argv) > 3:
    other = load(sys.argv[3])
    print('status changes:', {'%s -> %s' % s: n for s, n in collections.Counter((v['status'], other[k]['status']) for k, v in base.items()).items() if s[0] != s[1]})
    for name, group in (('max|R| > limit', big), ('max|R| <= limit', {k: v for k, v in conv.items() if k not in big})):
        d = []
        for k, v in group.items():
            w = other[k]
            if w['status'] == 'CONVERGED':
                d.append((abs(w['cl'] - v['cl']) / max(abs(v['cl']), 0.2), abs(w['cd'] - v['cd']) / v['cd'], k, v['res'], w['res']))
        if not d: continue
        dl = sorted(x[0] for x in d); dd = sorted(x[1] for x in d)
        print('  %s, converged in both: %d; |dC_l| median %.3f %%, max %.2f %%, > 0.1 %%: %d; |dC_d| median %.3f %%, max %.2f %%, > 0.5 %%: %d'
              % (name, len(d), 100 * dl[len(dl) // 2], 100 * dl[-1], sum(x > 1e-3 for x in dl), 100 * dd[len(dd) // 2], 100 * dd[-1], sum(x > 5e-3 for x in dd)))
        for x in sorted(d, key=lambda x: -x[0])[:3]:
            print('     %s %g deg: dC_l %.2f %%, dC_d %.2f %%, max|R| %.1e -> %.1e' % (x[2][0], x[2][1], 100 * x[0], 100 * x[1], x[3], x[4]))
    lost = [(k, v['res'], other[k]['status']) for k, v in big.items() if other[k]['status'] != 'CONVERGED']
    print('  max|R| > limit and not CONVERGED in the second run:', lost)
