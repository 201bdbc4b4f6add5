#!/usr/bin/python3
"""Reference measurement of the bidirectional INN of Ardizzone et al. 2019 ("Analyzing inverse
problems with invertible neural networks", ICLR 2019, arXiv:1808.04730) on its 8-mode Gaussian
toy, in PyTorch autograd, written from the paper's description (not from FrEIA's code, and
independent of docs/scripts/inn_toy8_torch.py, which mirrors our Java trainer line by line).
Validation only, not part of the build. docs/inn.md, section "Reference measurement".

Paper (section 3 and the toy of section 4.1):
  * x in R^2 from 8 equally likely modes N(mu_m, 0.2^2 I) on the octagon (+-2.4142, +-1),
    (+-1, +-2.4142); y a one-hot label ('all': own label per mode, 'some': modes 0-3 -> 0,
    4-5 -> 1, 6 -> 2, 7 -> 3, 'none': one label); z in R^2.
  * one invertible network f (affine coupling blocks with fixed permutations) from x, zero-padded
    to D, to [z, padding, y];
  * losses: supervised L_y on the y (and padding) outputs; L_z = MMD of the joint [y, z] outputs
    against p(y) N(0, I) (the gradient goes into z only); L_x = MMD of the inverse samples
    f^-1([z ~ N(0, I), 0, y]) against the data x, ramped up over training; a loss that keeps the
    padding of those inverse samples at 0; MMD with inverse multiquadric kernels
    h^2 / (h^2 + |a - b|^2), summed over several widths h; small noise on the y and padding
    targets.
Where the paper is silent, the settings are our preset's (core.inn.InnConfig.eightModesToy() and
eightModesToyFinalStage()): D = 16, 6 Glow couplings with subnets 1 x 128 ReLU, soft clamp 2,
lambda fit / latent / backward / reconstruction / padding 3 / 300 / 400 / 3 / 0, sigma_y 0.02,
sigma_pad 0.05, sigma_z 0.1, forward kernel widths 0.05, 0.2, 0.9, 3 and inverse 0.05, 0.2, 0.9,
ramp min(1, 2 * 0.002^(1 - t/T)), Adam (0.8, 0.9), eps 1e-6, decoupled weight decay 2e-5,
gradients clamped to +-15, learning rate 1e-3; 1000 steps of batch 300, then a final stage of 200
steps of batch 1600 at full inverse weight with Adam restarted. Every one of these is a flag.

Metric (core.inn.ModeCoverage.outsideFraction): for each label, `--eval` posterior samples
x = f^-1([zeta, 0, y]) with the clean one-hot y, zeta ~ N(0, I); the share farther than 0.6 from
every mode of that label ("between modes"; the true posterior gives 0.011), for each seed of
--eval-seeds. Also the own-mode counts within 0.6 and the sd of x1/x2 inside them.

    nice -n 10 /usr/bin/python3 docs/scripts/inn_toy8_reference.py --labels none --seed 1 --out /tmp/ref

Diagnostic (not the paper's toy training): `--ml 1 --fit 0 --lat 0 --back 0 --rec 0` trains the same
network by maximum likelihood alone, -log N(z; 0, I) N(pad; 0, s_pad^2) N(v_y; y, s_y^2) - log|det J|,
to see how thin the bridges of this architecture get without the MMD losses.
"""
import argparse
import json
import math
import time

import numpy as np
import torch
import torch.nn as nn

MODES = torch.tensor([[-2.4142, 1.0], [-1.0, 2.4142], [1.0, 2.4142], [2.4142, 1.0],
                      [2.4142, -1.0], [1.0, -2.4142], [-1.0, -2.4142], [-2.4142, -1.0]])
LABEL_OF = {'all': [0, 1, 2, 3, 4, 5, 6, 7], 'some': [0, 0, 0, 0, 1, 1, 2, 3], 'none': [0] * 8}
X_DIM, Y_DIM, Z_DIM = 2, 8, 2


def sample_toy(n, labels, gen):
    """n pairs (x, one-hot y) of the toy."""
    mode = torch.randint(0, 8, (n,), generator=gen)
    x = MODES[mode] + 0.2 * torch.randn(n, 2, generator=gen)
    y = torch.zeros(n, Y_DIM)
    y[torch.arange(n), torch.tensor(LABEL_OF[labels])[mode]] = 1.0
    return x, y


