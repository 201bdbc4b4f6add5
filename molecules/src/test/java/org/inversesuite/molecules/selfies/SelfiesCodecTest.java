package org.inversesuite.molecules.selfies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.inversesuite.molecules.Fixtures;
import org.inversesuite.molecules.io.CanonicalSmiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openscience.cdk.interfaces.IAtomContainer;

/** Encoder and decoder on hand-checked cases: the paper's rules, clamps and refusals. */
class SelfiesCodecTest {
  private final SelfiesEncoder encoder = SelfiesEncoder.defaults();
  private final SelfiesDecoder decoder = SelfiesDecoder.defaults();

  private String decodeCanonical(String selfies) {
    return CanonicalSmiles.of(decoder.decode(selfies));
  }

  @Test
  void encodesLikeTheSelfiesLibrary() {
    assertEquals("[C][=C][C][=C][C][=C][Ring1][=Branch1]", encoder.encode(Fixtures.smiles("C1=CC=CC=C1")));
    assertEquals("[C][C][=Branch1][C][=O][O][C][=C][C][=C][C][=C][Ring1][=Branch1][C][Branch1][C][O][=O]",
        encoder.encode(Fixtures.smiles("CC(=O)OC1=CC=CC=C1C(O)=O")));
    assertEquals("[C][N+1][=Branch1][C][=O][O-1]", encoder.encode(Fixtures.smiles("C[N+](=O)[O-]")));
  }

  /** Derivations worked by hand from the rules in SelfiesDecoder's class comment. */
  @ParameterizedTest
  @CsvSource(delimiter = ' ', value = {
      "[F][=C][=C][#N] FC=C=N",          // X0 -> F X1 -> FC X3 -> FC=C X2 -> FC=C=N (the documented example)
      "[C][#C][#C] C#CC",                // the third carbon gets min(3, 1, 4) = 1
      "[F][F][C] FF",                    // state 0 after F-F ends the derivation
      "[F][Branch1][C][Cl] FCCl",        // a branch at X1 is ignored; its index symbol is read as an atom
      "[C][C][Ring1][C] C=C",            // a ring onto an existing bond raises its order
      "[O][=O][=O] O=O",                 // oxygen has nothing left for the third atom
      "[C][Branch1][C][O][N] OCN",       // branch of Q+1 = 1 symbol, then the main chain
      "[Ring1][C][Branch1][Ring1][O][C][C] CCOC",   // ring ignored at X0; branch Q=1 holds [O][C]; then [C] on the first C
      "[nop][C][nop][O] CO"})
  void decodesByThePaperRules(String selfies, String smiles) {
    assertEquals(CanonicalSmiles.of(Fixtures.smiles(smiles)), decodeCanonical(selfies), selfies);
  }

  @Test
  void stringsWithoutAtomsDecodeToTheEmptyMolecule() {
    assertEquals(0, decoder.decode("").getAtomCount());
    assertEquals(0, decoder.decode("[Branch1][Ring2][nop]").getAtomCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"C[NH3+]", "[NH4+]", "CC(=O)[O-]", "C[S+](C)C", "[CH2-]C#N", "CS(=O)(=O)O", "OP(=O)(O)O", "C1CC2CCC1C2",
      "[Na+]", "C=[N+]=[N-]", "B(O)(O)C1=CC=CC=C1", "C[Si](C)(C)C", "[SH2]", "C1=CC=C2C=C3C=CC=CC3=CC2=C1", "N#CC#N", "O=C=O"})
  void roundTripsKeepTheMolecule(String smiles) {
    IAtomContainer m = Fixtures.smiles(smiles);
    String selfies = encoder.encode(m);
    assertEquals(CanonicalSmiles.of(m), decodeCanonical(selfies), smiles + " -> " + selfies);
  }

  @Test
  void canonicalOrderGivesOneStringPerMolecule() {
    SelfiesEncoder canonical = encoder.withOrder(AtomOrder.CANONICAL);
    String a = canonical.encode(Fixtures.smiles("OC1=CC=CC=C1CN"));
    String b = canonical.encode(Fixtures.smiles("NCC1=CC=CC=C1O"));
    assertEquals(a, b);
    assertTrue(!encoder.encode(Fixtures.smiles("OC1=CC=CC=C1CN")).equals(encoder.encode(Fixtures.smiles("NCC1=CC=CC=C1O"))));
    assertEquals(CanonicalSmiles.of(Fixtures.smiles("NCC1=CC=CC=C1O")), decodeCanonical(a));
  }

  @ParameterizedTest
  @CsvSource({"CN(=O)=O,VALENCE_ABOVE_CONSTRAINT", "[Fe],NO_CONSTRAINT", "CC.O,MULTIPLE_FRAGMENTS", "[13CH4],ISOTOPE",
      "*C,PSEUDO_ATOM", "'',EMPTY"})
  void refusesWhatItCannotEncodeAndSaysWhy(String smiles, Unencodable reason) {
    IAtomContainer m = Fixtures.smiles(smiles);
    Optional<EncodingFailure> failure = encoder.check(m);
    assertEquals(reason, failure.orElseThrow().reason());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> encoder.encode(m));
    assertTrue(e.getMessage().contains(reason.name()), e.getMessage());
  }

  @Test
  void hypervalentAtomsEncodeOnceTheConstraintAllowsThem() {
    SemanticConstraints hyper = SemanticConstraints.defaults().with("N", 0, 5);
    IAtomContainer nitro = Fixtures.smiles("CN(=O)=O");
    String selfies = new SelfiesEncoder(hyper, AtomOrder.INPUT).encode(nitro);
    assertEquals(CanonicalSmiles.of(nitro), CanonicalSmiles.of(new SelfiesDecoder(hyper).decode(selfies)));
    assertEquals("[C][N][=Branch1][C][=O][=O]", selfies);
    assertEquals(CanonicalSmiles.of(Fixtures.smiles("CN(O)O")), decodeCanonical(selfies),
        "under the default N capacity 3 the same string clamps both N=O bonds to single");
  }

  @Test
  void decoderRefusesSymbolsOutsideTheConstraints() {
    assertThrows(IllegalArgumentException.class, () -> decoder.decode("[C][Fe]"));
    assertThrows(IllegalArgumentException.class, () -> decoder.decode("[C][CH5]"));
    assertThrows(IllegalArgumentException.class, () -> decoder.decode("[C][Xx]"));
  }
}
