package org.inversesuite.astro.rv;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' latent settings ({@link RvLatent}): {@code -Dastro.bench.temperature=τ},
 * {@code -Dastro.bench.temperatureColumns=J[,J2,…]} (flow columns, default all) and {@code -Dastro.bench.latentDof=ν}
 * (Student-t base); none of them given: the model's own.
 */
final class RvBenchLatent {
  private RvBenchLatent() {
  }

  /** @return the latent the properties ask for, or {@code saved} when none is given */
  static RvLatent fromProperties(RvLatent saved) {
    String t = System.getProperty("astro.bench.temperature");
    String c = System.getProperty("astro.bench.temperatureColumns");
    String nu = System.getProperty("astro.bench.latentDof");
    if (t == null && c == null && nu == null) {
      return saved;
    }
    return new RvLatent(t == null ? null : Double.valueOf(t), columns(c), nu == null ? null : Double.valueOf(nu));
  }

  /** @return "J,J2" as a list, null or "all" as null (every column) */
  static List<Integer> columns(String text) {
    if (text == null || text.isBlank() || text.equalsIgnoreCase("all")) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    for (String s : text.split("[,+]")) {
      out.add(Integer.parseInt(s.trim()));
    }
    return out;
  }
}
