package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.inversesuite.molecules.selfies.Selfies;
import org.junit.jupiter.api.Test;

class SoftRidgeLogPTest {
  private static final MoleculeSet SET = TinyDesigns.set(Condition.LOGP);
  private static final QuantileRepresentation REPRESENTATION = QuantileRepresentation.fit(SET, 1.0, 0.9);
  private static final SymbolCountRegressor RIDGE = SymbolCountRegressor.fit(REPRESENTATION.alphabet(), SET.examples(), 1.0);

  @Test
  void narrowStepsGiveTheRidgePredictionOfTheDecodedRow() {
    SoftRidgeLogP g = new SoftRidgeLogP(REPRESENTATION, RIDGE, 1e-9);
    Rng rng = new Rng(1);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 1, REPRESENTATION.dimension());
    for (Example e : SET.examples()) {
      REPRESENTATION.dequantise(REPRESENTATION.tokens(e.selfies()), rng, x, 0);
      assertEquals(RIDGE.predict(e.selfies()), g.value(x, 0, null), 1e-6, e.id());
    }
    for (int t = 0; t < 50; t++) {
      for (int j = 0; j < x.size(); j++) {
        x.set(j, 3 * rng.gaussian());
      }
      assertEquals(RIDGE.predict(Selfies.split(REPRESENTATION.decode(x, 0))), g.value(x, 0, null), 1e-6);
    }
  }

  @Test
  void gradientMatchesFiniteDifferencesAndIsNonNegative() {
    SoftRidgeLogP g = new SoftRidgeLogP(REPRESENTATION, RIDGE, 0.5);
    Matrix x = Numerics.gaussian(new Rng(2), 1, REPRESENTATION.dimension(), 2);
    double[] gradient = new double[REPRESENTATION.dimension()];
    g.value(x, 0, gradient);
    Matrix analytic = Matrix.zeros(Precision.FLOAT64, 1, gradient.length);
    for (int j = 0; j < gradient.length; j++) {
      analytic.set(j, gradient[j]);
      assertTrue(gradient[j] >= 0, "cells are sorted by ridge weight, so g rises in every column");
    }
    Numerics.assertGradient("dg/dx", x, analytic, 1e-6, 1e-6, 1e-9, () -> g.value(x, 0, null));
  }
}
