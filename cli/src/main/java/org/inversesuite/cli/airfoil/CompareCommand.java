package org.inversesuite.cli.airfoil;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.design.CmaesDesigner;
import org.inversesuite.airfoil.design.DesignCase;
import org.inversesuite.airfoil.design.DesignFamily;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.design.OptimizationResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.io.CinnStore;
import org.inversesuite.core.random.Rng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inverse airfoil compare MODEL}: the cINN against CMA-ES on the same targets. Targets are
 * fresh designs drawn from the model's design space (seed stream "targets", not the training
 * data) and simulated: their C_l and L/D are reachable by construction, and the minimum
 * thickness is 90 % of theirs. Two comparisons per target, wall times including every solver
 * call: one valid design (the cINN draws batches of 2 x threads shapes until one meets both
 * tolerances, once in drawing order and once with a pool of draws ordered by the model's density,
 * see {@link InverseDesigner#firstMeetingToleranceScreened}; CMA-ES runs until it does), and a family (the cINN draws N shapes; CMA-ES runs until
 * it reaches the cINN's best score, or its budget).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare inverse design with the cINN against CMA-ES optimisation on the same targets.",
    footer = {"", "Examples:", "  inverse airfoil compare airfoil.inn --targets 5",
        "  inverse airfoil compare airfoil.inn --targets 20 -n 100 --budget 2000 --out compare"})
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "a model from 'inverse airfoil train'")
  Path model;

  @Option(names = "--targets", defaultValue = "5", description = "number of targets (default ${DEFAULT-VALUE})")
  int targets;

  @Option(names = "-n", defaultValue = "100", description = "shapes the cINN draws per target (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--pool", defaultValue = "200",
      description = "draws the density-ordered search ranks per round before simulating (default ${DEFAULT-VALUE})")
  int pool;

  @Option(names = "--budget", defaultValue = "1500", description = "CMA-ES solver calls per target (default ${DEFAULT-VALUE})")
  int budget;

  @Option(names = "--seed", defaultValue = "11", description = "seed of targets and draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "re-simulation threads of the cINN (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--out", defaultValue = "airfoil-compare", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--force", description = "write into an existing output folder")
  boolean force;

  @Mixin
  SolverOptions solverOptions;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    Outputs.checkWritable(out, force);
    DesignModel m = DesignModel.load(model, threads);
    JsonNode run = CinnStore.runMetadata(model);
    double trainingSeconds = run == null ? Double.NaN : run.path("trainingSeconds").asDouble(Double.NaN);
    double dataSeconds = run == null ? Double.NaN : run.path("dataSeconds").asDouble(Double.NaN);
    AirfoilSolver solver = solverOptions.create();
    Rng rng = new Rng(seed);
    List<String> lines = new ArrayList<>();
    lines.add("| target | Cl | L/D | cINN first valid, drawing order: s (simulated) | cINN first valid, density order: "
        + "s (simulated) | CMA-ES to tolerance: s (calls) | speed-up (drawing, density order) "
        + "| cINN family of " + count + ": s, best score, meeting tol. | CMA-ES to that score: s (calls) | speed-up |");
    lines.add("|---|---|---|---|---|---|---|---|---|---|");
    double sumCinn = 0;
    double sumScreened = 0;
    double sumCmaes = 0;
    int done = 0;
    try {
      InverseDesigner designer = new InverseDesigner(m.cinn(), m.space(), solver, m.range(), threads);
      CmaesDesigner cmaes = new CmaesDesigner(m.space(), solver, budget);
      for (int drawn = 0; done < targets && drawn < 50 * targets; drawn++) {
        DesignCase truth = DesignCase.evaluate(m.space().sample(rng.stream("targets").stream(drawn)), solver);
        if (!truth.usable() || truth.maxThickness() * 0.9 < 0.02) {
          continue;
        }
        DesignPoint p = truth.point();
        DesignTarget target = new DesignTarget(p.alphaDegrees(), p.reynolds(), truth.cl(), truth.liftToDrag(),
            0.9 * truth.maxThickness());
        InverseDesigner.FirstDesign first = designer.firstMeetingTolerance(target, 2 * threads, count,
            rng.stream("first").stream(done));
        InverseDesigner.FirstDesign screened = designer.firstMeetingToleranceScreened(target, pool, 2 * threads,
            Math.max(pool, count), rng.stream("screened").stream(done));
        OptimizationResult valid = cmaes.design(target, 1.0, rng.stream("cmaes-valid").stream(done));
        DesignFamily family = designer.design(target, count, rng.stream("cinn").stream(done));
        double best = family.ranked().isEmpty() ? 1.0 : family.ranked().get(0).score();
        OptimizationResult opt = cmaes.design(target, Math.max(best, 1e-3), rng.stream("cmaes").stream(done));
        done++;
        sumCinn += first.seconds();
        sumScreened += screened.seconds();
        sumCmaes += valid.seconds();
        String row = String.format(Locale.ROOT,
            "| %d | %.3f | %.1f | %.2f (%d)%s | %.2f (%d)%s | %.1f (%d)%s | %.0fx, %.0fx | %.1f, %.3f, %d | %.1f (%d)%s "
                + "| %.1fx |",
            done, target.cl(), target.liftToDrag(), first.seconds(), first.simulated(),
            first.design() == null ? " none" : "", screened.seconds(), screened.simulated(),
            screened.design() == null ? " none" : "", valid.seconds(), valid.solverCalls(),
            valid.reachedTolerance() ? "" : " not reached", valid.seconds() / first.seconds(),
            valid.seconds() / screened.seconds(), family.seconds(), best,
            family.ranked().stream().filter(c -> c.meetsTolerance()).count(), opt.seconds(), opt.solverCalls(),
            opt.reachedTolerance() ? "" : " not reached", opt.seconds() / family.seconds());
        System.out.println(row);
        lines.add(row);
      }
    } finally {
      m.cinn().close();
    }
    if (done == 0) {
      throw new IllegalStateException("no target could be drawn: none of " + 50 * targets + " designs converged");
    }
    double perCinn = sumCinn / done;
    double perScreened = sumScreened / done;
    double perCmaes = sumCmaes / done;
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Mean wall time to one valid design (|dCl| <= 0.02 and 3%% in L/D): cINN %.2f s "
        + "in drawing order, %.2f s in density order; CMA-ES %.1f s: %.0fx and %.0fx.", perCinn, perScreened, perCmaes,
        perCmaes / perCinn, perCmaes / perScreened));
    if (Double.isFinite(trainingSeconds)) {
      double upfront = trainingSeconds + (Double.isFinite(dataSeconds) ? dataSeconds : 0);
      lines.add(String.format(Locale.ROOT, "Up-front cost: %.0f s (data %.0f s + training %.0f s); break-even after "
          + "%.0f designs.", upfront, dataSeconds, trainingSeconds, Math.ceil(upfront / (perCmaes - perScreened))));
    }
    lines.forEach(l -> {
      if (!l.startsWith("|")) {
        System.out.println(l);
      }
    });
    Outputs.createDirectory(out);
    AtomicFiles.write(out.resolve("compare.md"), String.join("\n", lines).concat("\n").getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    System.out.println("wrote " + out.resolve("compare.md"));
    return 0;
  }
}
