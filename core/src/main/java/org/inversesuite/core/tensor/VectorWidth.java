package org.inversesuite.core.tensor;

import java.lang.management.ManagementFactory;
import java.util.List;
import jdk.incubator.vector.FloatVector;

/**
 * The SIMD width the Vector API kernels run at in this JVM: {@code FloatVector.SPECIES_PREFERRED}, which the JVM
 * option {@code -XX:MaxVectorSize=B} (bytes) caps and {@code -XX:UseAVX=N} lowers. The width sets how the float
 * kernels group their partial sums, so a training's last bits depend on it (docs/reproducibility.md, "Other
 * machines"), and which width is faster depends on the machine and the workload (docs/astro.md, runs 32 and 35):
 * {@code inverse tune vector-width} measures it and the launcher applies the choice.
 *
 * @param floatBits bits of the preferred float vector
 * @param jvmOptions this JVM's {@code -XX:UseAVX…} and {@code -XX:MaxVectorSize…} options, in their order
 */
public record VectorWidth(int floatBits, List<String> jvmOptions) {

  /** @return the width of this JVM */
  public static VectorWidth current() {
    return new VectorWidth(FloatVector.SPECIES_PREFERRED.vectorBitSize(), widthOptions(
        ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }

  /** @return the options of {@code jvmArguments} that set the vector width, in their order */
  public static List<String> widthOptions(List<String> jvmArguments) {
    return jvmArguments.stream().filter(VectorWidth::isWidthOption).toList();
  }

  /** @return whether a JVM option sets the vector width ({@code -XX:UseAVX…}, {@code -XX:MaxVectorSize…}) */
  public static boolean isWidthOption(String jvmArgument) {
    return jvmArgument.startsWith("-XX:UseAVX") || jvmArgument.startsWith("-XX:MaxVectorSize");
  }

  /** @return the JVM option that caps the vector width at {@code bits}, e.g. {@code -XX:MaxVectorSize=32} for 256 */
  public static String maxVectorSizeOption(int bits) {
    if (bits < 64 || Integer.bitCount(bits) != 1) {
      throw new IllegalArgumentException("vector width must be a power of two of at least 64 bits, not " + bits);
    }
    return "-XX:MaxVectorSize=" + bits / 8;
  }

  /** @return float lanes of the preferred vector */
  public int floatLanes() {
    return floatBits / Float.SIZE;
  }

  /** @return e.g. "512 bits (16 float lanes)" or "256 bits (8 float lanes; -XX:MaxVectorSize=32)" */
  @Override
  public String toString() {
    return floatBits + " bits (" + floatLanes() + " float lanes" + (jvmOptions.isEmpty() ? "" : "; "
        + String.join(" ", jvmOptions)) + ")";
  }
}
