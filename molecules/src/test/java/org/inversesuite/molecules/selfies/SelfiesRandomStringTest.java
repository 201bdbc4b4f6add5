package org.inversesuite.molecules.selfies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inversesuite.molecules.Fixtures;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.inversesuite.molecules.io.Fragments;
import org.inversesuite.molecules.io.MoleculeRecord;
import org.inversesuite.molecules.io.SmilesFileReader;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.atomtype.CDKAtomTypeMatcher;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomType;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * The SELFIES property: any sequence of alphabet symbols decodes to a valid molecule. The
 * alphabet is that of the first 1 000 NCI molecules plus every branch and ring symbol; 2 000
 * random strings of 1–80 symbols (fixed seed) are decoded and each molecule is checked
 * against an oracle written independently of the decoder: maximum valences as RDKit allows
 * them, one connected fragment, a CDK SMILES round trip, and CDK atom types for every
 * neutral C, N, O and halogen.
 */
class SelfiesRandomStringTest {
  /** Maximum valence (bond orders + hydrogens) by "element charge", as RDKit's sanitisation allows. */
  private static final Map<String, Integer> MAX_VALENCE = Map.ofEntries(
      Map.entry("H 0", 1), Map.entry("B 0", 3), Map.entry("C 0", 4), Map.entry("C -1", 3), Map.entry("C 1", 3),
      Map.entry("N 0", 3), Map.entry("N 1", 4), Map.entry("N -1", 2), Map.entry("O 0", 2), Map.entry("O 1", 3),
      Map.entry("O -1", 1), Map.entry("F 0", 1), Map.entry("Na 0", 1), Map.entry("Si 0", 4), Map.entry("P 0", 5),
      Map.entry("P 1", 4), Map.entry("S 0", 6), Map.entry("S 1", 5), Map.entry("S -1", 1), Map.entry("Cl 0", 1),
      Map.entry("As 0", 5), Map.entry("Se 0", 6), Map.entry("Br 0", 1), Map.entry("Sn 0", 4), Map.entry("Sb 0", 5),
      Map.entry("I 0", 1), Map.entry("Bi 0", 5));

  @Test
  void randomStringsOverTheAlphabetDecodeToValidMolecules() throws CDKException {
    List<String> symbols = new ArrayList<>();
    SelfiesEncoder encoder = SelfiesEncoder.defaults();
    List<MoleculeRecord> nci = SmilesFileReader.defaults().read(Fixtures.path(Fixtures.NCI_5K)).molecules();
    for (MoleculeRecord r : nci.subList(0, 1000)) {
      if (encoder.check(r.molecule()).isEmpty()) {
        symbols.addAll(encoder.encodeSymbols(r.molecule()));
      }
    }
    for (int order = 1; order <= 3; order++) {
      for (int length = 1; length <= 3; length++) {
        symbols.add(new BranchSymbol(order, length).text());
        symbols.add(new RingSymbol(order, length).text());
      }
    }
    SelfiesAlphabet alphabet = SelfiesAlphabet.of(symbols);
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
    SmilesGenerator writer = new SmilesGenerator(SmiFlavor.Generic);
    CDKAtomTypeMatcher typer = CDKAtomTypeMatcher.getInstance(SilentChemObjectBuilder.getInstance());
    Random random = new Random(20201028L);
    int empty = 0;
    int atoms = 0;
    for (int t = 0; t < 2000; t++) {
      int[] row = new int[1 + random.nextInt(80)];
      for (int k = 0; k < row.length; k++) {
        row[k] = random.nextInt(alphabet.size());
      }
      String selfies = alphabet.decode(row);
      IAtomContainer m = decoder.decode(selfies);
      if (m.getAtomCount() == 0) {
        empty++;
        continue;
      }
      atoms += m.getAtomCount();
      assertEquals(1, Fragments.count(m), selfies);
      for (IAtom atom : m.atoms()) {
        String key = atom.getSymbol() + " " + atom.getFormalCharge();
        Integer max = MAX_VALENCE.get(key);
        assertNotNull(max, "oracle lacks " + key + " in " + selfies);
        double valence = m.getBondOrderSum(atom) + atom.getImplicitHydrogenCount();
        assertTrue(valence <= max, key + " has valence " + valence + " > " + max + " in " + selfies);
        if (atom.getFormalCharge() == 0 && List.of("C", "N", "O", "F", "Cl", "Br", "I").contains(atom.getSymbol())) {
          IAtomType type = typer.findMatchingAtomType(m, atom);
          assertTrue(type != null && !"X".equals(type.getAtomTypeName()), "CDK cannot type " + key + " in " + selfies);
        }
      }
      for (IBond bond : m.bonds()) {
        assertTrue(bond.getOrder().numeric() <= 3, selfies);
      }
      String smiles = writer.create(m);
      assertEquals(CanonicalSmiles.of(m), CanonicalSmiles.of(parser.parseSmiles(smiles)), selfies + " -> " + smiles);
    }
    System.out.printf("SELFIES random strings: 2000 decoded over an alphabet of %d symbols, %d empty, %d atoms, all valid%n",
        alphabet.size(), empty, atoms);
    assertTrue(empty < 100, "empty molecules " + empty);
  }
}
