package org.inversesuite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every researcher script in {@code examples/} compiles against the public API and runs (with
 * few iterations), and every measurement script the docs cite ({@code docs/scripts/}) compiles,
 * so none of them rots.
 */
class ExamplesTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final Path DOC_SCRIPTS = Path.of("..", "docs", "scripts");

  @TempDir
  Path classes;

  private static List<Path> javaFiles(Path dir) throws Exception {
    List<Path> sources;
    try (Stream<Path> s = Files.list(dir)) {
      sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertFalse(sources.isEmpty(), "no scripts found in " + dir.toAbsolutePath());
    return sources;
  }

  private void compile(Path source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null, List.of("-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), "--add-modules", "jdk.incubator.vector", "-proc:none"), null,
        javac.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile())).call();
    assertTrue(ok, source + " does not compile:\n" + diagnostics);
  }

  @Test
  void everyDocumentationScriptCompiles() throws Exception {
    for (Path source : javaFiles(DOC_SCRIPTS)) {
      compile(source);
    }
  }

  @Test
  void everyExampleCompilesAndRuns() throws Exception {
    for (Path source : javaFiles(EXAMPLES)) {
      compile(source);
      String name = source.getFileName().toString().replace(".java", "");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintStream old = System.out;
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
        System.setOut(new PrintStream(out, true));
        loader.loadClass(name).getMethod("main", String[].class).invoke(null, (Object) new String[] {"150"});
      } finally {
        System.setOut(old);
      }
      assertTrue(out.size() > 0, name + " printed nothing");
      assertEquals(-1, out.toString().indexOf("NaN"), name + " printed NaN:\n" + out);
    }
  }
}
