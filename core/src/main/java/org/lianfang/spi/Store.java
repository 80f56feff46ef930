package org.lianfang.spi;

/**
 * One place where Lianfang's records live: a repository per aggregate, grouped by area ({@link OrganizationStore},
 * {@link ProcessStore}, {@link RiskStore}, {@link ControlStore}, {@link MonitoringStore}, {@link ChecksStore}, {@link
 * EvaluationStore}, {@link CycleStore}), the journal, and the transactions that tie a command's writes together
 * (ARCHITECTURE.md decision 2). Thread-safe.
 *
 * <p>Each stage of the yearly loop adds its own area store, and {@code Store} extends it: a host store gains the
 * new interface's methods to implement, and the compiler names each one, rather than a default method that would
 * compile and then fail at run time the first time the stage is used. The kinds of aggregate a store keeps are listed
 * once, in order, by {@link org.lianfang.kinds.AggregateKinds}.
 */
public interface Store extends OrganizationStore, ProcessStore, RiskStore, ControlStore, MonitoringStore,
    ChecksStore, EvaluationStore, CycleStore {
  /** @return the journal */
  Journal journal();

  /** @return the notifications waiting to be delivered (ARCHITECTURE.md decision 4) */
  Outbox outbox();

  /** @return the transactions */
  Transactions transactions();
}
