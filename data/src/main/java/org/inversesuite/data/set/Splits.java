package org.inversesuite.data.set;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inversesuite.core.problem.Dataset;
import org.inversesuite.core.random.Rng;

/** Ways to split a {@link Dataset} into parts. */
public final class Splits {
  private Splits() {}

  /**
   * Splits {@code data} at random into a training and a validation part.
   *
   * <p>Draws one permutation of the rows from {@code rng}: its first
   * {@code round(validationFraction * size)} rows, in that shuffled order, form the validation
   * part and the rest, also shuffled, the training part. Both parts are {@link RowSubset} views
   * of {@code data}, so nothing is copied. The same seed gives the same split.
   *
   * @param data the rows to split
   * @param validationFraction in (0, 1)
   * @param rng the stream the permutation is drawn from
   * @return the two parts, views of {@code data}
   * @throws IllegalArgumentException if the fraction is not in (0, 1), or if either part would
   *     be empty for this number of rows
   */
  public static TrainValidation trainValidation(Dataset data, double validationFraction, Rng rng) {
    int[] own = new int[data.size()];
    Arrays.setAll(own, i -> i);
    return trainValidation(data, own, validationFraction, rng);
  }

  /**
   * Splits {@code data} at random into a training and a validation part that share no group: rows
   * of one group (e.g. one shape simulated at several angles) go to the same part, so validation
   * measures unseen groups.
   *
   * <p>The groups, in the order they first appear, are drawn in one permutation from {@code rng}:
   * the first {@code round(validationFraction * groups)} form the validation part, the rest the
   * training part, each group's rows in file order. With one row per group this is exactly
   * {@link #trainValidation(Dataset, double, Rng)} (same draw, same rows in the same order).
   *
   * @param group the group of every row (any int labels; rows of a group need not be adjacent)
   * @throws IllegalArgumentException if the fraction is not in (0, 1), group has another length
   *     than data, or either part would have no group
   */
  public static TrainValidation trainValidation(Dataset data, int[] group, double validationFraction, Rng rng) {
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + validationFraction);
    }
    int n = data.size();
    if (group.length != n) {
      throw new IllegalArgumentException("one group label per row needed: " + group.length + " labels for " + n + " rows");
    }
    Map<Integer, List<Integer>> rowsOf = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      rowsOf.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(rowsOf.values());
    int g = groups.size();
    long validation = Math.round(validationFraction * g);
    if (validation < 1 || validation > g - 1) {
      throw new IllegalArgumentException("validation fraction " + validationFraction + " of " + g
          + (g == n ? " rows" : " groups") + " gives " + validation + " validation and " + (g - validation)
          + " training " + (g == n ? "rows" : "groups") + "; both parts need at least one");
    }
    int[] order = rng.permutation(g);
    int v = (int) validation;
    return new TrainValidation(new RowSubset(data, rowsOf(groups, order, v, g)),
        new RowSubset(data, rowsOf(groups, order, 0, v)));
  }

  /** @return the rows of groups order[from], …, order[to − 1], in that order */
  private static int[] rowsOf(List<List<Integer>> groups, int[] order, int from, int to) {
    return Arrays.stream(order, from, to).flatMap(k -> groups.get(k).stream().mapToInt(Integer::intValue)).toArray();
  }
}
