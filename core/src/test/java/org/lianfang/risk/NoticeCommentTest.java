package org.lianfang.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10, finding 10: a comment's author stays sealed when a comment or its notice is printed (P-11). */
class NoticeCommentTest {
  /** A comment's seal (P-11): the random bits kept with a sealed author. */
  private static final String SEAL = "5ea1".repeat(8);

  @Test
  void p11_finding10PrintingACommentOrItsNoticeDoesNotNameTheAuthor() {
    NoticeComment c = new NoticeComment("citizen-王五-13800000000", "审批科有人索要好处费",
        Instant.parse("2010-08-31T02:00:00Z"), SEAL);
    PublicNotice n = new PublicNotice(NoticeAudience.PUBLIC, "局机关公示栏", LocalDate.of(2010, 8, 30),
        LocalDate.of(2010, 9, 5), List.of(c));
    for (String printed : List.of(c.toString(), n.toString())) {
      assertFalse(printed.contains("13800000000"), printed);
      assertTrue(printed.contains(NoticeComment.SEALED) && printed.contains("审批科有人索要好处费"), printed);
    }
    assertEquals("citizen-王五-13800000000", c.authorId(), "the record itself keeps the author for those cleared");
  }
}
