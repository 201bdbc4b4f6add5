package org.inversesuite.core.image;

import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.BlockInputs;
import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.ConvNet;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * Masked affine coupling with a convolutional subnet (Dinh et al. 2017, RealNVP, eq. 9): with
 * the binary mask m (1 = passes through) and (ŝ, t) = NN(m ⊙ x), s = α·g(ŝ),
 * \[ z = m \odot x + (1-m) \odot \big(x \odot e^{s} + t\big), \qquad
 *    \log|\det J| = \textstyle\sum_{(1-m)} s, \]
 * inverse x = m ⊙ z + (1−m) ⊙ (z − t) e^{−s} with (ŝ, t) = NN(m ⊙ z). The subnet sees all C
 * channels (zeros where m = 0) and outputs 2C channels, of which only the transformed entries
 * are used; this serves channel and checkerboard masks alike. The last subnet layer starts at
 * zero, so a new block is the identity (Glow, Kingma and Dhariwal 2018, section 3.3). The
 * backward passes rerun the subnet on their input (one extra subnet forward, a third of the
 * cost) instead of trusting buffers that an inverse pass in between may have overwritten.
 */
public final class ConvCouplingBlock implements InvertibleBlock, InverseDifferentiable {
  private final Parameters parameters;
  private final ConvCouplingConfig config;
  private final ImageShape shape;
  private final boolean[] passing;
  private final ConvNet net;
  private final ClampActivation clamp;
  private final double alpha;

  ConvCouplingBlock(Parameters parameters, String name, ConvCouplingConfig config) {
    this.parameters = parameters;
    this.config = config;
    this.shape = config.shape();
    this.passing = config.mask().passing(shape, config.parity(), config.split());
    this.net = new ConvNet(parameters, name + ".subnet", shape.channels(), 2 * shape.channels(), shape.height(),
        shape.width(), config.subnet(), OutputInit.ZERO);
    this.clamp = config.clampActivation();
    this.alpha = config.clamp();
  }

  @Override
  public int dimension() {
    return shape.size();
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

  /** Writes m ⊙ in to the subnet-input buffer and runs the subnet; returns its output. */
  private Matrix subnet(Matrix in, Workspace ws) {
    Matrix u = maskedInput(in, ws);
    return net.forward(u, ws);
  }

  private Matrix maskedInput(Matrix in, Workspace ws) {
    int d = dimension();
    Matrix u = ws.buffer(this, 0, in.rows(), d);
    for (int r = 0, n = in.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        u.set(r * d + j, passing[j] ? in.get(r * d + j) : 0);
      }
    }
    return u;
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    Matrix out = subnet(x, ws);
    int d = dimension();
    for (int r = 0, n = x.rows(); r < n; r++) {
      double sum = 0;
      for (int j = 0; j < d; j++) {
        int i = r * d + j;
        if (passing[j]) {
          z.set(i, x.get(i));
        } else {
          double s = clamp.scale(out.get(2 * r * d + j), alpha);
          z.set(i, x.get(i) * Math.exp(s) + out.get(2 * r * d + d + j));
          sum += s;
        }
      }
      logDet[r] += sum;
    }
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    Matrix out = subnet(z, ws);
    int d = dimension();
    for (int r = 0, n = z.rows(); r < n; r++) {
      double sum = 0;
      for (int j = 0; j < d; j++) {
        int i = r * d + j;
        if (passing[j]) {
          x.set(i, z.get(i));
        } else {
          double s = clamp.scale(out.get(2 * r * d + j), alpha);
          x.set(i, (z.get(i) - out.get(2 * r * d + d + j)) * Math.exp(-s));
          sum += s;
        }
      }
      logDet[r] -= sum;
    }
  }

  /**
   * ∂ŝ = (∂z·x·e^s + ∂logDet)·α g'(ŝ) and ∂t = ∂z on transformed entries; ∂x = ∂z·e^s there and
   * ∂z + ∂u (through the subnet) where the mask passes.
   */
  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    Matrix out = subnet(x, ws);
    int d = dimension();
    int n = x.rows();
    Matrix dOut = ws.buffer(this, 1, n, 2 * d);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        int i = r * d + j;
        int si = 2 * r * d + j;
        if (passing[j]) {
          dOut.set(si, 0);
          dOut.set(si + d, 0);
        } else {
          double raw = out.get(si);
          double e = Math.exp(clamp.scale(raw, alpha));
          double g = dz.get(i);
          dOut.set(si, (g * x.get(i) * e + dLogDet[r]) * clamp.scaleDerivative(raw, alpha));
          dOut.set(si + d, g);
          dx.set(i, g * e);
        }
      }
    }
    throughSubnet(ws.buffer(this, 0, n, d), dOut, dz, dx, ws);
  }

  /**
   * For x = (z − t) e^{−s}: ∂z = ∂x·e^{−s}, ∂t = −∂x·e^{−s}, ∂ŝ = (−∂x·x − ∂logDet)·α g'(ŝ) on
   * transformed entries; ∂z = ∂x + ∂u where the mask passes.
   */
  @Override
  public void inverseBackward(Matrix z, Matrix c, Matrix dx, double[] dLogDet, Matrix dz, Matrix dc, Workspace ws) {
    Matrix out = subnet(z, ws);
    int d = dimension();
    int n = z.rows();
    Matrix dOut = ws.buffer(this, 1, n, 2 * d);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        int i = r * d + j;
        int si = 2 * r * d + j;
        if (passing[j]) {
          dOut.set(si, 0);
          dOut.set(si + d, 0);
        } else {
          double raw = out.get(si);
          double e = Math.exp(-clamp.scale(raw, alpha));
          double t = out.get(si + d);
          double g = dx.get(i);
          double xi = (z.get(i) - t) * e;
          dOut.set(si, (-g * xi - dLogDet[r]) * clamp.scaleDerivative(raw, alpha));
          dOut.set(si + d, -g * e);
          dz.set(i, g * e);
        }
      }
    }
    throughSubnet(ws.buffer(this, 0, n, d), dOut, dx, dz, ws);
  }

  /** Backpropagates dOut through the subnet and sets target = direct + ∂u on passing entries. */
  private void throughSubnet(Matrix u, Matrix dOut, Matrix direct, Matrix target, Workspace ws) {
    int d = dimension();
    int n = u.rows();
    Matrix du = ws.buffer(this, 2, n, d);
    net.backward(u, dOut, du, ws);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        if (passing[j]) {
          int i = r * d + j;
          target.set(i, direct.get(i) + du.get(i));
        }
      }
    }
  }
}
