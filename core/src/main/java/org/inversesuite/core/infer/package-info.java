/**
 * A trained model ready for posterior sampling and density evaluation: {@link org.inversesuite.core.infer.Cinn}.
 */
package org.inversesuite.core.infer;
