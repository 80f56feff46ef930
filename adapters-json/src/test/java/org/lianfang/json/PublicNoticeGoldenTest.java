package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.testing.World;

/** The public notice's format is pinned by a reviewed golden file (S-5, S-6, P-11). */
class PublicNoticeGoldenTest {
  private static final String KIND = "public-notice";
  private static final Path GOLDEN = GoldenFiles.root().resolve(KIND).resolve("kunming.json");

  private static String notice() {
    World w = KunmingLedger.build().world;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PublicNoticeExport.of(w.lianfang.risks().queries(), w.clock)
          .write(Actor.publicVisitor(List.of(w.city)), w.city, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return GoldenFiles.pretty(out.toByteArray());
  }

  @Test
  void aFreshNoticeRendersAsTheGoldenFile() {
    GoldenFiles.assertMatches(GOLDEN, KIND, notice());
  }

  @Test
  void theGoldenNoticeHoldsNoCommentNorAnyoneP11() {
    String text = GoldenFiles.text(GOLDEN);
    assertTrue(text.contains("\"confirmed\": true"), "a confirmed point is on the notice");
    for (String hidden : List.of("authorId", "comments", "owners", "staffNumber", "custom", "actorId", "sealed")) {
      assertFalse(text.contains(hidden), hidden);
    }
  }
}
