import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.cli.table.BenchmarkMethod;
import org.inversesuite.cli.table.BenchmarkTask;
import org.inversesuite.cli.table.MethodRegistry;
import org.inversesuite.cli.table.TrainingBudget;
import org.inversesuite.core.block.RqSplineCouplingConfig;
import org.inversesuite.core.diagnostics.ResimulationError;
import org.inversesuite.core.flow.FlowPresets;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.infer.Cinn;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;

/**
 * Where the posterior samples of a flow lie: trains each VARIANT on TASK for STEPS steps of batch
 * 256 (the benchmark table's recipe), draws 1000 samples for each of OBSERVATIONS observations
 * simulated from the prior, and prints per variant the fraction of samples outside the prior's
 * support (ballistics: y0 &lt; 0, angle outside [0.05π, 0.45π] or v0 &lt; 0), the fraction with a
 * standardised coordinate outside [−3, 3], the mean squared re-simulation error over all
 * samples and over the samples inside the support, the count per coordinate outside the support
 * and the count far outside it (y0 &lt; −0.25, angle more than 0.1 rad outside, v0 &lt; −2). A variant is a table method name ("cINN",
 * "RQ spline coupling") or "B=b": the table's spline flow (6 couplings, 8 bins, 2 × 128 ReLU)
 * with interval [−b, b]. Usage, from the repository root after `mvn -q package -DskipTests`:
 *
 *   java --add-modules jdk.incubator.vector -cp "cli/target/inverse/lib/*" docs/scripts/SplineSupport.java TASK STEPS OBSERVATIONS VARIANT...
 */
public class SplineSupport {
  public static void main(String[] args) {
    BenchmarkTask task = args[0].equals("ik") ? BenchmarkTask.inverseKinematics(0.02) : BenchmarkTask.ballistics(0.02);
    InverseProblem problem = task.problem();
    int steps = Integer.parseInt(args[1]);
    int observations = Integer.parseInt(args[2]);
    TrainingBudget budget = new TrainingBudget(steps, 256, 1, 2);
    Matrix ys = problem.simulate(observations, new Rng(1).stream("support")).y();
    ResimulationError resim = new ResimulationError(problem.forward());
    List<String> lines = new ArrayList<>();
    for (int a = 3; a < args.length; a++) {
      String variant = args[a];
      PosteriorEstimator estimator = train(variant, problem, budget);
      double[] mean = new double[problem.xDimension()];
      double[] std = new double[problem.xDimension()];
      moments(problem.simulate(10_000, new Rng(3).stream("moments")).x(), mean, std);
      long total = 0;
      long outside = 0;
      long outsideBox = 0;
      long[] perCoordinate = new long[3];
      long farOutside = 0;
      double sumAll = 0;
      double sumInside = 0;
      double worst = 0;
      double[][] yRows = ys.toRows();
      for (int j = 0; j < observations; j++) {
        double[] y = yRows[j];
        Matrix x = estimator.sample(y, 1000, new Rng(2).stream(j));
        double[] errors = resim.squaredErrors(x, y);
        double[][] rows = x.toRows();
        for (int r = 0; r < rows.length; r++) {
          double[] row = rows[r];
          boolean in = insideSupport(args[0], row);
          boolean box = true;
          for (int c = 0; c < row.length; c++) {
            box &= Math.abs((row[c] - mean[c]) / std[c]) <= 3;
          }
          total++;
          outside += in ? 0 : 1;
          if (args[0].equals("ballistics")) {
            perCoordinate[0] += row[1] < 0 ? 1 : 0;
            perCoordinate[1] += row[2] < 0.05 * Math.PI || row[2] > 0.45 * Math.PI ? 1 : 0;
            perCoordinate[2] += row[3] < 0 ? 1 : 0;
            farOutside += row[1] < -0.25 || row[2] < 0.05 * Math.PI - 0.1 || row[2] > 0.45 * Math.PI + 0.1
                || row[3] < -2 ? 1 : 0;
          }
          outsideBox += box ? 0 : 1;
          sumAll += errors[r];
          sumInside += in ? errors[r] : 0;
          worst = Math.max(worst, errors[r]);
        }
      }
      lines.add(String.format(Locale.ROOT, "[%s] %-20s %d steps: %d samples, outside support %d (%.3f%%), outside the "
          + "±3 box %d (%.3f%%); re-simulation error all %.5f, inside support %.5f, worst %.2f; outside by coordinate "
          + "(y0 < 0, angle, v0 < 0) %d, %d, %d; far outside (y0 < -0.25, angle by > 0.1 rad, v0 < -2) %d", args[0],
          variant, steps, total, outside, 100.0 * outside / total, outsideBox, 100.0 * outsideBox / total,
          sumAll / total, sumInside / Math.max(1, total - outside), worst, perCoordinate[0], perCoordinate[1],
          perCoordinate[2], farOutside));
      System.out.println(lines.get(lines.size() - 1));
      if (estimator instanceof Cinn c) {
        c.close();
      }
    }
    System.out.println("---");
    lines.forEach(System.out::println);
  }

  private static PosteriorEstimator train(String variant, InverseProblem problem, TrainingBudget budget) {
    if (variant.startsWith("B=")) {
      double bound = Double.parseDouble(variant.substring(2));
      TrainingConfig recipe = TrainingConfig.defaults().withIterations(budget.steps()).withBatchSize(budget.batchSize())
          .withSeed(budget.seed()).withThreads(budget.threads()).withValidation(0, budget.steps(), 0);
      return CinnTraining.online(problem, FlowPresets.splineCoupling(problem.xDimension(), problem.yDimension(), 6,
          new RqSplineCouplingConfig(8, bound, MlpConfig.defaults())), recipe, Normalization.STANDARDIZE,
          TrainingListener.NONE).cinn();
    }
    BenchmarkMethod method = MethodRegistry.all().stream().filter(m -> m.name().equals(variant)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown method " + variant));
    return method.train(problem, budget).estimator();
  }

  private static boolean insideSupport(String task, double[] x) {
    if (!task.equals("ballistics")) {
      return true;
    }
    return x[1] >= 0 && x[2] >= 0.05 * Math.PI && x[2] <= 0.45 * Math.PI && x[3] >= 0;
  }

  private static void moments(Matrix x, double[] mean, double[] std) {
    int n = x.rows();
    for (double[] row : x.toRows()) {
      for (int c = 0; c < row.length; c++) {
        mean[c] += row[c] / n;
      }
    }
    for (double[] row : x.toRows()) {
      for (int c = 0; c < row.length; c++) {
        std[c] += (row[c] - mean[c]) * (row[c] - mean[c]) / (n - 1);
      }
    }
    for (int c = 0; c < std.length; c++) {
      std[c] = Math.sqrt(std[c]);
    }
  }
}
