package org.inversesuite.core.nn;

/** The architecture of a convolutional subnet ({@link ConvNetConfig#kind()}). */
public enum ConvNetKind {
  /** {@link ConvNet}: a chain of convolutions; what configs written before the kind existed read as. */
  @com.fasterxml.jackson.annotation.JsonEnumDefaultValue
  PLAIN,
  /** {@link DenseConvNet}: densely connected convolutions (the dense block of Zhang et al. 2018). */
  DENSE
}
