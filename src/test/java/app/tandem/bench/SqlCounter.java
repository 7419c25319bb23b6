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
        return proxyAs(type, statement, (inner, call, callArgs) -> {
          // a prepared statement's execute() runs its SQL; a plain one's executeBatch() runs what addBatch collected
          if (EXECUTES.contains(call.getName()) && !(prepared && call.getName().equals("execute") && callArgs != null)) {
            STATEMENTS.incrementAndGet();
          }
          return invoke(inner, call, callArgs);
        });
      }
      return result;
    });
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
