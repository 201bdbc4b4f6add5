package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.testing.Numerics;
import org.inversesuite.molecules.forward.SymbolNgramRegressor;
import org.inversesuite.molecules.forward.SymbolPairRegressor;
import org.inversesuite.molecules.selfies.Selfies;
import org.junit.jupiter.api.Test;

/** The triple surrogate of the cycle term, {@link SoftLengthNgramLogP}. */
class SoftLengthNgramLogPTest {
  private static final MoleculeSet SET = TinyDesigns.set(Condition.LOGP);
  private static final LengthQuantileRepresentation LENGTH = LengthQuantileRepresentation.fit(SET, 1.0, 0.9);
  private static final SymbolNgramRegressor TRIPLES = SymbolNgramRegressor.fit(LENGTH.alphabet(), SET.examples(), 3, 1.0);

  @Test
  void narrowStepsGiveTheTripleRegressionOfTheDecodedString() {
    SoftLogP narrow = new SoftLengthNgramLogP(LENGTH, TRIPLES, 1e-9);
    Rng rng = new Rng(3);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 1, LENGTH.dimension());
    for (Example e : SET.examples()) {
      LENGTH.dequantise(LENGTH.tokens(e.selfies()), rng, x, 0);
      assertEquals(TRIPLES.predict(e.selfies()), narrow.value(x, 0, null), 1e-6, e.id());
    }
    for (int t = 0; t < 50; t++) {
      for (int j = 0; j < x.size(); j++) {
        x.set(j, 3 * rng.gaussian());
      }
      assertEquals(TRIPLES.predict(Selfies.split(LENGTH.decode(x, 0))), narrow.value(x, 0, null), 1e-6);
    }
  }

  @Test
  void gradientMatchesCentralDifferences() {
    SoftLogP g = new SoftLengthNgramLogP(LENGTH, TRIPLES, 0.5);
    for (long seed = 2; seed < 7; seed++) {
      Matrix x = Numerics.gaussian(new Rng(seed), 1, g.dimension(), 2);
      double[] gradient = new double[g.dimension()];
      g.value(x, 0, gradient);
      Matrix analytic = Matrix.zeros(Precision.FLOAT64, 1, gradient.length);
      for (int j = 0; j < gradient.length; j++) {
        analytic.set(j, gradient[j]);
      }
      Numerics.assertGradient("dg/dx", x, analytic, 1e-5, 1e-6, 1e-8, () -> g.value(x, 0, null));
    }
  }

  @Test
  void withPairsOnlyItIsThePairSurrogate() {
    SoftLogP ngram = new SoftLengthNgramLogP(LENGTH, SymbolNgramRegressor.fit(LENGTH.alphabet(), SET.examples(), 2, 1.0), 0.5);
    SoftLogP pair = new SoftLengthPairLogP(LENGTH, SymbolPairRegressor.fit(LENGTH.alphabet(), SET.examples(), 1.0), 0.5);
    double[] a = new double[LENGTH.dimension()];
    double[] b = new double[LENGTH.dimension()];
    for (long seed = 1; seed < 20; seed++) {
      Matrix x = Numerics.gaussian(new Rng(seed), 1, LENGTH.dimension(), 2);
      assertEquals(pair.value(x, 0, b), ngram.value(x, 0, a), 1e-6);
      for (int j = 0; j < a.length; j++) {
        assertEquals(b[j], a[j], 1e-6, "column " + j);
      }
    }
  }
}
