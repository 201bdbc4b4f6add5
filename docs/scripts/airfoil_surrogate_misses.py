"""Replays the cINN's surrogate-ordered search on rows of AirfoilSurrogateMisses.java.

For each target the rows are the first K proposals of the MLP order that pass the shape checks,
with the surrogate's prediction and the solver's result. The search walks them in an order and
stops at the first that meets both tolerances (|dCl| <= 0.02, |d(L/D)| <= 3 %); a target where
none of the K does counts K + 1 calls (a lower bound). Orders: the plain MLP order, and after
every miss the rest re-ordered with the surrogate corrected by w times the discrepancy of the
nearest simulated shape (additive in C_l, relative in C_d) or by w times the mean discrepancy.
Also the intra-target correlation of the surrogate's errors: the share of their variance that is
common to one target's proposals.

    python3 docs/scripts/airfoil_surrogate_misses.py mis-*.csv
"""
import sys

import numpy as np


def load(paths):
    targets = []
    for n, path in enumerate(paths):
        a = np.genfromtxt(path, delimiter=",", names=True)
        for t in np.unique(a["target"]):
            r = a[a["target"] == t]
            x = np.stack([r[name] for name in a.dtype.names if name.startswith("x")], axis=1)
            targets.append(dict(key=(path, int(t)), cl_t=r["cl_target"][0], ld_t=r["ld_target"][0], usable=r["usable"] > 0,
                                cl_hat=r["cl_hat"], ld_hat=r["ld_hat"], cl=r["cl"], cd=r["cd"], x=x))
    return targets


def score(cl, ld, t):
    return np.maximum(np.abs(cl - t["cl_t"]) / 0.02, np.abs(ld - t["ld_t"]) / (0.03 * abs(t["ld_t"])))


def search(t, w, mode):
    n = len(t["cl"])
    cd_hat = t["cl_hat"] / t["ld_hat"]
    truth = score(t["cl"], t["cl"] / t["cd"], t)
    left = list(range(n))
    seen = []
    for calls in range(1, n + 1):
        cl_c, cd_c = t["cl_hat"].copy(), cd_hat.copy()
        if seen and w > 0:
            d_l = np.array([t["cl"][j] - t["cl_hat"][j] for j in seen])
            d_d = np.array([np.log(t["cd"][j] / cd_hat[j]) for j in seen])
            if mode == "nearest":
                dist = ((t["x"][:, None, :] - t["x"][None, seen, :]) ** 2).sum(axis=2)
                k = dist.argmin(axis=1)
                cl_c = cl_c + w * d_l[k]
                cd_c = cd_c * np.exp(w * d_d[k])
            else:
                cl_c = cl_c + w * d_l.mean()
                cd_c = cd_c * np.exp(w * d_d.mean())
        s = score(cl_c, cl_c / cd_c, t)
        i = min(left, key=lambda j: s[j])
        left.remove(i)
        if t["usable"][i]:
            if truth[i] <= 1:
                return calls
            seen.append(i)
    return n + 1


def main():
    targets = load(sys.argv[1:])
    print(f"{len(targets)} targets, {sum(len(t['cl']) for t in targets)} proposals solved")
    e_l, e_d, groups = [], [], []
    for g, t in enumerate(targets):
        u = t["usable"]
        e_l.append(t["cl"][u] - t["cl_hat"][u])
        e_d.append(np.log(t["cd"][u] * t["ld_hat"][u] / t["cl_hat"][u]))
        groups.append(np.full(u.sum(), g))
    for name, e in (("C_l", e_l), ("ln C_d", e_d)):
        within = np.mean([np.var(v) for v in e if len(v) > 1])
        means = np.array([v.mean() for v in e if len(v) > 1])
        between = max(np.var(means) - within / np.mean([len(v) for v in e]), 0)
        total = np.var(np.concatenate(e))
        print(f"surrogate error of {name}: rms {np.sqrt(total):.4f}, within a target {np.sqrt(within):.4f}, "
              f"between targets {np.sqrt(between):.4f}: intra-target correlation {between / (between + within):.2f}")
    print("order | mean calls | median | targets over 1 call | largest | targets beyond the rows")
    for mode, ws in (("plain", [0]), ("nearest", [0.25, 0.5, 0.75, 1.0]), ("mean", [0.25, 0.5, 0.75, 1.0])):
        for w in ws:
            c = np.array([search(t, w, mode) for t in targets])
            n = np.array([len(t["cl"]) for t in targets])
            print(f"{mode} w={w:.2f} | {c.mean():.3f} | {np.median(c):.0f} | {(c > 1).sum()} | {c.max()} | {(c > n).sum()}")


if __name__ == "__main__":
    main()
