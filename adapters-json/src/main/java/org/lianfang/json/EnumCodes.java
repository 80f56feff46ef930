package org.lianfang.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.google.common.collect.ImmutableBiMap;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.access.Operation;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.SourceKind;

/**
 * The stable JSON code of every constant of core's enums. The codes are written out here, not derived from the
 * constants' names, so renaming a constant in core cannot change the format: the table then fails to compile, and a
 * constant added without a code fails {@link #register} (and the test that registers every enum).
 */
final class EnumCodes {
  /** Every coded enum, each with its table; the JSON Schemas list the same codes. */
  static final List<Table<?>> TABLES = List.of(
      table(UnitKind.class, Map.of(
          UnitKind.CITY, "city",
          UnitKind.DISTRICT_COUNTY, "district-county",
          UnitKind.MUNICIPAL_BUREAU, "municipal-bureau",
          UnitKind.STATE_OWNED_COMPANY, "state-owned-company",
          UnitKind.PUBLIC_INSTITUTION, "public-institution",
          UnitKind.INTERNAL_SECTION, "internal-section",
          UnitKind.OTHER, "other")),
      table(Resource.class, Map.of(Resource.PEOPLE, "people", Resource.MONEY, "money", Resource.GOODS, "goods")),
      table(Transparency.class, Map.of(
          Transparency.OPEN, "open", Transparency.PARTIAL, "partial", Transparency.CLOSED, "closed")),
      table(AdministrativePower.class, Map.of(
          AdministrativePower.LICENSING, "licensing",
          AdministrativePower.PENALTY, "penalty",
          AdministrativePower.ENFORCEMENT, "enforcement",
          AdministrativePower.COLLECTION, "collection",
          AdministrativePower.OTHER, "other")),
      table(RiskCategory.class, Map.of(
          RiskCategory.MORAL, "moral",
          RiskCategory.DUTY, "duty",
          RiskCategory.PROCESS, "process",
          RiskCategory.INSTITUTIONAL, "institutional",
          RiskCategory.EXTERNAL, "external")),
      table(SourceKind.class, Map.of(
          SourceKind.DISCRETION_WITHOUT_OVERSIGHT, "discretion-without-oversight",
          SourceKind.UNWRITTEN_RULE, "unwritten-rule",
          SourceKind.SOCIAL_CIRCLE, "social-circle",
          SourceKind.INSTITUTIONAL_GAP, "institutional-gap",
          SourceKind.ATTITUDE, "attitude",
          SourceKind.OTHER, "other")),
      table(DiscoveryMethod.class, Map.of(
          DiscoveryMethod.SELF, "self",
          DiscoveryMethod.COLLEAGUES, "colleagues",
          DiscoveryMethod.ORGANISATION, "organisation",
          DiscoveryMethod.PUBLIC, "public",
          DiscoveryMethod.COLLECTIVE, "collective")),
      table(DiscoveryChannel.class, Map.of(
          DiscoveryChannel.DIRECT, "direct",
          DiscoveryChannel.PUBLIC_REPORT, "public-report",
          DiscoveryChannel.FINANCIAL_AUDIT, "financial-audit",
          DiscoveryChannel.ENFORCEMENT_INSPECTION, "enforcement-inspection",
          DiscoveryChannel.SURVEY, "survey",
          DiscoveryChannel.OTHER, "other")),
      table(ReviewState.class, Map.of(
          ReviewState.DRAFT, "draft",
          ReviewState.REVIEWED, "reviewed",
          ReviewState.POSTED, "posted",
          ReviewState.CONFIRMED, "confirmed",
          ReviewState.STALE, "stale",
          ReviewState.RETIRED, "retired")),
      table(ReviewAction.class, Map.of(
          ReviewAction.REVIEW, "review",
          ReviewAction.POST, "post",
          ReviewAction.CONFIRM, "confirm",
          ReviewAction.RETIRE, "retire",
          ReviewAction.MARK_STALE, "mark-stale")),
      table(RiskGrade.class, Map.of(
          RiskGrade.LOWER, "lower", RiskGrade.GENERAL, "general", RiskGrade.HIGHER, "higher")),
      table(Role.class, Map.of(
          Role.DISCIPLINE_INSPECTOR, "discipline-inspector",
          Role.UNIT_LEADER, "unit-leader",
          Role.SECTION_HEAD, "section-head",
          Role.POST_HOLDER, "post-holder",
          Role.AUDITOR, "auditor",
          Role.PUBLIC, "public")),
      table(Operation.class, Map.ofEntries(
          Map.entry(Operation.READ_ORGANIZATION, "read-organization"),
          Map.entry(Operation.READ_RISKS, "read-risks"),
          Map.entry(Operation.READ_POSTED, "read-posted"),
          Map.entry(Operation.READ_JOURNAL, "read-journal"),
          Map.entry(Operation.READ_SEALED, "read-sealed"),
          Map.entry(Operation.MANAGE_ORGANIZATION, "manage-organization"),
          Map.entry(Operation.IDENTIFY_RISK, "identify-risk"),
          Map.entry(Operation.REVIEW_RISK, "review-risk"),
          Map.entry(Operation.GRADE_RISK, "grade-risk"),
          Map.entry(Operation.POST_RISK, "post-risk"),
          Map.entry(Operation.COMMENT, "comment"),
          Map.entry(Operation.CONFIRM_RISK, "confirm-risk"),
          Map.entry(Operation.RETIRE_RISK, "retire-risk"),
          Map.entry(Operation.ASSIGN_OWNERS, "assign-owners"))),
      table(Refusal.Code.class, Map.of(
          Refusal.Code.INVALID_INPUT, "invalid-input",
          Refusal.Code.ACCESS_DENIED, "access-denied",
          Refusal.Code.UNKNOWN_REFERENCE, "unknown-reference",
          Refusal.Code.ILLEGAL_TRANSITION, "illegal-transition",
          Refusal.Code.RULE_VIOLATED, "rule-violated")));

