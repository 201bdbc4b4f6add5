package org.inversesuite.core.image;

import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.BlockInputs;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.ConvSubnet;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * The two-sided coupling of HiNet (Jing et al. 2021, "HiNet: Deep Image Hiding by Invertible
 * Network", ICCV, eq. 3-4): channels split into x₁ = [0, C₁) and x₂ = [C₁, C),
 * \[ y_1 = x_1 + \phi(x_2), \qquad y_2 = x_2 \odot e^{s} + \eta(y_1), \quad s = \alpha\, g(\rho(y_1)), \]
 * log|det J| = Σ s (only x₂ is scaled; HiNet does not use it, the block contract does). Inverse:
 * x₂ = (y₂ − η(y₁)) ⊙ e^{−s}, x₁ = y₁ − φ(x₂). HiNet clamps with g(u) = 2(σ(u) − ½), α = 2
 * ({@link ClampActivation#SIGMOID}). φ is a convolutional net C₂ → C₁ channels, ρ and η share one
 * net C₁ → 2C₂ (HiNet uses three separate residual-dense nets; one shared trunk for ρ, η halves
 * that cost). Both last layers start at zero, so a new block is the identity (Glow).
 * The backward passes rerun the subnets on their input instead of trusting buffers an inverse
 * pass may have overwritten.
 */
public final class HinetCouplingBlock implements InvertibleBlock, InverseDifferentiable {
  private final Parameters parameters;
  private final HinetCouplingConfig config;
  private final int first;
  private final int second;
  private final ConvSubnet phi;
  private final ConvSubnet rhoEta;
  private final ClampActivation clamp;
  private final double alpha;

  HinetCouplingBlock(Parameters parameters, String name, HinetCouplingConfig config) {
    ImageShape shape = config.shape();
    int c1 = config.firstChannels();
    int c2 = shape.channels() - c1;
    this.parameters = parameters;
    this.config = config;
    this.first = c1 * shape.pixels();
    this.second = c2 * shape.pixels();
    this.phi = config.subnet().build(parameters, name + ".phi", c2, c1, shape.height(), shape.width(), OutputInit.ZERO);
    this.rhoEta = config.subnet().build(parameters, name + ".rho-eta", c1, 2 * c2, shape.height(), shape.width(),
        OutputInit.ZERO);
    this.clamp = config.clampActivation();
    this.alpha = config.clamp();
  }

  @Override
  public int dimension() {
    return first + second;
  }

  @Override
  public int conditionDimension() {
    return 0;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public BlockConfig config() {
    return config;
  }

  /** Copies columns [from, from + width) of every row of m into buffer {@code index}. */
  private Matrix slice(Matrix m, int from, int width, int index, Workspace ws) {
    int d = dimension();
    Matrix out = ws.buffer(this, index, m.rows(), width);
    for (int r = 0, n = m.rows(); r < n; r++) {
      for (int j = 0; j < width; j++) {
        out.set(r * width + j, m.get(r * d + from + j));
      }
    }
    return out;
  }

  /** Runs φ on x₂ (buffer 0) and writes y₁ = x₁ + φ(x₂) into buffer 1 and into {@code y}. */
  private Matrix firstHalf(Matrix x, Matrix y, Workspace ws) {
    int d = dimension();
    int n = x.rows();
    Matrix t2 = phi.forward(slice(x, first, second, 0, ws), ws);
    Matrix y1 = ws.buffer(this, 1, n, first);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < first; j++) {
        double v = x.get(r * d + j) + t2.get(r * first + j);
        y1.set(r * first + j, v);
        if (y != null) {
          y.set(r * d + j, v);
        }
      }
    }
    return y1;
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    int d = dimension();
    Matrix o = rhoEta.forward(firstHalf(x, z, ws), ws);
    for (int r = 0, n = x.rows(); r < n; r++) {
      double sum = 0;
      for (int j = 0; j < second; j++) {
        double s = clamp.scale(o.get(2 * r * second + j), alpha);
        z.set(r * d + first + j, x.get(r * d + first + j) * Math.exp(s) + o.get(2 * r * second + second + j));
        sum += s;
      }
      logDet[r] += sum;
    }
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    int d = dimension();
    int n = z.rows();
    Matrix y1 = slice(z, 0, first, 1, ws);
    Matrix x2 = invertSecond(z, rhoEta.forward(y1, ws), logDet, ws);
    Matrix t2 = phi.forward(x2, ws);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < first; j++) {
        x.set(r * d + j, y1.get(r * first + j) - t2.get(r * first + j));
      }
      for (int j = 0; j < second; j++) {
        x.set(r * d + first + j, x2.get(r * second + j));
      }
    }
  }

  /** x₂ = (y₂ − η) e^{−s} into buffer 0; subtracts Σ s from logDet when it is not null. */
  private Matrix invertSecond(Matrix z, Matrix o, double[] logDet, Workspace ws) {
    int d = dimension();
    int n = z.rows();
    Matrix x2 = ws.buffer(this, 0, n, second);
    for (int r = 0; r < n; r++) {
      double sum = 0;
      for (int j = 0; j < second; j++) {
        double s = clamp.scale(o.get(2 * r * second + j), alpha);
        x2.set(r * second + j, (z.get(r * d + first + j) - o.get(2 * r * second + second + j)) * Math.exp(-s));
        sum += s;
      }
      if (logDet != null) {
        logDet[r] -= sum;
      }
    }
    return x2;
  }

  /**
   * With e = e^s: ∂ρ̂ = (∂y₂·x₂·e + ∂logDet)·α g'(ρ̂), ∂η = ∂y₂, ∂y₁ += ∂(ρ,η)/∂y₁; then
   * ∂x₁ = ∂y₁ and ∂x₂ = ∂y₂·e + ∂φ/∂x₂ᵀ ∂y₁.
   */
  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    int d = dimension();
    int n = x.rows();
    Matrix y1 = firstHalf(x, null, ws);
    Matrix o = rhoEta.forward(y1, ws);
    Matrix dO = ws.buffer(this, 2, n, 2 * second);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < second; j++) {
        int oi = 2 * r * second + j;
        double raw = o.get(oi);
        double e = Math.exp(clamp.scale(raw, alpha));
        double g = dz.get(r * d + first + j);
        dO.set(oi, (g * x.get(r * d + first + j) * e + dLogDet[r]) * clamp.scaleDerivative(raw, alpha));
        dO.set(oi + second, g);
        dx.set(r * d + first + j, g * e);
      }
    }
    Matrix dY1 = ws.buffer(this, 3, n, first);
    rhoEta.backward(y1, dO, dY1, ws);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < first; j++) {
        double g = dz.get(r * d + j) + dY1.get(r * first + j);
        dY1.set(r * first + j, g);
        dx.set(r * d + j, g);
      }
    }
    addThroughPhi(ws.buffer(this, 0, n, second), dY1, dx, ws);
  }

  /** Backpropagates dT2 = ∂L/∂φ(x₂) through φ and adds the result to the x₂ columns of target. */
  private void addThroughPhi(Matrix x2, Matrix dT2, Matrix target, Workspace ws) {
    int d = dimension();
    int n = x2.rows();
    Matrix dX2 = ws.buffer(this, 5, n, second);
    phi.backward(x2, dT2, dX2, ws);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < second; j++) {
        target.add(r * d + first + j, dX2.get(r * second + j));
      }
    }
  }

  /**
   * For x₁ = y₁ − φ(x₂), x₂ = (y₂ − η) e^{−s}: with g₂ = ∂x₂ − ∂φ/∂x₂ᵀ ∂x₁, ∂y₂ = g₂ e^{−s},
   * ∂η = −g₂ e^{−s}, ∂ρ̂ = (−g₂ x₂ − ∂logDet)·α g'(ρ̂), and ∂y₁ = ∂x₁ + ∂(ρ,η)/∂y₁.
   */
  @Override
  public void inverseBackward(Matrix z, Matrix c, Matrix dx, double[] dLogDet, Matrix dz, Matrix dc, Workspace ws) {
    int d = dimension();
    int n = z.rows();
    Matrix y1 = slice(z, 0, first, 1, ws);
    Matrix o = rhoEta.forward(y1, ws);
    Matrix x2 = invertSecond(z, o, null, ws);
    phi.forward(x2, ws);
    Matrix dT2 = ws.buffer(this, 4, n, first);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < first; j++) {
        dT2.set(r * first + j, -dx.get(r * d + j));
      }
      for (int j = 0; j < second; j++) {
        dz.set(r * d + first + j, dx.get(r * d + first + j));
      }
    }
    addThroughPhi(x2, dT2, dz, ws);
    Matrix dO = ws.buffer(this, 2, n, 2 * second);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < second; j++) {
        int oi = 2 * r * second + j;
        double raw = o.get(oi);
        double e = Math.exp(-clamp.scale(raw, alpha));
        int i = r * d + first + j;
        double g = dz.get(i);
        dO.set(oi, (-g * x2.get(r * second + j) - dLogDet[r]) * clamp.scaleDerivative(raw, alpha));
        dO.set(oi + second, -g * e);
        dz.set(i, g * e);
      }
    }
    Matrix dY1 = ws.buffer(this, 3, n, first);
    rhoEta.backward(y1, dO, dY1, ws);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < first; j++) {
        dz.set(r * d + j, dx.get(r * d + j) + dY1.get(r * first + j));
      }
    }
  }
}
