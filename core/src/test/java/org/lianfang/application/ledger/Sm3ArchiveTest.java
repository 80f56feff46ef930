package org.lianfang.application.ledger;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.Sm3Archives;
import org.lianfang.testing.World;

/** 国密 on the in-memory store (issue 10): the scenarios of {@link Sm3Archives}. */
class Sm3ArchiveTest {
  @Test
  void commandsOnAnSm3ArchiveHashEntriesAndRecordsWithSm3() {
    Sm3Archives.commandsHashWithSm3(World.in(InMemoryStore.create(Sm3Archives.SM3)));
  }

  @Test
  void checkpointsOfAnSm3ArchiveAreSm3TreesSignedWithSm2() throws Exception {
    Sm3Archives.checkpointsAreSm3TreesSignedWithSm2(World.in(InMemoryStore.create(Sm3Archives.SM3)));
  }
}
