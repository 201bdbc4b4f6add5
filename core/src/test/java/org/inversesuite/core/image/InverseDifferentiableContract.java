package org.inversesuite.core.image;

import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.block.InvertibleBlockContract;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/**
 * The extra check of an {@link InverseDifferentiable} block, on top of
 * {@link InvertibleBlockContract}: the gradients of L = mean over rows of ½‖x − a‖² + logDet,
 * x = f⁻¹(z), with respect to z and the parameters, against central differences.
 */
public interface InverseDifferentiableContract extends ImageBlockContract {
  @Test
  default void inverseGradientsMatchFiniteDifferences() {
    Fixture f = fixture(11);
    InvertibleBlock block = f.block();
    InverseDifferentiable diff = (InverseDifferentiable) block;
    Matrix z = Numerics.gaussian(new Rng(12), BATCH, dimension(), 1.0);
    Matrix target = Numerics.gaussian(new Rng(13), BATCH, dimension(), 1.0);
    java.util.function.DoubleSupplier loss = () -> {
      double[] ld = new double[BATCH];
      Matrix x = z.like(BATCH, dimension());
      block.inverse(z, null, x, ld, f.ws());
      double s = 0;
      for (int r = 0; r < BATCH; r++) {
        for (int j = 0; j < dimension(); j++) {
          double d = x.get(r, j) - target.get(r, j);
          s += 0.5 * d * d;
        }
        s += ld[r];
      }
      return s / BATCH;
    };
    Matrix x = z.like(BATCH, dimension());
    block.inverse(z, null, x, new double[BATCH], f.ws());
    Matrix dx = x.like(BATCH, dimension());
    for (int i = 0; i < dx.size(); i++) {
      dx.set(i, (x.get(i) - target.get(i)) / BATCH);
    }
    double[] dLogDet = new double[BATCH];
    java.util.Arrays.fill(dLogDet, 1.0 / BATCH);
    Matrix dz = z.like(BATCH, dimension());
    f.ws().zeroGradients();
    diff.inverseBackward(z, null, dx, dLogDet, dz, null, f.ws());
    Matrix grads = f.ws().gradients().copy();
    Numerics.assertGradient("inverse dL/dparameters", block.parameters().values(), grads, 1e-6, 1e-5, 1e-8, loss);
    Numerics.assertGradient("inverse dL/dz", z, dz, 1e-6, 1e-5, 1e-8, loss);
  }
}
