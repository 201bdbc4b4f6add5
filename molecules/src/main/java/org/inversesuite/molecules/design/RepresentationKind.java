package org.inversesuite.molecules.design;

/** The continuous encodings of SELFIES rows. */
public enum RepresentationKind {
  /** {@link OneHotRepresentation}: L·K columns. */
  ONE_HOT,
  /** {@link OrdinalRepresentation}: L columns. */
  ORDINAL,
  /** {@link QuantileRepresentation}: L columns, cells sized by the symbols' frequency at each position. */
  QUANTILE,
  /** {@link LengthQuantileRepresentation}: the length and L columns, no padding among the decoded symbols. */
  LENGTH_QUANTILE
}
