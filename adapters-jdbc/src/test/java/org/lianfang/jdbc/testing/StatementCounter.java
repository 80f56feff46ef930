package org.lianfang.jdbc.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that counts what its connections do: statements prepared, statements executed (each
 * {@code execute…} call, a batch counting once), savepoints set, released or rolled back to, commits; and keeps the
 * text of each statement prepared or executed directly ({@link #statements()}). For tests that
 * guard how many statements a command needs and for the command benchmark; it changes nothing it passes on. Thread-safe
 * counters, shared by every connection it hands out.
 */
public final class StatementCounter {
  private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
      "executeBatch", "executeLargeBatch");
  private final AtomicLong prepared = new AtomicLong();
  private final AtomicLong executed = new AtomicLong();
  private final AtomicLong savepoints = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
  private final DataSource counting;

  private StatementCounter(DataSource target) {
    counting = proxy(DataSource.class, target, (method, args, result) -> method.getName().equals("getConnection")
        ? connection((Connection) result) : result);
  }

  /** @param target the data source to count on @return a counter over it */
  public static StatementCounter over(DataSource target) {
    return new StatementCounter(target);
  }

  /** @return the data source to hand to the store: every connection it gives is counted */
  public DataSource dataSource() {
    return counting;
  }

  /**
   * @return the text of every statement prepared, and of every one executed without being prepared, in order, as a
   *     copy: a test that must know which tables a command writes reads it
   */
  public List<String> statements() {
    synchronized (texts) {
      return List.copyOf(texts);
    }
  }

  /** @return what was counted so far */
  public Counts counts() {
    return new Counts(prepared.get(), executed.get(), savepoints.get(), commits.get());
  }

  /**
   * What a counter counted, or the difference between two readings.
   *
   * @param prepared statements prepared (or created)
   * @param executed statement executions
   * @param savepoints savepoints set, released or rolled back to
   * @param commits commits
   */
  public record Counts(long prepared, long executed, long savepoints, long commits) {
    /** @param earlier an earlier reading @return what was counted since */
    public Counts since(Counts earlier) {
      return new Counts(prepared - earlier.prepared, executed - earlier.executed, savepoints - earlier.savepoints,
          commits - earlier.commits);
    }
  }

  private Connection connection(Connection c) {
    return proxy(Connection.class, c, (method, args, result) -> {
      String name = method.getName();
      if (result instanceof Statement && args != null && args.length > 0 && args[0] instanceof String sql) {
        texts.add(sql);
      }
      if (name.equals("setSavepoint") || name.equals("releaseSavepoint")
          || name.equals("rollback") && method.getParameterCount() == 1) {
        savepoints.incrementAndGet();
      } else if (name.equals("commit")) {
        commits.incrementAndGet();
      } else if (result instanceof CallableStatement s) {
        prepared.incrementAndGet();
        return statement(CallableStatement.class, s);
      } else if (result instanceof PreparedStatement s) {
        prepared.incrementAndGet();
        return statement(PreparedStatement.class, s);
      } else if (result instanceof Statement s) {
        prepared.incrementAndGet();
        return statement(Statement.class, s);
      }
      return result;
    });
  }

  private <S extends Statement> S statement(Class<S> type, S s) {
    return proxy(type, s, (method, args, result) -> {
      if (EXECUTES.contains(method.getName())) {
        executed.incrementAndGet();
        if (args != null && args.length > 0 && args[0] instanceof String sql) {
          texts.add(sql);
        }
      }
      return result;
    });
  }

  /** What a proxy does with a call's result after passing the call on. */
  private interface After {
    Object apply(Method method, Object[] args, Object result) throws SQLException;
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
        return method.invoke(target, args);
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.apply(method, args, result);
    }));
  }
}
