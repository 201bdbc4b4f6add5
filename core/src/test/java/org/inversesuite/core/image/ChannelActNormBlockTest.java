package org.inversesuite.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.block.ActNormConfig;
import org.inversesuite.core.block.InvertibleBlock;
import org.inversesuite.core.nn.JavaDenseKernel;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.junit.jupiter.api.Test;

/** Glow's ActNorm per channel: a pixelwise ActNorm. */
class ChannelActNormBlockTest implements ImageBlockContract {
  @Override
  public InvertibleBlock newBlock(Parameters parameters, Rng structure) {
    return new PixelwiseConfig(InvertibleConv1x1BlockTest.SHAPE, new ActNormConfig())
        .build(parameters, "actnorm", dimension(), 0, structure);
  }

  @Override
  public ImageShape shape() {
    return InvertibleConv1x1BlockTest.SHAPE;
  }

  @Test
  void dataInitialisationStandardisesEachChannelOverBatchAndPixels() {
    Parameters p = new Parameters(Precision.FLOAT64);
    PixelwiseBlock block = (PixelwiseBlock) newBlock(p, new Rng(1));
    p.initialise(new Rng(2));
    int n = 50;
    int pixels = InvertibleConv1x1BlockTest.SHAPE.pixels();
    Matrix x = Numerics.gaussian(new Rng(3), n, dimension(), 1.0);
    for (int i = 0; i < x.size(); i++) {
      int channel = (i % dimension()) / pixels;
      x.set(i, 4 * channel + (channel + 1) * x.get(i));
    }
    block.initialiseFromData(x, null);
    Matrix z = x.like(n, dimension());
    block.forward(x, null, z, new double[n], new Workspace(p, new JavaDenseKernel()));
    for (int c = 0; c < 3; c++) {
      double sum = 0;
      double sq = 0;
      for (int r = 0; r < n; r++) {
        for (int i = 0; i < pixels; i++) {
          double v = z.get(r, c * pixels + i);
          sum += v;
          sq += v * v;
        }
      }
      int count = n * pixels;
      double mean = sum / count;
      assertEquals(0.0, mean, 1e-12, "channel " + c + " mean");
      assertEquals(1.0, (sq - count * mean * mean) / (count - 1), 1e-9, "channel " + c + " variance");
    }
  }
}
