package org.inversesuite.molecules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/** The module's test fixtures (see src/test/resources/org/inversesuite/molecules/README.md). */
public final class Fixtures {
  /** 4 999 NCI records, SMILES TAB id. */
  public static final String NCI_5K = "nci_first_5K.smi";
  /** RDKit MolLogP of every NCI record: id,smiles,rdkit_mollogp. */
  public static final String NCI_5K_RDKIT = "nci_first_5K_rdkit_mollogp.csv";
  /** Daylight ClogP of NCI ids 1–200: nci_id,smiles,daylight_clogp,clogp_nci,amw. */
  public static final String NCI_200_PROPS = "nci_first_200_props.csv";
  /** 25 PubChem records as SDF. */
  public static final String PUBCHEM_25_SDF = "pubchem_first_25.sdf";
  /** The same 25 PubChem records as SMILES TAB CID. */
  public static final String PUBCHEM_25_SMI = "pubchem_first_25.smi";

  private Fixtures() {}

  /** @return the path of a fixture on the test class path */
  public static Path path(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("test fixture " + name + " not found next to " + Fixtures.class.getName());
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the lines of a fixture */
  public static List<String> lines(String name) {
    try {
      return Files.readAllLines(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the molecule of a SMILES, failing the test on a parse error */
  public static IAtomContainer smiles(String smiles) {
    try {
      return new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
    } catch (InvalidSmilesException e) {
      throw new IllegalArgumentException("test SMILES does not parse: " + smiles, e);
    }
  }
}
