package org.inversesuite.molecules.relabel;

/**
 * How a designer is self-trained by hindsight relabelling ({@link RelabelTraining}). Pure data.
 * After the ordinary training, each of {@code rounds} rounds draws {@code designs} designs at
 * {@link #TARGETS} targets evenly spread over the central 95 % of the training logP, keeps every valid,
 * novel and so far unseen molecule as the pair (its design row, its true logP), and trains
 * {@code steps} more steps on batches in which a share {@code share} of the rows are such pairs.
 *
 * @param rounds relabelling rounds (0: none)
 * @param designs designs drawn per round
 * @param steps training steps per round
 * @param share ρ, the expected fraction of each batch drawn from the relabelled pairs, in (0, 1)
 * @param temperature T of the latent when the designs are drawn
 * @param balance α in [0, 1]: the pool's pairs are drawn with weight m^−α, m the number of pairs in their
 *     0.5-wide logP bin ({@link org.inversesuite.molecules.design.LogPBalance}; logP clamped to the target range
 *     first), so rare true logP values are not drowned by the many designs near the middle; 0 draws the pool uniformly
 */
public record Relabelling(int rounds, int designs, int steps, double share, double temperature, double balance) {
  /** Targets per round, evenly spaced over the central 95 % of the training logP. */
  public static final int TARGETS = 16;

  /** No relabelling. */
  public static final Relabelling NONE = new Relabelling(0, TARGETS, 1, 0.5, 1.0, 0);

  /** Validates the values; messages name the field. */
  public Relabelling {
    if (rounds < 0) {
      throw new IllegalArgumentException("relabel rounds must be >= 0, got " + rounds);
    }
    if (designs < TARGETS) {
      throw new IllegalArgumentException("relabel designs per round must be >= " + TARGETS + " (one per target), got " + designs);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("relabel steps per round must be >= 1, got " + steps);
    }
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("relabel share must be in (0, 1), got " + share);
    }
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("relabel temperature must be a finite number > 0, got " + temperature);
    }
    if (!(balance >= 0 && balance <= 1)) {
      throw new IllegalArgumentException("relabel balance must be in [0, 1], got " + balance);
    }
  }

  /** Without re-weighting of the pool. */
  public Relabelling(int rounds, int designs, int steps, double share, double temperature) {
    this(rounds, designs, steps, share, temperature, 0);
  }

  /** @return true when there is at least one round */
  public boolean active() {
    return rounds > 0;
  }
}
