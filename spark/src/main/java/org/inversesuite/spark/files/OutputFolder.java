package org.inversesuite.spark.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * A job's output folder on the Hadoop file system its URI names (a plain path is local), so
 * the same job writes to a laptop disk or to HDFS/S3 on a cluster. Small files are written
 * atomically (a temporary name, then a rename); a Spark output counts as complete only when it
 * holds the {@code _SUCCESS} marker its committer writes last.
 */
public final class OutputFolder {
  /** Marker Spark's file committer writes when an output is complete. */
  public static final String SUCCESS = "_SUCCESS";

  private final FileSystem fs;
  private final Path root;

  private OutputFolder(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = root;
  }

  /**
   * @param spark the session whose Hadoop configuration resolves the URI
   * @param uri a path or URI
   */
  public static OutputFolder of(SparkSession spark, String uri) {
    try {
      Path p = new Path(uri);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return new OutputFolder(fs, fs.makeQualified(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output folder " + uri + ": " + e.getMessage(), e);
    }
  }

  /** @return the qualified URI of {@code name} inside the folder */
  public String uri(String name) {
    return new Path(root, name).toString();
  }

  /** @return the folder's URI */
  public String uri() {
    return root.toString();
  }

  /** @return whether {@code name} exists */
  public boolean exists(String name) {
    return call(() -> fs.exists(new Path(root, name)));
  }

  /** @return whether the folder exists and holds anything */
  public boolean nonEmpty() {
    return call(() -> fs.exists(root) && fs.listStatus(root).length > 0);
  }

  /** @return whether the Spark output {@code name} was committed */
  public boolean complete(String name) {
    return exists(name + "/" + SUCCESS);
  }

  /** @return names of the sub-folders whose name starts with {@code prefix}, sorted */
  public List<String> folders(String prefix) {
    return call(() -> {
      List<String> out = new ArrayList<>();
      if (fs.exists(root)) {
        for (FileStatus s : fs.listStatus(root)) {
          if (s.isDirectory() && s.getPath().getName().startsWith(prefix)) {
            out.add(s.getPath().getName());
          }
        }
      }
      out.sort(null);
      return out;
    });
  }

  /** Deletes {@code name} recursively (nothing if absent). */
  public void delete(String name) {
    call(() -> fs.delete(new Path(root, name), true));
  }

  /** Deletes the whole folder. */
  public void deleteAll() {
    call(() -> fs.delete(root, true));
  }

  /** @return the UTF-8 text of {@code name} */
  public String read(String name) {
    return call(() -> {
      try (InputStream in = fs.open(new Path(root, name))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
  }

  /** Writes {@code text} to {@code name} atomically: a temporary file, then a rename. */
  public void write(String name, String text) {
    call(() -> {
      Path target = new Path(root, name);
      Path tmp = new Path(root, "." + name + ".tmp");
      fs.mkdirs(root);
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) {
        throw new IOException("cannot rename " + tmp + " to " + target);
      }
      return null;
    });
  }

  private interface IoCall<T> {
    T run() throws IOException;
  }

  private <T> T call(IoCall<T> c) {
    try {
      return c.run();
    } catch (IOException e) {
      throw new UncheckedIOException(root + ": " + e.getMessage(), e);
    }
  }
}
