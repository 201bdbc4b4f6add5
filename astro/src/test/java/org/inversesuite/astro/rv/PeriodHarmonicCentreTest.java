package org.inversesuite.astro.rv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.astro.AstroProblems;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.nn.DeepSetEncoder;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * {@link PeriodCoordinate#PEAK_BLEND_HARMONIC}: the centre is the GLS peak for sinusoids and the two-harmonic
 * peak for a strongly eccentric orbit, the F test's threshold is the F(2, ν) quantile, and the coordinate's
 * round trip and derivative hold with the new centre over a simulated batch.
 */
class PeriodHarmonicCentreTest {
  static final IrregularRvConfig SCHEDULE = PeriodCoordinateTest.SCHEDULE;
  static final RvSetEncoding ENCODING = RvSetEncoding.of(SCHEDULE, 0, PeriodogramConfig.defaults().withHarmonics(2));

  private static double[] encode(RvParameters p, double noise, Rng r) {
    RadialVelocityModel model = new RadialVelocityModel(0);
    double[] t = new double[30];
    double[] v = new double[30];
    double[] e = new double[30];
    for (int i = 0; i < t.length; i++) {
      t[i] = 100 + i * 40 + 10 * r.uniform();
      e[i] = Math.max(noise, 1e-3);
      v[i] = model.velocity(p, t[i]) + noise * r.gaussian();
    }
    return ENCODING.encode(new RvObservationSet(t, v, e)).toRows()[0];
  }

  /** @return the two-harmonic highest peak's period, read from y */
  private static double harmonicPeak(double[] y) {
    PeriodogramConfig grid = ENCODING.periodogram();
    double u = y[DeepSetEncoder.inputWidth(ENCODING.slots(), RvSetEncoding.ELEMENT_WIDTH) + grid.summaryCount()
        + grid.bins()];
    return grid.periodMin() * Math.exp(u * Math.log(grid.periodMax() / grid.periodMin()));
  }

  @Test
  void sinusoidsKeepTheGlsPeak() {
    int differentPeaks = 0;
    for (int c = 0; c < 20; c++) {
      Rng r = new Rng(300 + c);
      double period = Math.exp(r.uniform() * Math.log(1000));
      double[] y = encode(new RvParameters(period, 20 + 100 * r.uniform(), 0, 0.3, 2 * Math.PI * r.uniform(), 0, 0),
          5, r);
      PeriodReference gls = PeriodReference.of(y, ENCODING);
      differentPeaks += Math.abs(Math.log(harmonicPeak(y) / gls.period())) > gls.width() ? 1 : 0;
      assertEquals(gls, PeriodCoordinate.PEAK_BLEND_HARMONIC.reference(y, ENCODING), "sinusoid " + c);
    }
    // the rule, not the peaks' agreement, keeps the GLS centre on some of them (the harmonic peak at 2P)
    assertTrue(differentPeaks > 0, "the two highest peaks differ on " + differentPeaks + " of 20 sinusoids");
    double[] noiseless = encode(new RvParameters(37, 40, 0, 0.3, 1.1, 0, 0), 0, new Rng(5));
    assertEquals(PeriodReference.of(noiseless, ENCODING), PeriodReference.preferringHarmonic(noiseless, ENCODING));
  }

  @Test
  void aStronglyEccentricOrbitMovesTheCentreToTheHarmonicPeak() {
    double period = ECCENTRIC_PERIOD;
    double[] y = encode(new RvParameters(period, 300, ECCENTRICITY, 1.0, 2.0, 0, 0), 0, new Rng(ECCENTRIC_SEED));
    PeriodReference gls = PeriodReference.of(y, ENCODING);
    PeriodReference chosen = PeriodCoordinate.PEAK_BLEND_HARMONIC.reference(y, ENCODING);
    assertTrue(Math.abs(gls.period() / period - 1) > 0.02, "the GLS peak is elsewhere: " + gls.period());
    assertEquals(harmonicPeak(y), chosen.period(), 1e-12 * period);
    assertEquals(period, chosen.period(), 0.01 * period);
    assertEquals(chosen.period() / gls.period() * gls.width(), chosen.width(), 1e-9 * chosen.width());
  }

  static final double ECCENTRIC_PERIOD = 211.0;
  static final double ECCENTRICITY = 0.8;
  static final long ECCENTRIC_SEED = 2;

  @Test
  void theThresholdIsTheFQuantile() {
    int n = 40;
    int dof = n - 5;
    double critical = 0.5 * dof * (Math.pow(PeriodReference.FALSE_ALARM, -2.0 / dof) - 1);
    // survival (1 + 2x/ν)^(−ν/2) at the critical value is the false-alarm probability
    assertEquals(PeriodReference.FALSE_ALARM, Math.pow(1 + 2 * critical / dof, -0.5 * dof), 1e-12);
    double p1 = 0.6;
    // F = ((p2 − p1)/2)/((1 − p2)/ν) = x  ⇔  p2 = (p1 + 2x/ν) / (1 + 2x/ν)
    double atCritical = (p1 + 2 * critical / dof) / (1 + 2 * critical / dof);
    assertTrue(PeriodReference.harmonicExplainsMore(p1, atCritical + 1e-9, n));
    assertFalse(PeriodReference.harmonicExplainsMore(p1, atCritical - 1e-9, n));
    assertFalse(PeriodReference.harmonicExplainsMore(p1, p1, n));
    assertFalse(PeriodReference.harmonicExplainsMore(0.1, 0.99, 5), "no degrees of freedom left");
    assertTrue(PeriodReference.harmonicExplainsMore(0.5, 1.0, n), "a perfect two-harmonic fit");
  }

  @Test
  void roundTripAndDerivativeWithTheHarmonicCentre() {
    PaddedRvSimulator sim = new PaddedRvSimulator(AstroProblems.radialVelocity(RvPriorConfig.defaults(), SCHEDULE, 0),
        ENCODING);
    Batch physical = sim.simulate(96, new Rng(3));
    PeriodCoordinate c = PeriodCoordinate.PEAK_BLEND_HARMONIC;
    Batch flow = PeriodCentredSimulator.toFlowCoordinates(physical, ENCODING, c);
    int harmonicCentres = 0;
    for (int r = 0; r < physical.size(); r++) {
      double[] y = row(physical.y(), r);
      PeriodReference ref = c.reference(y, ENCODING);
      harmonicCentres += ref.equals(PeriodReference.of(y, ENCODING)) ? 0 : 1;
      double p = physical.x().get(r, 0);
      assertEquals(p, c.inverse(flow.x().get(r, 0), ref), 1e-12 * p, "row " + r);
      assertEquals(PeriodCoordinate.PEAK_BLEND.forward(p, ref), flow.x().get(r, 0), 0.0);
      double h = 1e-6 * p;
      double numeric = (c.forward(p + h, ref) - c.forward(p - h, ref)) / (2 * h);
      assertEquals(Math.log(Math.abs(numeric)), c.logDerivative(p, ref), 1e-6, "derivative, row " + r);
    }
    assertTrue(harmonicCentres > 0, "no row of 96 centred on the harmonic peak: the test would not test it");
  }

  @Test
  void needsTheTwoHarmonicFeatures() {
    RvSetEncoding gls = PeriodCoordinateTest.ENCODING;
    PaddedRvSimulator sim = new PaddedRvSimulator(AstroProblems.radialVelocity(RvPriorConfig.defaults(), SCHEDULE, 0),
        gls);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new PeriodCentredSimulator(sim, PeriodCoordinate.PEAK_BLEND_HARMONIC));
    assertTrue(e.getMessage().contains("harmonics 2"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PeriodReference.preferringHarmonic(new double[gls.width()], gls));
  }

  /** Batches split over two threads encode exactly as one set at a time (the split's halves, the seam). */
  @Test
  void splitBatchEncodeEqualsOneSetAtATime() {
    IrregularRvSimulator sets = AstroProblems.radialVelocity(RvPriorConfig.defaults(), SCHEDULE, 0);
    PaddedRvSimulator sim = new PaddedRvSimulator(sets, ENCODING);
    java.util.List<RvSimulation> systems = sets.simulate(RvSetEncoding.SPLIT_FROM + 3, new Rng(12));
    Batch batch = sim.toBatch(systems);
    for (int r = 0; r < systems.size(); r++) {
      Matrix one = ENCODING.encode(systems.get(r).observations());
      for (int j = 0; j < one.cols(); j++) {
        assertEquals(one.get(0, j), batch.y().get(r, j), 0.0, "row " + r + " column " + j);
      }
    }
  }

  private static double[] row(Matrix m, int r) {
    double[] out = new double[m.cols()];
    for (int j = 0; j < out.length; j++) {
      out[j] = m.get(r, j);
    }
    return out;
  }
}
