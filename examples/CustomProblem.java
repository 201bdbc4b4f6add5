import java.util.List;
import java.util.Locale;
import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.diagnostics.ExpectedCoverage;
import org.inversesuite.core.diagnostics.PosteriorEvidence;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.flow.Normalization;
import org.inversesuite.core.infer.CinnTraining;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.problem.ForwardModel;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.problem.UniformPrior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.core.train.TrainingConfig;
import org.inversesuite.core.train.TrainingListener;

/**
 * Bring your own forward model: a damped oscillator observed at five times with Gaussian
 * noise; infer its amplitude and damping rate, then check calibration with expected coverage.
 *
 * Run after building (from the repository root):
 *   java --add-modules jdk.incubator.vector -cp "cli/target/inverse/lib/*" examples/CustomProblem.java [iterations]
 */
public class CustomProblem {
  static final double[] TIMES = {0.5, 1.0, 1.5, 2.0, 2.5};
  static final double NOISE = 0.05;

  /** y_k = A exp(-γ t_k) cos(2π t_k). */
  static final ForwardModel OSCILLATOR = new ForwardModel() {
    public int inputDimension() { return 2; }
    public int outputDimension() { return TIMES.length; }
    public Matrix apply(Matrix x) {
      Matrix y = Matrix.zeros(Precision.FLOAT64, x.rows(), TIMES.length);
      for (int r = 0; r < x.rows(); r++) {
        for (int k = 0; k < TIMES.length; k++) {
          y.set(r, k, x.get(r, 0) * Math.exp(-x.get(r, 1) * TIMES[k]) * Math.cos(2 * Math.PI * TIMES[k]));
        }
      }
      return y;
    }
  };

  /** y ~ N(f(x), NOISE² I). */
  static final ObservationModel GAUSSIAN_NOISE = new ObservationModel() {
    public Matrix observe(Matrix clean, Rng rng) {
      Matrix y = clean.copy();
      for (int i = 0; i < y.size(); i++) {
        y.add(i, NOISE * rng.gaussian());
      }
      return y;
    }
    public double[] logLikelihood(Matrix y, Matrix clean) {
      double[] out = new double[y.rows()];
      for (int r = 0; r < y.rows(); r++) {
        for (int k = 0; k < y.cols(); k++) {
          double e = (y.get(r, k) - clean.get(r, k)) / NOISE;
          out[r] += -0.5 * e * e - Math.log(NOISE * Math.sqrt(2 * Math.PI));
        }
      }
      return out;
    }
  };

  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    InverseProblem problem = new InverseProblem("damped-oscillator",
        new UniformPrior(new double[] {0.5, 0.1}, new double[] {2.0, 1.5}, List.of("amplitude", "damping")),
        OSCILLATOR, GAUSSIAN_NOISE, List.of("y1", "y2", "y3", "y4", "y5"));
    FlowConfig flow = FlowConfig.couplingChain(2, TIMES.length, 6,
        AffineCouplingConfig.defaults().withSubnet(MlpConfig.of(64, 2, Activation.RELU)));
    TrainingConfig recipe = TrainingConfig.defaults().withIterations(iterations).withBatchSize(256)
        .withValidation(2000, 1000, 0);
    try (var cinn = CinnTraining.online(problem, flow, recipe, Normalization.STANDARDIZE, TrainingListener.NONE).cinn()) {
      var cases = problem.simulate(300, new Rng(11));
      PosteriorEvidence evidence = PosteriorEvidence.simulate(cases.x(), cases.y(), cinn::sample, 200,
          problem.prior().names(), new Rng(12));
      var coverage = new ExpectedCoverage(new double[] {0.5, 0.8, 0.9, 0.95}).assess(evidence);
      for (int j = 0; j < 2; j++) {
        System.out.printf(Locale.ROOT, "%-9s coverage of the 50/80/90/95%% intervals: %s%n",
            problem.prior().names().get(j), java.util.Arrays.toString(coverage.coverage(j)));
      }
    }
  }
}
