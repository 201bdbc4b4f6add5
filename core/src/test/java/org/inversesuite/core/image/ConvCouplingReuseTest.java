package org.inversesuite.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.block.ClampActivation;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/**
 * A coupling's backward passes reuse the subnet activations of the latest forward / inverse pass
 * only when their input matches: interleaved passes on different inputs (InvDN's training order,
 * and orders where a pass in between overwrites the stored one) give exactly the gradients of the
 * recomputing path, in both precisions (float32 runs the libnd4j convolutions).
 */
class ConvCouplingReuseTest {
  private static final ImageShape SHAPE = new ImageShape(4, 4, 4);

  @Test
  void backwardPassesMatchTheRecomputingPathWhateverRanInBetween() {
    for (Precision precision : Precision.values()) {
      double[][] reused = run(precision, true);
      double[][] recomputed = run(precision, false);
      for (int k = 0; k < reused.length; k++) {
        for (int i = 0; i < reused[k].length; i++) {
          assertEquals(recomputed[k][i], reused[k][i], 0.0, precision + " output " + k + " entry " + i);
        }
      }
    }
  }

  private static double[][] run(Precision precision, boolean reuse) {
    Parameters p = new Parameters(precision);
    InvertibleBlock block = new ConvCouplingConfig(SHAPE, CouplingMask.CHANNEL, 1, 1,
        ChannelCouplingBlockTest.SUBNET, ClampActivation.SIGMOID, 1.0).build(p, "c", SHAPE.size(), 0, new Rng(0));
    p.initialise(new Rng(1));
    Rng r = new Rng(2);
    for (int i = 0; i < p.size(); i++) {
      p.values().set(i, 0.3 * r.gaussian());
    }
    InverseDifferentiable inv = (InverseDifferentiable) block;
    Workspace ws = new Workspace(p, new JavaDenseKernel());
    ws.setReuse(reuse);
    int n = 3;
    Matrix x = Numerics.cast(Numerics.gaussian(new Rng(3), n, SHAPE.size(), 1.0), precision);
    Matrix other = Numerics.cast(Numerics.gaussian(new Rng(4), n, SHAPE.size(), 1.0), precision);
    Matrix g = Numerics.cast(Numerics.gaussian(new Rng(5), n, SHAPE.size(), 1.0), precision);
    double[] logDet = new double[n];
    double[] dLogDet = {0.5, -1, 2};
    Matrix z = x.like(n, SHAPE.size());
    Matrix back = x.like(n, SHAPE.size());
    Matrix d1 = x.like(n, SHAPE.size());
    Matrix d2 = x.like(n, SHAPE.size());
    Matrix d3 = x.like(n, SHAPE.size());
    block.forward(x, null, z, logDet, ws);
    block.inverse(other, null, back, logDet, ws);
    inv.inverseBackward(other, null, g, dLogDet, d1, null, ws); // reuses the inverse pass on `other`
    block.forward(other, null, back, logDet, ws);              // overwrites the stored forward pass
    block.backward(x, null, g, dLogDet, d2, null, ws);          // must not reuse it
    block.backward(x, null, g, dLogDet, d3, null, ws);          // reuses its own rerun
    double[][] out = new double[4][];
    out[0] = Numerics.values(d1);
    out[1] = Numerics.values(d2);
    out[2] = Numerics.values(d3);
    out[3] = Numerics.values(ws.gradients());
    return out;
  }
}
