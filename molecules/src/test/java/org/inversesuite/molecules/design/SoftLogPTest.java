package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleFunction;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.inversesuite.molecules.forward.SymbolPairRegressor;
import org.inversesuite.molecules.selfies.Selfies;
import org.junit.jupiter.api.Test;

/**
 * Both logP surrogates of the cycle term: the quantile encoding's {@link SoftRidgeLogP} and the
 * explicit-length encoding's {@link SoftLengthRidgeLogP} and {@link SoftLengthPairLogP}.
 */
class SoftLogPTest {
  private static final MoleculeSet SET = TinyDesigns.set(Condition.LOGP);
  private static final QuantileRepresentation QUANTILE = QuantileRepresentation.fit(SET, 1.0, 0.9);
  private static final LengthQuantileRepresentation LENGTH = LengthQuantileRepresentation.fit(SET, 1.0, 0.9);
  private static final SymbolCountRegressor RIDGE = SymbolCountRegressor.fit(QUANTILE.alphabet(), SET.examples(), 1.0);

  /** As τ → 0, g is the ridge prediction of the decoded row, on training rows and on random points. */
  private static void narrowStepsGiveTheRidgePrediction(SelfiesRepresentation representation, SoftLogP g) {
    Rng rng = new Rng(1);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 1, representation.dimension());
    for (Example e : SET.examples()) {
      representation.dequantise(representation.tokens(e.selfies()), rng, x, 0);
      assertEquals(RIDGE.predict(e.selfies()), g.value(x, 0, null), 1e-6, e.id());
    }
    for (int t = 0; t < 50; t++) {
      for (int j = 0; j < x.size(); j++) {
        x.set(j, 3 * rng.gaussian());
      }
      assertEquals(RIDGE.predict(Selfies.split(representation.decode(x, 0))), g.value(x, 0, null), 1e-6);
    }
  }

  /** @return ∂g/∂x at random points, checked against central differences */
  private static double[] checkedGradient(SoftLogP g, long seed) {
    Matrix x = Numerics.gaussian(new Rng(seed), 1, g.dimension(), 2);
    double[] gradient = new double[g.dimension()];
    g.value(x, 0, gradient);
    Matrix analytic = Matrix.zeros(Precision.FLOAT64, 1, gradient.length);
    for (int j = 0; j < gradient.length; j++) {
      analytic.set(j, gradient[j]);
    }
    Numerics.assertGradient("dg/dx", x, analytic, 1e-6, 1e-6, 1e-9, () -> g.value(x, 0, null));
    return gradient;
  }

  @Test
  void quantileSurrogateIsTheRidgePredictionAtNarrowStepsAndRisesInEveryColumn() {
    narrowStepsGiveTheRidgePrediction(QUANTILE, new SoftRidgeLogP(QUANTILE, RIDGE, 1e-9));
    for (double v : checkedGradient(new SoftRidgeLogP(QUANTILE, RIDGE, 0.5), 2)) {
      assertTrue(v >= 0, "cells are sorted by ridge weight, so g rises in every column");
    }
  }

  @Test
  void lengthSurrogateIsTheRidgePredictionOfTheDecodedStringAtNarrowSteps() {
    DoubleFunction<SoftLogP> g = tau -> new SoftLengthRidgeLogP(LENGTH, RIDGE, tau);
    narrowStepsGiveTheRidgePrediction(LENGTH, g.apply(1e-9));
    for (long seed = 2; seed < 7; seed++) {
      checkedGradient(g.apply(0.5), seed);
    }
  }

  @Test
  void pairSurrogateIsThePairRegressionOfTheDecodedStringAtNarrowSteps() {
    SymbolPairRegressor pairs = SymbolPairRegressor.fit(LENGTH.alphabet(), SET.examples(), 1.0);
    DoubleFunction<SoftLogP> g = tau -> new SoftLengthPairLogP(LENGTH, pairs, tau);
    Rng rng = new Rng(3);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 1, LENGTH.dimension());
    SoftLogP narrow = g.apply(1e-9);
    for (Example e : SET.examples()) {
      LENGTH.dequantise(LENGTH.tokens(e.selfies()), rng, x, 0);
      assertEquals(pairs.predict(e.selfies()), narrow.value(x, 0, null), 1e-6, e.id());
    }
    for (int t = 0; t < 50; t++) {
      for (int j = 0; j < x.size(); j++) {
        x.set(j, 3 * rng.gaussian());
      }
      assertEquals(pairs.predict(Selfies.split(LENGTH.decode(x, 0))), narrow.value(x, 0, null), 1e-6);
    }
    for (long seed = 2; seed < 7; seed++) {
      checkedGradient(g.apply(0.5), seed);
    }
  }
}
