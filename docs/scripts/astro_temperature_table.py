#!/usr/bin/env python3
"""Rows of docs/astro.md run 22b's tables from RvMcmcComparisonBenchmark SBC directories.

usage: astro_temperature_table.py DIR [DIR ...]   (DIR holds rv-sbc.csv and rv-sbc-ranks.csv)

Per directory: every marginal's max ECDF deviation ("(out)": outside the band), how many are inside,
P's coverage of the central 5/50/90/95 % intervals, and P's truths at rank >= 195 / <= 5 of 200 draws
(an exact posterior: 6/201 each, 29.9 of 500 together; docs/astro.md run 20 (0)).
"""
import csv
import sys


def row(path):
    with open(f"{path}/rv-sbc.csv") as f:
        sbc = list(csv.DictReader(f))
    devs = []
    inside = 0
    for r in sbc:
        ok = r["inside_band"] == "true"
        inside += ok
        devs.append(f"{float(r['max_ecdf_deviation']):.3f}".lstrip("0") + ("" if ok else " (out)"))
    cov = [float(v) for v in sbc[0]["coverage_at_levels"].strip("[]").split()]
    with open(f"{path}/rv-sbc-ranks.csv") as f:
        ranks = [int(r["P"]) for r in csv.DictReader(f)]
    above = sum(r >= 195 for r in ranks)
    below = sum(r <= 5 for r in ranks)
    return (f"| {path} | {' '.join(devs)} | {inside} of 7 | {cov[0]:.3f} / {cov[9]:.3f} / {cov[17]:.3f} / {cov[18]:.3f} "
            f"| {above + below} ({above} / {below}) |")


if __name__ == "__main__":
    print("| directory | P K e ω M₀ γ s | inside | P coverage 5 / 50 / 90 / 95 % | P rank ≥ 195 or ≤ 5 (above / below) |")
    print("|---|---|---|---|---|")
    for d in sys.argv[1:]:
        print(row(d))
