"""Where the RV cINN's period misses lie (docs/astro.md, run 20).

Reads the rv-period-misses.csv files that RvPeriodMissBenchmark writes (one per model and target set) and prints
(1) what an exact posterior gives for the counts used here, (2) the misses by where the truth lies relative to the
coordinate's centre and the periodogram peaks, (3) the miss rates split by observables (functions of y and of the
draws only, so an exact posterior has rate 6/201 above and below in every group).

Usage: python3 docs/scripts/astro_period_misses.py astro/target/misses/*/rv-period-misses.csv
"""
import sys

import numpy as np

DRAWS = 200


def exact_reference():
    """Rank of the truth among 200 draws of an exact posterior: uniform on 0..200."""
    above = 6 / (DRAWS + 1)  # rank >= 195
    # ExpectedCoverage: type-7 quantiles, h = 199 p; the truth is inside [x(4.975), x(194.025)] with probability
    # (194.025 - 4.975) / 201 (order statistics of 201 exchangeable values)
    lo = (DRAWS - 1) * 0.025
    hi = (DRAWS - 1) * 0.975
    coverage = (hi - lo) / (DRAWS + 1)
    print(f"exact posterior: P(rank >= 195) = P(rank <= 5) = {above:.4f}; misses per 500 = {500 * 2 * above:.1f}; "
          f"95 % interval coverage with 200 draws = {coverage:.4f} (binomial s.d. over 500: "
          f"{np.sqrt(coverage * (1 - coverage) / 500):.4f})")


def load(path):
    return np.genfromtxt(path, delimiter=",", names=True)


def classes(paths):
    print("\nmisses (rank <= 5 or >= 195) by where the truth lies; 'at' = within one peak width P/T in ln P")
    print("| evaluation | above / below | A at the centre | H at the two-harmonic top peak only | G at the GLS top peak "
          "only | N elsewhere, flow at the centre (mass >= 0.5) | B elsewhere, flow spread | truth elsewhere but at one "
          "of the 4 two-harmonic peaks |")
    for path in paths:
        d = load(path)
        p, t, r = d["true_period"], d["span"], d["rank"]
        near = lambda ref: np.abs(np.log(p / ref)) < p / t
        miss = (r >= 195) | (r <= 5)
        a = near(d["centre_period"])
        h = ~a & near(d["harmonic_period"])
        g = ~a & ~h & near(d["gls_period"])
        rest = ~a & ~h & ~g
        n = rest & (d["mass_centre"] >= 0.5)
        b = rest & (d["mass_centre"] < 0.5)
        listed = ~a & (d["harmonic_rank_at_truth"] > 0)
        cells = [f"{np.sum(m & miss)} of {np.sum(m)}" for m in (a, h, g, n, b, listed)]
        print(f"| {path.split('/')[-2]} | {np.sum(r >= 195)} / {np.sum(r <= 5)} | " + " | ".join(cells) + " |")


def observables(paths, title):
    groups = {}
    for path in paths:
        d = load(path)
        r = d["rank"]
        c, mc = d["centre_period"], d["mass_centre"]
        split = {
            "flow's mass at the centre >= 0.9": mc >= 0.9,
            "flow's mass at the centre 0.5-0.9": (mc >= 0.5) & (mc < 0.9),
            "flow's mass at the centre < 0.5": mc < 0.5,
            "centre < 10 d": c < 10,
            "centre 10-100 d": (c >= 10) & (c < 100),
            "centre >= 100 d": c >= 100,
            "centre / T < 0.05": c / d["span"] < 0.05,
            "centre / T >= 0.05": c / d["span"] >= 0.05,
        }
        for k, m in split.items():
            acc = groups.setdefault(k, [0, 0, 0])
            acc[0] += m.sum()
            acc[1] += np.sum(m & (r >= 195))
            acc[2] += np.sum(m & (r <= 5))
    print(f"\n{title}: miss rates by observables (exact posterior: 0.030 above, 0.030 below)")
    print("| group | targets | truth above rank 195 | below rank 5 |")
    for k, (n, a, b) in groups.items():
        print(f"| {k} | {n} | {a} ({a / max(n, 1):.3f}) | {b} ({b / max(n, 1):.3f}) |")


def summary(paths):
    print("\n| evaluation | targets | misses | above | below | max true P / T |")
    for path in paths:
        d = load(path)
        r = d["rank"]
        print(f"| {path.split('/')[-2]} | {len(r)} | {np.sum((r >= 195) | (r <= 5))} | {np.sum(r >= 195)} | "
              f"{np.sum(r <= 5)} | {d['p_over_t'].max():.2f} |")


if __name__ == "__main__":
    files = sys.argv[1:]
    exact_reference()
    summary(files)
    classes(files)
    observables(files, "all files given")
