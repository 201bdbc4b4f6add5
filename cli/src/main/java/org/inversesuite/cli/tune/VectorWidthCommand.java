package org.inversesuite.cli.tune;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.inversesuite.core.tensor.VectorWidth;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inverse tune vector-width -- COMMAND…}: runs an {@code inverse} command at each vector width in child JVMs,
 * alternating the widths between repeats (ABBA), prints the wall times (or, with {@code --measure}, a figure the
 * command prints, such as a catalogue's median answer time) and saves the width that is faster beyond the
 * runs' spread ({@link WidthTimings#clearWinner()}) for the launcher ({@link VectorBitsSetting}). Which width is faster
 * depends on the CPU and on the work: on one AVX-512 machine one RV model answered 1.4x faster at 256 bits, on another
 * the default model was faster at 512 (docs/astro.md runs 32, 34, 35; docs/performance.md, "Vector width").
 */
@Command(name = "vector-width", mixinStandardHelpOptions = true,
    description = {"Time an inverse command at each Vector API width in child JVMs and save the faster width for the "
        + "launcher (in $INVERSE_CONFIG_HOME, else $XDG_CONFIG_HOME/inversesuite, else ~/.config/inversesuite).",
        "Time the work you will run (a catalogue, a training), at least ~10 s per run, so start-up is small beside it. "
        + "A training's last bits depend on the width (docs/reproducibility.md).",
        "", "Examples:",
        "  inverse tune vector-width --measure 'answer median ([0-9.]+) ms' \\",
        "      -- astro rv fit t/*.csv --model rv.inn --out /tmp/t --no-plots --force",
        "  inverse tune vector-width -- train --quiet --set training.iterations=1000",
        "      (each run leaves its run folder under runs/)",
        "  inverse tune vector-width --clear      (back to the JVM's widest vectors)",
        "  INVERSE_VECTOR_BITS=256 inverse ...    (this run at 256 bits)"})
public final class VectorWidthCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "the inverse command to time, after --")
  List<String> command = new ArrayList<>();

  @Option(names = "--widths", split = ",", paramLabel = "BITS",
      description = "widths to compare (default: 256 and this machine's widest, if wider)")
  List<Integer> widths;

  @Option(names = "--repeats", defaultValue = "3", description = "runs per width, at least 2 (default: ${DEFAULT-VALUE})")
  int repeats;

  @Option(names = "--measure", paramLabel = "REGEX", description = "compare a figure the command prints instead of its "
      + "wall time: group 1 of the last line matching REGEX, lower is better, e.g. 'answer median ([0-9.]+) ms'")
  String measure;

  @Option(names = "--dry-run", description = "measure and print, save nothing")
  boolean dryRun;

  @Option(names = "--clear", description = "remove the saved width and exit")
  boolean clear;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Where the width is saved; the user's configuration folder unless a test sets another. */
  VectorBitsSetting setting = VectorBitsSetting.ofUser();

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    if (clear) {
      setting.clear();
      out.println("removed " + setting.file() + ": the launcher runs at the JVM's widest vectors");
      return 0;
    }
    if (command.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give the inverse command to time after --, e.g. inverse tune vector-width -- train --quiet --set training.iterations=1000");
    }
    if (repeats < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--repeats must be at least 2 (one run per width cannot tell a difference from noise), not " + repeats);
    }
    Pattern figure = measure == null ? null : pattern(measure);
    int widest = ChildCommand.machineWidestBits();
    List<Integer> candidates = candidates(widest);
    out.println("this machine's widest vectors: " + widest + " bits; now: " + VectorWidth.current()
        + setting.read().map(s -> ", saved " + s + " in " + setting.file()).orElse(""));
    if (candidates.size() < 2) {
      out.println("only one width to run at (" + candidates + " bits): nothing to choose");
      return 0;
    }
    WidthTimings timings = measure(candidates, figure, out);
    report(timings, widest, setting, out);
    return 0;
  }

  private List<Integer> candidates(int widest) {
    List<Integer> chosen = widths != null ? widths : widest > 256 ? List.of(256, widest) : List.of(widest);
    for (int bits : chosen) {
      if (bits < 128 || bits > widest || Integer.bitCount(bits) != 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--widths: " + bits
            + " bits is not a width of this machine (powers of two from 128 to " + widest + ")");
      }
    }
    return chosen.stream().distinct().toList();
  }

  private WidthTimings measure(List<Integer> candidates, Pattern figure, PrintStream out) throws IOException {
    Path logs = Files.createTempDirectory("inverse-tune-");
    ChildCommand child = new ChildCommand(command, logs);
    out.println((figure == null ? "timing" : "measuring '" + measure + "' of") + " `inverse " + abbreviated(command)
        + "`, " + repeats + " runs per width; logs in " + logs);
    WidthTimings timings = new WidthTimings();
    for (int r = 0; r < repeats; r++) {
      List<Integer> order = new ArrayList<>(candidates);
      if (r % 2 == 1) {
        Collections.reverse(order);
      }
      for (int bits : order) {
        ChildCommand.Outcome run = child.run(bits, bits + "-bits-run-" + (r + 1));
        double value = figure == null ? run.wallSeconds() : run.measured(figure);
        timings.add(bits, value);
        out.printf(Locale.ROOT, "  %3d bits, run %d of %d: %s (wall %.2f s)%n", bits, r + 1, repeats,
            format(List.of(value)), run.wallSeconds());
      }
    }
    deleteQuietly(logs);
    return timings;
  }

  /** Prints the table and saves, clears or keeps the setting as the timings decide. */
  void report(WidthTimings timings, int widest, VectorBitsSetting setting, PrintStream out) {
    out.println("width  median    runs                     median / fastest");
    for (int bits : timings.widths()) {
      out.printf(Locale.ROOT, "%4d   %-8s  %-24s %.3f%n", bits, format(List.of(timings.median(bits))),
          format(timings.runs(bits)), timings.ratioToFastest(bits));
    }
    Optional<Integer> winner = timings.clearWinner();
    if (winner.isEmpty()) {
      out.println("no clear winner: the runs of the widths overlap. Nothing saved"
          + setting.read().map(s -> " (" + setting.file() + " still says " + s + ")").orElse("") + ".");
      return;
    }
    int bits = winner.get();
    if (dryRun) {
      out.println("fastest: " + bits + " bits (--dry-run: nothing saved)");
    } else if (bits == widest) {
      setting.clear();
      out.println("fastest: " + bits + " bits, the JVM's default here; " + setting.file() + " removed");
    } else {
      setting.write(bits);
      out.println("fastest: " + bits + " bits; saved in " + setting.file()
          + " (the launcher adds " + VectorWidth.maxVectorSizeOption(bits) + ")");
    }
  }

  /** Four significant digits: wall seconds and figures such as 1.26 ms alike. */
  private static String format(List<Double> values) {
    return String.join(" ", values.stream().map(v -> String.format(Locale.ROOT, "%.4g", v)).toList());
  }

  private Pattern pattern(String regex) {
    try {
      Pattern p = Pattern.compile(regex);
      if (p.matcher("").groupCount() < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--measure needs a group around the number, e.g. 'answer median ([0-9.]+) ms', not '" + regex + "'");
      }
      return p;
    } catch (PatternSyntaxException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--measure is not a regular expression: "
          + e.getDescription() + " in '" + regex + "'");
    }
  }

  /** @return the command with the middle of a long argument list left out, e.g. 3000 table files */
  static String abbreviated(List<String> command) {
    int keep = 8;
    if (command.size() <= 2 * keep) {
      return String.join(" ", command);
    }
    return String.join(" ", command.subList(0, keep)) + " … (" + (command.size() - 2 * keep) + " more) … "
        + String.join(" ", command.subList(command.size() - keep, command.size()));
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // the logs are in the temporary folder; leaving them is harmless
    }
  }
}
