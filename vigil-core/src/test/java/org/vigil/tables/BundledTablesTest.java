package org.vigil.tables;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vigil.testing.BundledTables;

/** Every word list and table bundled in vigil-core, checked by {@link BundledTables}. */
class BundledTablesTest {

  @TestFactory
  Stream<DynamicTest> everyTableIsDocumentedAndReads() throws IOException {
    return BundledTables.everyTable(6);
  }
}
