package org.inversesuite.imaging.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.image.ImageShape;
import org.inversesuite.core.random.Rng;
import org.inversesuite.imaging.Image;
import org.junit.jupiter.api.Test;

class PatchSamplerTest {
  /** Every pixel holds a distinct value: 1000·c + 10·y + x/100. */
  static Image ramp() {
    ImageShape s = new ImageShape(3, 9, 11);
    double[] v = new double[s.size()];
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < 9; y++) {
        for (int x = 0; x < 11; x++) {
          v[(c * 9 + y) * 11 + x] = 1000 * c + 10 * y + x / 100.0;
        }
      }
    }
    return new Image(s, v);
  }

  @Test
  void theEightSymmetriesAreDistinctPermutationsOfTheCrop() {
    PatchSampler sampler = new PatchSampler(List.of(ramp()), 4);
    Image crop = ramp().crop(2, 3, 4, 4);
    Set<List<Double>> seen = new HashSet<>();
    for (Dihedral d : Dihedral.values()) {
      Image p = sampler.transform(ramp(), 2, 3, d);
      double[] a = p.values();
      double[] b = crop.values();
      java.util.Arrays.sort(a);
      java.util.Arrays.sort(b);
      assertEquals(java.util.Arrays.toString(b), java.util.Arrays.toString(a), d + " is not a permutation of the crop");
      seen.add(java.util.Arrays.stream(p.values()).boxed().toList());
      // the same spatial map in every channel
      for (int y = 0; y < 4; y++) {
        for (int x = 0; x < 4; x++) {
          assertEquals(p.get(0, y, x) + 1000, p.get(1, y, x), 1e-9);
        }
      }
    }
    assertEquals(8, seen.size(), "the symmetries are not all distinct");
    assertEquals(crop, sampler.transform(ramp(), 2, 3, Dihedral.IDENTITY));
    Image rotated = sampler.transform(ramp(), 2, 3, Dihedral.ROTATE_90);
    assertEquals(crop.get(0, 0, 3), rotated.get(0, 0, 0), 1e-12, "a quarter turn moves the top-right corner");
  }

  @Test
  void samplesComeFromInsideTheImagesAndSmallImagesAreRefused() {
    PatchSampler sampler = new PatchSampler(List.of(ramp()), 5);
    Rng rng = new Rng(3);
    for (int i = 0; i < 50; i++) {
      Image p = sampler.sample(rng);
      assertEquals(new ImageShape(3, 5, 5), p.shape());
      for (double v : p.values()) {
        assertTrue(v >= 0 && v < 2100);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> new PatchSampler(List.of(ramp()), 10));
  }

  @Test
  void colourPermutationGivesEverySixOrdersOfTheSameSpatialPatch() {
    PatchSampler sampler = new PatchSampler(List.of(ramp()), 4, true);
    Rng rng = new Rng(5);
    Set<List<Integer>> orders = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Image p = sampler.sample(rng);
      // channel c of the source holds values in [1000c, 1000c + 100): read back which source each channel came from
      List<Integer> order = new java.util.ArrayList<>();
      for (int c = 0; c < 3; c++) {
        int source = (int) Math.floor(p.get(c, 0, 0) / 1000);
        order.add(source);
        for (int y = 0; y < 4; y++) {
          for (int x = 0; x < 4; x++) {
            // the same pixel of every channel: the spatial map does not depend on the channel
            assertEquals(p.get(0, y, x) - 1000 * order.get(0), p.get(c, y, x) - 1000 * source, 1e-9);
          }
        }
      }
      assertEquals(Set.of(0, 1, 2), new HashSet<>(order), "channels " + order + " are not a permutation");
      orders.add(order);
    }
    assertEquals(6, orders.size(), "not all six colour orders were drawn: " + orders);
    assertEquals(ramp(), PatchSampler.reorder(ramp(), 0));
    assertEquals(ramp().get(0, 1, 2), PatchSampler.reorder(ramp(), 5).get(2, 1, 2), 1e-12, "order 5 is BGR");
  }

  @Test
  void greyImagesAreNotPermutedAndReorderRefusesThem() {
    Image grey = ramp().crop(0, 0, 9, 11);
    ImageShape s = new ImageShape(1, 9, 11);
    Image one = new Image(s, java.util.Arrays.copyOf(grey.values(), s.size()));
    PatchSampler sampler = new PatchSampler(List.of(one), 4, true);
    Image p = sampler.sample(new Rng(1));
    assertEquals(1, p.channels());
    assertThrows(IllegalArgumentException.class, () -> PatchSampler.reorder(one, 1));
  }
}
