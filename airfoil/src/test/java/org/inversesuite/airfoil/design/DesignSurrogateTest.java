package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.surrogate.ForwardSurrogate;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.airfoil.surrogate.MlpSurrogate;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvTable;
import org.junit.jupiter.api.Test;

class DesignSurrogateTest {
  private final DesignSpace space = DesignSpace.defaults();

  /** {@code n} designs from the box simulated by the fake solver, as a data set. */
  private DesignDataset fakeData(int n) {
    FakeSolver solver = new FakeSolver();
    List<String> columns = DesignCase.columns(space.shapeDimension(), space.upperCount());
    Matrix v = Matrix.zeros(Precision.FLOAT64, n, columns.size());
    for (int i = 0; i < n; i++) {
      double[] row = DesignCase.evaluate(space.sample(new Rng(8).stream(i)), solver).row();
      for (int j = 0; j < row.length; j++) {
        v.set(i, j, row[j]);
      }
    }
    return new DesignDataset(new DatasetManifest(space, SolverConfig.defaults(), n, n, 8), new CsvTable(columns, v));
  }

  @Test
  void fitsTheHighestDegreeTheDataSetCanCarry() {
    Optional<ForwardSurrogate> cubic = DesignSurrogate.fit(fakeData(600));
    assertEquals(3, cubic.orElseThrow().degree());
    assertTrue(cubic.get().validationClError() < 0.005, "fake lift is smooth: " + cubic.get().validationClError());
    assertEquals(1, DesignSurrogate.fit(fakeData(30)).orElseThrow().degree());
    assertFalse(DesignSurrogate.fit(fakeData(10)).isPresent(), "10 designs carry no 11-weight linear model");
  }

  @Test
  void predictsTheFakeSolverOnNewDesigns() {
    ForwardSurrogate s = DesignSurrogate.fit(fakeData(600)).orElseThrow();
    FakeSolver solver = new FakeSolver();
    for (int i = 0; i < 20; i++) {
      DesignCase c = DesignCase.evaluate(space.sample(new Rng(99).stream(i)), solver);
      double[] p = s.predict(new double[][] {DesignSurrogate.input(c.point())})[0];
      assertEquals(c.cl(), p[0], 0.02, "design " + i);
      assertEquals(c.liftToDrag(), p[1], 0.05 * c.liftToDrag(), "design " + i);
    }
  }

  @Test
  void theMlpLearnsTheFakeSolverAndBothKindsLiveUnderTheirOwnKeys() {
    DesignDataset data = fakeData(400);
    MlpSurrogate mlp = DesignSurrogate.fitMlp(data, new NetworkRecipe(600, 64, 5e-3, 32, 2, 2)).orElseThrow();
    assertTrue(mlp.validationClError() < 0.02, "fake lift is smooth: " + mlp.validationClError());
    assertFalse(DesignSurrogate.fitMlp(fakeData(15), MlpSurrogate.defaultRecipe()).isPresent());
    ObjectNode run = Json.mapper().createObjectNode();
    run.set(SurrogateKind.RIDGE.metadataKey(), Json.mapper().valueToTree(DesignSurrogate.fit(data).orElseThrow()));
    assertTrue(DesignSurrogate.read(run, SurrogateKind.RIDGE).isPresent());
    assertFalse(DesignSurrogate.read(run, SurrogateKind.MLP).isPresent(), "a model file from before the MLP has none");
    run.set(SurrogateKind.MLP.metadataKey(), Json.mapper().valueToTree(mlp));
    LiftDragSurrogate back = DesignSurrogate.read(run, SurrogateKind.MLP).orElseThrow();
    double[][] x = {DesignSurrogate.input(space.sample(new Rng(5)))};
    assertEquals(mlp.predict(x)[0][1], back.predict(x)[0][1], 0.0);
    ((ObjectNode) run.get("mlpSurrogate")).put("version", 7);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DesignSurrogate.read(run, SurrogateKind.MLP));
    assertTrue(e.getMessage().contains("'mlpSurrogate'") && e.getMessage().contains("version 7"), e.getMessage());
  }
}
