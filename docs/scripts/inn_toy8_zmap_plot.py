#!/usr/bin/python3
"""Latent plane of the INN written by InnToy8Variant.java -Dzmap=true: inn_toy8_zmap_plot.py OUT.png A-zmap.csv ...
Each z ~ N(0, I) coloured by the mode its sample x = f^-1([z, 0, y]) lands on (within 0.6), black: between the modes."""
import sys, numpy as np, matplotlib
matplotlib.use('Agg'); import matplotlib.pyplot as plt
out = sys.argv[1]; files = sys.argv[2:]
fig, axes = plt.subplots(1, len(files), figsize=(3.6*len(files), 3.8), squeeze=False)
for i, f in enumerate(files):
    d = np.loadtxt(f, delimiter=',', skiprows=1); ax = axes[0, i]
    on = d[:, 2] >= 0
    ax.scatter(d[on, 0], d[on, 1], s=1, c=d[on, 2], cmap='tab10', vmin=0, vmax=9, alpha=0.5)
    ax.scatter(d[~on, 0], d[~on, 1], s=2, c='k')
    ax.set_xlim(-3.5, 3.5); ax.set_ylim(-3.5, 3.5); ax.set_aspect('equal')
    ax.set_title('%s: %.3f between' % (f.split('/')[-1], 1 - on.mean()), fontsize=7)
    ax.set_xlabel('z1'); ax.set_ylabel('z2')
fig.tight_layout(); fig.savefig(out, dpi=80)
