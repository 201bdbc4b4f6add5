package org.inversesuite.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClassifierTwoSampleTestTest {
  private static final ClassifierTwoSampleTest C2ST = ClassifierTwoSampleTest.defaults();
  /** Tribuo logs every model it trains at INFO; quiet it for this class only (held strongly). */
  private static final Logger TRIBUO = Logger.getLogger("org.tribuo");
  private static Level previousLevel;

  @BeforeAll
  static void quietTribuo() {
    previousLevel = TRIBUO.getLevel();
    TRIBUO.setLevel(Level.WARNING);
  }

  @AfterAll
  static void restoreTribuo() {
    TRIBUO.setLevel(previousLevel);
  }

  /** n draws of N(μ, scale² I) with μ = shiftNorm (1, …, 1)/√d, so ‖μ‖ = shiftNorm. */
  private static Matrix gaussian(int n, int d, double shiftNorm, double scale, long seed) {
    Rng rng = new Rng(seed);
    DoubleMatrix m = new DoubleMatrix(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        m.set(i, j, shiftNorm / Math.sqrt(d) + scale * rng.gaussian());
      }
    }
    return m;
  }

  @Test
  void sameDistributionIsIndistinguishable() {
    C2stResult r = C2ST.assess(new SamplePair(gaussian(2000, 4, 0, 1, 1), gaussian(2000, 4, 0, 1, 2)));
    assertEquals(0.5, r.accuracy(), 0.03, "accuracy " + r.accuracy());
    assertEquals(5, r.foldAccuracies().size());
  }

  @Test
  void shiftedMeanIsDetectedNearTheBayesAccuracy() {
    // N(0, I) against N(μ, I) with ‖μ‖ = 1: Bayes accuracy Φ(0.5) = 0.691
    double acc = C2ST.assess(new SamplePair(gaussian(2000, 4, 1, 1, 3), gaussian(2000, 4, 0, 1, 4))).accuracy();
    assertTrue(acc > 0.62 && acc < 0.70, "accuracy " + acc);
  }

  @Test
  void tooNarrowSampleIsDetected() {
    double acc = C2ST.assess(new SamplePair(gaussian(2000, 4, 0, 0.5, 5), gaussian(2000, 4, 0, 1, 6))).accuracy();
    assertTrue(acc > 0.7, "accuracy " + acc);
  }

  @Test
  void deterministicForASeedAndScaleInvariant() {
    Matrix a = gaussian(300, 2, 0.5, 1, 7);
    Matrix b = gaussian(250, 2, 0, 1, 8);
    ClassifierTwoSampleTest c2st = new ClassifierTwoSampleTest(ClassifierTwoSampleTest.Classifier.QUADRATIC_LOGISTIC, 3, 42);
    C2stResult first = c2st.assess(new SamplePair(a, b));
    C2stResult second = c2st.assess(new SamplePair(a, b));
    assertEquals(first, second);
    Matrix a1000 = a.copy();
    Matrix b1000 = b.copy();
    for (int i = 0; i < a1000.size(); i++) {
      a1000.set(i, 1000 * a1000.get(i) + 5);
    }
    for (int i = 0; i < b1000.size(); i++) {
      b1000.set(i, 1000 * b1000.get(i) + 5);
    }
    assertEquals(first, c2st.assess(new SamplePair(a1000, b1000)));
    C2stResult otherSeed = new ClassifierTwoSampleTest(ClassifierTwoSampleTest.Classifier.QUADRATIC_LOGISTIC, 3, 43)
        .assess(new SamplePair(a, b));
    assertTrue(!first.equals(otherSeed), "another seed should give other folds");
  }

  @Test
  void quadraticFeaturesAreLinearThenUpperTriangularProducts() {
    assertArrayEquals(new double[] {2, 3, 4, 6, 9}, ClassifierTwoSampleTest.quadratic(new double[] {2, 3}), 0);
  }

  @Test
  void randomForestSeesAVarianceDifferenceAndNotAnEqualSample() {
    ClassifierTwoSampleTest forest = new ClassifierTwoSampleTest(ClassifierTwoSampleTest.Classifier.RANDOM_FOREST, 3, 9);
    double narrow = forest.assess(new SamplePair(gaussian(300, 2, 0, 0.4, 1), gaussian(300, 2, 0, 1, 2))).accuracy();
    double same = forest.assess(new SamplePair(gaussian(300, 2, 0, 1, 3), gaussian(300, 2, 0, 1, 4))).accuracy();
    assertTrue(narrow > 0.7, "narrow: accuracy " + narrow);
    assertEquals(0.5, same, 0.07, "same: accuracy " + same);
  }

  @Test
  void rejectsTooFewRowsAndBadOptions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> C2ST.assess(new SamplePair(gaussian(3, 2, 0, 1, 1), gaussian(10, 2, 0, 1, 1))));
    assertTrue(e.getMessage().contains("at least 5 rows"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new ClassifierTwoSampleTest(ClassifierTwoSampleTest.Classifier.QUADRATIC_LOGISTIC, 1, 0));
    ClassifierTwoSampleTest forest = new ClassifierTwoSampleTest(ClassifierTwoSampleTest.Classifier.RANDOM_FOREST, 3, 0);
    e = assertThrows(IllegalArgumentException.class,
        () -> forest.assess(new SamplePair(gaussian(30, 1, 0, 1, 1), gaussian(30, 1, 0, 1, 2))));
    assertTrue(e.getMessage().contains(">= 2 features, got 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SamplePair(gaussian(3, 2, 0, 1, 1), gaussian(3, 3, 0, 1, 1)));
  }
}
