/**
 * Reading and writing molecules with CDK: SMILES files ({@link
 * org.inversesuite.molecules.io.SmilesFileReader}, {@link
 * org.inversesuite.molecules.io.SmilesFileWriter}) and SD files ({@link
 * org.inversesuite.molecules.io.SdfReader}, {@link org.inversesuite.molecules.io.SdfWriter}).
 *
 * <p>Readers never drop a record silently: every record ends up either as a
 * {@link org.inversesuite.molecules.io.MoleculeRecord} or as a
 * {@link org.inversesuite.molecules.io.ReadProblem} (line or record number, id, CDK's reason) in
 * the {@link org.inversesuite.molecules.io.ReadResult}. Salts and other multi-fragment records
 * follow a {@link org.inversesuite.molecules.io.FragmentPolicy} (largest fragment by heavy atoms
 * by default). {@link org.inversesuite.molecules.io.CanonicalSmiles} gives the keys used for
 * deduplication.
 */
package org.inversesuite.molecules.io;
