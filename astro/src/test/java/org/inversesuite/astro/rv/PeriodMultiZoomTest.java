package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.astro.AstroProblems;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * {@link PeriodCoordinate#PEAK_BLEND_MULTI}: the secondary zooms are the reported candidate peaks at least one peak
 * width from the centre and from each other, the coordinate is {@link PeriodCoordinate#PEAK_BLEND_HARMONIC}'s plus
 * the sum of the secondary asinh terms, and its inverse and derivative hold with up to five zooms.
 */
class PeriodMultiZoomTest {
  private static final RvSetEncoding ENCODING = PeriodHarmonicCentreTest.ENCODING;
  private static final PeriodCoordinate C = PeriodCoordinate.PEAK_BLEND_MULTI;

  @Test
  void inverseAndDerivativeWithSeveralZooms() {
    inverseAndDerivative(C);
    inverseAndDerivative(PeriodCoordinate.PEAK_BLEND_MULTI_CENTRED);
  }

  @Test
  void theCentredVariantKeepsTheCentreAtZero() {
    PeriodCoordinate centred = PeriodCoordinate.PEAK_BLEND_MULTI_CENTRED;
    PeriodReference ref = new PeriodReference(5, 5 / 1900.0, List.of(50.0, 400.0));
    assertEquals(0, centred.forward(5, ref), 1e-15);
    assertTrue(Math.abs(C.forward(5, ref)) > 0.5, "the uncentred coordinate moves the centre: " + C.forward(5, ref));
    for (double p : new double[] {1.3, 4.99, 50.2, 700}) {
      assertEquals(C.forward(p, ref) - C.forward(5, ref), centred.forward(p, ref), 1e-12);
      assertEquals(C.logDerivative(p, ref), centred.logDerivative(p, ref), 0.0);
    }
  }

  private static void inverseAndDerivative(PeriodCoordinate C) {
    Rng r = new Rng(41);
    for (int c = 0; c < 300; c++) {
      double span = 1000 + 1000 * r.uniform();
      double centre = Math.exp(r.uniform() * Math.log(1000));
      int zooms = c % 5;
      Double[] others = new Double[zooms];
      for (int k = 0; k < zooms; k++) {
        // some close to the centre (overlapping zooms), some far
        others[k] = k % 2 == 0 ? centre * Math.exp((r.uniform() - 0.5) * 4 * centre / span)
            : Math.exp(r.uniform() * Math.log(1000));
      }
      PeriodReference ref = new PeriodReference(centre, centre / span, List.of(others));
      for (int j = 0; j < 20; j++) {
        double p = j < 10 ? Math.exp(r.uniform() * Math.log(1000))
            : others.length > 0 ? others[j % others.length] * (1 + 1e-4 * (r.uniform() - 0.5)) : centre * 1.001;
        double u = C.forward(p, ref);
        assertEquals(p, C.inverse(u, ref), 1e-11 * p, "case " + c + ", P " + p);
        // five-point central difference on the scale of the narrowest zoom
        double narrowest = centre / span;
        for (double o : others) {
          narrowest = Math.min(narrowest, o / span);
        }
        double h = 1e-3 * p * Math.min(1, narrowest);
        double numeric = (8 * (C.forward(p + h, ref) - C.forward(p - h, ref)) - (C.forward(p + 2 * h, ref)
            - C.forward(p - 2 * h, ref))) / (12 * h);
        assertEquals(Math.log(numeric), C.logDerivative(p, ref), 1e-5, "derivative, case " + c + ", P " + p);
        assertTrue(C.forward(p * 1.0001, ref) > u, "increasing");
      }
      // far outside the prior too (a flow draws any u)
      for (double u : new double[] {-80, -20, 25, 90}) {
        assertEquals(u, C.forward(C.inverse(u, ref), ref), 1e-9 * Math.abs(u), "u " + u);
      }
    }
  }

  @Test
  void withoutSecondaryZoomsItIsTheHarmonicCentresBlend() {
    PeriodReference ref = new PeriodReference(37, 37 / 1800.0);
    for (double p : new double[] {1.2, 36.9, 37, 37.2, 400}) {
      assertEquals(PeriodCoordinate.PEAK_BLEND_HARMONIC.forward(p, ref), C.forward(p, ref), 0.0);
      assertEquals(PeriodCoordinate.PEAK_BLEND_HARMONIC.logDerivative(p, ref), C.logDerivative(p, ref), 1e-15);
    }
  }

  @Test
  void secondaryZoomsAreDistinctReportedPeaks() {
    PaddedRvSimulator sim = new PaddedRvSimulator(
        AstroProblems.radialVelocity(RvPriorConfig.defaults(), PeriodHarmonicCentreTest.SCHEDULE, 0), ENCODING);
    Batch physical = sim.simulate(96, new Rng(9));
    Batch flow = PeriodCentredSimulator.toFlowCoordinates(physical, ENCODING, C);
    int withZooms = 0;
    for (int r = 0; r < physical.size(); r++) {
      double[] y = row(physical.y(), r);
      PeriodReference ref = C.reference(y, ENCODING);
      PeriodReference centre = PeriodReference.preferringHarmonic(y, ENCODING);
      assertEquals(centre.period(), ref.period(), 0.0);
      assertEquals(centre.width(), ref.width(), 0.0);
      assertTrue(ref.secondary().size() <= 1 + ENCODING.periodogram().peaks(), "at most GLS + the harmonic peaks");
      double span = ref.period() / ref.width();
      List<Double> all = new java.util.ArrayList<>(ref.secondary());
      all.add(0, ref.period());
      for (int a = 0; a < all.size(); a++) {
        for (int b = a + 1; b < all.size(); b++) {
          assertTrue(Math.abs(Math.log(all.get(b) / all.get(a))) > all.get(b) / span, "row " + r + ": " + all);
        }
      }
      withZooms += ref.secondary().isEmpty() ? 0 : 1;
      double p = physical.x().get(r, 0);
      assertEquals(p, C.inverse(flow.x().get(r, 0), ref), 1e-11 * p, "row " + r);
    }
    assertTrue(withZooms > 48, "secondary zooms on only " + withZooms + " of 96 rows");
  }

  @Test
  void needsTheTwoHarmonicFeatures() {
    RvSetEncoding gls = PeriodCoordinateTest.ENCODING;
    PaddedRvSimulator sim = new PaddedRvSimulator(
        AstroProblems.radialVelocity(RvPriorConfig.defaults(), PeriodHarmonicCentreTest.SCHEDULE, 0), gls);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PeriodCentredSimulator(sim, C));
    assertTrue(e.getMessage().contains("harmonics 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PeriodReference(3, 0.01, List.of(2.0, -1.0)));
  }

  private static double[] row(Matrix m, int r) {
    double[] out = new double[m.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = m.get(r, j);
    }
    return out;
  }
}
