package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/**
 * The Hutchinson power-series log-det against the exact one, its gradient against central
 * differences, the Lipschitz bound of g and the non-convergence error of the inverse.
 */
class InvertibleResidualSeriesTest {
  private static final int D = 4;

  private static InvertibleResidualConfig config(ResidualLogDet mode, int terms, int samples, long seed) {
    return new InvertibleResidualConfig(MlpConfig.of(16, 2, Activation.TANH), 0.9, 2000, mode, terms, samples, 1e-12, 2000,
        seed);
  }

  private static double[] logDet(InvertibleResidualConfig config, Matrix x) {
    Parameters p = new Parameters(Precision.FLOAT64);
    InvertibleBlock block = config.build(p, "ires", D, 0, new Rng(1));
    p.initialise(new Rng(2));
    Matrix v = p.values();
    Rng perturb = new Rng(3);
    for (int i = 0; i < v.size(); i++) {
      v.set(i, 0.7 * perturb.gaussian());
    }
    double[] ld = new double[x.rows()];
    block.forward(x, null, x.like(x.rows(), D), ld, new Workspace(p, new JavaDenseKernel()));
    return ld;
  }

  @Test
  void hutchinsonEstimateConvergesToTheExactLogDet() {
    Matrix x = Numerics.gaussian(new Rng(4), 3, D, 0.3);
    double[] exact = logDet(config(ResidualLogDet.EXACT, 1, 1, 0), x);
    int seeds = 200;
    for (int r = 0; r < x.rows(); r++) {
      assertTrue(Math.abs(exact[r]) > 0.02, "the test needs a non-trivial log-det, got " + exact[r]);
    }
    double[] sum = new double[x.rows()];
    double[] sumSq = new double[x.rows()];
    for (int s = 0; s < seeds; s++) {
      double[] est = logDet(config(ResidualLogDet.SERIES, 30, 1, s), x);
      for (int r = 0; r < x.rows(); r++) {
        sum[r] += est[r];
        sumSq[r] += est[r] * est[r];
      }
    }
    for (int r = 0; r < x.rows(); r++) {
      double mean = sum[r] / seeds;
      double sd = Math.sqrt(sumSq[r] / seeds - mean * mean);
      double stderr = sd / Math.sqrt(seeds);
      assertEquals(exact[r], mean, 4 * stderr, "row " + r + ": series mean " + mean + " ± " + stderr + ", exact " + exact[r]);
      // averaging 1000 probes in one block shrinks the error
      double many = logDet(config(ResidualLogDet.SERIES, 30, 1000, 99), x)[r];
      assertEquals(exact[r], many, 4 * sd / Math.sqrt(1000), "row " + r + " with 1000 probes");
    }
  }

  @Test
  void seriesGradientMatchesFiniteDifferencesOfTheEstimator() {
    InvertibleBlockContract contract = new InvertibleBlockContract() {
      public InvertibleBlock newBlock(Parameters p, Rng rng) {
        return new InvertibleResidualBlock(config(ResidualLogDet.SERIES, 6, 3, 5), p, "ires", D, 2);
      }
      public int dimension() { return D; }
      public int conditionDimension() { return 2; }
      public double parameterScale() { return 0.6; }
    };
    InvertibleBlockContract.Fixture f = contract.fixture(11);
    int n = f.x().rows();
    double[] ld = new double[n];
    Matrix z = f.forward(f.x(), f.c(), ld);
    Matrix dz = z.copy();
    for (int i = 0; i < dz.size(); i++) {
      dz.set(i, z.get(i) / n);
    }
    double[] dLogDet = new double[n];
    java.util.Arrays.fill(dLogDet, -1.0 / n);
    f.ws().zeroGradients();
    f.block().backward(f.x(), f.c(), dz, dLogDet, f.x().like(n, D), null, f.ws());
    Matrix grads = f.ws().gradients().copy();
    // probes depend on (x, c) only, so perturbing parameters keeps them fixed
    Numerics.assertGradient("dL/dparameters (series)", f.block().parameters().values(), grads, 1e-6, 1e-5, 1e-8,
        () -> f.loss(f.x(), f.c()));
  }

  @Test
  void residualFunctionIsAContraction() {
    Parameters p = new Parameters(Precision.FLOAT64);
    InvertibleBlock block = config(ResidualLogDet.EXACT, 1, 1, 0).build(p, "ires", D, 0, new Rng(1));
    p.initialise(new Rng(2));
    for (int i = 0; i < p.values().size(); i++) {
      p.values().set(i, 3.0 * new Rng(i).gaussian());
    }
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    Rng rng = new Rng(6);
    for (int t = 0; t < 200; t++) {
      Matrix a = Numerics.gaussian(rng, 1, D, 2.0);
      Matrix b = Numerics.gaussian(rng, 1, D, 2.0);
      Matrix za = a.like(1, D);
      Matrix zb = b.like(1, D);
      block.forward(a, null, za, new double[1], ws);
      block.forward(b, null, zb, new double[1], ws);
      double dx = 0;
      double dg = 0;
      for (int j = 0; j < D; j++) {
        double d = a.get(j) - b.get(j);
        double g = (za.get(j) - a.get(j)) - (zb.get(j) - b.get(j));
        dx += d * d;
        dg += g * g;
      }
      assertTrue(Math.sqrt(dg) <= 0.9 * Math.sqrt(dx) + 1e-12, "|g(a) - g(b)| = " + Math.sqrt(dg) + " > 0.9 |a - b| = "
          + 0.9 * Math.sqrt(dx));
    }
  }

  @Test
  void inverseThatDoesNotConvergeNamesBlockIterationsAndResidual() {
    InvertibleResidualConfig few = new InvertibleResidualConfig(MlpConfig.of(16, 2, Activation.ELU), 0.9, 2000,
        ResidualLogDet.EXACT, 1, 1, 1e-12, 2, 0);
    Parameters p = new Parameters(Precision.FLOAT64);
    InvertibleBlock block = few.build(p, "block7", D, 0, new Rng(1));
    p.initialise(new Rng(2));
    for (int i = 0; i < p.values().size(); i++) {
      p.values().set(i, new Rng(i).gaussian());
    }
    Matrix z = Numerics.gaussian(new Rng(3), 2, D, 1.0);
    InverseNotConvergedException e = assertThrows(InverseNotConvergedException.class,
        () -> block.inverse(z, null, z.like(2, D), new double[2], new Workspace(p, new JavaDenseKernel())));
    assertEquals("block7", e.block());
    assertEquals(2, e.iterations());
    assertTrue(e.residual() > 1e-12);
    assertTrue(e.getMessage().contains("block7") && e.getMessage().contains("2 fixed-point iterations"), e.getMessage());
  }
}
