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
 * system properties (D, couplings, width, fit, lat, back, rec, pad, ml, ynoise, znoise, batch,
 * ramp, lr, decay, seed, padnoise, bw / fw = inverse / forward kernel widths; final, finalbatch, finallr = a final stage
 * of that many steps at that batch and learning rate, inverse MMD at full weight, in chunks of `chunk` steps
 * evaluated after each, Adam restarting per chunk),
 * prints the share of each label's posterior samples farther than 0.6 from all its modes with the
 * clean one-hot y and with y + 0.1 noise, the standard deviation of every forward output column,
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
    InnConfig c = new InnConfig(2, 8, 2, prop.apply("D", (double) d0.totalDimension()).intValue(),
        prop.apply("couplings", (double) d0.couplings()).intValue(),
        prop.apply("width", (double) d0.hiddenWidth()).intValue(), 1, 2.0, prop.apply("fit", d0.lambdaFit()),
        prop.apply("lat", d0.lambdaLatent()), prop.apply("back", d0.lambdaBackward()),
        prop.apply("rec", d0.lambdaReconstruct()), prop.apply("pad", d0.lambdaPadding()),
        prop.apply("ml", d0.lambdaLikelihood()), prop.apply("ynoise", d0.yNoise()), prop.apply("padnoise", d0.padNoise()),
        prop.apply("znoise", d0.zNoise()), fk, bk, prop.apply("batch", (double) d0.batchSize()).intValue(), steps,
        prop.apply("ramp", d0.rampStart()), prop.apply("lr", d0.learningRate()), prop.apply("decay", d0.finalDecay()),
        d0.weightDecay(), prop.apply("seed", (double) d0.seed()).longValue());
    System.out.println(c);
    EightModes toy = new EightModes(labels);
    long t0 = System.nanoTime();
    Inn inn = InnTraining.train(c, toy, Precision.FLOAT32, p -> {
      if (p.step() % 100 == 0) {
        System.out.printf(Locale.ROOT, "step %d fit %.4f latent %.4f rec %.4f back %.4f pad %.4f ml %.4f (%.0f s)%n",
            p.step(), p.fit(), p.latent(), p.reconstruct(), p.backward(), p.padding(), p.likelihood(),
            (System.nanoTime() - t0) / 1e9);
      }
    });
    int finalSteps = Integer.getInteger("final", 0);
    int chunk = Integer.getInteger("chunk", Math.max(1, finalSteps));
    String dump = System.getProperty("dump", "toy8-variant");
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
            f.rampStart(), f.learningRate(), f.finalDecay(), f.weightDecay(), f.seed() + k);
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
    evaluate(inn, labels, dump);
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

  /** Prints the between-modes share per label (clean y and y + 0.1 noise), dumps the clean-y samples. */
  private static void evaluate(Inn inn, EightModes.Labels labels, String dump) throws Exception {
    Rng rng = new Rng(7);
    for (double noise : new double[] {0, 0.1}) {
      StringBuilder s = new StringBuilder("between, y noise " + noise + ":");
      for (int label : labels.used()) {
        Matrix y = Matrix.zeros(Precision.FLOAT64, 2000, 8);
        for (int r = 0; r < 2000; r++) {
          for (int j = 0; j < 8; j++) {
            y.set(r, j, (j == label ? 1 : 0) + noise * rng.gaussian());
          }
        }
        Matrix x = inn.sampleEach(y, rng);
        if (noise == 0) {
          StringBuilder csv = new StringBuilder();
          for (int r = 0; r < x.rows(); r++) {
            csv.append(x.get(r, 0)).append(',').append(x.get(r, 1)).append('\n');
          }
          Files.writeString(Path.of(dump + "-label" + label + ".csv"), csv);
        }
        s.append(String.format(Locale.ROOT, " %.3f", ModeCoverage.outsideFraction(x, labels, label, 0.6)));
      }
      System.out.println(s);
    }
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