def subnet(d_in, d_out, width, layers):
    mods, d = [], d_in
    for _ in range(layers):
        mods += [nn.Linear(d, width), nn.ReLU()]
        d = width
    mods.append(nn.Linear(d, d_out))
    return nn.Sequential(*mods)


class AffineCoupling(nn.Module):
    """Glow-style affine coupling on both halves: v2 = u2 * exp(s1(u1)) + t1(u1), then
    v1 = u1 * exp(s2(v2)) + t2(v2); log-scales soft-clamped to (-clamp, clamp) by atan."""

    def __init__(self, d, width, layers, clamp):
        super().__init__()
        self.k = d // 2
        self.clamp = clamp
        self.net1 = subnet(self.k, 2 * (d - self.k), width, layers)   # acts on the second half
        self.net2 = subnet(d - self.k, 2 * self.k, width, layers)     # acts on the first half

    def _st(self, net, u):
        s, t = net(u).chunk(2, dim=1)
        return self.clamp * (2 / math.pi) * torch.atan(s / self.clamp), t

    def forward(self, u, inverse=False):
        u1, u2 = u[:, :self.k], u[:, self.k:]
        if not inverse:
            s1, t = self._st(self.net1, u1)
            v2 = u2 * torch.exp(s1) + t
            s2, t = self._st(self.net2, v2)
            v1 = u1 * torch.exp(s2) + t
            self.log_det = s1.sum(1) + s2.sum(1)
            return torch.cat([v1, v2], 1)
        s, t = self._st(self.net2, u2)
        v1 = (u1 - t) * torch.exp(-s)
        s, t = self._st(self.net1, v1)
        v2 = (u2 - t) * torch.exp(-s)
        return torch.cat([v1, v2], 1)


class Inn(nn.Module):
    def __init__(self, d, couplings, width, layers, clamp, gen):
        super().__init__()
        self.blocks = nn.ModuleList(AffineCoupling(d, width, layers, clamp) for _ in range(couplings))
        perms = [torch.randperm(d, generator=gen) for _ in range(couplings)]
        for i, p in enumerate(perms):
            self.register_buffer(f'perm{i}', p)
            self.register_buffer(f'inv{i}', torch.argsort(p))

    def log_det(self):
        """log|det J| of the last forward pass, per row."""
        return sum(b.log_det for b in self.blocks)

    def forward(self, u, inverse=False):
        n = len(self.blocks)
        order = reversed(range(n)) if inverse else range(n)
        for i in order:
            if not inverse:
                u = self.blocks[i](u)[:, getattr(self, f'perm{i}')]
            else:
                u = self.blocks[i](u[:, getattr(self, f'inv{i}')], inverse=True)
        return u


def mmd(a, b, widths):
    """Biased multiscale MMD with inverse multiquadric kernels h^2 / (h^2 + d), d = |u - v|^2."""
    def k(p, q):
        d = torch.cdist(p, q).pow(2)
        return sum(h * h / (h * h + d) for h in widths)
    return k(a, a).mean() + k(b, b).mean() - 2 * k(a, b).mean()


