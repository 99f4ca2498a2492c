package org.vigil.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a store lives: an embedded H2 database in a folder (the default), or a database server
 * named by a JDBC URL ({@code jdbc:postgresql://host/db?user=…}).
 *
 * @param jdbcUrl the URL the connection pool opens
 * @param schema the PostgreSQL schema the URL names with {@code currentSchema}, or null
 * @param label how messages name the store: the folder, or the URL without credentials
 */
public record StoreLocation(String jdbcUrl, String schema, String label) {

  /** The H2 file name inside a store folder: {@code vigil.mv.db} holds everything. */
  static final String H2_NAME = "vigil";

  /**
   * The location {@code db} names: a JDBC URL as it is, anything else as a folder for an
   * embedded H2 store.
   */
  public static StoreLocation of(String db) {
    if (db.startsWith("jdbc:")) {
      return new StoreLocation(db, currentSchema(db), withoutSecrets(db));
    }
    return folder(Path.of(db));
  }

  /**
   * An embedded H2 store in {@code folder}; {@code AUTO_SERVER} lets a second process (a query
   * while an ingest runs) open the same file. H2 writes commits within half a second, in the
   * background thread that also compacts the file: a killed process may lose its last half
   * second of commits, whole (an ingest run again redoes them), but the file stays small.
   * Writing each commit at once ({@code WRITE_DELAY=0}) stops that thread, and the file grew
   * to 13 GB for 20,000 articles.
   */
  public static StoreLocation folder(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    String url = "jdbc:h2:file:" + abs.resolve(H2_NAME) + ";AUTO_SERVER=TRUE";
    return new StoreLocation(url, null, abs.toString());
  }

  public boolean isH2() {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  private static String currentSchema(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return null;
    }
    for (String param : url.substring(q + 1).split("&")) {
      if (param.toLowerCase(Locale.ROOT).startsWith("currentschema=")) {
        return param.substring(param.indexOf('=') + 1);
      }
    }
    return null;
  }

  /** The URL with any password parameter dropped, for messages. */
  private static String withoutSecrets(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    StringBuilder kept = new StringBuilder(url.substring(0, q));
    char sep = '?';
    for (String param : url.substring(q + 1).split("&")) {
      if (!param.toLowerCase(Locale.ROOT).startsWith("password=")) {
        kept.append(sep).append(param);
        sep = '&';
      }
    }
    return kept.toString();
  }
}
