package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.block.BlockConfig;
import org.inversesuite.core.block.CouplingForm;
import org.inversesuite.core.block.PermutationConfig;
import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.flow.ParameterSpace;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

/**
 * The coupling setting of the RV cINN: the chain it builds, its JSON (absent = affine, so older
 * configs and model files load unchanged), and a randomly initialised spline chain whose posterior
 * draws land in the prior's support with a finite density.
 */
class RvCouplingTest {
  private static final MlpConfig NET = MlpConfig.of(8, 1, Activation.RELU);

  private static RvCinnConfig model(RvCoupling coupling) {
    return new RvCinnConfig(3, NET, 4, NET, PeriodogramConfig.defaults(), PeriodCoordinate.PEAK_BLEND,
        AngleCoordinate.ANGLE_PAIRS, coupling);
  }

  @Test
  void theChainAlternatesTheChosenCouplingWithPermutations() {
    for (RvCoupling c : RvCoupling.values()) {
      List<BlockConfig> blocks = RvCinnTraining.flowConfig(model(c), PeriodCoordinateTest.ENCODING).blocks();
      assertEquals(6, blocks.size());
      for (int i = 0; i < blocks.size(); i += 2) {
        assertInstanceOf(PermutationConfig.class, blocks.get(i + 1));
        if (c == RvCoupling.AFFINE) {
          AffineCouplingConfig a = assertInstanceOf(AffineCouplingConfig.class, blocks.get(i));
          assertEquals(CouplingForm.GLOW, a.form());
          assertEquals(NET, a.subnet());
        } else {
          RqSplineCouplingConfig s = assertInstanceOf(RqSplineCouplingConfig.class, blocks.get(i));
          assertEquals(RvCoupling.SPLINE_BINS, s.bins());
          assertEquals(RvCoupling.SPLINE_BOUND, s.bound());
          assertEquals(NET, s.subnet());
        }
      }
    }
  }

  @Test
  void configWithoutTheSettingReadsAsAffine() throws Exception {
    var mapper = org.inversesuite.core.config.Json.mapper();
    RvCinnConfig spline = model(RvCoupling.RQ_SPLINE);
    var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(spline);
    assertEquals(spline, mapper.treeToValue(node, RvCinnConfig.class));
    node.remove("coupling");
    assertEquals(RvCoupling.AFFINE, mapper.treeToValue(node, RvCinnConfig.class).coupling());
    assertEquals(spline.withCoupling(RvCoupling.AFFINE), mapper.treeToValue(node, RvCinnConfig.class));
  }

  @Test
  void splineDrawsAreInThePriorsSupportWithAFiniteDensity() {
    RvCinnConfig m = model(RvCoupling.RQ_SPLINE).withAngles(AngleCoordinate.BOX);
    RvSetEncoding encoding = PeriodCoordinateTest.ENCODING;
    Flow flow = Flow.build(RvCinnTraining.flowConfig(m, encoding), Precision.FLOAT64, new Rng(5), true);
    int d = m.angles().flowDimension();
    double[] mean = new double[d];
    double[] std = new double[d];
    java.util.Arrays.fill(std, 1);
    ParameterSpace space = new ParameterSpace(RvCinnTraining.support(RvPriorConfig.defaults(), m.period(), m.angles()),
        new Standardization(mean, std));
    RvPriorConfig prior = RvPriorConfig.defaults();
    try (RvPosterior posterior = new RvPosterior(new Cinn(flow, space, Standardization.identity(encoding.width()), 1),
        m.period(), m.angles(), encoding, prior)) {
      Matrix target = PeriodCoordinateTest.simulator().simulate(1, new Rng(2)).y();
      double[] y = target.toRows()[0];
      Matrix q = posterior.sample(y, 400, new Rng(3));
      DoubleMatrix ys = new DoubleMatrix(q.rows(), y.length);
      for (int r = 0; r < q.rows(); r++) {
        assertTrue(q.get(r, 0) >= prior.periodMin() && q.get(r, 0) <= prior.periodMax(), "P = " + q.get(r, 0));
        assertTrue(q.get(r, 2) >= 0 && q.get(r, 2) < prior.eccentricityMax(), "e = " + q.get(r, 2));
        for (int j = 0; j < y.length; j++) {
          ys.set(r, j, y[j]);
        }
      }
      for (double v : posterior.logDensity(q, ys)) {
        assertTrue(Double.isFinite(v), "log density " + v);
      }
    }
  }
}
