package org.vigil.eval;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vigil.testing.BundledTables;

/**
 * The scorers' tables bundled in vigil-eval (FA-KES causes, same-incident pairs, generic actor
 * words, governorates, ACLED's actor codes), checked as vigil-core checks its own
 * ({@link BundledTables}).
 */
class BundledTablesTest {

  @TestFactory
  Stream<DynamicTest> everyTableIsDocumentedAndReads() throws IOException {
    return BundledTables.everyTable(4);
  }
}
