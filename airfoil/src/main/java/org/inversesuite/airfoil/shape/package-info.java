/**
 * Airfoil geometry: {@link org.inversesuite.airfoil.shape.Airfoil} (Selig-ordered coordinates),
 * the generators {@link org.inversesuite.airfoil.shape.CstShape} (Kulfan 2008),
 * {@link org.inversesuite.airfoil.shape.NacaFourDigit} and
 * {@link org.inversesuite.airfoil.shape.NacaFiveDigit}, the least-squares
 * {@link org.inversesuite.airfoil.shape.CstFit}, and the designer's checks in
 * {@link org.inversesuite.airfoil.shape.ShapeAnalysis}.
 */
package org.inversesuite.airfoil.shape;
