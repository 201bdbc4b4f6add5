/**
 * In-memory data sets and seeded splits: {@link org.inversesuite.data.set.ArrayDataset}, {@link org.inversesuite.data.set.Splits}.
 */
package org.inversesuite.data.set;
