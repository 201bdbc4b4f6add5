package org.inversesuite.cli.airfoil;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.design.CmaesDesigner;
import org.inversesuite.airfoil.design.DesignCase;
import org.inversesuite.airfoil.design.DesignDataset;
import org.inversesuite.airfoil.design.DesignFamily;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignPoint;
import org.inversesuite.airfoil.design.DesignSurrogate;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.design.OptimizationResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.surrogate.ForwardSurrogate;
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
 * thickness is 90 % of theirs. Wall times include every solver call; everything stops at the
 * same re-simulation tolerance (|ΔC_l| ≤ 0.02 and 3 % in L/D).
 *
 * <p>To one valid design: the cINN in drawing order and in density order (batches of
 * 2 x threads), the cINN in the order of the forward surrogate's predicted score
 * ({@link InverseDesigner#firstMeetingToleranceSurrogate}) on one core (batch of 1) and on
 * {@code --threads} cores (batches of that many), and CMA-ES on one core (Commons Math evaluates
 * a population sequentially) and with {@code --threads} restarts in parallel. Speed-ups are
 * quoted core for core. Unless {@code --no-family}, also a family (the cINN draws N shapes; CMA-ES
 * runs until it reaches the cINN's best score, or its budget).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare inverse design with the cINN against CMA-ES optimisation on the same targets.",
    footer = {"", "Examples:", "  inverse airfoil compare airfoil.inn --targets 5",
        "  inverse airfoil compare airfoil.inn --targets 8 --pool 1000 --no-family --out compare"})
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "a model from 'inverse airfoil train'")
  Path model;

  @Option(names = "--targets", defaultValue = "5", description = "number of targets (default ${DEFAULT-VALUE})")
  int targets;

  @Option(names = "-n", defaultValue = "100", description = "shapes the cINN draws per target (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--pool", defaultValue = "200",
      description = "draws the density- and surrogate-ordered searches rank per round before simulating (default ${DEFAULT-VALUE})")
  int pool;

  @Option(names = "--budget", defaultValue = "1500", description = "CMA-ES solver calls per target (default ${DEFAULT-VALUE})")
  int budget;

  @Option(names = "--seed", defaultValue = "11", description = "seed of targets and draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", defaultValue = "2",
      description = "cores of the parallel runs: cINN re-simulations, CMA-ES restarts (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--data", paramLabel = "DIR",
      description = "data set to fit the forward surrogate on when the model file has none (models trained before it)")
  Path data;

  @Option(names = "--no-family",
      description = "skip the second comparison (a family of N shapes against CMA-ES to the family's best score)")
  boolean noFamily;

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
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
    }
    DesignModel m = DesignModel.load(model, threads);
    JsonNode run = CinnStore.runMetadata(model);
    double trainingSeconds = run == null ? Double.NaN : run.path("trainingSeconds").asDouble(Double.NaN);
    double dataSeconds = run == null ? Double.NaN : run.path("dataSeconds").asDouble(Double.NaN);
    ForwardSurrogate surrogate = DesignSurrogate.read(run).orElse(null);
    if (surrogate == null) {
      if (data == null) {
        m.cinn().close();
        throw new IllegalArgumentException(model + " holds no forward surrogate (trained before it): retrain, or pass "
            + "--data DIR with the data set it was trained on");
      }
      surrogate = DesignSurrogate.fit(DesignDataset.read(data)).orElse(null);
      if (surrogate == null) {
        m.cinn().close();
        throw new IllegalArgumentException(data + " has too few converged designs for a forward surrogate (22 at least)");
      }
    }
    AirfoilSolver solver = solverOptions.create();
    Rng rng = new Rng(seed);
    boolean family = !noFamily;
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "Forward surrogate: degree %d, held-out median |dCl| %.4f, |d(L/D)| %.1f %%, "
        + "fitted in %.2f s.", surrogate.degree(), surrogate.validationClError(),
        100 * surrogate.validationLiftToDragError(), surrogate.fitSeconds()));
    lines.add("");
    String p = threads + " cores";
    lines.add("| target | Cl | L/D | cINN drawing order, " + p + ": s (calls) | cINN density order, " + p
        + ": s (calls) | cINN surrogate order, 1 core: s (calls) | cINN surrogate order, " + p
        + ": s (calls) | CMA-ES, 1 core: s (calls) | CMA-ES, " + threads + " parallel restarts: s (calls) "
        + "| speed-up 1 core | speed-up " + p + " |" + (family ? " cINN family of " + count
        + ": s, best score, meeting tol. | CMA-ES to that score: s (calls) | speed-up |" : ""));
    lines.add("|---|---|---|---|---|---|---|---|---|---|---|" + (family ? "---|---|---|" : ""));
    Mean drawing = new Mean();
    Mean density = new Mean();
    Mean screened1 = new Mean();
    Mean screenedN = new Mean();
    Mean cmaes1 = new Mean();
    Mean cmaesN = new Mean();
    int done = 0;
    try {
      InverseDesigner designer = new InverseDesigner(m.cinn(), m.space(), solver, m.range(), threads);
      InverseDesigner serial = new InverseDesigner(m.cinn(), m.space(), solver, m.range(), 1);
      CmaesDesigner cmaes = new CmaesDesigner(m.space(), solver, budget, 1);
      CmaesDesigner cmaesParallel = new CmaesDesigner(m.space(), solver, budget, threads);
      for (int drawn = 0; done < targets && drawn < 50 * targets; drawn++) {
        DesignCase truth = DesignCase.evaluate(m.space().sample(rng.stream("targets").stream(drawn)), solver);
        if (!truth.usable() || truth.maxThickness() * 0.9 < 0.02) {
          continue;
        }
        DesignPoint pt = truth.point();
        DesignTarget target = new DesignTarget(pt.alphaDegrees(), pt.reynolds(), truth.cl(), truth.liftToDrag(),
            0.9 * truth.maxThickness());
        int maxDraws = Math.max(pool, count);
        InverseDesigner.FirstDesign first = designer.firstMeetingTolerance(target, 2 * threads, count,
            rng.stream("first").stream(done));
        InverseDesigner.FirstDesign dens = designer.firstMeetingToleranceScreened(target, pool, 2 * threads,
            maxDraws, rng.stream("screened").stream(done));
        InverseDesigner.FirstDesign sur1 = serial.firstMeetingToleranceSurrogate(target, surrogate, pool, 1, maxDraws,
            rng.stream("surrogate").stream(done));
        InverseDesigner.FirstDesign surN = designer.firstMeetingToleranceSurrogate(target, surrogate, pool, threads,
            maxDraws, rng.stream("surrogate").stream(done));
        OptimizationResult valid1 = cmaes.design(target, 1.0, rng.stream("cmaes-valid").stream(done));
        OptimizationResult validN = cmaesParallel.design(target, 1.0, rng.stream("cmaes-valid").stream(done));
        done++;
        drawing.add(first);
        density.add(dens);
        screened1.add(sur1);
        screenedN.add(surN);
        cmaes1.add(valid1);
        cmaesN.add(validN);
        String row = String.format(Locale.ROOT, "| %d | %.3f | %.1f | %s | %s | %s | %s | %s | %s | %.0fx | %.0fx |",
            done, target.cl(), target.liftToDrag(), cell(first), cell(dens), cell(sur1), cell(surN), cell(valid1),
            cell(validN), valid1.seconds() / sur1.seconds(), validN.seconds() / surN.seconds());
        if (family) {
          row += familyCells(designer, cmaes, target, rng, done - 1);
        }
        System.out.println(row);
        lines.add(row);
      }
    } finally {
      m.cinn().close();
    }
    if (done == 0) {
      throw new IllegalStateException("no target could be drawn: none of " + 50 * targets + " designs converged");
    }
    lines.add("");
    lines.add(String.format(Locale.ROOT, "Mean to one valid design (|dCl| <= 0.02 and 3%% in L/D), s (solver calls): "
        + "cINN drawing order %s, density order %s, surrogate order 1 core %s, %d cores %s; CMA-ES 1 core %s, "
        + "%d parallel restarts %s.", drawing, density, screened1, threads, screenedN, cmaes1, threads, cmaesN));
    lines.add(String.format(Locale.ROOT, "Speed-up of the surrogate-screened cINN, same cores: %.0fx on 1 core, "
        + "%.0fx on %d cores (ratio of mean wall times).", cmaes1.seconds() / screened1.seconds(),
        cmaesN.seconds() / screenedN.seconds(), threads));
    if (Double.isFinite(trainingSeconds)) {
      double upfront = trainingSeconds + surrogate.fitSeconds() + (Double.isFinite(dataSeconds) ? dataSeconds : 0);
      lines.add(String.format(Locale.ROOT, "Up-front cost: %.0f s (data %.0f s + cINN training %.0f s + surrogate "
          + "fit %.1f s); break-even after %.0f designs on 1 core.", upfront, dataSeconds, trainingSeconds,
          surrogate.fitSeconds(), Math.ceil(upfront / (cmaes1.seconds() - screened1.seconds()))));
    }
    lines.forEach(l -> {
      if (!l.startsWith("|")) {
        System.out.println(l);
      }
    });
    Outputs.createDirectory(out);
    AtomicFiles.write(out.resolve("compare.md"), String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
    System.out.println("wrote " + out.resolve("compare.md"));
    return 0;
  }

  private String familyCells(InverseDesigner designer, CmaesDesigner cmaes, DesignTarget target, Rng rng, int k) {
    DesignFamily fam = designer.design(target, count, rng.stream("cinn").stream(k));
    double best = fam.ranked().isEmpty() ? 1.0 : fam.ranked().get(0).score();
    OptimizationResult opt = cmaes.design(target, Math.max(best, 1e-3), rng.stream("cmaes").stream(k));
    return String.format(Locale.ROOT, " %.1f, %.3f, %d | %s | %.1fx |", fam.seconds(), best,
        fam.ranked().stream().filter(c -> c.meetsTolerance()).count(), cell(opt), opt.seconds() / fam.seconds());
  }

  private static String cell(InverseDesigner.FirstDesign f) {
    return String.format(Locale.ROOT, "%.2f (%d)%s", f.seconds(), f.simulated(), f.design() == null ? " none" : "");
  }

  private static String cell(OptimizationResult r) {
    return String.format(Locale.ROOT, "%.2f (%d)%s", r.seconds(), r.solverCalls(),
        r.reachedTolerance() ? "" : " not reached");
  }

  /** Running mean of wall time and solver calls. */
  private static final class Mean {
    private double seconds;
    private double calls;
    private int n;

    void add(InverseDesigner.FirstDesign f) {
      add(f.seconds(), f.simulated());
    }

    void add(OptimizationResult r) {
      add(r.seconds(), r.solverCalls());
    }

    private void add(double s, int c) {
      seconds += s;
      calls += c;
      n++;
    }

    double seconds() {
      return seconds / n;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f s (%.1f)", seconds / n, calls / n);
    }
  }
}
