import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.inn.EightModes;
import org.inversesuite.core.inn.Inn;
import org.inversesuite.core.inn.InnConfig;
import org.inversesuite.core.inn.InnTraining;
import org.inversesuite.core.inn.MmdKernel;
import org.inversesuite.core.inn.ModeCoverage;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Ablation driver of the INN on the 8-mode toy (docs/inn.md, "Side by side with PyTorch"): trains
 * InnConfig.eightModes() (or InnConfig.eightModesToy() with -Dtoy=true) with fields overridden by
 * system properties (z, D, couplings, width, layers (hidden layers per subnet), clamp, fit, lat, back, rec, pad, ml, ynoise, znoise, batch,
 * ramp, lr, decay, seed, padnoise, bw / fw = inverse / forward kernel widths; final, finalbatch, finallr = a final stage
 * of that many steps at that batch and learning rate (decaying to finallr · finaldecay), inverse MMD at full
 * weight, in chunks of `chunk` steps
 * evaluated after each, Adam restarting per chunk; evalfirst=true evaluates the first stage too),
 * prints the share of each label's posterior samples farther than 0.6 from all its modes with the
 * clean one-hot y and with y + 0.1 noise (eval samples per label, default 2000, for each seed of the
 * comma-separated evalseeds, default 7), the own-mode counts and spreads, the standard deviation of every forward output column,
 * and writes the clean-y samples to {dump}-label{l}.csv. After `mvn -o -q package -DskipTests`:
 *
 *   nice -n 10 java --add-modules=jdk.incubator.vector -cp 'cli/target/inverse/lib/*' \
 *       -DD=16 -Drec=3 -Dpad=0 -Ddecay=1 -Ddump=/tmp/fr-some docs/scripts/InnToy8Variant.java SOME 1000
 */
