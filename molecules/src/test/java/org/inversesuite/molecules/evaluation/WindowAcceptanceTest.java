package org.inversesuite.molecules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.silent.AtomContainer;

class WindowAcceptanceTest {
  /** A fake generator: candidate i has logP values[i] (NaN: invalid); it counts how many were drawn. */
  private static final class Fake {
    final List<DecodedMolecule> all = new ArrayList<>();

    Fake(double[] values) {
      for (int i = 0; i < values.length; i++) {
        all.add(Double.isNaN(values[i]) ? new DecodedMolecule("[nop]" + i, null, null, Double.NaN, "no atoms")
            : new DecodedMolecule("[C]" + i, new AtomContainer(), "C" + i, values[i], null));
      }
    }

    CandidatePool pool(int chunk) {
      int[] next = {0};
      return new CandidatePool(m -> {
        List<DecodedMolecule> out = new ArrayList<>(all.subList(next[0], next[0] + m));
        next[0] += m;
        return out;
      }, chunk);
    }
  }

  private static double[] values(Rng rng, int total) {
    double[] v = new double[total];
    for (int i = 0; i < total; i++) {
      v[i] = rng.uniform() < 0.1 ? Double.NaN : 6 * rng.uniform() - 1;
    }
    return v;
  }

  private static boolean inside(DecodedMolecule m, double target, double w) {
    return m.valid() && Math.abs(m.logP() - target) <= w;
  }

  @Test
  void keepsExactlyTheInWindowCandidatesInDrawOrder() {
    Rng rng = new Rng(5);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rng.nextInt(20);
      int cap = 1 + rng.nextInt(6);
      double w = 0.1 + rng.uniform();
      double target = 4 * rng.uniform();
      Fake fake = new Fake(values(rng, cap * n + 3 * n));
      CandidatePool pool = fake.pool(n);
      WindowAcceptance.Selection s = new WindowAcceptance(w, cap).select(pool, target, n);
      List<DecodedMolecule> expected = new ArrayList<>();
      int examined = 0;
      while (expected.size() < n && examined < cap * n) {
        DecodedMolecule m = fake.all.get(examined++);
        if (inside(m, target, w)) {
          expected.add(m);
        }
      }
      assertEquals(examined, s.examined(), "stops at the n-th accepted or at the cap");
      assertEquals(expected.size(), s.accepted());
      assertEquals(expected, s.kept().subList(0, s.accepted()), "the in-window candidates, in draw order");
      assertEquals(n, s.kept().size());
      assertEquals(n - s.accepted(), s.filled());
      assertEquals((double) s.accepted() / examined, s.acceptance(), 0);
      assertTrue(pool.drawn() <= cap * n, "never draws beyond the cap: " + pool.drawn() + " > " + cap * n);
      assertEquals(Math.min(cap * n, n * ((examined + n - 1) / n)), pool.drawn(), "draws only the chunks it looks at");
    }
  }

  @Test
  void atTheCapFillsWithTheNearestOfTheRejected() {
    // n = 4, cap 2: only 8 candidates may be drawn, of which 1 (index 5) is inside ±0.5 of 2.0
    double[] v = {5.0, 2.9, Double.NaN, 0.0, 2.6, 2.2, -1.0, 1.3, 2.1, 2.0, 2.05};
    Fake fake = new Fake(v);
    CandidatePool pool = fake.pool(4);
    WindowAcceptance.Selection s = new WindowAcceptance(0.5, 2).select(pool, 2.0, 4);
    assertEquals(8, s.examined());
    assertEquals(1, s.accepted());
    assertEquals(3, s.filled());
    assertEquals(1.0 / 8, s.acceptance(), 0);
    List<DecodedMolecule> a = fake.all;
    assertEquals(List.of(a.get(5), a.get(4), a.get(7), a.get(1)), s.kept(), "accepted first, then the nearest rejected (0.6, 0.7, 0.9)");
    assertEquals(8, pool.drawn(), "the three in-window candidates beyond the cap are never drawn");
    Set<DecodedMolecule> kept = new HashSet<>(s.kept());
    assertEquals(4, kept.size());

    // a wider window accepts enough before the cap: nothing filled, stops at the 4th accepted (index 7)
    WindowAcceptance.Selection wide = new WindowAcceptance(1.0, 2).select(new Fake(v).pool(4), 2.0, 4);
    assertEquals(0, wide.filled());
    assertEquals(8, wide.examined());
    assertEquals(List.of(2.9, 2.6, 2.2, 1.3), wide.kept().stream().map(DecodedMolecule::logP).toList());
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new WindowAcceptance(0, 5));
    assertThrows(IllegalArgumentException.class, () -> new WindowAcceptance(-0.5, 5));
    assertThrows(IllegalArgumentException.class, () -> new WindowAcceptance(Double.NaN, 5));
    assertThrows(IllegalArgumentException.class, () -> new WindowAcceptance(Double.POSITIVE_INFINITY, 5));
    assertThrows(IllegalArgumentException.class, () -> new WindowAcceptance(0.5, 0));
    CandidatePool pool = new Fake(new double[] {1, 2}).pool(1);
    assertThrows(IllegalArgumentException.class, () -> new WindowAcceptance(0.5, 2).select(pool, 1.0, 0));
    assertThrows(IllegalArgumentException.class, () -> new WindowAcceptance(0.5, 2).select(pool, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> new CandidatePool(m -> List.of(), 0));
  }
}
