/**
 * Files: atomic writes ({@link org.inversesuite.core.io.AtomicFiles}), the versioned model format ({@link org.inversesuite.core.io.ModelStore}) and cINN model files ({@link org.inversesuite.core.io.CinnStore}).
 */
package org.inversesuite.core.io;
