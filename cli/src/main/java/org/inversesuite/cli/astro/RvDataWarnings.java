package org.inversesuite.cli.astro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inversesuite.astro.rv.IrregularRvConfig;
import org.inversesuite.astro.rv.RvObservationSet;

/** Where an RV data set lies outside the schedule a model was trained on (out of distribution). */
final class RvDataWarnings {
  private RvDataWarnings() {
  }

  /** @return one message per violated range; empty when the data look like the training sets */
  static List<String> of(RvObservationSet o, IrregularRvConfig s) {
    List<String> out = new ArrayList<>();
    double[] sigma = o.errors();
    Arrays.sort(sigma);
    double span = o.time(o.size() - 1) - o.time(0);
    if (o.size() < s.minEpochs() || o.size() > s.maxEpochs()) {
      out.add(String.format(Locale.ROOT, "out of distribution: %d epochs, the model is trained on %d to %d",
          o.size(), s.minEpochs(), s.maxEpochs()));
    }
    if (span > s.baseline()) {
      out.add(String.format(Locale.ROOT, "out of distribution: the data span %.1f d, the model is trained on %.0f d",
          span, s.baseline()));
    }
    if (sigma[0] < s.errorMin() || sigma[sigma.length - 1] > s.errorMax()) {
      out.add(String.format(Locale.ROOT, "out of distribution: error bars %.3g .. %.3g m/s, the model is trained "
          + "on %.3g .. %.3g m/s", sigma[0], sigma[sigma.length - 1], s.errorMin(), s.errorMax()));
    }
    return out;
  }
}
