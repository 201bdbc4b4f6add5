/**
 * Reference posteriors without a network: {@link org.inversesuite.core.baseline.RejectionAbc}.
 */
package org.inversesuite.core.baseline;
