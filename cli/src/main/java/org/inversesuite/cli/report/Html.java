package org.inversesuite.cli.report;

import java.util.List;
import java.util.Locale;

/** Small HTML builders: escaping, tables and figures. Output is plain HTML 5 without scripts. */
final class Html {
  private Html() {}

  /** @return {@code text} with &amp;, &lt;, &gt; and quotes escaped */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** @return a number with 4 significant digits, "–" for NaN, the text unchanged if it is not a number */
  static String number(String text) {
    try {
      double v = Double.parseDouble(text);
      return number(v);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /** @return a number with 4 significant digits (integers as they are), "–" for NaN */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    return a != 0 && (a < 1e-3 || a >= 1e6) ? String.format(Locale.ROOT, "%.3e", v)
        : String.format(Locale.ROOT, "%.4g", v);
  }

  /**
   * @param header column titles (escaped here)
   * @param rows cells as HTML (escape text before)
   * @return a table; numeric-looking columns are right-aligned by the style sheet
   */
  static String table(List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
    for (String h : header) {
      sb.append("<th>").append(escape(h)).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      sb.append("<tr>");
      for (String cell : row) {
        sb.append("<td>").append(cell).append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }

  /** @return a two-column key/value table; values are HTML */
  static String keyValues(List<String[]> pairs) {
    StringBuilder sb = new StringBuilder("<table class=\"kv\">\n");
    for (String[] p : pairs) {
      sb.append("<tr><th>").append(escape(p[0])).append("</th><td>").append(p[1]).append("</td></tr>\n");
    }
    return sb.append("</table>\n").toString();
  }

  /** @return a figure showing the image {@code file} (a path relative to the page) with a caption */
  static String figure(String file, String caption) {
    return "<figure><a href=\"" + escape(file) + "\"><img src=\"" + escape(file) + "\" alt=\"" + escape(caption)
        + "\"></a><figcaption>" + escape(caption) + "</figcaption></figure>\n";
  }

  /** @return a coloured badge: "good" green, "bad" red, anything else grey */
  static String badge(String text, String kind) {
    return "<span class=\"badge " + kind + "\">" + escape(text) + "</span>";
  }

  /** The style sheet of the page, inline so the page needs nothing but its folder. */
  static final String STYLE = """
      body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #222;
             max-width: 1180px; margin: 24px auto; padding: 0 20px; line-height: 1.45; }
      h1 { font-size: 1.7em; margin-bottom: 0.1em; }
      h2 { font-size: 1.3em; border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 2em; }
      .sub { color: #666; margin-top: 0; }
      table { border-collapse: collapse; margin: 0.6em 0 1em; font-size: 0.92em; }
      th, td { padding: 4px 10px; border-bottom: 1px solid #e4e4e4; text-align: right; }
      th { background: #f6f6f6; font-weight: 600; }
      td:first-child, th:first-child { text-align: left; }
      table.kv th { text-align: left; background: none; color: #555; font-weight: 500; }
      table.kv td { text-align: left; }
      .cols { display: flex; gap: 40px; flex-wrap: wrap; align-items: flex-start; }
      figure { margin: 1em 0 1.6em; }
      .pair { display: flex; gap: 20px; flex-wrap: wrap; }
      .pair figure { flex: 1 1 460px; max-width: 600px; margin-top: 0; }
      figure img { max-width: 100%; border: 1px solid #eee; }
      figcaption { color: #555; font-size: 0.9em; max-width: 900px; }
      .badge { display: inline-block; padding: 2px 10px; border-radius: 10px; font-weight: 600; font-size: 0.9em; }
      .good { background: #dff3e0; color: #1b6b25; }
      .bad { background: #fbe0de; color: #a4231a; }
      .none { background: #eee; color: #555; }
      .note { color: #666; font-size: 0.9em; }
      pre { background: #f7f7f7; padding: 10px; overflow-x: auto; font-size: 0.85em; }
      """;
}
