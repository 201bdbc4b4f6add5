package org.inversesuite.core.io;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}: the body of a streaming write, for example
 * {@link AtomicFiles#write(java.nio.file.Path, IOConsumer)}.
 *
 * @param <T> the type of the consumed value
 */
@FunctionalInterface
public interface IOConsumer<T> {
  /**
   * Consumes {@code value}.
   *
   * @param value the value, for example the stream to write to
   * @throws IOException when the underlying I/O fails
   */
  void accept(T value) throws IOException;
}
