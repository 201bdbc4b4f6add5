package org.inversesuite.core.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inversesuite.core.tensor.VectorWidth;

/**
 * The start of a command line for a child JVM of a test: this JVM's java, the Vector API module, and
 * this JVM's vector-width options ({@code -XX:UseAVX}, {@code -XX:MaxVectorSize}). The preferred
 * vector width groups the kernels' float sums, so a child at another width trains other last bits
 * (docs/reproducibility.md, "Other machines"); passing the options on lets a build run with
 * {@code -Dtest.jvm.options=-XX:UseAVX=2} compare parent and child at one width.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** java, {@code --add-modules=jdk.incubator.vector}, the width options and {@code -Xmx}{@code maxHeap}. */
  public static List<String> command(String maxHeap) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--add-modules=jdk.incubator.vector");
    command.add("-Xmx" + maxHeap);
    command.addAll(VectorWidth.current().jvmOptions());
    return command;
  }
}
