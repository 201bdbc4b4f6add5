package org.inversesuite.molecules.logp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.inversesuite.molecules.Fixtures;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.descriptors.molecular.JPlogPDescriptor;
import org.openscience.cdk.qsar.result.DoubleResult;

class CdkLogPCalculatorsTest {
  private static final String[] SMILES = {"c1ccccc1", "CCO", "CC(=O)O", "C[N+](C)(C)C", "OC1=C(Cl)C=C(C=C1[N+]([O-])=O)[N+]([O-])=O",
      "CC(=O)Nc1ccc(O)cc1", "c1ccc2[nH]ccc2c1"};

  @Test
  void jplogpEqualsCdkDescriptor() {
    JPlogPCalculator jplogp = new JPlogPCalculator();
    for (String s : SMILES) {
      IAtomContainer m = Fixtures.smiles(s);
      double reference = ((DoubleResult) new JPlogPDescriptor().calculate(m).getValue()).doubleValue();
      assertEquals(reference, jplogp.logP(m), 1e-10, s);
    }
    assertEquals(1.8466, jplogp.logP(Fixtures.smiles("c1ccccc1")), 1e-4, "benzene, as in BUILD-NOTES");
  }

  @Test
  void jplogpRefusesUntrainedAtomTypesLoudlyWithoutPrinting() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    IllegalArgumentException e;
    try {
      e = assertThrows(IllegalArgumentException.class, () -> new JPlogPCalculator().logP(Fixtures.smiles("Cl[Hg]C")));
    } finally {
      System.setOut(original);
    }
    assertTrue(e.getMessage().contains("no weight for atom type code"), e.getMessage());
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  void xlogpGivesFiniteValuesAndKeepsTheInput() {
    XLogPCalculator xlogp = new XLogPCalculator();
    for (String s : SMILES) {
      IAtomContainer m = Fixtures.smiles(s);
      int atoms = m.getAtomCount();
      assertTrue(Double.isFinite(xlogp.logP(m)), s);
      assertEquals(atoms, m.getAtomCount());
    }
    assertEquals(2.022, xlogp.logP(Fixtures.smiles("c1ccccc1")), 1e-3);
    assertTrue(xlogp.logP(Fixtures.smiles("CCCCCCCC")) > xlogp.logP(Fixtures.smiles("OCC(O)CO")));
  }

  @Test
  void methodsNameThemselvesAndRefuseEmptyMolecules() {
    for (LogPMethod m : LogPMethod.values()) {
      LogPCalculator c = m.newCalculator();
      assertEquals(m, c.method());
      assertThrows(IllegalArgumentException.class, () -> c.logP(Fixtures.smiles("")));
    }
  }
}
