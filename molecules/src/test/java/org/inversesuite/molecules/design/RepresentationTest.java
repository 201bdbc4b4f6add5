package org.inversesuite.molecules.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.molecules.evaluation.DecodedMolecule;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RepresentationTest {
  private static SelfiesRepresentation fit(RepresentationKind kind) {
    return TinyDesigns.config(kind, Condition.LOGP).fitRepresentation(TinyDesigns.set(Condition.LOGP));
  }

  @ParameterizedTest
  @EnumSource(RepresentationKind.class)
  void dequantisedRowsDecodeToTheirSymbols(RepresentationKind kind) {
    SelfiesRepresentation r = fit(kind);
    Rng rng = new Rng(3);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 200, r.dimension());
    int[][] tokens = new int[200][r.width()];
    boolean explicitLength = kind == RepresentationKind.LENGTH_QUANTILE;
    for (int i = 0; i < 200; i++) {
      int m = explicitLength ? 1 + rng.nextInt(r.width()) : r.width();
      for (int p = 0; p < m; p++) {
        tokens[i][p] = explicitLength ? 1 + rng.nextInt(r.alphabet().size() - 1) : rng.nextInt(r.alphabet().size());
      }
      r.dequantise(tokens[i], rng, x, i);
    }
    for (int i = 0; i < 200; i++) {
      assertArrayEquals(tokens[i], r.decodeTokens(x, i), "row " + i);
    }
  }

  @ParameterizedTest
  @EnumSource(RepresentationKind.class)
  void everyPointDecodesToAValidMolecule(RepresentationKind kind) {
    SelfiesRepresentation r = fit(kind);
    Rng rng = new Rng(5);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 300, r.dimension());
    for (int i = 0; i < x.size(); i++) {
      x.set(i, 10 * rng.gaussian());
    }
    var logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    int empty = 0;
    for (int i = 0; i < 300; i++) {
      DecodedMolecule d = DecodedMolecule.decode(r.decode(x, i), SelfiesDecoder.defaults(), logP);
      if (!d.valid()) {
        assertEquals("the string decodes to no atoms", d.problem(), "row " + i + ": " + d.selfies());
        empty++;
      }
    }
    assertTrue(empty < 300, "every row decoded to padding only");
  }

  @ParameterizedTest
  @EnumSource(RepresentationKind.class)
  void trainingMoleculesSurviveTheEncoding(RepresentationKind kind) {
    MoleculeSet set = TinyDesigns.set(Condition.LOGP);
    SelfiesRepresentation r = fit(kind);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 1, r.dimension());
    var logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    for (Example e : set.examples()) {
      r.dequantise(r.tokens(e.selfies()), new Rng(1), x, 0);
      DecodedMolecule d = DecodedMolecule.decode(r.decode(x, 0), SelfiesDecoder.defaults(), logP);
      assertEquals(e.smiles(), d.smiles(), e.id());
      assertEquals(e.logP(), d.logP(), 1e-9, e.id());
    }
  }

  @ParameterizedTest
  @EnumSource(RepresentationKind.class)
  void dimensionsFollowTheKind(RepresentationKind kind) {
    SelfiesRepresentation r = fit(kind);
    int expected = switch (kind) {
      case ONE_HOT -> r.width() * r.alphabet().size();
      case LENGTH_QUANTILE -> r.width() + 1;
      default -> r.width();
    };
    assertEquals(expected, r.dimension());
  }

  @org.junit.jupiter.api.Test
  void explicitLengthRowsHaveNoInnerPaddingAndTheirLengthFollowsTheLengthColumn() {
    LengthQuantileRepresentation r = (LengthQuantileRepresentation) fit(RepresentationKind.LENGTH_QUANTILE);
    Rng rng = new Rng(8);
    Matrix x = Matrix.zeros(Precision.FLOAT64, 400, r.dimension());
    for (int i = 0; i < x.size(); i++) {
      x.set(i, 3 * rng.gaussian());
    }
    int[] previous = null;
    for (int i = 0; i < 400; i++) {
      int[] row = r.decodeTokens(x, i);
      assertTrue(FaithfulRows.length(row) >= 1, "row " + i + " has inner padding or is empty");
    }
    Matrix probe = Matrix.zeros(Precision.FLOAT64, 1, r.dimension());
    for (int step = -40; step <= 40; step++) {
      probe.set(0, step * 0.25);
      int[] row = r.decodeTokens(probe, 0);
      if (previous != null) {
        assertTrue(FaithfulRows.length(row) >= FaithfulRows.length(previous), "the length rises with x_0");
      }
      previous = row;
    }
    assertThrows(IllegalArgumentException.class, () -> r.dequantise(new int[r.width()], rng, x, 0), "the empty row");
    int[] gap = new int[r.width()];
    gap[0] = 1;
    gap[2] = 1;
    assertThrows(IllegalArgumentException.class, () -> r.dequantise(gap, rng, x, 0), "padding between symbols");
  }

  @org.junit.jupiter.api.Test
  void ordinalOrderMustListEverySymbolWithPaddingFirst() {
    OrdinalRepresentation r = (OrdinalRepresentation) fit(RepresentationKind.ORDINAL);
    List<String> wrong = new java.util.ArrayList<>(r.order());
    java.util.Collections.swap(wrong, 0, 1);
    assertThrows(IllegalArgumentException.class, () -> new OrdinalRepresentation(r.alphabet(), wrong, r.width(), 0.9));
    assertThrows(IllegalArgumentException.class, () -> new OrdinalRepresentation(r.alphabet(), r.order(), r.width(), 1.0));
  }
}
