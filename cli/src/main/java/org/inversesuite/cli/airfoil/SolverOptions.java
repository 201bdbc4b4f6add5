package org.inversesuite.cli.airfoil;

import java.util.Arrays;
import java.util.List;
import org.inversesuite.airfoil.solver.AirfoilSolver;
import org.inversesuite.airfoil.solver.SolverConfig;
import org.inversesuite.airfoil.solver.TrailingEdgeModel;
import org.inversesuite.airfoil.solver.TurbulentModel;
import org.inversesuite.airfoil.solver.ViscousPanelSolver;
import org.inversesuite.airfoil.solver.XfoilConfig;
import org.inversesuite.airfoil.solver.XfoilGraphics;
import org.inversesuite.airfoil.solver.XfoilSolver;
import picocli.CommandLine.Option;

/**
 * The solver options shared by the airfoil commands: the embedded viscous panel solver (default)
 * or an installed XFOIL program behind the same {@link AirfoilSolver} interface.
 */
final class SolverOptions {
  /** Which aerodynamic solver runs the analyses. */
  enum Backend {
    /** {@link ViscousPanelSolver}: pure Java, always available. */
    EMBEDDED,
    /** {@link XfoilSolver}: an XFOIL process per polar; XFOIL must be installed. */
    XFOIL
  }

  @Option(names = "--solver", defaultValue = "embedded",
      description = "embedded (pure Java, default) or xfoil (an installed XFOIL program, one process per polar)")
  String backend;

  @Option(names = "--ncrit", defaultValue = "9",
      description = "critical amplification N of the e^N transition method, embedded solver (default ${DEFAULT-VALUE})")
  double nCrit;

  @Option(names = "--trailing-edge", defaultValue = "opened", paramLabel = "MODEL",
      description = "embedded solver: how an edge thinner than 1e-4 chord is modelled: opened (to a 5e-4 chord gap, "
          + "the default, what data sets are built with) or sharp (XFOIL's sharp-edge formulation; "
          + "docs/airfoil-validation.md, \"Sharp trailing edge\")")
  String trailingEdge;

  @Option(names = "--turbulent", defaultValue = "head", paramLabel = "MODEL",
      description = "embedded solver: turbulent layer: head (Head's entrainment method, the default) or head-lagged "
          + "(its entrainment lags the equilibrium value, as behind a laminar bubble; docs/airfoil-validation.md, "
          + "\"Turbulent layer after a laminar bubble\")")
  String turbulent;

  @Option(names = "--xfoil", defaultValue = "xfoil", paramLabel = "PROGRAM",
      description = "XFOIL executable, a name on PATH or a path (default ${DEFAULT-VALUE})")
  String xfoilExecutable;

  @Option(names = "--xfoil-launcher", paramLabel = "WORDS",
      description = "words put before XFOIL, e.g. \"xvfb-run -a\" to give it a virtual display")
  String xfoilLauncher;

  @Option(names = "--xfoil-graphics", defaultValue = "off",
      description = "off (no display needed) or on (needs a display, e.g. with --xfoil-launcher \"xvfb-run -a\"; "
          + "Debian's XFOIL 6.99 needs on)")
  String xfoilGraphics;

  /** @return the selected backend */
  Backend backend() {
    return switch (backend.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "embedded" -> Backend.EMBEDDED;
      case "xfoil" -> Backend.XFOIL;
      default -> throw new IllegalArgumentException("--solver must be embedded or xfoil, got '" + backend + "'");
    };
  }

  /** @return the trailing-edge model of the embedded solver */
  TrailingEdgeModel trailingEdge() {
    return switch (trailingEdge.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "opened" -> TrailingEdgeModel.OPENED;
      case "sharp" -> TrailingEdgeModel.XFOIL_SHARP;
      default -> throw new IllegalArgumentException("--trailing-edge must be opened or sharp, got '" + trailingEdge + "'");
    };
  }

  /** @return the turbulent model of the embedded solver */
  TurbulentModel turbulent() {
    return switch (turbulent.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "head" -> TurbulentModel.HEAD;
      case "head-lagged" -> TurbulentModel.HEAD_LAGGED;
      default -> throw new IllegalArgumentException("--turbulent must be head or head-lagged, got '" + turbulent + "'");
    };
  }

  /** @return the solver the options describe; its settings are validated here, before any work */
  AirfoilSolver create() {
    TrailingEdgeModel edge = trailingEdge();
    TurbulentModel layer = turbulent();
    if (backend() == Backend.EMBEDDED) {
      return new ViscousPanelSolver(
          SolverConfig.defaults().withCriticalAmplification(nCrit).withTurbulentModel(layer), edge);
    }
    if (nCrit != 9) {
      throw new IllegalArgumentException("--ncrit applies to the embedded solver; the XFOIL backend runs with N_crit 9");
    }
    if (edge != TrailingEdgeModel.OPENED) {
      throw new IllegalArgumentException("--trailing-edge applies to the embedded solver; XFOIL models sharp edges itself");
    }
    if (layer != TurbulentModel.HEAD) {
      throw new IllegalArgumentException("--turbulent applies to the embedded solver; XFOIL has its own shear-lag layer");
    }
    XfoilGraphics graphics = switch (xfoilGraphics.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "off" -> XfoilGraphics.OFF;
      case "on" -> XfoilGraphics.ON;
      default -> throw new IllegalArgumentException("--xfoil-graphics must be on or off, got '" + xfoilGraphics + "'");
    };
    List<String> launcher = xfoilLauncher == null || xfoilLauncher.isBlank() ? List.of()
        : Arrays.asList(xfoilLauncher.trim().split("\\s+"));
    XfoilSolver xfoil = new XfoilSolver(XfoilConfig.defaults().withExecutable(xfoilExecutable).withLauncher(launcher)
        .withGraphics(graphics));
    try {
      xfoil.executable();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("--solver xfoil: " + e.getMessage(), e);
    }
    return xfoil;
  }

  /** @return a short description for the report line */
  String describe() {
    return backend() == Backend.EMBEDDED ? String.format(java.util.Locale.ROOT, "embedded solver, N_crit %.1f%s%s", nCrit,
        trailingEdge() == TrailingEdgeModel.XFOIL_SHARP ? ", sharp trailing edge" : "",
        turbulent() == TurbulentModel.HEAD_LAGGED ? ", lagged entrainment" : "")
        : "XFOIL (" + xfoilExecutable + ")";
  }
}
