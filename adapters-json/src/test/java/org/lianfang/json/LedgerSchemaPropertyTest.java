package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.testing.Generators;
import org.quicktheories.core.Gen;

/**
 * Whatever {@link LedgerWriter} writes validates against the published ledger schema, and {@link LedgerReader}
 * reads it back to the same header, records and journals: ledgers of one to three units, each with generated records
 * of every kind belonging to it (hostile text, optional parts present and absent, every enum constant, custom values
 * of all four types, whole and fractional numbers) and a valid journal chain.
 */
class LedgerSchemaPropertyTest {
  private static final int EXAMPLES = 100;

  private static Gen<LedgerDocuments.Read> ledgers() {
    return LedgerDocuments.ledgers().zip(Generators.instants(), Generators.text(),
        (parts, at, by) -> new LedgerDocuments.Read(
            new LedgerHeader(LedgerWriter.SCHEMA_VERSION, parts.get(0).section().unit().id(), at, by, "SHA-256"),
            parts));
  }

  @Test
  void whatTheWriterWritesValidatesAgainstTheSchemaAndReadsBackUnchanged() {
    qt().withExamples(EXAMPLES).forAll(ledgers()).checkAssert(ledger -> {
      byte[] document = LedgerDocuments.write(ledger.header(), ledger.parts());
      List<Error> errors = Schemas.of("ledger").validate(Schemas.tree(document));
      assertTrue(errors.isEmpty(), () -> "the schema refuses what the writer wrote:\n" + Schemas.describe(errors));
      assertEquals(ledger, LedgerDocuments.read(document), "what the reader reads back");
    });
  }
}
