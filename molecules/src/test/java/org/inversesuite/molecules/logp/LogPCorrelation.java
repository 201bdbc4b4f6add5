package org.inversesuite.molecules.logp;

/** Pearson correlation and error summaries of paired values, for the logP comparisons. */
record LogPCorrelation(int n, double pearson, double meanAbsoluteError, double rootMeanSquareError) {
  static LogPCorrelation of(double[] predicted, double[] reference) {
    int n = predicted.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += predicted[i] / n;
      my += reference[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    double abs = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double dx = predicted[i] - mx;
      double dy = reference[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
      double e = predicted[i] - reference[i];
      abs += Math.abs(e);
      sq += e * e;
    }
    return new LogPCorrelation(n, sxy / Math.sqrt(sxx * syy), abs / n, Math.sqrt(sq / n));
  }
}
