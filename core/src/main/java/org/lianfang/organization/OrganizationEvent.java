package org.lianfang.organization;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;

/** Events of the organisation model. Each names the unit whose journal chain records it. */
public sealed interface OrganizationEvent extends DomainEvent {

  /** @param unitId the new unit @param code its code @param name its name @param kind its kind @param parent above it */
  record UnitRegistered(UnitId unitId, String code, String name, UnitKind kind, Optional<UnitId> parent)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "unit.registered";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("code", code)
          .put("name", name)
          .put("kind", kind)
          .put("parent", parent)
          .build();
    }
  }

  /**
   * @param unitId the unit @param postId the post @param code its code @param name its name @param profile its facts
   * @param section the section (科室) of the unit it belongs to, if any
   */
  record PostRegistered(UnitId unitId, PostId postId, String code, String name, PostProfile profile,
      Optional<String> section) implements OrganizationEvent {
    /** A post registered in no section. */
    public PostRegistered(UnitId unitId, PostId postId, String code, String name, PostProfile profile) {
      this(unitId, postId, code, name, profile, Optional.empty());
    }

    @Override
    public String type() {
      return "post.registered";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("post", postId)
          .put("code", code)
          .put("name", name)
          .put("profile", profile)
          .put("section", section)
          .build();
    }
  }

  /** @param unitId the unit @param postId the post @param profile the new facts */
  record PostProfileChanged(UnitId unitId, PostId postId, PostProfile profile) implements OrganizationEvent {
    @Override
    public String type() {
      return "post.profile-changed";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("post", postId)
          .put("profile", profile)
          .build();
    }
  }

  /** @param unitId the unit @param officialId the official @param staffNumber 工号 @param name the name */
  record OfficialRegistered(UnitId unitId, OfficialId officialId, String staffNumber, String name)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "official.registered";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("official", officialId)
          .put("staffNumber", staffNumber)
          .put("name", name)
          .build();
    }
  }

  /** @param unitId the unit @param tenureId the tenure @param postId the post @param officialId the holder @param start the first day */
  record TenureBegun(UnitId unitId, TenureId tenureId, PostId postId, OfficialId officialId, LocalDate start)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "tenure.begun";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("tenure", tenureId)
          .put("post", postId)
          .put("official", officialId)
          .put("start", start)
          .build();
    }
  }

  /** @param unitId the unit @param tenureId the tenure @param end the first day no longer held */
  record TenureEnded(UnitId unitId, TenureId tenureId, LocalDate end) implements OrganizationEvent {
    @Override
    public String type() {
      return "tenure.ended";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("tenure", tenureId)
          .put("end", end)
          .build();
    }
  }

  /** @param unitId the unit @param powerItemId the item @param code its code @param name its name @param kind its kind @param legalBasis 依据 @param boundary 界限 @param responsibility 责任 @param posts the posts */
  record PowerItemRegistered(
      UnitId unitId, PowerItemId powerItemId, String code, String name, AdministrativePower kind,
      String legalBasis, String boundary, String responsibility, Set<PostId> posts)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "power.registered";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("powerItem", powerItemId)
          .put("code", code)
          .put("name", name)
          .put("kind", kind)
          .put("legalBasis", legalBasis)
          .put("boundary", boundary)
          .put("responsibility", responsibility)
          .put("posts", posts)
          .build();
    }
  }

  /** @param unitId the unit @param powerItemId the item @param name its name @param kind its kind @param legalBasis 依据 @param boundary 界限 @param responsibility 责任 @param posts the posts */
  record PowerItemRevised(
      UnitId unitId, PowerItemId powerItemId, String name, AdministrativePower kind, String legalBasis,
      String boundary, String responsibility, Set<PostId> posts)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "power.revised";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("powerItem", powerItemId)
          .put("name", name)
          .put("kind", kind)
          .put("legalBasis", legalBasis)
          .put("boundary", boundary)
          .put("responsibility", responsibility)
          .put("posts", posts)
          .build();
    }
  }
  /**
   * @param unitId the unit
   * @param powerItemId the item
   * @param basis the basis of its classification as secret (定密依据), or empty when it was declassified
   */
  record PowerItemClassified(UnitId unitId, PowerItemId powerItemId, Optional<String> basis)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "power.classified";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("powerItem", powerItemId).put("basis", basis).build();
    }
  }
}
