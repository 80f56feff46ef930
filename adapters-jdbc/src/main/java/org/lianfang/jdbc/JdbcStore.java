package org.lianfang.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.spi.Journal;
import org.lianfang.spi.Outbox;
import org.lianfang.spi.Store;
import org.lianfang.spi.Transactions;

/**
 * Every persistence port over a {@link DataSource} the host supplies, with plain JDBC (ARCHITECTURE.md decisions 2–4).
 * One transaction per command: {@link #transactions()} takes a connection, turns auto-commit off, and commits when the
 * command returns or rolls back when it throws; a nested call is a savepoint. Writes guard against lost updates with
 * the {@code version} column. Every {@link java.sql.SQLException} is wrapped in a {@link JdbcException} that keeps it.
 * Thread-safe: each thread's transaction has its own connection.
 *
 * <p>Each area's repositories are made and kept by a class of their own up the chain of superclasses
 * ({@link JdbcStoreCore}); this class adds the journal, the factories and the embedded database's life cycle.
 */
public final class JdbcStore extends JdbcCycleStore implements Store, AutoCloseable {
  private final boolean joinsHost;
  private final boolean embeddedFiles;
  private final JdbcJournal journal;
  private final JdbcOutbox outbox = new JdbcOutbox(this);

  private JdbcStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    this(dataSource, dialect, joinsHost, false, null);
  }

  private JdbcStore(
      DataSource dataSource, Dialect dialect, boolean joinsHost, boolean embeddedFiles, ChainDigest digest) {
    super(dataSource, dialect, joinsHost);
    this.joinsHost = joinsHost;
    this.embeddedFiles = embeddedFiles;
    this.journal = register(JournalEntry.class, new JdbcJournal(this, new ArchiveDigest(this, digest)));
    for (AggregateKind<?, ?> kind : AggregateKinds.all()) {
      if (bulkInsert(kind.type()) != kind.in(this)) {
        throw new IllegalStateException("the JDBC store's repository of " + kind + " is not its bulk insert");
      }
    }
  }

  /**
   * A store over the host's database, its dialect detected from a connection. The schema must be installed
   * ({@link JdbcSchema#install}).
   *
   * @param dataSource the database
   * @return the store
   */
  public static JdbcStore of(DataSource dataSource) {
    return new JdbcStore(dataSource, detect(dataSource), false);
  }

  private static Dialect detect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.detect(c);
    } catch (SQLException e) {
      throw new JdbcException("could not connect to detect the database's dialect", e);
    }
  }

  /**
   * A store that works inside the host's own transactions. {@code transactionAware} must hand each thread the
   * connection of the transaction it is in (Spring's {@code TransactionAwareDataSourceProxy} does; so does a pool
   * bound to the thread by the host's transaction manager), and accept {@code close()} on it without ending the
   * transaction. Lianfang then never commits, rolls back or changes auto-commit: each command runs as a savepoint in
   * the host's transaction, so a command that fails undoes its own writes and nothing of the host's, and what
   * commands write commits or rolls back with the host's work. A command issued outside a host transaction (the
   * connection is in auto-commit) is refused with a {@link JdbcException}.
   *
   * @param transactionAware the host's transaction-aware data source
   * @return the store
   */
  public static JdbcStore joining(DataSource transactionAware) {
    return new JdbcStore(transactionAware, detect(transactionAware), true);
  }

  /**
   * @param transactionAware the host's transaction-aware data source
   * @param dialect its dialect
   * @return a store that works inside the host's transactions ({@link #joining(DataSource)})
   */
  public static JdbcStore joining(DataSource transactionAware, Dialect dialect) {
    return new JdbcStore(transactionAware, dialect, true);
  }

  /**
   * @param dataSource the database
   * @param dialect its dialect, for a compatible database that names itself otherwise
   * @return the store
   */
  public static JdbcStore of(DataSource dataSource, Dialect dialect) {
    return new JdbcStore(dataSource, dialect, false);
  }

  /**
   * The embedded default: an H2 database in files under {@code directory} (created if missing), with the schema
   * installed, durable on every commit ({@code WRITE_DELAY=0}: H2 otherwise delays commits by up to half a second).
   * The database stays open between commands ({@code DB_CLOSE_DELAY=-1}) until {@link #close()}, which shuts it down
   * and compacts its file. Lock waits time out after 10 s as a retryable conflict. Each connection keeps 64 parsed
   * statements ({@code QUERY_CACHE_SIZE=64}; H2's default of 8 is fewer than one command uses, so every command would
   * parse its statements again — a host opening H2 with its own URL should set it too). Needs
   * {@code com.h2database:h2} on the class path.
   *
   * <p>The directory's path becomes part of H2's URL, where {@code ;} starts a setting ({@code ;INIT=…} runs SQL): a
   * path holding {@code ;}, {@code =} or a control character is refused before anything is opened or created (issue
   * 10, finding 14).
   *
   * @param directory where the database files live
   * @return the store; close it when done
   * @throws IllegalArgumentException if the path holds {@code ;}, {@code =} or a control character
   */
  public static JdbcStore embedded(Path directory) {
    String path = directory.toAbsolutePath().resolve("lianfang").toString();
    if (path.chars().anyMatch(ch -> ch == ';' || ch == '=' || Character.isISOControl(ch))) {
      throw new IllegalArgumentException("嵌入式数据库目录：不能含有“;”“=”或控制字符，H2 会把其后的内容当作连接设置"
          + " / embedded database directory: must not contain ';', '=' or control characters, which H2 would read as"
          + " connection settings: " + directory);
    }
    DataSource ds = new UrlDataSource("jdbc:h2:file:" + path
        + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64", "sa", "");
    JdbcSchema.install(ds, Dialect.H2);
    return new JdbcStore(ds, Dialect.H2, false, true, null);
  }

  /**
   * This store with the archive's digest given (issue 10, 国密): {@code store.withDigest(ChainDigest.of("SM3", new
   * BouncyCastleProvider()))}. While the journal is empty, the archive's digest becomes this one, recorded in {@code
   * lf_archive} for every store opened on it later; once it has entries, the digest must be the one recorded, and this
   * store then computes it through the given provider (a store without {@code withDigest} resolves the recorded name
   * through the installed providers). Choose the digest when the archive is made, before any store on it runs a
   * command: until the journal has its first entry every store reads the recorded name again before each command, so
   * one opened earlier follows the choice, and one that chose another digest refuses to work. A store joining the
   * host's transactions records it inside the host's transaction.
   *
   * @param digest the archive's digest
   * @return a store over the same database that uses it through the given provider; closing either closes the
   *     embedded database
   * @throws org.lianfang.LianfangException if the archive already holds entries made with another digest
   */
  public JdbcStore withDigest(ChainDigest digest) {
    ArchiveDigest.choose(this, java.util.Objects.requireNonNull(digest, "digest"));
    return new JdbcStore(dataSource, dialect(), joinsHost, embeddedFiles, digest);
  }

  /**
   * Shuts the embedded database down and compacts its file ({@code SHUTDOWN COMPACT}); a store over the host's
   * {@code DataSource} has nothing to close (the host owns its pool). Idempotent for the embedded store's files:
   * opening them again with {@link #embedded} starts a new instance.
   */
  @Override
  public void close() {
    if (!embeddedFiles) {
      return;
    }
    try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new JdbcException("could not shut the embedded database down", e);
    }
  }

  /**
   * The database this store works on: the host's own {@code DataSource} for {@link #of} and {@link #joining}, or the
   * embedded H2 database for {@link #embedded}, so a host can run its own SQL against it (ARCHITECTURE.md, "The
   * hexagon": Lianfang keeps the records, the host keeps the database).
   *
   * <p>What a host may do through it: read the {@code lf_} tables for its own reports (reading never disturbs a
   * command; each statement sees only committed commands, each whole); back the database up while the store keeps
   * working — on H2 {@code BACKUP TO 'file.zip'} (a copy of the database file) or {@code SCRIPT TO 'file.sql'} (SQL
   * that rebuilds it, restored with {@code RUNSCRIPT FROM}); keep tables of its own beside Lianfang's, under names that
   * do not start with {@code lf_}.
   *
   * <p>What it must not do: insert, update or delete rows of {@code lf_} tables, or change their structure. Such writes
   * go around the access policy, the domain's rules and optimistic locking, and leave the records disagreeing with the
   * journal that vouches for them; a write to the journal's own tables breaks its hash chain, which
   * {@code verifyJournal} then reports (ARCHITECTURE.md decision 3). Restoring a backup is a whole-database act, done
   * while no store is open on it. On the embedded store it must not run {@code SHUTDOWN} either ({@link #close()} does
   * that); it closes each connection it takes, and holds no lock for long, since commands wait at most 10 s for one.
   *
   * @return the data source; never null
   */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public Journal journal() {
    return journal;
  }

  @Override
  public Transactions transactions() {
    return jdbcTransactions();
  }
}
