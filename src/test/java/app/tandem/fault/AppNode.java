package app.tandem.fault;

import app.tandem.support.HttpCaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Tandem node as production runs it: the packaged jar started by {@code src/main/scripts/tandem.sh} in its own
 * JVM (extracted, with the class-data-sharing archive the script writes once before the first node starts), on the shared PostgreSQL database and
 * documents folder, with the job executor on. Started, awaited (health UP), stopped (SIGTERM) or killed (SIGKILL).
 * Its output goes to {@code target/fault/<name>.log}.
 */
final class AppNode implements AutoCloseable {


  final String name;
  final int port;
  private final List<String> command;
  private final Path log;
  private Process process;

  private AppNode(String name, int port, List<String> command, Path log) {
    this.name = name;
    this.port = port;
    this.command = command;
    this.log = log;
  }

  /** A node on the database with these extra settings ({@code --key=value}), on a free port. */
  static AppNode of(String name, String jdbcUrl, Path documents, int smtpPort, Map<String, String> settings) {
    int port = freePort();
    Map<String, String> arguments = new java.util.LinkedHashMap<>();
    arguments.put("spring.profiles.active", "postgres");
    arguments.put("server.port", String.valueOf(port));
    arguments.put("spring.datasource.url", jdbcUrl);
    arguments.put("spring.datasource.username", "postgres");
    arguments.put("spring.datasource.password", "postgres");
    arguments.put("tandem.documents.root", documents.toString());
    arguments.put("tandem.mail.transport", "smtp");
    arguments.put("spring.mail.host", "localhost");
    arguments.put("spring.mail.port", String.valueOf(smtpPort));
    arguments.put("spring.mail.properties.mail.smtp.timeout", "3000");
    arguments.put("spring.mail.properties.mail.smtp.connectiontimeout", "2000");
    arguments.put("tandem.demo.data", "false");
    arguments.put("logging.level.root", "WARN");
    arguments.put("logging.level.app.tandem", "INFO");
    arguments.put("logging.level.org.springframework.boot.web", "INFO");
    // a repeated command-line argument would be read as "a,b": the test's settings replace the defaults
    arguments.putAll(settings);
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
    Path log = Path.of("target", "fault", name + ".log");
    try {
      Files.deleteIfExists(log); // of an earlier run; a restart of this node appends
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new AppNode(name, port, command, log);
  }

  AppNode start() {
    prepare();
    try {
      Files.createDirectories(log.getParent());
      var builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      launcherEnvironment(builder.environment());
      builder.environment().put("TANDEM_DB_URL", "unused");
      builder.environment().put("TANDEM_DB_USER", "postgres");
      builder.environment().put("TANDEM_DB_PASSWORD", "postgres");
      process = builder.start();
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start node " + name, e);
    }
  }

  /** Waits until the node answers health UP; fails with the end of its log when it died or took too long. */
  AppNode awaitReady(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Node " + name + " died while starting (exit " + process.exitValue() + "):\n"
            + tail(60));
      }
      if (healthy()) {
        return this;
      }
      pause(250);
    }
    throw new AssertionError("Node " + name + " not up within " + limit + ":\n" + tail(60));
  }

  boolean healthy() {
    try {
      var response = HttpCaller.anonymous(base()).answeringWithin(Duration.ofSeconds(3)).get("/actuator/health");
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  String base() {
    return "http://localhost:" + port;
  }

  /** SIGKILL: no shutdown hook, no commit of what is in flight. */
  void kill() {
    if (process != null) {
      process.destroyForcibly();
      waitFor();
    }
  }

  /** SIGTERM: a graceful shutdown. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitFor();
    }
  }

  private void waitFor() {
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String tail(int lines) {
    try {
      var all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static final Path SCRIPT = Path.of("src", "main", "scripts", "tandem.sh");
  private static final Path RUN_DIR = Path.of("target", "fault", "run");
  private static boolean prepared;

  /** Extracts the jar and writes its class-data-sharing archive once, before nodes that start together. */
  private static synchronized void prepare() {
    if (prepared) {
      return;
    }
    try {
      Files.createDirectories(RUN_DIR.getParent());
      var builder = new ProcessBuilder("bash", SCRIPT.toString(), "--prepare").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(RUN_DIR.resolveSibling("prepare.log").toFile()));
      launcherEnvironment(builder.environment());
      var process = builder.start();
      if (!process.waitFor(4, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("tandem.sh --prepare failed: see " + RUN_DIR.resolveSibling("prepare.log"));
      }
      prepared = true;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void launcherEnvironment(Map<String, String> environment) {
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("TANDEM_JAR", jar().toAbsolutePath().toString());
    environment.put("TANDEM_RUN_DIR", RUN_DIR.toAbsolutePath().toString());
    environment.put("TANDEM_JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "
        + "-XX:ReservedCodeCacheSize=64m -Djava.security.egd=file:/dev/./urandom");
  }

  static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("tandem-.*\\.jar"))
          .filter(file -> !file.getFileName().toString().endsWith(".original")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: the fault profile runs after"
              + " package"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