  private EnumCodes() {}

  /** @return the code of a constant of a coded enum */
  static String code(Enum<?> constant) {
    for (Table<?> t : TABLES) {
      if (t.type == constant.getDeclaringClass()) {
        return t.codes.get(constant);
      }
    }
    throw new IllegalArgumentException("not a coded enum: " + constant.getDeclaringClass().getName());
  }

  static void register(SimpleModule module) {
    for (Table<?> t : TABLES) {
      t.register(module);
    }
  }

  private static <E extends Enum<E>> Table<E> table(Class<E> type, Map<E, String> codes) {
    return new Table<>(type, codes);
  }

  /** One enum's codes, both ways. */
  static final class Table<E extends Enum<E>> {
    final Class<E> type;
    final ImmutableBiMap<Enum<?>, String> codes;

    Table(Class<E> type, Map<E, String> codes) {
      EnumSet<E> missing = EnumSet.allOf(type);
      missing.removeAll(codes.keySet());
      if (!missing.isEmpty()) {
        throw new IllegalStateException("no JSON code for " + type.getSimpleName() + "." + missing);
      }
      this.type = type;
      ImmutableBiMap.Builder<Enum<?>, String> b = ImmutableBiMap.builder();
      for (E e : type.getEnumConstants()) {
        b.put(e, codes.get(e));
      }
      this.codes = b.buildOrThrow();
    }

    /** @return the codes in the constants' order, as the JSON Schemas list them */
    List<String> codes() {
      return List.copyOf(codes.values());
    }

    void register(SimpleModule module) {
      module.addSerializer(type, new StdScalarSerializer<E>(type) {
        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
          gen.writeString(codes.get(value));
        }
      });
      module.addDeserializer(type, new StdScalarDeserializer<E>(type) {
        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return type.cast(ctxt.handleUnexpectedToken(type, p));
          }
          String text = p.getText();
          Enum<?> e = codes.inverse().get(text);
          if (e == null) {
            return type.cast(ctxt.handleWeirdStringValue(type, text, "not one of %s", codes.values()));
          }
          return type.cast(e);
        }
      });
    }
  }
}
