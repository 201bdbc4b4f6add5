"""Pools `inverse airfoil compare` runs: the ratio of the means over all their targets.

Each run prints its own ratio of means over its ten targets; a claim needs the ratio over all of them
(docs/airfoil.md, "Part 6 (sessions 21 and 22)"). Every run must have the same number of targets and
have been run with --cmaes-goal tolerance,cinn-error, one core each. compare.md before session 22 rounded
the cINN's times to 10 ms, so its exact mean is recovered as CMA-ES's mean over the printed ratio.

    python3 docs/scripts/airfoil_compare_means.py OUT/compare-*/compare.md
"""
import re
import sys

NUMBER = r"([\d.]+)"


def run(path):
    text = open(path, encoding="utf-8").read()

    def find(pattern):
        m = re.search(pattern, text)
        if not m:
            sys.exit(f"{path}: no line matching {pattern!r}; was it run with --cmaes-goal tolerance,cinn-error?")
        return float(m.group(1))

    tolerance = find(r"- CMA-ES to tolerance, 1 core " + NUMBER + " s")
    literal = find(r"- CMA-ES to the cINN \S+ order's error, 1 core " + NUMBER + " s")
    ratio = find(r"against CMA-ES to tolerance, 1 core: " + NUMBER + "x in wall time")
    calls = find(r"- cINN \S+ order, 1 core [\d.]+ s \(" + NUMBER + " calls")
    targets = find(r"solver calls\) over (\d+) targets")
    return dict(targets=targets, cinn=tolerance / ratio, tolerance=tolerance, literal=literal, calls=calls)


def main(paths):
    if not paths:
        sys.exit(__doc__)
    runs = [run(p) for p in paths]
    if len({r["targets"] for r in runs}) != 1:
        sys.exit("runs differ in their number of targets: pool runs of equal size")
    mean = {k: sum(r[k] for r in runs) / len(runs) for k in ("cinn", "tolerance", "literal", "calls")}
    n = int(sum(r["targets"] for r in runs))
    print(f"{len(runs)} runs, {n} targets: cINN {1000 * mean['cinn']:.1f} ms ({mean['calls']:.2f} calls) per design; "
          f"CMA-ES {mean['tolerance']:.3f} s to the tolerance, {mean['literal']:.3f} s to the cINN's error")
    print(f"wall-time speed-up (ratio of means): {mean['tolerance'] / mean['cinn']:.1f}x to the tolerance, "
          f"{mean['literal'] / mean['cinn']:.1f}x to the cINN's error")


if __name__ == "__main__":
    main(sys.argv[1:])
