package org.inversesuite.molecules.design;

import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.molecules.io.SmilesFileReader;
import org.inversesuite.molecules.logp.LogPMethod;

/** A small molecule set and a designer trained on it in a second or two, for tests. */
public final class TinyDesigns {
  /** Twenty drug-like and small molecules, one with a bad line, a duplicate and a metal. */
  public static final String SMILES = String.join("\n", "CCO ethanol", "c1ccccc1 benzene", "CC(=O)Oc1ccccc1C(=O)O aspirin",
      "CCN(CC)CC triethylamine", "C1CC(C bad", "OCC ethanol-again", "CCCCCCCC octane", "Clc1ccc(Cl)cc1 dichlorobenzene",
      "NCCO ethanolamine", "OC(=O)CC(O)(CC(=O)O)C(=O)O citric", "CC(C)Cc1ccc(cc1)C(C)C(=O)O ibuprofen", "[Hg]CC mercury",
      "CCCCCCCCCCCCCCCC(=O)O palmitic", "c1ccc2ccccc2c1 naphthalene", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C caffeine",
      "OCC(O)CO glycerol", "CCOC(=O)C ethylacetate", "Brc1ccccc1 bromobenzene", "CC(=O)N acetamide",
      "c1ccncc1 pyridine", "CCCCO butanol", "FC(F)(F)c1ccccc1 trifluorotoluene", "");

  private TinyDesigns() {}

  /** @return the set of {@link #SMILES} conditioned on logP */
  public static MoleculeSet set(Condition condition) {
    return MoleculeSet.of(SmilesFileReader.defaults().read("tiny.smi", SMILES), condition,
        LogPMethod.WILDMAN_CRIPPEN.newCalculator());
  }

  /** @return a config that trains in about a second */
  public static DesignConfig config(RepresentationKind kind, Condition condition) {
    TrainingConfig t = DesignConfig.defaults().training().withIterations(30).withBatchSize(16).withValidation(0, 10, 0)
        .withThreads(1).withRegularisation(0, 10, 5);
    return new DesignConfig(condition, kind, 1.0, 0.9, 2, 16, 1, ConditionNetworkConfig.none(), 0.1, t);
  }
}
