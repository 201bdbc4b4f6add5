package org.inversesuite.molecules.example;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.molecules.design.Condition;
import org.inversesuite.molecules.design.DesignerStore;
import org.inversesuite.molecules.design.Example;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.design.MoleculeSet;
import org.inversesuite.molecules.design.SelfiesRepresentation;
import org.inversesuite.molecules.evaluation.DecodedMolecule;
import org.inversesuite.molecules.forward.SymbolCountRegressor;
import org.inversesuite.molecules.io.SmilesFileReader;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.logp.LogPMethod;
import org.inversesuite.molecules.selfies.Selfies;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * Where a designer loses its condition (docs/molecules.md, "Does the raw cINN follow its condition?").
 * Not a test: a program, kept with the tests so that it compiles against the current API.
 *
 * <p>The flow's own belief about y is its posterior under a flat prior on a grid,
 * \( \hat y(x) = \sum_k y_k\, p(x \mid y_k) / \sum_k p(x \mid y_k) \), y_k = −3, −2.75, …, 8.
 * It prints ŷ against the true logP for held-out and training molecules, then for designs at
 * targets −1, 1, 3, 5: ŷ of the continuous designs, ŷ of their decoded symbols dequantised
 * again, the ridge symbol-count logP of the decoded symbols, the real Wildman–Crippen logP, and
 * the symbols and heavy atoms per design next to those of training molecules near the target.
 *
 * <p>Run from the repository root after {@code mvn -q package -DskipTests}:
 * {@code java -cp "cli/target/inverse/lib/*:molecules/target/test-classes"
 * org.inversesuite.molecules.example.ConditionDiagnostic runs/molecules ../shared/data/molecules/nci_first_5K.smi 300}
 */
public final class ConditionDiagnostic {
  private ConditionDiagnostic() {}

  private static double[] grid() {
    double[] g = new double[45];
    for (int i = 0; i < g.length; i++) {
      g[i] = -3 + 0.25 * i;
    }
    return g;
  }

  /** @return ŷ(x) per row */
  static double[] posteriorMean(MoleculeDesigner d, Matrix x) {
    double[] g = grid();
    int n = x.rows();
    double[][] lp = new double[g.length][];
    for (int k = 0; k < g.length; k++) {
      Matrix y = Matrix.zeros(Precision.FLOAT64, n, 1);
      for (int r = 0; r < n; r++) {
        y.set(r, g[k]);
      }
      lp[k] = d.cinn().logDensity(x, y);
    }
    double[] out = new double[n];
    for (int r = 0; r < n; r++) {
      double m = Double.NEGATIVE_INFINITY;
      for (double[] l : lp) {
        m = Math.max(m, l[r]);
      }
      double s = 0;
      double sy = 0;
      for (int k = 0; k < g.length; k++) {
        double w = Math.exp(lp[k][r] - m);
        s += w;
        sy += w * g[k];
      }
      out[r] = sy / s;
    }
    return out;
  }

  private static String agreement(double[] truth, double[] est) {
    int n = truth.length;
    double mt = mean(truth);
    double me = mean(est);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    double mae = 0;
    for (int i = 0; i < n; i++) {
      sxy += (truth[i] - mt) * (est[i] - me);
      sxx += (truth[i] - mt) * (truth[i] - mt);
      syy += (est[i] - me) * (est[i] - me);
      mae += Math.abs(truth[i] - est[i]);
    }
    return String.format(Locale.ROOT, "r %.3f, slope %.3f, MAE %.3f", sxy / Math.sqrt(sxx * syy), sxy / sxx, mae / n);
  }

  private static double mean(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s / a.length;
  }

  /**
   * @param args model folder, the training SMILES file, designs per target
   */
  public static void main(String[] args) {
    MoleculeDesigner d = DesignerStore.load(Path.of(args[0]).resolve("model.inn"), 2);
    SelfiesRepresentation rep = d.representation();
    int n = Integer.parseInt(args[2]);
    Set<String> trained = new HashSet<>();
    d.training().forEach(e -> trained.add(e.smiles()));
    MoleculeSet all = MoleculeSet.of(SmilesFileReader.defaults().read(Path.of(args[1])), Condition.LOGP,
        LogPMethod.WILDMAN_CRIPPEN.newCalculator()).withMaxLength(rep.width());
    List<Example> heldOut = all.examples().stream().filter(e -> !trained.contains(e.smiles())).toList();
    List<Example> someTraining = new ArrayList<>(d.training());
    Collections.shuffle(someTraining, new Random(3));
    Rng rng = new Rng(7);
    for (List<Example> es : List.of(heldOut, someTraining.subList(0, 300))) {
      Matrix x = Matrix.zeros(Precision.FLOAT64, es.size(), rep.dimension());
      double[] truth = new double[es.size()];
      for (int i = 0; i < es.size(); i++) {
        rep.dequantise(rep.tokens(es.get(i).selfies()), rng, x, i);
        truth[i] = es.get(i).logP();
      }
      System.out.println((es == heldOut ? "held-out" : "training") + " molecules (" + es.size() + "): flow posterior mean vs logP: "
          + agreement(truth, posteriorMean(d, x)));
    }
    SelfiesDecoder decoder = SelfiesDecoder.defaults();
    LogPCalculator logP = LogPMethod.WILDMAN_CRIPPEN.newCalculator();
    SymbolCountRegressor ridge = SymbolCountRegressor.fit(rep.alphabet(), d.training(), 1.0);
    for (double target : new double[] {-1, 1, 3, 5}) {
      double symbols = 0;
      double atoms = 0;
      int near = 0;
      for (Example e : d.training()) {
        if (Math.abs(e.logP() - target) < 0.5) {
          near++;
          symbols += e.selfies().size();
          atoms += DecodedMolecule.decode(Selfies.join(e.selfies()), decoder, logP).molecule().getAtomCount();
        }
      }
      Matrix x = d.cinn().sample(new double[] {target}, n, new Rng((long) (100 + target)));
      Matrix again = Matrix.zeros(Precision.FLOAT64, n, rep.dimension());
      double[] real = new double[n];
      double designSymbols = 0;
      double designAtoms = 0;
      double ridgeSum = 0;
      for (int r = 0; r < n; r++) {
        int[] tokens = rep.decodeTokens(x, r);
        rep.dequantise(tokens, rng, again, r);
        String selfies = rep.alphabet().decode(tokens);
        DecodedMolecule m = DecodedMolecule.decode(selfies, decoder, logP);
        real[r] = m.logP();
        designAtoms += m.molecule() == null ? 0 : m.molecule().getAtomCount();
        List<String> s = Selfies.split(selfies);
        designSymbols += s.size();
        ridgeSum += ridge.predict(s);
      }
      System.out.printf(Locale.ROOT, "target %.0f: flow posterior mean of designs %.2f, of decoded designs %.2f; ridge logP %.2f;"
          + " real logP %.2f; symbols %.1f, heavy atoms %.1f (training within 0.5: %d molecules, %.1f symbols, %.1f atoms)%n",
          target, mean(posteriorMean(d, x)), mean(posteriorMean(d, again)), ridgeSum / n, mean(real), designSymbols / n,
          designAtoms / n, near, symbols / near, atoms / near);
    }
    d.close();
  }
}
