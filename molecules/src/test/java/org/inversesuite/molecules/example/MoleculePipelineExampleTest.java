package org.inversesuite.molecules.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.molecules.io.CanonicalForm;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.inversesuite.molecules.io.MoleculeRecord;
import org.inversesuite.molecules.io.ReadResult;
import org.inversesuite.molecules.io.SmilesFileReader;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.AtomOrder;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.inversesuite.molecules.selfies.SelfiesEncoder;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The path a logP-conditioned model takes through this module: read SMILES (bad lines reported,
 * salts stripped, duplicates removed), compute the condition y = logP, encode x as SELFIES
 * indices, and turn any index row back into a valid molecule. (Named *Test so that Surefire's
 * default includes run it with the suite.)
 */
class MoleculePipelineExampleTest {
  @Test
  void smilesToLogPAndSelfiesIndicesAndBack() {
    String file = "CC(=O)OC1=CC=CC=C1C(O)=O aspirin\nnot-a-smiles bad\nCCN(CC)CC.Cl triethylamine-HCl\nOCC ethanol\nCCO ethanol-again\n";
    ReadResult read = SmilesFileReader.defaults().read("example.smi", file).deduplicate(CanonicalForm.CANONICAL);
    assertEquals(3, read.molecules().size(), read.summary());

    LogPCalculator crippen = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    SelfiesEncoder encoder = SelfiesEncoder.defaults().withOrder(AtomOrder.CANONICAL);
    List<String> selfies = new ArrayList<>();
    double[] y = new double[read.molecules().size()];
    for (int i = 0; i < y.length; i++) {
      MoleculeRecord r = read.molecules().get(i);
      y[i] = crippen.logP(r.molecule());
      selfies.add(encoder.encode(r.molecule()));
    }
    SelfiesAlphabet alphabet = SelfiesAlphabet.fromDataset(selfies);
    int[][] x = new int[selfies.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = alphabet.encode(selfies.get(i), 32);
    }

    IAtomContainer back = SelfiesDecoder.defaults().decode(alphabet.decode(x[0]));
    assertEquals(CanonicalSmiles.of(read.molecules().get(0).molecule()), CanonicalSmiles.of(back));
    assertEquals(1.3101, y[0], 1e-4);
    assertTrue(read.summary().contains("UNPARSABLE=1") && read.summary().contains("DUPLICATE=1"), read.summary());
  }
}
