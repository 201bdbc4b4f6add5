package org.inversesuite.cli.command;

import org.inversesuite.cli.benchmark.IkBenchmarkCommand;
import org.inversesuite.cli.benchmark.TableBenchmarkCommand;
import picocli.CommandLine.Command;

/** {@code inverse benchmark}: performance benchmarks against the Python reference. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Performance benchmarks, run side by side with the Python reference scripts.",
    subcommands = {IkBenchmarkCommand.class, TableBenchmarkCommand.class})
public final class BenchmarkCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
