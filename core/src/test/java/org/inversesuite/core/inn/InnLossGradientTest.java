package org.inversesuite.core.inn;

import java.util.List;
import org.inversesuite.core.flow.Flow;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/**
 * The gradients of the INN's training losses against central differences of the same losses,
 * in float64 on a small INN (x 2, y 2, z 1, D 6, so both paddings exist). The forward check
 * leaves out L_z, whose gradient deliberately omits the path through v_y (stop-gradient;
 * {@code MultiscaleMmdTest} checks the MMD gradient itself).
 */
class InnLossGradientTest {
  private static final List<MmdKernel> KERNELS = List.of(new MmdKernel(0.04, 1), new MmdKernel(0.81, 1),
      new MmdKernel(0.5, 2));

  private static InnConfig config(double lambdaLatent) {
    return new InnConfig(2, 2, 1, 6, 2, 6, 1, 2.0, 3, lambdaLatent, 40, 5, 2, 0.7, 0.1, 0.05, 0.1, KERNELS, KERNELS, 5, 1,
        0.002,
        1e-3, 0.1, 0, 3);
  }

  private static Flow flow(InnConfig c) {
    Flow flow = InnTraining.build(c, Precision.FLOAT64);
    Matrix p = flow.parameters().values();
    Rng rng = new Rng(4);
    for (int i = 0; i < p.size(); i++) {
      p.set(i, 0.3 * rng.gaussian());
    }
    return flow;
  }

  private interface Losses {
    double[] evaluate(Flow flow, InnConfig c, Workspace ws);
  }

  /** Checks the analytic gradient of the summed losses against central differences. */
  private static void check(String what, double lambdaLatent, Losses losses) {
    InnConfig c = config(lambdaLatent);
    Flow flow = flow(c);
    Workspace ws = new Workspace(flow.parameters(), new JavaDenseKernel());
    ws.zeroGradients();
    losses.evaluate(flow, c, ws);
    Matrix analytic = ws.gradients().copy();
    Numerics.assertGradient(what, flow.parameters().values(), analytic, 1e-6, 1e-5, 1e-8,
        () -> java.util.Arrays.stream(losses.evaluate(flow, c, ws)).sum());
  }

  @Test
  void forwardLossGradientMatchesFiniteDifferences() {
    Rng rng = new Rng(5);
    Matrix x = Numerics.gaussian(rng, 5, 6, 1.0);
    Matrix target = Numerics.gaussian(rng, 5, 6, 1.0);
    Matrix y = Numerics.gaussian(rng, 5, 2, 1.0);
    check("d(L_y + L_ml)/dθ", 0, (flow, c, ws) -> InnTraining.forwardLosses(flow, c, x, target, y, x.like(5, 6), ws));
  }

  @Test
  void inverseLossGradientMatchesFiniteDifferences() {
    Rng rng = new Rng(6);
    Matrix w = Numerics.gaussian(rng, 10, 6, 1.0);
    Matrix x = Numerics.gaussian(rng, 5, 6, 1.0);
    check("d(L_x + L_rec + L_pad)/dθ", 300, (flow, c, ws) -> InnTraining.inverseLosses(flow, c, w, x, 0.7, ws));
  }
}
