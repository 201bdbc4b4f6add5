package org.inversesuite.imaging.denoise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.junit.jupiter.api.Test;

class TilingTest {
  @Test
  void aPixelwiseOperationGivesTheSameResultTiledOrNot() {
    Rng r = new Rng(1);
    double[] v = new double[3 * 37 * 50];
    for (int i = 0; i < v.length; i++) {
      v[i] = 255 * r.uniform();
    }
    Image image = new Image(new ImageShape(3, 37, 50), v);
    double[] expected = image.values();
    for (int i = 0; i < expected.length; i++) {
      expected[i] = 2 * expected[i] + 1;
    }
    AtomicInteger calls = new AtomicInteger();
    Tiling tiling = new Tiling(16, 5);
    Image out = tiling.apply(image, t -> {
      double[] tv = t.values();
      for (int i = 0; i < tv.length; i++) {
        tv[i] = 2 * tv[i] + 1;
      }
      return new Image(t.shape(), tv);
    }, calls::set);
    assertArrayEquals(expected, out.values(), 1e-9);
    assertEquals(tiling.count(37, 50), calls.get());
    assertEquals(3 * 5, calls.get(), "ceil((37-16)/11)+1 rows of tiles times ceil((50-16)/11)+1 columns");
  }
}
