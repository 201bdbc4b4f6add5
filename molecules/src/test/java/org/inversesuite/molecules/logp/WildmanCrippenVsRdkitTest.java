package org.inversesuite.molecules.logp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.molecules.Fixtures;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Validates {@link WildmanCrippenLogP} against RDKit's MolLogP on every NCI record (the fixture
 * nci_first_5K_rdkit_mollogp.csv, made once by rdkit_mollogp.py). Both score the record as
 * written, salts included. Targets: mean absolute difference at most 0.05 and at least 98% of
 * the molecules within 0.1, over the records both toolkits parse.
 */
class WildmanCrippenVsRdkitTest {
  @Test
  void agreesWithRdkitMolLogPOnTheNciSet() throws InvalidSmilesException {
    SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
    WildmanCrippenLogP crippen = WildmanCrippenLogP.create();
    List<String> rows = Fixtures.lines(Fixtures.NCI_5K_RDKIT);
    assertEquals("id,smiles,rdkit_mollogp", rows.get(0));
    List<String> rdkitFailed = new ArrayList<>();
    List<String> outliers = new ArrayList<>();
    int compared = 0;
    int within = 0;
    double sumAbs = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cell = row.split(",", -1);
      if (cell[2].isEmpty()) {
        rdkitFailed.add(cell[0]);
        continue;
      }
      IAtomContainer molecule = parser.parseSmiles(cell[1]);
      double difference = Math.abs(crippen.logP(molecule) - Double.parseDouble(cell[2]));
      compared++;
      sumAbs += difference;
      if (difference <= 0.1) {
        within++;
      } else {
        outliers.add(cell[0] + String.format(" (%.3f)", difference));
      }
    }
    double mad = sumAbs / compared;
    double fraction = within / (double) compared;
    System.out.printf("Wildman-Crippen vs RDKit MolLogP: %d compared, MAD %.4f, %.2f%% within 0.1;"
        + " RDKit could not parse ids %s (CDK parses all); outside 0.1: %s%n", compared, mad, 100 * fraction, rdkitFailed, outliers);
    assertEquals(4999, compared + rdkitFailed.size());
    assertEquals(List.of("1838", "2110", "3249", "3432", "4563", "4651"), rdkitFailed);
    assertTrue(mad <= 0.05, "MAD " + mad);
    assertTrue(fraction >= 0.98, "within 0.1: " + fraction);
  }
}
