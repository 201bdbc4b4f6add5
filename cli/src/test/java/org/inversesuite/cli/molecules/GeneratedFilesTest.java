package org.inversesuite.cli.molecules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.evaluation.CandidatePool;
import org.inversesuite.molecules.evaluation.DecodedMolecule;
import org.inversesuite.molecules.evaluation.WindowAcceptance;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/** The files {@code generate --window-cap} writes: the flag of every molecule agrees with its written logP and the window. */
class GeneratedFilesTest {
  /** Real molecules with logP spread over about −1.5 … 4.5, as a fake cINN draws them in this order. */
  private static final String[] SMILES = {"OCC(O)CO", "CCCCCCCC", "CCO", "c1ccccc1", "NCCO", "Clc1ccc(Cl)cc1", "CC(=O)N",
      "CCCCO", "c1ccc2ccccc2c1", "CCOC(=O)C", "Brc1ccccc1", "c1ccncc1", "FC(F)(F)c1ccccc1", "CCN(CC)CC"};

  @TempDir
  Path dir;

  private static CandidatePool pool(int chunk) throws Exception {
    SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
    LogPCalculator calculator = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    List<DecodedMolecule> all = new ArrayList<>();
    for (int repeat = 0; repeat < 4; repeat++) {
      for (String s : SMILES) {
        IAtomContainer m = parser.parseSmiles(s);
        all.add(new DecodedMolecule("[C]", m, s, calculator.logP(m), null));
      }
    }
    int[] next = {0};
    return new CandidatePool(m -> {
      List<DecodedMolecule> out = new ArrayList<>(all.subList(next[0], next[0] + m));
      next[0] += m;
      return out;
    }, chunk);
  }

  /** Writes the selection as .smi and checks each line's flag against its logP column; returns the number filled. */
  private int writeAndCheck(WindowAcceptance window, double target, int n, String name) throws Exception {
    WindowAcceptance.Selection s = window.select(pool(n), target, n);
    Path smi = dir.resolve(name + ".smi");
    GeneratedFiles.write(smi, s.kept(), Set.of(), new double[] {target}, Condition.LOGP, OptionalInt.of(s.accepted()));
    List<String> lines = Files.readAllLines(smi);
    assertEquals(n, lines.size(), lines.toString());
    int filled = 0;
    for (String line : lines) {
      String[] f = line.split("\t");
      assertEquals(4, f.length, line);
      boolean inside = Math.abs(Double.parseDouble(f[2]) - target) <= window.halfWidth() + 1e-4;
      if (f[3].equals("filled")) {
        filled++;
        assertTrue(!inside, "a filled molecule lies outside the window: " + line);
      } else {
        assertEquals("accepted", f[3], line);
        assertTrue(inside, "an accepted molecule lies inside the window: " + line);
      }
    }
    assertEquals(s.filled(), filled);

    Path sdf = dir.resolve(name + ".sdf");
    GeneratedFiles.write(sdf, s.kept(), Set.of(), new double[] {target}, Condition.LOGP, OptionalInt.of(s.accepted()));
    String text = Files.readString(sdf);
    assertEquals(n - filled, text.split("> <window_acceptance>\naccepted\n", -1).length - 1, text);
    assertEquals(filled, text.split("> <window_acceptance>\nfilled\n", -1).length - 1, text);
    return filled;
  }

  @Test
  void everyMoleculeIsInsideTheWindowWhenNoneIsFilled() throws Exception {
    assertEquals(0, writeAndCheck(new WindowAcceptance(1.0, 10), 2.0, 5, "wide"));
  }

  @Test
  void aFilledMoleculeIsFlagged() throws Exception {
    // a narrow window and a cap of one draw per molecule: most of the 8 are filled from outside
    int filled = writeAndCheck(new WindowAcceptance(0.05, 1), 2.0, 8, "narrow");
    assertTrue(filled > 0, "filled " + filled);
  }

  @Test
  void withoutTheWindowTheFilesAreAsBefore() throws Exception {
    WindowAcceptance.Selection s = new WindowAcceptance(1.0, 10).select(pool(3), 2.0, 3);
    Path smi = dir.resolve("plain.smi");
    GeneratedFiles.write(smi, s.kept(), Set.of(), new double[] {2.0}, Condition.LOGP, OptionalInt.empty());
    for (String line : Files.readAllLines(smi)) {
      assertEquals(3, line.split("\t").length, line);
    }
    Path sdf = dir.resolve("plain.sdf");
    GeneratedFiles.write(sdf, s.kept(), Set.of(), new double[] {2.0}, Condition.LOGP, OptionalInt.empty());
    assertTrue(!Files.readString(sdf).contains("window_acceptance"));
  }
}
