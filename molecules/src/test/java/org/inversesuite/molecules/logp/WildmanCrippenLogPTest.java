package org.inversesuite.molecules.logp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.molecules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtomContainer;

class WildmanCrippenLogPTest {
  private final WildmanCrippenLogP crippen = WildmanCrippenLogP.create();

  /** Reference values: RDKit 2022.09.3 Crippen.MolLogP, rounded to 4 decimals. */
  @ParameterizedTest
  @CsvSource(delimiter = ' ', value = {
      "c1ccccc1 1.6866", "C1=CC=CC=C1 1.6866", "CCO -0.0014", "c1cc[nH]c1 1.0147", "CC(=O)O 0.0909",
      "C[N+](C)(C)C 0.3224", "[O-][N+](=O)c1ccccc1 1.5948", "ClC(Cl)(Cl)Cl 2.5529", "OCC[S](=O)(=O)O -1.1335"})
  void matchesRdkitOnSmallMolecules(String smiles, double rdkit) {
    assertEquals(rdkit, crippen.logP(Fixtures.smiles(smiles)), 5e-5, smiles);
  }

  @Test
  void typesFollowThePaper() {
    List<AtomContribution> pyrrole = crippen.contributions(Fixtures.smiles("c1cc[nH]c1"));
    AtomContribution nH = pyrrole.stream().filter(c -> c.hydrogen() && c.atomIndex() == 3).findFirst().orElseThrow();
    assertEquals("H3", nH.type(), "H on aromatic N is the paper's amine hydrogen");
    assertEquals("N11", pyrrole.get(3).type());
    List<AtomContribution> ethanol = crippen.contributions(Fixtures.smiles("CCO"));
    assertEquals(List.of("C1", "C3", "O2"), ethanol.subList(0, 3).stream().map(AtomContribution::type).toList());
    assertEquals(9, ethanol.size(), "3 heavy atoms + 6 hydrogens");
    double sum = ethanol.stream().mapToDouble(AtomContribution::logP).sum();
    assertEquals(crippen.logP(Fixtures.smiles("CCO")), sum, 1e-12);
  }

  @Test
  void unknownElementsContributeZeroAndAreMarked() {
    List<AtomContribution> helium = crippen.contributions(Fixtures.smiles("[He]"));
    assertEquals(List.of(AtomContribution.UNTYPED), helium.stream().map(AtomContribution::type).toList());
    assertEquals(0.0, crippen.logP(Fixtures.smiles("[He]")));
  }

  @Test
  void inputIsNotModifiedAndEmptyInputIsRefused() {
    IAtomContainer m = Fixtures.smiles("CC(=O)NC1=CC=CC=C1");
    int atoms = m.getAtomCount();
    int h = m.getAtom(0).getImplicitHydrogenCount();
    crippen.logP(m);
    assertEquals(atoms, m.getAtomCount());
    assertEquals(h, m.getAtom(0).getImplicitHydrogenCount());
    assertTrue(!m.getAtom(4).isAromatic(), "aromaticity perceived on a copy only");
    assertThrows(IllegalArgumentException.class, () -> crippen.logP(Fixtures.smiles("")));
  }

  @Test
  void bundledTableHasThePaperTypes() {
    List<CrippenAtomType> table = crippen.table();
    assertEquals(110, table.size());
    assertEquals(72, table.stream().map(CrippenAtomType::type).distinct().count());
    assertEquals("C1", table.get(0).type());
    assertEquals(0.1441, table.get(0).logP());
    assertThrows(IllegalArgumentException.class,
        () -> new WildmanCrippenLogP(List.of(new CrippenAtomType("X", "[C", 0.0, 0.0, "bad"))));
  }
}
