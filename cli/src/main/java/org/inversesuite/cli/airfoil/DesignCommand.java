package org.inversesuite.cli.airfoil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inversesuite.airfoil.design.DesignCandidate;
import org.inversesuite.airfoil.design.DesignFamily;
import org.inversesuite.airfoil.design.DesignModel;
import org.inversesuite.airfoil.design.DesignTarget;
import org.inversesuite.airfoil.design.InverseDesigner;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.FlowCondition;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inverse airfoil design MODEL --cl --ld …}: a family of shapes for a target, each re-simulated. */
@Command(name = "design", mixinStandardHelpOptions = true,
    description = {"Propose shapes for a design target with a trained model, reject invalid or too thin ones, "
        + "re-simulate every survivor with the solver and rank them by re-simulation error.",
        "Targets outside the training range are warned about; their results are still shown."},
    footer = {"", "Examples:",
        "  inverse airfoil design airfoil.inn --cl 0.8 --ld 90 --alpha 4 --re 2e6 --min-thickness 0.12",
        "  inverse airfoil design airfoil.inn --cl 1.0 --ld 110 --alpha 5 --re 3e6 -n 500 --out family --top 10"})
final class DesignCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "a model from 'inverse airfoil train'")
  Path model;

  @Option(names = "--cl", required = true, description = "target lift coefficient")
  double cl;

  @Option(names = "--ld", required = true, description = "target lift-to-drag ratio")
  double ld;

  @Option(names = "--alpha", defaultValue = "4", description = "design angle of attack, degrees (default ${DEFAULT-VALUE})")
  double alpha;

  @Option(names = "--re", defaultValue = "2e6", description = "Reynolds number (default ${DEFAULT-VALUE})")
  double reynolds;

  @Option(names = "--min-thickness", defaultValue = "0.10", description = "minimum thickness, chords (default ${DEFAULT-VALUE})")
  double minThickness;

  @Option(names = "-n", defaultValue = "200", description = "shapes to draw (default ${DEFAULT-VALUE})")
  int count;

  @Option(names = "--top", defaultValue = "5", description = "best shapes exported as .dat (default ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--out", defaultValue = "airfoil-design", paramLabel = "DIR", description = "output folder (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the latent draws (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "re-simulation threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--robustness-copies", defaultValue = "8", paramLabel = "K", description = "before writing a "
      + ".dat file, re-simulate it as read back and K copies with coordinates moved by <= 5e-8 chord (the first "
      + "rounded to 7 decimals), and warn when their answers differ; 0 skips the check (default ${DEFAULT-VALUE})")
  int robustnessCopies;

  @Option(names = "--polar-alpha", defaultValue = DesignPolars.AUTO, paramLabel = "ANGLES", description = "angles of the "
      + "polars of the best --top designs (at least one) in polars.csv and polars.png: from:to:step or a list, degrees; "
      + DesignPolars.AUTO + ": the design angle -4 ... +6 in 1-degree steps (default ${DEFAULT-VALUE})")
  String polarAlpha;

  @Option(names = "--force", description = "write into an existing output folder")
  boolean force;

  @Mixin
  SolverOptions solverOptions;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    if (count < 1 || top < 0 || robustnessCopies < 0) {
      throw new IllegalArgumentException("-n must be >= 1, --top >= 0 and --robustness-copies >= 0, got " + count
          + ", " + top + " and " + robustnessCopies);
    }
    Outputs.checkWritable(out, force);
    DesignTarget target = new DesignTarget(alpha, reynolds, cl, ld, minThickness);
    List<Double> polarAngles = DesignPolars.angles(polarAlpha, target);
    AirfoilSolver solver = solverOptions.create();
    DesignModel m = DesignModel.load(model, threads);
    DesignFamily family;
    try {
      InverseDesigner designer = new InverseDesigner(m.cinn(), m.space(), solver, m.range(), threads);
      family = designer.design(target, count, new Rng(seed));
    } finally {
      m.cinn().close();
    }
    report(family);
    Outputs.createDirectory(out);
    write(family, solver, polarAngles);
    return family.ranked().isEmpty() ? 1 : 0;
  }

  private static void report(DesignFamily f) {
    for (String w : f.warnings()) {
      System.out.println("warning: " + w);
    }
    System.out.printf(Locale.ROOT, "%d shapes drawn: %d invalid, %d thinner than %.3f, %d did not converge, %d ranked "
        + "(validity %.0f%%) in %.1f s%n", f.drawn(), f.invalidShape(), f.tooThin(), f.target().minThickness(),
        f.notConverged(), f.ranked().size(), 100 * f.validityRate(), f.seconds());
    if (f.ranked().isEmpty()) {
      System.out.println("no proposal survived; try a target inside the training range or a smaller --min-thickness");
      return;
    }
    System.out.printf(Locale.ROOT, "top half: median |dCl| %.4f, median |d(L/D)|/(L/D) %.2f%%, diversity %.4f; "
        + "%d proposals meet |dCl| <= 0.02 and 3%% in L/D%n", f.medianClErrorTopHalf(),
        100 * f.medianLiftToDragErrorTopHalf(), f.diversity(),
        f.ranked().stream().filter(DesignCandidate::meetsTolerance).count());
    System.out.printf(Locale.ROOT, "%4s %8s %8s %8s %8s %7s%n", "rank", "Cl", "L/D", "|dCl|", "d(L/D)", "t_max");
    for (int i = 0; i < Math.min(10, f.ranked().size()); i++) {
      DesignCandidate c = f.ranked().get(i);
      System.out.printf(Locale.ROOT, "%4d %8.4f %8.2f %8.4f %7.2f%% %7.4f%n", i + 1, c.result().cl(),
          c.result().liftToDrag(), c.clError(), 100 * c.liftToDragError(), c.result().maxThickness());
    }
  }

  private void write(DesignFamily f, AirfoilSolver solver, List<Double> polarAngles) {
    List<DesignCandidate> ranked = f.ranked();
    if (!ranked.isEmpty()) {
      int d = ranked.get(0).result().point().coefficients().length;
      int upper = ranked.get(0).result().point().upperCount();
      List<String> columns = new java.util.ArrayList<>();
      columns.add("rank");
      for (int j = 0; j < d; j++) {
        columns.add(j < upper ? "au" + j : "al" + (j - upper));
      }
      columns.addAll(List.of("cl", "cd", "ld", "t_max", "cl_error", "ld_rel_error"));
      Matrix v = Matrix.zeros(Precision.FLOAT64, ranked.size(), columns.size());
      for (int i = 0; i < ranked.size(); i++) {
        DesignCandidate c = ranked.get(i);
        double[] x = c.result().point().coefficients();
        v.set(i, 0, i + 1);
        for (int j = 0; j < d; j++) {
          v.set(i, 1 + j, x[j]);
        }
        double[] tail = {c.result().cl(), c.result().cd(), c.result().liftToDrag(), c.result().maxThickness(),
            c.clError(), c.liftToDragError()};
        for (int j = 0; j < tail.length; j++) {
          v.set(i, 1 + d + j, tail[j]);
        }
      }
      CsvWriter.defaults().write(out.resolve("candidates.csv"), new CsvTable(columns, v));
      DesignExport.write(out, ranked, top, solver, robustnessCopies, threads, seed);
      int shown = Math.max(1, Math.min(top, ranked.size()));
      AirfoilPlots.family(out.resolve("family.png"), f, shown);
      List<AeroResult> pressures = new java.util.ArrayList<>();
      FlowCondition at = new FlowCondition(f.target().alphaDegrees(), f.target().reynolds());
      for (int i = 0; i < shown; i++) {
        pressures.add(solver.solve(ranked.get(i).result().point().airfoil("design " + (i + 1)), at));
      }
      if (pressures.stream().anyMatch(r -> r.converged() && r.surface() != null)) {
        AirfoilPlots.pressures(out.resolve("pressure.png"), f.target(), pressures);
      } else {
        System.out.println("no C_p picture: the solver returned no surface distributions");
      }
      DesignPolars.write(out, f, shown, solver, polarAngles, threads);
    }
    System.out.println("wrote " + out + " (candidates.csv, design-NN.dat, " + (robustnessCopies > 0
        ? "robustness.csv, " : "") + "family.png, pressure.png, polars.csv, polars.png)");
  }
}
