import java.util.Locale;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.diagnostics.MaximumMeanDiscrepancy;
import org.inversesuite.core.diagnostics.ResimulationError;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;
import org.inversesuite.data.benchmark.InverseKinematics;

/**
 * Train the inverse-kinematics cINN in code and sample the posterior of one observation.
 *
 * Run after building (from the repository root):
 *   java --add-modules jdk.incubator.vector -cp "cli/target/inverse/lib/*" examples/InverseKinematicsQuickStart.java [iterations]
 */
public class InverseKinematicsQuickStart {
  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    InverseProblem problem = InverseKinematics.problem();
    FlowConfig flow = FlowConfig.couplingChain(4, 2, 8, AffineCouplingConfig.defaults());
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(iterations).withValidation(2000, 500, 0);

    var trained = CinnTraining.online(problem, flow, recipe, Normalization.NONE, new TrainingListener() {
      @Override
      public void validated(int iteration, double loss, boolean improved) {
        System.out.printf(Locale.ROOT, "iteration %5d  validation loss %.3f%n", iteration, loss);
      }
    });

    double[] yStar = InverseKinematics.referenceObservations().yStar(0);
    try (var cinn = trained.cinn()) {
      Matrix posterior = cinn.sample(yStar, 2000, new Rng(1));
      double resim = new ResimulationError(problem.forward()).meanSquared(posterior, yStar);
      Matrix prior = problem.prior().sample(2000, new Rng(2));
      double mmdToPrior = new MaximumMeanDiscrepancy().unbiased(posterior, prior);
      System.out.printf(Locale.ROOT, "y* = (%.3f, %.3f): re-simulation error %.5f, MMD² to the prior %.3f%n",
          yStar[0], yStar[1], resim, mmdToPrior);
      for (int j = 0; j < 4; j++) {
        double mean = 0;
        for (int r = 0; r < posterior.rows(); r++) {
          mean += posterior.get(r, j) / posterior.rows();
        }
        System.out.printf(Locale.ROOT, "  %-7s posterior mean %+.3f%n", problem.prior().names().get(j), mean);
      }
    }
  }
}
