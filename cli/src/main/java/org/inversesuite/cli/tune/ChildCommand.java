package org.inversesuite.cli.tune;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inversesuite.cli.InverseCommand;
import org.inversesuite.core.tensor.VectorWidth;

/**
 * An {@code inverse} command run in a child JVM at a chosen vector width: this JVM's java, class path and options
 * (heap, collector, module flags), its width options replaced by {@code -XX:MaxVectorSize}, the environment inherited.
 * Output goes to a log file; a failed run throws with the log's end.
 *
 * @param arguments the {@code inverse} arguments, e.g. {@code astro rv fit t.csv --model m.inn --out d}
 * @param logs folder for the runs' logs
 */
record ChildCommand(List<String> arguments, Path logs) {
  private static final Pattern MAX_VECTOR_SIZE = Pattern.compile("\\bMaxVectorSize\\s*=\\s*(\\d+)");
  private static final int LOG_TAIL_LINES = 15;

  /**
   * A finished run.
   *
   * @param wallSeconds seconds from start to exit
   * @param log the run's standard output and error
   */
  record Outcome(double wallSeconds, Path log) {
    /**
     * @return group 1 of the last match of {@code measure} in the log, as a number
     * @throws IllegalStateException when the log has no match
     */
    double measured(Pattern measure) {
      double value = Double.NaN;
      try {
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
          Matcher m = measure.matcher(line);
          if (m.find()) {
            try {
              value = Double.parseDouble(m.group(1));
            } catch (NumberFormatException | NullPointerException e) {
              throw new IllegalStateException("--measure '" + measure + "' matched '" + m.group() + "' in " + log
                  + ", but its group 1 is not a number: '" + m.group(1) + "'", e);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + log + ": " + e.getMessage(), e);
      }
      if (Double.isNaN(value)) {
        throw new IllegalStateException("no line of the command's output matches --measure '" + measure
            + "'; the end of " + log + ":\n" + tail(log));
      }
      return value;
    }
  }

  /**
   * Runs the command at {@code bits} and waits for it.
   *
   * @return its wall time and log
   * @throws IllegalStateException with the log's last lines when the command exits with another code than 0
   */
  Outcome run(int bits, String label) {
    List<String> command = new ArrayList<>(jvm());
    command.add(VectorWidth.maxVectorSizeOption(bits));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(InverseCommand.class.getName());
    command.addAll(arguments);
    Path log = logs.resolve(label + ".log");
    try {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int code = p.waitFor();
      double seconds = (System.nanoTime() - start) * 1e-9;
      if (code != 0) {
        throw new IllegalStateException("the command failed at " + bits + " bits (exit " + code + "); the end of "
            + log + ":\n" + tail(log));
      }
      return new Outcome(seconds, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a child JVM: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the command ran at " + bits + " bits", e);
    }
  }

  /** @return the widest vector the JVM uses on this machine when no option limits it, in bits */
  static int machineWidestBits() {
    List<String> command = List.of(javaBinary(), "-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintFlagsFinal", "-version");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      Matcher m = MAX_VECTOR_SIZE.matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("`java -XX:+PrintFlagsFinal -version` does not list MaxVectorSize");
      }
      return Integer.parseInt(m.group(1)) * 8;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a child JVM: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the JVM's vector width", e);
    }
  }

  /** @return java and this JVM's options without the ones that set the vector width */
  private static List<String> jvm() {
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!VectorWidth.isWidthOption(option)) {
        command.add(option);
      }
    }
    return command;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }
}
