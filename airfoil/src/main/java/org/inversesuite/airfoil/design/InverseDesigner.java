package org.inversesuite.airfoil.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.inversesuite.airfoil.shape.ShapeAnalysis;
import org.inversesuite.airfoil.shape.ShapeReport;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

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
    Checked checked = check(posterior.sample(condition, n, rng), target);
    List<DesignCase> cases = resimulate(checked.survivors());
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
    return new DesignFamily(target, ranked, n, checked.invalid(), checked.thin(), failed, warnings,
        (System.nanoTime() - start) * 1e-9);
  }

  /**
   * Draws proposals in batches of {@code batch} (checked and re-simulated as in {@link #design})
   * until one meets both tolerances or {@code maxDraws} shapes were drawn: the time a designer
   * waits for one valid design, simulating proposals in the order they are drawn.
   */
  public FirstDesign firstMeetingTolerance(DesignTarget target, int batch, int maxDraws, Rng rng) {
    if (batch < 1 || maxDraws < batch) {
      throw new IllegalArgumentException("need batch >= 1 and maxDraws >= batch, got " + batch + " and " + maxDraws);
    }
    long start = System.nanoTime();
    int drawn = 0;
    int simulated = 0;
    for (int k = 0; drawn < maxDraws; k++) {
      DesignFamily f = design(target, batch, rng.stream(k));
      drawn += batch;
      simulated += f.drawn() - f.invalidShape() - f.tooThin();
      if (f.anyMeetsTolerance()) {
        return new FirstDesign(f.ranked().get(0), drawn, simulated, (System.nanoTime() - start) * 1e-9);
      }
    }
    return new FirstDesign(null, drawn, simulated, (System.nanoTime() - start) * 1e-9);
  }

  /**
   * The same search, but the solver sees the most probable proposals first: {@code pool} shapes
   * are drawn at once, checked, and ordered by the model's own density log q(x | y*) before they
   * are re-simulated in batches of {@code batch}, until one meets both tolerances.
   *
   * <p>Why the density is the right order: the training designs were drawn uniformly from the
   * design box, p(x) = const, so by Bayes q(x | y*) ∝ p(y* | x) p(x) / p(y*) ∝ p(y* | x): ordering
   * by q is ordering by how likely each shape is to produce the target, as the model learned it
   * from the simulations (log q is evaluated in the coefficients' own space, so the support
   * transform's Jacobian is included and the uniform box prior holds). No extra network is
   * needed; one density pass over the pool costs milliseconds, a solver call tens of them.
   * A model without a density falls back to the drawing order.
   */
  public FirstDesign firstMeetingToleranceScreened(DesignTarget target, int pool, int batch, int maxDraws, Rng rng) {
    double[] condition = target.condition();
    return firstInOrder(target, pool, batch, maxDraws, rng, points -> mostProbableFirst(points, condition));
  }

  /**
   * The same search with the proposals ordered by a forward surrogate's predicted score ŝ
   * ({@link DesignSurrogate}: the ranking score with predicted instead of re-simulated C_l and
   * L/D), lowest first: {@code pool} shapes are drawn, the surrogate predicts every one
   * (microseconds each), and in that order each is checked (only as far down the list as the
   * search gets: a check costs about as much as a hundred predictions) and the survivors are
   * re-simulated, {@code batch} at a time on the designer's threads, until one meets both
   * tolerances. Only re-simulated
   * values decide: the surrogate orders, it never accepts.
   */
  public FirstDesign firstMeetingToleranceSurrogate(DesignTarget target, LiftDragSurrogate surrogate, int pool,
      int batch, int maxDraws, Rng rng) {
    if (surrogate.inputs() != space.shapeDimension() + 2) {
      throw new IllegalArgumentException("surrogate takes " + surrogate.inputs() + " inputs, the design space has "
          + space.shapeDimension() + " shape parameters plus alpha and log10 Re");
    }
    return firstInOrder(target, pool, batch, maxDraws, rng,
        points -> DesignSurrogate.byPredictedScore(surrogate, points, target));
  }

  /**
   * The fixed cost per design of {@link #firstMeetingToleranceSurrogate}: one pool of {@code pool}
   * shapes drawn for the target and put in the surrogate's order, no checks and no solves. For
   * warming up the draw and the ordering apart from the solver (JIT compilation is a cost per
   * process, not per design).
   *
   * @return the pool, lowest predicted score first
   */
  public List<DesignPoint> surrogateOrderedPool(DesignTarget target, LiftDragSurrogate surrogate, int pool, Rng rng) {
    return DesignSurrogate.byPredictedScore(surrogate, points(posterior.sample(target.condition(), pool, rng), target),
        target);
  }

  /**
   * The same for {@link #firstMeetingToleranceScreened}: the pool in the model's density order.
   *
   * @return the pool, most probable first
   */
  public List<DesignPoint> densityOrderedPool(DesignTarget target, int pool, Rng rng) {
    double[] condition = target.condition();
    return mostProbableFirst(points(posterior.sample(condition, pool, rng), target), condition);
  }

  private FirstDesign firstInOrder(DesignTarget target, int pool, int batch, int maxDraws, Rng rng,
      UnaryOperator<List<DesignPoint>> ordering) {
    if (pool < 1 || batch < 1 || maxDraws < pool) {
      throw new IllegalArgumentException("need pool >= 1, batch >= 1 and maxDraws >= pool, got " + pool + ", " + batch
          + " and " + maxDraws);
    }
    long start = System.nanoTime();
    double[] condition = target.condition();
    int drawn = 0;
    int simulated = 0;
    for (int k = 0; drawn < maxDraws; k++) {
      List<DesignPoint> order = ordering.apply(points(posterior.sample(condition, pool, rng.stream(k)), target));
      drawn += pool;
      List<DesignPoint> next = new ArrayList<>(batch);
      for (int i = 0; i < order.size(); i++) {
        if (check(order.get(i), target) == Check.PASSES) {
          next.add(order.get(i));
        }
        if (next.size() < batch && i < order.size() - 1 || next.isEmpty()) {
          continue;
        }
        simulated += next.size();
        DesignCandidate best = null;
        for (DesignCase c : resimulate(next)) {
          if (c.usable()) {
            DesignCandidate candidate = DesignCandidate.of(c, target);
            if (candidate.meetsTolerance() && (best == null || candidate.score() < best.score())) {
              best = candidate;
            }
          }
        }
        if (best != null) {
          return new FirstDesign(best, drawn, simulated, (System.nanoTime() - start) * 1e-9);
        }
        next.clear();
      }
    }
    return new FirstDesign(null, drawn, simulated, (System.nanoTime() - start) * 1e-9);
  }

  /**
   * The first design meeting both tolerances.
   *
   * @param design the design, or null if none was found within the draws allowed
   * @param drawn shapes drawn until then
   * @param simulated shapes re-simulated until then (solver calls)
   * @param seconds wall time, every re-simulation included
   */
  public record FirstDesign(DesignCandidate design, int drawn, int simulated, double seconds) {}

  /** Shapes that passed the checks, and counts of the rest. */
  private record Checked(List<DesignPoint> survivors, int invalid, int thin) {}

  private Checked check(Matrix proposals, DesignTarget target) {
    int invalid = 0;
    int thin = 0;
    List<DesignPoint> survivors = new ArrayList<>();
    for (DesignPoint p : points(proposals, target)) {
      switch (check(p, target)) {
        case PASSES -> survivors.add(p);
        case INVALID -> invalid++;
        case TOO_THIN -> thin++;
        default -> throw new IllegalStateException();
      }
    }
    return new Checked(survivors, invalid, thin);
  }

  private List<DesignPoint> points(Matrix proposals, DesignTarget target) {
    List<DesignPoint> out = new ArrayList<>(proposals.rows());
    for (double[] shape : proposals.toRows()) {
      out.add(new DesignPoint(shape, space.upperCount(), target.alphaDegrees(), target.reynolds(),
          space.trailingEdgeThickness()));
    }
    return out;
  }

  /** What the shape checks say about a proposal. */
  private enum Check { PASSES, INVALID, TOO_THIN }

  private static Check check(DesignPoint p, DesignTarget target) {
    ShapeReport report;
    try {
      report = ShapeAnalysis.analyse(p.airfoil("proposal"));
    } catch (IllegalArgumentException e) {
      return Check.INVALID;
    }
    if (!report.valid()) {
      return Check.INVALID;
    }
    return report.maxThickness() < target.minThickness() ? Check.TOO_THIN : Check.PASSES;
  }

  private List<DesignPoint> mostProbableFirst(List<DesignPoint> points, double[] condition) {
    if (points.isEmpty() || !posterior.hasDensity()) {
      return points;
    }
    int d = space.shapeDimension();
    Matrix x = Matrix.zeros(Precision.FLOAT64, points.size(), d);
    Matrix y = Matrix.zeros(Precision.FLOAT64, points.size(), condition.length);
    for (int i = 0; i < points.size(); i++) {
      double[] c = points.get(i).coefficients();
      for (int j = 0; j < d; j++) {
        x.set(i, j, c[j]);
      }
      for (int j = 0; j < condition.length; j++) {
        y.set(i, j, condition[j]);
      }
    }
    double[] logQ = posterior.logDensity(x, y);
    Integer[] order = new Integer[points.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(logQ[b], logQ[a]));
    List<DesignPoint> out = new ArrayList<>(order.length);
    for (int i : order) {
      out.add(points.get(i));
    }
    return out;
  }

  private List<DesignCase> resimulate(List<DesignPoint> points) {
    if (points.size() == 1 || threads == 1) {
      List<DesignCase> out = new ArrayList<>(points.size());
      for (DesignPoint p : points) {
        out.add(DesignCase.evaluate(p, solver));
      }
      return out;
    }
    List<Callable<DesignCase>> tasks = new ArrayList<>();
    for (DesignPoint p : points) {
      tasks.add(() -> DesignCase.evaluate(p, solver));
    }
    return SolverPool.runAll("re-simulation", threads, tasks);
  }
}
