import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.DesignDataset;
import org.inversesuite.airfoil.design.DesignSurrogate;
import org.inversesuite.airfoil.surrogate.MlpSurrogate;
import org.inversesuite.core.baseline.NetworkRecipe;

/**
 * MLP surrogate recipes side by side on one data set: held-out median errors, fit time, and the
 * solver calls the cINN's search would spend if it ordered the solved proposals of
 * AirfoilSurrogateMisses.java rows by that surrogate (the replay of airfoil_surrogate_misses.py:
 * the first proposal meeting both tolerances ends the search; none of the K counts K + 1).
 *
 * <pre>
 *   java --add-modules=jdk.incubator.vector -cp "cli/target/inverse/lib/*" \
 *     docs/scripts/AirfoilSurrogateRecipes.java DATA_DIR MISSES.csv... -- STEPS,BATCH,LR,WIDTH,DEPTH[,MEMBERS] ...
 * </pre>
 */
public class AirfoilSurrogateRecipes {
  record Row(int target, double clT, double ldT, double[] in, boolean usable, double cl, double cd) {}

  public static void main(String[] a) throws Exception {
    DesignDataset data = DesignDataset.read(Path.of(a[0]));
    List<List<Row>> targets = new ArrayList<>();
    int i = 1;
    for (; !a[i].equals("--"); i++) {
      List<String> lines = Files.readAllLines(Path.of(a[i]));
      List<String> head = List.of(lines.get(0).split(","));
      int x0 = head.indexOf("x0");
      List<Row> current = null;
      int last = -1;
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",");
        int t = Integer.parseInt(f[head.indexOf("target")]);
        if (t != last) {
          current = new ArrayList<>();
          targets.add(current);
          last = t;
        }
        double[] in = new double[f.length - x0 + 2];
        for (int j = x0; j < f.length; j++) {
          in[j - x0] = Double.parseDouble(f[j]);
        }
        in[in.length - 2] = Double.parseDouble(f[head.indexOf("alpha")]);
        in[in.length - 1] = Math.log10(Double.parseDouble(f[head.indexOf("reynolds")]));
        current.add(new Row(t, Double.parseDouble(f[head.indexOf("cl_target")]),
            Double.parseDouble(f[head.indexOf("ld_target")]), in, f[head.indexOf("usable")].equals("1"),
            Double.parseDouble(f[head.indexOf("cl")]), Double.parseDouble(f[head.indexOf("cd")])));
      }
    }
    System.out.println("recipe (steps, batch, lr, width, depth, members) | held-out median |dCl|, |d(L/D)| (first "
        + "member) | fit s | replayed calls: mean, targets over 1 call, largest | rms on the solved proposals: "
        + "C_l, ln C_d");
    for (i++; i < a.length; i++) {
      String[] p = a[i].split(",");
      int members = p.length > 5 ? Integer.parseInt(p[5]) : 1;
      long start = System.nanoTime();
      List<MlpSurrogate> ensemble = new ArrayList<>();
      for (int m = 0; m < members; m++) {
        ensemble.add(DesignSurrogate.fitMlp(data, new NetworkRecipe(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
            Double.parseDouble(p[2]), Integer.parseInt(p[3]), Integer.parseInt(p[4]), 1 + m)).orElseThrow());
      }
      double seconds = (System.nanoTime() - start) * 1e-9;
      int calls = 0;
      int over = 0;
      int largest = 0;
      double sl = 0;
      double sd = 0;
      int n = 0;
      for (List<Row> rows : targets) {
        double[][] in = rows.stream().map(Row::in).toArray(double[][]::new);
        double[] cl = new double[in.length];
        double[] logCd = new double[in.length];
        for (MlpSurrogate s : ensemble) {
          double[][] pr = s.predict(in);
          for (int k = 0; k < in.length; k++) {
            cl[k] += pr[k][0] / members;
            logCd[k] += Math.log(pr[k][0] / pr[k][1]) / members;
          }
        }
        Integer[] order = new Integer[in.length];
        double[] score = new double[in.length];
        for (int k = 0; k < in.length; k++) {
          order[k] = k;
          Row r = rows.get(k);
          score[k] = Math.max(Math.abs(cl[k] - r.clT()) / 0.02,
              Math.abs(cl[k] / Math.exp(logCd[k]) - r.ldT()) / (0.03 * Math.abs(r.ldT())));
          if (r.usable()) {
            sl += Math.pow(r.cl() - cl[k], 2);
            sd += Math.pow(Math.log(r.cd()) - logCd[k], 2);
            n++;
          }
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(score[x], score[y]));
        int c = in.length + 1;
        for (int k = 0; k < order.length; k++) {
          Row r = rows.get(order[k]);
          if (r.usable() && Math.max(Math.abs(r.cl() - r.clT()) / 0.02,
              Math.abs(r.cl() / r.cd() - r.ldT()) / (0.03 * Math.abs(r.ldT()))) <= 1) {
            c = k + 1;
            break;
          }
        }
        calls += c;
        over += c > 1 ? 1 : 0;
        largest = Math.max(largest, c);
      }
      MlpSurrogate first = ensemble.get(0);
      System.out.printf(Locale.ROOT, "%s | %.4f, %.2f %% | %.1f | %.3f, %d, %d | %.4f, %.4f%n", a[i],
          first.validationClError(), 100 * first.validationLiftToDragError(), seconds,
          calls / (double) targets.size(), over, largest, Math.sqrt(sl / n), Math.sqrt(sd / n));
    }
  }
}
