package org.inversesuite.astro.rv.periodogram;

import java.util.Arrays;

/**
 * {@link CoarseRefinement} as it was before docs/astro.md run 29, kept unchanged (a deliberate copy) as part of the
 * reference of {@link RefinedFeaturesBefore}.
 *
 * <p>Where a periodogram computed coarse-then-refine ({@link PeriodogramConfig#refine()} r &ge; 2) is evaluated on the
 * whole grid. The coarse grid holds every r-th grid frequency, c_j = p(f_{jr}) for j = 0 … J − 1; the segment of
 * coarse point j is the fine indices strictly between its coarse neighbours, (j − 1) r &lt; k &lt; (j + 1) r. A
 * segment is evaluated on the whole grid when
 * <ul>
 *   <li>(peaks) j is one of the K ({@link PeriodogramConfig#refinePeaks()}) coarse local maxima (c_j &gt; c_{j−1},
 *       c_j &ge; c_{j+1}) with the highest parabola vertices
 *       h_j = c_j + (c_{j−1} − c_{j+1})² / (8 (2c_j − c_{j−1} − c_{j+1})), the height of the parabola through the
 *       three coarse powers (a peak sampled off its top is ranked by the top it implies, not by its sample);</li>
 *   <li>(bins) j is the highest of the coarse points whose segments meet bin b's run of fine indices [s_b, e_b)
 *       (those inside and the one beyond either end: the bin's largest power can lie at its end, on the flank of a
 *       peak in the next bin); a run with no coarse point inside takes both its neighbours, which cover it whole.</li>
 * </ul>
 * The fine array ({@link #fine()}) holds c_j at index jr, the evaluated segments' powers, and −∞ elsewhere (no power
 * is below 0); {@link PeriodogramFeatures#summarise} takes the largest known power per bin and reports a peak only
 * at an index whose two neighbours are known. <b>Guaranteed</b>: every known power equals the whole grid's to the
 * rounding of the phase rotations (tested to 1e-10; measured ≤ 5e-13), so every reported peak is a local maximum of
 * the whole grid with the whole grid's parabola-refined position and power, and every bin maximum is at most the
 * whole grid's. <b>Not guaranteed</b>: that the whole grid's highest peaks and bin maxima are among those found; a
 * peak narrower than the coarse step can fall between coarse points or rank below K (measured rates in
 * docs/astro.md run 25). Which indices are evaluated does not depend on the vector width. Scratch space: one instance
 * per periodogram and thread.
 */
final class CoarseRefinementBefore {
  private final int stride;
  private final int frequencies;
  private final int coarseCount;
  private final int candidates;
  private final double[] bestHeight;
  private final int[] bestIndex;
  private final int[] binEnd;
  private final double[] coarse;
  private final double[] fine;
  private final boolean[] selected;
  private final int[] runStart;
  private final int[] runEnd;
  private int runs;

  /** @param binEnd per ln P bin one past its last fine index ({@link PeriodogramFeatures}'s runs) */
  CoarseRefinementBefore(PeriodogramConfig config, int[] binEnd) {
    this.stride = config.refine();
    this.frequencies = config.frequencies();
    this.coarseCount = (frequencies + stride - 1) / stride;
    this.candidates = config.refinePeaks();
    this.bestHeight = new double[candidates];
    this.bestIndex = new int[candidates];
    this.binEnd = binEnd;
    this.coarse = new double[coarseCount];
    this.fine = new double[frequencies];
    this.selected = new boolean[coarseCount];
    this.runStart = new int[coarseCount];
    this.runEnd = new int[coarseCount];
  }

  /** @return r */
  int stride() {
    return stride;
  }

  /** @return J, the number of coarse frequencies */
  int coarseCount() {
    return coarseCount;
  }

  /** @return the coarse powers c_j, to be written by the periodogram before {@link #select()} */
  double[] coarse() {
    return coarse;
  }

  /** @return the powers on the whole grid where known, −∞ elsewhere */
  double[] fine() {
    return fine;
  }

  /** @return the number of runs of fine indices to evaluate (after {@link #select()}) */
  int runs() {
    return runs;
  }

  /** @return the first fine index of run i */
  int runStart(int i) {
    return runStart[i];
  }

  /** @return one past the last fine index of run i */
  int runEnd(int i) {
    return runEnd[i];
  }

