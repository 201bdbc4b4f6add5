package org.inversesuite.imaging.stego;

import java.util.HashMap;
import java.util.Map;
import org.inversesuite.core.nn.Parameters;

/**
 * Starts a {@link HinetNetwork} from a trained one: every weight segment of the trained network
 * (named {@code hinet<k>.phi...}, {@code hinet<k>.rho-eta...}) is copied into the segment of the
 * same name and size of the new network. A new network may have more couplings than the trained
 * one: its extra couplings keep their initialisation, whose zero last layers make them the
 * identity (y₁ = x₁ + 0, y₂ = x₂ e⁰ + 0), so at step 0 the grown network hides and reveals
 * exactly as the trained one (progressive growing). Subnet widths must agree.
 */
public final class WarmStart {
  private WarmStart() {}

  /**
   * @param trained the weights of the trained network (initialised)
   * @param target the new network's weights, already initialised; overwritten where names match
   * @return the number of weights copied
   * @throws IllegalArgumentException naming the first trained segment the target lacks or sizes differently
   */
  public static int copy(Parameters trained, Parameters target) {
    Map<String, Parameters.Segment> byName = new HashMap<>();
    for (Parameters.Segment s : target.segments()) {
      byName.put(s.name(), s);
    }
    int copied = 0;
    for (Parameters.Segment s : trained.segments()) {
      Parameters.Segment t = byName.get(s.name());
      if (t == null || t.size() != s.size()) {
        throw new IllegalArgumentException("the initial model's segment '" + s.name() + "' (" + s.size()
            + " weights) has no counterpart of that size in the new network ("
            + (t == null ? "missing" : t.size() + " weights") + "); only couplings may be added, widths must agree");
      }
      for (int i = 0; i < s.size(); i++) {
        target.values().set(t.offset() + i, trained.values().get(s.offset() + i));
      }
      copied += s.size();
    }
    return copied;
  }
}
