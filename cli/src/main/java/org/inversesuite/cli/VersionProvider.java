package org.inversesuite.cli;

import picocli.CommandLine;

/** Prints the suite version, Java version and the ND4J build. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"inverse " + (v == null ? "development" : v),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
