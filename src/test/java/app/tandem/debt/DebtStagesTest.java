package app.tandem.debt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.tandem.common.calendar.CalendarProperties;
import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.history.PeopleNames;
import app.tandem.common.money.Money;
import app.tandem.common.time.BusinessTimeZone;
import app.tandem.debt.HeadOfSalesStage.Decision;
import app.tandem.debt.LegalStage.LegalDecision;
import app.tandem.debt.RestructuringStage.InstalmentData;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The business rules of each stage of collection without an engine or Spring: the stages over mocked
 * repositories, the real working-day calendar (Moscow, holidays from configuration) and a fixed clock.
 *
 * <p>Size: Long because it covers six stages, one nested class each.
 */
class DebtStagesTest {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  /** Wednesday 25 November 2026, 10:00 in Moscow. */
  static final Instant NOW = Instant.parse("2026-11-25T07:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  final ReceivableRepository receivables = mock(ReceivableRepository.class);
  final PaymentPromiseRepository promises = mock(PaymentPromiseRepository.class);
  final InstalmentRepository instalments = mock(InstalmentRepository.class);
  final CaseHistory history = mock(CaseHistory.class);
  final CounterpartyDirectory directory = mock(CounterpartyDirectory.class);
  final Clock clock = Clock.fixed(NOW, MOSCOW);
  final BusinessTimeZone zone = new BusinessTimeZone(MOSCOW);
  final WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(List.of("11-04"), List.of(),
      List.of()), zone, clock);
  final DebtProperties properties = new DebtProperties(LocalTime.of(8, 0), DayOfWeek.MONDAY, LocalTime.of(9, 0),
      LocalTime.of(9, 0), 2, 2, 2, 3, 30, 12);
  final DebtCases cases = new DebtCases(receivables, promises, instalments, history, clock);
  final DebtDeadlines deadlines = new DebtDeadlines(cases, instalments, calendar, zone, properties, clock);

  Receivable invoice;

  @BeforeEach
  void anOverdueInvoiceOf10000Rubles() {
    invoice = new Receivable(new ReceivableData("INV-1", "7707083893", "Customer LLC", "anna",
        new BigDecimal("10000.00"), "RUB", TODAY.minusDays(40), TODAY.minusDays(10), "ap@customer.example"), NOW);
    invoice.moveTo(ReceivableStatus.OVERDUE, NOW);
    when(receivables.findById("INV-1")).thenReturn(Optional.of(invoice));
  }

  /** An amount in roubles as people read it. */
  static String rub(String amount) {
    return new Money(new BigDecimal(amount), "RUB").display();
  }

  static List<String> fields(Throwable refused) {
    return ((InvalidRequestException) refused).fields().stream().map(FieldProblem::field).toList();
  }

  @Nested
  class Dunning {

    final DunningStage dunning = new DunningStage(cases, receivables, promises, deadlines, calendar, zone, properties,
        (PeopleNames) id -> "Anna Manager", clock);

    @Test
    void aCallHandsTheInvoiceToItsManagerUntilTheEndOfTheSecondWorkingDay() {
      dunning.dunningDecided("INV-1", OverdueDebtEscalationProcess.CALL, 0, "Two reminders unanswered");

      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.CONTACTING);
      assertThat(invoice.getContactDue()).as("Friday 27 November, 18:00 in Moscow")
          .isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
      verify(history).record(ReceivableService.CASE_TYPE, "INV-1", "system", "CONTACT_ASSIGNED", "CONTACTING",
          "To Anna Manager, by 27.11.2026");
    }

