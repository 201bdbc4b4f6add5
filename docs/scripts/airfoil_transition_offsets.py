"""Transition location of this solver against XFOIL's, from the output of AirfoilValidationTables.java.

Reads the per-angle tables (columns "x_tr upper (XFOIL)", "x_tr lower (XFOIL)") and prints, for every
section at one Reynolds number, the offset ours - XFOIL per angle on both surfaces (-4..6 deg, points
where a surface is laminar to the edge in both, x_tr = 1, are left out of the statistics), then the
mean, smallest and largest offset per surface (docs/airfoil-validation.md, "Transition location").

    python3 docs/scripts/airfoil_transition_offsets.py TABLES.md 1e6 [--angles]
"""
import re
import sys


def parse(path):
    out, cur = {}, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"### (.*), Re = (\S+)", line)
        if m:
            cur = (m.group(1), m.group(2))
            out[cur] = {}
            continue
        if cur and line.startswith("| ") and "(" in line and not line.startswith("| α"):
            c = [x.strip() for x in line.strip().strip("|").split("|")]
            xu = re.match(r"([\d.]+) \(([\d.]+)\)", c[10])
            xl = re.match(r"([\d.]+) \(([\d.]+)\)", c[11])
            out[cur][int(c[0])] = (c[1], float(c[4].split()[0]), float(xu.group(1)), float(xu.group(2)),
                                   float(xl.group(1)), float(xl.group(2)))
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: airfoil_transition_offsets.py TABLES.md RE [--angles]")
    tables, re_ = parse(sys.argv[1]), sys.argv[2]
    print("| section | upper: mean / min / max offset | lower: mean / min / max offset |")
    print("|---|---|---|")
    for (name, r), rows in tables.items():
        if r != re_:
            continue
        stats = []
        for k in (2, 4):
            d = [v[k] - v[k + 1] for a, v in rows.items() if a <= 6 and v[k + 1] < 0.999 and v[k] < 0.999]
            stats.append(f"{sum(d) / len(d):+.4f} / {min(d):+.3f} / {max(d):+.3f}" if d else "–")
        print(f"| {name} | {stats[0]} | {stats[1]} |")
        if "--angles" in sys.argv:
            for a in sorted(rows):
                if a > 6:
                    continue
                st, dcl, xu, xuf, xl, xlf = rows[a]
                print(f"|   {a} | {xu:.3f} / {xuf:.3f} ({xu - xuf:+.3f}) | {xl:.3f} / {xlf:.3f} ({xl - xlf:+.3f}) "
                      f"ΔC_l {dcl:+.1f} % {'' if st == 'CONVERGED' else st} |")


if __name__ == "__main__":
    main()
