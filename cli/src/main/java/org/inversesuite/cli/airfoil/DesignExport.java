package org.inversesuite.cli.airfoil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inversesuite.airfoil.design.DesignCandidate;
import org.inversesuite.airfoil.design.DesignCase;
import org.inversesuite.airfoil.design.Robustness;
import org.inversesuite.airfoil.design.RobustnessCheck;
import org.inversesuite.airfoil.io.AirfoilFiles;
import org.inversesuite.airfoil.io.CoordinateFormat;
import org.inversesuite.airfoil.solver.AeroResult;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.inversesuite.data.table.CsvTable;
import org.inversesuite.data.table.CsvWriter;
import org.inversesuite.data.table.NonFinitePolicy;

/**
 * The .dat files of {@code inverse airfoil design}: each written so that it reads back bit for bit, and
 * re-checked before it is written (docs/airfoil.md, "Exported designs re-simulate to what was reported
 * (session 15)").
 */
final class DesignExport {
  private DesignExport() {}

  /**
   * Writes the best {@code top} shapes as Selig files {@code design-NN.dat} into {@code out}. Each file's text is
   * parsed back and, unless {@code robustnessCopies} is 0, re-simulated with its perturbed copies
   * ({@link RobustnessCheck}, random copies from the stream "robustness" of {@code seed}) before it is written;
   * a file that does not re-simulate to the reported values, or whose copies find another solution, is warned
   * about by name, and the findings go to {@code robustness.csv}.
   */
  static void write(Path out, List<DesignCandidate> ranked, int top, AirfoilSolver solver, int robustnessCopies,
      int threads, long seed) {
    int n = Math.min(top, ranked.size());
    RobustnessCheck check = robustnessCopies > 0
        ? new RobustnessCheck(solver, robustnessCopies, RobustnessCheck.DEFAULT_SIZE, threads) : null;
    Rng rng = new Rng(seed).stream("robustness");
    List<Robustness> found = new ArrayList<>();
    if (check != null && n > 0) {
      System.out.printf(Locale.ROOT, "re-check of the exported files (as read back, and %d copies moved by <= %s "
          + "chord):%n", robustnessCopies, RobustnessCheck.DEFAULT_SIZE);
    }
    for (int i = 0; i < n; i++) {
      String file = String.format(Locale.ROOT, "design-%02d.dat", i + 1);
      DesignCase c = ranked.get(i).result();
      List<String> lines = AirfoilFiles.format(c.point().airfoil(String.format(Locale.ROOT, "inverse design %d", i + 1)),
          CoordinateFormat.SELIG);
      if (check != null) {
        Robustness r = check.check(AirfoilFiles.parse(file, lines, CoordinateFormat.SELIG), c, rng.stream(i));
        found.add(r);
        System.out.printf(Locale.ROOT, "  %s: C_l %.4f, L/D %.2f%s%s; %s%n", file, r.cl(), r.liftToDrag(),
            r.reproduced() ? " as reported" : "", r.directMode() ? " (" + AeroResult.DIRECT_MODE + ")" : "", r.summary());
        if (!r.reproduced()) {
          System.out.printf(Locale.ROOT, "warning: %s re-simulates to C_l %.4f, L/D %.2f, not to the reported %.4f, "
              + "%.2f%n", file, r.cl(), r.liftToDrag(), c.cl(), c.liftToDrag());
        }
        if (!r.robust()) {
          System.out.printf(Locale.ROOT, "warning: %s is not robust: the solver finds other solutions for copies "
              + "moved by <= %s chord (C_l %.4f-%.4f, L/D %.1f-%.1f); the reported values hold for the file's exact "
              + "coordinates, a re-check with rounded ones or another panelling can give any of the others%s%n", file,
              r.size(), r.clMin(), r.clMax(), r.liftToDragMin(), r.liftToDragMax(), r.directMode()
                  ? String.format(Locale.ROOT, "; the reported values are the solver's direct-mode fallback "
                      + "(model ibl-2), %d of %d copies converged in the current model", r.converged() - r.directCopies(),
                      r.copies()) : "");
        }
      }
      AirfoilFiles.write(out.resolve(file), lines);
    }
    if (!found.isEmpty()) {
      writeRobustness(out, found);
    }
  }

  private static void writeRobustness(Path out, List<Robustness> found) {
    List<String> columns = List.of("rank", "reproduced", "direct_mode", "cl", "ld", "copies", "converged",
        "direct_copies", "cl_min", "cl_max", "ld_min", "ld_max", "robust");
    Matrix v = Matrix.zeros(Precision.FLOAT64, found.size(), columns.size());
    for (int i = 0; i < found.size(); i++) {
      Robustness r = found.get(i);
      double[] row = {i + 1, r.reproduced() ? 1 : 0, r.directMode() ? 1 : 0, r.cl(), r.liftToDrag(), r.copies(),
          r.converged(), r.directCopies(), r.clMin(), r.clMax(), r.liftToDragMin(), r.liftToDragMax(), r.robust() ? 1 : 0};
      for (int j = 0; j < row.length; j++) {
        v.set(i, j, row[j]);
      }
    }
    CsvWriter.defaults().withNonFinite(NonFinitePolicy.ALLOW).write(out.resolve("robustness.csv"),
        new CsvTable(new ArrayList<>(columns), v));
  }
}
