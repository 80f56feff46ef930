package org.lianfang.examples.spring;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.springframework.stereotype.Component;

/**
 * The host's own users and how they become Lianfang's {@link Actor}s (ARCHITECTURE.md: the host owns the users;
 * issue 15). A real host reads them from its directory or its login (Spring Security's {@code Authentication}); this
 * one keeps them in memory and names them by the {@code X-User} header. The mapping is the host's policy: its job
 * titles decide the roles, its org chart the unit each user may act in, and its HR link the official a user is.
 */
@Component
public class HostUsers {
  /**
   * One of the host's users.
   *
   * @param username the login name
   * @param name the name shown
   * @param title the job title in the host's HR system
   * @param unit the unit they belong to, as Lianfang knows it
   * @param official the official they are in Lianfang's records, if any
   */
  public record HostUser(String username, String name, String title, UnitId unit, Optional<OfficialId> official) {}

  private final Map<String, HostUser> users = new ConcurrentHashMap<>();

  /** @param user a user the host has, added or replaced */
  public void add(HostUser user) {
    users.put(user.username(), user);
  }

  /** @param username a login name @return the user, if the host has one by that name */
  public Optional<HostUser> find(String username) {
    return Optional.ofNullable(users.get(username));
  }

  // users:begin
  /** @param user one of the host's users @return the actor Lianfang checks and records for them */
  public Actor actor(HostUser user) {
    Set<Role> roles = switch (user.title()) {
      case "纪检监察员", "纪委书记" -> Set.of(Role.DISCIPLINE_INSPECTOR);
      case "局长", "县长", "区长" -> Set.of(Role.UNIT_LEADER);
      case "处长", "科长" -> Set.of(Role.SECTION_HEAD);
      default -> Set.of(Role.POST_HOLDER);
    };
    Actor actor = Actor.of(user.username(), user.name(), roles, Set.of(user.unit()));
    return user.official().map(o -> actor.asOfficial(o.toString())).orElse(actor);
  }
  // users:end
}