def train_stage(inn, a, labels, steps, batch, ramp_start, gen, log_every=100, tag=''):
    d = a.D
    opt = torch.optim.Adam(inn.parameters(), lr=a.lr, betas=(0.8, 0.9), eps=1e-6)
    t0 = time.time()
    for step in range(steps):
        x, y = sample_toy(batch, labels, gen)
        xbar = torch.cat([x, a.pad_noise * torch.randn(batch, d - X_DIM, generator=gen)], 1)
        v = inn(xbar)
        vz, vpad, vy = v[:, :Z_DIM], v[:, Z_DIM:d - Y_DIM], v[:, d - Y_DIM:]
        y_hat = y + a.y_noise * torch.randn(batch, Y_DIM, generator=gen)
        pad_t = a.pad_noise * torch.randn(batch, d - Y_DIM - Z_DIM, generator=gen)
        l_y = a.fit * ((torch.cat([vpad, vy], 1) - torch.cat([pad_t, y_hat], 1)) ** 2).mean()
        zeta = torch.randn(batch, Z_DIM, generator=gen)
        l_z = torch.zeros(()) if a.lat == 0 else a.lat * mmd(torch.cat([vz, vy.detach()], 1), torch.cat([zeta, y_hat], 1), a.fw)
        # inverse direction: prior samples with fresh label noise; reconstruction from own z + noise
        y2 = y + a.y_noise * torch.randn(batch, Y_DIM, generator=gen)
        pad2 = a.pad_noise * torch.randn(batch, d - Y_DIM - Z_DIM, generator=gen)
        zeta2 = torch.randn(batch, Z_DIM, generator=gen)
        zrec = vz.detach() + a.z_noise * torch.randn(batch, Z_DIM, generator=gen)
        w = torch.cat([torch.cat([zeta2, pad2, y2], 1), torch.cat([zrec, pad2, y2], 1)], 0)
        l_x = l_rec = l_pad = torch.zeros(())
        if a.back > 0 or a.rec > 0 or a.pad > 0:
            xi = inn(w, inverse=True)
            x_tilde, x_rec = xi[:batch], xi[batch:]
            ramp = min(1.0, 2.0 * ramp_start ** (1.0 - step / max(1, steps)))
            l_x = a.back * ramp * mmd(x_tilde[:, :X_DIM], x, a.bw)
            l_rec = a.rec * ((x_rec - xbar) ** 2).mean()
            l_pad = a.pad * (x_tilde[:, X_DIM:] ** 2).mean()
        # optional maximum likelihood of the padded x (the paper's section 3.4 alternative for L_z):
        # [z, pad, y] ~ N(0, I) x N(0, s_pad^2) x N(y, s_y^2), minus log|det J|
        l_ml = a.ml * (0.5 * (vz ** 2).sum(1) + (vpad ** 2).sum(1) / (2 * a.pad_noise ** 2)
                       + ((vy - y) ** 2).sum(1) / (2 * a.y_noise ** 2) - inn.log_det()).mean() if a.ml > 0 else 0
        loss = l_y + l_z + l_x + l_rec + l_pad + l_ml
        opt.zero_grad()
        loss.backward()
        for p in inn.parameters():
            p.grad.clamp_(-15, 15)
        with torch.no_grad():   # decoupled weight decay, then Adam
            for p in inn.parameters():
                p.mul_(1 - a.lr * a.wd)
        opt.step()
        if step % log_every == 0 or step == steps - 1:
            print(f'{tag}step {step} fit {l_y.item():.4f} latent {l_z.item():.4f} rec {l_rec.item():.4f} '
                  f'back {l_x.item():.4f} pad {l_pad.item():.4f} ml {float(l_ml):.4f} ({time.time() - t0:.0f} s)', flush=True)


@torch.no_grad()
def evaluate(inn, a, labels, seed, dump=None):
    """Between-modes share per label (ModeCoverage.outsideFraction at 0.6), own-mode counts and sds."""
    gen = torch.Generator().manual_seed(seed)
    d = a.D
    result = {}
    for label in sorted(set(LABEL_OF[labels])):
        n = a.eval
        w = torch.zeros(n, d)
        w[:, :Z_DIM] = torch.randn(n, Z_DIM, generator=gen)
        w[:, d - Y_DIM + label] = 1.0
        x = inn(w, inverse=True)[:, :X_DIM]
        own = [m for m in range(8) if LABEL_OF[labels][m] == label]
        dist = torch.cdist(x, MODES[own])
        near = dist.min(1)
        between = (near.values > 0.6).float().mean().item()
        counts, sds = [], []
        for i in range(len(own)):
            inside = x[(dist[:, i] <= 0.6)]
            counts.append(int(inside.shape[0]))
            sds.append([round(v, 3) for v in inside.std(0).tolist()] if inside.shape[0] > 1 else [0, 0])
        result[label] = {'between': between, 'counts': counts, 'sd': sds}
        if dump is not None:
            np.savetxt(f'{dump}-label{label}.csv', x.numpy(), delimiter=',', fmt='%.5f')
    return result


