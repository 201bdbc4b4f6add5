package org.inversesuite.airfoil.solver;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Finds the XFOIL executable and runs it once, with standard input from a file, standard output
 * and error into a log file, and a wall-time limit after which the process and its children
 * are killed.
 */
final class XfoilProcess {
  /**
   * How a run ended.
   *
   * @param timedOut the time limit was reached and the process killed
   * @param exitCode the exit status (−1 after a timeout)
   * @param lastOutput the most telling line of the log: the last one naming a signal or an
   *     error, else the last non-blank one; empty when there was no output
   */
  record Outcome(boolean timedOut, int exitCode, String lastOutput) {}

  private static final String OPTIONAL = "; the XFOIL backend is optional: the embedded ViscousPanelSolver "
      + "needs no external program";

  private XfoilProcess() {}

  /**
   * @param executable a bare name looked up on PATH, or a path
   * @return the absolute path of the executable
   * @throws IllegalStateException naming the executable when it is not found or not executable
   */
  static Path resolve(String executable) {
    if (!executable.contains("/") && !executable.contains(File.separator)) {
      String path = System.getenv("PATH");
      for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          Path candidate = Path.of(dir, executable);
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            return candidate.toAbsolutePath();
          }
        }
      }
      throw new IllegalStateException("xfoil executable '" + executable + "' not found on PATH" + OPTIONAL);
    }
    Path p = Path.of(executable);
    if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
      throw new IllegalStateException("xfoil executable '" + executable + "' does not exist or is not executable"
          + OPTIONAL);
    }
    return p.toAbsolutePath();
  }

  /**
   * Runs {@code launcher… executable} in {@code workDir} and waits at most {@code config.timeout()}.
   *
   * @throws IllegalStateException if the process cannot be started or the wait is interrupted
   */
  static Outcome run(XfoilConfig config, Path executable, Path workDir, Path stdin, Path log) {
    List<String> command = new ArrayList<>(config.launcher());
    command.add(executable.toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectInput(stdin.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + String.join(" ", command) + ": " + e.getMessage() + OPTIONAL, e);
    }
    try {
      if (!process.waitFor(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        return new Outcome(true, -1, lastOutput(log));
      }
      return new Outcome(false, process.exitValue(), lastOutput(log));
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for xfoil", e);
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String lastOutput(Path log) {
    List<String> lines;
    try {
      lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read xfoil log " + log + ": " + e.getMessage(), e);
    }
    String last = "";
    for (String line : lines) {
      String t = line.trim();
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.contains("signal") || lower.contains("error")) {
        return t;
      }
      if (!t.isEmpty()) {
        last = t;
      }
    }
    return last;
  }
}