  /** Chooses the segments from the coarse powers, lays the coarse powers into {@link #fine()}, merges the runs. */
  void select() {
    Arrays.fill(selected, false);
    Arrays.fill(fine, Double.NEGATIVE_INFINITY);
    for (int j = 0; j < coarseCount; j++) {
      fine[j * stride] = coarse[j];
    }
    // the `candidates` coarse local maxima of the highest vertex heights, highest first (ties: lower index first)
    Arrays.fill(bestHeight, Double.NEGATIVE_INFINITY);
    int kept = 0;
    for (int j = 0; j < coarseCount; j++) {
      // h_j ≤ c_j + max(c_j − c_{j−1}, c_j − c_{j+1}) / 8 ≤ 9 c_j / 8 (powers ≥ 0): a point whose bound is below the
      // K-th height so far cannot enter (1.126: a margin over the rounding of h_j), the same candidates
      if (kept == candidates && coarse[j] * 1.126 <= bestHeight[candidates - 1] || !localMaximum(j)) {
        continue;
      }
      double h = vertex(j);
      if (kept == candidates && h <= bestHeight[candidates - 1]) {
        continue;
      }
      int i = Math.min(kept, candidates - 1);
      while (i > 0 && bestHeight[i - 1] < h) {
        bestHeight[i] = bestHeight[i - 1];
        bestIndex[i] = bestIndex[i - 1];
        i--;
      }
      bestHeight[i] = h;
      bestIndex[i] = j;
      kept = Math.min(candidates, kept + 1);
    }
    for (int i = 0; i < kept; i++) {
      selected[bestIndex[i]] = true;
    }
    int start = 0;
    for (int b = binEnd.length - 1; b >= 0; b--) {
      int end = binEnd[b];
      if (end > start) {
        selectBin(start, end);
        start = end;
      }
    }
    runs = 0;
    for (int j = 0; j < coarseCount; j++) {
      if (!selected[j]) {
        continue;
      }
      int from = Math.max(0, (j - 1) * stride + 1);
      int to = Math.min(frequencies, (j + 1) * stride);
      if (runs > 0 && from <= runEnd[runs - 1] + 1) {
        runEnd[runs - 1] = Math.max(runEnd[runs - 1], to);
      } else {
        runStart[runs] = from;
        runEnd[runs] = to;
        runs++;
      }
    }
  }

  /**
   * Selects, for the bin of fine run [start, end), the segment of the highest coarse point among those whose segments
   * meet the run (the coarse points inside and the one beyond either end, whose segment holds the flank of a peak in
   * the next bin); a run with no coarse point inside has both its neighbours' segments, which cover it whole.
   */
  private void selectBin(int start, int end) {
    // segments meeting [start, end): (j + 1) r − 1 >= start and (j − 1) r + 1 <= end − 1
    int first = start / stride;
    int last = Math.min(coarseCount - 1, Math.floorDiv(end - 2, stride) + 1);
    if ((start + stride - 1) / stride > (end - 1) / stride) {
      for (int j = first; j <= last; j++) {
        selected[j] = true;
      }
      return;
    }
    int top = first;
    for (int j = first + 1; j <= last; j++) {
      top = coarse[j] > coarse[top] ? j : top;
    }
    selected[top] = true;
  }

  /**
   * @return the height of the vertex of the parabola through coarse points j − 1, j, j + 1 (c_j at an end or where
   *     the three do not curve down): c_j + (c_{j−1} − c_{j+1})² / (8 (2c_j − c_{j−1} − c_{j+1}))
   */
  private double vertex(int j) {
    if (j == 0 || j + 1 == coarseCount) {
      return coarse[j];
    }
    double left = coarse[j - 1];
    double right = coarse[j + 1];
    double curve = 2 * coarse[j] - left - right;
    return curve > 0 ? coarse[j] + (left - right) * (left - right) / (8 * curve) : coarse[j];
  }

  /** @return whether coarse point j is a local maximum of the coarse powers (ends: one neighbour) */
  private boolean localMaximum(int j) {
    double left = j > 0 ? coarse[j - 1] : Double.NEGATIVE_INFINITY;
    double right = j + 1 < coarseCount ? coarse[j + 1] : Double.NEGATIVE_INFINITY;
    return coarse[j] > left && coarse[j] >= right;
  }
}
