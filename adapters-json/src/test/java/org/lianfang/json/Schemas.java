package org.lianfang.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The published JSON Schemas, loaded with networknt's validator for draft 2020-12 with format assertion on (so
 * {@code uuid}, {@code date} and {@code date-time} are checked, not just annotated) and errors located by JSON
 * pointer, as the readers' refusals are.
 */
final class Schemas {
  /** Reads instances as plain trees; duplicate keys are refused, as the readers refuse them. */
  static final JsonMapper TREES = JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build()));
  private static final Map<String, Schema> BY_KIND = new ConcurrentHashMap<>();

  private Schemas() {}

  /** @param kind a document kind ({@code ledger}) @return its schema, from this module's main resources */
  static Schema of(String kind) {
    return BY_KIND.computeIfAbsent(kind, k -> {
      try (InputStream in = Schemas.class.getResourceAsStream(GoldenFiles.schemaResource(k))) {
        if (in == null) {
          throw new AssertionError("no schema for the kind " + k + " at " + GoldenFiles.schemaResource(k));
        }
        return REGISTRY.getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** @return the draft 2020-12 meta-schema (bundled with the validator, not fetched) */
  static Schema metaSchema() {
    return REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
  }

  /** @param json a document @return it as a tree */
  static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param errors what a validation found @return one line per error: pointer, keyword, message */
  static String describe(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + " [" + e.getKeyword() + "] " + e.getMessage())
        .collect(Collectors.joining("\n  ", "  ", ""));
  }
}
