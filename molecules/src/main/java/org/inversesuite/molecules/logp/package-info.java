/**
 * Octanol/water partition coefficients (logP) computed three ways behind one interface,
 * {@link org.inversesuite.molecules.logp.LogPCalculator}: Wildman–Crippen atomic contributions
 * ({@link org.inversesuite.molecules.logp.WildmanCrippenLogP}, J. Chem. Inf. Comput. Sci. 1999,
 * 39, 868–873), CDK's JPlogP ({@link org.inversesuite.molecules.logp.JPlogPCalculator}, Plante
 * and Werner 2018) and CDK's XLogP ({@link org.inversesuite.molecules.logp.XLogPCalculator},
 * Wang et al. 1997/2000). Start from {@link org.inversesuite.molecules.logp.LogPMethod}.
 */
package org.inversesuite.molecules.logp;
