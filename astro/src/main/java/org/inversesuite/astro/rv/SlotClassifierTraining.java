package org.inversesuite.astro.rv;

/**
 * Trains a {@link SlotClassifier} with Adam (Kingma &amp; Ba 2015, β₁ 0.9, β₂ 0.999, ε 10⁻⁸) on the labelled batches a
 * {@link PeriodMixtureSimulator} hands it, one step per batch, the learning rate on a cosine from {@code rate} to 0
 * over {@code steps} (as the flow's recipe).
 */
public final class SlotClassifierTraining {
  private final double rate;
  private final int steps;
  private SlotClassifier classifier;
  private final double[] m;
  private final double[] v;
  private final double[] gradient;
  private int t;
  private double lastLoss = Double.NaN;

  /**
   * @param initial the starting classifier
   * @param rate the peak learning rate
   * @param steps the number of steps of the cosine schedule
   */
  public SlotClassifierTraining(SlotClassifier initial, double rate, int steps) {
    if (!(rate > 0) || steps < 1) {
      throw new IllegalArgumentException("need a learning rate > 0 and steps >= 1, got " + rate + ", " + steps);
    }
    this.classifier = initial;
    this.rate = rate;
    this.steps = steps;
    int n = initial.parameters().length;
    m = new double[n];
    v = new double[n];
    gradient = new double[n];
  }

  /** One Adam step on a labelled batch ({@link SlotClassifier#lossAndGradient}'s arguments). */
  public void step(double[][] features, int[] labels, int[] slots) {
    lastLoss = classifier.lossAndGradient(features, labels, slots, gradient);
    t++;
    double lr = rate * 0.5 * (1 + Math.cos(Math.PI * Math.min(t, steps) / steps));
    double c1 = 1 - Math.pow(0.9, t);
    double c2 = 1 - Math.pow(0.999, t);
    double[] p = classifier.parameters();
    for (int i = 0; i < p.length; i++) {
      m[i] = 0.9 * m[i] + 0.1 * gradient[i];
      v[i] = 0.999 * v[i] + 0.001 * gradient[i] * gradient[i];
      p[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8);
    }
    classifier = classifier.with(p);
  }

  /** @return the classifier after the steps so far */
  public SlotClassifier classifier() {
    return classifier;
  }

  /** @return the cross-entropy of the last batch (before its step) */
  public double lastLoss() {
    return lastLoss;
  }

  /** @return the number of steps taken */
  public int stepsTaken() {
    return t;
  }
}
