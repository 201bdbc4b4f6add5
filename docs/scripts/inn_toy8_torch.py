#!/usr/bin/python3
"""Side-by-side check of the Java INN (core.inn) on the 8-mode toy, written in PyTorch from
Ardizzone et al. 2019 ("Analyzing inverse problems with invertible neural networks", ICLR 2019,
section 3.3 and appendix; the settings of FrEIA's 8-mode demo). Validation only: not part of
the build. Run with the system python that has torch, e.g.

    nice -n 10 /usr/bin/python3 docs/scripts/inn_toy8_torch.py --labels none --out /tmp/t8

Flow: `couplings` x [Glow affine coupling (one subnet per half giving s and t,
log-scale soft-clamped by clamp * 0.636 * atan(s / clamp)), fixed random permutation].
Losses per step (MSE = mean over rows and columns, MMD = biased multiscale inverse
multiquadric MMD, sum_h h^2 / (h^2 + d)):
  L_y   = lam_fit  * MSE([v_pad, v_y], [eps_pad, y + eps_y])
  L_z   = lam_lat  * MMD([v_z, sg(v_y)], [zeta, y + eps_y])
  L_x   = lam_back * ramp(t) * MMD(f^-1([zeta', eps_pad', y + eps_y'])[:, :2], x)
  L_rec = lam_rec  * MSE(f^-1([sg(v_z) + eps_z, eps_pad', y + eps_y']), [x, eps_pad])
  L_pad = lam_pad  * MSE(x~[:, 2:], 0)
  L_ml  = lam_ml   * mean(|v_z|^2 / 2 + |v_pad|^2 / (2 s_pad^2) + |v_y - y|^2 / (2 s_y^2) - log|det J|)
Prints the share of posterior samples farther than 0.6 from every mode of their label
(true 0.011) and writes a figure.
"""
import argparse
import math
import os

import numpy as np
import torch
import torch.nn as nn

MODES = np.array([[-2.4142, 1.0], [-1.0, 2.4142], [1.0, 2.4142], [2.4142, 1.0],
                  [2.4142, -1.0], [1.0, -2.4142], [-1.0, -2.4142], [-2.4142, -1.0]])
LABEL_MAPS = {'all': [0, 1, 2, 3, 4, 5, 6, 7], 'some': [0, 0, 0, 0, 1, 1, 2, 3], 'none': [0] * 8}


def draw(n, label_map, gen):
    m = torch.randint(0, 8, (n,), generator=gen)
    x = torch.tensor(MODES, dtype=torch.float32)[m] + 0.2 * torch.randn(n, 2, generator=gen)
    y = torch.zeros(n, 8)
    y[torch.arange(n), torch.tensor(label_map)[m]] = 1
    return x, y


class Coupling(nn.Module):
    def __init__(self, d, width, clamp, init_std):
        super().__init__()
        self.d1 = d - d // 2
        self.d2 = d // 2
        self.clamp = clamp
        self.net_b = nn.Sequential(nn.Linear(self.d1, width), nn.ReLU(), nn.Linear(width, 2 * self.d2))
        self.net_a = nn.Sequential(nn.Linear(self.d2, width), nn.ReLU(), nn.Linear(width, 2 * self.d1))
        if init_std > 0:
            for p in self.parameters():
                p.data = init_std * torch.randn_like(p)

    def scale(self, raw, k):
        s, t = raw[:, :k], raw[:, k:]
        return self.clamp * 0.636 * torch.atan(s / self.clamp), t

    def forward(self, x, rev=False):
        if not rev:
            x1, x2 = x[:, :self.d1], x[:, self.d1:]
            s, t = self.scale(self.net_a(x2), self.d1)
            z1 = x1 * torch.exp(s) + t
            s2, t = self.scale(self.net_b(z1), self.d2)
            z2 = x2 * torch.exp(s2) + t
            self.log_det = s.sum(1) + s2.sum(1)
            return torch.cat([z1, z2], 1)
        z1, z2 = x[:, :self.d1], x[:, self.d1:]
        s, t = self.scale(self.net_b(z1), self.d2)
        x2 = (z2 - t) * torch.exp(-s)
        s, t = self.scale(self.net_a(x2), self.d1)
        x1 = (z1 - t) * torch.exp(-s)
        return torch.cat([x1, x2], 1)