    @Test
    void aReminderKeepsTheInvoiceWithCreditControl() {
      dunning.dunningDecided("INV-1", "REMIND_1", 3, "First reminder");
      dunning.reminderSent("INV-1", 1, "ap@customer.example");

      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.OVERDUE);
      assertThat(invoice.getRemindersSent()).isEqualTo(1);
      assertThat(invoice.getDunningWaitDays()).isEqualTo(3);
      verify(history).record(ReceivableService.CASE_TYPE, "INV-1", "system", "REMINDER_1_SENT", null,
          "To ap@customer.example");
    }

    @Test
    void aCustomerWithoutAnAddressIsNotRemindedButTheStepCounts() {
      dunning.reminderSent("INV-1", 1, null);

      assertThat(invoice.getRemindersSent()).isEqualTo(1);
      verify(history).record(eq(ReceivableService.CASE_TYPE), eq("INV-1"), eq("system"), eq("REMINDER_1_NOT_SENT"),
          isNull(), any());
    }
  }

  @Nested
  class Contact {

    final ContactStage contact = new ContactStage(cases, promises, calendar, clock);

    @Test
    void aPromiseMustBeDatedFromTodayAndCoverAtMostTheBalance() {
      assertThatThrownBy(() -> contact.recordPromise("INV-1", TODAY.minusDays(1), new BigDecimal("10000.01"), "anna",
          null))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("promisedDate", "promisedAmount"))
          .hasMessageContaining("24.11.2026 is in the past").hasMessageContaining("more than the balance");
      assertThatThrownBy(() -> contact.recordPromise("INV-1", null, BigDecimal.ZERO, "anna", null))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("promisedDate", "promisedAmount"));
      verify(promises, never()).save(any());
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.OVERDUE);
    }

    @Test
    void aPromiseIsKeptAndTheInvoiceIsPromised() {
      contact.recordPromise("INV-1", TODAY, new BigDecimal("10000.00"), "anna", "Paying from the next delivery");

      verify(promises).save(any(PaymentPromise.class));
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.PROMISED);
      verify(history).record(ReceivableService.CASE_TYPE, "INV-1", "anna", "PROMISED_TO_PAY", "PROMISED",
          rub("10000.00") + " by 25.11.2026. Paying from the next delivery");
    }

    @Test
    void aPromiseTheBalanceDidNotComeDownByIsBrokenEvenByAKopeck() {
      var promise = openPromise("4000.00");

      invoice.pay(new BigDecimal("3999.99"), NOW);
      assertThat(contact.checkPromise("INV-1")).as("a kopeck short").isFalse();
      assertThat(promise.getOutcome()).isEqualTo(PaymentPromise.Outcome.BROKEN);
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.PROMISED);
    }

    @Test
    void aKeptPromiseReturnsTheInvoiceToDunning() {
      var promise = openPromise("4000.00");

      invoice.pay(new BigDecimal("4000.00"), NOW);
      assertThat(contact.checkPromise("INV-1")).isTrue();
      assertThat(promise.getOutcome()).isEqualTo(PaymentPromise.Outcome.KEPT);
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.OVERDUE);
    }

    /** The customer promised to pay {@code amount} today; the invoice waits for it. */
    private PaymentPromise openPromise(String amount) {
      var promise = new PaymentPromise(invoice, TODAY, new BigDecimal(amount), NOW, "anna");
      when(promises.findFirstByInvoiceNumberAndOutcomeOrderByIdDesc("INV-1", PaymentPromise.Outcome.OPEN))
          .thenReturn(Optional.of(promise));
      invoice.moveTo(ReceivableStatus.PROMISED, NOW);
      return promise;
    }

    @Test
    void aDisputeNeedsAReason() {
      assertThatThrownBy(() -> contact.recordDispute("INV-1", "  ", "anna"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("disputeReason"));
      contact.recordDispute("INV-1", " Goods returned ", "anna");
      assertThat(invoice.getDisputeReason()).isEqualTo("Goods returned");
    }

    @Test
    void anUnreachableCustomerCountsAsAFailedContact() {
      invoice.moveTo(ReceivableStatus.CONTACTING, NOW);
      contact.recordUnreachable("INV-1", "anna", "No answer twice");
      assertThat(invoice.getFailedContacts()).isEqualTo(1);
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.OVERDUE);
    }
  }

  @Nested
  class HeadOfSales {

    final HeadOfSalesStage headOfSales = new HeadOfSalesStage(cases, directory, calendar, zone, clock);

    @Test
    void aDecisionIsRequiredAndANewDeadlineIsFromTodayOn() {
      assertThatThrownBy(() -> headOfSales.decide("INV-1", null, null, null, "svetlana"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("debtDecision"));
      assertThatThrownBy(() -> headOfSales.decide("INV-1", Decision.NEW_DEADLINE, null, null, "svetlana"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("newDeadline"));
      assertThatThrownBy(() -> headOfSales.decide("INV-1", Decision.NEW_DEADLINE, TODAY.minusDays(1), null,
          "svetlana")).hasMessageContaining("24.11.2026 is in the past");
    }

    @Test
    void aNewDeadlineGivesTheManagerUntilTheEndOfThatDay() {
      invoice.moveTo(ReceivableStatus.ESCALATED, NOW);
      headOfSales.decide("INV-1", Decision.NEW_DEADLINE, LocalDate.of(2026, 12, 2), "Last chance", "svetlana");

      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.CONTACTING);
      assertThat(invoice.getContactDue()).isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
      verify(history).record(ReceivableService.CASE_TYPE, "INV-1", "svetlana", "NEW_DEADLINE", "CONTACTING",
          "Manager to reach the customer by 02.12.2026. Last chance");
    }

    @Test
    void aWriteOffProposalNeedsAReason() {
      assertThatThrownBy(() -> headOfSales.decide("INV-1", Decision.WRITE_OFF, null, " ", "svetlana"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("comment"));
      headOfSales.decide("INV-1", Decision.WRITE_OFF, null, "The customer is liquidated", "svetlana");
      verify(history).record(ReceivableService.CASE_TYPE, "INV-1", "svetlana", "WRITE_OFF_PROPOSED", null,
          "The customer is liquidated");
    }

    @Test
    void aCreditHoldWithoutCommentSaysWhichInvoiceCausedIt() {
      when(directory.holdCredit(any(), eq(true), any(), any())).thenReturn(true);
      headOfSales.holdCredit("INV-1", true, null, "svetlana");
      verify(directory).holdCredit("7707083893", true, "Overdue invoice INV-1 (" + rub("10000.00") + ")", "svetlana");
      verify(history).record(ReceivableService.CASE_TYPE, "INV-1", "svetlana", "CREDIT_HOLD_SET", null,
          "Overdue invoice INV-1 (" + rub("10000.00") + ")");
    }

    @Test
    void anUnchangedHoldWritesNoHistory() {
      when(directory.holdCredit(any(), eq(false), any(), any())).thenReturn(false);
      headOfSales.holdCredit("INV-1", false, null, "svetlana");
      verify(history, never()).record(any(), any(), any(), any(), any(), any());
    }
  }

  @Nested
  class Legal {

    final LegalStage legal = new LegalStage(cases, deadlines, calendar, clock);

    @Test
    void aClaimCannotBeSentInTheFutureAndStartsThirtyDaysToAnswer() {
      assertThatThrownBy(() -> legal.claimSent("INV-1", TODAY.plusDays(1), "lev"))
          .hasMessageContaining("cannot be sent in the future (26.11.2026)");
      assertThatThrownBy(() -> legal.claimSent("INV-1", null, "lev"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("claimSentOn"));

      legal.claimSent("INV-1", TODAY, "lev");
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.IN_LEGAL);
      assertThat(deadlines.claimAnswer("INV-1").toInstant()).as("25 December 2026, 09:00 in Moscow")
          .isEqualTo(Instant.parse("2026-12-25T06:00:00Z"));
      verify(history).record(ReceivableService.CASE_TYPE, "INV-1", "lev", "CLAIM_SENT", "IN_LEGAL",
          "Pre-trial claim sent on 25.11.2026; the customer has until 25.12.2026");
    }

    @Test
    void aLawsuitNeedsTheCaseNumberAndTheCourtBothReportedAtOnce() {
      assertThatThrownBy(() -> legal.legalDecision("INV-1", LegalDecision.FILE, " ", null, null, "lev"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("lawsuitCaseNumber", "court"));
      legal.legalDecision("INV-1", LegalDecision.FILE, " А40-12345/2026 ", "Moscow Arbitration Court", null, "lev");
      assertThat(invoice.getLawsuitCaseNumber()).isEqualTo("А40-12345/2026");
      assertThat(invoice.getCourt()).isEqualTo("Moscow Arbitration Court");
    }

    @Test
    void aReturnToTheHeadOfSalesAndAWriteOffProposalNeedAComment() {
      assertThatThrownBy(() -> legal.legalDecision("INV-1", LegalDecision.RETURN, null, null, null, "lev"))
          .hasMessage("Say what the head of sales should know");
      assertThatThrownBy(() -> legal.legalDecision("INV-1", LegalDecision.WRITE_OFF, null, null, "", "lev"))
          .hasMessage("Say why the debt cannot be recovered");
      legal.legalDecision("INV-1", LegalDecision.RETURN, null, null, "Settle it commercially", "lev");
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.ESCALATED);
    }
  }

  @Nested
  class Restructuring {

    final RestructuringStage restructuring = new RestructuringStage(cases, instalments, deadlines, calendar, clock);
    final List<Instalment> saved = new ArrayList<>();

    @BeforeEach
    void instalmentsAreKept() {
      when(instalments.save(any(Instalment.class))).thenAnswer(call -> {
        saved.add(call.getArgument(0));
        return call.getArgument(0);
      });
      when(instalments.findByInvoiceNumberOrderBySeq("INV-1")).thenAnswer(call -> saved);
    }

    @Test
    void aScheduleIsDatedFromTodayAscendingAndSumsToTheBalance() {
      assertThatThrownBy(() -> restructuring.agreeSchedule("INV-1", List.of(), "svetlana"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("instalments"));
      assertThatThrownBy(() -> restructuring.agreeSchedule("INV-1", List.of(
          new InstalmentData(TODAY.minusDays(1), new BigDecimal("5000.00")),
          new InstalmentData(TODAY.minusDays(2), new BigDecimal("-1")),
          new InstalmentData(null, new BigDecimal("5000.00"))), "svetlana"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("instalments[0].dueDate",
              "instalments[1].dueDate", "instalments[1].amount", "instalments[2].dueDate"));
      assertThatThrownBy(() -> restructuring.agreeSchedule("INV-1", List.of(
          new InstalmentData(TODAY.plusDays(7), new BigDecimal("5000.00")),
          new InstalmentData(TODAY.plusDays(37), new BigDecimal("4000.00"))), "svetlana"))
          .hasMessageContaining("The instalments sum to " + rub("9000.00") + ", the balance is " + rub("10000.00"));
      verify(instalments, never()).save(any());
    }

    @Test
    void eachInstalmentIsCheckedAfterItsGraceDaysAgainstThePaymentsSinceTheScheduleWasAgreed() {
      restructuring.agreeSchedule("INV-1", List.of(
          new InstalmentData(TODAY, new BigDecimal("6000.00")),
          new InstalmentData(TODAY.plusDays(30), new BigDecimal("4000.00"))), "svetlana");
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.RESTRUCTURED);
      verify(instalments).deleteByInvoiceNumber("INV-1");
      assertThat(deadlines.instalmentCheck("INV-1").toInstant()).as("three working days after 25 November, 09:00")
          .isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));

      invoice.pay(new BigDecimal("6000.00"), NOW);
      var afterGrace = new RestructuringStage(cases, instalments, deadlines, calendarOn("2026-11-30T06:00:00Z"),
          clock);
      assertThat(afterGrace.checkInstalments("INV-1")).isTrue();
      assertThat(saved).extracting(Instalment::getStatus).containsExactly(Instalment.Status.PAID,
          Instalment.Status.OPEN);
    }

    @Test
    void aMissedInstalmentBreaksTheSchedule() {
      restructuring.agreeSchedule("INV-1", List.of(
          new InstalmentData(TODAY, new BigDecimal("6000.00")),
          new InstalmentData(TODAY.plusDays(30), new BigDecimal("4000.00"))), "svetlana");
      invoice.pay(new BigDecimal("5999.99"), NOW);

      var afterGrace = new RestructuringStage(cases, instalments, deadlines, calendarOn("2026-11-30T06:00:00Z"),
          clock);
      assertThat(afterGrace.checkInstalments("INV-1")).isFalse();
      assertThat(saved).extracting(Instalment::getStatus).containsExactly(Instalment.Status.MISSED,
          Instalment.Status.OPEN);
      verify(history).record(eq(ReceivableService.CASE_TYPE), eq("INV-1"), eq("system"), eq("INSTALMENT_MISSED"),
          isNull(), eq("Instalment 1: " + rub("6000.00") + " due 25.11.2026"));
    }

    @Test
    void theLastInstalmentPaidKeepsTheSchedule() {
      restructuring.agreeSchedule("INV-1", List.of(new InstalmentData(TODAY, new BigDecimal("10000.00"))),
          "svetlana");
      invoice.pay(new BigDecimal("10000.00"), NOW);
      var later = new RestructuringStage(cases, instalments, deadlines, calendarOn("2026-12-01T06:00:00Z"), clock);
      assertThat(later.checkInstalments("INV-1")).isTrue();
      assertThat(saved).extracting(Instalment::getStatus).containsExactly(Instalment.Status.PAID);
    }
  }

  @Nested
  class WriteOff {

    final WriteOffStage writeOff = new WriteOffStage(cases, calendar, clock);

    @Test
    void aRefusalNeedsAReasonAnApprovalDoesNot() {
      assertThatThrownBy(() -> writeOff.recordWriteOffApproval("INV-1", false, null, "fedor"))
          .hasMessage("Say why the write-off is refused");
      writeOff.recordWriteOffApproval("INV-1", true, null, "fedor");
      verify(history).record(ReceivableService.CASE_TYPE, "INV-1", "fedor", "WRITE_OFF_APPROVED", null, null);
    }

    @Test
    void aWrittenOffInvoiceIsClosedToday() {
      writeOff.writeOff("INV-1");
      assertThat(invoice.getStatus()).isEqualTo(ReceivableStatus.WRITTEN_OFF);
      assertThat(invoice.getClosedOn()).isEqualTo(TODAY);
    }
  }

  @Nested
  class Deadlines {

    @Test
    void aPromiseIsCheckedTheMorningAfterItsGraceWorkingDays() {
      assertThat(deadlines.promiseCheck(LocalDate.of(2026, 11, 27))).as("Friday + 2 working days = Tuesday 09:00")
          .isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
      assertThat(deadlines.promiseCheck(LocalDate.of(2026, 11, 3))).as("4 November is a holiday")
          .isEqualTo(Instant.parse("2026-11-06T06:00:00Z"));
    }

    @Test
    void theHeadOfSalesDecidesByTheEndOfTheSecondWorkingDay() {
      assertThat(deadlines.decision().toInstant()).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
    }

    @Test
    void withoutADeadlineOfItsOwnTheManagerGetsTheConfiguredWorkingDays() {
      assertThat(deadlines.contact("INV-1").toInstant()).isEqualTo(Instant.parse("2026-11-27T15:00:00Z"));
    }
  }

  private WorkingDayCalendar calendarOn(String instant) {
    return new WorkingDayCalendar(new CalendarProperties(List.of("11-04"), List.of(), List.of()), zone,
        Clock.fixed(Instant.parse(instant), MOSCOW));
  }
}
