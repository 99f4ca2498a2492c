package org.vigil.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ACLED export of event notes ({@code acled/acled-asia-2015.csv}) into its notes, each
 * with the rows that code it, in the order of their first rows. The file is known by its
 * header, not its name, since exports are named by whoever downloads them.
 */
final class AcledNotes {

  /** The columns scoring reads; an export holding them is taken for ACLED's. */
  private static final Set<String> COLUMNS = Set.of("id", "text", "event_date", "event_type",
      "fatalities", "latitude", "longitude", "country", "inter1", "inter2");

  private AcledNotes() {}

  /** Whether {@code csv}'s header names every column ACLED scoring reads. */
  static boolean recognises(Path csv) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        return false;
      }
      Set<String> columns = Set.of(header.replace("\uFEFF", "").replace("\"", "").split(","));
      return columns.containsAll(COLUMNS);
    } catch (CharacterCodingException e) {
      return false; // not text, so no CSV
    }
  }

  /** The notes of {@code csv}. */
  static List<AcledNote> read(Path csv) throws IOException {
    List<AcledNote.Row> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      while (it.hasNextValue()) {
        rows.add(row(rows.size(), it.nextValue(), csv));
      }
    }
    return group(rows);
  }

  /** Rows that share one note text, gathered into one note at the place of the first. */
  static List<AcledNote> group(List<AcledNote.Row> rows) {
    Map<String, List<AcledNote.Row>> byText = new LinkedHashMap<>();
    rows.forEach(r -> byText.computeIfAbsent(r.text(), k -> new ArrayList<>()).add(r));
    return byText.values().stream().map(AcledNote::new).toList();
  }

  private static AcledNote.Row row(int index, Map<String, String> r, Path csv)
      throws IOException {
    try {
      return new AcledNote.Row(index, r.get("id"), r.get("text"),
          r.get("event_type"), whole(r.get("fatalities")), Double.parseDouble(r.get("latitude")),
          Double.parseDouble(r.get("longitude")), r.get("country"), whole(r.get("inter1")),
          whole(r.get("inter2")));
    } catch (RuntimeException e) {
      throw new IOException(csv + ": data row " + index + " (" + r.get("id") + "): " + e, e);
    }
  }

  private static int whole(String s) {
    return s == null || s.isBlank() ? 0 : Integer.parseInt(s.trim());
  }
}
