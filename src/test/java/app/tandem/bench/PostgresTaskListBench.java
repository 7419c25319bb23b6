package app.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.common.engine.ServerSide;
import app.tandem.common.process.CaseVariables;
import app.tandem.identity.TandemGroup;
import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.payment.PaymentApprovalStarter;
import app.tandem.payment.PaymentCategory;
import app.tandem.payment.PaymentRequestFields;
import app.tandem.support.EmbeddedPostgres;
import app.tandem.support.HttpCaller;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How Tasklist's first page (list with its columns, and count, as Tasklist asks for them through the webapp API)
 * answers as open work grows: 1 000, 20 000 and 100 000 open tasks on PostgreSQL, a fifth of them anna's own payment
 * requests (real drafts, raised through Tandem's starter) and a fifth in the heads of sales' queue; the rest belong
 * to other people and to accounting. Seeded through the engine, as fast as it goes, within a time budget. Writes
 * {@code target/bench/tasklist.md} and the chart {@code target/bench/tasklist.png}.
 *
 * <p>{@code -Dbench.mode=short} (CI): 1 000 open tasks only.
 *
 * <p>Size: Long because it builds a realistic queue of open work before it measures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "tandem.mail.outbox.after-commit=none",
    "logging.level.app.tandem=WARN"})
@ActiveProfiles({"test", "postgres"})
class PostgresTaskListBench {

  static final boolean FULL = ThroughputBench.FULL;
  static final List<Integer> LEVELS = !System.getProperty("bench.levels", "").isBlank()
      ? java.util.Arrays.stream(System.getProperty("bench.levels").split(",")).map(Integer::valueOf).toList()
      : FULL ? List.of(1_000, 20_000, 100_000) : List.of(1_000);
  static final long SEEDING_BUDGET_MINUTES = 30;
  static final String OPEN = "bench-open-task";
  static final String QUEUED = "bench-queued-task";
  static final int BATCH = 250;
  static final ObjectMapper JSON = new ObjectMapper();

  /** The lists measured: whose, which filter. */
  record Listing(String user, String filter, String label) {
  }

  static final List<Listing> LISTINGS = List.of(
      new Listing("anna", "My payment requests", "anna: My payment requests"),
      new Listing("anna", "My tasks", "anna: My tasks"),
      new Listing("svetlana", "My group's tasks", "svetlana: My group's tasks"));

  record Measured(int openTasks, Listing listing, int count, double p50, double p95) {
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres.recreate("tandem_tasklist");
    EmbeddedPostgres.register(registry, "tandem_tasklist");
  }

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  PaymentApprovalStarter starter;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  JdbcTemplate jdbc;

  private int drafts;
  private int others;

  @Test
  void firstPageAgainstOpenTasks() throws Exception {
    engine.getRepositoryService().createDeployment().name("bench-tasklist")
        .addModelInstance(OPEN + ".bpmn", Bpmn.createExecutableProcess(OPEN).camundaHistoryTimeToLive(3650)
            .startEvent().userTask("work").camundaAssignee("${assignee}").endEvent().done())
        .addModelInstance(QUEUED + ".bpmn", Bpmn.createExecutableProcess(QUEUED).camundaHistoryTimeToLive(3650)
            .startEvent().userTask("work").camundaCandidateGroups("${group}").endEvent().done())
        .deploy();
    List<Measured> results = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(SEEDING_BUDGET_MINUTES);
    for (int level : LEVELS) {
      long seeded = System.nanoTime();
      if (!seedUpTo(level, deadline)) {
        System.out.printf(Locale.ROOT, "BENCH tasklist: seeding budget spent before %d open tasks%n", level);
        break;
      }
      int open = jdbc.queryForObject("select count(*) from act_ru_task", Integer.class);
      assertThat(open).isEqualTo(level);
      System.out.printf(Locale.ROOT, "BENCH tasklist: %d open tasks seeded in %.0f s%n", level,
          (System.nanoTime() - seeded) / 1e9);
      jdbc.execute("analyze");
      for (Listing listing : LISTINGS) {
        results.add(measure(level, listing));
        if (System.getProperty("bench.explain") != null) {
          explain(listing);
        }
      }
    }
    assertThat(results).isNotEmpty();
    report(results);
  }

  // ---- seeding ----

