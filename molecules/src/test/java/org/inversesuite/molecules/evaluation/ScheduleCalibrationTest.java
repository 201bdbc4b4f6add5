package org.inversesuite.molecules.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.DesignTraining;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.RepresentationKind;
import org.inversesuite.molecules.design.SamplingSchedule;
import org.inversesuite.molecules.design.TinyDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleCalibrationTest {
  private static ScheduleCalibration.Candidate c(double t, double within, double unique) {
    return new ScheduleCalibration.Candidate(0, t, 0, within, unique, 1, 0);
  }

  @Test
  void theMedianCurveIsInvertedLinearlyAndMonotonically() {
    double[] grid = {-2, 0, 2, 4};
    // a dip at 2 is flattened by the running maximum: the curve is 0, 1, 1, 3
    double[] medians = {0, 1, 0.5, 3};
    assertEquals(-1, MedianCurve.invert(grid, medians, 0.5), 1e-12);
    assertEquals(0, MedianCurve.invert(grid, medians, 1), 1e-12);
    assertEquals(3, MedianCurve.invert(grid, medians, 2), 1e-12);
    assertEquals(-2, MedianCurve.invert(grid, medians, -5), 0, "below the curve: the first grid point");
    assertEquals(4, MedianCurve.invert(grid, medians, 9), 0, "above the curve: the last grid point");
    assertEquals(2, MedianCurve.invert(grid, new double[] {Double.NaN, 0, Double.NaN, 2}, 1), 1e-12,
        "NaN medians skipped: the segment from (0, 0) to (4, 2)");
    for (double t = 0; t <= 3; t += 0.125) {
      double a = MedianCurve.invert(grid, medians, t);
      double next = MedianCurve.invert(grid, medians, t + 0.125);
      assertTrue(next >= a, "the asked value must not fall as the target rises");
    }
    assertThrows(IllegalArgumentException.class, () -> MedianCurve.invert(grid, new double[] {0, 1}, 0));
    assertThrows(IllegalArgumentException.class, () -> MedianCurve.invert(new double[] {1, 1}, new double[] {0, 1}, 0));
    assertThrows(IllegalArgumentException.class, () -> MedianCurve.invert(grid, new double[4], Double.NaN));
  }

  @Test
  void theMostWithinAmongTheUniqueEnoughIsChosenElseTheMostUnique() {
    var a = c(0.6, 0.50, 0.80);
    var b = c(0.8, 0.45, 0.93);
    var d = c(1.0, 0.40, 0.97);
    assertSame(b, ScheduleCalibration.choose(List.of(a, b, d), 0.9));
    assertSame(a, ScheduleCalibration.choose(List.of(a, b, d), 0.5));
    assertSame(d, ScheduleCalibration.choose(List.of(a, b, d), 0.99));
    assertThrows(IllegalArgumentException.class, () -> ScheduleCalibration.choose(List.of(), 0.9));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5})
  void aCalibratedScheduleIsBuiltFromItsOwnChecksAndIsReproducible(int faithful) {
    var trained = DesignTraining.train(TinyDesigns.set(Condition.LOGP), TinyDesigns.config(RepresentationKind.LENGTH_QUANTILE,
        Condition.LOGP), new TrainingListener() {});
    try (MoleculeDesigner designer = trained.designer()) {
      ScheduleCalibration cal = new ScheduleCalibration(new double[] {0, 2}, new double[] {0.5, 1.0}, new double[] {-2, 0, 2, 4},
          40, 60, 0.5, 5, faithful);
      ScheduleCalibration.Result r = cal.run(designer);
      assertArrayEquals(new double[] {0, 2}, r.schedule().knots());
      assertEquals(4, r.candidates().size());
      assertEquals(2, r.curves().length);
      for (int k = 0; k < 2; k++) {
        int knot = k;
        List<ScheduleCalibration.Candidate> atKnot = r.candidates().stream().filter(c -> c.knot() == r.schedule().knots()[knot])
            .toList();
        ScheduleCalibration.Candidate chosen = ScheduleCalibration.choose(atKnot, 0.5);
        assertEquals(chosen.temperature(), r.schedule().temperatures()[k], 0);
        assertEquals(chosen.asked(), r.schedule().asked()[k], 0);
        for (ScheduleCalibration.Candidate c : atKnot) {
          int t = c.temperature() == 0.5 ? 0 : 1;
          assertEquals(MedianCurve.invert(cal.grid(), r.curves()[t], c.knot()), c.asked(), 0, "asked = inverse median curve");
        }
      }
      assertEquals(r.schedule(), cal.run(designer).schedule(), "same seed, same schedule");
    }
  }

  @Test
  void theEvaluationSamplesAtTheScheduledConditionAndTemperature() {
    var trained = DesignTraining.train(TinyDesigns.set(Condition.LOGP), TinyDesigns.config(RepresentationKind.QUANTILE,
        Condition.LOGP), new TrainingListener() {});
    try (MoleculeDesigner designer = trained.designer()) {
      // offset +1.5 and T = 0.7 at every target: the cINN row for target t draws exactly what the plain
      // sampler draws for target t + 1.5 at T = 0.7 (same stream), but is scored against t
      SamplingSchedule shift = new SamplingSchedule(new double[] {0}, new double[] {1.5}, new double[] {0.7});
      double[] targets = {-1, 2};
      var scheduled = new DesignEvaluation(targets, 30, 1.0, 5, 9, 1, 0, shift).run(designer);
      var plain = new DesignEvaluation(new double[] {0.5, 3.5}, 30, 0.7, 5, 9, 1, 0).run(designer);
      for (int i = 0; i < targets.length; i++) {
        GenerationMetrics s = scheduled.get(i).get(0);
        GenerationMetrics p = plain.get(i).get(0);
        assertArrayEquals(p.logP(), s.logP(), 0, "same designs");
        assertEquals(targets[i], s.target(), 0);
        double target = targets[i];
        double mae = java.util.Arrays.stream(s.logP()).map(v -> Math.abs(v - target)).average().orElseThrow();
        assertEquals(mae, s.mae(), 1e-9, "scored against the target, not the asked value");
      }
      var constant = new DesignEvaluation(targets, 30, 1.0, 5, 9, 1, 0, SamplingSchedule.constant(0.7)).run(designer);
      var plainT = new DesignEvaluation(targets, 30, 0.7, 5, 9, 1, 0).run(designer);
      for (int i = 0; i < targets.length; i++) {
        assertArrayEquals(plainT.get(i).get(0).logP(), constant.get(i).get(0).logP(), 0,
            "the constant schedule is the plain sampler");
      }
    }
  }

  @Test
  void badCalibrationsAreRefused() {
    double[] k = {0, 1};
    double[] t = {1};
    double[] g = {0, 1};
    assertThrows(IllegalArgumentException.class, () -> new ScheduleCalibration(new double[] {1, 0}, t, g, 10, 10, 0.9, 1));
    assertThrows(IllegalArgumentException.class, () -> new ScheduleCalibration(k, new double[] {}, g, 10, 10, 0.9, 1));
    assertThrows(IllegalArgumentException.class, () -> new ScheduleCalibration(k, new double[] {-1}, g, 10, 10, 0.9, 1));
    assertThrows(IllegalArgumentException.class, () -> new ScheduleCalibration(k, t, new double[] {0}, 10, 10, 0.9, 1));
    assertThrows(IllegalArgumentException.class, () -> new ScheduleCalibration(k, t, g, 1, 10, 0.9, 1));
    assertThrows(IllegalArgumentException.class, () -> new ScheduleCalibration(k, t, g, 10, 10, 1.5, 1));
    assertThrows(IllegalArgumentException.class, () -> new ScheduleCalibration(k, t, g, 10, 10, 0.9, 1, -2));
  }
}
