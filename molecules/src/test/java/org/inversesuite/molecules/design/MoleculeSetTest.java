package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.molecules.io.ProblemKind;
import org.inversesuite.molecules.io.ReadProblem;
import org.junit.jupiter.api.Test;

class MoleculeSetTest {
  @Test
  void everyRecordIsAnExampleOrASkippedProblemWithItsLine() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    List<ReadProblem> skipped = set.skipped();
    assertEquals(3, skipped.size(), skipped.toString());
    assertEquals(19, set.size());
    assertEquals(ProblemKind.UNPARSABLE, skipped.get(0).kind());
    assertEquals(5, skipped.get(0).line());
    assertEquals(ProblemKind.DUPLICATE, skipped.get(1).kind());
    assertEquals(6, skipped.get(1).line());
    assertEquals(ProblemKind.UNENCODABLE, skipped.get(2).kind());
    assertEquals(12, skipped.get(2).line());
    assertTrue(skipped.get(2).reason().contains("Hg"), skipped.get(2).reason());
  }

  @Test
  void weightConditionAddsTheMolecularWeight() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP_AND_WEIGHT);
    Example ethanol = set.examples().get(0);
    assertEquals(2, ethanol.y().length);
    assertEquals(46.07, ethanol.y()[1], 0.01);
  }

  @Test
  void tooLongMoleculesAreLeftOutWithTheirLine() {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    int width = set.lengthQuantile(0.5);
    MoleculeSet cut = set.withMaxLength(width);
    long tooLong = set.examples().stream().filter(e -> e.selfies().size() > width).count();
    assertTrue(tooLong > 0);
    assertEquals(set.size() - tooLong, cut.size());
    assertEquals(tooLong, cut.skipped().stream().filter(p -> p.kind() == ProblemKind.TOO_LONG).count());
    assertTrue(cut.examples().stream().allMatch(e -> e.selfies().size() <= width));
  }
}