class Flow(nn.Module):
    def __init__(self, d, couplings, width, clamp, init_std, seed):
        super().__init__()
        self.blocks = nn.ModuleList([Coupling(d, width, clamp, init_std) for _ in range(couplings)])
        rs = np.random.RandomState(seed)
        perms = [torch.tensor(rs.permutation(d)) for _ in range(couplings)]
        self.perms = perms
        self.inv = [torch.argsort(p) for p in perms]

    def forward(self, x, rev=False):
        if not rev:
            self.log_det = 0
            for b, p in zip(self.blocks, self.perms):
                x = b(x)[:, p]
                self.log_det = self.log_det + b.log_det
            return x
        for b, q in zip(reversed(self.blocks), reversed(self.inv)):
            x = b(x[:, q], rev=True)
        return x


def mmd(a, b, widths):
    def sq(u, v):
        return (u * u).sum(1)[:, None] + (v * v).sum(1)[None, :] - 2 * u @ v.t()
    daa, dbb, dab = sq(a, a), sq(b, b), sq(a, b)
    k = 0
    for h in widths:
        k = k + h * h / (h * h + daa) + h * h / (h * h + dbb) - 2 * h * h / (h * h + dab)
    return k.mean()


def between(x, label_map, label):
    own = MODES[[m for m in range(8) if label_map[m] == label]]
    dist = np.sqrt(((x[:, None, :] - own[None, :, :]) ** 2).sum(2)).min(1)
    return float((dist > 0.6).mean())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--labels', default='none')
    ap.add_argument('--dim', type=int, default=10)
    ap.add_argument('--couplings', type=int, default=6)
    ap.add_argument('--width', type=int, default=128)
    ap.add_argument('--clamp', type=float, default=2.0)
    ap.add_argument('--init-std', type=float, default=0.0, help='0: PyTorch default init; FrEIA demo 0.05')
    ap.add_argument('--batch', type=int, default=300)
    ap.add_argument('--steps', type=int, default=1000)
    ap.add_argument('--lr', type=float, default=1e-3)
    ap.add_argument('--final-decay', type=float, default=0.1)
    ap.add_argument('--fit', type=float, default=3)
    ap.add_argument('--lat', type=float, default=300)
    ap.add_argument('--back', type=float, default=400)
    ap.add_argument('--rec', type=float, default=100)
    ap.add_argument('--pad', type=float, default=3)
    ap.add_argument('--ml', type=float, default=0, help='weight of the forward negative log-likelihood')
    ap.add_argument('--ramp-start', type=float, default=0.002)
    ap.add_argument('--y-noise', type=float, default=0.1)
    ap.add_argument('--pad-noise', type=float, default=0.05)
    ap.add_argument('--z-noise', type=float, default=0.1)
    ap.add_argument('--fwd-widths', default='0.05,0.2,0.9')
    ap.add_argument('--back-widths', default='0.05,0.2,0.9')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--samples', type=int, default=2000)
    ap.add_argument('--out', default=None)
    ap.add_argument('--tag', default='')
    a = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    gen = torch.Generator().manual_seed(a.seed)
    label_map = LABEL_MAPS[a.labels]
    d, dx, dz, dy = a.dim, 2, 2, 8
    fw = [float(s) for s in a.fwd_widths.split(',')]
    bw = [float(s) for s in a.back_widths.split(',')]
    flow = Flow(d, a.couplings, a.width, a.clamp, a.init_std, a.seed)
    opt = torch.optim.Adam(flow.parameters(), lr=a.lr, betas=(0.8, 0.9), eps=1e-6, weight_decay=2e-5)
    n = a.batch
    for step in range(a.steps):
        ramp = min(1.0, 2.0 * a.ramp_start ** (1.0 - step / a.steps))
        lr = a.lr * a.final_decay ** (step / a.steps)
        for g in opt.param_groups:
            g['lr'] = lr
        x, y = draw(n, label_map, gen)
        xbar = torch.cat([x, a.pad_noise * torch.randn(n, d - dx)], 1)
        yhat = y + a.y_noise * torch.randn(n, dy)
        target = torch.cat([torch.randn(n, dz), a.pad_noise * torch.randn(n, d - dz - dy), yhat], 1)
        opt.zero_grad()
        v = flow(xbar)
        l_y = a.fit * ((v[:, dz:] - target[:, dz:]) ** 2).mean()
        prec = torch.cat([torch.ones(dz), torch.full((d - dz - dy,), a.pad_noise ** -2), torch.full((dy,), a.y_noise ** -2)])
        centre = torch.cat([torch.zeros(n, d - dy), y], 1)
        l_ml = a.ml * (0.5 * (prec * (v - centre) ** 2).sum(1) - flow.log_det).mean()
        l_z = a.lat * mmd(torch.cat([v[:, :dz], v[:, -dy:].detach()], 1),
                          torch.cat([target[:, :dz], target[:, -dy:]], 1), fw)
        pad2 = a.pad_noise * torch.randn(n, d - dz - dy)
        y2 = y + a.y_noise * torch.randn(n, dy)
        w_prior = torch.cat([torch.randn(n, dz), pad2, y2], 1)
        w_rec = torch.cat([v[:, :dz].detach() + a.z_noise * torch.randn(n, dz), pad2, y2], 1)
        xt = flow(w_prior, rev=True)
        xr = flow(w_rec, rev=True)
        l_x = a.back * ramp * mmd(xt[:, :dx], x, bw)
        l_rec = a.rec * ((xr - xbar) ** 2).mean()
        l_pad = a.pad * (xt[:, dx:] ** 2).mean() if d > dx else torch.zeros(())
        (l_y + l_z + l_x + l_rec + l_pad + l_ml).backward()
        for p in flow.parameters():
            p.grad.data.clamp_(-15, 15)
        opt.step()
        if step % 100 == 0 or step == a.steps - 1:
            print(f'step {step:5d} fit {l_y.item():.4f} latent {l_z.item():.4f} reconstruct {l_rec.item():.4f} '
                  f'backward {l_x.item():.4f} padding {l_pad.item():.4f} ml {l_ml.item():.4f}', flush=True)
    used = sorted(set(label_map))
    shares = {'clean': [], 'noisy': []}
    posts = {'clean': [], 'noisy': []}
    with torch.no_grad():
        for mode in ('clean', 'noisy'):
            for lab in used:
                w = torch.zeros(a.samples, d)
                w[:, :dz] = torch.randn(a.samples, dz)
                w[:, d - dy + lab] = 1
                if mode == 'noisy':
                    w[:, dz:] += torch.cat([a.pad_noise * torch.randn(a.samples, d - dz - dy),
                                            a.y_noise * torch.randn(a.samples, dy)], 1)
                xs = flow(w, rev=True)[:, :dx].numpy()
                posts[mode].append(xs)
                shares[mode].append(between(xs, label_map, lab))
            print(f'between modes per label, {mode} y: ' + ', '.join(f'{s:.3f}' for s in shares[mode]), flush=True)
        xb, _ = draw(4000, label_map, gen)
        v = flow(torch.cat([xb, a.pad_noise * torch.randn(4000, d - dx)], 1))
        print('forward z sd ' + ', '.join(f'{s:.3f}' for s in v[:, :dz].std(0).tolist()), flush=True)
    if a.out:
        torch.save(flow.state_dict(), os.path.join(a.out, f'torch-{a.labels}{a.tag}.pt'))
    if a.out:
        import matplotlib
        matplotlib.use('Agg')
        import matplotlib.pyplot as plt
        os.makedirs(a.out, exist_ok=True)
        fig, axes = plt.subplots(2, len(used), figsize=(3.2 * len(used), 6.6), squeeze=False)
        for k, mode in enumerate(('clean', 'noisy')):
            for i, lab in enumerate(used):
                ax = axes[k, i]
                ax.scatter(posts[mode][i][:, 0], posts[mode][i][:, 1], s=1, alpha=0.4)
                ax.scatter(MODES[:, 0], MODES[:, 1], s=20, c='r', marker='x')
                ax.set_xlim(-4, 4)
                ax.set_ylim(-4, 4)
                ax.set_aspect('equal')
                ax.set_title(f'{a.labels} label {lab}, {mode} y: between {shares[mode][i]:.3f}', fontsize=8)
        fig.suptitle(f'torch {a.tag}', fontsize=8)
        fig.tight_layout()
        path = os.path.join(a.out, f'torch-{a.labels}{a.tag}.png')
        fig.savefig(path, dpi=90)
        print('wrote ' + path)


if __name__ == '__main__':
    main()
