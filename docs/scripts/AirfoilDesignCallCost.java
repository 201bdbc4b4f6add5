import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.CmaesDesigner;
import org.inversesuite.airfoil.design.DesignCase;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.design.DesignSurrogate;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.design.OptimizationResult;
import org.inversesuite.airfoil.shape.Airfoil;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;

/**
 * Where the time of one design goes in {@code inverse airfoil compare}, call by call (docs/airfoil.md,
 * "Part 6 (session 15)"). Runs compare's path for the MLP-ordered cINN on one core and CMA-ES on one
 * core (same model, targets, random streams, warm-up as {@code compare --no-orders --no-parallel
 * --no-family --surrogate MLP --pool 500}), with the solver wrapped so that every call records its
 * wall time, thread CPU time, GC time, Newton iterations (last attempt), status and score against
 * the target. After each target it re-solves the designs both methods accepted, twice, and times a
 * repeat of the cINN's pool draw and MLP ordering. Writes one line per solver call to OUT and prints
 * a summary per target:
 *   java --add-modules=jdk.incubator.vector -cp CLASSPATH docs/scripts/AirfoilDesignCallCost.java MODEL SEED TARGETS OUT \
 *       [TARGETS_FROM|- [SAMPLING_THREADS]]
 * TARGETS_FROM: a design-space file or "default" (as compare --targets-from; "-" the model's box);
 * SAMPLING_THREADS: threads of the cINN's pool draw (default 2, as compare drew before session 15).
 */
public class AirfoilDesignCallCost {
  static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  record Call(String tag, int target, double wallMs, double cpuMs, double gcMs, int iterations, String status,
      double score, double cl, double ld) {}

  /** The solver with every call recorded under the current tag. */
  static final class Recording implements AirfoilSolver {
    final AirfoilSolver inner;
    final List<Call> calls = new ArrayList<>();
    String tag = "warmup";
    int target = -1;
    DesignTarget against;

    Recording(AirfoilSolver inner) {
      this.inner = inner;
    }

    @Override
    public AeroResult solve(Airfoil airfoil, FlowCondition condition) {
      long gc0 = gcMillis();
      long c0 = CPU.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      AeroResult r = inner.solve(airfoil, condition);
      long t1 = System.nanoTime();
      long c1 = CPU.getCurrentThreadCpuTime();
      long gc1 = gcMillis();
      double score = Double.NaN;
      double ld = r.cl() / r.cd();
      if (against != null && r.converged()) {
        score = Math.max(against.clError(r.cl()) / 0.02, against.liftToDragError(ld) / 0.03);
      }
      calls.add(new Call(tag, target, (t1 - t0) / 1e6, (c1 - c0) / 1e6, gc1 - gc0, r.iterations(),
          r.status().name(), score, r.cl(), ld));
      return r;
    }
  }

