package org.inversesuite.core.block;

import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.tensor.Matrix;

/**
 * Additive coupling of NICE (Dinh, Krueger and Bengio 2015, "NICE: Non-linear Independent
 * Components Estimation", arXiv:1410.8516): for each half
 * \[ z_a = x_a + t([x_p, c]), \qquad \log|\det J| = 0, \]
 * inverse {@code x_a = z_a − t}. Volume preserving; the halves are arranged as in
 * {@link CouplingBlock} (FrEIA NICECouplingBlock).
 */
public final class AdditiveCouplingBlock extends CouplingBlock {
  private final AdditiveCouplingConfig config;

  /** Builds the block and allocates its subnets in {@code parameters}. */
  public AdditiveCouplingBlock(AdditiveCouplingConfig config, Parameters parameters, String name, int dimension,
      int conditionDimension) {
    super(parameters, name, dimension, conditionDimension, config.subnet(), d -> new int[] {d});
    this.config = config;
  }

  @Override
  public BlockConfig config() {
    return config;
  }

  @Override
  protected void transformForward(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet) {
    shift(raw, in, inCol, out, outCol, d, 1);
  }

  @Override
  protected void transformInverse(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double[] logDet) {
    shift(raw, in, inCol, out, outCol, d, -1);
  }

  private static void shift(Matrix raw, Matrix in, int inCol, Matrix out, int outCol, int d, double sign) {
    int ic = in.cols();
    int oc = out.cols();
    for (int r = 0, n = in.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        out.set(r * oc + outCol + j, in.get(r * ic + inCol + j) + sign * raw.get(r * d + j));
      }
    }
  }

  @Override
  protected void transformBackward(Matrix raw, Matrix x, int xCol, Matrix dOut, int dOutCol, double[] dLogDet,
      Matrix dx, int dxCol, Matrix dRaw, int d) {
    int oc = dOut.cols();
    int dc = dx.cols();
    for (int r = 0, n = x.rows(); r < n; r++) {
      for (int j = 0; j < d; j++) {
        double g = dOut.get(r * oc + dOutCol + j);
        dx.set(r * dc + dxCol + j, g);
        dRaw.set(r * d + j, g);
      }
    }
  }
}
