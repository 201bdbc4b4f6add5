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

/** Probe: share of faithful designs, and their closeness, per target. */
public final class FaithfulnessProbe {
  private FaithfulnessProbe() {}

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
        int ok = 0, inAll = 0, inOk = 0, gapRows = 0;
        double sumAll = 0, sumOk = 0;
        Set<String> uniqOk = new HashSet<>();
        for (int[] row : rows) {
          boolean f = check.faithful(row);
          if (FaithfulRows.length(row) < 0) gapRows++;
          DecodedMolecule m = DecodedMolecule.decode(d.representation().alphabet().decode(row), decoder, logP);
          if (!m.valid()) continue;
          boolean in = Math.abs(m.logP() - t) <= 0.5;
          sumAll += m.logP();
          if (in) inAll++;
          if (f) {
            ok++;
            sumOk += m.logP();
            if (in) inOk++;
            uniqOk.add(m.smiles());
          }
        }
        System.out.printf(Locale.ROOT, "target %4.1f  faithful %5.1f%% (gap rows %5.1f%%)  within0.5 all %5.1f%% faithful %5.1f%%  mean all %5.2f faithful %5.2f  uniq faithful %5.1f%%%n",
            t, 100.0 * ok / n, 100.0 * gapRows / n, 100.0 * inAll / n, 100.0 * inOk / Math.max(ok, 1), sumAll / n, sumOk / Math.max(ok, 1),
            100.0 * uniqOk.size() / Math.max(ok, 1));
      }
    }
  }
}
