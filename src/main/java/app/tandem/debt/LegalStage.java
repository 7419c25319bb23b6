package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.process.FormValues;
import app.tandem.common.time.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Legal action on an invoice: the pre-trial claim and its statutory wait, then a lawsuit, a return or a write-off. */
@Service
public class LegalStage {

  private final DebtCases cases;
  private final DebtDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  LegalStage(DebtCases cases, DebtDeadlines deadlines, WorkingDayCalendar calendar, Clock clock) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What the lawyer decided after the claim: the route after {@code Task_LegalDecision}. */
  public enum LegalDecision { FILE, RETURN, WRITE_OFF }

  /** Records the pre-trial claim as sent on {@code sentOn} (not in the future); the statutory wait starts. */
  @Transactional
  public void claimSent(String invoiceNumber, LocalDate sentOn, String actor) {
    if (sentOn == null) {
      throw InvalidRequestException.of("claimSentOn", "Enter the date the claim was sent");
    }
    if (sentOn.isAfter(calendar.today())) {
      throw InvalidRequestException.of("claimSentOn", "The claim cannot be sent in the future (" + Dates.show(sentOn) + ")");
    }
    cases.get(invoiceNumber).claimSent(sentOn, clock.instant());
    cases.record(invoiceNumber, actor, "CLAIM_SENT", ReceivableStatus.IN_LEGAL.name(), "Pre-trial claim sent on "
        + Dates.show(sentOn) + "; the customer has until " + Dates.show(deadlines.claimAnswerDue(sentOn)));
  }

  @Transactional
  public void legalDecision(String invoiceNumber, LegalDecision decision, String caseNumber, String court,
      String comment, String actor) {
    if (decision == null) {
      throw InvalidRequestException.of("legalDecision", "Choose: file a lawsuit, return to the head of sales or "
          + "propose a write-off");
    }
    switch (decision) {
      case FILE -> {
        List<FieldProblem> problems = new ArrayList<>();
        if (caseNumber == null || caseNumber.isBlank()) {
          problems.add(new FieldProblem("lawsuitCaseNumber", "Enter the court's case number"));
        }
        if (court == null || court.isBlank()) {
          problems.add(new FieldProblem("court", "Enter the court"));
        }
        InvalidRequestException.throwIfAny(FormValues.problemsText(problems), problems);
        cases.get(invoiceNumber).lawsuitFiled(caseNumber.trim(), court.trim(), clock.instant());
        cases.record(invoiceNumber, actor, "LAWSUIT_FILED", null,
            "Case " + caseNumber.trim() + ", " + court.trim() + DebtCases.note(comment));
      }
      case RETURN -> {
        InvalidRequestException.requireText("comment", comment, "Say what the head of sales should know");
        cases.move(invoiceNumber, ReceivableStatus.ESCALATED, actor, "RETURNED_BY_LEGAL", comment);
      }
      case WRITE_OFF -> {
        InvalidRequestException.requireText("comment", comment, "Say why the debt cannot be recovered");
        cases.record(invoiceNumber, actor, "WRITE_OFF_PROPOSED", null, comment);
      }
    }
  }
}
