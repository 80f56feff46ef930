package org.lianfang.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.lianfang.Refusal;

/**
 * The strict mapper every document of this adapter is read and written with, and the translation of what Jackson
 * reports into a refusal naming the JSON pointer, the rule and the problem in Chinese and English.
 */
final class Documents {
  /** Deepest nesting a document may have; a ledger needs 8. */
  static final int MAX_DEPTH = 32;
  /** Longest string, in characters: a journal payload of a command at the size limits fits many times over. */
  static final int MAX_STRING = 1 << 22;
  /** Longest field name. */
  static final int MAX_NAME = 128;
  /** Longest number, in digits. */
  static final int MAX_NUMBER = 100;

  static final JsonMapper MAPPER = mapper();

  private Documents() {}

  private static JsonMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxNameLength(MAX_NAME)
            .maxNumberLength(MAX_NUMBER)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // every document reads from and writes to the caller's stream, which the caller closes
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new LianfangModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .build();
    // no scalar coercion: a string where a number belongs, or a number where a string belongs, is refused
    fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.Float, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.Integer, CoercionInputShape.Float);
    return mapper;
  }

  private static void fail(JsonMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }

  /** A document in bytes that are not Unicode text (a bad UTF-32 unit, say): the parser says so before any token. */
  static Refusal encoding(java.io.CharConversionException e) {
    return refusal("", "json.syntax", "编码错误，文档须为 UTF-8 文本", "not Unicode text (use UTF-8): " + e.getMessage());
  }

  /** A pointer to a member of an object or an element of an array. */
  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, long index) {
    return pointer + "/" + index;
  }

  /** @return where the parser stands, as a JSON pointer ("" for the whole document) */
  static String here(JsonParser p) {
    JsonPointer pointer = p.getParsingContext().pathAsPointer();
    return pointer.toString();
  }

  /** A refusal with one violation: the document is invalid at {@code pointer}. */
  static Refusal refusal(String pointer, String rule, String zh, String en) {
    return new Refusal(Refusal.Code.INVALID_INPUT, "文档无效：" + zh, "invalid document: " + en,
        List.of(new Refusal.Violation(pointer, rule, zh, en)));
  }

  /**
   * Translates what Jackson threw while reading a value that starts at {@code element}.
   *
   * @param e what Jackson threw
   * @param element the pointer of the value being read, or null when not reading one value
   * @param p the parser
   */
  static Refusal refusal(JsonProcessingException e, String element, JsonParser p) {
    String at = where(e, element, p);
    if (e instanceof StreamConstraintsException) {
      return refusal(at, "json.limit", "超出读取限制（嵌套、长度或数字位数）：" + e.getOriginalMessage(),
          "exceeds a read limit (nesting, length or digits): " + e.getOriginalMessage());
    }
    if (e instanceof InputCoercionException) {
      return refusal(at, "json.range", "数值超出范围", "number out of range: " + e.getOriginalMessage());
    }
    if (e instanceof JsonParseException) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.startsWith("Duplicate field")) {
        return refusal(at, "json.duplicate-key", "字段重复", "duplicate field: " + m);
      }
      return refusal(at, "json.syntax", "JSON 格式错误", "malformed JSON: " + m);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return refusal(at, "json.unknown-field", "未知字段：" + u.getPropertyName(),
          "unknown field: " + u.getPropertyName() + "; known: " + u.getKnownPropertyIds());
    }
    if (e instanceof InvalidNullException n) {
      return refusal(at, "json.null", "不能为 null：" + n.getPropertyName(),
          "must not be null: " + n.getPropertyName() + " (leave an absent part out)");
    }
    if (e instanceof InvalidTypeIdException t) {
      return refusal(at, "json.type-id", "未知的类型名：" + t.getTypeId(), "unknown type name: " + t.getTypeId());
    }
    if (e instanceof InvalidFormatException f) {
      String value = String.valueOf(f.getValue());
      if (f.getValue() instanceof Number) {
        return refusal(at, "json.range", "数值超出范围：" + value, "number out of range: " + value);
      }
      return refusal(at, "json.value", "无法识别的值：" + value,
          "unrecognised value " + value + ": " + f.getOriginalMessage());
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause() == null ? v : v.getCause();
      if (cause instanceof NullPointerException) {
        // the domain's requireNonNull names the part, and the mix-ins name JSON fields as the parts are named
        String part = cause.getMessage() == null ? "" : cause.getMessage();
        if (part.matches("[a-zA-Z]+")) {
          at = child(at, part);
        }
        return refusal(at, "json.null", "必填的值为 null：" + part, "a required value is null: " + part);
      }
      String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      return refusal(at, "json.domain-rule", "值不符合领域规则：" + detail, "value breaks a domain rule: " + detail);
    }
    if (e instanceof MismatchedInputException m) {
      String message = String.valueOf(m.getOriginalMessage());
      if (message.startsWith("Missing required creator property")) {
        String field = message.replaceFirst("^Missing required creator property '([^']*)'.*$", "$1");
        return refusal(at, "json.missing", "缺少必填字段：" + field, "missing required field: " + field);
      }
      String[] type = kind(m.getTargetType());
      return refusal(at, "json.type", "类型错误，应为" + type[0], "wrong type: expected " + type[1]);
    }
    return refusal(at, "json.invalid", "无法读取：" + e.getOriginalMessage(),
        "cannot be read: " + e.getOriginalMessage());
  }

  private static String where(JsonProcessingException e, String element, JsonParser p) {
    if (element != null && e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String at = element;
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          at = child(at, r.getFieldName());
        } else if (r.getIndex() >= 0) {
          at = child(at, r.getIndex());
        }
      }
      return at;
    }
    return here(p);
  }

  private static String[] kind(Class<?> type) {
    if (type == null) {
      return new String[] {"其他类型", "another type"};
    }
    Class<?> mixIn = MixIns.ALL.get(type);
    if (mixIn == MixIns.Id.class || mixIn == MixIns.StepCode.class) {
      return new String[] {"字符串", "a string"};
    }
    if (type == String.class || type.isEnum() || type == java.time.Instant.class
        || type == java.time.LocalDate.class || type == java.util.UUID.class) {
      return new String[] {"字符串", "a string"};
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return new String[] {"整数", "an integer"};
    }
    if (type == boolean.class || type == Boolean.class) {
      return new String[] {"布尔值", "a boolean"};
    }
    if (Number.class.isAssignableFrom(type)) {
      return new String[] {"数字", "a number"};
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return new String[] {"数组", "an array"};
    }
    if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
      return new String[] {"对象", "an object"};
    }
    return new String[] {type.getSimpleName(), type.getSimpleName()};
  }
}
