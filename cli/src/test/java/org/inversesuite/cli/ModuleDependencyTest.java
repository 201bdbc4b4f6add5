package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/ARCHITECTURE.md, read from the module poms: core depends on no
 * other module of the suite, data only on core, and a domain module only on core and data, never
 * on another domain.
 */
class ModuleDependencyTest {
  static final Path ROOT = Path.of("..");
  static final Pattern SUITE_DEPENDENCY = Pattern.compile("<artifactId>inverse-([a-z]+)</artifactId>");

  static List<String> suiteDependencies(String module) throws IOException {
    String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
    String dependencies = pom.substring(pom.indexOf("<dependencies>"));
    Matcher m = SUITE_DEPENDENCY.matcher(dependencies);
    return m.results().map(r -> r.group(1)).distinct().toList();
  }

  @Test
  void domainsDependOnCoreAndDataOnly() throws IOException {
    assertTrue(suiteDependencies("core").isEmpty(), "core depends on " + suiteDependencies("core"));
    assertTrue(List.of("core").containsAll(suiteDependencies("data")), "data depends on " + suiteDependencies("data"));
    List<String> modules;
    try (Stream<Path> s = Files.list(ROOT)) {
      modules = s.filter(p -> Files.exists(p.resolve("pom.xml")) && Files.exists(p.resolve("src")))
          .map(p -> p.getFileName().toString()).filter(n -> !List.of("core", "data", "cli", "spark").contains(n)).toList(); // spark serves domains, like cli
    }
    assertTrue(modules.size() >= 1, "no domain modules found under " + ROOT.toAbsolutePath());
    for (String domain : modules) {
      List<String> deps = suiteDependencies(domain);
      assertTrue(List.of("core", "data").containsAll(deps), domain + " depends on " + deps
          + "; domains may depend on core and data only");
    }
  }
}
