package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.UnitId;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.UnitsOf;
import org.lianfang.testing.OrganizationGenerators;
import org.lianfang.testing.Generators;

/**
 * The units of posts and officials, which every identification checks (S-1, S-4), are read from the database once
 * committed and then kept (issue 9): asked again, no statement runs; what a transaction read and then rolled back is
 * never kept, so a post or an official it inserted is unknown afterwards, as in the database.
 */
class UnitsOfTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s1_s4_committedUnitsAreReadOnceAndRolledBackOnesAreNeverKept(TestDatabases.Kind kind) {
    StatementCounter counter = Stores.counted(kind);
    JdbcStore store = JdbcStore.of(counter.dataSource());
    UnitId unit = new UnitId(UUID.randomUUID());
    Post post = Generators.draw(OrganizationGenerators.posts(unit), 1).get(0);
    Official owner = Generators.draw(OrganizationGenerators.officials(unit), 1).get(0);
    UnitsOf expected = new UnitsOf(Optional.of(unit), Map.of(owner.id(), unit));
    UnitsOf read = store.transactions().inTransaction(() -> {
      store.posts().insert(post.withVersion(0));
      store.officials().insert(owner.withVersion(0));
      return store.unitsOf(Optional.of(post.id()), List.of(owner.id()));
    });
    assertEquals(expected, read);

    StatementCounter.Counts before = counter.counts();
    assertEquals(expected, store.unitsOf(Optional.of(post.id()), List.of(owner.id(), owner.id())));
    assertEquals(expected, store.transactions().inTransaction(
        () -> store.unitsOf(Optional.of(post.id()), List.of(owner.id()))));
    assertEquals(0, counter.counts().since(before).executed(), "committed units are read once");

    Post undone = Generators.draw(OrganizationGenerators.posts(unit), 1).get(0);
    Official gone = Generators.draw(OrganizationGenerators.officials(unit), 1).get(0);
    assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
      store.posts().insert(undone.withVersion(0));
      store.officials().insert(gone.withVersion(0));
      assertEquals(new UnitsOf(Optional.of(unit), Map.of(gone.id(), unit)),
          store.unitsOf(Optional.of(undone.id()), List.of(gone.id())));
      throw new IllegalStateException("the command fails after reading the units");
    }));
    assertEquals(new UnitsOf(Optional.empty(), Map.of(owner.id(), unit)),
        store.unitsOf(Optional.of(undone.id()), List.of(gone.id(), owner.id())), "the rolled-back rows were not kept");
  }
}
