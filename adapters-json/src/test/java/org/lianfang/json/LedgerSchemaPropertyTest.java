package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.networknt.schema.Error;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;
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

  /** @return one unit's section with records of its own and its chain */
  private static Gen<LedgerDocuments.Part> parts() {
    return Generators.units().flatMap(unit -> {
      var id = unit.id();
      Gen<Object[]> organization = lists().of(Generators.posts(id)).ofSizeBetween(0, 3)
          .zip(lists().of(Generators.officials(id)).ofSizeBetween(0, 3),
              lists().of(Generators.tenures(id)).ofSizeBetween(0, 3),
              lists().of(Generators.powerItems(id)).ofSizeBetween(0, 2),
              (p, o, t, w) -> new Object[] {p, o, t, w});
      Gen<Object[]> work = lists().of(Generators.processes(id)).ofSizeBetween(0, 2)
          .zip(lists().of(Generators.riskPoints(id)).ofSizeBetween(0, 4), Generators.chains(id, 6),
              (p, r, j) -> new Object[] {p, r, j});
      return organization.zip(work, (a, b) -> part(unit, a, b));
    });
  }

  @SuppressWarnings("unchecked")
  private static LedgerDocuments.Part part(Unit unit, Object[] a, Object[] b) {
    return new LedgerDocuments.Part(new LedgerSection(unit, (List) a[0], (List) a[1], (List) a[2], (List) a[3],
        (List) b[0], (List) b[1]), (List<JournalEntry>) b[2]);
  }

  private static Gen<LedgerDocuments.Read> ledgers() {
    return lists().of(parts()).ofSizeBetween(1, 3).map(LedgerSchemaPropertyTest::underTheFirst)
        .zip(Generators.instants(), Generators.text(), (parts, at, by) -> new LedgerDocuments.Read(
            new LedgerHeader(LedgerWriter.SCHEMA_VERSION, parts.get(0).section().unit().id(), at, by), parts));
  }

  /** A ledger's units come in pre-order below its root: here every later unit is a child of the first. */
  private static List<LedgerDocuments.Part> underTheFirst(List<LedgerDocuments.Part> parts) {
    Unit root = parts.get(0).section().unit();
    List<LedgerDocuments.Part> out = new java.util.ArrayList<>(List.of(parts.get(0)));
    for (LedgerDocuments.Part p : parts.subList(1, parts.size())) {
      LedgerSection s = p.section();
      Unit u = s.unit();
      Unit child = Unit.restore(u.id(), u.code(), u.name(), u.kind(), java.util.Optional.of(root.id()), u.version());
      out.add(new LedgerDocuments.Part(new LedgerSection(child, s.posts(), s.officials(), s.tenures(),
          s.powerItems(), s.processes(), s.riskPoints()), p.journal()));
    }
    return out;
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
