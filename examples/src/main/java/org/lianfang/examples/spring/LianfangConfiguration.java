package org.lianfang.examples.spring;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.examples.adapter.OaInboxSender;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Lianfang in a Spring Boot host: the lines between the markers are the README's wiring (a test keeps them
 * identical). The host's {@code DataSource} and its transaction manager are Spring Boot's own (HikariCP and
 * {@code DataSourceTransactionManager}); Lianfang's commands from the web join them through a
 * {@link TransactionAwareDataSourceProxy} ({@link JdbcStore#joining}), so a command commits or rolls back with the
 * host's work in the same {@code @Transactional} method; the tick and the dispatcher work on a store of their own
 * ({@link JdbcStore#of}), each batch committing by itself for other instances to see. Notifications go to the host's
 * OA inbox ({@link OaInboxSender}, the custom adapter of this example).
 */
@Configuration(proxyBeanMethods = false)
public class LianfangConfiguration {
  // spring-wiring:begin
  @Bean
  @Primary
  Lianfang lianfang(DataSource dataSource, Clock clock) {     // commands join Spring's transactions
    JdbcSchema.install(dataSource);
    return Lianfang.builder(JdbcStore.joining(new TransactionAwareDataSourceProxy(dataSource))).clock(clock).build();
  }

  @Bean
  @DependsOn("lianfang")                                        // the schema installed first
  Lianfang systemLianfang(DataSource dataSource, Clock clock) {  // the tick's and the dispatcher's own commits
    return Lianfang.builder(JdbcStore.of(dataSource)).clock(clock).build();
  }

  @Bean(destroyMethod = "close")
  Dispatcher dispatcher(@Qualifier("systemLianfang") Lianfang system, OaInboxSender oaInbox) {
    return system.dispatcher(oaInbox);
  }
  // spring-wiring:end

  /** @return Kunming's time: every day Lianfang records is a day there */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Shanghai"));
  }

  /**
   * @param dataSource the host's database, which holds the OA's inbox in this example
   * @return the inbox, created if missing
   */
  @Bean
  OaInboxSender oaInbox(DataSource dataSource) {
    OaInboxSender.install(dataSource);
    return new OaInboxSender(dataSource);
  }
}
