/**
 * Business processes (业务流程图, S-2, P-2): a {@link org.lianfang.process.BusinessProcess} is a directed graph of
 * {@link org.lianfang.process.ProcessStep}s, each done by a post and optionally tied to a power item. It is validated
 * (one start, every step reachable, no dangling posts or powers) and rendered as Mermaid or Graphviz DOT text with each
 * step's risk points and grade ({@link org.lianfang.process.ProcessChart}).
 *
 * <p>Immutable and thread-safe. No method accepts or returns {@code null}.
 */
package org.lianfang.process;
