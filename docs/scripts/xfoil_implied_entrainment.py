"""Head's entrainment implied by an XFOIL boundary layer (docs/airfoil-validation.md, "Turbulent layer
after a laminar bubble (session 12)").

Reads an XFOIL DUMP file (columns s x y Ue/Vinf Dstar Theta Cf H ...) and prints, at the upper-surface
nodes from x/c = X0 to the trailing edge, XFOIL's shape factor H, the entrainment its layer carries in
Head's variables, E = d(theta H1)/ds + theta H1 (1/Ue) dUe/ds with H1 = H1(H) of Head's correlation
(Cebeci & Bradshaw 1977; central differences along the surface), Head's equilibrium value F(H1) =
0.0306 (H1 - 3)^-0.6169, their ratio, and XFOIL's C_f over Ludwieg-Tillmann's at the same H and Re_theta.
A ratio E/F above 1 means XFOIL's layer entrains faster than Head's method allows at that shape factor.

    python3 docs/scripts/xfoil_implied_entrainment.py DUMP RE X0
"""
import sys


def h1(h):
    h = min(h, 6.0)
    return 3.3 + 0.8234 * (h - 1.1) ** -1.287 if h <= 1.6 else 3.3 + 1.5501 * (h - 0.6778) ** -3.064


def entrainment(head_h1):
    return 0.0306 * max(head_h1 - 3.0, 1e-9) ** -0.6169


def ludwieg_tillmann(h, re_theta):
    return 0.246 * 10 ** (-0.678 * h) * max(re_theta, 10) ** -0.268


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: xfoil_implied_entrainment.py DUMP RE X0")
    re, x0 = float(sys.argv[2]), float(sys.argv[3])
    rows = []
    with open(sys.argv[1]) as f:
        for line in f:
            p = line.split()
            if line.startswith("#") or len(p) < 12:
                continue
            rows.append([float(v) for v in p[:8]])
    le = min(range(len(rows)), key=lambda i: rows[i][1])
    upper = [r for r in rows[: le + 1][::-1] if r[1] >= x0]  # leading edge -> trailing edge
    print("| x/c | H | E | F(H1) | E/F | C_f / C_f,LT |")
    print("|---:|---:|---:|---:|---:|---:|")
    for a, b, c in zip(upper, upper[1:], upper[2:]):
        ds = a[0] - c[0]  # XFOIL's s grows from the upper trailing edge towards the leading edge
        u = abs(b[3])
        du = (abs(c[3]) - abs(a[3])) / ds
        e = (c[5] * h1(c[7]) - a[5] * h1(a[7])) / ds + b[5] * h1(b[7]) * du / u
        f = entrainment(h1(b[7]))
        cf = b[6] / (u * u) / ludwieg_tillmann(b[7], u * b[5] * re)
        print("| %.3f | %.2f | %.4f | %.4f | %.2f | %.2f |" % (b[1], b[7], e, f, e / f, cf))


if __name__ == "__main__":
    main()
