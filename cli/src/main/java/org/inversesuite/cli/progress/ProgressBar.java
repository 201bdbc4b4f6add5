package org.inversesuite.cli.progress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar with rate and ETA on standard error. On a terminal it redraws in
 * place at most five times a second; otherwise (CI logs, pipes) it prints a line every 10%.
 * Written here rather than taken from a library because the common one brings a JLine version
 * that clashes with Tribuo's (docs/ARCHITECTURE.md).
 */
public final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 28;
  private final PrintStream out;
  private final String task;
  private final long total;
  private final String unit;
  private final boolean interactive;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int lastDecile = -1;
  private long done;
  private String extra = "";

  /**
   * @param task what is being done, e.g. "training"
   * @param total units of work
   * @param unit name of a unit, e.g. "it" or "samples"
   * @param quiet print nothing at all
   */
  public ProgressBar(String task, long total, String unit, boolean quiet) {
    this(System.err, task, total, unit, System.console() != null, quiet);
  }

  ProgressBar(PrintStream out, String task, long total, String unit, boolean interactive, boolean quiet) {
    this.out = out;
    this.task = task;
    this.total = Math.max(1, total);
    this.unit = unit;
    this.interactive = interactive;
    this.quiet = quiet;
  }

  /** Sets the progress to {@code value} units and the trailing text (e.g. the current loss). */
  public void update(long value, String text) {
    done = value;
    extra = text == null ? "" : text;
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    if (interactive) {
      if (now - lastDraw > 200_000_000L || done >= total) {
        lastDraw = now;
        out.print("\r" + line(now));
        out.flush();
      }
    } else {
      int decile = (int) (10 * done / total);
      if (decile > lastDecile) {
        lastDecile = decile;
        out.println(line(now));
      }
    }
  }

  String line(long now) {
    double seconds = (now - start) * 1e-9;
    double fraction = Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    double rate = seconds > 0 ? done / seconds : 0;
    double eta = rate > 0 ? (total - done) / rate : Double.NaN;
    return String.format(Locale.ROOT, "%-10s [%s%s] %3d%% %d/%d %s, %s %s/s, ETA %s %s", task, "#".repeat(filled),
        ".".repeat(WIDTH - filled), (int) (100 * fraction), done, total, unit, compact(rate), unit, clock(eta), extra);
  }

  private static String compact(double v) {
    if (v >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", v / 1e6);
    }
    if (v >= 1e4) {
      return String.format(Locale.ROOT, "%.1fk", v / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", v);
  }

  /** @return m:ss or h:mm:ss, "?" if unknown */
  static String clock(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "?";
    }
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public void close() {
    if (!quiet && interactive) {
      out.print("\r" + line(System.nanoTime()) + "\n");
      out.flush();
    }
  }
}
