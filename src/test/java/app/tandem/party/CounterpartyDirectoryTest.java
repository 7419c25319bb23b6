package app.tandem.party;

import static app.tandem.party.requisites.RequisitesFixtures.inn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import app.tandem.party.requisites.RequisitesFixtures;
import app.tandem.support.HttpCaller;
import app.tandem.support.TandemSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each test works on its own counterparty (own INN), so the tests do not depend on their order. */
@TandemSpringTest
class CounterpartyDirectoryTest {

  static final BankRequisites SBERBANK_1 =
      new BankRequisites("044525225", "40702810303800000001", "30101810400000000225", "PAO Sberbank");
  static final BankRequisites SBERBANK_2 =
      new BankRequisites("044525225", "40702810153800000002", "30101810400000000225", "PAO Sberbank");

  @LocalServerPort
  int port;
  @Autowired
  CounterpartyDirectory directory;

  @Test
  void newCounterpartyIsCreatedWithItsRequisites() {
    String inn = inn("770100001");
    boolean created = directory.save(new CounterpartyData(inn, "Romashka LLC", "773601001",
        "payments@romashka.example", SBERBANK_1), false);

    var saved = directory.find(inn).orElseThrow();
    assertThat(created).isTrue();
    assertThat(saved.getName()).isEqualTo("Romashka LLC");
    assertThat(saved.getEmail()).isEqualTo("payments@romashka.example");
    assertThat(saved.defaultAccount().orElseThrow().requisites()).isEqualTo(SBERBANK_1);
    assertThat(directory.save(new CounterpartyData(inn, "Romashka LLC", null, null, null), false)).isFalse();
  }

  @Test
  void lastApprovedRequisitesAreTheDefaultEvenIfOthersWereUsedLater() {
    String inn = inn("770100002");
    directory.save(new CounterpartyData(inn, "Vasilek JSC", null, null, SBERBANK_1), true);
    directory.save(new CounterpartyData(inn, "Vasilek JSC", null, null, SBERBANK_2), false);

    var vasilek = directory.find(inn).orElseThrow();
    assertThat(vasilek.getAccounts()).hasSize(2);
    assertThat(vasilek.defaultAccount().orElseThrow().requisites()).isEqualTo(SBERBANK_1);

    directory.save(new CounterpartyData(inn, "Vasilek JSC", null, null, SBERBANK_2), true);
    assertThat(directory.find(inn).orElseThrow().defaultAccount().orElseThrow().requisites()).isEqualTo(SBERBANK_2);
  }

  @Test
  void withoutApprovalsTheLastUsedRequisitesAreTheDefault() {
    String inn = inn("770100003");
    directory.save(new CounterpartyData(inn, "Landysh LLC", null, null, SBERBANK_1), false);
    directory.save(new CounterpartyData(inn, "Landysh LLC", null, null, SBERBANK_2), false);

    assertThat(directory.find(inn).orElseThrow().defaultAccount().orElseThrow().requisites()).isEqualTo(SBERBANK_2);
  }

  @Test
  void invalidDataIsRefusedFieldByFieldAndNothingIsSaved() {
    var invalid = new CounterpartyData("7707083894", " ", "7736ab001", "not-an-email",
        new BankRequisites("044525225", "40702810303800000009", "30101810145250000974", null));

    assertThatThrownBy(() -> directory.save(invalid, false))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields())
            .extracting("field").containsExactly("inn", "kpp", "email", "name", "settlementAccount",
                "correspondentAccount"));
    assertThat(directory.find("7707083894")).isEmpty();
  }

  @Test
  void apiFindsACounterpartyByInnWithItsDefaultRequisites() {
    String inn = inn("770100004");
    directory.save(new CounterpartyData(inn, "IP Ivanov", null, "ivanov@example.com", SBERBANK_1), true);

    var response = HttpCaller.as(port, "anna").get("/api/counterparties?inn=" + inn);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\":\"IP Ivanov\"",
        "\"requisites\":{\"bik\":\"044525225\",\"settlementAccount\":\"40702810303800000001\"");
  }

  @Test
  void apiAnswersUnknownMissingAndInvalidInnsClearlyAndListsTheDirectoryWithoutOne() {
    var anna = HttpCaller.as(port, "anna");

    var unknown = anna.get("/api/counterparties?inn=" + inn("770100005"));
    var invalid = anna.get("/api/counterparties?inn=12345");
    var directory = anna.get("/api/counterparties");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No counterparty with INN " + inn("770100005"));
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("{\"field\":\"inn\",\"message\":\"INN must have 10 digits");
    assertThat(directory.statusCode()).as("without an INN: the directory, searched by q").isEqualTo(200);
    assertThat(directory.body()).contains("\"items\":[", "\"total\":");
    assertThat(anna.get("/api/counterparties?inn=").body()).contains("{\"field\":\"inn\",\"message\":\"INN is required\"}");
  }

  @Test
  void accountingMaintainsTheDirectoryThroughTheApi() {
    String inn = inn("770100006");
    String account = RequisitesFixtures.settlementAccount("044525974", "40702810", "00000000042");
    var olga = HttpCaller.as(port, "olga");

    var created = olga.putJson("/api/counterparties/" + inn, "{\"name\":\"Kolokolchik LLC\",\"kpp\":\"773601001\","
        + "\"bik\":\"044525974\",\"settlementAccount\":\"" + account + "\",\"correspondentAccount\":\"30101810145250000974\"}");
    var updated = olga.putJson("/api/counterparties/" + inn, "{\"name\":\"Kolokolchik PJSC\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"settlementAccount\":\"" + account + "\"");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(updated.body()).contains("\"name\":\"Kolokolchik PJSC\"", "\"settlementAccount\":\"" + account + "\"");
  }

  @Test
  void invalidUpdatesAnswerProblemsPerField() {
    var invalid = HttpCaller.as(port, "olga").putJson("/api/counterparties/" + inn("770100007"),
        "{\"name\":\"\",\"bik\":\"04452597\"}");

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(invalid.body()).contains("{\"field\":\"name\",\"message\":\"Name is required\"}",
        "{\"field\":\"bik\",\"message\":\"BIK must have 9 digits, not 8\"}",
        "{\"field\":\"settlementAccount\",\"message\":\"Settlement account is required\"}");
    assertThat(directory.find(inn("770100007"))).isEmpty();
  }

  @Test
  void onlyAccountingAndAdministratorsMaintainAndDeliveryDoesNotRead() {
    String inn = inn("770100008");
    var body = "{\"name\":\"Romashka LLC\"}";

    assertThat(HttpCaller.as(port, "anna").putJson("/api/counterparties/" + inn, body).statusCode()).isEqualTo(403);
    assertThat(HttpCaller.as(port, "dmitry").get("/api/counterparties?inn=" + inn).statusCode()).isEqualTo(403);
    assertThat(HttpCaller.anonymous(port).get("/api/counterparties?inn=" + inn).statusCode()).isEqualTo(401);
    assertThat(directory.find(inn)).isEmpty();
    assertThat(HttpCaller.as(port, "admin").putJson("/api/counterparties/" + inn, body).statusCode()).isEqualTo(201);
  }
}
