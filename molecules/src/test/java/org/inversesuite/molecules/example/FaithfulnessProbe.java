package org.inversesuite.molecules.example;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.DesignerStore;
import org.inversesuite.molecules.design.FaithfulRows;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.evaluation.DecodedMolecule;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * How many of a designer's designs are faithful rows ({@link FaithfulRows}), and how close the
 * faithful ones land (docs/molecules.md, "Faithful rows"). Not a test: a program, kept with the
 * tests so that it compiles against the current API. For each target −1 … 5 it draws n rows at
 * temperature T and prints the share of faithful rows, of rows with padding between symbols, the
 * share within ±0.5 and the mean logP of all designs and of the faithful ones, and the uniqueness
 * of the faithful ones.
 *
 * <p>Run from the repository root after {@code mvn -q package -DskipTests}:
 * {@code java --add-modules jdk.incubator.vector -cp "cli/target/inverse/lib/*:molecules/target/test-classes"
 * org.inversesuite.molecules.example.FaithfulnessProbe runs/molecules/model.inn 500 1.0}
 */
public final class FaithfulnessProbe {
  private FaithfulnessProbe() {}

  /** @param args model file, n per target, optional temperature (default 1) */
  public static void main(String[] args) {
    Path model = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    double temperature = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
    LogPCalculator logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    try (MoleculeDesigner d = DesignerStore.load(model, 2)) {
      FaithfulRows check = new FaithfulRows(d.representation().alphabet(), decoder);
      for (double t : new double[] {-1, 0, 1, 2, 3, 4, 5}) {
        List<int[]> rows = d.sampleRows(new double[] {t}, n, temperature, new Rng((long) (1000 + t)));
        int ok = 0;
        int inAll = 0;
        int inOk = 0;
        int gapRows = 0;
        double sumAll = 0;
        double sumOk = 0;
        Set<String> uniqOk = new HashSet<>();
        for (int[] row : rows) {
          boolean f = check.faithful(row);
          if (FaithfulRows.length(row) < 0) {
            gapRows++;
          }
          DecodedMolecule m = DecodedMolecule.decode(d.representation().alphabet().decode(row), decoder, logP);
          if (!m.valid()) {
            continue;
          }
          boolean in = Math.abs(m.logP() - t) <= 0.5;
          sumAll += m.logP();
          if (in) {
            inAll++;
          }
          if (f) {
            ok++;
            sumOk += m.logP();
            if (in) {
              inOk++;
            }
            uniqOk.add(m.smiles());
          }
        }
        System.out.printf(Locale.ROOT, "target %4.1f  faithful %5.1f%% (inner padding %5.1f%%)  within ±0.5: all %5.1f%%,"
            + " faithful %5.1f%%  mean logP: all %5.2f, faithful %5.2f  uniqueness of faithful %5.1f%%%n", t, 100.0 * ok / n,
            100.0 * gapRows / n, 100.0 * inAll / n, 100.0 * inOk / Math.max(ok, 1), sumAll / n, sumOk / Math.max(ok, 1),
            100.0 * uniqOk.size() / Math.max(ok, 1));
      }
    }
  }
}
