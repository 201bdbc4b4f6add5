import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inversesuite.airfoil.design.DesignCase;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.design.DesignSurrogate;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.shape.ShapeAnalysis;
import org.inversesuite.airfoil.shape.ShapeReport;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;

/**
 * How the MLP surrogate misses on the proposals of one target: for each of compare's targets (same
 * target and pool streams), the first K proposals of the MLP order that pass the shape checks are
 * solved, and each is written with its coefficients, the surrogate's Ĉ_l and (L/D)^, the
 * solver's C_l, C_d and whether the solver's direct-mode fallback solved it. Offline, docs/scripts/airfoil_surrogate_misses.py replays the search orders
 * on these rows (the plain MLP order, and orders corrected after every miss by the discrepancy
 * between solver and surrogate) and measures how the surrogate's errors of one target's proposals
 * correlate (docs/airfoil.md, "Part 6 (sessions 21 and 22)").
 *
 * <pre>
 *   java --add-modules=jdk.incubator.vector -cp "cli/target/inverse/lib/*" \
 *     docs/scripts/AirfoilSurrogateMisses.java MODEL SEED TARGETS K OUT.csv [SPACE.json|default]
 * </pre>
 */
public class AirfoilSurrogateMisses {
  static boolean passes(DesignPoint p, DesignTarget t) {
    try {
      ShapeReport r = ShapeAnalysis.analyse(p.airfoil("proposal"));
      return r.valid() && r.maxThickness() >= t.minThickness();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static void main(String[] a) throws Exception {
    Path modelPath = Path.of(a[0]);
    long seed = Long.parseLong(a[1]);
    int targets = Integer.parseInt(a[2]);
    int k = Integer.parseInt(a[3]);
    DesignModel m = DesignModel.load(modelPath, 1);
    DesignSpace targetSpace = a.length > 5 ? (a[5].equals("default") ? DesignSpace.defaults()
        : org.inversesuite.core.config.Json.mapper().readValue(Path.of(a[5]).toFile(), DesignSpace.class)) : m.space();
    LiftDragSurrogate mlp = DesignSurrogate.read(CinnStore.runMetadata(modelPath), SurrogateKind.MLP).orElseThrow();
    AirfoilSolver solver = new ViscousPanelSolver(SolverConfig.defaults());
    InverseDesigner serial = new InverseDesigner(m.cinn(), m.space(), solver, m.range(), 1);
    Rng rng = new Rng(seed);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (PrintWriter out = new PrintWriter(a[4])) {
      StringBuilder head = new StringBuilder("target,cl_target,ld_target,alpha,reynolds,rank,usable,direct,cl_hat,ld_hat,cl,cd");
      for (int j = 0; j < m.space().shapeDimension(); j++) {
        head.append(",x").append(j);
      }
      out.println(head);
      int done = 0;
      for (int drawn = 0; done < targets && drawn < 50 * targets; drawn++) {
        DesignTarget t = DesignTarget.drawn(targetSpace, solver, rng.stream("targets").stream(drawn));
        if (t == null) {
          continue;
        }
        List<DesignPoint> order = serial.surrogateOrderedPool(t, mlp, 500, rng.stream("surrogate").stream(done)
            .stream(0));
        List<DesignPoint> chosen = new ArrayList<>();
        for (DesignPoint p : order) {
          if (chosen.size() < k && passes(p, t)) {
            chosen.add(p);
          }
        }
        double[][] hat = mlp.predict(chosen.stream().map(DesignSurrogate::input).toArray(double[][]::new));
        List<Future<DesignCase>> cases = new ArrayList<>();
        for (DesignPoint p : chosen) {
          cases.add(pool.submit(() -> DesignCase.evaluate(p, solver)));
        }
        for (int i = 0; i < chosen.size(); i++) {
          DesignCase c = cases.get(i).get();
          StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%d,%.17g,%.17g,%.17g,%.17g,%d,%d,%d,%.17g,%.17g,%.17g,%.17g",
              done, t.cl(), t.liftToDrag(), t.alphaDegrees(), t.reynolds(), i, c.usable() ? 1 : 0,
              c.reason().contains(org.inversesuite.airfoil.solver.AeroResult.DIRECT_MODE) ? 1 : 0, hat[i][0], hat[i][1], c.cl(), c.cd()));
          for (double x : chosen.get(i).coefficients()) {
            row.append(',').append(x);
          }
          out.println(row);
        }
        out.flush();
        System.out.printf(Locale.ROOT, "target %d: C_l %.3f, L/D %.1f, %d proposals solved%n", done, t.cl(),
            t.liftToDrag(), chosen.size());
        done++;
      }
    } finally {
      pool.shutdown();
      m.cinn().close();
    }
  }
}
