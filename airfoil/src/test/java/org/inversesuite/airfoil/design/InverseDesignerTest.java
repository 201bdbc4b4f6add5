package org.inversesuite.airfoil.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inversesuite.airfoil.surrogate.ForwardSurrogate;
import org.inversesuite.airfoil.surrogate.MlpSurrogate;
import org.inversesuite.core.baseline.NetworkRecipe;
import org.inversesuite.core.flow.Kernels;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.Mlp;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.nn.OutputInit;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.nn.Workspace;
import org.inversesuite.core.infer.PosteriorEstimator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.junit.jupiter.api.Test;

class InverseDesignerTest {
  private final DesignSpace space = DesignSpace.defaults();
  private final double[] naca2412 = {0.1913, 0.2214, 0.1896, 0.2163, -0.1504, -0.0832, -0.0931, -0.0715};
  private final double[] crossing = {0.05, 0.05, 0.05, 0.05, 0.12, 0.12, 0.12, 0.12};

  /** Proposes the given shapes in turn, whatever the observation. */
  private record Fixed(double[][] shapes) implements PosteriorEstimator {
    public int dimension() {
      return shapes[0].length;
    }

    public int conditionDimension() {
      return 5;
    }

    public Matrix sample(double[] observation, int n, Rng rng) {
      Matrix m = Matrix.zeros(Precision.FLOAT64, n, dimension());
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < dimension(); j++) {
          m.set(i, j, shapes[i % shapes.length][j]);
        }
      }
      return m;
    }

    public Matrix sampleEach(Matrix y, Rng rng) {
      return sample(null, y.rows(), rng);
    }

    /** No preference: every proposal equally probable. */
    public double[] logDensity(Matrix x, Matrix y) {
      return new double[x.rows()];
    }
  }

  /** NACA 2412's own C_l and L/D at 3° and Re 2·10⁶, with a 10 % minimum thickness. */
  private DesignTarget naca2412Target(FakeSolver solver) {
    DesignCase truth = DesignCase.evaluate(new DesignPoint(naca2412, 4, 3, 2e6, 0), solver);
    return new DesignTarget(3, 2e6, truth.cl(), truth.liftToDrag(), 0.10);
  }

  /** NACA 2412 made 6 % of chord thicker: valid, but misses its C_l. */
  private double[] thicker() {
    double[] thicker = naca2412.clone();
    for (int i = 0; i < 4; i++) {
      thicker[i] += 0.03;
      thicker[i + 4] -= 0.03;
    }
    return thicker;
  }

  private static TrainingRange wideRange() {
    return new TrainingRange(DesignTarget.conditionNames(), new double[] {0, 6, -1, -100, 0},
        new double[] {6, 6.5, 2, 200, 0.3});
  }

  @Test
  void ranksOnlyReSimulatedValidShapesAndCountsTheRest() {
    FakeSolver solver = new FakeSolver();
    DesignTarget target = naca2412Target(solver);
    double[] thicker = thicker();
    TrainingRange range = wideRange();
    InverseDesigner designer = new InverseDesigner(new Fixed(new double[][] {thicker, naca2412, crossing}), space,
        solver, range, 2);
    solver.calls = 0;
    DesignFamily family = designer.design(target, 6, new Rng(1));
    assertEquals(6, family.drawn());
    assertEquals(2, family.invalidShape(), "the crossing shape is rejected before simulation");
    assertEquals(4, solver.calls, "only survivors are simulated");
    assertEquals(4, family.ranked().size());
    DesignCandidate best = family.ranked().get(0);
    assertEquals(0, best.clError(), 1e-12);
    assertTrue(best.meetsTolerance());
    assertTrue(family.ranked().get(3).score() >= best.score());
    assertEquals(4 / 6.0, family.validityRate(), 1e-12);
    assertTrue(family.warnings().isEmpty());
    assertTrue(family.diversity() >= 0);
  }

  @Test
  void firstValidDesignStopsAtTheFirstBatchMeetingTheTolerance() {
    FakeSolver solver = new FakeSolver();
    DesignCase truth = DesignCase.evaluate(new DesignPoint(naca2412, 4, 3, 2e6, 0), solver);
    DesignTarget target = new DesignTarget(3, 2e6, truth.cl(), truth.liftToDrag(), 0.10);
    TrainingRange range = new TrainingRange(DesignTarget.conditionNames(), new double[] {0, 6, -1, -100, 0},
        new double[] {6, 6.5, 2, 200, 0.3});
    InverseDesigner.FirstDesign hit = new InverseDesigner(new Fixed(new double[][] {naca2412}), space, solver, range, 1)
        .firstMeetingTolerance(target, 4, 40, new Rng(2));
    assertEquals(4, hit.drawn());
    assertTrue(hit.design().meetsTolerance());
    InverseDesigner.FirstDesign miss = new InverseDesigner(new Fixed(new double[][] {crossing}), space, solver, range, 1)
        .firstMeetingTolerance(target, 4, 12, new Rng(2));
    assertEquals(12, miss.drawn());
    assertEquals(null, miss.design());
  }

  /** Proposes three thicker shapes then NACA 2412, and says NACA 2412 is the most probable. */
  private final class PrefersNaca extends FixedWithDensity {
    PrefersNaca(double[] thicker) {
      super(new double[][] {thicker, thicker, thicker, naca2412});
    }

    @Override
    public double[] logDensity(Matrix x, Matrix y) {
      double[] out = new double[x.rows()];
      for (int i = 0; i < out.length; i++) {
        out[i] = Math.abs(x.get(i, 0) - naca2412[0]) < 1e-12 ? 0 : -5;
      }
      return out;
    }
  }

  private static class FixedWithDensity implements PosteriorEstimator {
    private final Fixed fixed;

    FixedWithDensity(double[][] shapes) {
      this.fixed = new Fixed(shapes);
    }

    public int dimension() {
      return fixed.dimension();
    }

    public int conditionDimension() {
      return fixed.conditionDimension();
    }

    public Matrix sample(double[] observation, int n, Rng rng) {
      return fixed.sample(observation, n, rng);
    }

    public Matrix sampleEach(Matrix y, Rng rng) {
      return fixed.sampleEach(y, rng);
    }

    public double[] logDensity(Matrix x, Matrix y) {
      return fixed.logDensity(x, y);
    }
  }

  @Test
  void screeningSimulatesTheMostProbableProposalFirst() {
    FakeSolver solver = new FakeSolver();
    DesignTarget target = naca2412Target(solver);
    double[] thicker = thicker();
    TrainingRange range = wideRange();
    InverseDesigner designer = new InverseDesigner(new PrefersNaca(thicker), space, solver, range, 1);
    InverseDesigner.FirstDesign inOrder = designer.firstMeetingTolerance(target, 4, 8, new Rng(3));
    assertEquals(4, inOrder.simulated(), "in drawing order all four proposals of the batch are simulated");
    InverseDesigner.FirstDesign screened = designer.firstMeetingToleranceScreened(target, 4, 1, 8, new Rng(3));
    assertEquals(1, screened.simulated(), "ordered by density it is simulated first");
    assertEquals(0, screened.design().clError(), 1e-12);
    InverseDesigner.FirstDesign none = new InverseDesigner(new Fixed(new double[][] {crossing}), space, solver, range, 1)
        .firstMeetingToleranceScreened(target, 4, 2, 8, new Rng(3));
    assertEquals(null, none.design());
    assertEquals(8, none.drawn());
    assertEquals(0, none.simulated(), "crossing shapes are never simulated");
  }

  /** A cubic surrogate of the fake solver, fitted on 300 designs drawn from the box. */
  private ForwardSurrogate fakeSurrogate(FakeSolver solver) {
    Samples s = samples(solver);
    return ForwardSurrogate.fit(s.in(), s.cl(), s.cd(), 2, 1e-9);
  }

  /** Surrogate inputs, C_l and C_d of the fake solver. */
  private record Samples(double[][] in, double[] cl, double[] cd) {}

  /** 300 converged designs drawn from the box, simulated by the fake solver. */
  private Samples samples(FakeSolver solver) {
    int n = 300;
    double[][] in = new double[n][];
    double[] cl = new double[n];
    double[] cd = new double[n];
    int k = 0;
    for (int i = 0; k < n; i++) {
      DesignCase c = DesignCase.evaluate(space.sample(new Rng(40).stream(i)), solver);
      if (c.usable()) {
        in[k] = DesignSurrogate.input(c.point());
        cl[k] = c.cl();
        cd[k] = c.cd();
        k++;
      }
    }
    return new Samples(in, cl, cd);
  }

  @Test
  void surrogateScreeningSimulatesThePredictedBestProposalFirst() {
    FakeSolver solver = new FakeSolver();
    ForwardSurrogate surrogate = fakeSurrogate(solver);
    DesignTarget target = naca2412Target(solver);
    double[] thicker = thicker();
    double[][] proposals = {thicker, thicker, thicker, naca2412};
    InverseDesigner serial = new InverseDesigner(new Fixed(proposals), space, solver, wideRange(), 1);
    assertEquals(4, serial.firstMeetingTolerance(target, 4, 8, new Rng(3)).simulated(),
        "in drawing order the NACA 2412 comes last");
    solver.calls = 0;
    InverseDesigner.FirstDesign one = serial.firstMeetingToleranceSurrogate(target, surrogate, 4, 1, 8, new Rng(3));
    assertEquals(1, one.simulated(), "the surrogate puts the NACA 2412 first");
    assertEquals(1, solver.calls);
    assertEquals(0, one.design().clError(), 1e-12);
    InverseDesigner.FirstDesign two = new InverseDesigner(new Fixed(proposals), space, solver, wideRange(), 2)
        .firstMeetingToleranceSurrogate(target, surrogate, 4, 2, 8, new Rng(3));
    assertEquals(2, two.simulated(), "a batch of two on two threads");
    assertTrue(two.design().meetsTolerance());
    solver.calls = 0;
    List<DesignPoint> pool = serial.surrogateOrderedPool(target, surrogate, 4, new Rng(3));
    assertEquals(4, pool.size());
    assertArrayEquals(naca2412, pool.get(0).coefficients(), 0, "the warm-up's pool is in the search's order");
    assertArrayEquals(thicker, pool.get(3).coefficients(), 0);
    assertEquals(0, solver.calls, "drawing and ordering the pool calls no solver");
  }

  @Test
  void theDensityOrderedPoolPutsTheMostProbableProposalFirstWithoutSolving() {
    FakeSolver solver = new FakeSolver();
    DesignTarget target = naca2412Target(solver);
    solver.calls = 0;
    double[] thicker = thicker();
    List<DesignPoint> pool = new InverseDesigner(new PrefersNaca(thicker), space, solver, wideRange(), 1)
        .densityOrderedPool(target, 4, new Rng(3));
    assertEquals(4, pool.size());
    assertArrayEquals(naca2412, pool.get(0).coefficients(), 0);
    assertEquals(0, solver.calls);
  }

  @Test
  void theSurrogateOrdersButOnlyTheSolverAccepts() {
    FakeSolver solver = new FakeSolver();
    ForwardSurrogate surrogate = fakeSurrogate(solver);
    DesignTarget target = naca2412Target(solver);
    double[] thicker = thicker();
    double[] predicted = DesignSurrogate.predictedScores(surrogate, List.of(
        new DesignPoint(naca2412, 4, 3, 2e6, 0), new DesignPoint(thicker, 4, 3, 2e6, 0)), target);
    assertTrue(predicted[0] < 1 && predicted[1] > 1, java.util.Arrays.toString(predicted));
    solver.calls = 0;
    InverseDesigner.FirstDesign none = new InverseDesigner(new Fixed(new double[][] {thicker}), space, solver,
        wideRange(), 1).firstMeetingToleranceSurrogate(target, surrogate, 4, 1, 8, new Rng(3));
    assertEquals(null, none.design(), "no proposal meets the target on re-simulation");
    assertEquals(8, none.simulated());
    assertEquals(8, solver.calls);
  }

  @Test
  void theMlpOrderedSearchAcceptsTheDesignAndSpendsTheCallsOfAReferenceSearch() {
    FakeSolver solver = new FakeSolver();
    MlpSurrogate mlp = fakeMlp(solver);
    DesignTarget target = naca2412Target(solver);
    double[][] pool = new double[60][];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = space.sample(new Rng(77).stream(i)).coefficients();
    }
    pool[41] = naca2412;
    List<DesignPoint> points = new java.util.ArrayList<>();
    for (double[] shape : pool) {
      points.add(new DesignPoint(shape, space.upperCount(), target.alphaDegrees(), target.reynolds(),
          space.trailingEdgeThickness()));
    }
    // the reference: the pool sorted by scores from a float64 forward pass of the same weights (plain loops,
    // Math.tanh), then checked and simulated one by one until one meets the tolerances
    double[] score = referenceScores(mlp, points, target);
    Integer[] order = new Integer[points.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
    FakeSolver reference = new FakeSolver();
    DesignCandidate expected = null;
    for (int i : order) {
      DesignPoint p = points.get(i);
      org.inversesuite.airfoil.shape.ShapeReport r = org.inversesuite.airfoil.shape.ShapeAnalysis.analyse(
          p.airfoil("proposal"));
      if (r.valid() && r.maxThickness() >= target.minThickness()) {
        DesignCandidate c = DesignCandidate.of(DesignCase.evaluate(p, reference), target);
        if (c.meetsTolerance()) {
          expected = c;
          break;
        }
      }
    }
    assertTrue(expected != null && reference.calls > 1, "a search of more than one call: " + reference.calls);
    solver.calls = 0;
    InverseDesigner.FirstDesign found = new InverseDesigner(new Fixed(pool), space, solver, wideRange(), 1)
        .firstMeetingToleranceSurrogate(target, mlp, pool.length, 1, pool.length, new Rng(3));
    assertEquals(reference.calls, found.simulated());
    assertEquals(reference.calls, solver.calls);
    assertTrue(java.util.Arrays.equals(expected.result().point().coefficients(), found.design().result().point().coefficients()), "same design");
    assertEquals(expected.score(), found.design().score(), 0);
  }

  /** A small MLP surrogate of the fake solver, trained on 300 designs drawn from the box. */
  private MlpSurrogate fakeMlp(FakeSolver solver) {
    Samples s = samples(solver);
    return MlpSurrogate.fit(s.in(), s.cl(), s.cd(), new NetworkRecipe(40, 64, 5e-3, 16, 2, 3));
  }

  /** ŝ of each point from a float64 forward pass (reference kernel, Math.tanh) of the surrogate's weights. */
  private static double[] referenceScores(MlpSurrogate s, List<DesignPoint> points, DesignTarget target) {
    Parameters parameters = new Parameters(Precision.FLOAT64);
    Mlp net = new Mlp(parameters, "surrogate", s.inputs(), 2, MlpConfig.of(s.recipe().width(), s.recipe().depth(),
        Activation.TANH), OutputInit.UNIFORM);
    parameters.assign(Matrix.of(Precision.FLOAT64, new double[][] {s.weights()}));
    Matrix x = Matrix.zeros(Precision.FLOAT64, points.size(), s.inputs());
    for (int i = 0; i < points.size(); i++) {
      double[] v = DesignSurrogate.input(points.get(i));
      for (int j = 0; j < v.length; j++) {
        x.set(i, j, (v[j] - s.inputMean()[j]) / s.inputScale()[j]);
      }
    }
    Matrix g = net.forward(x, new Workspace(parameters, Kernels.REFERENCE.create(Precision.FLOAT64)));
    double[] score = new double[points.size()];
    for (int i = 0; i < score.length; i++) {
      double l = s.outputMean()[0] + s.outputScale()[0] * g.get(i, 0);
      double ld = l / Math.exp(s.outputMean()[1] + s.outputScale()[1] * g.get(i, 1));
      score[i] = Math.max(target.clError(l) / DesignCandidate.CL_TOLERANCE,
          target.liftToDragError(ld) / DesignCandidate.LD_TOLERANCE);
    }
    return score;
  }

  @Test
  void theFlowConditionRangeIsTheDesignSpaceNotTheDrawnExtremes() {
    TrainingRange drawn = new TrainingRange(DesignTarget.conditionNames(), new double[] {0.01, 6.0001, 0, 10, 0.08},
        new double[] {5.99, 6.47, 1.5, 150, 0.2});
    TrainingRange range = drawn.withFlowRange(0, 6, 6, Math.log10(3e6));
    assertFalse(drawn.warnings(new double[] {0, 6, 1, 80, 0.1}).isEmpty());
    assertTrue(range.warnings(new double[] {0, 6, 1, 80, 0.1}).isEmpty());
  }

  @Test
  void thinShapesAreRejectedAndOutOfRangeTargetsWarned() {
    FakeSolver solver = new FakeSolver();
    TrainingRange range = new TrainingRange(DesignTarget.conditionNames(), new double[] {0, 6, 0, 10, 0.08},
        new double[] {6, 6.5, 1.5, 150, 0.2});
    InverseDesigner designer = new InverseDesigner(new Fixed(new double[][] {naca2412}), space, solver, range, 1);
    DesignFamily family = designer.design(new DesignTarget(3, 2e6, 2.5, 80, 0.30), 3, new Rng(1));
    assertEquals(3, family.tooThin(), "a 12 % section is thinner than the asked 30 %");
    assertTrue(family.ranked().isEmpty());
    assertEquals(2, family.warnings().size(), family.warnings().toString());
    assertFalse(family.anyMeetsTolerance());
  }

  @Test
  void cmaesFindsAShapeMeetingTheTargetAndCountsItsSolverCalls() {
    FakeSolver solver = new FakeSolver();
    DesignCase truth = DesignCase.evaluate(new DesignPoint(naca2412, 4, 3, 2e6, 0), solver);
    DesignTarget target = new DesignTarget(3, 2e6, truth.cl(), truth.liftToDrag(), 0.08);
    solver.calls = 0;
    OptimizationResult r = new CmaesDesigner(space, solver, 3000).design(target, new Rng(3));
    assertTrue(r.reachedTolerance(), "best score " + (r.best() == null ? "none" : r.best().score()));
    assertTrue(r.best().meetsTolerance());
    assertEquals(solver.calls, r.solverCalls());
  }

  @Test
  void parallelCmaesRestartsShareTheBudgetAndStopAtTheTolerance() {
    FakeSolver solver = new FakeSolver();
    DesignCase truth = DesignCase.evaluate(new DesignPoint(naca2412, 4, 3, 2e6, 0), solver);
    DesignTarget target = new DesignTarget(3, 2e6, truth.cl(), truth.liftToDrag(), 0.08);
    solver.calls = 0;
    OptimizationResult r = new CmaesDesigner(space, solver, 3000, 2).design(target, new Rng(3));
    assertTrue(r.reachedTolerance(), "best score " + (r.best() == null ? "none" : r.best().score()));
    assertTrue(r.restarts() >= 2, "one run per thread at least, got " + r.restarts());
    assertEquals(solver.calls, r.solverCalls());
    solver.calls = 0;
    DesignTarget impossible = new DesignTarget(3, 2e6, 5.0, truth.liftToDrag(), 0.08);
    OptimizationResult spent = new CmaesDesigner(space, solver, 40, 2).design(impossible, new Rng(4));
    assertFalse(spent.reachedTolerance());
    assertEquals(40, spent.solverCalls(), "the budget is shared, not per thread");
    assertEquals(40, solver.calls);
  }
}
