package app.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo company (what a fresh {@code ./mvnw spring-boot:run} shows): every demo user finds work in
 * Tasklist, every status of every process is there, and a second start seeds nothing.
 */
@TandemSpringTest
@TestPropertySource(properties = {"tandem.demo.data=true", "tandem.mail.transport=log"})
class DemoDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DemoData demo;

  @Test
  void everyDemoUserFindsWorkInTasklist() throws Exception {
    for (String user : List.of("anna", "boris", "svetlana", "olga", "fedor", "lev", "dmitry")) {
      var tasks = JSON.readTree(HttpCaller.as(port, user).get("/engine-rest/task?maxResults=100").body());
      assertThat(tasks.size()).as(user + "'s tasks").isPositive();
    }
    var svetlanas = JSON.readTree(HttpCaller.as(port, "svetlana").get("/engine-rest/task?maxResults=100").body())
        .findValuesAsText("taskDefinitionKey");
    assertThat(svetlanas).contains("Task_ApprovePaymentRequest", "Task_DecideOnDebt", "Task_ReviewHardCases",
        "Task_ApproveDeliveryList", "Task_ReleaseOrder");
    var levs = JSON.readTree(HttpCaller.as(port, "lev").get("/engine-rest/task").body()).findValuesAsText(
        "taskDefinitionKey");
    assertThat(levs).contains("Task_SendClaim", "Task_FileLawsuit", "Task_CloseLitigation");
  }

  @Test
  void everyStatusOfEveryProcessIsThere() {
    assertThat(jdbc.queryForList("select distinct status from payment_request", String.class))
        .contains("DRAFT", "SENT_FOR_APPROVAL", "APPROVED_FOR_PAYMENT", "PAID", "REJECTED");
    assertThat(jdbc.queryForList("select distinct status from receivable", String.class))
        .contains("NOT_DUE", "CONTACTING", "PROMISED", "ESCALATED", "IN_LEGAL", "SETTLED");
    assertThat(jdbc.queryForList("select distinct status from delivery_order", String.class))
        .contains("ON_HOLD", "WAITING_FOR_POA", "READY", "SCHEDULED");
    assertThat(jdbc.queryForList("select distinct status from delivery_list", String.class))
        .contains("APPROVED", "PENDING");
    assertThat(jdbc.queryForObject("select count(*) from counterparty where credit_hold", Integer.class)).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).as("invoices, payment orders, claims")
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void aSecondStartSeedsNothing() throws Exception {
    int before = jdbc.queryForObject("select count(*) from case_event", Integer.class);
    demo.run(null);
    assertThat(jdbc.queryForObject("select count(*) from case_event", Integer.class)).isEqualTo(before);
  }
}
