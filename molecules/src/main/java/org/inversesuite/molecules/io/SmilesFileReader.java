package org.inversesuite.molecules.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inversesuite.data.io.DataFormatException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Reads a SMILES file: one record per line, the SMILES first, then optionally whitespace
 * (tab or spaces) and an id, which is the rest of the line, trimmed. There is no header line
 * (a header is reported as an unparsable record 1). Blank lines are not records and are skipped;
 * every other line is a record and ends up as a molecule or as a {@link ReadProblem}.
 *
 * <p>Parsing is CDK's {@link SmilesParser} (aromatic input is kekulised; a SMILES that cannot be
 * kekulised is a problem). Multi-fragment records follow the {@link FragmentPolicy}. CDK's
 * parser checks syntax, not valence: a pentavalent carbon is read as written.
 *
 * <p>Instances are immutable and may be shared.
 */
public final class SmilesFileReader {
  private static final String EXPECTED = "one SMILES per line, optionally followed by whitespace and an id";
  private final FragmentPolicy fragmentPolicy;

  /** @param fragmentPolicy what to do with multi-fragment records */
  public SmilesFileReader(FragmentPolicy fragmentPolicy) {
    this.fragmentPolicy = Objects.requireNonNull(fragmentPolicy, "fragmentPolicy");
  }

  /** @return a reader keeping the largest fragment of each record */
  public static SmilesFileReader defaults() {
    return new SmilesFileReader(FragmentPolicy.LARGEST_FRAGMENT);
  }

  /**
   * @param path a SMILES file (UTF-8)
   * @return the molecules and problems; its source is the file name
   * @throws DataFormatException if the file is missing, empty, binary or not UTF-8
   */
  public ReadResult read(Path path) {
    return parse(path, TextInput.lines(path, EXPECTED));
  }

  /**
   * @param source names the input in messages
   * @param text the file content
   * @return the molecules and problems
   * @throws DataFormatException if the text is empty or binary
   */
  public ReadResult read(String source, String text) {
    Path name = Path.of(source);
    return parse(name, TextInput.lines(name, text, EXPECTED));
  }

  private ReadResult parse(Path source, List<String> lines) {
    SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
    List<MoleculeRecord> molecules = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    int record = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      record++;
      int cut = firstWhitespace(line);
      String smiles = cut < 0 ? line : line.substring(0, cut);
      String id = cut < 0 ? "" : line.substring(cut).strip();
      IAtomContainer molecule;
      try {
        molecule = parser.parseSmiles(smiles);
      } catch (InvalidSmilesException e) {
        problems.add(new ReadProblem(record, i + 1, id, ProblemKind.UNPARSABLE, firstLine(e.getMessage())));
        continue;
      }
      Records.accept(molecule, id, record, i + 1, Map.of(), fragmentPolicy, molecules, problems);
    }
    if (record == 0) {
      throw new DataFormatException(source, "no SMILES records, only blank lines; expected " + EXPECTED);
    }
    return new ReadResult(source.toString(), record, molecules, problems);
  }

  private static int firstWhitespace(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isWhitespace(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** CDK's messages repeat the SMILES with a caret on further lines; the first line is the reason. */
  static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "no reason given by CDK";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
