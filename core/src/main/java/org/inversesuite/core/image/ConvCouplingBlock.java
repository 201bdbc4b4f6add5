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
 * Masked affine coupling with a convolutional subnet (Dinh et al. 2017, RealNVP, eq. 9): with
 * the binary mask m (1 = passes through) and (ŝ, t) = NN(m ⊙ x), s = α·g(ŝ),
 * \[ z = m \odot x + (1-m) \odot \big(x \odot e^{s} + t\big), \qquad
 *    \log|\det J| = \textstyle\sum_{(1-m)} s, \]
 * inverse x = m ⊙ z + (1−m) ⊙ (z − t) e^{−s} with (ŝ, t) = NN(m ⊙ z). The subnet sees all C
 * channels (zeros where m = 0) and outputs 2C channels, of which only the transformed entries
 * are used; this serves channel and checkerboard masks alike. The subnet is plain or
 * residual-dense ({@link org.inversesuite.core.nn.ConvNetKind}, the config's {@code subnet.kind}). The last subnet layer starts at
 * zero, so a new block is the identity (Glow, Kingma and Dhariwal 2018, section 3.3). Forward
 * and inverse passes keep their subnet activations in separate buffer sets of the workspace; a
 * backward pass reuses them when the masked input it is given equals the one stored (compared
 * element by element, so any pass in between is harmless) and reruns the subnet otherwise, or
 * always when the workspace does not allow {@link Workspace#reuse() reuse}.
 */
public final class ConvCouplingBlock implements InvertibleBlock, InverseDifferentiable {
  private final Parameters parameters;
  private final ConvCouplingConfig config;
  private final ImageShape shape;
  private final boolean[] passing;
  private final ConvSubnet net;
  private final ClampActivation clamp;
  private final double alpha;

  ConvCouplingBlock(Parameters parameters, String name, ConvCouplingConfig config) {
    this.parameters = parameters;
    this.config = config;
    this.shape = config.shape();
    this.passing = config.mask().passing(shape, config.parity(), config.split());
    this.net = config.subnet().build(parameters, name + ".subnet", shape.channels(), 2 * shape.channels(),
        shape.height(), shape.width(), OutputInit.ZERO);
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

  /** Buffer set of the subnet run by forward / backward. */
  private static final int FORWARD = 0;
  /** Buffer set of the subnet run by inverse / inverseBackward. */
  private static final int INVERSE = 1;
  /** Workspace buffers per set: masked input, subnet output, validity flag. */
  private static final int PER_SET = 4;

  /** Writes m ⊙ in to the subnet-input buffer of {@code set} and runs the subnet; returns its output. */
  private Matrix subnet(Matrix in, Workspace ws, int set) {
    Matrix u = ws.buffer(this, set * PER_SET, in.rows(), dimension());
    mask(in, u);
    Matrix out = net.forward(u, ws, set);
    ws.buffer(this, set * PER_SET + 3, in.rows(), 1).fill(1);
    return out;
  }

  /**
   * The subnet output for {@code in} for a backward pass: the one stored by the latest pass in
   * {@code set} when its masked input equals m ⊙ in, else a fresh run.
   */
  private Matrix subnetForBackward(Matrix in, Workspace ws, int set) {
    int n = in.rows();
    Matrix valid = ws.buffer(this, set * PER_SET + 3, n, 1);
    if (ws.reuse() && valid.get(0) == 1 && sameMaskedInput(in, ws.buffer(this, set * PER_SET, n, dimension()))) {
      return net.output(ws, set, n);
    }
    return subnet(in, ws, set);
  }

  private void mask(Matrix in, Matrix u) {
    int d = dimension();
    for (int r = 0, n = in.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        u.set(r * d + j, passing[j] ? in.get(r * d + j) : 0);
      }
    }
  }

  private boolean sameMaskedInput(Matrix in, Matrix u) {
    int d = dimension();
    for (int r = 0, n = in.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        int i = r * d + j;
        if (u.get(i) != (passing[j] ? in.get(i) : 0)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    Matrix out = subnet(x, ws, FORWARD);
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
    Matrix out = subnet(z, ws, INVERSE);
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
    Matrix out = subnetForBackward(x, ws, FORWARD);
    int d = dimension();
    int n = x.rows();
    Matrix dOut = ws.buffer(this, PER_SET * 2 + 1, n, 2 * d);
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
    throughSubnet(FORWARD, dOut, dz, dx, ws);
  }

  /**
   * For x = (z − t) e^{−s}: ∂z = ∂x·e^{−s}, ∂t = −∂x·e^{−s}, ∂ŝ = (−∂x·x − ∂logDet)·α g'(ŝ) on
   * transformed entries; ∂z = ∂x + ∂u where the mask passes.
   */
  @Override
  public void inverseBackward(Matrix z, Matrix c, Matrix dx, double[] dLogDet, Matrix dz, Matrix dc, Workspace ws) {
    Matrix out = subnetForBackward(z, ws, INVERSE);
    int d = dimension();
    int n = z.rows();
    Matrix dOut = ws.buffer(this, PER_SET * 2 + 1, n, 2 * d);
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
    throughSubnet(INVERSE, dOut, dx, dz, ws);
  }

  /** Backpropagates dOut through the subnet and sets target = direct + ∂u on passing entries. */
  private void throughSubnet(int set, Matrix dOut, Matrix direct, Matrix target, Workspace ws) {
    int d = dimension();
    int n = dOut.rows();
    Matrix u = ws.buffer(this, set * PER_SET, n, d);
    Matrix du = ws.buffer(this, set * PER_SET + 2, n, d);
    net.backward(u, dOut, du, ws, set);
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
