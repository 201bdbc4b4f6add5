package org.inversesuite.data.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.core.baseline.RejectionAbc;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.diagnostics.MaximumMeanDiscrepancy;
import org.inversesuite.core.diagnostics.ResimulationError;
import org.inversesuite.core.problem.DiagonalGaussianPrior;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;

/**
 * One-off validation (not a unit test: about ten seconds on 2 cores): rejection-ABC ground truth
 * for the ten reference observations with the reference protocol (ε = 0.01, 2000 samples per
 * y*, chunks of 500,000, seed 1234 + 5), then the three reference levels of ik_torch.py,
 * printed next to the reference run's values from {@code ik-reference-levels.json}:
 *
 * <ul>
 *   <li>MMD²_u between the two halves of the ground truth (noise floor),
 *   <li>MMD²_u between 2000 prior samples and the ground truth (no information),
 *   <li>re-simulation error of the ground truth itself (about ε²/2).
 * </ul>
 *
 * <p>Usage: {@code IkGroundTruthCheck [threads]} (default 2).
 */
public final class IkGroundTruthCheck {
  private static final int SEED = 1234;

  private IkGroundTruthCheck() {}

  public static void main(String[] args) throws IOException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    JsonNode ref = readLevels();
    JsonNode refAbc = ref.path("abc");
    double eps = refAbc.path("eps").asDouble();
    int n = refAbc.path("samples_per_obs").asInt();
    int chunk = refAbc.path("chunk").asInt();

    ReferenceObservations obs = InverseKinematics.referenceObservations();
    DiagonalGaussianPrior prior = InverseKinematics.prior();
    ArmForwardModel arm = InverseKinematics.forwardModel();
    RejectionAbc abc = new RejectionAbc(prior, arm, eps, chunk, threads);

    out("load average before ABC: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    AbcResult gt = abc.run(obs.yStar(), n, 300_000_000L, new Rng(SEED + 5));
    double abcSeconds = (System.nanoTime() - t0) * 1e-9;
    double abcCpuSeconds = (processCpuNanos() - cpu0) * 1e-9;
    out("ABC: eps %.3g, target %d, chunk %d, threads %d: %,d proposals in %.2f s wall, %.2f s process CPU"
        + " (%.1f M proposals/s wall, %.0f ns CPU per proposal), complete %s", eps, n, chunk, threads,
        gt.proposals(), abcSeconds, abcCpuSeconds, gt.proposals() / abcSeconds / 1e6,
        abcCpuSeconds * 1e9 / gt.proposals(), gt.complete());
    out("     reference: %,d proposals in %.2f s (numpy), accepted %s",
        refAbc.path("proposals").asLong(), refAbc.path("seconds").asDouble(), refAbc.path("accepted_per_obs"));
    out("     here:      accepted %s (counted over all proposals; the reference stops counting an"
        + " observation once it has its %d, so only its last-completed observation's rate compares)",
        Arrays.toString(gt.acceptedCounts()), n);

    MaximumMeanDiscrepancy mmd = new MaximumMeanDiscrepancy(MaximumMeanDiscrepancy.defaultWidths(), threads);
    ResimulationError resim = new ResimulationError(arm);
    Rng priorRng = new Rng(SEED + 6);
    double[] sums = new double[3];
    long mmdNanos = 0;
    int mmdCalls = 0;
    out("%n%3s %21s %21s %21s %21s", "j", "accept rate here/ref", "half-vs-half here/ref",
        "prior-vs-gt here/ref", "gt resim here/ref");
    for (int j = 0; j < obs.size(); j++) {
      Matrix s = gt.samples(j);
      int half = s.rows() / 2;
      Matrix first = rows(s, 0, half);
      Matrix second = rows(s, half, s.rows());
      long m0 = System.nanoTime();
      double halves = mmd.unbiased(first, second);
      double priorVsGt = mmd.unbiased(prior.sample(s.rows(), priorRng), s);
      mmdNanos += System.nanoTime() - m0;
      mmdCalls += 2;
      double gtResim = resim.meanSquared(s, obs.yStar(j));
      JsonNode r = ref.path("per_obs").get(j);
      double[] here = {gt.acceptanceRate(j), halves, priorVsGt, gtResim};
      double[] there = {r.path("abc_acceptance_rate").asDouble(), r.path("mmd2_unbiased_gt_half_vs_half").asDouble(),
          r.path("mmd2_unbiased_prior_vs_gt").asDouble(), r.path("gt_resim_sq").asDouble()};
      out("%3d %10.3e/%10.3e %10.2e/%10.2e %10.4f/%10.4f %10.3e/%10.3e", j, here[0], there[0], here[1], there[1],
          here[2], there[2], here[3], there[3]);
      sums[0] += halves / obs.size();
      sums[1] += priorVsGt / obs.size();
      sums[2] += gtResim / obs.size();
    }
    out("%nmean over the %d observations           here          reference", obs.size());
    out("gt half vs half MMD2_u             %12.4e   %12.4e", sums[0],
        ref.path("reference_gt_half_vs_half_mmd2_unbiased_mean").asDouble());
    out("prior vs gt MMD2_u                 %12.4f   %12.4f", sums[1],
        ref.path("reference_prior_vs_gt_mmd2_unbiased_mean").asDouble());
    out("gt resim sq                        %12.4e   %12.4e   (eps^2/2 = %.1e)", sums[2],
        ref.path("reference_gt_resim_sq_mean").asDouble(), eps * eps / 2);
    out("%nMMD: %d calls (1000 vs 1000 and 2000 vs 2000), %.1f ms per call on average", mmdCalls,
        mmdNanos / 1e6 / mmdCalls);
    timeMmd(gt.samples(0), threads);
  }

  /** Median wall time of a 2000 x 2000 MMD in 4-D, with 1 thread and with {@code threads}. */
  private static void timeMmd(Matrix gt, int threads) {
    Matrix other = InverseKinematics.prior().sample(gt.rows(), new Rng(SEED + 7));
    for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
      MaximumMeanDiscrepancy mmd = new MaximumMeanDiscrepancy(MaximumMeanDiscrepancy.defaultWidths(), t);
      double[] ms = new double[15];
      for (int rep = -5; rep < ms.length; rep++) {
        long t0 = System.nanoTime();
        mmd.unbiased(other, gt);
        if (rep >= 0) {
          ms[rep] = (System.nanoTime() - t0) / 1e6;
        }
      }
      Arrays.sort(ms);
      out("MMD %d x %d (4-D), %d thread(s): median %.1f ms, min %.1f ms", gt.rows(), other.rows(), t,
          ms[ms.length / 2], ms[0]);
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static Matrix rows(Matrix m, int from, int to) {
    Matrix out = m.like(to - from, m.cols());
    out.copyRows(m, from, 0, to - from);
    return out;
  }

  private static JsonNode readLevels() throws IOException {
    try (InputStream in = IkGroundTruthCheck.class.getResourceAsStream("ik-reference-levels.json")) {
      if (in == null) {
        throw new IllegalStateException("test resource ik-reference-levels.json not found");
      }
      return Json.mapper().readTree(in);
    }
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
