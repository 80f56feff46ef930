package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.lianfang.UnitId;
import org.lianfang.json.Codecs.IsoInstant;
import org.lianfang.json.MixIns.Explicit;

/**
 * The mix-ins of the ledger (S-13, ARCHITECTURE.md decision 3): journal entries, chain heads and what verifying a chain
 * found. All are records, read through their canonical constructor (see {@link MixIns}).
 */
final class LedgerMixIns {
  private LedgerMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(org.lianfang.ledger.JournalEntry.class, JournalEntry.class),
      Map.entry(org.lianfang.ledger.ChainHead.class, ChainHead.class),
      Map.entry(org.lianfang.ledger.Verification.class, Verification.class),
      Map.entry(org.lianfang.ledger.Verification.Intact.class, Intact.class),
      Map.entry(org.lianfang.ledger.Verification.Broken.class, Broken.class));

  @Explicit
  @JsonPropertyOrder({"unitId", "sequence", "eventType", "actorId", "at", "payload", "previousHash", "hash"})
  @JsonSerialize(using = JournalEntryWriter.class)
  abstract static class JournalEntry {
    @JsonCreator
    JournalEntry(
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "sequence", required = true) long sequence,
        @JsonProperty(value = "eventType", required = true) String eventType,
        @JsonProperty(value = "actorId", required = true) String actorId,
        @JsonProperty(value = "at", required = true) @IsoInstant Instant at,
        @JsonProperty(value = "payload", required = true) String payload,
        @JsonProperty(value = "previousHash", required = true) String previousHash,
        @JsonProperty(value = "hash", required = true) String hash) {}

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("sequence") abstract long sequence();

    @JsonProperty("eventType") abstract String eventType();

    @JsonProperty("actorId") abstract String actorId();

    @JsonProperty("at") @IsoInstant abstract Instant at();

    @JsonProperty("payload") abstract String payload();

    @JsonProperty("previousHash") abstract String previousHash();

    @JsonProperty("hash") abstract String hash();
  }

  /**
   * Writes a journal entry field by field, as the mix-in above names and orders them: most of a ledger document's
   * records are journal entries, and this skips the bean serializer's reflective call per field. Reading stays with
   * the mix-in's creator and its checks; the golden ledger holds both to one form.
   */
  static final class JournalEntryWriter extends StdSerializer<org.lianfang.ledger.JournalEntry> {
    private static final long serialVersionUID = 1L;

    JournalEntryWriter() {
      super(org.lianfang.ledger.JournalEntry.class);
    }

    @Override
    public void serialize(org.lianfang.ledger.JournalEntry e, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(e);
      gen.writeStringField("unitId", e.unitId().toString());
      gen.writeNumberField("sequence", e.sequence());
      gen.writeStringField("eventType", e.eventType());
      gen.writeStringField("actorId", e.actorId());
      gen.writeStringField("at", e.at().toString());
      gen.writeStringField("payload", e.payload());
      gen.writeStringField("previousHash", e.previousHash());
      gen.writeStringField("hash", e.hash());
      gen.writeEndObject();
    }
  }

  @Explicit
  @JsonPropertyOrder({"unitId", "sequence", "hash"})
  abstract static class ChainHead {
    @JsonCreator
    ChainHead(
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "sequence", required = true) long sequence,
        @JsonProperty(value = "hash", required = true) String hash) {}

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("sequence") abstract long sequence();

    @JsonProperty("hash") abstract String hash();
  }

  /** What verifying a chain found: {@code {"result": "intact", ...}} or {@code {"result": "broken", ...}}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "result")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = org.lianfang.ledger.Verification.Intact.class, name = "intact"),
      @JsonSubTypes.Type(value = org.lianfang.ledger.Verification.Broken.class, name = "broken")})
  abstract static class Verification {}

  @Explicit
  abstract static class Intact {
    @JsonCreator
    Intact(@JsonProperty(value = "entries", required = true) long entries) {}

    @JsonProperty("entries") abstract long entries();
  }

  @Explicit
  @JsonPropertyOrder({"sequence", "reasonZh", "reasonEn"})
  abstract static class Broken {
    @JsonCreator
    Broken(
        @JsonProperty(value = "sequence", required = true) long sequence,
        @JsonProperty(value = "reasonZh", required = true) String reasonZh,
        @JsonProperty(value = "reasonEn", required = true) String reasonEn) {}

    @JsonProperty("sequence") abstract long sequence();

    @JsonProperty("reasonZh") abstract String reasonZh();

    @JsonProperty("reasonEn") abstract String reasonEn();
  }
}
