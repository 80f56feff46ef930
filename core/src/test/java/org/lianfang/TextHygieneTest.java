package org.lianfang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The text hygiene rule for actors (issue 10, finding 6): an actor's id is bounded and visible, its name one clean
 * line, and a refusal names the field and the rule in both languages without repeating the value, which may be a
 * sealed identity (P-11).
 */
class TextHygieneTest {
  private static final List<Role> ROLES = List.of(Role.PUBLIC);

  @Test
  void finding6AnActorIdLongerThanTheLimitIsRefusedWithoutRepeatingIt() {
    String id = "举报人-" + "x".repeat(416); // 420 characters, the finding's commenter id
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Actor.of(id, "王五", ROLES, List.of()));
    assertEquals("操作人标识：不能超过 200 个字符（现有 420 个） / actor id: must be at most 200 characters long (is 420)",
        e.getMessage());
    assertFalse(e.getMessage().contains("xxxx"), "the id itself is not in the message");
  }

  @Test
  void finding6AnIdOfExactlyTheLimitIsAnActorsIdIncludingCharactersOutsideTheBasicPlane() {
    String id = "市民".repeat(TextHygiene.MAX_ID_LENGTH / 2 - 1) + "𠮷";
    assertEquals(TextHygiene.MAX_ID_LENGTH, id.length());
    assertEquals(id, Actor.of(id, "王五", ROLES, List.of()).id());
    assertEquals(Optional.empty(), TextHygiene.ofId(id));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "GT-01\\u3000|id.invisible", "\\u200BGT-01|id.invisible", "GT 01|id.invisible", "a\\u202Eb|id.invisible",
      "a\\u2066b|id.invisible", "a\\uFEFFb|id.invisible", "a\\u00A0b|id.invisible", "a\\u0000b|text.control",
      "a\\nb|text.control", "a\\u007Fb|text.control", "a\\u0085b|text.control", "a\\uD800b|text.surrogate",
      "a\\uDC00|text.surrogate", "\\uD83D|text.surrogate"})
  void finding7IdsRefuseInvisibleControlAndHalfCharacters(String escaped, String rule) {
    String id = unescape(escaped);
    assertEquals(rule, TextHygiene.ofId(id).orElseThrow().rule(), escaped);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Actor.of(id, "王五", ROLES, List.of()));
    assertTrue(e.getMessage().startsWith("操作人标识：") && e.getMessage().contains(" / actor id: "), e.getMessage());
  }

  @Test
  void aBlankIdIsRefused() {
    assertEquals("id.blank", TextHygiene.ofId("").orElseThrow().rule());
    assertEquals("id.invisible", TextHygiene.ofId("   ").orElseThrow().rule());
    assertThrows(IllegalArgumentException.class, () -> Actor.of("", "王五", ROLES, List.of()));
  }

  @Test
  void aNameIsOneCleanLineOfAnyLetters() {
    assertEquals("市纪委 王监察", Actor.of("inspector", "市纪委 王监察", ROLES, List.of()).name());
    assertEquals("Zoë 𠮷 «李»", Actor.of("a", "Zoë 𠮷 «李»", ROLES, List.of()).name());
    for (String bad : List.of("王\u0000五", "王\n五", "王\uD800")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Actor.of("a", bad, ROLES, List.of()));
      assertTrue(e.getMessage().startsWith("操作人姓名："), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Actor.of("a", "名".repeat(Actor.MAX_NAME_LENGTH + 1), ROLES,
        List.of()));
  }

  @Test
  void aTextOfSeveralLinesMayHoldLineBreaksAndTabsButNoOtherControl() {
    assertEquals(Optional.empty(), TextHygiene.ofText("第一行\r\n第二行\t完", true));
    assertEquals("text.control", TextHygiene.ofText("第一行\n第二行", false).orElseThrow().rule());
    assertEquals("text.control", TextHygiene.ofText("a\u0000", true).orElseThrow().rule());
    assertEquals("text.surrogate", TextHygiene.ofText("金额\uD800元", true).orElseThrow().rule());
    assertEquals(Optional.empty(), TextHygiene.ofText("金额𠮷元\u200B", true), "a text may hold format characters");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (s.startsWith("\\n", i)) {
        out.append('\n');
        i++;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
