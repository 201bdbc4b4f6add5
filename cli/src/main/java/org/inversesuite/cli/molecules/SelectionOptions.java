package org.inversesuite.cli.molecules;

import java.util.Arrays;
import java.util.Locale;
import org.inversesuite.molecules.evaluation.WindowAcceptance;

/**
 * The checks of the selection options of {@code evaluate} and {@code generate} ({@code --rerank}, {@code --window-cap},
 * {@code --window}), and evaluate's header line for them.
 */
final class SelectionOptions {
  private SelectionOptions() {}

  /** @return the nearest-first multipliers: none for the default 1, otherwise each ≥ 2 and distinct */
  static int[] reranks(int[] rerank) {
    if (rerank.length == 1 && rerank[0] == 1) {
      return new int[0];
    }
    for (int i = 0; i < rerank.length; i++) {
      if (rerank[i] < 2) {
        throw new IllegalArgumentException("--rerank: each K must be >= 2 (K = 1 alone is the raw cINN only), got "
            + Arrays.toString(rerank));
      }
      for (int j = 0; j < i; j++) {
        if (rerank[i] == rerank[j]) {
          throw new IllegalArgumentException("--rerank: K = " + rerank[i] + " is given twice");
        }
      }
    }
    return rerank.clone();
  }

  /** @return the window half-width; refuses a bad cap, a bad width and a width without a cap */
  static double window(int cap, Double window) {
    if (cap < 0) {
      throw new IllegalArgumentException("--window-cap must be >= 1 (0: no window acceptance), got " + cap);
    }
    if (window != null && cap == 0) {
      throw new IllegalArgumentException("--window needs --window-cap K");
    }
    if (window != null && !(window > 0 && Double.isFinite(window))) {
      throw new IllegalArgumentException("--window must be a finite number > 0, got " + window);
    }
    return window == null ? WindowAcceptance.DEFAULT_HALF_WIDTH : window;
  }

  /** @return the header's description of the selection rows, empty when there are none */
  static String describe(int n, int[] reranks, int cap, double window) {
    StringBuilder b = new StringBuilder();
    for (int k : reranks) {
      b.append(String.format(Locale.ROOT, "; re-ranked row: the %d nearest to the target of %d cINN candidates (k = %d)", n, k * n, k));
    }
    if (cap > 0) {
      b.append(String.format(Locale.ROOT, "; window-acceptance row: the cINN candidates in draw order within ±%s of the target until"
          + " %d are kept or %d drawn (k = %d), then the nearest of the rest", window, n, cap * n, cap));
    }
    if (b.length() > 0) {
      b.append("; every selection ranks the same candidates (stream rerank-<i>) by the computed Wildman-Crippen logP against the"
          + " target, and its diversity and uniqueness are on the kept molecules");
    }
    return b.toString();
  }
}
