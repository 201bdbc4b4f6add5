import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.cli.plot.ArmPosteriorPlot;
import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.core.baseline.FullCovarianceMixture;
import org.inversesuite.core.baseline.GaussianMixture;
import org.inversesuite.core.baseline.MixtureDensityNetwork;
import org.inversesuite.core.baseline.MixtureDensityTraining;
import org.inversesuite.core.baseline.MixtureHead;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.core.baseline.RejectionAbc;
import org.inversesuite.core.diagnostics.MaximumMeanDiscrepancy;
import org.inversesuite.core.diagnostics.ResimulationError;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.benchmark.InverseKinematics;

/**
 * Does the MDN reach the published inverse-kinematics posterior MMD (0.007) with more steps, more
 * components or full covariances? Same observations, ABC ground truth and metric as
 * `inverse benchmark table --seed 1` (20 observations, 1000 samples, epsilon 0.02); the MDN network
 * is the table's (3 x 128 ReLU, batch 256, lr 1e-3 cosine). Usage, from the repository root after
 * `mvn -q package -DskipTests`:
 *
 *   java --add-modules jdk.incubator.vector -cp "cli/target/inverse/lib/*" docs/scripts/MdnSweep.java OUT_DIR
 *
 * Prints one line per variant and writes OUT_DIR/mdn-posterior-<j>.png (variants side by side with ABC).
 */
public class MdnSweep {
  record Variant(String name, int steps, MixtureHead head) {}

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "runs/mdn-sweep");
    out.toFile().mkdirs();
    InverseProblem problem = InverseKinematics.problem();
    int dx = problem.xDimension();
    List<Variant> variants = List.of(
        new Variant("diagonal K=8, 1500 steps", 1500, new GaussianMixture(8, dx)),
        new Variant("diagonal K=32, 1500 steps", 1500, new GaussianMixture(32, dx)),
        new Variant("full K=8, 1500 steps", 1500, new FullCovarianceMixture(8, dx)),
        new Variant("diagonal K=8, 6000 steps", 6000, new GaussianMixture(8, dx)),
        new Variant("full K=8, 6000 steps", 6000, new FullCovarianceMixture(8, dx)),
        new Variant("full K=32, 6000 steps", 6000, new FullCovarianceMixture(32, dx)));
    Rng root = new Rng(1).stream("ik");
    int n = 20;
    int s = 1000;
    Matrix observations = problem.simulate(n, root.stream("observations")).y();
    double[][] ys = observations.toRows();
    AbcResult abc = new RejectionAbc(problem.prior(), problem.forward(), 0.02, RejectionAbc.DEFAULT_CHUNK_SIZE, 2)
        .run(observations, 2 * s, 2_000_000_000L, root.stream("abc"));
    MaximumMeanDiscrepancy mmd = new MaximumMeanDiscrepancy(MaximumMeanDiscrepancy.defaultWidths(), 2);
    ResimulationError resim = new ResimulationError(problem.forward());
    List<List<Matrix>> shown = new ArrayList<>();
    for (Variant v : variants) {
      long t0 = System.nanoTime();
      MixtureDensityNetwork mdn = MixtureDensityTraining.train(problem,
          NetworkRecipe.defaults().withSteps(v.steps()).withSeed(1).withBatchSize(256), v.head());
      double seconds = (System.nanoTime() - t0) * 1e-9;
      double sumMmd = 0;
      double sumResim = 0;
      List<Matrix> pictures = new ArrayList<>();
      Rng sampling = root.stream("sampling").stream(v.name());
      for (int j = 0; j < n; j++) {
        Matrix x = mdn.sample(ys[j], s, sampling.stream(j));
        Matrix all = abc.samples(j);
        Matrix truth = all.like(all.rows() / 2, all.cols());
        truth.copyRows(all, 0, 0, truth.rows());
        sumMmd += mmd.unbiased(x, truth);
        sumResim += resim.meanSquared(x, ys[j]);
        if (j < 2) {
          pictures.add(x);
        }
      }
      shown.add(pictures);
      System.out.printf(Locale.ROOT, "%-28s parameters %7d  MMD² %.4f  re-simulation %.5f  training %.0f s%n", v.name(),
          mdn.parameterCount(), sumMmd / n, sumResim / n, seconds);
    }
    for (int j = 0; j < 2; j++) {
      List<Matrix> panels = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      for (int v = 0; v < variants.size(); v++) {
        panels.add(shown.get(v).get(j));
        titles.add("MDN " + variants.get(v).name());
      }
      Matrix all = abc.samples(j);
      Matrix truth = all.like(all.rows() / 2, all.cols());
      truth.copyRows(all, 0, 0, truth.rows());
      panels.add(truth);
      titles.add("rejection ABC ground truth");
      ArmPosteriorPlot.save(out.resolve("mdn-posterior-" + j + ".png"), panels, titles, ys[j]);
    }
  }
}