  private boolean seedUpTo(int level, long deadline) throws Exception {
    int wantedDrafts = level / 5;
    int wantedOthers = level - wantedDrafts;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> draftsDone = pool.submit(() -> {
        while (drafts < wantedDrafts && System.nanoTime() < deadline) {
          int batch = Math.min(BATCH, wantedDrafts - drafts);
          int from = drafts;
          new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = from; i < from + batch; i++) {
              starter.start(draft(i), "anna", null);
            }
          });
          drafts += batch;
        }
        return null;
      });
      Future<?> othersDone = pool.submit(() -> {
        while (others < wantedOthers && System.nanoTime() < deadline) {
          int batch = Math.min(BATCH * 4, wantedOthers - others);
          int from = others;
          new TransactionTemplate(transactions).executeWithoutResult(status -> ServerSide.run(() -> {
            for (int i = from; i < from + batch; i++) {
              startOther(i);
            }
          }));
          others += batch;
        }
        return null;
      });
      draftsDone.get();
      othersDone.get();
    } finally {
      pool.shutdown();
    }
    return drafts == wantedDrafts && others == wantedOthers;
  }

  private static PaymentRequestFields draft(int i) {
    return new PaymentRequestFields("Pallets, lot " + i, PaymentCategory.GOODS,
        RequisitesFixtures.inn("77190" + (3000 + i % 100)), null, null, null,
        new BigDecimal("15000.00").add(BigDecimal.valueOf(i % 1000)), "RUB", LocalDate.now().plusDays(5 + i % 60),
        null, null, null, null, null, null, null);
  }

  /** Of every four others: one in the heads of sales' queue, one in accounting's, two with other people. */
  private void startOther(int i) {
    var variables = new LinkedHashMap<String, Object>();
    variables.put(CaseVariables.CASE_NUMBER.name(), "SEED-" + i);
    variables.put(CaseVariables.COUNTERPARTY_NAME.name(), "ООО «Контрагент " + i % 500 + "»");
    variables.put(CaseVariables.AMOUNT_DISPLAY.name(), "15 000.00 RUB");
    var runtime = engine.getRuntimeService();
    switch (i % 4) {
      case 0 -> variables.put("group", TandemGroup.SALES_HEADS.id());
      case 1 -> variables.put("group", TandemGroup.ACCOUNTING.id());
      default -> variables.put("assignee", "colleague-" + i % 300);
    }
    runtime.createProcessInstanceByKey(variables.containsKey("group") ? QUEUED : OPEN).businessKey("SEED-" + i)
        .setVariables(variables).execute();
  }

  // ---- measuring ----

  private Measured measure(int level, Listing listing) throws IOException {
    String filter = engine.getFilterService().createFilterQuery().filterName(listing.filter()).singleResult().getId();
    HttpCaller tasklist = HttpCaller.webappSession(port, listing.user(), "tasklist");
    String base = "/camunda/api/engine/engine/default/filter/" + filter;
    String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    List<Long> times = new ArrayList<>();
    int count = -1;
    for (int call = 0; call < 30; call++) {
      long t0 = System.nanoTime();
      var list = tasklist.postHal(base + "/list?firstResult=0&maxResults=15", body);
      var counted = tasklist.postJson(base + "/count", body);
      long took = System.nanoTime() - t0;
      assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
      assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
      count = JSON.readTree(counted.body()).get("count").asInt();
      if (call >= 10) {
        times.add(took); // the first calls warm caches and the session
      }
    }
    assertThat(count).as(listing.label() + ": a fifth of the open tasks is in each list").isEqualTo(level / 5);
    Collections.sort(times);
    var measured = new Measured(level, listing, count, times.get(times.size() / 2) / 1e6,
        times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6);
    System.out.printf(Locale.ROOT, "BENCH tasklist %d open, %s: %d in the list, p50 %.0f ms, p95 %.0f ms%n", level,
        listing.label(), count, measured.p50(), measured.p95());
    return measured;
  }

  /** Diagnosis ({@code -Dbench.explain}): the plans of the statements one first page runs, slowest first. */
  private void explain(Listing listing) throws IOException {
    var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.camunda.bpm.engine.impl");
    var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    appender.start();
    var level = logger.getLevel();
    logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
    logger.addAppender(appender);
    try {
      String filter = engine.getFilterService().createFilterQuery().filterName(listing.filter()).singleResult().getId();
      HttpCaller tasklist = HttpCaller.webappSession(port, listing.user(), "tasklist");
      String base = "/camunda/api/engine/engine/default/filter/" + filter;
      String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
      tasklist.postHal(base + "/list?firstResult=0&maxResults=15", body);
      tasklist.postJson(base + "/count", body);
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(level);
    }
    String sql = null;
    List<String[]> plans = new ArrayList<>();
    for (var event : appender.list) {
      String message = event.getFormattedMessage();
      if (message.contains("Preparing:")) {
        sql = message.substring(message.indexOf("Preparing:") + 10).trim();
      } else if (message.contains("Parameters:") && sql != null) {
        String bound = bind(sql, message.substring(message.indexOf("Parameters:") + 11).trim());
        if (bound.trim().toLowerCase(Locale.ROOT).startsWith("select")) {
          var plan = String.join("\n", jdbc.queryForList("explain (analyze, buffers) " + bound, String.class));
          plans.add(new String[] {plan, bound});
        }
        sql = null;
      }
    }
    plans.sort((a, b) -> Double.compare(executionMs(b[0]), executionMs(a[0])));
    System.out.printf(Locale.ROOT, "BENCH explain %s: %d statements, %.1f ms in all%n", listing.label(), plans.size(),
        plans.stream().mapToDouble(plan -> executionMs(plan[0])).sum());
    for (String[] plan : plans) {
      System.out.printf(Locale.ROOT, "  %7.2f ms  %.160s%n", executionMs(plan[0]), plan[1]);
    }
    for (String[] plan : plans.subList(0, Math.min(4, plans.size()))) {
      System.out.println("---- " + executionMs(plan[0]) + " ms\n" + plan[1] + "\n" + plan[0]);
    }
  }

  private static double executionMs(String plan) {
    var matcher = java.util.regex.Pattern.compile("Execution Time: ([0-9.]+)").matcher(plan);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }

  private static String bind(String sql, String parameters) {
    List<String> values = new ArrayList<>();
    if (!parameters.isBlank()) {
      for (String parameter : parameters.split(", (?=[^,]*\\()")) {
        int type = parameter.lastIndexOf('(');
        String value = parameter.substring(0, type);
        String kind = parameter.substring(type + 1, parameter.length() - 1);
        values.add(kind.equals("String") || kind.equals("Timestamp") ? "'" + value.replace("'", "''") + "'" : value);
      }
    }
    var out = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      out.append(c == '?' && next < values.size() ? values.get(next++) : String.valueOf(c));
    }
    return out.toString();
  }

  // ---- report and chart ----

  private void report(List<Measured> results) throws IOException {
    Path dir = Path.of("target", "bench");
    Files.createDirectories(dir);
    var out = new StringBuilder("## Task lists on postgres — first page (list of 15 with columns + count) through"
        + " the webapp API\n\n| open tasks in the system | list | tasks in the list | p50 ms | p95 ms |\n"
        + "|---|---|---|---|---|\n");
    for (Measured m : results) {
      out.append(String.format(Locale.ROOT, "| %,d | %s | %,d | %.0f | %.0f |%n", m.openTasks(), m.listing().label(),
          m.count(), m.p50(), m.p95()));
    }
    out.append("\n![first page against open tasks](tasklist.png)\n\n");
    Files.writeString(dir.resolve("tasklist.md"), out);
    chart(results, dir.resolve("tasklist.png"));
    System.out.println(out);
  }

  private static void chart(List<Measured> results, Path file) throws IOException {
    int width = 800;
    int height = 480;
    int left = 70;
    int right = 250;
    int top = 40;
    int bottom = 60;
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    double maxMs = Math.max(250, results.stream().mapToDouble(Measured::p95).max().orElse(250) * 1.1);
    double minLog = Math.log10(500);
    double maxLog = Math.log10(200_000);
    int plotW = width - left - right;
    int plotH = height - top - bottom;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(Color.LIGHT_GRAY);
    for (int level : List.of(1_000, 10_000, 20_000, 100_000)) {
      int x = left + (int) ((Math.log10(level) - minLog) / (maxLog - minLog) * plotW);
      g.drawLine(x, top, x, top + plotH);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%,d", level), x - 18, top + plotH + 18);
      g.setColor(Color.LIGHT_GRAY);
    }
    for (int step = 0; step <= 5; step++) {
      double ms = maxMs * step / 5;
      int y = top + plotH - (int) (ms / maxMs * plotH);
      g.drawLine(left, y, left + plotW, y);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%.0f", ms), left - 40, y + 4);
      g.setColor(Color.LIGHT_GRAY);
    }
    int goal = top + plotH - (int) (200 / maxMs * plotH);
    g.setColor(new Color(200, 0, 0));
    g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    g.drawLine(left, goal, left + plotW, goal);
    g.drawString("goal 200 ms", left + plotW + 10, goal + 4);
    g.setStroke(new BasicStroke(2.5f));
    Color[] colors = {new Color(31, 119, 180), new Color(44, 160, 44), new Color(255, 127, 14)};
    Map<Listing, List<Measured>> byListing = new LinkedHashMap<>();
    results.forEach(m -> byListing.computeIfAbsent(m.listing(), k -> new ArrayList<>()).add(m));
    int legend = top + 40;
    int index = 0;
    for (var entry : byListing.entrySet()) {
      g.setColor(colors[index++ % colors.length]);
      int px = -1;
      int py = -1;
      for (Measured m : entry.getValue()) {
        int x = left + (int) ((Math.log10(m.openTasks()) - minLog) / (maxLog - minLog) * plotW);
        int y = top + plotH - (int) (m.p95() / maxMs * plotH);
        g.fillOval(x - 4, y - 4, 8, 8);
        if (px >= 0) {
          g.drawLine(px, py, x, y);
        }
        px = x;
        py = y;
      }
      g.drawLine(left + plotW + 10, legend, left + plotW + 30, legend);
      g.setColor(Color.BLACK);
      g.drawString(entry.getKey().label(), left + plotW + 35, legend + 4);
      legend += 22;
    }
    g.setColor(Color.BLACK);
    g.drawRect(left, top, plotW, plotH);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString("Tasklist first page (list + count), p95 ms, PostgreSQL", left, top - 15);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString("open tasks in the system (log scale); a fifth of them in each list", left + 120, height - 20);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
