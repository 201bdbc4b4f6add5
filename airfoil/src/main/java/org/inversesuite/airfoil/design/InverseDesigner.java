package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.inversesuite.airfoil.shape.ShapeAnalysis;
import org.inversesuite.airfoil.shape.ShapeReport;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.random.Rng;

/**
 * Inverse design with a trained posterior q(shape | target) (Glaws et al. 2022): draw N shapes
 * for the target's condition, reject those that fail the shape checks or are thinner than the
 * minimum thickness, re-simulate every survivor with the solver and rank them by
 * max(|ΔC_l| / 0.02, |Δ(L/D)| / 0.03). The ranking uses only re-simulated values: what the
 * network predicted is never reported as a result.
 */
public final class InverseDesigner {
  private final PosteriorEstimator posterior;
  private final DesignSpace space;
  private final AirfoilSolver solver;
  private final TrainingRange range;
  private final int threads;

  /**
   * @param posterior trained q(x | y) with x the CST coefficients and y {@link DesignTarget#condition()}
   * @param space the design space it was trained on
   * @param solver the solver that re-checks every proposal
   * @param range the training range of the condition (for out-of-distribution warnings)
   * @param threads re-simulation threads
   */
  public InverseDesigner(PosteriorEstimator posterior, DesignSpace space, AirfoilSolver solver, TrainingRange range,
      int threads) {
    if (posterior.dimension() != space.shapeDimension()) {
      throw new IllegalArgumentException("model proposes " + posterior.dimension() + " shape parameters, the design "
          + "space has " + space.shapeDimension());
    }
    this.posterior = posterior;
    this.space = space;
    this.solver = solver;
    this.range = range;
    this.threads = Math.max(1, threads);
  }

  /** Proposes {@code n} shapes for {@code target}, checks and re-simulates them. */
  public DesignFamily design(DesignTarget target, int n, Rng rng) {
    long start = System.nanoTime();
    double[] condition = target.condition();
    List<String> warnings = range.warnings(condition);
    double[][] x = posterior.sample(condition, n, rng).toRows();
    int invalid = 0;
    int thin = 0;
    List<DesignPoint> survivors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DesignPoint p = new DesignPoint(x[i], space.upperCount(), target.alphaDegrees(), target.reynolds(),
          space.trailingEdgeThickness());
      ShapeReport report;
      try {
        report = ShapeAnalysis.analyse(p.airfoil("proposal"));
      } catch (IllegalArgumentException e) {
        invalid++;
        continue;
      }
      if (!report.valid()) {
        invalid++;
      } else if (report.maxThickness() < target.minThickness()) {
        thin++;
      } else {
        survivors.add(p);
      }
    }
    List<DesignCase> cases = resimulate(survivors);
    List<DesignCandidate> ranked = new ArrayList<>();
    int failed = 0;
    for (DesignCase c : cases) {
      if (c.usable()) {
        ranked.add(DesignCandidate.of(c, target));
      } else {
        failed++;
      }
    }
    ranked.sort(Comparator.comparingDouble(DesignCandidate::score));
    return new DesignFamily(target, ranked, n, invalid, thin, failed, warnings, (System.nanoTime() - start) * 1e-9);
  }

  /**
   * Draws proposals in batches of {@code batch} (checked and re-simulated as in {@link #design})
   * until one meets both tolerances or {@code maxDraws} shapes were drawn: the time a designer
   * waits for one valid design.
   */
  public FirstDesign firstMeetingTolerance(DesignTarget target, int batch, int maxDraws, Rng rng) {
    if (batch < 1 || maxDraws < batch) {
      throw new IllegalArgumentException("need batch >= 1 and maxDraws >= batch, got " + batch + " and " + maxDraws);
    }
    long start = System.nanoTime();
    int drawn = 0;
    for (int k = 0; drawn < maxDraws; k++) {
      DesignFamily f = design(target, batch, rng.stream(k));
      drawn += batch;
      if (f.anyMeetsTolerance()) {
        return new FirstDesign(f.ranked().get(0), drawn, (System.nanoTime() - start) * 1e-9);
      }
    }
    return new FirstDesign(null, drawn, (System.nanoTime() - start) * 1e-9);
  }

  /**
   * The first design meeting both tolerances.
   *
   * @param design the design, or null if none was found within the draws allowed
   * @param drawn shapes drawn until then
   * @param seconds wall time, every re-simulation included
   */
  public record FirstDesign(DesignCandidate design, int drawn, double seconds) {}

  private List<DesignCase> resimulate(List<DesignPoint> points) {
    ExecutorService pool = SolverPool.of("airfoil-resimulation", threads);
    try {
      List<Future<DesignCase>> jobs = new ArrayList<>();
      for (DesignPoint p : points) {
        jobs.add(pool.submit(() -> DesignCase.evaluate(p, solver)));
      }
      List<DesignCase> out = new ArrayList<>();
      for (Future<DesignCase> f : jobs) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("re-simulation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("re-simulation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
