package org.inversesuite.cli.airfoil;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code inverse airfoil}: the airfoil commands. */
@Command(name = "airfoil", mixinStandardHelpOptions = true,
    description = {"Inverse airfoil design with the embedded viscous panel solver (docs/airfoil.md).", "",
        "A typical session:",
        "  inverse airfoil polar naca2412 --re 1e6 --alpha -4:10:1 --plot polar.png",
        "  inverse airfoil dataset --rows 40000 --out airfoil-data  # ~18 min, 2 cores",
        "  inverse airfoil train airfoil-data -o airfoil.inn --iterations 8000",
        "  inverse airfoil design airfoil.inn --cl 0.8 --ld 90 --min-thickness 0.12",
        "  inverse airfoil compare airfoil.inn --data airfoil-data --targets 5"},
    subcommands = {PolarCommand.class, DatasetCommand.class, TrainDesignCommand.class, DesignCommand.class,
        CompareCommand.class, CommandLine.HelpCommand.class})
public final class AirfoilCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
