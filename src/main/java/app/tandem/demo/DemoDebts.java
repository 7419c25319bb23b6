package app.tandem.demo;

import static app.tandem.demo.DemoCompanies.*;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.engine.ServerSide;
import app.tandem.debt.DunningStage;
import app.tandem.debt.HardCasesReviewProcess;
import app.tandem.debt.OverdueDebtEscalationProcess;
import app.tandem.debt.OverdueDebtEscalationStarter;
import app.tandem.debt.ReceivableData;
import app.tandem.debt.ReceivableService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Overdue debt in the demo: an invoice at every stage of the escalation, and the month's hard-cases review. */
final class DemoDebts {

  private final ProcessEngine engine;
  private final ReceivableService receivables;
  private final DunningStage dunning;
  private final OverdueDebtEscalationStarter escalations;
  private final WorkingDayCalendar calendar;
  private final DemoStaff staff;
  private LocalDate today;

  DemoDebts(ProcessEngine engine, ReceivableService receivables, DunningStage dunning,
      OverdueDebtEscalationStarter escalations, WorkingDayCalendar calendar, DemoStaff staff) {
    this.engine = engine;
    this.receivables = receivables;
    this.dunning = dunning;
    this.escalations = escalations;
    this.calendar = calendar;
    this.staff = staff;
  }

  void seed(LocalDate today) {
    this.today = today;
    // not yet due and just overdue: the ageing report's first buckets
    register("RT-2026-1187", KAZAN_TRADE, "anna", "420000.00", today.plusDays(12), 30);
    register("RT-2026-1201", VOLGA, "boris", "96000.00", today.plusDays(20), 30);

    // anna calls: two reminders went unanswered
    var call = escalate(register("RT-2026-1094", ROMASHKA, "anna", "184500.00", today.minusDays(17), 30));
    staff.advance(call, Set.of("Timer_AfterReminder"));

    // boris talked to the customer, who disputes the invoice: svetlana decides
    var disputed = escalate(register("RT-2026-1052", MEBEL_STYLE, "boris", "73800.00", today.minusDays(19), 30));
    staff.advance(disputed, Set.of("Timer_AfterReminder"));
    staff.submit(disputed, "boris", Map.of("contactOutcome", "DISPUTED",
        "disputeReason", "The customer says two of the twelve pallets arrived damaged and wants a credit note"));

    // the customer promised to pay next week: nobody has to act until then
    var promised = escalate(register("RT-2026-1077", PRINT, "anna", "52000.00", today.minusDays(16), 30));
    staff.advance(promised, Set.of("Timer_AfterReminder"));
    staff.submit(promised, "anna", Map.of("contactOutcome", "PROMISED", "promisedDate", calendar.plusWorkingDays(today, 5)
        .toString(), "promisedAmount", "52000.00", "comment", "Spoke to the chief accountant"));

    // long overdue: straight to the head of sales, who hands them on
    var restructure = escalate(register("RT-2026-0871", SIBSTROY, "boris", "1250000.00", today.minusDays(52), 45));
    staff.submit(restructure, "svetlana", Map.of("debtDecision", "RESTRUCTURE",
        "comment", "A good customer with a temporary cash gap: agree a schedule"));

    var writeOff = escalate(register("RT-2026-0802", TECHNOSFERA, "anna", "38400.00", today.minusDays(95), 30));
    staff.submit(writeOff, "svetlana", Map.of("debtDecision", "WRITE_OFF",
        "comment", "The customer is being liquidated; the amount is below the cost of a lawsuit"));

    // legal: a claim to send (the customer is put on credit hold)
    var claim = escalate(register("RT-2026-0815", STROYMARKET, "anna", "560000.00", today.minusDays(61), 30));
    staff.submit(claim, "svetlana", Map.of("debtDecision", "LEGAL", "creditHold", true,
        "comment", "No answer for two months: pre-trial claim"));

    // legal: the claim's answer period is over, lev decides on the lawsuit
    var lawsuit = escalate(register("RT-2026-0744", TATPROM, "boris", "890000.00", today.minusDays(80), 30));
    staff.submit(lawsuit, "svetlana", Map.of("debtDecision", "LEGAL", "comment", "Repeated broken promises"));
    sendClaim(lawsuit);
    staff.advance(lawsuit, Set.of("Timer_ClaimAnswerPeriod"));

    // legal: the lawsuit is filed, lev closes the litigation when the court has decided
    var litigation = escalate(register("RT-2026-0690", PODMOSKOVIE, "anna", "327000.00", today.minusDays(110), 30));
    staff.submit(litigation, "svetlana", Map.of("debtDecision", "LEGAL", "comment", "Customer stopped answering"));
    sendClaim(litigation);
    staff.advance(litigation, Set.of("Timer_ClaimAnswerPeriod"));
    staff.submit(litigation, "lev", Map.of("legalDecision", "FILE", "lawsuitCaseNumber", "А40-218734/2026",
        "court", "Арбитражный суд города Москвы", "comment", "Claim filed with the arbitration court"));

    // settled: the customer paid after the first reminder
    var settled = register("RT-2026-0988", OFFICE_PLUS, "boris", "64200.00", today.minusDays(9), 30);
    staff.advance(escalate(settled), Set.of());
    receivables.recordPayment(settled, new ReceivableService.PaymentData(new BigDecimal("64200.00"), today.minusDays(1),
        "п/п 5512"), "olga");

    // the month's review of hard cases for the head of sales
    var month = YearMonth.from(today).toString();
    ServerSide.run(() -> engine.getRuntimeService().createProcessInstanceByKey(HardCasesReviewProcess.KEY)
        .businessKey(month).startBeforeActivity(HardCasesReviewProcess.REVIEW).execute());
  }

  private String register(String invoice, Company customer, String manager, String amount, LocalDate dueDate,
      int termDays) {
    receivables.register(new ReceivableData(invoice, customer.inn(), customer.name(), manager, new BigDecimal(amount),
        "RUB", dueDate.minusDays(termDays), dueDate, customer.email()), "olga");
    return invoice;
  }

  /** What the morning scan does for an invoice that became overdue; the escalation runs to its first wait. */
  private ProcessInstance escalate(String invoice) {
    dunning.markNewlyOverdue(today);
    escalations.start(invoice);
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OverdueDebtEscalationProcess.KEY).processInstanceBusinessKey(invoice).singleResult();
    staff.advance(instance, Set.of());
    return instance;
  }

  private void sendClaim(ProcessInstance escalation) {
    staff.submit(escalation, "lev", Map.of("claimSentOn", today.minusDays(35).toString(),
        "claimFile", DemoStaff.pdf("claim-" + escalation.getBusinessKey() + ".pdf", "Pre-trial claim",
            "Overdue invoice " + escalation.getBusinessKey(), "Answer within 30 days")));
  }

}
