package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewState;

/** How the module shows in a host's mapper: found by the service loader, codes pinned, ISO dates whatever the host. */
class LianfangModuleTest {
  @Test
  void isFoundThroughTheServiceLoader() {
    ObjectMapper m = JsonMapper.builder().findAndAddModules().build();
    assertTrue(m.getRegisteredModuleIds().contains(LianfangModule.class.getName()), m.getRegisteredModuleIds()
        .toString());
  }

  @Test
  void everyEnumConstantHasOneDistinctLowerCaseCode() {
    assertTrue(CodedEnums.ALL.stream().anyMatch(t -> t.type == ReviewState.class), "found in the classes");
    assertTrue(CodedEnums.ALL.size() >= 14, "every coded enum of core: " + CodedEnums.ALL.size());
    for (EnumCodes.Table<?> t : CodedEnums.ALL) {
      Set<String> seen = new HashSet<>();
      for (Enum<?> e : t.type.getEnumConstants()) {
        String code = EnumCodes.code(e);
        assertTrue(code.matches("[a-z][a-z-]*"), code);
        assertTrue(seen.add(code), t.type + " repeats " + code);
      }
    }
    assertEquals("\"published\"", write(new ObjectMapper(), ReviewState.PUBLISHED));
  }

  @Test
  void datesStayIsoEvenWhenTheHostWritesDatesAsTimestamps() {
    PublicNotice n = new PublicNotice(NoticeAudience.PUBLIC, "局机关公示栏", LocalDate.of(2010, 9, 1),
        LocalDate.of(2010, 9, 8),
        java.util.List.of(new NoticeComment("sealed", "意见", Instant.parse("2010-09-02T03:04:05.006Z"), "")));
    ObjectMapper host = JsonMapper.builder().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    String json = write(host, n);
    assertEquals("{\"audience\":\"public\",\"scope\":\"局机关公示栏\",\"start\":\"2010-09-01\","
        + "\"end\":\"2010-09-08\",\"comments\":[{\"authorId\":"
        + "\"sealed\",\"text\":\"意见\",\"receivedAt\":\"2010-09-02T03:04:05.006Z\",\"seal\":\"\"}]}", json);
  }

  private static String write(ObjectMapper host, Object value) {
    try {
      return host.copy().registerModule(new LianfangModule()).writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
