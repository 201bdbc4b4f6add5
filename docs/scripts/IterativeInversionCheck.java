import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.inversesuite.cli.table.BenchmarkTask;
import org.inversesuite.core.baseline.IterativeDescent;
import org.inversesuite.core.baseline.IterativeInversion;
import org.inversesuite.core.baseline.IterativeInversionConfig;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Why iterative inversion's re-simulation error is what it is: trains the table's forward network
 * (3 × 128 tanh, STEPS steps of 256) on TASK, prints its own error (the floor under any inverse's
 * re-simulation error), then for each descent variant draws POSTERIORS posteriors of 1000 samples
 * and prints the re-simulation error through the true forward model and the CPU ms per posterior.
 * Usage, from the repository root after `mvn -q package -DskipTests`:
 *
 *   java --add-modules jdk.incubator.vector -cp "cli/target/inverse/lib/*" docs/scripts/IterativeInversionCheck.java TASK STEPS POSTERIORS
 */
public class IterativeInversionCheck {
  public static void main(String[] args) {
    BenchmarkTask task = args[0].equals("ik") ? BenchmarkTask.inverseKinematics(0.02) : BenchmarkTask.ballistics(0.02);
    InverseProblem problem = task.problem();
    int steps = Integer.parseInt(args[1]);
    int posteriors = Integer.parseInt(args[2]);
    IterativeInversion base = IterativeInversion.train(problem, problem.prior(),
        NetworkRecipe.defaults().withSteps(steps).withSeed(1), IterativeInversionConfig.defaults());
    System.out.printf(Locale.ROOT, "[%s] forward network after %d steps: mean squared error %.6f (raw units)%n", args[0],
        steps, base.forwardError(problem, 20000, new Rng(9)));
    Matrix ys = problem.simulate(posteriors, new Rng(1).stream("check")).y();
    IterativeInversionConfig d = IterativeInversionConfig.defaults();
    IterativeInversionConfig[] variants = {
        d,
        d.with(IterativeDescent.GAUSS_NEWTON, 20, 0.5),
        d.with(IterativeDescent.GAUSS_NEWTON, 50, 0.2),
        d.with(IterativeDescent.GAUSS_NEWTON, 20, 0.2),
        new IterativeInversionConfig(IterativeDescent.GAUSS_NEWTON, 50, 0.5, 0.003, 0),
        new IterativeInversionConfig(IterativeDescent.ADAM, 300, 0.05, 0.003, 2),
    };
    for (IterativeInversionConfig c : variants) {
      IterativeInversion inv = base.withConfig(c);
      double resim = 0;
      long c0 = cpu();
      for (int j = 0; j < posteriors; j++) {
        double[] y = ys.toRows()[j];
        Matrix x = inv.sample(y, 1000, new Rng(2).stream(j));
        Matrix f = problem.forward().apply(x);
        double s = 0;
        for (int r = 0; r < x.rows(); r++) {
          for (int o = 0; o < y.length; o++) {
            double e = f.get(r, o) - y[o];
            s += e * e;
          }
        }
        resim += s / x.rows() / posteriors;
      }
      double ms = (cpu() - c0) * 1e-6 / posteriors;
      System.out.printf(Locale.ROOT, "[%s] %s: re-simulation error %.6f, %.1f CPU ms per posterior%n", args[0], c, resim, ms);
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
