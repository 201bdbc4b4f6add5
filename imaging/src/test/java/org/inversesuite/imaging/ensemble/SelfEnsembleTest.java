package org.inversesuite.imaging.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.junit.jupiter.api.Test;

class SelfEnsembleTest {
  private static Image random(int c, int h, int w, long seed) {
    Rng rng = new Rng(seed);
    double[] v = new double[c * h * w];
    for (int i = 0; i < v.length; i++) {
      v[i] = 255 * rng.uniform(0, 1);
    }
    return new Image(new ImageShape(c, h, w), v);
  }

  @Test
  void everySymmetryIsUndoneByItsInverseOnNonSquareImages() {
    Image x = random(3, 3, 5, 1);
    for (Symmetry g : Symmetry.values()) {
      Image gx = g.apply(x);
      boolean swaps = g.name().contains("TRANSPOSE") || g.name().contains("90") || g.name().contains("270");
      assertEquals(swaps ? 5 : 3, gx.height(), g.name());
      assertArrayEquals(x.values(), g.invert(gx).values(), 0, g.name());
      assertArrayEquals(x.values(), g.apply(g.invert(x)).values(), 0, g.name());
    }
  }

  @Test
  void theEightSymmetriesAreDistinctAndRotationsCompose() {
    Image x = random(1, 4, 4, 2);
    Set<List<Double>> seen = new HashSet<>();
    for (Symmetry g : Symmetry.values()) {
      seen.add(java.util.Arrays.stream(g.apply(x).values()).boxed().toList());
    }
    assertEquals(8, seen.size());
    Image r2 = Symmetry.ROTATE_90.apply(Symmetry.ROTATE_90.apply(x));
    assertArrayEquals(Symmetry.ROTATE_180.apply(x).values(), r2.values(), 0);
    assertArrayEquals(x.values(), Symmetry.ROTATE_270.apply(Symmetry.ROTATE_90.apply(x)).values(), 0);
    // clockwise: the top-left pixel goes to the top-right corner
    Image r = Symmetry.ROTATE_90.apply(random(1, 2, 3, 3));
    assertEquals(random(1, 2, 3, 3).get(0, 0, 0), r.get(0, 0, 1));
  }

  @Test
  void anEquivariantOperatorIsLeftUnchanged() {
    Image x = random(3, 4, 6, 4);
    UnaryOperator<Image> pixelwise = im -> {
      double[] v = im.values();
      for (int i = 0; i < v.length; i++) {
        v[i] = 2 * v[i] + 1;
      }
      return new Image(im.shape(), v);
    };
    assertArrayEquals(pixelwise.apply(x).values(), new SelfEnsemble(8).apply(x, pixelwise).values(), 1e-9);
  }

  @Test
  void aColumnRampIsAveragedOverTheSymmetries() {
    // f adds the column index: g⁻¹ f(g y) adds x, W−1−x, y or H−1−y, so the mean of all 8 adds (N−1)/2
    // on an N×N image, and the pair {identity, column flip} adds (W−1)/2 on any image.
    UnaryOperator<Image> ramp = im -> {
      double[] v = im.values();
      for (int i = 0; i < v.length; i++) {
        v[i] += i % im.width();
      }
      return new Image(im.shape(), v);
    };
    Image square = random(3, 5, 5, 5);
    double[] expected = square.values();
    for (int i = 0; i < expected.length; i++) {
      expected[i] += 2.0;
    }
    assertArrayEquals(expected, new SelfEnsemble(8).apply(square, ramp).values(), 1e-9);
    Image wide = random(1, 3, 7, 6);
    double[] pair = wide.values();
    for (int i = 0; i < pair.length; i++) {
      pair[i] += 3.0;
    }
    assertArrayEquals(pair, new SelfEnsemble(2).apply(wide, ramp).values(), 1e-9);
    assertArrayEquals(ramp.apply(wide).values(), new SelfEnsemble(1).apply(wide, ramp).values(), 0);
  }

  @Test
  void sizesOtherThanOneTwoFourOrEightAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SelfEnsemble(3));
    assertEquals("a self-ensemble has 1, 2, 4 or 8 members, got 3", e.getMessage());
  }
}
