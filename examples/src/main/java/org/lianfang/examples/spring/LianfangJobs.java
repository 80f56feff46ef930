package org.lianfang.examples.spring;

import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.Dispatcher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The tick and the dispatcher on Spring's scheduler ({@code @EnableScheduling}), as the README shows them (a test keeps
 * the two identical): the tick every 15 minutes in Kunming's time, the dispatcher every 10 seconds, each overridable
 * by a property ({@code lianfang.tick-cron}, {@code lianfang.dispatch-delay} in milliseconds). Neither needs an actor,
 * and both work on the system's own instance, whose batches commit by themselves.
 */
// spring-jobs:begin
@Component
class LianfangJobs {
  private final Lianfang lianfang;
  private final Dispatcher dispatcher;

  LianfangJobs(@Qualifier("systemLianfang") Lianfang lianfang, Dispatcher dispatcher) {
    this.lianfang = lianfang;
    this.dispatcher = dispatcher;
  }

  @Scheduled(cron = "${lianfang.tick-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
  void tick() {
    lianfang.schedule().tick();
  }

  @Scheduled(fixedDelayString = "${lianfang.dispatch-delay:10000}")
  void dispatch() {
    dispatcher.drain(100);
  }
}
// spring-jobs:end
