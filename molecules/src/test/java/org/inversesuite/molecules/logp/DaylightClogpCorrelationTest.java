package org.inversesuite.molecules.logp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inversesuite.molecules.Fixtures;
import org.inversesuite.molecules.io.MoleculeRecord;
import org.inversesuite.molecules.io.ReadResult;
import org.inversesuite.molecules.io.SmilesFileReader;
import org.junit.jupiter.api.Test;

/**
 * Reports how the three logP methods correlate with Daylight/BioByte ClogP (v4.71) on NCI ids
 * 1–200 (nci_first_200_props.csv). ClogP is a different, fragment-based method (Leo 1993), so
 * the test pins correlation, not equality. Molecules for which a method is undefined (JPlogP
 * has no weights for metals and some cations) are left out of all three, so the methods are
 * compared on the same molecules.
 */
class DaylightClogpCorrelationTest {
  @Test
  void allThreeMethodsCorrelateWithDaylightClogp() {
    List<String> rows = Fixtures.lines(Fixtures.NCI_200_PROPS);
    assertEquals("nci_id,smiles,daylight_clogp,clogp_nci,amw", rows.get(0));
    StringBuilder smiles = new StringBuilder();
    Map<String, Double> daylight = new HashMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cell = row.split(",");
      smiles.append(cell[1]).append('\t').append(cell[0]).append('\n');
      daylight.put(cell[0], Double.parseDouble(cell[2]));
    }
    ReadResult read = SmilesFileReader.defaults().read(Fixtures.NCI_200_PROPS, smiles.toString());
    assertEquals(200, read.molecules().size(), read.summary());

    Map<LogPMethod, LogPCalculator> calculators = new EnumMap<>(LogPMethod.class);
    for (LogPMethod m : LogPMethod.values()) {
      calculators.put(m, m.newCalculator());
    }
    Map<LogPMethod, List<Double>> predicted = new EnumMap<>(LogPMethod.class);
    calculators.keySet().forEach(m -> predicted.put(m, new ArrayList<>()));
    List<Double> reference = new ArrayList<>();
    List<String> undefined = new ArrayList<>();
    for (MoleculeRecord r : read.molecules()) {
      Map<LogPMethod, Double> values = new EnumMap<>(LogPMethod.class);
      try {
        calculators.forEach((m, c) -> values.put(m, c.logP(r.molecule())));
      } catch (IllegalArgumentException e) {
        undefined.add(r.id());
        continue;
      }
      values.forEach((m, v) -> predicted.get(m).add(v));
      reference.add(daylight.get(r.id()));
    }
    double[] y = reference.stream().mapToDouble(Double::doubleValue).toArray();
    StringBuilder report = new StringBuilder("logP vs Daylight ClogP on NCI 1-200 (" + y.length
        + " molecules; undefined for JPlogP, left out: ids " + undefined + "):");
    for (LogPMethod m : LogPMethod.values()) {
      LogPCorrelation c = LogPCorrelation.of(predicted.get(m).stream().mapToDouble(Double::doubleValue).toArray(), y);
      report.append(String.format(" %s r=%.3f MAE=%.3f RMSE=%.3f;", m, c.pearson(), c.meanAbsoluteError(), c.rootMeanSquareError()));
      assertTrue(c.pearson() >= 0.8, m + " correlation " + c.pearson());
    }
    System.out.println(report);
    assertTrue(y.length >= 195, "compared " + y.length);
  }
}
