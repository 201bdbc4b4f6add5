package org.inversesuite.cli.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wall times of one command run at several vector widths, and the choice they support. A width is chosen only when
 * it is faster beyond the noise the repeats show: its slowest run beats the fastest run of every other width.
 * Otherwise the runs overlap and no width is chosen.
 */
public final class WidthTimings {
  private final Map<Integer, List<Double>> seconds = new LinkedHashMap<>();

  /** Records one run of {@code bits} that took {@code wallSeconds}. */
  public void add(int bits, double wallSeconds) {
    if (!(wallSeconds >= 0) || Double.isInfinite(wallSeconds)) {
      throw new IllegalArgumentException("wall time must be finite and non-negative, not " + wallSeconds);
    }
    seconds.computeIfAbsent(bits, b -> new ArrayList<>()).add(wallSeconds);
  }

  /** @return the widths measured, in the order of their first run */
  public List<Integer> widths() {
    return List.copyOf(seconds.keySet());
  }

  /** @return the runs of {@code bits}, in order */
  public List<Double> runs(int bits) {
    return List.copyOf(seconds.getOrDefault(bits, List.of()));
  }

  /** @return median wall time of {@code bits} */
  public double median(int bits) {
    double[] s = sorted(bits);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  /** @return the width with the lowest median wall time */
  public int fastest() {
    if (seconds.isEmpty()) {
      throw new IllegalStateException("no runs recorded");
    }
    int best = widths().get(0);
    for (int bits : widths()) {
      if (median(bits) < median(best)) {
        best = bits;
      }
    }
    return best;
  }

  /** @return the fastest width if its slowest run beats every other width's fastest run, else empty */
  public Optional<Integer> clearWinner() {
    int best = fastest();
    double[] own = sorted(best);
    for (int bits : widths()) {
      if (bits != best && !(own[own.length - 1] < sorted(bits)[0])) {
        return Optional.empty();
      }
    }
    return seconds.size() > 1 ? Optional.of(best) : Optional.empty();
  }

  /** @return median of {@code bits} over the fastest width's median (1 for the fastest) */
  public double ratioToFastest(int bits) {
    return median(bits) / median(fastest());
  }

  private double[] sorted(int bits) {
    List<Double> runs = seconds.get(bits);
    if (runs == null || runs.isEmpty()) {
      throw new IllegalArgumentException("no runs at " + bits + " bits");
    }
    double[] s = runs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(s);
    return s;
  }
}
