package org.vigil.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a data table bundled with Vigil (a word list, a TSV of aliases): blank lines and
 * {@code #} comments skipped, each line kept with its file and number, so that a bad one names
 * itself when its reader validates it.
 */
public final class DataTable {
  private DataTable() {}

  /** One line of a table, as written (tabs that end it with empty fields kept). */
  public record Line(String file, int number, String text) {

    /** The tab-separated fields, each stripped; empty fields are kept. */
    public String[] fields() {
      String[] f = text.split("\t", -1);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      return f;
    }

    /** An error that names this line's file and number. */
    public IllegalStateException error(String why) {
      return new IllegalStateException(file + ":" + number + ": " + why);
    }
  }

  /**
   * The lines of {@code resource}, found as {@code owner.getResourceAsStream} finds it (a name
   * beside the class, or an absolute path); fails when the build lacks it.
   */
  public static List<Line> lines(Class<?> owner, String resource) {
    List<Line> out = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String bare = line.strip();
        if (!bare.isEmpty() && !bare.startsWith("#")) {
          out.add(new Line(resource, n, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