  static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, b.getCollectionTime());
    }
    return t;
  }

  public static void main(String[] a) throws Exception {
    Path modelPath = Path.of(a[0]);
    long seed = Long.parseLong(a[1]);
    int targets = Integer.parseInt(a[2]);
    int pool = 500;
    // the sampling threads of the 1-core cINN column: 2 in compare before session 15, 1 since
    DesignModel m = DesignModel.load(modelPath, a.length > 5 ? Integer.parseInt(a[5]) : 2);
    DesignSpace targetSpace = a.length > 4 && !a[4].equals("-") ? (a[4].equals("default") ? DesignSpace.defaults()
        : org.inversesuite.core.config.Json.mapper().readValue(Path.of(a[4]).toFile(), DesignSpace.class)) : m.space();
    LiftDragSurrogate mlp = DesignSurrogate.read(CinnStore.runMetadata(modelPath), SurrogateKind.MLP).orElseThrow();
    Recording solver = new Recording(new ViscousPanelSolver(SolverConfig.defaults()));
    InverseDesigner serial = new InverseDesigner(m.cinn(), m.space(), solver, m.range(), 1);
    CmaesDesigner cmaes = new CmaesDesigner(m.space(), solver, 1500, 1);
    Rng rng = new Rng(seed);
    // compare's warm-up: one target of the "warmup" stream, the cINN search 20 times, CMA-ES 100 calls
    Rng w = rng.stream("warmup");
    for (int drawn = 0; ; drawn++) {
      DesignTarget t = DesignTarget.drawn(targetSpace, solver, w.stream("targets").stream(drawn));
      if (t == null) {
        continue;
      }
      for (int r = 0; r < 20; r++) {
        serial.firstMeetingToleranceSurrogate(t, mlp, pool, 1, pool, w.stream("surrogate").stream(0));
      }
      new CmaesDesigner(m.space(), solver, 100, 1).design(t, Double.MIN_VALUE, w.stream("cmaes").stream(0));
      break;
    }
    System.out.println("target | cINN: wall ms, calls, solver ms (per call), cpu ms, iters, gc | draw ms, MLP order ms "
        + "(repeat) | re-solve accepted ms | CMA-ES tol: wall ms, calls, solver ms/call, cpu ms/call, iters/call, "
        + "not conv | literal: wall ms, calls | CMA-ES designs re-solved ms (tol, lit) | CMA-ES runs started (tol, lit)");
    int done = 0;
    for (int drawn = 0; done < targets && drawn < 50 * targets; drawn++) {
      solver.tag = "target";
      solver.against = null;
      DesignTarget t = DesignTarget.drawn(targetSpace, solver, rng.stream("targets").stream(drawn));
      if (t == null) {
        continue;
      }
      solver.target = done;
      solver.against = t;
      int before = solver.calls.size();
      solver.tag = "cinn";
      InverseDesigner.FirstDesign f = serial.firstMeetingToleranceSurrogate(t, mlp, pool, 1, pool,
          rng.stream("surrogate").stream(done));
      List<Call> cinnCalls = new ArrayList<>(solver.calls.subList(before, solver.calls.size()));
      // the pieces, repeated on the same stream: draw, then MLP order
      long d0 = System.nanoTime();
      var drawnPool = m.cinn().sample(t.condition(), pool, rng.stream("surrogate").stream(done).stream(0));
      long d1 = System.nanoTime();
      List<DesignPoint> pts = new ArrayList<>();
      for (double[] x : drawnPool.toRows()) {
        pts.add(new DesignPoint(x, m.space().upperCount(), t.alphaDegrees(), t.reynolds(),
            m.space().trailingEdgeThickness()));
      }
      long d2 = System.nanoTime();
      DesignSurrogate.byPredictedScore(mlp, pts, t);
      long d3 = System.nanoTime();
      double sCinn = f.design() == null ? 1.0 : f.design().score();
      solver.tag = "cmaes";
      before = solver.calls.size();
      List<OptimizationResult> opt = cmaes.design(t, new double[] {1.0, Math.max(sCinn, 1e-3)},
          rng.stream("cmaes-valid").stream(done));
      List<Call> cmaesCalls = new ArrayList<>(solver.calls.subList(before, solver.calls.size()));
      solver.tag = "resolve-cinn";
      double[] resolveCinn = new double[2];
      for (int r = 0; r < 2 && f.design() != null; r++) {
        long r0 = System.nanoTime();
        DesignCase.evaluate(f.design().result().point(), solver);
        resolveCinn[r] = (System.nanoTime() - r0) / 1e6;
      }
      solver.tag = "resolve-cmaes-tol";
      double[] resolveTol = new double[2];
      for (int r = 0; r < 2; r++) {
        long r0 = System.nanoTime();
        DesignCase.evaluate(opt.get(0).best().result().point(), solver);
        resolveTol[r] = (System.nanoTime() - r0) / 1e6;
      }
      solver.tag = "resolve-cmaes-lit";
      double[] resolveLit = new double[2];
      for (int r = 0; r < 2; r++) {
        long r0 = System.nanoTime();
        DesignCase.evaluate(opt.get(1).best().result().point(), solver);
        resolveLit[r] = (System.nanoTime() - r0) / 1e6;
      }
      // untimed sample of what each method's calls cost on this target: the first 20 shapes of the
      // cINN's MLP order that pass the checks, and 20 shapes drawn uniformly from the model's box
      solver.tag = "cinn-top20";
      int tried = 0;
      for (DesignPoint p : DesignSurrogate.byPredictedScore(mlp, pts, t)) {
        var rep = org.inversesuite.airfoil.shape.ShapeAnalysis.analyse(p.airfoil("p"));
        if (rep.valid() && rep.maxThickness() >= t.minThickness() && tried++ < 20) {
          DesignCase.evaluate(p, solver);
        }
      }
      solver.tag = "box20";
      Rng box = rng.stream("box").stream(done);
      for (int k = 0, got = 0; got < 20 && k < 200; k++) {
        DesignPoint b = m.space().sample(box.stream(k));
        DesignPoint p = new DesignPoint(b.coefficients(), m.space().upperCount(), t.alphaDegrees(), t.reynolds(),
            m.space().trailingEdgeThickness());
        var rep = org.inversesuite.airfoil.shape.ShapeAnalysis.analyse(p.airfoil("p"));
        if (rep.valid() && rep.maxThickness() >= t.minThickness()) {
          DesignCase.evaluate(p, solver);
          got++;
        }
      }
      int tolCalls = opt.get(0).solverCalls();
      double cw = 0;
      double cc = 0;
      double ci = 0;
      int nc = 0;
      for (int i = 0; i < tolCalls; i++) {
        Call c = cmaesCalls.get(i);
        cw += c.wallMs();
        cc += c.cpuMs();
        ci += c.iterations();
        if (!c.status().equals("CONVERGED")) {
          nc++;
        }
      }
      double sw = cinnCalls.stream().mapToDouble(Call::wallMs).sum();
      System.out.printf(Locale.ROOT, "%2d | %.1f, %d, %.1f (%.1f), %.1f, %s, %.0f | %.2f, %.2f | %.1f/%.1f | "
              + "%.1f, %d, %.1f, %.1f, %.1f, %d | %.1f, %d | %.1f/%.1f, %.1f/%.1f | %d, %d%n",
          done + 1, f.seconds() * 1e3, f.simulated(), sw, sw / Math.max(1, cinnCalls.size()),
          cinnCalls.stream().mapToDouble(Call::cpuMs).sum(),
          cinnCalls.stream().map(c -> Integer.toString(c.iterations())).toList(),
          cinnCalls.stream().mapToDouble(Call::gcMs).sum(), (d1 - d0) / 1e6, (d3 - d2) / 1e6, resolveCinn[0],
          resolveCinn[1], opt.get(0).seconds() * 1e3, tolCalls, cw / tolCalls, cc / tolCalls, ci / tolCalls, nc,
          opt.get(1).seconds() * 1e3, opt.get(1).solverCalls(), resolveTol[0], resolveTol[1], resolveLit[0],
          resolveLit[1], opt.get(0).restarts(), opt.get(1).restarts());
      done++;
    }
    m.cinn().close();
    try (PrintWriter out = new PrintWriter(a[3])) {
      out.println("tag target wall_ms cpu_ms gc_ms iterations status score cl ld");
      for (Call c : solver.calls) {
        out.printf(Locale.ROOT, "%s %d %.3f %.3f %.0f %d %s %.4f %.5f %.3f%n", c.tag(), c.target(), c.wallMs(),
            c.cpuMs(), c.gcMs(), c.iterations(), c.status(), c.score(), c.cl(), c.ld());
      }
    }
  }
}
