package org.inversesuite.core.block;

import java.util.Arrays;
import org.inversesuite.core.nn.Initializer;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.tensor.Matrix;

/**
 * FrEIA's {@code AllInOneBlock} (Ardizzone et al., FrEIA): a one-sided affine coupling, a
 * learned global affine map and a fixed permutation in one block. With {@code x = [x₁, x₂]},
 * {@code d₁ = ⌈D/2⌉} and {@code (a_s, a_t) = g([x₁, c])}:
 * \[ s = \alpha \tanh(0.1\,a_s), \quad v = [x_1,\; x_2 \odot e^{s} + 0.1\,a_t], \quad
 *    y = \gamma \odot v + \beta, \quad z = y_{\pi}, \]
 * \[ \gamma = 0.2 \log(1 + e^{0.5\,p}) \ \text{(softplus, FrEIA's "SOFTPLUS" global affine)},
 *    \qquad \log|\det J| = \textstyle\sum_i s_i + \sum_j \log \gamma_j. \]
 * The factor 0.1 on the subnet output is FrEIA's, for stable initialisation. p starts so that
 * γ = γ₀.
 */
public final class AllInOneBlock implements InvertibleBlock {
  private final AllInOneConfig config;
  private final Parameters parameters;
  private final int dimension;
  private final int conditionDimension;
  private final int d1;
  private final int d2;
  private final int[] order;
  private final Mlp subnet;
  private final int scaleOffset;
  private final int offsetOffset;

