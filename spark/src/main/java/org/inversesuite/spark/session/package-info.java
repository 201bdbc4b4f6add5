/** Starting the Spark session: embedded {@code local[*]} by default, any master URL, quiet logs. */
package org.inversesuite.spark.session;
