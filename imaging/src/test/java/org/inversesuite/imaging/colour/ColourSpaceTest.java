package org.inversesuite.imaging.colour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.junit.jupiter.api.Test;

class ColourSpaceTest {
  private static Image random(int channels, long seed) {
    Rng rng = new Rng(seed);
    double[] v = new double[channels * 4 * 5];
    for (int i = 0; i < v.length; i++) {
      v[i] = 255 * rng.uniform(0, 1);
    }
    return new Image(new ImageShape(channels, 4, 5), v);
  }

  @Test
  void opponentPlanesRoundTripAndKeepLengthsAndInnerProducts() {
    Image a = random(3, 1);
    Image b = random(3, 2);
    Image fa = ColourSpace.OPPONENT.forward(a);
    Image fb = ColourSpace.OPPONENT.forward(b);
    assertArrayEquals(a.values(), ColourSpace.OPPONENT.inverse(fa).values(), 1e-12);
    // orthogonal: per pixel, <Ma, Mb> = <a, b>, so i.i.d. noise of level σ stays i.i.d. of level σ
    for (int i = 0; i < 20; i++) {
      double before = 0;
      double after = 0;
      for (int c = 0; c < 3; c++) {
        before += a.values()[c * 20 + i] * b.values()[c * 20 + i];
        after += fa.values()[c * 20 + i] * fb.values()[c * 20 + i];
      }
      assertEquals(before, after, 1e-9, "pixel " + i);
    }
  }

  @Test
  void greyPixelsHaveNoChromaAndLuminanceRootThreeTimesTheirValue() {
    double[] v = new double[3 * 20];
    for (int i = 0; i < 20; i++) {
      v[i] = v[20 + i] = v[40 + i] = 10 + i;
    }
    Image f = ColourSpace.OPPONENT.forward(new Image(new ImageShape(3, 4, 5), v));
    for (int i = 0; i < 20; i++) {
      assertEquals(Math.sqrt(3) * (10 + i), f.get(0, i / 5, i % 5), 1e-9);
      assertEquals(0, f.get(1, i / 5, i % 5), 1e-9);
      assertEquals(0, f.get(2, i / 5, i % 5), 1e-9);
    }
    // a pure red pixel: (1, 1/√2·... ) = (1/√3, 1/√2, 1/√6) times its value
    double[] red = new double[3 * 20];
    red[0] = 6;
    Image r = ColourSpace.OPPONENT.forward(new Image(new ImageShape(3, 4, 5), red));
    assertEquals(6 / Math.sqrt(3), r.get(0, 0, 0), 1e-12);
    assertEquals(6 / Math.sqrt(2), r.get(1, 0, 0), 1e-12);
    assertEquals(6 / Math.sqrt(6), r.get(2, 0, 0), 1e-12);
  }

  @Test
  void greyImagesAndTheRgbSpaceLeaveImagesAlone() {
    Image grey = random(1, 3);
    assertSame(grey, ColourSpace.OPPONENT.forward(grey));
    assertSame(grey, ColourSpace.OPPONENT.inverse(grey));
    Image rgb = random(3, 4);
    assertSame(rgb, ColourSpace.RGB.forward(rgb));
  }

  @Test
  void inPlaceTransformOfAPatchRowEqualsTheImageTransform() {
    Image a = random(3, 5);
    double[] row = new double[7 + 60];
    System.arraycopy(a.values(), 0, row, 7, 60);
    ColourSpace.OPPONENT.forwardInPlace(row, 7, 20);
    double[] expected = ColourSpace.OPPONENT.forward(a).values();
    for (int i = 0; i < 60; i++) {
      assertEquals(expected[i], row[7 + i], 1e-12);
    }
  }
}
