package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class CalibrationErrorTest {
  /** Mean over the default levels of |closed-form coverage − q|. */
  private static double closedFormError(double width, double shift) {
    double[] levels = ExpectedCoverage.defaults().levels();
    double s = 0;
    for (double q : levels) {
      s += Math.abs(ExpectedCoverageTest.closedFormCoverage(q, width, shift) - q);
    }
    return s / levels.length;
  }

  @Test
  void exactPosteriorHasASmallError() {
    MetricResult r = CalibrationError.defaults().evaluate(GaussianEvidence.exact(2000, 200, 2, 0.5, 17));
    assertEquals("calibration_error", r.name());
    assertTrue(r.value() < 0.02, "calibration error " + r.value());
    assertEquals(2, r.perDimension().size());
  }

  @Test
  void miscalibratedPosteriorsHaveTheirClosedFormError() {
    double narrow = closedFormError(0.5, 0);
    double shifted = closedFormError(1, 1);
    assertTrue(narrow > 0.2 && shifted > 0.1, "closed forms " + narrow + ", " + shifted);
    MetricResult n = CalibrationError.defaults().evaluate(GaussianEvidence.build(2000, 200, 2, 0.5, 0.5, 0, 18));
    MetricResult s = CalibrationError.defaults().evaluate(GaussianEvidence.build(2000, 200, 2, 0.5, 1, 1, 19));
    assertEquals(narrow, n.value(), 0.015);
    assertEquals(shifted, s.value(), 0.015);
  }

  @Test
  void medianAggregationTakesTheMiddleError() {
    DoubleMatrix samples = new DoubleMatrix(101, 1);
    for (int r = 0; r <= 100; r++) {
      samples.set(r, 0, r);
    }
    Matrix truths = Matrix.of(Precision.FLOAT64, new double[][] {{30}});
    PosteriorEvidence e = new PosteriorEvidence(truths, List.of(samples), List.of("a"));
    // coverage 0, 1, 1 at q = 0.3, 0.4, 0.5: errors 0.3, 0.6, 0.5
    double[] levels = {0.3, 0.4, 0.5};
    assertEquals(0.5, new CalibrationError(levels, CalibrationError.Aggregation.MEDIAN).evaluate(e).value(), 1e-15);
    assertEquals(1.4 / 3, new CalibrationError(levels, CalibrationError.Aggregation.MEAN).evaluate(e).value(), 1e-15);
  }

  @Test
  void bayesFlowSettingsAlsoSeparateGoodFromBad() {
    double good = CalibrationError.bayesFlow().evaluate(GaussianEvidence.exact(1000, 200, 1, 0.5, 20)).value();
    double bad = CalibrationError.bayesFlow().evaluate(GaussianEvidence.build(1000, 200, 1, 0.5, 0.5, 0, 21)).value();
    assertTrue(good < 0.03 && bad > 0.2, "good " + good + ", bad " + bad);
  }
}
