package org.inversesuite.cli;

import org.inversesuite.core.tensor.VectorWidth;
import picocli.CommandLine;

/** Prints the suite version, the Java version and the Vector API kernels' width. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"inverse " + (v == null ? "development" : v),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        "Vector API kernels: " + VectorWidth.current()};
  }
}
