package org.lianfang.organization;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
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
  }

  /** @param unitId the unit @param postId the post @param code its code @param name its name @param profile its facts */
  record PostRegistered(UnitId unitId, PostId postId, String code, String name, PostProfile profile)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "post.registered";
    }
  }

  /** @param unitId the unit @param postId the post @param profile the new facts */
  record PostProfileChanged(UnitId unitId, PostId postId, PostProfile profile) implements OrganizationEvent {
    @Override
    public String type() {
      return "post.profile-changed";
    }
  }

  /** @param unitId the unit @param officialId the official @param staffNumber 工号 @param name the name */
  record OfficialRegistered(UnitId unitId, OfficialId officialId, String staffNumber, String name)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "official.registered";
    }
  }

  /** @param unitId the unit @param tenureId the tenure @param postId the post @param officialId the holder @param start the first day */
  record TenureBegun(UnitId unitId, TenureId tenureId, PostId postId, OfficialId officialId, LocalDate start)
      implements OrganizationEvent {
    @Override
    public String type() {
      return "tenure.begun";
    }
  }

  /** @param unitId the unit @param tenureId the tenure @param end the first day no longer held */
  record TenureEnded(UnitId unitId, TenureId tenureId, LocalDate end) implements OrganizationEvent {
    @Override
    public String type() {
      return "tenure.ended";
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
  }
}
