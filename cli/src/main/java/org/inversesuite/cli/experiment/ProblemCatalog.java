package org.inversesuite.cli.experiment;

import java.util.List;
import java.util.stream.Collectors;
import org.inversesuite.data.benchmark.InverseKinematics;

/** The built-in problems, in one list (domains add theirs here). */
public final class ProblemCatalog {
  private static final List<CatalogEntry> ENTRIES = List.of(
      new CatalogEntry(InverseKinematics.ID,
          "4-DOF planar arm on a rail (Kruse et al. 2021): x = (x1, θ1, θ2, θ3) from the end point y",
          InverseKinematics::problem, () -> InverseKinematics.referenceObservations().yStar()));

  private ProblemCatalog() {}

  /** @return every entry */
  public static List<CatalogEntry> all() {
    return ENTRIES;
  }

  /** @return the entry with this id; the exception lists the known ids */
  public static CatalogEntry byId(String id) {
    return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown problem '" + id + "'; known problems: "
            + ENTRIES.stream().map(CatalogEntry::id).collect(Collectors.joining(", "))));
  }
}
