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
 */
public record Relabelling(int rounds, int designs, int steps, double share, double temperature) {
  /** Targets per round, evenly spaced over the central 95 % of the training logP. */
  public static final int TARGETS = 16;

  /** No relabelling. */
  public static final Relabelling NONE = new Relabelling(0, TARGETS, 1, 0.5, 1.0);

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
  }

  /** @return true when there is at least one round */
  public boolean active() {
    return rounds > 0;
  }
}
