/**
 * CSV tables with headers: {@link org.inversesuite.data.table.CsvReader}, {@link org.inversesuite.data.table.CsvWriter}.
 */
package org.inversesuite.data.table;
