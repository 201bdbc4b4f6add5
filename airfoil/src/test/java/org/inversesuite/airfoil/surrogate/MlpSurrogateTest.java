package org.inversesuite.airfoil.surrogate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.core.config.Json;
import org.junit.jupiter.api.Test;

class MlpSurrogateTest {
  /** A smooth lift and drag that no polynomial of low degree represents exactly. */
  private static double cl(double[] v) {
    return 0.4 + 0.5 * Math.sin(1.5 * v[0]) - 0.3 * Math.tanh(v[1] - v[2]) + 0.1 * v[3];
  }

  private static double cd(double[] v) {
    return 0.01 * Math.exp(0.4 * Math.cos(v[0] + 0.5 * v[3]) + 0.2 * v[1] * v[2]);
  }

  /** Inputs around different centres and scales, as CST coefficients, α and log Re are. */
  private static double[][] inputs(int n, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[n][4];
    for (double[] row : x) {
      for (int j = 0; j < 4; j++) {
        row[j] = (2 * r.nextDouble() - 1) * (j + 1) * 0.5 + 5 * j;
      }
    }
    return x;
  }

  private static double[][] centred(double[][] x) {
    double[][] c = new double[x.length][4];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < 4; j++) {
        c[i][j] = (x[i][j] - 5 * j) / ((j + 1) * 0.5);
      }
    }
    return c;
  }

  private static MlpSurrogate fitted(double[][] x, NetworkRecipe recipe) {
    double[][] c = centred(x);
    double[] cl = new double[x.length];
    double[] cd = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      cl[i] = cl(c[i]);
      cd[i] = cd(c[i]);
    }
    return MlpSurrogate.fit(x, cl, cd, recipe);
  }

  private static final NetworkRecipe SHORT = new NetworkRecipe(1500, 64, 5e-3, 32, 2, 3);

  @Test
  void recoversASmoothFunctionOnNewPointsAndReportsItsHeldOutError() {
    MlpSurrogate s = fitted(inputs(1000, 1), SHORT);
    double[][] test = inputs(200, 2);
    double[][] c = centred(test);
    double[][] p = s.predict(test);
    double clError = 0;
    double ldError = 0;
    for (int i = 0; i < test.length; i++) {
      clError += Math.abs(p[i][0] - cl(c[i])) / test.length;
      double ld = cl(c[i]) / cd(c[i]);
      ldError += Math.abs(p[i][1] - ld) / Math.abs(ld) / test.length;
    }
    // The function spans Cl in [-0.2, 1.0] and L/D over two decades: an untrained network misses by 0.3.
    assertTrue(clError < 0.02, "mean |dCl| on new points " + clError);
    assertTrue(s.validationClError() < 0.02, "held-out |dCl| " + s.validationClError());
    assertTrue(s.validationClError() > 0, "the held-out error is measured, not zero");
    assertTrue(s.validationLiftToDragError() < 0.1 && s.validationLiftToDragError() > 0,
        "held-out L/D error " + s.validationLiftToDragError() + "; mean on new points " + ldError);
    assertTrue(s.fitSeconds() > 0);
  }

  @Test
  void moreTrainingLowersTheHeldOutError() {
    MlpSurrogate brief = fitted(inputs(600, 4), SHORT.withSteps(20));
    MlpSurrogate trained = fitted(inputs(600, 4), SHORT.withSteps(800));
    assertTrue(trained.validationClError() < 0.5 * brief.validationClError(),
        brief.validationClError() + " after 20 steps, " + trained.validationClError() + " after 800");
  }

  @Test
  void theRecipeTrainsForAFixedNumberOfPassesWithinItsBounds() {
    NetworkRecipe base = MlpSurrogate.defaultRecipe();
    assertEquals(base, MlpSurrogate.recipeFor(3920), "a 4,000-row data set keeps the default 6,000 steps");
    assertEquals(MlpSurrogate.MAX_STEPS, MlpSurrogate.recipeFor(10_000_000).steps());
    int prev = 0;
    for (int designs : new int[] {20, 3920, 8000, 20000, 39131, 48000}) {
      NetworkRecipe r = MlpSurrogate.recipeFor(designs);
      int training = designs - designs / 10;
      double passes = (double) r.steps() * r.batchSize() / training;
      assertTrue(r.steps() == MlpSurrogate.MIN_STEPS ? passes >= MlpSurrogate.EPOCHS
          : Math.abs(passes - MlpSurrogate.EPOCHS) * training < r.batchSize(), designs + " designs: " + passes);
      assertTrue(r.steps() >= prev, "more designs never get fewer steps");
      prev = r.steps();
      assertEquals(base.withSteps(r.steps()), r, "only the steps change");
    }
  }

  @Test
  void survivesAJsonRoundTripWithIdenticalPredictions() throws Exception {
    MlpSurrogate s = fitted(inputs(200, 3), SHORT.withSteps(50));
    MlpSurrogate back = Json.mapper().readValue(Json.mapper().writeValueAsString(s), MlpSurrogate.class);
    assertEquals(s.recipe(), back.recipe());
    assertEquals(s.validationLiftToDragError(), back.validationLiftToDragError(), 0.0);
    SurrogateAssertions.assertSamePredictions(s, back, inputs(7, 4));
  }

  @Test
  void refusesALaterFormatVersionOrMismatchedWeightsWithAMessage() throws Exception {
    ObjectNode json = Json.mapper().valueToTree(fitted(inputs(100, 5), SHORT.withSteps(5)));
    json.put("version", MlpSurrogate.FORMAT_VERSION + 1);
    Exception e = assertThrows(Exception.class, () -> Json.mapper().treeToValue(json, MlpSurrogate.class));
    assertTrue(String.valueOf(e.getMessage()).contains("format version " + (MlpSurrogate.FORMAT_VERSION + 1)),
        e.getMessage());
    json.put("version", MlpSurrogate.FORMAT_VERSION);
    json.putArray("weights").add(1.0);
    e = assertThrows(Exception.class, () -> Json.mapper().treeToValue(json, MlpSurrogate.class));
    assertTrue(String.valueOf(e.getMessage()).contains("weights"), e.getMessage());
  }

  @Test
  void refusesTooFewDesignsAndRowsOfTheWrongWidth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MlpSurrogate.fit(inputs(10, 1), new double[10],
        new double[10], SHORT));
    assertTrue(e.getMessage().contains("at least 20"), e.getMessage());
    MlpSurrogate s = fitted(inputs(100, 1), SHORT.withSteps(5));
    assertThrows(IllegalArgumentException.class, () -> s.predict(new double[][] {{1, 2}}));
  }
}
