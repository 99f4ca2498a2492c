package org.vigil.tables;

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
import org.junit.jupiter.api.TestFactory;

/**
 * Every word list and table bundled in vigil-core: UTF-8, a header saying what it holds and
 * which class reads it, no stray spaces, and read without error by that class, which loads it
 * when it is first used.
 */
class BundledTablesTest {
  private static final Pattern READER = Pattern.compile("\\bRead by (\\w+)");

  @TestFactory
  Stream<DynamicTest> everyTableIsDocumentedAndReads() throws IOException {
    Path root = Path.of("target/classes/org/vigil");
    List<Path> tables;
    try (Stream<Path> files = Files.walk(root)) {
      tables = files.filter(p -> p.toString().matches(".*\\.(tsv|txt)")).sorted().toList();
    }
    assertThat(tables).hasSizeGreaterThan(5);
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
      Class.forName(pkg + "." + reader.group(1), true, BundledTablesTest.class.getClassLoader());
    } catch (ExceptionInInitializerError e) {
      throw new AssertionError(table + " does not read: " + e.getCause().getMessage(), e);
    } catch (ClassNotFoundException e) {
      fail(table + ": its reader " + reader.group(1) + " is not a class of " + pkg);
    }
  }
}
