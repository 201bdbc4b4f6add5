package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.io.ModelFormatException;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoleculeDesignerTest {
  @TempDir
  Path dir;

  private static DesignTraining.Trained train(RepresentationKind kind, Condition condition) {
    return DesignTraining.train(TinyDesigns.set(condition), TinyDesigns.config(kind, condition), new TrainingListener() {});
  }

  @ParameterizedTest
  @EnumSource(RepresentationKind.class)
  void savedModelSamplesExactlyLikeTheTrainedOne(RepresentationKind kind) {
    DesignTraining.Trained t = train(kind, Condition.LOGP_AND_WEIGHT);
    Path file = dir.resolve("model.inn");
    try (MoleculeDesigner trained = t.designer()) {
      DesignerStore.save(file, trained, null);
      try (MoleculeDesigner loaded = DesignerStore.load(file, 1)) {
        assertEquals(trained.representation().kind(), loaded.representation().kind());
        assertEquals(trained.training().size(), loaded.training().size());
        assertEquals(trained.training().get(3).smiles(), loaded.training().get(3).smiles());
        double[] y = {2.0, 150};
        assertEquals(trained.sample(y, 50, 1.0, new Rng(9)), loaded.sample(y, 50, 1.0, new Rng(9)));
      }
    }
  }

  /**
   * The designer's own inverse pass must feed y exactly as core's {@code Cinn.sample} does (the
   * path that shares the trainer's normalisation): a mismatch would compress the designs' logP.
   * Also with a learned condition network h(y), whose model file must restore it.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 8})
  void designsAreTheCinnsPosteriorSamplesDecoded(int conditionFeatures) {
    DesignConfig config = TinyDesigns.config(RepresentationKind.QUANTILE, Condition.LOGP);
    if (conditionFeatures > 0) {
      config = config.withConditionNetwork(new ConditionNetworkConfig(conditionFeatures, MlpConfig.of(8, 1, Activation.RELU)));
    }
    DesignTraining.Trained t = DesignTraining.train(TinyDesigns.set(Condition.LOGP), config, new TrainingListener() {});
    Path file = dir.resolve("model.inn");
    try (MoleculeDesigner d = t.designer()) {
      DesignerStore.save(file, d, null);
      for (double target : new double[] {-1.0, 4.5}) {
        Matrix x = d.cinn().sample(new double[] {target}, 64, new Rng(11));
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 64; r++) {
          expected.add(d.representation().decode(x, r));
        }
        assertEquals(expected, d.sample(new double[] {target}, 64, 1.0, new Rng(11)));
        try (MoleculeDesigner loaded = DesignerStore.load(file, 1)) {
          assertEquals(expected, loaded.sample(new double[] {target}, 64, 1.0, new Rng(11)));
        }
      }
    }
  }

  @Test
  void heldOutAndTrainingMoleculesPartitionTheSet() {
    DesignTraining.Trained t = train(RepresentationKind.ORDINAL, Condition.LOGP);
    t.designer().close();
    assertEquals(19, t.trainingSet().size() + t.heldOut().size());
    assertEquals(2, t.heldOut().size());
    var ids = new HashSet<String>();
    t.trainingSet().forEach(e -> ids.add(e.id()));
    t.heldOut().forEach(e -> assertTrue(ids.add(e.id()), e.id() + " is in both"));
  }

  @Test
  void aVanishingTemperatureGivesTheLatentModeForEverySample() {
    DesignTraining.Trained t = train(RepresentationKind.ONE_HOT, Condition.LOGP);
    try (MoleculeDesigner d = t.designer()) {
      List<String> cold = d.sample(new double[] {1.0}, 40, 1e-9, new Rng(2));
      assertEquals(1, new HashSet<>(cold).size(), "T -> 0 must give z = 0 for every sample");
      assertEquals(cold, d.sample(new double[] {1.0}, 40, 0.0, new Rng(3)), "T = 0 is the limit: the mode f^-1(0; y*)");
      List<String> warm = d.sample(new double[] {1.0}, 40, 1.0, new Rng(2));
      assertTrue(new HashSet<>(warm).size() > 1);
    }
  }

  @Test
  void badTargetsAreRefusedWithTheirName() {
    DesignTraining.Trained t = train(RepresentationKind.ORDINAL, Condition.LOGP);
    try (MoleculeDesigner d = t.designer()) {
      Exception nan = assertThrows(RuntimeException.class, () -> d.sample(new double[] {Double.NaN}, 5, 1.0, new Rng(1)));
      assertTrue(nan.getMessage().contains("logP"), nan.getMessage());
      Exception width = assertThrows(IllegalArgumentException.class, () -> d.sample(new double[] {1, 2}, 5, 1.0, new Rng(1)));
      assertTrue(width.getMessage().contains("[logP]"), width.getMessage());
      assertThrows(IllegalArgumentException.class, () -> d.sample(new double[] {1}, 5, -0.5, new Rng(1)));
      assertThrows(IllegalArgumentException.class, () -> d.sample(new double[] {1}, 5, Double.NaN, new Rng(1)));
    }
  }

  @Test
  void aPlainCinnFileIsNotADesigner() throws Exception {
    DesignTraining.Trained t = train(RepresentationKind.ORDINAL, Condition.LOGP);
    Path file = dir.resolve("plain.inn");
    try (MoleculeDesigner d = t.designer()) {
      org.inversesuite.core.io.CinnStore.save(file, d.cinn(), null);
    }
    Exception e = assertThrows(ModelFormatException.class, () -> DesignerStore.load(file, 1));
    assertTrue(e.getMessage().contains("molecules"), e.getMessage());
  }
}
