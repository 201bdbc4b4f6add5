/**
 * {@code inverse molecules}: train a logP-conditioned molecule designer, generate molecules for
 * a target logP (SMILES or SD files, PNG depictions), and evaluate it against two baselines.
 */
package org.inversesuite.cli.molecules;
