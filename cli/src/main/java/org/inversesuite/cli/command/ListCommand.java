package org.inversesuite.cli.command;

import org.inversesuite.cli.experiment.CatalogEntry;
import org.inversesuite.cli.experiment.ProblemCatalog;
import picocli.CommandLine.Command;

/** {@code inverse list}: the built-in problems. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in problems.")
public final class ListCommand implements Runnable {
  @Override
  public void run() {
    for (CatalogEntry e : ProblemCatalog.all()) {
      System.out.printf("%-22s %s%n", e.id(), e.description());
    }
  }
}
