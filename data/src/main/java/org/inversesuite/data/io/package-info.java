/**
 * What the readers share: {@link org.inversesuite.data.io.DataFormatException} naming file, line and column.
 */
package org.inversesuite.data.io;
