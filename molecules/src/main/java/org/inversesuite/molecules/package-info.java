/**
 * logP-conditioned molecule design: SMILES/SDF, logP, SELFIES (CDK).
 */
package org.inversesuite.molecules;
