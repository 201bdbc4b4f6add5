package org.inversesuite.core.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

class ActNormBlockTest implements InvertibleBlockContract {
  public InvertibleBlock newBlock(Parameters p, Rng rng) {
    return new ActNormBlock(p, "an", 3, 0);
  }
  public int dimension() { return 3; }
  public int conditionDimension() { return 0; }

  @Test
  void dataInitialisationStandardisesTheFirstBatch() {
    Parameters p = new Parameters(Precision.FLOAT64);
    ActNormBlock block = new ActNormBlock(p, "an", 3, 0);
    p.initialise(new Rng(1));
    Matrix x = Numerics.gaussian(new Rng(2), 500, 3, 1.0);
    for (int r = 0; r < 500; r++) {
      x.set(r, 0, 3 + 5 * x.get(r, 0));
      x.set(r, 2, -1 + 0.1 * x.get(r, 2));
    }
    block.initialiseFromData(x, null);
    Matrix z = x.like(500, 3);
    block.forward(x, null, z, new double[500], new Workspace(p, new JavaDenseKernel()));
    for (int j = 0; j < 3; j++) {
      double mean = 0;
      double sq = 0;
      for (int r = 0; r < 500; r++) {
        mean += z.get(r, j);
        sq += z.get(r, j) * z.get(r, j);
      }
      mean /= 500;
      assertEquals(0.0, mean, 1e-12, "mean of dimension " + j);
      assertEquals(1.0, (sq - 500 * mean * mean) / 499, 1e-9, "variance of dimension " + j);
    }
  }
}
