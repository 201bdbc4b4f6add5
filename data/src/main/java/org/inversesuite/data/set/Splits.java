package org.inversesuite.data.set;

import java.util.Arrays;
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
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + validationFraction);
    }
    int n = data.size();
    long validation = Math.round(validationFraction * n);
    if (validation < 1 || validation > n - 1) {
      throw new IllegalArgumentException("validation fraction " + validationFraction + " of " + n + " rows gives "
          + validation + " validation and " + (n - validation) + " training rows; both parts need at least one");
    }
    int[] order = rng.permutation(n);
    int v = (int) validation;
    return new TrainValidation(new RowSubset(data, Arrays.copyOfRange(order, v, n)),
        new RowSubset(data, Arrays.copyOfRange(order, 0, v)));
  }
}
