package org.inversesuite.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.inversesuite.core.testing.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * Training is bit-reproducible across JVMs (docs/reproducibility.md): a small INN and a small
 * cINN (batch split over 2 threads) trained with one seed in this JVM, in a fresh JVM and in a
 * fresh JVM limited to the C1 compiler (so the code runs in other compiled forms, switching at
 * other, timing-dependent points) end with the same weights bit for bit. Fails if a result comes
 * to depend on thread scheduling, identity hash codes, the clock or on which JIT tier ran a
 * reduction. The children run at this JVM's vector width ({@link ChildJvm}).
 */
class CrossJvmReproducibilityTest {
  private static final int STEPS = 20;

  @Test
  void trainingGivesBitIdenticalWeightsInSeparateJvmsAndJitTiers() throws Exception {
    String here = String.format(Locale.ROOT, "inn %016x%ncinn %016x%n", TrainingFingerprint.inn(STEPS),
        TrainingFingerprint.cinn(STEPS, 2));
    Process tiered = start();
    Process c1 = start("-XX:TieredStopAtLevel=1");
    String tieredOut = output(tiered);
    String c1Out = output(c1);
    assertTrue(here.startsWith("inn "), here);
    assertEquals(here, tieredOut, "weights of a training in a fresh JVM");
    assertEquals(here, c1Out, "weights of a training in a fresh JVM with the C1 compiler only");
  }

  private static Process start(String... jvmOptions) throws IOException {
    List<String> command = ChildJvm.command("512m");
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TrainingFingerprint.class.getName());
    command.add(Integer.toString(STEPS));
    command.add("2");
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String output(Process p) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM did not finish");
    assertEquals(0, p.exitValue(), "child JVM failed; its output: " + out);
    return out.replace(System.lineSeparator(), String.format("%n"));
  }
}
