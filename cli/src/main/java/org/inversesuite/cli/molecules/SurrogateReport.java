package org.inversesuite.cli.molecules;

import java.io.PrintStream;
import java.util.Locale;
import org.inversesuite.molecules.design.DesignTraining;
import org.inversesuite.molecules.forward.ForwardError;
import org.inversesuite.molecules.forward.SymbolNgramRegressor;
import org.inversesuite.molecules.selfies.SelfiesAlphabet;

/** Prints the held-out error of the n-gram logP regressions behind the cycle's pair and triple surrogates. */
final class SurrogateReport {
  private SurrogateReport() {}

  /** Pairs with ridge λ 3 and triples with λ 10, fitted on the training molecules, scored on the held-out ones. */
  static void triples(SelfiesAlphabet alphabet, DesignTraining.Trained trained, PrintStream out) {
    int[] orders = {2, 3};
    double[] lambdas = {3, 10};
    for (int i = 0; i < orders.length; i++) {
      SymbolNgramRegressor r = SymbolNgramRegressor.fit(alphabet, trained.trainingSet(), orders[i], lambdas[i]);
      ForwardError e = ForwardError.of(r::predict, trained.trainingSet(), trained.heldOut());
      out.printf(Locale.ROOT, "forward logP from symbol n-grams up to %d (%d features, ridge λ %.0f), held-out: MAE %.3f, "
          + "RMSE %.3f, R² %.3f (%d molecules); R² %.3f on the training molecules; %.1f %% of held-out molecules within ±0.5%n",
          orders[i], r.features(), lambdas[i], e.mae(), e.rmse(), e.rSquared(), e.molecules(), e.trainingRSquared(),
          100 * e.withinHalf());
    }
  }
}
