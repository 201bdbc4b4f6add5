package org.inversesuite.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class HaarDownBlockTest implements InverseDifferentiableContract {
  static final ImageShape SHAPE = new ImageShape(2, 4, 4);

  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new QuadConfig(SHAPE, QuadTransform.HAAR, Direction.DOWN).build(parameters, "haar", SHAPE.size(), 0, structure);
  }

  @Override
  public ImageShape shape() {
    return SHAPE;
  }

  @Test
  void lowPassBandIsTwiceTheQuadMeanAndDetailsOfAConstantVanish() {
    Parameters p = new Parameters(Precision.FLOAT64);
    InvertibleBlock block = newBlock(p, new Rng(1));
    p.initialise(new Rng(2));
    Matrix x = Matrix.zeros(Precision.FLOAT64, 1, SHAPE.size());
    for (int i = 0; i < 16; i++) {
      x.set(i, 3.0);
      x.set(16 + i, i);
    }
    Matrix z = x.like(1, SHAPE.size());
    block.forward(x, null, z, new double[1], new Workspace(p, new JavaDenseKernel()));
    // output channels: band k of input channel c is channel 2k + c, each 2x2
    for (int i = 0; i < 4; i++) {
      assertEquals(6.0, z.get(i), 1e-12, "LL of the constant channel");
      for (int band = 1; band < 4; band++) {
        assertEquals(0.0, z.get(band * 8 + i), 1e-12, "detail band " + band + " of a constant");
      }
    }
    // channel 1 holds 0..15 row-major; its top-left quad is 0, 1, 4, 5
    assertEquals((0 + 1 + 4 + 5) / 2.0, z.get(4), 1e-12);
    assertEquals((0 - 1 + 4 - 5) / 2.0, z.get(8 + 4), 1e-12);
    assertEquals((0 + 1 - 4 - 5) / 2.0, z.get(16 + 4), 1e-12);
  }
}
