/**
 * Output folders on any Hadoop file system (local, HDFS, S3): atomic small files, completed
 * Spark outputs, refusal to overwrite without {@code --force}.
 */
package org.inversesuite.spark.files;
