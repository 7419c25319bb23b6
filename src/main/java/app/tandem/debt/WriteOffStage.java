package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.InvalidRequestException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing a debt off: finance approves or refuses the proposal, then the invoice is closed. */
@Service
public class WriteOffStage {

  private static final Logger LOG = LoggerFactory.getLogger(WriteOffStage.class);

  private final DebtCases cases;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  WriteOffStage(DebtCases cases, WorkingDayCalendar calendar, Clock clock) {
    this.cases = cases;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Transactional
  public void recordWriteOffApproval(String invoiceNumber, boolean approved, String comment, String actor) {
    if (!approved) {
      InvalidRequestException.requireText("comment", comment, "Say why the write-off is refused");
    }
    cases.record(invoiceNumber, actor, approved ? "WRITE_OFF_APPROVED" : "WRITE_OFF_REFUSED", null, comment);
  }

  @Transactional
  public void writeOff(String invoiceNumber) {
    var receivable = cases.get(invoiceNumber);
    receivable.close(ReceivableStatus.WRITTEN_OFF, calendar.today(), clock.instant());
    cases.record(invoiceNumber, "system", "WRITTEN_OFF", ReceivableStatus.WRITTEN_OFF.name(),
        receivable.balanceMoney().display() + " written off");
    LOG.info("Invoice {} of {} written off: {}", invoiceNumber, receivable.getCustomerName(), receivable.balanceMoney());
  }
}
