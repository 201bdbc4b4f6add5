package org.inversesuite.molecules.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.inversesuite.data.io.DataFormatException;

/** Reads a whole text file as lines, refusing missing, empty, binary and non-UTF-8 input with a clear message. */
final class TextInput {
  private TextInput() {}

  /**
   * @param path the file
   * @param expected what the file should hold, for the message of an empty file
   * @return the lines without terminators ({@code \n} or {@code \r\n}); a UTF-8 BOM is dropped
   * @throws DataFormatException if the file is missing, empty (or blank), binary or not UTF-8
   */
  static List<String> lines(Path path, String expected) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(path, "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DataFormatException(path, "not a UTF-8 text file (" + e.getMessage() + "); expected " + expected);
    }
    return lines(path, text, expected);
  }

  /** As {@link #lines(Path, String)} for text already in memory; {@code source} names it in messages. */
  static List<String> lines(Path source, String text, String expected) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new DataFormatException(source, "not a text file (NUL character at offset " + nul + "); expected " + expected);
    }
    if (text.isBlank() || text.equals("\uFEFF")) {
      throw new DataFormatException(source, "empty file; expected " + expected);
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\r?\n", -1);
    int n = lines.length;
    if (n > 0 && lines[n - 1].isEmpty()) {
      n--;
    }
    return Arrays.asList(Arrays.copyOf(lines, n));
  }
}
