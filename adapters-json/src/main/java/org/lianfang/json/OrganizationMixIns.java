package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.Sorted;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;

/**
 * The mix-ins of the organization: units, posts and their profiles, officials, tenures and power items. Each aggregate
 * is read through its public {@code restore} factory and written through its public accessors (see {@link MixIns}).
 */
final class OrganizationMixIns {
  private OrganizationMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(PostId.class, MixIns.Id.class),
      Map.entry(OfficialId.class, MixIns.Id.class),
      Map.entry(TenureId.class, MixIns.Id.class),
      Map.entry(PowerItemId.class, MixIns.Id.class),
      Map.entry(org.lianfang.organization.Unit.class, Unit.class),
      Map.entry(org.lianfang.organization.Post.class, Post.class),
      Map.entry(PostProfile.class, Profile.class),
      Map.entry(org.lianfang.organization.Official.class, Official.class),
      Map.entry(org.lianfang.organization.Tenure.class, Tenure.class),
      Map.entry(org.lianfang.organization.PowerItem.class, PowerItem.class));

  @Explicit
  @JsonPropertyOrder({"id", "code", "name", "kind", "parent", "version"})
  abstract static class Unit {
    @JsonCreator
    static org.lianfang.organization.Unit restore(
        @JsonProperty(value = "id", required = true) UnitId id,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "kind", required = true) UnitKind kind,
        @MayBeAbsent @JsonProperty("parent") Optional<UnitId> parent,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract UnitId id();

    @JsonProperty("code") abstract String code();

    @JsonProperty("name") abstract String name();

    @JsonProperty("kind") abstract UnitKind kind();

    @JsonProperty("parent") @LeftOutWhenAbsent abstract Optional<UnitId> parent();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "code", "name", "profile", "section", "version"})
  abstract static class Post {
    @JsonCreator
    static org.lianfang.organization.Post restore(
        @JsonProperty(value = "id", required = true) PostId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "profile", required = true) PostProfile profile,
        @MayBeAbsent @JsonProperty("section") Optional<String> section,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract PostId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("code") abstract String code();

    @JsonProperty("name") abstract String name();

    @JsonProperty("profile") abstract PostProfile profile();

    @JsonProperty("section") @LeftOutWhenAbsent abstract Optional<String> section();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"principalLeader", "disposes", "discretionary", "majorMatters", "powers", "transparency"})
  abstract static class Profile {
    @JsonCreator
    Profile(
        @JsonProperty(value = "principalLeader", required = true) boolean principalLeader,
        @JsonProperty(value = "disposes", required = true) Set<Resource> disposes,
        @JsonProperty(value = "discretionary", required = true) boolean discretionary,
        @JsonProperty(value = "majorMatters", required = true) boolean majorMatters,
        @JsonProperty(value = "powers", required = true) Set<AdministrativePower> powers,
        @JsonProperty(value = "transparency", required = true) Transparency transparency) {}

    @JsonProperty("principalLeader") abstract boolean principalLeader();

    @JsonProperty("disposes") @Sorted abstract Set<Resource> disposes();

    @JsonProperty("discretionary") abstract boolean discretionary();

    @JsonProperty("majorMatters") abstract boolean majorMatters();

    @JsonProperty("powers") @Sorted abstract Set<AdministrativePower> powers();

    @JsonProperty("transparency") abstract Transparency transparency();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "staffNumber", "name", "version"})
  abstract static class Official {
    @JsonCreator
    static org.lianfang.organization.Official restore(
        @JsonProperty(value = "id", required = true) OfficialId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "staffNumber", required = true) String staffNumber,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract OfficialId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("staffNumber") abstract String staffNumber();

    @JsonProperty("name") abstract String name();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "postId", "officialId", "start", "end", "version"})
  abstract static class Tenure {
    @JsonCreator
    static org.lianfang.organization.Tenure restore(
        @JsonProperty(value = "id", required = true) TenureId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "postId", required = true) PostId postId,
        @JsonProperty(value = "officialId", required = true) OfficialId officialId,
        @JsonProperty(value = "start", required = true) @IsoDate LocalDate start,
        @MayBeAbsent @JsonProperty("end") Optional<LocalDate> end,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract TenureId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("postId") abstract PostId postId();

    @JsonProperty("officialId") abstract OfficialId officialId();

    @JsonProperty("start") @IsoDate abstract LocalDate start();

    @JsonProperty("end") @LeftOutWhenAbsent abstract Optional<LocalDate> end();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "code", "name", "kind", "legalBasis", "boundary", "responsibility", "posts",
      "secrecy", "version"})
  abstract static class PowerItem {
    @JsonCreator
    static org.lianfang.organization.PowerItem restore(
        @JsonProperty(value = "id", required = true) PowerItemId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "kind", required = true) AdministrativePower kind,
        @JsonProperty(value = "legalBasis", required = true) String legalBasis,
        @JsonProperty(value = "boundary", required = true) String boundary,
        @JsonProperty(value = "responsibility", required = true) String responsibility,
        @JsonProperty(value = "posts", required = true) Set<PostId> posts,
        @MayBeAbsent @JsonProperty("secrecy") Optional<String> secrecy,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract PowerItemId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("code") abstract String code();

    @JsonProperty("name") abstract String name();

    @JsonProperty("kind") abstract AdministrativePower kind();

    @JsonProperty("legalBasis") abstract String legalBasis();

    @JsonProperty("boundary") abstract String boundary();

    @JsonProperty("responsibility") abstract String responsibility();

    @JsonProperty("posts") @Sorted abstract Set<PostId> posts();

    @JsonProperty("secrecy") @LeftOutWhenAbsent abstract Optional<String> secrecy();

    @JsonProperty("version") abstract long version();
  }
}
