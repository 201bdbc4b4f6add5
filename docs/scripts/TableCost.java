import java.util.Arrays;
import java.util.Locale;
import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.core.baseline.RejectionAbc;
import org.inversesuite.core.diagnostics.MaximumMeanDiscrepancy;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.benchmark.Ballistics;
import org.inversesuite.data.benchmark.InverseKinematics;

/**
 * What the full benchmark table (1000 observations per task) costs in ground truth and metric:
 * for each task, runs rejection ABC (epsilon 0.02) for the table's 1000 observations with a fixed
 * proposal budget, prints proposals per second and the spread of the acceptance rates, and the
 * proposals the rarest observation needs for 2000 samples; then times one MMD² of 1000 against
 * 1000 samples in 4-D. Usage, from the repository root after `mvn -q package -DskipTests`:
 *
 *   java --add-modules jdk.incubator.vector -cp "cli/target/inverse/lib/*" docs/scripts/TableCost.java [PROPOSALS [OBSERVATIONS]]
 */
public class TableCost {
  public static void main(String[] args) {
    long budget = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
    int m = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    for (String name : new String[] {"ik", "ballistics"}) {
      InverseProblem problem = name.equals("ik") ? InverseKinematics.problem() : Ballistics.problem();
      Rng root = new Rng(1).stream(name);
      Matrix observations = problem.simulate(m, root.stream("observations")).y();
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      AbcResult abc = new RejectionAbc(problem.prior(), problem.forward(), 0.02, RejectionAbc.DEFAULT_CHUNK_SIZE, 2)
          .run(observations, 2000, budget, root.stream("abc"));
      double seconds = (System.nanoTime() - t0) * 1e-9;
      double cpu = (cpuNanos() - c0) * 1e-9;
      double[] rates = new double[m];
      for (int j = 0; j < m; j++) {
        rates[j] = abc.acceptanceRate(j);
      }
      Arrays.sort(rates);
      long zero = Arrays.stream(rates).filter(r -> r == 0).count();
      double slowest = rates[(int) zero];
      System.out.printf(Locale.ROOT, "[%s] %d observations: %d proposals in %.1f s (%.1f CPU s) = %.2e proposals/s"
          + " (%.2e per CPU second);"
          + " acceptance rate min %.2e (%d observations with none), 1%% %.2e, median %.2e;"
          + " 2000 samples for the rarest observation seen need %.2e proposals = %.0f s at this rate%n", name, m,
          abc.proposals(), seconds, cpu, abc.proposals() / seconds, abc.proposals() / cpu, rates[0], zero, rates[m / 100], rates[m / 2],
          2000 / slowest, 2000 / slowest / (abc.proposals() / seconds));
    }
    Rng rng = new Rng(3);
    Matrix a = InverseKinematics.problem().prior().sample(1000, rng.stream("a"));
    Matrix b = InverseKinematics.problem().prior().sample(1000, rng.stream("b"));
    MaximumMeanDiscrepancy mmd = new MaximumMeanDiscrepancy(MaximumMeanDiscrepancy.defaultWidths(), 2);
    for (int warm = 0; warm < 5; warm++) {
      mmd.unbiased(a, b);
    }
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    int reps = 20;
    for (int r = 0; r < reps; r++) {
      mmd.unbiased(a, b);
    }
    System.out.printf(Locale.ROOT, "MMD² of 1000 vs 1000 samples in 4-D: %.1f ms (%.1f CPU ms)%n",
        (System.nanoTime() - t0) * 1e-6 / reps, (cpuNanos() - c0) * 1e-6 / reps);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
