package app.tandem.demo;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.form.TaskForms;
import app.tandem.debt.DunningStage;
import app.tandem.debt.OverdueDebtEscalationStarter;
import app.tandem.debt.ReceivableService;
import app.tandem.delivery.DeliveryPlanning;
import app.tandem.delivery.DeliveryPrioritisationStarter;
import app.tandem.party.CounterpartyDirectory;
import app.tandem.party.CounterpartyDirectory.CounterpartyData;
import app.tandem.payment.PaymentApprovalStarter;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A believable trading company for the demo profile, so that every demo user finds work on first login:
 * counterparties with valid requisites, payment requests at every status, overdue invoices at every stage
 * of the escalation, orders of both teams (one on credit hold, one waiting for a power of attorney), the
 * day's deliveries from yesterday's approved list and tomorrow's list to approve.
 *
 * <p>Every case is brought to where it stands the way staff would do it — the same starts, form
 * submissions and services, in the name of the person who would act — so the data is what the
 * processes make of it, history included. Runs once, on an empty database, before the job executor
 * starts ({@code tandem.demo.enabled} and {@code tandem.demo.data}; {@code prod} seeds nothing). One class per
 * process area ({@link DemoPayments}, {@link DemoDebts}, {@link DemoDeliveries}) over {@link DemoCompanies}, acting
 * through {@link DemoStaff}.
 */
@Component
@ConditionalOnProperty(prefix = "tandem.demo", name = {"enabled", "data"}, havingValue = "true")
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final CounterpartyDirectory directory;
  private final WorkingDayCalendar calendar;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DemoPayments payments;
  private final DemoDebts debts;
  private final DemoDeliveries deliveries;

  DemoData(ProcessEngine engine, TaskForms forms, CounterpartyDirectory directory, PaymentApprovalStarter payments,
      ReceivableService receivables, DunningStage dunning, OverdueDebtEscalationStarter escalations,
      DeliveryPrioritisationStarter orders, DeliveryPlanning planning, WorkingDayCalendar calendar, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, java.time.Clock clock, app.tandem.common.time.BusinessTimeZone zone) {
    this.transaction = new TransactionTemplate(transactions);
    this.directory = directory;
    this.calendar = calendar;
    this.jdbc = jdbc;
    var staff = new DemoStaff(engine, forms);
    this.payments = new DemoPayments(payments, staff);
    this.debts = new DemoDebts(engine, receivables, dunning, escalations, calendar, staff);
    this.deliveries = new DemoDeliveries(engine, orders, planning, calendar, clock, zone, staff);
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer cases = jdbc.queryForObject("select (select count(*) from payment_request) + (select count(*) from receivable)"
        + " + (select count(*) from delivery_order) + (select count(*) from counterparty)", Integer.class);
    if (cases != null && cases > 0) {
      LOG.info("Demo data: the database already holds cases; nothing seeded");
      return;
    }
    LocalDate today = calendar.today();
    LOG.info("Demo data: seeding a trading company for {}", today);
    // all or nothing: a failure leaves an empty database, seeded again on the next start
    transaction.executeWithoutResult(status -> {
      counterparties();
      payments.seed(today);
      debts.seed(today);
      deliveries.seed(today);
    });
    LOG.info("Demo data: seeded; every demo user has work in Tasklist");
  }

  // ---- the directory ----

  private void counterparties() {
    for (DemoCompanies.Company company : DemoCompanies.COMPANIES) {
      directory.save(new CounterpartyData(company.inn(), company.name(), company.kpp(), company.email(),
          company.requisites()), true);
    }
  }
}
