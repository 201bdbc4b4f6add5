package org.inversesuite.cli.airfoil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One writer per output folder: a lock file created atomically ({@link Files#createFile}, which
 * fails if the file exists) holding the owner's process id, host and start time, deleted by
 * {@link #close} and, if the process is stopped (Ctrl-C, SIGTERM), by a shutdown hook. A second
 * run on the same folder is refused with a message naming the owner; a lock whose process on this
 * host is no longer running (killed with SIGKILL, machine crash) is named as stale, with how to
 * clear it. Two runs of {@code inverse airfoil dataset} on one folder once computed the same
 * chunks twice and summed both runs' times in its timing file.
 */
final class FolderLock implements AutoCloseable {
  /** Name of the lock file inside the folder. */
  static final String FILE = ".inverse.lock";

  private final Path file;
  private final Thread hook;

  private FolderLock(Path file) {
    this.file = file;
    this.hook = new Thread(this::delete, "release " + file);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Creates the folder if needed and takes its lock.
   *
   * @param command what holds the lock, for the message a second run gets
   * @throws IllegalArgumentException if another run holds it, or a dead run left it
   */
  static FolderLock acquire(Path folder, String command) {
    Path file = folder.resolve(FILE);
    String owner = ProcessHandle.current().pid() + "\n" + host() + "\n" + Instant.now() + "\n" + command + "\n";
    try {
      Files.createDirectories(folder);
      Files.write(Files.createFile(file), owner.getBytes(StandardCharsets.UTF_8));
      return new FolderLock(file);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(held(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the lock file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The message for a lock held by another run, or left by a dead one. */
  private static String held(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      lines = List.of();
    }
    long pid = lines.isEmpty() ? -1 : parse(lines.get(0));
    String host = lines.size() > 1 ? lines.get(1) : "?";
    String since = lines.size() > 2 ? lines.get(2) : "?";
    String what = lines.size() > 3 ? "'" + lines.get(3) + "'" : "another run";
    String folder = String.valueOf(file.getParent());
    if (pid > 0 && host.equals(host()) && !alive(pid)) {
      return folder + " is locked by " + file + ", left by process " + pid + " (" + what + ", started " + since
          + "), which is no longer running: if no other run writes to " + folder + ", delete " + file
          + " and rerun";
    }
    return folder + " is in use by " + what + " (process " + pid + " on " + host + ", started " + since
        + "): wait for it to finish or stop it; a second run on the same folder would compute the same work twice";
  }

  private static long parse(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean alive(long pid) {
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    return p.isPresent() && p.get().isAlive();
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  private void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      System.err.println("could not delete the lock file " + file + ": " + e.getMessage());
    }
  }

  /** Deletes the lock file. */
  @Override
  public void close() {
    delete();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs or has run
    }
  }
}
