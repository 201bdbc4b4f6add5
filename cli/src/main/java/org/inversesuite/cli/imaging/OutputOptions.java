package org.inversesuite.cli.imaging;

import picocli.CommandLine.Option;

/** The options every imaging command that writes files shares (a picocli mixin). */
final class OutputOptions {
  @Option(names = "--force", description = "replace output files that exist")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
  boolean verbose;

  /** Refuses an existing {@code output} unless {@code --force} was given, naming the file. */
  void requireWritable(java.nio.file.Path output) {
    if (java.nio.file.Files.exists(output) && !force) {
      throw new IllegalArgumentException(output + " exists; pass --force to replace it");
    }
  }
}
