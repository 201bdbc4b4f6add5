package org.inversesuite.astro.rv.mcmc;

import org.inversesuite.astro.rv.RadialVelocityModel;
import org.inversesuite.astro.rv.RvObservationModel;
import org.inversesuite.astro.rv.RvObservationSet;
import org.inversesuite.astro.rv.RvParameters;
import org.inversesuite.astro.rv.RvPosteriorDensity;
import org.inversesuite.astro.rv.RvPrior;
import org.inversesuite.astro.rv.RvPriorConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.inversesuite.astro.rv.periodogram.PeriodogramConfig;
import org.inversesuite.core.random.Rng;
import org.junit.jupiter.api.Test;

/** The realistic MCMC start of {@link RvPeriodogramStart} on noiseless simulated orbits (reference epoch 0). */
class RvPeriodogramStartTest {
  private static final RadialVelocityModel MODEL = new RadialVelocityModel(0);

  /** 40 irregular epochs over 600 d, velocities without noise, 2 m/s error bars. */
  private static RvObservationSet noiseless(RvParameters p) {
    Rng rng = new Rng(11);
    double[] t = new double[40];
    for (int i = 0; i < t.length; i++) {
      t[i] = rng.uniform(0, 600);
    }
    Arrays.sort(t);
    double[] sigma = new double[t.length];
    Arrays.fill(sigma, 2);
    return new RvObservationSet(t, MODEL.velocities(p, t), sigma);
  }

  @Test
  void circularFitAtTheTruePeriodRecoversACircularOrbitExactly() {
    RvParameters p = new RvParameters(23.7, 41, 0, 0, 2.3, -7, 0);
    double[] fit = RvPeriodogramStart.circularFit(noiseless(p), 23.7, 0);
    assertEquals(41, fit[1], 1e-8, "K");
    assertEquals(2.3, fit[4], 1e-9, "M0");
    assertEquals(-7, fit[5], 1e-8, "gamma");
    assertEquals(0, fit[6], 1e-6, "jitter");
  }

  @Test
  void circularFitCountsThePhaseFromTheReferenceEpochOfBarycentricTimes() {
    // a table in BJD: M₀ is the mean anomaly at its first epoch, as the CLI's model reads it
    RvParameters p = new RvParameters(23.7, 41, 0, 0, 2.3, -7, 0);
    RvObservationSet days = noiseless(p);
    double[] t = new double[days.size()];
    double[] sigma = new double[days.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = 2459000.5 + days.time(i);
      sigma[i] = days.error(i);
    }
    RadialVelocityModel fromFirst = new RadialVelocityModel(t[0]);
    RvObservationSet bjd = new RvObservationSet(t, fromFirst.velocities(p, t), sigma);
    double[] fit = RvPeriodogramStart.circularFit(bjd, 23.7, t[0]);
    assertEquals(41, fit[1], 1e-6, "K");
    assertEquals(2.3, fit[4], 1e-6, "M0 at the first epoch");
    RvPosteriorDensity target = new RvPosteriorDensity(RvPrior.defaults(), new RvObservationModel(fromFirst), bjd);
    double[] x = RvPeriodogramStart.find(bjd, target, PeriodogramConfig.defaults(), RvPriorConfig.defaults());
    assertEquals(23.7, x[0], 0.001 * 23.7, "P within 0.1 %");
    assertEquals(41, x[1], 1.0, "K within 1 m/s");
  }

  @Test
  void aPolishStoppedByItsBudgetReturnsTheBestPointItEvaluated() {
    RvParameters p = new RvParameters(37.3, 50, 0.2, 1.2, 2.0, 5, 0);
    RvObservationSet data = noiseless(p);
    RvPosteriorDensity target = new RvPosteriorDensity(RvPrior.defaults(), new RvObservationModel(MODEL), data);
    double[] circular = RvPeriodogramStart.circularFit(data, 37.3, 0);
    double atCircular = target.logDensity(new double[] {37.3, circular[1], 0.05, 1.0,
        (circular[4] - 1.0 + 2 * Math.PI) % (2 * Math.PI), circular[5], circular[6]});
    double[] x = RvPeriodogramStart.polish(data, target, 37.3, RvPriorConfig.defaults(), 60);
    assertTrue(Double.isFinite(target.logDensity(x)), "inside the prior");
    assertTrue(target.logDensity(x) > atCircular, "better than the simplex's start: " + target.logDensity(x) + " vs "
        + atCircular);
    double[] converged = RvPeriodogramStart.polish(data, target, 37.3, RvPriorConfig.defaults(), 3000);
    assertTrue(target.logDensity(converged) >= target.logDensity(x), "the full budget does at least as well");
  }

  @Test
  void topPeriodogramPeakOfACircularOrbitIsItsPeriod() {
    RvParameters p = new RvParameters(61.3, 25, 0, 0, 0.4, 12, 0);
    double peak = RvPeriodogramStart.peakPeriod(noiseless(p), PeriodogramConfig.defaults());
    assertEquals(61.3, peak, 0.005 * 61.3, "top peak");
  }

  @Test
  void mapStartOfAnEccentricOrbitLandsNearTheTruth() {
    RvParameters p = new RvParameters(37.3, 50, 0.2, 1.2, 2.0, 5, 0);
    RvObservationSet data = noiseless(p);
    RvPosteriorDensity target = new RvPosteriorDensity(RvPrior.defaults(), new RvObservationModel(MODEL), data);
    double[] x = RvPeriodogramStart.find(data, target, PeriodogramConfig.defaults(), RvPriorConfig.defaults());
    assertEquals(37.3, x[0], 0.001 * 37.3, "P within 0.1 %");
    assertEquals(50, x[1], 1.0, "K within 1 m/s");
    assertEquals(0.2, x[2], 0.03, "e");
    assertEquals(5, x[5], 1.0, "gamma within 1 m/s");
    // ω and M₀ enter through the phase of periastron; compare the predicted curve instead of the angles
    RvParameters found = new RvParameters(x[0], x[1], x[2], x[3], x[4], x[5], x[6]);
    double worst = 0;
    for (int i = 0; i < data.size(); i++) {
      worst = Math.max(worst, Math.abs(MODEL.velocity(found, data.time(i)) - data.velocity(i)));
    }
    assertTrue(worst < 2, "the MAP curve is within one error bar (2 m/s) of every noiseless point, worst " + worst);
    assertTrue(Double.isFinite(target.logDensity(x)), "inside the prior");
  }
}
