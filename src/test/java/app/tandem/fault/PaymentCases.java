package app.tandem.fault;

import app.tandem.party.requisites.RequisitesFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Payment requests driven through the nodes' public APIs by several clients at once, as staff and 1C would: raised
 * with an Idempotency-Key, completed by the manager, approved by the head of sales, paid by accounting — each step on
 * the next node in turn. A client whose node is gone goes to the next one and asks the case where it is before doing
 * anything again, so a step is never done twice and an acknowledged one is never redone. Answers that are neither a
 * success nor a 409 are collected as {@link #problems()}.
 */
final class PaymentCases {

  static final String COMPLETE = "Task_CompletePaymentRequest";
  static final String APPROVE = "Task_ApprovePaymentRequest";
  static final String PAY = "Task_PayPaymentRequest";
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final int CONTRACTORS = 5;

  /** The nodes clients use; a test removes a killed one and adds its replacement. */
  final List<AppNode> nodes = new CopyOnWriteArrayList<>();
  /** Case index → request number, as acknowledged by a 201/200. */
  final Map<Integer, String> numbers = new ConcurrentHashMap<>();
  /** Request number → the last step a node acknowledged (CREATED, COMPLETED, APPROVED, PAID). */
  final Map<String, String> acknowledged = new ConcurrentHashMap<>();
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger conflicts = new AtomicInteger();
  final AtomicInteger nodeErrors = new AtomicInteger();
  /** Create calls that did not answer 201/200: each may have drawn a case number it never used. */
  final AtomicInteger failedCreates = new AtomicInteger();
  private final String run;
  private final String refusedEmail;

  PaymentCases(String run, List<AppNode> nodes, String refusedEmail) {
    this.run = run;
    this.nodes.addAll(nodes);
    this.refusedEmail = refusedEmail;
  }

  static String contractorInn(int i) {
    return RequisitesFixtures.inn("77190" + (1000 + i % CONTRACTORS));
  }

  static String contractorEmail(int i) {
    return "buh" + (i % CONTRACTORS) + "@contractor.example";
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Cases {@code from .. to-1} by {@code clients} clients at once, each case driven until it waits at the task. */
  void drive(int from, int to, int clients, String untilTask) throws InterruptedException {
    parallel(from, to, clients, i -> {
      String number = numbers.containsKey(i) ? numbers.get(i) : create(i);
      driveTo(i, number, untilTask);
      return null;
    });
  }

  /** Drives the already created cases on to the task (null: until paid). */
  void driveOn(int from, int to, int clients, String untilTask) throws InterruptedException {
    parallel(from, to, clients, i -> {
      driveTo(i, numbers.get(i), untilTask);
      return null;
    });
  }

  private void parallel(int from, int to, int clients, IntFunction<Void> work) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    var next = new AtomicInteger(from);
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
          try {
            work.apply(i);
          } catch (RuntimeException e) {
            problems.add("case " + i + ": " + e);
          }
        }
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(20, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      throw new AssertionError("Clients did not finish in 20 minutes");
    }
  }

  private AppNode node(int turn) {
    List<AppNode> live = List.copyOf(nodes);
    return live.get(Math.floorMod(turn, live.size()));
  }

  String create(int i) {
    var fields = new LinkedHashMap<String, Object>();
    fields.put("purpose", "Pallets, lot " + i);
    fields.put("category", "GOODS");
    fields.put("contractorInn", contractorInn(i));
    fields.put("amount", "15000.00");
    fields.put("currency", "RUB");
    fields.put("payBy", LocalDate.now().plusDays(20).toString());
    for (int attempt = 0; attempt < 100; attempt++) {
      try {
        var answer = NodeApi.post(node(i + attempt), "anna", "/api/payment-requests", fields, "Idempotency-Key",
            run + "-" + i);
        if (answer.ok()) {
          String number = answer.json().get("number").asText();
          numbers.put(i, number);
          acknowledged.putIfAbsent(number, "CREATED");
          return number;
        }
        if (answer.status() != 409) {
          problems.add("create " + i + ": " + answer.status() + " " + answer.body());
          throw new IllegalStateException("create " + i + " answered " + answer.status());
        }
        conflicts.incrementAndGet();
        failedCreates.incrementAndGet();
      } catch (IOException nodeGone) {
        nodeErrors.incrementAndGet();
        failedCreates.incrementAndGet();
        AppNode.pause(200);
      }
    }
    throw new IllegalStateException("case " + i + " could not be created");
  }

  /** Moves the case on, one acknowledged step at a time, until it waits at {@code untilTask} (null: until paid). */
  void driveTo(int i, String number, String untilTask) {
    int turn = i;
    // long enough for a job a dead node had locked to be taken over (lock time 45 s)
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      AppNode node = node(turn);
      try {
        JsonNode tasks = NodeApi.get(node, "admin", "/engine-rest/task?processInstanceBusinessKey=" + number).json();
        if (tasks.isEmpty()) {
          var request = NodeApi.get(node, "admin", "/api/payment-requests/" + number);
          if (request.ok() && "PAID".equals(request.json().get("status").asText())) {
            if (untilTask == null) {
              return;
            }
            throw new IllegalStateException(number + " paid before reaching " + untilTask);
          }
          AppNode.pause(100); // between two tasks: a job (check, send for approval) is on its way
          continue;
        }
        JsonNode task = tasks.get(0);
        String key = task.get("taskDefinitionKey").asText();
        if (key.equals(untilTask)) {
          return;
        }
        String id = task.get("id").asText();
        String assignee = task.path("assignee").asText(null);
        NodeApi.Answer answer = switch (key) {
          case COMPLETE -> NodeApi.post(node, "anna", "/engine-rest/task/" + id + "/submit-form", completeForm(i));
          case APPROVE -> claimAndSubmit(node, "svetlana", id, assignee,
              Map.of("variables", Map.of("approvalDecision", Map.of("value", "APPROVE"))));
          case PAY -> claimAndSubmit(node, "olga", id, assignee, Map.of("variables", Map.of(
              "paymentDecision", Map.of("value", "PAY"),
              "paymentOrderNumber", Map.of("value", "PO-" + i),
              "paymentOrderDate", Map.of("value", LocalDate.now().toString()),
              "paymentOrderFile", file("payment-order-" + i + ".pdf"))));
          default -> throw new IllegalStateException(number + " waits at an unexpected task " + key);
        };
        if (answer.ok()) {
          acknowledged.put(number, switch (key) {
            case COMPLETE -> "COMPLETED";
            case APPROVE -> "APPROVED";
            default -> "PAID";
          });
          turn++; // the next step on the next node
        } else if (answer.status() == 409 || answer.status() == 404) {
          // someone (or our own lost attempt) moved the task on: ask the case again
          conflicts.incrementAndGet();
        } else {
          problems.add(number + " " + key + " on " + node.name + ": " + answer.status() + " " + answer.body());
          return;
        }
      } catch (IOException nodeGone) {
        nodeErrors.incrementAndGet();
        turn++;
        AppNode.pause(200);
      }
    }
    problems.add(number + " did not reach " + (untilTask == null ? "PAID" : untilTask));
  }

  private NodeApi.Answer claimAndSubmit(AppNode node, String user, String task, String assignee, Object body)
      throws IOException {
    if (assignee == null || assignee.isEmpty()) {
      var claim = NodeApi.post(node, user, "/engine-rest/task/" + task + "/claim", Map.of("userId", user));
      if (!claim.ok()) {
        return claim;
      }
    }
    return NodeApi.post(node, user, "/engine-rest/task/" + task + "/submit-form", body);
  }

  private Map<String, Object> completeForm(int i) {
    var variables = new LinkedHashMap<String, Object>();
    value(variables, "purpose", "Pallets, lot " + i);
    value(variables, "category", "GOODS");
    value(variables, "contractorInn", contractorInn(i));
    value(variables, "contractorName", "ООО «Паллет-Сервис " + (i % CONTRACTORS) + "»");
    value(variables, "invoiceNumber", "PS-" + i);
    value(variables, "invoiceDate", LocalDate.now().minusDays(1).toString());
    value(variables, "amount", "15000.00");
    value(variables, "currency", "RUB");
    value(variables, "payBy", LocalDate.now().plusDays(20).toString());
    value(variables, "kpp", "773601001");
    value(variables, "bik", "044525225");
    value(variables, "settlementAccount", "40702810303800000001");
    value(variables, "correspondentAccount", "30101810400000000225");
    value(variables, "bankName", "PAO Sberbank");
    value(variables, "paymentPurpose", "Payment for invoice PS-" + i + ", VAT included");
    value(variables, "contractorEmail", refusedEmail != null && i % 10 == 3 ? refusedEmail : contractorEmail(i));
    variables.put("invoiceFile", file("invoice-" + i + ".pdf"));
    return Map.of("variables", variables);
  }

  /** A PDF as Tasklist uploads it: a base64 File variable. */
  private static Map<String, Object> file(String name) {
    return Map.of("type", "File", "value", Base64.getEncoder().encodeToString(PDF),
        "valueInfo", Map.of("filename", name, "mimetype", "application/pdf"));
  }

  private static void value(Map<String, Object> variables, String name, Object value) {
    variables.put(name, Map.of("value", value));
  }
}
