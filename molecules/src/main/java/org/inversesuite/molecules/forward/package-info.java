/** The forward direction, molecule → logP, on the designer's representation, with its held-out error. */
package org.inversesuite.molecules.forward;
