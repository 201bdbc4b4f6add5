package org.inversesuite.molecules.selfies;

import java.util.Objects;

/**
 * Why and where a molecule cannot be encoded.
 *
 * @param reason the kind of failure
 * @param detail which atom or bond, e.g. {@code atom 3 (N): bonds 5 + H 0 > capacity 3}
 */
public record EncodingFailure(Unencodable reason, String detail) {
  /** Checks presence. */
  public EncodingFailure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return reason + ": " + detail;
  }
}
