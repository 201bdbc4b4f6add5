package org.inversesuite.molecules.io;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inversesuite.data.io.DataFormatException;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.MDLV3000Reader;
import org.openscience.cdk.aromaticity.Kekulization;
import org.openscience.cdk.silent.AtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * Reads an MDL SD file (V2000 or V3000 molfiles, each followed by optional data items and a
 * {@code $$$$} line; the last record may omit it). Each record is parsed on its own with CDK's
 * {@link MDLV2000Reader} or {@link MDLV3000Reader}, so one bad record becomes a
 * {@link ReadProblem} with its record number, first line and CDK's reason while the rest are
 * still read (CDK's own iterating reader either stops or skips silently).
 *
 * <p>The id is the record's title line, or a chosen data field ({@link #withIdField}). Data
 * items ({@code > <NAME>} followed by value lines up to a blank line) become
 * {@link MoleculeRecord#fields()} and CDK properties of the molecule. Aromatic (type 4) bonds
 * are kekulised, explicit hydrogens are suppressed where CDK can make them implicit, and
 * multi-fragment records follow the {@link FragmentPolicy}.
 *
 * <p>Instances are immutable and may be shared.
 */
public final class SdfReader {
  private static final String EXPECTED = "MDL SD records (molfile, data items, $$$$)";
  private final FragmentPolicy fragmentPolicy;
  private final Optional<String> idField;

  private SdfReader(FragmentPolicy fragmentPolicy, Optional<String> idField) {
    this.fragmentPolicy = Objects.requireNonNull(fragmentPolicy, "fragmentPolicy");
    this.idField = Objects.requireNonNull(idField, "idField");
  }

  /** @param fragmentPolicy what to do with multi-fragment records; the id is the title line */
  public SdfReader(FragmentPolicy fragmentPolicy) {
    this(fragmentPolicy, Optional.empty());
  }

  /** @return a reader keeping the largest fragment, with the title line as id */
  public static SdfReader defaults() {
    return new SdfReader(FragmentPolicy.LARGEST_FRAGMENT);
  }

  /**
   * @param field name of the data item holding the id, e.g. {@code PUBCHEM_COMPOUND_CID}; a
   *     record without it gets the id {@code ""}
   * @return a copy that takes the id from that field
   */
  public SdfReader withIdField(String field) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("id field name must not be blank, got '" + field + "'");
    }
    return new SdfReader(fragmentPolicy, Optional.of(field));
  }

  /**
   * @param path an SD file (UTF-8 or ASCII)
   * @return the molecules and problems; its source is the file name
   * @throws DataFormatException if the file is missing, empty, binary, not UTF-8, or has no
   *     {@code M  END} line at all (not an SD file)
   */
  public ReadResult read(Path path) {
    return parse(path, TextInput.lines(path, EXPECTED));
  }

  /** As {@link #read(Path)} for text in memory; {@code source} names it in messages. */
  public ReadResult read(String source, String text) {
    Path name = Path.of(source);
    return parse(name, TextInput.lines(name, text, EXPECTED));
  }

  private ReadResult parse(Path source, List<String> lines) {
    if (lines.stream().noneMatch(l -> l.startsWith("M  END"))) {
      throw new DataFormatException(source, "no 'M  END' line anywhere: not an MDL SD file; expected " + EXPECTED);
    }
    List<MoleculeRecord> molecules = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    int record = 0;
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      boolean end = i == lines.size();
      if (!end && !lines.get(i).stripTrailing().equals("$$$$")) {
        continue;
      }
      List<String> block = lines.subList(start, i);
      if (!(end && block.stream().allMatch(String::isBlank))) {
        record++;
        readRecord(block, record, start + 1, molecules, problems);
      }
      start = i + 1;
    }
    return new ReadResult(source.toString(), record, molecules, problems);
  }

  private void readRecord(List<String> block, int record, int line, List<MoleculeRecord> molecules, List<ReadProblem> problems) {
    String title = block.isEmpty() ? "" : block.get(0).strip();
    int mEnd = -1;
    for (int k = 0; k < block.size() && mEnd < 0; k++) {
      if (block.get(k).startsWith("M  END")) {
        mEnd = k;
      }
    }
    Map<String, String> fields = mEnd < 0 ? Map.of() : dataItems(block.subList(mEnd + 1, block.size()));
    String id = idField.map(f -> fields.getOrDefault(f, "")).orElse(title);
    if (mEnd < 0) {
      problems.add(new ReadProblem(record, line, id, ProblemKind.UNPARSABLE, "no 'M  END' line in the record"));
      return;
    }
    String molfile = String.join("\n", block.subList(0, mEnd + 1)) + "\n";
    IAtomContainer molecule;
    try {
      molecule = parseMolfile(molfile, block.size() > 3 && block.get(3).contains("V3000"));
    } catch (CDKException | RuntimeException e) {
      String reason = e instanceof CDKException ? SmilesFileReader.firstLine(e.getMessage())
          : e.getClass().getSimpleName() + ": " + SmilesFileReader.firstLine(e.getMessage());
      problems.add(new ReadProblem(record, line, id, ProblemKind.UNPARSABLE, reason));
      return;
    }
    molecule.setTitle(title);
    fields.forEach(molecule::setProperty);
    Records.accept(molecule, id, record, line, fields, fragmentPolicy, molecules, problems);
  }

  private static IAtomContainer parseMolfile(String molfile, boolean v3000) throws CDKException {
    IAtomContainer molecule;
    if (v3000) {
      try (MDLV3000Reader reader = new MDLV3000Reader(new StringReader(molfile))) {
        molecule = reader.read(new AtomContainer());
      } catch (java.io.IOException e) {
        throw new CDKException(e.getMessage(), e);
      }
    } else {
      try (MDLV2000Reader reader = new MDLV2000Reader(new StringReader(molfile))) {
        molecule = reader.read(new AtomContainer());
      } catch (java.io.IOException e) {
        throw new CDKException(e.getMessage(), e);
      }
    }
    if (molecule == null) {
      throw new CDKException("CDK returned no molecule for the record");
    }
    for (IBond bond : molecule.bonds()) {
      if (bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET) {
        Kekulization.kekulize(molecule);
        break;
      }
    }
    return AtomContainerManipulator.suppressHydrogens(molecule);
  }

  /** Data items: a header line {@code > ... <NAME> ...}, value lines, a blank line. */
  private static Map<String, String> dataItems(List<String> lines) {
    Map<String, String> fields = new LinkedHashMap<>();
    int k = 0;
    while (k < lines.size()) {
      String header = lines.get(k++);
      int open = header.indexOf('<');
      int close = header.indexOf('>', open + 1);
      if (!header.startsWith(">") || open < 0 || close < 0) {
        continue;
      }
      StringBuilder value = new StringBuilder();
      while (k < lines.size() && !lines.get(k).isBlank()) {
        value.append(value.length() == 0 ? "" : "\n").append(lines.get(k++).stripTrailing());
      }
      fields.put(header.substring(open + 1, close), value.toString());
    }
    return fields;
  }
}
