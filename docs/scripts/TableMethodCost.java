import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.inversesuite.cli.table.BenchmarkMethod;
import org.inversesuite.cli.table.BenchmarkTask;
import org.inversesuite.cli.table.MethodRegistry;
import org.inversesuite.cli.table.TrainingBudget;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * Training and sampling cost of one benchmark-table method, in wall and process CPU seconds (CPU
 * seconds are less sensitive to the other processes on a shared machine): trains the method for
 * STEPS steps of batch 256 on TASK, then draws POSTERIORS posteriors of 1000 samples. Usage, from
 * the repository root after `mvn -q package -DskipTests`:
 *
 *   java --add-modules jdk.incubator.vector -cp "cli/target/inverse/lib/*" docs/scripts/TableMethodCost.java TASK METHOD STEPS POSTERIORS
 */
public class TableMethodCost {
  public static void main(String[] args) {
    BenchmarkTask task = args[0].equals("ik") ? BenchmarkTask.inverseKinematics(0.02) : BenchmarkTask.ballistics(0.02);
    BenchmarkMethod method = MethodRegistry.all().stream().filter(m -> m.name().equals(args[1])).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown method " + args[1]));
    int steps = Integer.parseInt(args[2]);
    int posteriors = Integer.parseInt(args[3]);
    long w0 = System.nanoTime();
    long c0 = cpu();
    BenchmarkMethod.Trained trained = method.train(task.problem(), new TrainingBudget(steps, 256, 1, 2));
    double trainWall = (System.nanoTime() - w0) * 1e-9;
    double trainCpu = (cpu() - c0) * 1e-9;
    Matrix ys = task.problem().simulate(posteriors, new Rng(1).stream("cost")).y();
    double checksum = 0;
    w0 = System.nanoTime();
    c0 = cpu();
    for (int j = 0; j < posteriors; j++) {
      Matrix x = trained.estimator().sample(ys.toRows()[j], 1000, new Rng(2).stream(j));
      checksum += x.get(0);
    }
    double sampleWall = (System.nanoTime() - w0) * 1e-9;
    double sampleCpu = (cpu() - c0) * 1e-9;
    System.out.printf(Locale.ROOT, "[%s] %s: %d steps: training %.2f s wall, %.2f CPU s; %d posteriors: %.1f ms wall, "
        + "%.1f CPU ms per posterior (checksum %.6f)%n", args[0], args[1], steps, trainWall, trainCpu, posteriors,
        sampleWall * 1000 / posteriors, sampleCpu * 1000 / posteriors, checksum);
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
