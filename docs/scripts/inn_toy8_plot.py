#!/usr/bin/python3
"""Scatter of posterior samples written by InnToy8Variant.java: inn_toy8_plot.py OUT.png A-label0.csv ..."""
import sys, numpy as np, matplotlib
matplotlib.use('Agg'); import matplotlib.pyplot as plt
MODES = np.array([[-2.4142, 1.0], [-1.0, 2.4142], [1.0, 2.4142], [2.4142, 1.0],[2.4142, -1.0], [1.0, -2.4142], [-1.0, -2.4142], [-2.4142, -1.0]])
out = sys.argv[1]; files = sys.argv[2:]
fig, axes = plt.subplots(1, len(files), figsize=(3.2*len(files), 3.4), squeeze=False)
for i, f in enumerate(files):
    x = np.loadtxt(f, delimiter=','); ax = axes[0, i]
    ax.scatter(x[:,0], x[:,1], s=1, alpha=0.4); ax.scatter(MODES[:,0], MODES[:,1], s=20, c='r', marker='x')
    ax.set_xlim(-4,4); ax.set_ylim(-4,4); ax.set_aspect('equal'); ax.set_title(f.split('/')[-1], fontsize=7)
fig.tight_layout(); fig.savefig(out, dpi=80)
