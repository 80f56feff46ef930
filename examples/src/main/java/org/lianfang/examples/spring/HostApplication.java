package org.lianfang.examples.spring;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * A Spring Boot 3 application that embeds Lianfang as an e-government host would (issue 15): its own
 * {@code DataSource} and transaction manager, Lianfang's commands joining its transactions
 * ({@link LianfangConfiguration}), the tick and the dispatcher on its scheduler ({@link LianfangJobs}), its users
 * mapped to Lianfang's actors ({@link HostUsers}) and a handful of REST endpoints ({@link RiskController}). On H2 in
 * memory unless {@code spring.datasource.url} says otherwise; with {@code lianfang.demo=true} (the default here) it
 * registers a city, a bureau and three users to try it with.
 *
 * <p>Run: {@code mvn -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.lianfang.examples.spring.HostApplication}, then e.g.
 * {@code curl -H 'X-User: huang' localhost:8080/api/units/KMGT/form2.csv}.
 */
@SpringBootApplication
@EnableScheduling
public class HostApplication {
  /** What the example runs with unless its environment says otherwise. */
  static final Map<String, Object> DEFAULTS = Map.of(
      "spring.datasource.url", "jdbc:h2:mem:lianfang-host;DB_CLOSE_DELAY=-1",
      "spring.datasource.username", "sa",
      "lianfang.demo", "true",
      "spring.main.banner-mode", "off");

  /**
   * @param args Spring Boot's arguments, e.g. {@code --server.port=0}
   * @return the running application
   */
  public static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(HostApplication.class).properties(DEFAULTS).run(args);
  }

  /** @param args Spring Boot's arguments */
  public static void main(String[] args) {
    start(args);
  }
}