  /** Builds the block with permutation {@code order} and allocates its parameters. */
  public AllInOneBlock(AllInOneConfig config, int[] order, Parameters parameters, String name, int dimension,
      int conditionDimension) {
    if (dimension < 2 || order.length != dimension) {
      throw new IllegalArgumentException("all-in-one block needs dimension >= 2 and a permutation of that length, got "
          + dimension + " and " + order.length);
    }
    PermutationBlock.requirePermutation(order);
    this.config = config;
    this.parameters = parameters;
    this.dimension = dimension;
    this.conditionDimension = conditionDimension;
    this.d1 = dimension - dimension / 2;
    this.d2 = dimension / 2;
    this.order = order.clone();
    this.subnet = new Mlp(parameters, name + ".subnet", d1 + conditionDimension, 2 * d2, config.subnet(), OutputInit.ZERO);
    double p0 = 2 * Math.log(Math.expm1(0.5 * 10 * config.globalAffineInit()));
    this.scaleOffset = parameters.allocate(name + ".globalScale", dimension, Initializer.constant(p0));
    this.offsetOffset = parameters.allocate(name + ".globalOffset", dimension, Initializer.ZERO);
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public int conditionDimension() {
    return conditionDimension;
  }

  @Override
  public Parameters parameters() {
    return parameters;
  }

  @Override
  public BlockConfig config() {
    return new AllInOneConfig(config.subnet(), config.clamp(), config.globalAffineInit(),
        Arrays.stream(order).boxed().toList());
  }

  private static double gamma(double p) {
    return 0.2 * (0.5 * p > 30 ? 0.5 * p : Math.log1p(Math.exp(0.5 * p)));
  }

  private double logGammaSum(Matrix p) {
    double s = 0;
    for (int j = 0; j < dimension; j++) {
      s += Math.log(gamma(p.get(scaleOffset + j)));
    }
    return s;
  }

  private Matrix subnetInput(Matrix x, Matrix c, Workspace ws) {
    Matrix in = ws.buffer(this, 0, x.rows(), d1 + conditionDimension);
    in.copyColumns(x, 0, 0, d1);
    if (conditionDimension > 0) {
      in.copyColumns(c, 0, d1, conditionDimension);
    }
    return in;
  }

  @Override
  public void forward(Matrix x, Matrix c, Matrix z, double[] logDet, Workspace ws) {
    BlockInputs.check(this, x, c, logDet);
    Matrix p = ws.values();
    Matrix a = subnet.forward(subnetInput(x, c, ws), ws);
    double lg = logGammaSum(p);
    double alpha = config.clamp();
    int d = dimension;
    int ac = 2 * d2;
    for (int r = 0, n = x.rows(); r < n; r++) {
      double sum = lg;
      for (int i = 0; i < d; i++) {
        int j = order[i];
        double v;
        if (j < d1) {
          v = x.get(r * d + j);
        } else {
          int k = j - d1;
          double s = alpha * Math.tanh(0.1 * a.get(r * ac + k));
          v = x.get(r * d + j) * Math.exp(s) + 0.1 * a.get(r * ac + d2 + k);
        }
        z.set(r * d + i, gamma(p.get(scaleOffset + j)) * v + p.get(offsetOffset + j));
      }
      for (int k = 0; k < d2; k++) {
        sum += alpha * Math.tanh(0.1 * a.get(r * ac + k));
      }
      logDet[r] += sum;
    }
  }

  @Override
  public void inverse(Matrix z, Matrix c, Matrix x, double[] logDet, Workspace ws) {
    BlockInputs.check(this, z, c, logDet);
    Matrix p = ws.values();
    int d = dimension;
    int n = z.rows();
    Matrix v = ws.buffer(this, 1, n, d);
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < d; i++) {
        int j = order[i];
        v.set(r * d + j, (z.get(r * d + i) - p.get(offsetOffset + j)) / gamma(p.get(scaleOffset + j)));
      }
    }
    x.copyColumns(v, 0, 0, d1);
    Matrix a = subnet.forward(subnetInput(x, c, ws), ws);
    double lg = logGammaSum(p);
    double alpha = config.clamp();
    int ac = 2 * d2;
    for (int r = 0; r < n; r++) {
      double sum = lg;
      for (int k = 0; k < d2; k++) {
        double s = alpha * Math.tanh(0.1 * a.get(r * ac + k));
        x.set(r * d + d1 + k, (v.get(r * d + d1 + k) - 0.1 * a.get(r * ac + d2 + k)) * Math.exp(-s));
        sum += s;
      }
      logDet[r] -= sum;
    }
  }

  @Override
  public void backward(Matrix x, Matrix c, Matrix dz, double[] dLogDet, Matrix dx, Matrix dc, Workspace ws) {
    Matrix p = ws.values();
    Matrix g = ws.gradients();
    int d = dimension;
    int n = x.rows();
    int ac = 2 * d2;
    double alpha = config.clamp();
    Matrix a = subnet.output(n, ws);
    Matrix da = ws.buffer(this, 2, n, ac);
    Matrix dIn = ws.buffer(this, 3, n, d1 + conditionDimension);
    double dLogDetSum = 0;
    for (double v : dLogDet) {
      dLogDetSum += v;
    }
    for (int i = 0; i < d; i++) {
      int j = order[i];
      double pj = p.get(scaleOffset + j);
      double gam = gamma(pj);
      double dGamma = dLogDetSum / gam;
      double dBeta = 0;
      for (int r = 0; r < n; r++) {
        double dy = dz.get(r * d + i);
        double v;
        if (j < d1) {
          v = x.get(r * d + j);
          dx.set(r * d + j, dy * gam);
        } else {
          int k = j - d1;
          double au = 0.1 * a.get(r * ac + k);
          double th = Math.tanh(au);
          double e = Math.exp(alpha * th);
          double xv = x.get(r * d + j);
          v = xv * e + 0.1 * a.get(r * ac + d2 + k);
          double dv = dy * gam;
          dx.set(r * d + j, dv * e);
          double ds = dv * e * xv + dLogDet[r];
          da.set(r * ac + k, ds * alpha * (1 - th * th) * 0.1);
          da.set(r * ac + d2 + k, 0.1 * dv);
        }
        dGamma += dy * v;
        dBeta += dy;
      }
      double sigmoid = 1 / (1 + Math.exp(-0.5 * pj));
      g.add(scaleOffset + j, dGamma * 0.1 * sigmoid);
      g.add(offsetOffset + j, dBeta);
    }
    Matrix in = ws.buffer(this, 0, n, d1 + conditionDimension);
    subnet.backward(in, da, dIn, ws);
    CouplingBlock.addColumns(dIn, 0, dx, 0, d1);
    if (dc != null && conditionDimension > 0) {
      CouplingBlock.addColumns(dIn, d1, dc, 0, conditionDimension);
    }
  }
}
