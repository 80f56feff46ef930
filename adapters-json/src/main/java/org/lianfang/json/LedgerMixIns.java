package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.json.Codecs.IsoInstant;
import org.lianfang.json.MixIns.Explicit;

/**
 * The mix-ins of the ledger (S-13, ARCHITECTURE.md decision 3): journal entries, chain heads, signed checkpoints of
 * heads and what verifying a chain found. All are records, read through their canonical constructor (see {@link MixIns}).
 */
final class LedgerMixIns {
  private LedgerMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(org.lianfang.ledger.JournalEntry.class, JournalEntry.class),
      Map.entry(org.lianfang.ledger.ChainHead.class, ChainHead.class),
      Map.entry(org.lianfang.ledger.Checkpoint.class, Checkpoint.class),
      Map.entry(org.lianfang.ledger.Verification.class, Verification.class),
      Map.entry(org.lianfang.ledger.Verification.Intact.class, Intact.class),
      Map.entry(org.lianfang.ledger.Verification.Broken.class, Broken.class));

  @Explicit
  @JsonPropertyOrder({"unitId", "sequence", "eventType", "actorId", "at", "payload", "recordId", "recordDigest",
      "previousHash", "hash"})
  @JsonSerialize(using = JournalEntryWriter.class)
  @JsonDeserialize(using = JournalEntryReader.class)
  abstract static class JournalEntry {

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("sequence") abstract long sequence();

    @JsonProperty("eventType") abstract String eventType();

    @JsonProperty("actorId") abstract String actorId();

    @JsonProperty("at") @IsoInstant abstract Instant at();

    @JsonProperty("payload") abstract String payload();

    @JsonProperty("recordId") abstract UUID recordId();

    @JsonProperty("recordDigest") abstract String recordDigest();

    @JsonProperty("previousHash") abstract String previousHash();

    @JsonProperty("hash") abstract String hash();
  }

  /**
   * Writes a journal entry field by field, as the mix-in above names and orders them: most of a ledger document's
   * records are journal entries, and this skips the bean serializer's reflective call per field; {@link
   * JournalEntryReader} reads them back. The golden ledger holds both to one form.
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
      gen.writeStringField("recordId", e.recordId().toString());
      gen.writeStringField("recordDigest", e.recordDigest());
      gen.writeStringField("previousHash", e.previousHash());
      gen.writeStringField("hash", e.hash());
      gen.writeEndObject();
    }
  }

  /**
   * Reads a journal entry field by field, in any order, under the names {@link JournalEntry} gives them: most of a
   * ledger document's records are journal entries, and this skips the bean deserializer's buffering of creator
   * properties and its reflective constructor call (the ledger import's benchmark, issue 8). It refuses what the
   * creator refused, in the same terms, so a document's refusals name the same rule at the same pointer: an unknown
   * field, a missing one ("Missing required creator property"), a value of the wrong type (through the same readers
   * of ids, texts, numbers and instants, the field in the error's path), and a value the entry itself refuses.
   */
  static final class JournalEntryReader extends StdDeserializer<org.lianfang.ledger.JournalEntry>
      implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("unitId", "sequence", "eventType", "actorId", "at", "payload",
        "recordId", "recordDigest", "previousHash", "hash");
    private final TimeReaders.InstantReader instants = new TimeReaders.InstantReader();
    /** Record ids in canonical lower-case text only, as the hash covers them (Jackson's own reader takes more). */
    private final Codecs.UuidReader uuids = new Codecs.UuidReader();
    private transient JsonDeserializer<Object> unitIds;
    private transient JsonDeserializer<Object> texts;
    private transient JsonDeserializer<Object> longs;

    JournalEntryReader() {
      super(org.lianfang.ledger.JournalEntry.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      unitIds = ctxt.findRootValueDeserializer(ctxt.constructType(UnitId.class));
      texts = ctxt.findRootValueDeserializer(ctxt.constructType(String.class));
      longs = ctxt.findRootValueDeserializer(ctxt.constructType(long.class));
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return List.copyOf(FIELDS);
    }

    @Override
    public org.lianfang.ledger.JournalEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (org.lianfang.ledger.JournalEntry) ctxt.handleUnexpectedToken(handledType(), p);
      }
      Object[] values = new Object[FIELDS.size()];
      boolean[] seen = new boolean[FIELDS.size()];
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        int field = FIELDS.indexOf(name);
        if (field < 0) {
          ctxt.handleUnknownProperty(p, this, handledType(), name);
          continue;
        }
        try {
          values[field] = value(field, token, p, ctxt);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, handledType(), name);
        }
        seen[field] = true;
      }
      for (int i = 0; i < seen.length; i++) {
        if (!seen[i]) {
          throw MismatchedInputException.from(p, handledType(),
              "Missing required creator property '" + FIELDS.get(i) + "' (index " + i + ")");
        }
      }
      try {
        return new org.lianfang.ledger.JournalEntry((UnitId) values[0], (Long) values[1], (String) values[2],
            (String) values[3], (Instant) values[4], (String) values[5], (UUID) values[6], (String) values[7],
            (String) values[8], (String) values[9]);
      } catch (RuntimeException e) {
        throw ValueInstantiationException.from(p, "Cannot construct instance of JournalEntry, problem: "
            + e.getMessage(), ctxt.constructType(handledType()), e);
      }
    }

    private Object value(int field, JsonToken token, JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonDeserializer<?> reader = switch (field) {
        case 0 -> unitIds;
        case 1 -> longs;
        case 4 -> instants;
        case 6 -> uuids;
        default -> texts;
      };
      if (token == JsonToken.VALUE_NULL) {
        return reader.getNullValue(ctxt);
      }
      if (field == 1 && token == JsonToken.VALUE_NUMBER_INT) {
        return p.getLongValue();
      }
      if (reader == texts && token == JsonToken.VALUE_STRING) {
        return p.getText();
      }
      return reader.deserialize(p, ctxt);
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

  /**
   * A signed checkpoint of journal heads (issue 10, finding 3; docs/security.md), as a host publishes it or sends it
   * to the body above, and reads it back to verify against.
   */
  @Explicit
  @JsonPropertyOrder({"at", "digest", "root", "signatureAlgorithm", "keyId", "signature", "heads"})
  abstract static class Checkpoint {
    @JsonCreator
    Checkpoint(
        @JsonProperty(value = "at", required = true) @IsoInstant Instant at,
        @JsonProperty(value = "digest", required = true) String digest,
        @JsonProperty(value = "heads", required = true) java.util.List<org.lianfang.ledger.ChainHead> heads,
        @JsonProperty(value = "root", required = true) String root,
        @JsonProperty(value = "signatureAlgorithm", required = true) String signatureAlgorithm,
        @JsonProperty(value = "keyId", required = true) String keyId,
        @JsonProperty(value = "signature", required = true) String signature) {}

    @JsonProperty("at") @IsoInstant abstract Instant at();

    @JsonProperty("digest") abstract String digest();

    @JsonProperty("heads") abstract java.util.List<org.lianfang.ledger.ChainHead> heads();

    @JsonProperty("root") abstract String root();

    @JsonProperty("signatureAlgorithm") abstract String signatureAlgorithm();

    @JsonProperty("keyId") abstract String keyId();

    @JsonProperty("signature") abstract String signature();
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
