package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.molecules.evaluation.DecodedMolecule;
import org.inversesuite.molecules.io.SmilesFileReader;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.junit.jupiter.api.Test;

/**
 * Genuine conditioning on a toy set whose logP is set by the chain length: C_n, C_nO, OC_nO and
 * C_nN for n = 1..14 (Wildman–Crippen logP from −1.1 to 5.7). A quantile-encoded cINN trained for
 * a few hundred steps must move its generated molecules with the asked logP. The same recipe with
 * the uniform ordinal cells moved its median by less than 2 log units between targets −1 and 5
 * when this test was written, so the bounds below separate the two encodings.
 */
class LengthSetLogPTest {
  private static MoleculeSet chains() {
    StringBuilder b = new StringBuilder();
    for (int n = 1; n <= 14; n++) {
      String c = "C".repeat(n);
      b.append(c).append(" c").append(n).append('\n');
      b.append(c).append("O o").append(n).append('\n');
      b.append('O').append(c).append("O d").append(n).append('\n');
      b.append(c).append("N n").append(n).append('\n');
    }
    return MoleculeSet.of(SmilesFileReader.defaults().read("chains.smi", b.toString()), Condition.LOGP,
        LogPMethod.WILDMAN_CRIPPEN.newCalculator());
  }

  @Test
  void generatedLogPFollowsTheTarget() {
    MoleculeSet set = chains();
    assertEquals(56, set.size());
    TrainingConfig t = DesignConfig.defaults().training().withIterations(300).withBatchSize(64).withValidation(0, 100, 0)
        .withThreads(1).withRegularisation(0, 10, 5);
    DesignConfig config = new DesignConfig(Condition.LOGP, RepresentationKind.QUANTILE, 1.0, 0.9, 3, 32, 1, ConditionNetworkConfig.none(), 0.0, t);
    LogPCalculator logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    double[] targets = {-1, 1, 3, 5};
    double[] medians = new double[targets.length];
    try (MoleculeDesigner designer = DesignTraining.train(set, config, new TrainingListener() {}).designer()) {
      for (int i = 0; i < targets.length; i++) {
        double[] v = designer.sample(new double[] {targets[i]}, 200, 1.0, new Rng(7)).stream()
            .map(s -> DecodedMolecule.decode(s, SelfiesDecoder.defaults(), logP)).filter(DecodedMolecule::valid)
            .mapToDouble(DecodedMolecule::logP).sorted().toArray();
        medians[i] = v[v.length / 2];
      }
    }
    String got = "medians " + Arrays.toString(medians) + " for targets " + Arrays.toString(targets);
    for (int i = 1; i < targets.length; i++) {
      assertTrue(medians[i] > medians[i - 1], got);
    }
    assertTrue(medians[3] - medians[0] >= 3.0, "the median moved less than half the asked 6 log units: " + got);
    assertEquals(1.0, medians[1], 1.0, got);
    assertEquals(3.0, medians[2], 1.0, got);
  }
}
