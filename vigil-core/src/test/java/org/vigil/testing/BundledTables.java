package org.vigil.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The check of the word lists and tables a module bundles: UTF-8, a header saying what each
 * holds and which class reads it, no stray spaces, and read without error by that class, which
 * loads it when it is first used. Each module with tables runs it on its own build output.
 */
public final class BundledTables {
  private static final Pattern READER = Pattern.compile("\\bRead by (\\w+)");

  private BundledTables() {}

  /**
   * One test per table under {@code target/classes/org/vigil} of the module under test (the
   * tests' working directory); there must be at least {@code atLeast} of them.
   */
  public static Stream<DynamicTest> everyTable(int atLeast) throws IOException {
    Path root = Path.of("target/classes/org/vigil");
    List<Path> tables;
    try (Stream<Path> files = Files.walk(root)) {
      tables = files.filter(p -> p.toString().matches(".*\\.(tsv|txt)")).sorted().toList();
    }
    assertThat(tables).hasSizeGreaterThanOrEqualTo(atLeast);
    return tables.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(),
        () -> check(root, p)));
  }

  private static void check(Path root, Path table) throws Exception {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(table))).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(table + " is not UTF-8", e);
    }
    List<String> lines = text.lines().toList();
    long header = lines.stream().takeWhile(l -> l.startsWith("#")).count();
    assertThat(header).as(table + ": a header of comment lines").isGreaterThanOrEqualTo(2);
    String head = String.join(" ", lines.subList(0, (int) header)).replaceAll("#\\s*", "");
    Matcher reader = READER.matcher(head);
    if (!reader.find()) {
      fail(table + ": the header does not say which class reads it ('Read by …')");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertThat(line).as(table + ":" + (i + 1) + " ends in a space or holds a CR")
          .doesNotMatch(".*[ \\r]$");
    }
    String pkg = "org.vigil." + root.relativize(table.getParent()).toString().replace('/', '.');
    try {
      Class.forName(pkg + "." + reader.group(1), true, BundledTables.class.getClassLoader());
    } catch (ExceptionInInitializerError e) {
      throw new AssertionError(table + " does not read: " + e.getCause().getMessage(), e);
    } catch (ClassNotFoundException e) {
      fail(table + ": its reader " + reader.group(1) + " is not a class of " + pkg);
    }
  }
}
