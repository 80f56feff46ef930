/**
 * Not API: what the application's area packages share — the {@link org.lianfang.application.internal.CommandRunner}
 * and its {@link org.lianfang.application.internal.Session}, the
 * {@link org.lianfang.application.internal.CommandHandler} every handler implements, the
 * {@link org.lianfang.application.internal.Reaction} through which one area follows another's events, input
 * validation, shared refusals, the check of a command's expected version
 * ({@link org.lianfang.application.internal.VersionCheck}) and the access filters the queries share. Its classes are
 * public only because Java has no other way to share them between packages; hosts, adapters and examples must not
 * use them (ArchUnit forbids it), and they change without notice.
 *
 * <p>It depends on the domain, the ports and {@code org.lianfang.internal}, never on the entry point or an area, so
 * the application's packages form no cycle. Null policy as everywhere in Lianfang: no method accepts or returns
 * {@code null}; absent values are {@link java.util.Optional}.
 */
package org.lianfang.application.internal;
