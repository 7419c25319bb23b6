package app.tandem.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, engine and Tandem alike: every execute of a statement and every
 * statement added to a batch. Installed around the application's DataSource for the benchmark only.
 */
final class SqlCounter implements BeanPostProcessor {

  static final AtomicLong STATEMENTS = new AtomicLong();
  /** Jobs created: inserts into the engine's job table. */
  static final AtomicLong JOBS = new AtomicLong();
  /** With {@code -Dbench.sql}: statements by their SQL text (its first 120 characters), for diagnosis. */
  static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> BY_SQL =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final boolean BY_SQL_ON = System.getProperty("bench.sql") != null;
  private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
      "addBatch");

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, dataSource, (target, method, args) -> {
        Object result = invoke(target, method, args);
        return result instanceof Connection connection ? connection(connection) : result;
      });
    }
    return bean;
  }

  private static Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (result instanceof Statement statement) {
        Class<?> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
            : result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        boolean prepared = type != Statement.class;
        String preparedSql = prepared && args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        boolean jobInsert = preparedSql != null && isJobInsert(preparedSql.stripLeading());
        return proxyAs(type, statement, (inner, call, callArgs) -> {
          // a prepared statement's execute() runs its SQL; a plain one's executeBatch() runs what addBatch collected
          if (EXECUTES.contains(call.getName()) && !(prepared && call.getName().equals("execute") && callArgs != null)) {
            STATEMENTS.incrementAndGet();
            if (jobInsert) {
              JOBS.incrementAndGet();
            }
            if (BY_SQL_ON) {
              String sql = preparedSql != null ? preparedSql
                  : callArgs != null && callArgs.length > 0 && callArgs[0] instanceof String text ? text : "?";
              sql = sql.replaceAll("\\s+", " ").trim();
              BY_SQL.computeIfAbsent(sql.substring(0, Math.min(120, sql.length())),
                  key -> new java.util.concurrent.atomic.LongAdder()).increment();
            }
          }
          return invoke(inner, call, callArgs);
        });
      }
      return result;
    });
  }

  /** {@code insert into ACT_RU_JOB (…}, not the job definitions' table. */
  private static boolean isJobInsert(String sql) {
    String table = "insert into ACT_RU_JOB";
    return sql.length() > table.length() && sql.regionMatches(true, 0, table, 0, table.length())
        && (Character.isWhitespace(sql.charAt(table.length())) || sql.charAt(table.length()) == '(');
  }

  private static Object proxyAs(Class<?> type, Statement target, Handler<Statement> handler) {
    return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> handler.handle(target, method, args));
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
    InvocationHandler invocation = (self, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
          && wanted.isInstance(target)) {
        return target;
      }
      if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted
          && wanted.isInstance(target)) {
        return true;
      }
      return handler.handle(target, method, args);
    };
    return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @FunctionalInterface
  private interface Handler<T> {
    Object handle(T target, Method method, Object[] args) throws Throwable;
  }
}
