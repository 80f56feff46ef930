package org.lianfang.examples.spring;

import java.util.Optional;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the example starts with when {@code lianfang.demo=true}: 昆明市 with its discipline inspector, the land bureau
 * (code {@code KMGT}) with its approval post and leader, and the host's three users: {@code jw} (the city's inspector),
 * {@code huang} (the bureau's 局长) and {@code li} (the approval post's holder). Registered in one of the host's
 * transactions, once: a restart over the same database finds them and only adds the users.
 */
@Component
@ConditionalOnProperty(name = "lianfang.demo", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {
  private final Lianfang lianfang;
  private final HostUsers users;
  private final TransactionTemplate transactions;
  private final java.time.Clock clock;

  DemoOrganisation(Lianfang lianfang, HostUsers users, TransactionTemplate transactions, java.time.Clock clock) {
    this.lianfang = lianfang;
    this.users = users;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    transactions.executeWithoutResult(status -> seed());
  }

  private void seed() {
    Actor office = Actor.of("jw", "市纪委", Set.of(Role.DISCIPLINE_INSPECTOR), Set.of());
    Optional<Unit> existing = lianfang.organization().queries().unitByCode(office, "5301");
    UnitId city = existing.map(Unit::id).orElseGet(() -> lianfang.organization().registerUnit(office,
        new RegisterUnit("5301", "昆明市", UnitKind.CITY, Optional.empty())).orElseThrow());
    Actor inspector = office.withScope(Set.of(city));
    users.add(new HostUsers.HostUser("jw", "陈纪", "纪检监察员", city, Optional.empty()));
    UnitId land = lianfang.organization().queries().unitByCode(inspector, "KMGT").map(Unit::id)
        .orElseGet(() -> lianfang.organization().registerUnit(inspector, new RegisterUnit("KMGT", "市国土资源管理局",
            UnitKind.MUNICIPAL_BUREAU, Optional.of(city))).orElseThrow());
    Actor leader = Actor.of("huang", "黄正华", Set.of(Role.UNIT_LEADER), Set.of(land));
    OfficialId holder;
    if (existing.isEmpty()) {
      PostId approval = lianfang.organization().registerPost(leader, new RegisterPost(land, "GT-02", "建设用地审批处审查岗",
          new PostProfile(false, Set.of(), false, false, Set.of(AdministrativePower.LICENSING),
              Transparency.PARTIAL))).orElseThrow();
      holder = lianfang.organization().registerOfficial(leader, new RegisterOfficial(land, "GT002", "李伟"))
          .orElseThrow();
      lianfang.organization().beginTenure(leader, new BeginTenure(approval, holder,
          java.time.LocalDate.now(clock))).orElseThrow();
    } else {
      holder = lianfang.organization().queries().officials(leader, land).stream()
          .filter(o -> o.staffNumber().equals("GT002")).findFirst().orElseThrow().id();
    }
    users.add(new HostUsers.HostUser("huang", "黄正华", "局长", land, Optional.empty()));
    users.add(new HostUsers.HostUser("li", "李伟", "科员", land, Optional.of(holder)));
  }
}
