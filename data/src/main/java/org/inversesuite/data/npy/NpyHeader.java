package org.inversesuite.data.npy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header dictionary of a {@code .npy} file: a Python literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}.
 *
 * <p>The parser accepts exactly what NumPy writes for plain arrays: a dict with the three keys
 * {@code descr} (a string), {@code fortran_order} ({@code True}/{@code False}) and {@code shape}
 * (a tuple of non-negative integers, an {@code L} suffix from Python 2 allowed), in any order,
 * single- or double-quoted keys, optional trailing comma, then spaces and a newline. Anything
 * else (structured dtypes given as lists, other keys) is refused with a message.
 *
 * @param descr the dtype descriptor, e.g. "&lt;f8"
 * @param fortranOrder whether the data is column-major
 * @param shape the array shape
 */
record NpyHeader(String descr, boolean fortranOrder, long[] shape) {
  private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

  /** A header that cannot be parsed; the message says what and where. */
  static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message);
    }
  }

  /** @return the header text of a 2-D C-order array, without padding */
  static String format(String descr, int rows, int cols) {
    return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
  }

  /**
   * @return the full preamble of a version 1.0 file: magic, version, header length and the
   *     header padded with spaces and ended by a newline so that its length is a multiple of 64
   */
  static byte[] preamble(String descr, int rows, int cols) {
    byte[] dict = format(descr, rows, cols).getBytes(StandardCharsets.US_ASCII);
    int fixed = NpyReader.MAGIC.length + 2 + 2;
    int total = fixed + dict.length + 1;
    total = (total + 63) / 64 * 64;
    int headerLength = total - fixed;
    byte[] out = new byte[total];
    System.arraycopy(NpyReader.MAGIC, 0, out, 0, NpyReader.MAGIC.length);
    out[6] = 1;
    out[7] = 0;
    out[8] = (byte) (headerLength & 0xFF);
    out[9] = (byte) (headerLength >>> 8);
    System.arraycopy(dict, 0, out, fixed, dict.length);
    for (int i = fixed + dict.length; i < total - 1; i++) {
      out[i] = ' ';
    }
    out[total - 1] = '\n';
    return out;
  }

  /** @return the parsed header text */
  static NpyHeader parse(String text) throws ParseException {
    Cursor c = new Cursor(text);
    Map<String, Object> dict = new HashMap<>();
    c.expect('{');
    while (!c.peek('}')) {
      String key = c.string();
      if (!KEYS.contains(key)) {
        throw new ParseException("unexpected key '" + key + "' (a plain array header has descr, fortran_order, shape)");
      }
      c.expect(':');
      Object value = switch (key) {
        case "descr" -> c.descr();
        case "fortran_order" -> c.bool();
        default -> c.tuple();
      };
      if (dict.put(key, value) != null) {
        throw new ParseException("key '" + key + "' appears twice");
      }
      if (!c.peek('}')) {
        c.expect(',');
      }
    }
    c.expect('}');
    c.end();
    for (String key : KEYS) {
      if (!dict.containsKey(key)) {
        throw new ParseException("missing key '" + key + "'");
      }
    }
    return new NpyHeader((String) dict.get("descr"), (Boolean) dict.get("fortran_order"), (long[]) dict.get("shape"));
  }

  /** A position in the header text. */
  private static final class Cursor {
    private final String s;
    private int i;

    Cursor(String s) {
      this.s = s;
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    boolean peek(char ch) {
      skip();
      return i < s.length() && s.charAt(i) == ch;
    }

    void expect(char ch) throws ParseException {
      if (!peek(ch)) {
        throw error("expected '" + ch + "'");
      }
      i++;
    }

    void end() throws ParseException {
      skip();
      if (i < s.length()) {
        throw error("unexpected text after the dictionary");
      }
    }

    String string() throws ParseException {
      skip();
      char q = i < s.length() ? s.charAt(i) : 0;
      if (q != '\'' && q != '"') {
        throw error("expected a quoted string");
      }
      int close = s.indexOf(q, i + 1);
      if (close < 0) {
        throw error("unterminated string");
      }
      String value = s.substring(i + 1, close);
      i = close + 1;
      return value;
    }

    String descr() throws ParseException {
      if (peek('[') || peek('(')) {
        throw error("structured or compound dtypes are not supported; supported: " + NpyDtype.accepted());
      }
      return string();
    }

    boolean bool() throws ParseException {
      skip();
      if (s.startsWith("True", i)) {
        i += 4;
        return true;
      }
      if (s.startsWith("False", i)) {
        i += 5;
        return false;
      }
      throw error("expected True or False");
    }

    long[] tuple() throws ParseException {
      expect('(');
      List<Long> dims = new ArrayList<>();
      while (!peek(')')) {
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
        if (i == start || i - start > 18) {
          throw error("expected a non-negative integer dimension");
        }
        dims.add(Long.parseLong(s.substring(start, i)));
        if (i < s.length() && s.charAt(i) == 'L') {
          i++;
        }
        if (!peek(')')) {
          expect(',');
        }
      }
      expect(')');
      return dims.stream().mapToLong(Long::longValue).toArray();
    }

    private ParseException error(String what) {
      int from = Math.max(0, i - 20);
      int to = Math.min(s.length(), i + 20);
      return new ParseException(what + " at character " + i + " of the header, near \"" + s.substring(from, to).strip() + "\"");
    }
  }
}
