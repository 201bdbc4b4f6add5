package org.inversesuite.molecules.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * One record to write to an SD file: a title, a molecule and data fields in order.
 *
 * @param title the title line (first line of the molfile); one line, at most 80 characters
 * @param molecule the molecule; not modified by writing
 * @param fields data items, name to value, in the order they are written; names are one line
 *     without {@code <} or {@code >}, values have no blank line (which would end the item)
 */
public record SdfEntry(String title, IAtomContainer molecule, Map<String, String> fields) {
  /** Checks title and fields against the SD format and copies the fields. */
  public SdfEntry {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(molecule, "molecule");
    if (title.contains("\n") || title.contains("\r") || title.length() > 80) {
      throw new IllegalArgumentException("SD title must be one line of at most 80 characters, got '" + title + "'");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : Objects.requireNonNull(fields, "fields").entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "field name");
      String value = Objects.requireNonNull(e.getValue(), "value of field " + name);
      if (name.isBlank() || name.contains("<") || name.contains(">") || name.contains("\n")) {
        throw new IllegalArgumentException("SD field name must be one non-blank line without '<' or '>', got '" + name + "'");
      }
      if (value.lines().anyMatch(String::isBlank) && !value.isEmpty()) {
        throw new IllegalArgumentException("value of SD field " + name + " contains a blank line, which would end the item");
      }
      copy.put(name, value);
    }
    fields = Collections.unmodifiableMap(copy);
  }

  /** @return an entry with the record's id as title and its SD fields */
  public static SdfEntry of(MoleculeRecord record) {
    return new SdfEntry(record.id(), record.molecule(), record.fields());
  }

  /** @return a copy with {@code name} set to {@code value} (appended, or replaced in place) */
  public SdfEntry withField(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put(name, value);
    return new SdfEntry(title, molecule, copy);
  }

  /**
   * @param name field name
   * @param value a finite number, written with four decimals (e.g. a logP)
   * @return a copy with the field set
   */
  public SdfEntry withField(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("SD field " + name + " must be finite, got " + value);
    }
    return withField(name, String.format(Locale.ROOT, "%.4f", value));
  }
}