def plot(path, dumps, titles):
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, len(dumps), figsize=(3.2 * len(dumps), 3.4), squeeze=False)
    for ax, f, t in zip(axes[0], dumps, titles):
        x = np.loadtxt(f, delimiter=',')
        ax.scatter(x[:, 0], x[:, 1], s=0.3, alpha=0.4, c='tab:blue')
        ax.scatter(MODES[:, 0], MODES[:, 1], s=8, c='red', marker='+')
        ax.set_xlim(-4, 4)
        ax.set_ylim(-4, 4)
        ax.set_aspect('equal')
        ax.set_title(t, fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--labels', default='none', choices=sorted(LABEL_OF))
    p.add_argument('--seed', type=int, default=1, help='training seed (weights, permutations, data)')
    p.add_argument('--D', type=int, default=16)
    p.add_argument('--couplings', type=int, default=6)
    p.add_argument('--width', type=int, default=128)
    p.add_argument('--layers', type=int, default=1)
    p.add_argument('--clamp', type=float, default=2.0)
    p.add_argument('--fit', type=float, default=3)
    p.add_argument('--lat', type=float, default=300)
    p.add_argument('--back', type=float, default=400)
    p.add_argument('--rec', type=float, default=3)
    p.add_argument('--pad', type=float, default=0)
    p.add_argument('--ml', type=float, default=0, help='weight of the maximum-likelihood term (off)')
    p.add_argument('--y-noise', type=float, default=0.02)
    p.add_argument('--pad-noise', type=float, default=0.05)
    p.add_argument('--z-noise', type=float, default=0.1)
    p.add_argument('--fw', default='0.05,0.2,0.9,3', help='forward (latent) kernel widths')
    p.add_argument('--bw', default='0.05,0.2,0.9', help='inverse (x) kernel widths')
    p.add_argument('--steps', type=int, default=1000)
    p.add_argument('--batch', type=int, default=300)
    p.add_argument('--ramp', type=float, default=0.002)
    p.add_argument('--final-steps', type=int, default=200)
    p.add_argument('--final-batch', type=int, default=1600)
    p.add_argument('--lr', type=float, default=1e-3)
    p.add_argument('--wd', type=float, default=2e-5)
    p.add_argument('--eval', type=int, default=10000)
    p.add_argument('--eval-seeds', default='7,8,9')
    p.add_argument('--threads', type=int, default=1)
    p.add_argument('--out', default='/tmp/inn-ref')
    a = p.parse_args()
    a.fw = [float(v) for v in a.fw.split(',')]
    a.bw = [float(v) for v in a.bw.split(',')]
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    gen = torch.Generator().manual_seed(a.seed)
    inn = Inn(a.D, a.couplings, a.width, a.layers, a.clamp, gen)
    for m in inn.modules():      # small initial weights: the flow starts near the identity
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, std=0.01 if m.out_features < a.width else math.sqrt(2 / m.in_features))
            nn.init.zeros_(m.bias)
    print(vars(a), flush=True)
    print('parameters', sum(q.numel() for q in inn.parameters()), flush=True)
    t0 = time.time()
    train_stage(inn, a, a.labels, a.steps, a.batch, a.ramp, gen)
    first = {s: evaluate(inn, a, a.labels, int(s), f'{a.out}-first' if i == 0 else None)
             for i, s in enumerate(a.eval_seeds.split(','))}
    t1 = time.time()
    if a.final_steps > 0:
        train_stage(inn, a, a.labels, a.final_steps, a.final_batch, 1.0, gen, log_every=20, tag='final ')
    t2 = time.time()
    final = {s: evaluate(inn, a, a.labels, int(s), a.out if i == 0 else None)
             for i, s in enumerate(a.eval_seeds.split(','))}
    summary = {'args': {k: v for k, v in vars(a).items()}, 'first_stage': first, 'final': final,
               'seconds_first': t1 - t0, 'seconds_final': t2 - t1}
    for name, res in (('first stage', first), ('final', final)):
        for label in sorted(next(iter(res.values()))):
            shares = [res[s][label]['between'] for s in res]
            print(f'{name} label {label}: between modes per eval seed {["%.4f" % v for v in shares]} '
                  f'mean {np.mean(shares):.4f}; own-mode counts {res[next(iter(res))][label]["counts"]} '
                  f'sd {res[next(iter(res))][label]["sd"]}', flush=True)
    with open(f'{a.out}.json', 'w') as f:
        json.dump(summary, f, indent=1)
    labels = sorted(set(LABEL_OF[a.labels]))
    plot(f'{a.out}.png', [f'{a.out}-label{l}.csv' for l in labels],
         [f"label {l}: {np.mean([final[s][l]['between'] for s in final]):.3f} between" for l in labels])


if __name__ == '__main__':
    main()
