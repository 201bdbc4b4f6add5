package org.inversesuite.cli.airfoil;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.design.CmaesDesigner;
import org.inversesuite.airfoil.design.CmaesGoal;
import org.inversesuite.airfoil.design.DesignDataset;
import org.inversesuite.airfoil.design.DesignFamily;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignSpace;
import org.inversesuite.airfoil.design.DesignSurrogate;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.design.OptimizationResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.surrogate.LiftDragSurrogate;
import org.inversesuite.airfoil.surrogate.SurrogateKind;
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
 * 2 x threads; skipped with {@code --no-orders}), the cINN in the order of each forward
 * surrogate's predicted score ({@link InverseDesigner#firstMeetingToleranceSurrogate}; every
 * {@code --surrogate} orders the same pool) on one core (batch of 1, the pool drawn on one thread)
 * and on {@code --threads} cores (batches of that many), and CMA-ES on one core (Commons Math evaluates a population
 * sequentially) and with {@code --threads} restarts in parallel (the parallel runs are skipped
 * with {@code --no-parallel}). Speed-ups are quoted core for core, in wall time (ratio of the
 * means and median of the per-target ratios) and in solver calls (mean and median). Unless
 * {@code --no-family}, also a family (the cINN draws N shapes; CMA-ES runs until it reaches the
 * cINN's best score, or its budget).
 *
 * <p>CMA-ES's goal on a target ({@code --cmaes-goal}, {@link CmaesGoal}): {@code tolerance} stops
 * it at the fixed tolerance (score s ≤ 1); {@code cinn-error} stops it when its best score is at
 * most that of the design the cINN accepted on the target, s = max(|ΔC_l| / 0.02, |Δ(L/D)| /
 * (0.03 (L/D)*)), separately for every surrogate order (the 1-core CMA-ES against the 1-core
 * cINN's design, the parallel one against the parallel cINN's). Both goals of one core count are
 * reached in one CMA-ES search ({@link CmaesDesigner#design(DesignTarget, double[], Rng)}), which
 * records when each was first reached. A target where CMA-ES spent its budget is shown as
 * "&gt; s (&gt; calls)", never as a success, and enters the means at the budget (a lower bound).
 *
 * <p>Before the first timed search, {@code --warmup} untimed targets (default 1) warm up both
 * methods (see {@code warmUp}; the cINN's pool draw and orderings until they stop getting faster,
 * {@link SteadyWarmup}), so JIT compilation is charged to neither.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare inverse design with the cINN against CMA-ES optimisation on the same targets.",
    footer = {"", "Examples:", "  inverse airfoil compare airfoil.inn --targets 5",
        "  inverse airfoil compare airfoil.inn --targets 8 --pool 1000 --no-family --out compare",
        "  inverse airfoil compare airfoil.inn --surrogate MLP --cmaes-goal tolerance,cinn-error --no-family "
            + "--no-orders --no-parallel"})
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "a model from 'inverse airfoil train'")
  Path model;

  /** Targets a mean speed-up needs before it is quoted without a note ({@link #fewTargetsNote}). */
  static final int CLAIM_TARGETS = 100;

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
      description = "data set to fit a forward surrogate on when the model file lacks it (models trained before it)")
  Path data;

  @Option(names = "--surrogate", split = ",", defaultValue = "RIDGE,MLP", paramLabel = "KIND",
      description = "forward surrogates to order the cINN's pool by, side by side: ${COMPLETION-CANDIDATES} "
          + "(default ${DEFAULT-VALUE})")
  List<SurrogateKind> surrogates;

  @Option(names = "--cmaes-goal", split = ",", defaultValue = "tolerance", paramLabel = "GOAL",
      converter = CmaesGoalConverter.class,
      description = "when CMA-ES stops, side by side: tolerance (|dCl| <= 0.02 and 3%% in L/D) or cinn-error (its "
          + "best score max(|dCl|/0.02, |d(L/D)|/(0.03 L/D*)) at most that of the design the cINN accepted on the "
          + "target) (default ${DEFAULT-VALUE})")
  List<CmaesGoal> goals;

  @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
      description = "untimed warm-up targets (own seed stream, not measured) before the first timed search: every "
          + "cINN search " + WARMUP_CINN_REPEATS + " times, then its pool draw and orderings until they stop getting "
          + "faster, and " + WARMUP_CMAES_CALLS + " CMA-ES solver calls (at most --budget) each, so JIT compilation falls "
          + "on neither "
          + "method (default ${DEFAULT-VALUE}; 0 = none)")
  int warmup;

  /** Solver calls of the warm-up's CMA-ES search per warm-up target. */
  static final int WARMUP_CMAES_CALLS = 100;

  /**
   * Times each cINN search is repeated per warm-up target. Once was too few: the pool draw (the
   * flow's Vector API kernels) and the MLP scores are each run once per search, so after one
   * search they were still interpreted or C1-compiled and the first timed targets paid 48–80 ms
   * for each instead of 1–5 ms (docs/airfoil.md, "cINN cost per design (session 13)"); the
   * solver, by contrast, was warmed by CMA-ES's 100 calls.
   */
  static final int WARMUP_CINN_REPEATS = 20;

  @Option(names = "--targets-from", paramLabel = "SPACE",
      description = "draw the targets from this design space (a JSON file, or 'default' for the built-in box) instead "
          + "of the model's; both methods still design in the model's box, so models of different spaces can be "
          + "compared on the same targets")
  String targetsFrom;

  @Option(names = "--no-family",
      description = "skip the second comparison (a family of N shapes against CMA-ES to the family's best score)")
  boolean noFamily;

  @Option(names = "--no-orders", description = "skip the cINN's drawing and density orders (surrogate orders and CMA-ES only)")
  boolean noOrders;

  @Option(names = "--no-parallel", description = "skip the runs on --threads cores (1 core each only)")
  boolean noParallel;

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
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must be >= 0, got " + warmup);
    }
    DesignSpace targetBox = targetsFrom == null ? null
        : "default".equals(targetsFrom) ? DesignSpace.defaults() : DesignSpaceFile.read(Path.of(targetsFrom));
    List<SurrogateKind> kinds = surrogates.stream().distinct().toList();
    DesignModel m = DesignModel.load(model, threads);
    DesignSpace targetSpace = targetBox == null ? m.space() : targetBox;
    JsonNode run = CinnStore.runMetadata(model);
    List<LiftDragSurrogate> screens = new ArrayList<>();
    try {
      for (SurrogateKind kind : kinds) {
        screens.add(surrogate(run, kind));
      }
    } catch (RuntimeException e) {
      m.cinn().close();
      throw e;
    }
    // The 1-core columns draw on one thread as well: before session 15 they borrowed the model's --threads sampling
    // threads, a second core for the pool draw that the 1-core CMA-ES column does not get.
    DesignModel one = threads == 1 ? m : DesignModel.load(model, 1);
    double trainingSeconds = run == null ? Double.NaN : run.path("trainingSeconds").asDouble(Double.NaN);
    double dataSeconds = run == null ? Double.NaN : run.path("dataSeconds").asDouble(Double.NaN);
    AirfoilSolver solver = solverOptions.create();
    Rng rng = new Rng(seed);
    boolean family = !noFamily;
    boolean parallel = !noParallel && threads > 1;
    List<String> lines = new ArrayList<>();
    for (LiftDragSurrogate s : screens) {
      lines.add("Forward surrogate " + s.kind().name().toLowerCase(Locale.ROOT) + ": " + s.summary() + ".");
    }
    if (targetBox != null) {
      lines.add("Targets drawn from " + targetsFrom + " (" + targetSpace.shapeDimension() + " shape coefficients), not "
          + "from the model's box (" + m.space().shapeDimension() + "); both methods design in the model's box.");
    }
    lines.add("");
    String p = threads + " cores";
    SearchTally drawing = new SearchTally("cINN drawing order, " + p);
    SearchTally density = new SearchTally("cINN density order, " + p);
    List<SearchTally> screened1 = new ArrayList<>();
    List<SearchTally> screenedN = new ArrayList<>();
    for (SurrogateKind kind : kinds) {
      String k = kind.name().toLowerCase(Locale.ROOT);
      screened1.add(new SearchTally("cINN " + k + " order, 1 core"));
      screenedN.add(new SearchTally("cINN " + k + " order, " + p));
    }
    List<CmaesGoal> cmaesGoals = goals.stream().distinct().toList();
    // cmaes1[g][k]: the 1-core CMA-ES column of goal g measured against surrogate order k (one tally for
    // all k when the goal does not depend on the cINN's design); cmaesN likewise with parallel restarts
    SearchTally[][] cmaes1 = CmaesColumns.tallies(cmaesGoals, kinds, "1 core");
    SearchTally[][] cmaesN = CmaesColumns.tallies(cmaesGoals, kinds, threads + " parallel restarts");
    List<SearchTally> columns = new ArrayList<>();
    if (!noOrders) {
      columns.addAll(List.of(drawing, density));
    }
    for (int k = 0; k < kinds.size(); k++) {
      columns.add(screened1.get(k));
      if (parallel) {
        columns.add(screenedN.get(k));
      }
    }
    List<SearchTally[][]> cmaesByCores = parallel ? List.of(cmaes1, cmaesN) : List.<SearchTally[][]>of(cmaes1);
    for (SearchTally[][] byCores : cmaesByCores) {
      for (SearchTally[] byKind : byCores) {
        Arrays.stream(byKind).distinct().forEach(columns::add);
      }
    }
    StringBuilder header = new StringBuilder("| target | Cl | L/D |");
    columns.forEach(c -> header.append(' ').append(c.name()).append(": s (calls) |"));
    for (SurrogateKind kind : kinds) {
      for (CmaesGoal g : cmaesGoals) {
        String to = cmaesGoals.size() == 1 ? "" : " to " + g.label();
        header.append(" speed-up ").append(kind.name().toLowerCase(Locale.ROOT)).append(to).append(", 1 core |");
        if (parallel) {
          header.append(" speed-up ").append(kind.name().toLowerCase(Locale.ROOT)).append(to).append(", ").append(p)
              .append(" |");
        }
      }
    }
    if (family) {
      header.append(" cINN family of ").append(count).append(": s, best score, meeting tol. | CMA-ES to that score: s "
          + "(calls) | speed-up |");
    }
    lines.add(header.toString());
    lines.add("|---".repeat((int) header.chars().filter(ch -> ch == '|').count() - 1) + "|");
    int done = 0;
    int maxDraws = Math.max(pool, count);
    try {
      InverseDesigner designer = new InverseDesigner(m.cinn(), m.space(), solver, m.range(), threads);
      InverseDesigner serial = new InverseDesigner(one.cinn(), m.space(), solver, m.range(), 1);
      CmaesDesigner cmaes = new CmaesDesigner(m.space(), solver, budget, 1);
      CmaesDesigner cmaesParallel = new CmaesDesigner(m.space(), solver, budget, threads);
      if (warmup > 0) {
        String said = warmUp(m, targetSpace, solver, designer, serial, screens, parallel, maxDraws,
            rng.stream("warmup"));
        System.out.println(said);
        lines.add(lines.size() - 2, said);
        lines.add(lines.size() - 2, "");
      }
      for (int drawn = 0; done < targets && drawn < 50 * targets; drawn++) {
        DesignTarget target = DesignTarget.drawn(targetSpace, solver, rng.stream("targets").stream(drawn));
        if (target == null) {
          continue;
        }
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %d | %.3f | %.1f |", done + 1, target.cl(),
            target.liftToDrag()));
        if (!noOrders) {
          row.append(' ').append(drawing.add(designer.firstMeetingTolerance(target, 2 * threads, count,
              rng.stream("first").stream(done)))).append(" |");
          row.append(' ').append(density.add(designer.firstMeetingToleranceScreened(target, pool, 2 * threads,
              maxDraws, rng.stream("screened").stream(done)))).append(" |");
        }
        // Every surrogate orders the same pool (same stream), so only the order differs.
        List<InverseDesigner.FirstDesign> accepted1 = new ArrayList<>();
        List<InverseDesigner.FirstDesign> acceptedN = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
          InverseDesigner.FirstDesign f = serial.firstMeetingToleranceSurrogate(target, screens.get(k), pool, 1,
              maxDraws, rng.stream("surrogate").stream(done));
          accepted1.add(f);
          row.append(' ').append(screened1.get(k).add(f)).append(" |");
          if (parallel) {
            f = designer.firstMeetingToleranceSurrogate(target, screens.get(k), pool, threads, maxDraws,
                rng.stream("surrogate").stream(done));
            acceptedN.add(f);
            row.append(' ').append(screenedN.get(k).add(f)).append(" |");
          }
        }
        row.append(CmaesColumns.cells(cmaes, target, cmaesGoals, accepted1, cmaes1, rng.stream("cmaes-valid").stream(done)));
        if (parallel) {
          row.append(CmaesColumns.cells(cmaesParallel, target, cmaesGoals, acceptedN, cmaesN, rng.stream("cmaes-valid")
              .stream(done)));
        }
        for (int k = 0; k < kinds.size(); k++) {
          for (int g = 0; g < cmaesGoals.size(); g++) {
            row.append(' ').append(cmaes1[g][k].lastSpeedUp(screened1.get(k))).append(" |");
            if (parallel) {
              row.append(' ').append(cmaesN[g][k].lastSpeedUp(screenedN.get(k))).append(" |");
            }
          }
        }
        done++;
        if (family) {
          row.append(familyCells(designer, cmaes, target, rng, done - 1));
        }
        System.out.println(row);
        lines.add(row.toString());
      }
    } finally {
      m.cinn().close();
      if (one != m) {
        one.cinn().close();
      }
    }
    if (done == 0) {
      throw new IllegalStateException("no target could be drawn: none of " + 50 * targets + " designs converged");
    }
    lines.add("");
    lines.add("To one valid design (|dCl| <= 0.02 and 3% in L/D), mean wall time (mean and median solver calls) over "
        + done + " targets:");
    columns.forEach(c -> lines.add("- " + c));
    if (cmaesGoals.contains(CmaesGoal.CINN_ERROR)) {
      lines.add("CMA-ES to the cINN's error stops when its best score max(|dCl|/0.02, |d(L/D)|/(0.03 L/D*)) is at most "
          + "max(s, 0.001), s being the score of the design that cINN order accepted on the target (shown as g).");
    }
    for (int k = 0; k < kinds.size(); k++) {
      for (int g = 0; g < cmaesGoals.size(); g++) {
        lines.add(speedUp(screened1.get(k), cmaes1[g][k]));
        if (parallel) {
          lines.add(speedUp(screenedN.get(k), cmaesN[g][k]));
        }
      }
    }
    fewTargetsNote(done).ifPresent(lines::add);
    if (Double.isFinite(trainingSeconds)) {
      for (int k = 0; k < kinds.size(); k++) {
        double fit = screens.get(k).fitSeconds();
        double upfront = trainingSeconds + fit + (Double.isFinite(dataSeconds) ? dataSeconds : 0);
        for (int g = 0; g < cmaesGoals.size(); g++) {
          SearchTally opt = cmaes1[g][k];
          lines.add(String.format(Locale.ROOT, "Up-front cost with the %s surrogate: %.0f s (data %.0f s + cINN "
              + "training %.0f s + surrogate fit %.1f s); break-even after %s%.0f designs on 1 core against %s.",
              kinds.get(k).name().toLowerCase(Locale.ROOT), upfront, dataSeconds, trainingSeconds, fit,
              opt.budgetSpent() > 0 ? "at most " : "",
              Math.ceil(upfront / (opt.meanSeconds() - screened1.get(k).meanSeconds())), opt.name()));
        }
      }
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

  /**
   * The warm-up rule, fixed before any measurement: before the first timed search, {@code --warmup}
   * targets drawn from their own seed stream ("warmup", so never one of the measured targets, which
   * stay the same with or without it) each get, untimed, every cINN search this run times (same
   * pool, orders, batch sizes and core counts) {@link #WARMUP_CINN_REPEATS} times, then the pool draw and orderings
   * of those searches alone (no checks, no solves) until they stop getting faster ({@link SteadyWarmup}: 20 searches
   * left the draw at 5–7x and the MLP order at ~2x their compiled cost, docs/airfoil.md "Part 6 (session 15)"), and a CMA-ES search of {@link #WARMUP_CMAES_CALLS}
   * solver calls (or {@code --budget}, if smaller) on one core (and one with parallel restarts, if those are timed). Without it the
   * first timed target carries the JIT compilation of the flow, the surrogate and the solver, and
   * that cost falls on whichever method is timed first: the cINN.
   *
   * @return the line that says what was done
   */
  private String warmUp(DesignModel m, DesignSpace targetSpace, AirfoilSolver solver, InverseDesigner designer, InverseDesigner serial,
      List<LiftDragSurrogate> screens, boolean parallel, int maxDraws, Rng rng) {
    long start = System.nanoTime();
    int done = 0;
    int calls = Math.min(budget, WARMUP_CMAES_CALLS);
    CmaesDesigner cmaes = new CmaesDesigner(m.space(), solver, calls, 1);
    CmaesDesigner cmaesParallel = new CmaesDesigner(m.space(), solver, calls, threads);
    List<SteadyWarmup.Outcome> steady = new ArrayList<>();
    for (int drawn = 0; done < warmup && drawn < 50 * warmup; drawn++) {
      DesignTarget target = DesignTarget.drawn(targetSpace, solver, rng.stream("targets").stream(drawn));
      if (target == null) {
        continue;
      }
      for (int repeat = 0; repeat < WARMUP_CINN_REPEATS; repeat++) {
        if (!noOrders) {
          designer.firstMeetingTolerance(target, 2 * threads, count, rng.stream("first").stream(done));
          designer.firstMeetingToleranceScreened(target, pool, 2 * threads, maxDraws,
              rng.stream("screened").stream(done));
        }
        for (LiftDragSurrogate screen : screens) {
          serial.firstMeetingToleranceSurrogate(target, screen, pool, 1, maxDraws, rng.stream("surrogate").stream(done));
          if (parallel) {
            designer.firstMeetingToleranceSurrogate(target, screen, pool, threads, maxDraws,
                rng.stream("surrogate").stream(done));
          }
        }
      }
      // then the draw and the orderings alone, until they stop getting faster (SteadyWarmup)
      DesignTarget t = target;
      Rng steadyStream = rng.stream("steady").stream(done);
      SteadyWarmup.Outcome o = SteadyWarmup.run(r -> {
        if (!noOrders) {
          designer.densityOrderedPool(t, pool, steadyStream.stream(r));
        }
        for (LiftDragSurrogate screen : screens) {
          serial.surrogateOrderedPool(t, screen, pool, steadyStream.stream(r));
          if (parallel) {
            designer.surrogateOrderedPool(t, screen, pool, steadyStream.stream(r));
          }
        }
      });
      steady.add(o);
      // a goal no design reaches: exactly that many solver calls
      cmaes.design(target, Double.MIN_VALUE, rng.stream("cmaes").stream(done));
      if (parallel) {
        cmaesParallel.design(target, Double.MIN_VALUE, rng.stream("cmaes").stream(done));
      }
      if (!noFamily) {
        designer.design(target, count, rng.stream("cinn").stream(done));
      }
      done++;
    }
    StringBuilder pools = new StringBuilder();
    for (SteadyWarmup.Outcome o : steady) {
      pools.append(pools.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%d rounds, %.1f -> %.1f ms%s",
          o.rounds(), o.firstMedianMs(), o.bestMedianMs(), o.steady() ? "" : " (stopped at the cap, still falling)"));
    }
    return String.format(Locale.ROOT, "Warm-up (untimed, before the first timed search): %d target(s) from their own "
        + "seed stream, not among those measured, each with every cINN search of this run %d times, then its pool "
        + "draw and orderings alone until they stopped getting faster (blocks of %d, median; %s), and CMA-ES for %d "
        + "solver calls%s; %.1f s.", done, WARMUP_CINN_REPEATS, SteadyWarmup.BLOCK, pools, calls,
        parallel ? " on 1 core and with parallel restarts" : "", (System.nanoTime() - start) * 1e-9);
  }

  /** The surrogate of that kind from the model file, else fitted on --data, else a message saying what to do. */
  private LiftDragSurrogate surrogate(JsonNode run, SurrogateKind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    Optional<? extends LiftDragSurrogate> stored = DesignSurrogate.read(run, kind);
    if (stored.isPresent()) {
      return stored.get();
    }
    if (data == null) {
      throw new IllegalArgumentException(model + " holds no " + name + " forward surrogate (trained before it): retrain "
          + "with 'inverse airfoil train', pass --data DIR with the data set it was trained on to fit it now, or "
          + "leave it out of --surrogate");
    }
    System.out.println(model + " holds no " + name + " forward surrogate; fitting it on " + data);
    return DesignSurrogate.fit(DesignDataset.read(data), kind).orElseThrow(() -> new IllegalArgumentException(data
        + " has too few converged designs for the " + name + " forward surrogate"));
  }

  /**
   * The note printed under the speed-ups of a run with fewer than {@link #CLAIM_TARGETS} targets: single targets move
   * a 10-target mean by 2x, and two sets of 50 targets gave one model 84x and 160x (docs/airfoil.md, sessions 20
   * and 22).
   */
  static Optional<String> fewTargetsNote(int targets) {
    if (targets >= CLAIM_TARGETS) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "Note: %d targets are few for a mean speed-up: single targets moved "
        + "a 10-target mean by 2x, and two sets of 50 targets gave one model 84x and 160x (docs/airfoil.md, sessions "
        + "20 and 22); quote %d targets or more (--targets, or runs pooled by docs/scripts/airfoil_compare_means.py).",
        targets, CLAIM_TARGETS));
  }

  private static String speedUp(SearchTally cinn, SearchTally cmaes) {
    return String.format(Locale.ROOT, "Speed-up, %s against %s: %s%.1fx in wall time (ratio of means), median per "
        + "target %.1fx, %.1fx in mean solver calls, %.1fx in median solver calls.", cinn.name(), cmaes.name(),
        cmaes.budgetSpent() > 0 ? "at least " : "", cmaes.meanSeconds() / cinn.meanSeconds(),
        cmaes.medianSpeedUp(cinn), cmaes.meanCalls() / cinn.meanCalls(), cmaes.medianCalls() / cinn.medianCalls());
  }

  private String familyCells(InverseDesigner designer, CmaesDesigner cmaes, DesignTarget target, Rng rng, int k) {
    DesignFamily fam = designer.design(target, count, rng.stream("cinn").stream(k));
    double best = fam.ranked().isEmpty() ? 1.0 : fam.ranked().get(0).score();
    OptimizationResult opt = cmaes.design(target, Math.max(best, 1e-3), rng.stream("cmaes").stream(k));
    return String.format(Locale.ROOT, " %.1f, %.3f, %d | %s | %.1fx |", fam.seconds(), best,
        fam.ranked().stream().filter(c -> c.meetsTolerance()).count(), new SearchTally("CMA-ES to that score").add(opt),
        opt.seconds() / fam.seconds());
  }
}