public class InnToy8Variant {
  public static void main(String[] args) throws Exception {
    EightModes.Labels labels = EightModes.Labels.valueOf(args[0]);
    int steps = Integer.parseInt(args[1]);
    InnConfig d0 = Boolean.getBoolean("toy") ? InnConfig.eightModesToy() : InnConfig.eightModes();
    BiFunction<String, Double, Double> prop = (k, v) -> Double.parseDouble(System.getProperty(k, "" + v));
    List<MmdKernel> bk = widths("bw", d0.backwardKernels());
    List<MmdKernel> fk = widths("fw", d0.forwardKernels());
    InnConfig c = new InnConfig(2, 8, prop.apply("z", (double) d0.zDimension()).intValue(),
        prop.apply("D", (double) d0.totalDimension()).intValue(),
        prop.apply("couplings", (double) d0.couplings()).intValue(),
        prop.apply("width", (double) d0.hiddenWidth()).intValue(),
        prop.apply("layers", (double) d0.hiddenLayers()).intValue(), prop.apply("clamp", d0.clamp()),
        prop.apply("fit", d0.lambdaFit()),
        prop.apply("lat", d0.lambdaLatent()), prop.apply("back", d0.lambdaBackward()),
        prop.apply("rec", d0.lambdaReconstruct()), prop.apply("pad", d0.lambdaPadding()),
        prop.apply("ml", d0.lambdaLikelihood()), prop.apply("ynoise", d0.yNoise()), prop.apply("padnoise", d0.padNoise()),
        prop.apply("znoise", d0.zNoise()), fk, bk, prop.apply("batch", (double) d0.batchSize()).intValue(), steps,
        prop.apply("ramp", d0.rampStart()), prop.apply("lr", d0.learningRate()), prop.apply("decay", d0.finalDecay()),
        d0.weightDecay(), prop.apply("seed", (double) d0.seed()).longValue());
    System.out.println(c);
    EightModes toy = new EightModes(labels);
    long t0 = System.nanoTime();
    Inn loaded = null;
    if (System.getProperty("load") != null) {
      // a saved network (-Dsave of an earlier run): evaluate it, or with final > 0 run only the final stage on it
      loaded = new Inn(InnTraining.build(c, Precision.FLOAT32), c);
      List<String> values = Files.readAllLines(Path.of(System.getProperty("load")));
      Matrix v = loaded.flow().parameters().values();
      if (values.size() != v.size()) {
        throw new IllegalArgumentException("saved network has " + values.size() + " parameters, the config " + v.size());
      }
      for (int i = 0; i < v.size(); i++) {
        v.set(i, Double.parseDouble(values.get(i)));
      }
      if (Integer.getInteger("final", 0) == 0) {
        evaluate(loaded, labels, System.getProperty("dump", "toy8-variant"));
        if (Boolean.getBoolean("zmap")) {
          zMap(loaded, labels, System.getProperty("dump", "toy8-variant"));
        }
        return;
      }
    }
    Inn inn = loaded != null ? loaded : InnTraining.train(c, toy, Precision.FLOAT32, p -> {
      if (p.step() % 100 == 0) {
        System.out.printf(Locale.ROOT, "step %d fit %.4f latent %.4f rec %.4f back %.4f pad %.4f ml %.4f (%.0f s)%n",
            p.step(), p.fit(), p.latent(), p.reconstruct(), p.backward(), p.padding(), p.likelihood(),
            (System.nanoTime() - t0) / 1e9);
      }
    });
    int finalSteps = Integer.getInteger("final", 0);
    int chunk = Integer.getInteger("chunk", Math.max(1, finalSteps));
    String dump = System.getProperty("dump", "toy8-variant");
    if (finalSteps > 0 && Boolean.getBoolean("evalfirst")) {
      System.out.println("after the first stage:");
      evaluate(inn, labels, dump + "-first");
    }
    if (finalSteps > 0) {
      // the final stage in chunks of `chunk` steps, evaluated after each; chunk k restarts Adam and
      // draws from seed + k (chunk 0 is the preset's final stage, step for step)
      for (int k = 0; k * chunk < finalSteps; k++) {
        int len = Math.min(chunk, finalSteps - k * chunk);
        InnConfig f = c.finalStage(len, Integer.getInteger("finalbatch", 1600), prop.apply("finallr", 1e-3));
        InnConfig stage = new InnConfig(f.xDimension(), f.yDimension(), f.zDimension(), f.totalDimension(),
            f.couplings(), f.hiddenWidth(), f.hiddenLayers(), f.clamp(), f.lambdaFit(), f.lambdaLatent(),
            f.lambdaBackward(), f.lambdaReconstruct(), f.lambdaPadding(), f.lambdaLikelihood(), f.yNoise(),
            f.padNoise(), f.zNoise(), f.forwardKernels(), f.backwardKernels(), f.batchSize(), f.steps(),
            f.rampStart(), f.learningRate(), prop.apply("finaldecay", 1.0), f.weightDecay(),
            Long.getLong("stageseed", f.seed()) + k);
        System.out.println("final stage chunk " + k + ": " + stage);
        long t1 = System.nanoTime();
        inn = InnTraining.continueTraining(inn, stage, toy, p -> {
          if (p.step() % 20 == 0) {
            System.out.printf(Locale.ROOT, "final step %d fit %.4f latent %.4f rec %.4f back %.4f (%.0f s)%n",
                p.step(), p.fit(), p.latent(), p.reconstruct(), p.backward(), (System.nanoTime() - t1) / 1e9);
          }
        });
        if (k * chunk + len < finalSteps) {
          System.out.println("after " + (k * chunk + len) + " final steps:");
          evaluate(inn, labels, dump + "-f" + (k * chunk + len));
        }
      }
      System.out.println("after " + finalSteps + " final steps:");
    }
    if (System.getProperty("save") != null) {
      StringBuilder values = new StringBuilder();
      Matrix v = inn.flow().parameters().values();
      for (int i = 0; i < v.size(); i++) {
        values.append(v.get(i)).append('\n');
      }
      Files.writeString(Path.of(System.getProperty("save")), values);
    }
    evaluate(inn, labels, dump);
    if (Boolean.getBoolean("zmap")) {
      zMap(inn, labels, dump);
    }
    Rng rng = new Rng(11);
    int n = 4000;
    int d = c.totalDimension();
    Matrix xs = toy.sample(n, new Rng(9)).x();
    Matrix padded = Matrix.zeros(Precision.FLOAT32, n, d);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        padded.set(r, j, j < 2 ? xs.get(r, j) : c.padNoise() * rng.gaussian());
      }
    }
    Matrix out = padded.like(n, d);
    inn.flow().forward(padded, null, out, new double[n],
        new Workspace(inn.flow().parameters(), Kernels.FASTEST.create(Precision.FLOAT32)));
    StringBuilder sd = new StringBuilder("forward output sd per column:");
    for (int j = 0; j < d; j++) {
      double m = 0;
      double q = 0;
      for (int r = 0; r < n; r++) {
        m += out.get(r, j) / n;
        q += out.get(r, j) * out.get(r, j) / n;
      }
      sd.append(String.format(Locale.ROOT, " %.3f", Math.sqrt(q - m * m)));
    }
    System.out.println(sd);
  }

  /**
   * Prints the between-modes share per label (clean y, and y + 0.1 noise with the first seed) for
   * {@code eval} samples per label and every seed of {@code evalseeds}, the own-mode counts and
   * spreads of the first seed, and dumps its clean-y samples.
   */
  private static void evaluate(Inn inn, EightModes.Labels labels, String dump) throws Exception {
    int n = Integer.getInteger("eval", 2000);
    String[] seeds = System.getProperty("evalseeds", "7").split(",");
    for (int si = 0; si < seeds.length; si++) {
      Rng rng = new Rng(Long.parseLong(seeds[si]));
      for (double noise : si == 0 ? new double[] {0, 0.1} : new double[] {0}) {
        StringBuilder s = new StringBuilder("between, seed " + seeds[si] + ", " + n + " samples, y noise " + noise + ":");
        for (int label : labels.used()) {
          Matrix y = Matrix.zeros(Precision.FLOAT64, n, 8);
          for (int r = 0; r < n; r++) {
            for (int j = 0; j < 8; j++) {
              y.set(r, j, (j == label ? 1 : 0) + noise * rng.gaussian());
            }
          }
          Matrix x = inn.sampleEach(y, rng);
          if (noise == 0 && si == 0) {
            StringBuilder csv = new StringBuilder();
            for (int r = 0; r < x.rows(); r++) {
              csv.append(x.get(r, 0)).append(',').append(x.get(r, 1)).append('\n');
            }
            Files.writeString(Path.of(dump + "-label" + label + ".csv"), csv);
            int[] counts = ModeCoverage.counts(x, 0.6);
            StringBuilder m = new StringBuilder("  label " + label + " own modes (count, sd x1/x2):");
            for (int mode = 0; mode < counts.length; mode++) {
              if (labels.of(mode) == label) {
                double[] sd = ModeCoverage.spread(x, mode, 0.6);
                m.append(String.format(Locale.ROOT, " %d %.2f/%.2f;", counts[mode], sd[0], sd[1]));
              }
            }
            System.out.println(m);
          }
          s.append(String.format(Locale.ROOT, " %.4f", ModeCoverage.outsideFraction(x, labels, label, 0.6)));
        }
        System.out.println(s);
      }
    }
  }

  /**
   * Where in the latent plane the between-modes samples of label 0 come from: samples x = f⁻¹([z, 0, y])
   * for {@code eval} draws z ~ N(0, I), the between share per |z| ring, the median largest singular
   * value of dx/dz (central differences, step 0.01) between the modes and on them, and
   * {dump}-zmap.csv with z1, z2, the own mode within 0.6 (-1: between) and that singular value.
   */
  private static void zMap(Inn inn, EightModes.Labels labels, String dump) throws Exception {
    int n = Integer.getInteger("eval", 2000);
    int label = labels.used()[0];
    int d = inn.config().totalDimension();
    int yCol = d - inn.config().yDimension();
    Rng rng = new Rng(5);
    double[][] z = new double[n][2];
    for (double[] row : z) {
      row[0] = rng.gaussian();
      row[1] = rng.gaussian();
    }
    double h = 0.01;
    double[][][] x = new double[5][][];
    double[][] shift = {{0, 0}, {h, 0}, {-h, 0}, {0, h}, {0, -h}};
    Workspace ws = new Workspace(inn.flow().parameters(), Kernels.FASTEST.create(inn.flow().parameters().precision()));
    for (int k = 0; k < 5; k++) {
      Matrix w = Matrix.zeros(inn.flow().parameters().precision(), n, d);
      for (int r = 0; r < n; r++) {
        w.set(r, 0, z[r][0] + shift[k][0]);
        w.set(r, 1, z[r][1] + shift[k][1]);
        w.set(r, yCol + label, 1);
      }
      Matrix out = w.like(n, d);
      inn.flow().inverse(w, null, out, new double[n], ws);
      x[k] = new double[n][2];
      for (int r = 0; r < n; r++) {
        x[k][r][0] = out.get(r, 0);
        x[k][r][1] = out.get(r, 1);
      }
    }
    double[] edges = {0, 1, 2, 3, Double.POSITIVE_INFINITY};
    int[] total = new int[4];
    int[] between = new int[4];
    List<Double> sBetween = new ArrayList<>();
    List<Double> sOn = new ArrayList<>();
    StringBuilder csv = new StringBuilder("z1,z2,mode,sigma_max\n");
    for (int r = 0; r < n; r++) {
      double a = (x[1][r][0] - x[2][r][0]) / (2 * h);
      double c = (x[1][r][1] - x[2][r][1]) / (2 * h);
      double b = (x[3][r][0] - x[4][r][0]) / (2 * h);
      double e = (x[3][r][1] - x[4][r][1]) / (2 * h);
      // largest singular value of [[a, b], [c, e]]
      double t = a * a + b * b + c * c + e * e;
      double det = a * e - b * c;
      double sigma = Math.sqrt((t + Math.sqrt(Math.max(0, t * t - 4 * det * det))) / 2);
      int m = EightModes.nearestMode(x[0][r][0], x[0][r][1]);
      double dx = x[0][r][0] - EightModes.MODES[m][0];
      double dy = x[0][r][1] - EightModes.MODES[m][1];
      boolean on = labels.of(m) == label && dx * dx + dy * dy <= 0.36;
      double radius = Math.hypot(z[r][0], z[r][1]);
      int bin = 0;
      while (radius >= edges[bin + 1]) {
        bin++;
      }
      total[bin]++;
      if (!on) {
        between[bin]++;
      }
      (on ? sOn : sBetween).add(sigma);
      csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%d,%.4f%n", z[r][0], z[r][1], on ? m : -1, sigma));
    }
    Files.writeString(Path.of(dump + "-zmap.csv"), csv);
    StringBuilder s = new StringBuilder("zmap label " + label + ": between share (share of all samples) per |z| ring");
    for (int k = 0; k < 4; k++) {
      s.append(String.format(Locale.ROOT, " [%.0f,%.0f): %.4f (%.4f);", edges[k], edges[k + 1],
          between[k] / Math.max(1.0, total[k]), between[k] / (double) n));
    }
    System.out.println(s);
    System.out.printf(Locale.ROOT, "zmap median largest singular value of dx/dz: between %.2f, on the modes %.2f%n",
        median(sBetween), median(sOn));
  }

  private static double median(List<Double> v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(v);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /** Inverse multiquadric kernels h²/(h² + d) of the comma-separated widths in property {@code key}. */
  private static List<MmdKernel> widths(String key, List<MmdKernel> fallback) {
    if (System.getProperty(key) == null) {
      return fallback;
    }
    List<MmdKernel> kernels = new ArrayList<>();
    for (String w : System.getProperty(key).split(",")) {
      double h = Double.parseDouble(w);
      kernels.add(new MmdKernel(h * h, 1));
    }
    return kernels;
  }
}
