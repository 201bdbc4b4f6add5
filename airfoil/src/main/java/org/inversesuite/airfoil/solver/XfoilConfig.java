package org.inversesuite.airfoil.solver;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the optional {@link XfoilSolver} backend.
 *
 * @param executable the XFOIL program: a bare name looked up on PATH (default {@code xfoil}) or
 *     a path to an executable file
 * @param launcher words put before the executable on the command line, e.g.
 *     {@code ["xvfb-run", "-a"]} to give XFOIL a virtual display; empty for none
 * @param graphics whether XFOIL's graphics are switched off ({@link XfoilGraphics#OFF}, needs no
 *     display) or left on
 * @param iterations XFOIL's viscous Newton iteration limit ({@code ITER}), in [1, 10000]
 * @param timeout wall-time limit of one polar (one XFOIL process), positive
 */
public record XfoilConfig(String executable, List<String> launcher, XfoilGraphics graphics, int iterations,
    Duration timeout) {

  /** Validates every field. */
  public XfoilConfig {
    if (executable == null || executable.isBlank()) {
      throw new IllegalArgumentException("xfoil executable must be a name on PATH or a path, got '" + executable + "'");
    }
    if (launcher == null || launcher.stream().anyMatch(w -> w == null || w.isBlank())) {
      throw new IllegalArgumentException("launcher must be a list of non-blank words (empty for none), got " + launcher);
    }
    launcher = List.copyOf(launcher);
    if (graphics == null) {
      throw new IllegalArgumentException("graphics must be given (OFF or ON)");
    }
    if (iterations < 1 || iterations > 10_000) {
      throw new IllegalArgumentException("xfoil iterations must be in [1, 10000], got " + iterations);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("xfoil timeout must be positive, got " + timeout);
    }
  }

  /** {@code xfoil} on PATH, no launcher, graphics off, 300 iterations, 60 s per polar. */
  public static XfoilConfig defaults() {
    return new XfoilConfig("xfoil", List.of(), XfoilGraphics.OFF, 300, Duration.ofSeconds(60));
  }

  /** @return a copy running {@code path} */
  public XfoilConfig withExecutable(String path) {
    return new XfoilConfig(path, launcher, graphics, iterations, timeout);
  }

  /** @return a copy started through {@code words} (e.g. {@code xvfb-run -a}) */
  public XfoilConfig withLauncher(List<String> words) {
    return new XfoilConfig(executable, words, graphics, iterations, timeout);
  }

  /** @return a copy with the given graphics setting */
  public XfoilConfig withGraphics(XfoilGraphics g) {
    return new XfoilConfig(executable, launcher, g, iterations, timeout);
  }

  /** @return a copy with the given iteration limit */
  public XfoilConfig withIterations(int n) {
    return new XfoilConfig(executable, launcher, graphics, n, timeout);
  }

  /** @return a copy with the given per-polar time limit */
  public XfoilConfig withTimeout(Duration limit) {
    return new XfoilConfig(executable, launcher, graphics, iterations, limit);
  }
}
