package org.inversesuite.spark.session;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local[2] SparkSession for the whole test run (starting one costs seconds): test classes
 * declare {@code @ExtendWith(SharedSpark.class)} and take a {@link SparkSession} parameter; the
 * session stops when the root context closes, after the last test.
 */
public final class SharedSpark implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class).session;
  }

  private static final class Holder implements ExtensionContext.Store.CloseableResource {
    final SparkSession session = SparkSessions.start("local[2]", "inverse-spark-tests");

    @Override
    public void close() {
      session.stop();
    }
  }
}
