package org.vigil.geo.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the gazetteer's binary index: entries, then the name tables ready to use,
 * so a load is a sequential read with no name folding (well under the 2 s budget).
 */
final class GazetteerIndexFile {
  /**
   * "VGZ" and the format number: raise it when the layout, the entries, the names or their keys
   * change.
   */
  private static final int MAGIC = 0x5647_5A00 | 0x50;
  private static final Level[] LEVELS = Level.values();

  private GazetteerIndexFile() {}

  /** Writes {@code gazetteer} to {@code file}, atomically: readers never see half a file. */
  static void write(GeoNamesGazetteer gazetteer, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, "index", ".tmp");
    try (DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(gazetteer.size());
      for (GazetteerEntry e : gazetteer.entries()) {
        out.writeLong(e.geonameId());
        out.writeDouble(e.lat());
        out.writeDouble(e.lon());
        out.writeUTF(e.country());
        out.writeUTF(e.admin1());
        out.writeUTF(e.featureCode());
        out.writeLong(e.population());
        out.writeByte(e.level().ordinal());
        out.writeShort(e.names().size());
        for (String n : e.names()) {
          out.writeUTF(n);
        }
      }
      out.writeInt(gazetteer.demonyms().size());
      for (Demonym d : gazetteer.demonyms()) {
        out.writeUTF(d.word());
        out.writeUTF(d.target());
      }
      writeTable(out, gazetteer.exactTable());
      writeTable(out, gazetteer.looseTable());
      writeTable(out, gazetteer.acronymTable());
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Whether {@code file} is an index this version of Vigil wrote. */
  static boolean current(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      return in.readInt() == MAGIC;
    } catch (EOFException e) {
      return false;
    }
  }

  static GeoNamesGazetteer read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + ": not a Vigil gazetteer index of this version");
      }
      int n = in.readInt();
      List<GazetteerEntry> entries = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        long id = in.readLong();
        double lat = in.readDouble();
        double lon = in.readDouble();
        String country = in.readUTF().intern();
        String admin1 = in.readUTF().intern();
        String code = in.readUTF().intern();
        long population = in.readLong();
        Level level = LEVELS[in.readByte()];
        String[] names = new String[in.readShort()];
        for (int k = 0; k < names.length; k++) {
          names[k] = in.readUTF();
        }
        entries.add(new GazetteerEntry(id, lat, lon, country, admin1, code, population, level,
            List.of(names)));
      }
      int d = in.readInt();
      List<Demonym> demonyms = new ArrayList<>(d);
      for (int i = 0; i < d; i++) {
        demonyms.add(new Demonym(in.readUTF(), in.readUTF()));
      }
      Map<String, int[]> exact = readTable(in);
      Map<String, int[]> loose = readTable(in);
      Map<String, int[]> acronyms = readTable(in);
      return new GeoNamesGazetteer(entries, demonyms, exact, loose, acronyms);
    }
  }

  private static void writeTable(DataOutputStream out, Map<String, int[]> table)
      throws IOException {
    out.writeInt(table.size());
    for (Map.Entry<String, int[]> e : table.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(e.getValue().length);
      for (int i : e.getValue()) {
        out.writeInt(i);
      }
    }
  }

  private static Map<String, int[]> readTable(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, int[]> table = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      String key = in.readUTF();
      int[] ids = new int[in.readShort() & 0xFFFF];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = in.readInt();
      }
      table.put(key, ids);
    }
    return table;
  }
}
