"""The e^N envelope correlations of Drela & Giles (AIAA J. 25(10), 1987, eqs. 29-31; this solver's
Amplification) against the revision XFOIL 6.99 uses (DAMPL, "new version, March 1991"): critical
Re_theta and theta dN/ds (past the ramp) per shape factor H (= H_k at M = 0).
docs/airfoil-validation.md, "Transition location (session 12)".

    python3 docs/scripts/en_envelope_correlations.py
"""
import math


def paper_1987(h):
    hmi = 1 / (h - 1)
    log_crit = (1.415 * hmi - 0.489) * math.tanh(20 * hmi - 12.9) + 3.295 * hmi + 0.44
    a = 2.4 * h - 3.7 + 2.5 * math.tanh(1.5 * h - 4.65)
    dn_dre = 0.01 * math.sqrt(a * a + 0.25)
    half_m_plus_one_l = 0.5 * (0.058 * (h - 4) ** 2 * hmi - 0.068 + (6.54 * h - 14.07) / h ** 2)
    return 10 ** log_crit, dn_dre * half_m_plus_one_l


def xfoil_1991(h):
    hmi = 1 / (h - 1)
    log_crit = 2.492 * hmi ** 0.43 + 0.7 * (math.tanh(14 * hmi - 9.24) + 1)
    dn_dre = 0.028 * (h - 1) - 0.0345 * math.exp(-(3.87 * hmi - 2.52) ** 2)
    af = -0.05 + 2.7 * hmi - 5.5 * hmi ** 2 + 3 * hmi ** 3
    return 10 ** log_crit, af * dn_dre


print("| H | Re_θ,crit 1987 | Re_θ,crit XFOIL | θ dN/ds 1987 | θ dN/ds XFOIL | ratio XFOIL/1987 |")
print("|---:|---:|---:|---:|---:|---:|")
for h in [2.2, 2.3, 2.4, 2.5, 2.59, 2.7, 2.8, 3.0, 3.2, 3.5, 4, 5, 6, 8]:
    a, b = paper_1987(h), xfoil_1991(h)
    print(f"| {h:.2f} | {a[0]:.0f} | {b[0]:.0f} | {a[1]:.5f} | {b[1]:.5f} | {b[1] / a[1]:.3f} |")
