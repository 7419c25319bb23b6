package app.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.tandem.common.calendar.CalendarProperties;
import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.error.ConflictException;
import app.tandem.common.error.FieldProblem;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.history.CaseHistory;
import app.tandem.common.input.RecordLimits;
import app.tandem.common.time.BusinessTimeZone;
import app.tandem.delivery.OrderService.HoldDecision;
import app.tandem.identity.Staff;
import app.tandem.identity.TandemGroup;
import app.tandem.party.CounterpartyDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The business rules of orders without an engine or Spring: {@link OrderIntake} and {@link OrderService} over
 * mocked repositories and directory, the real delivery schedule and working-day calendar, a fixed clock.
 */
class OrderRulesTest {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  /** Wednesday 25 November 2026, 10:00 in Moscow: today's list (15:00) is still to come, so delivery is Friday. */
  static final Instant NOW = Instant.parse("2026-11-25T07:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

  final DeliveryOrderRepository repository = mock(DeliveryOrderRepository.class);
  final CounterpartyDirectory directory = mock(CounterpartyDirectory.class);
  final CaseHistory history = mock(CaseHistory.class);
  final Staff staff = mock(Staff.class);
  final RecordLimits limits = mock(RecordLimits.class);
  final Clock clock = Clock.fixed(NOW, MOSCOW);
  final BusinessTimeZone zone = new BusinessTimeZone(MOSCOW);
  final WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(List.of(), List.of(), List.of()),
      zone, clock);
  final DeliverySchedule schedule = new DeliverySchedule(new DeliveryProperties(LocalTime.of(15, 0), 10,
      BigDecimal.ZERO, 3, LocalTime.of(9, 0), LocalTime.of(18, 0), 1), calendar, zone, clock);
  final OrderService orders = new OrderService(repository, directory, history, schedule, clock);
  final OrderIntake intake = new OrderIntake(repository, orders, directory, staff, history, calendar, limits, clock);

  @BeforeEach
  void borisIsAKeyAccountManager() {
    when(staff.isMember("boris", TandemGroup.SALES_MANAGERS)).thenReturn(true);
    when(staff.isMember("boris", TandemGroup.SALES_KEY_ACCOUNTS)).thenReturn(true);
    when(staff.displayName("boris")).thenReturn("Boris Key");
    when(limits.problems(any(), anyString(), anySet(), anyMap())).thenReturn(List.of());
    when(repository.save(any(DeliveryOrder.class))).thenAnswer(call -> call.getArgument(0));
  }

  static List<String> fields(Throwable refused) {
    return ((InvalidRequestException) refused).fields().stream().map(FieldProblem::field).toList();
  }

  DeliveryOrder known(OrderData data) {
    var order = new DeliveryOrder(data, DeliveryTeam.valueOf(data.team()), NOW);
    when(repository.findById(data.orderNumber())).thenReturn(Optional.of(order));
    return order;
  }

  @Nested
  class Intake {

    @Test
    void aValidOrderHasNoProblems() {
      assertThat(intake.validate(DeliveryFixtures.order(FRIDAY))).isEmpty();
    }

    @Test
    void everyFieldIsCheckedAtOnce() {
      var o = DeliveryFixtures.order(FRIDAY);
      var bad = new OrderData(" ", "1234567890", "", "TRUCKS", new BigDecimal("-1"), "RUR", TODAY.minusDays(1), "",
          "", "", BigDecimal.ZERO, false, false, null, "POA-1", null, "nobody", "not-an-address");
      assertThat(intake.validate(bad)).extracting(FieldProblem::field).contains("orderNumber", "customerInn",
          "customerName", "team", "managerId", "value", "currency", "requestedDate", "address", "zone", "goods",
          "weightKg", "powerOfAttorneyValidUntil", "receiverName", "customerEmail");
      assertThat(intake.validate(new OrderData(o.orderNumber(), o.customerInn(), o.customerName(), o.team(),
          o.value(), o.currency(), TODAY.plusYears(1).plusDays(1), o.address(), o.zone(), o.goods(), o.weightKg(),
          false, false, null, null, null, o.managerId(), null))).extracting(FieldProblem::message)
          .containsExactly("Requested delivery date must be within a year");
    }

    @Test
    void aManagerOfTheOtherTeamCannotPlaceTheOrderForThisOne() {
      when(staff.isMember("anna", TandemGroup.SALES_MANAGERS)).thenReturn(true);
      when(staff.isMember("anna", TandemGroup.SALES_NEW_CLIENTS)).thenReturn(true);
      when(staff.displayName("anna")).thenReturn("Anna New");
      var o = DeliveryFixtures.order(FRIDAY);
      var byAnna = new OrderData(o.orderNumber(), o.customerInn(), o.customerName(), "KEY_ACCOUNTS", o.value(),
          o.currency(), o.requestedDate(), o.address(), o.zone(), o.goods(), o.weightKg(), false, false,
          o.receiverName(), o.powerOfAttorneyNumber(), o.powerOfAttorneyValidUntil(), "anna", o.customerEmail());
      assertThat(intake.validate(byAnna)).extracting(FieldProblem::message)
          .containsExactly("Anna New is not in the key accounts team");
    }

    @Test
    void theSameOrderTwiceIsReceivedOnceAndADifferentOneUnderItsNumberIsAConflict() {
      var data = DeliveryFixtures.order(FRIDAY);
      var first = intake.receive(data, "boris");
      assertThat(first.created()).isTrue();
      assertThat(first.warnings()).isEmpty();
      verify(directory).ensureCustomer(data.customerInn(), data.customerName(), data.customerEmail());

      when(repository.findById(data.orderNumber())).thenReturn(Optional.of(first.order()));
      assertThat(intake.receive(data, "boris").created()).isFalse();
      var changed = DeliveryFixtures.withLatePenalty(data);
      assertThatThrownBy(() -> intake.receive(changed, "boris")).isInstanceOf(ConflictException.class)
          .hasMessageContaining("already registered with different content");
      verify(repository).save(any());
    }

    @Test
    void anOrderWithoutAPowerOfAttorneyIsAcceptedWithAWarning() {
      var received = intake.receive(DeliveryFixtures.withoutPowerOfAttorney(DeliveryFixtures.order(FRIDAY)), "boris");
      assertThat(received.created()).isTrue();
      assertThat(received.warnings()).containsExactly("No power of attorney for the receiver: the manager is asked "
          + "to obtain a power of attorney before the order can go out");
    }

    @Test
    void anInvalidOrderIsNotSaved() {
      var o = DeliveryFixtures.order(FRIDAY);
      assertThatThrownBy(() -> intake.receive(DeliveryFixtures.withPowerOfAttorneyUntil(
          new OrderData(o.orderNumber(), o.customerInn(), o.customerName(), o.team(), o.value(), o.currency(),
              o.requestedDate(), o.address(), o.zone(), o.goods(), o.weightKg(), false, false, null,
              o.powerOfAttorneyNumber(), null, o.managerId(), o.customerEmail()), null), "boris"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("powerOfAttorneyValidUntil",
              "receiverName"));
      verify(repository, never()).save(any());
    }
  }

  @Nested
  class Checks {

    @Test
    void anOrderGoesOutOnlyWithAPowerOfAttorneyValidOnTheDeliveryDay() {
      var order = known(DeliveryFixtures.withPowerOfAttorneyUntil(DeliveryFixtures.order(FRIDAY), TODAY));
      var check = orders.check(order.getOrderNumber());
      assertThat(check.powerOfAttorneyValid()).isFalse();
      assertThat(check.powerOfAttorneyProblem()).isEqualTo("Power of attorney " + order.getPowerOfAttorneyNumber()
          + " is valid until 25.11.2026, before the delivery date 27.11.2026");
      assertThat(order.getStatus()).isEqualTo(OrderStatus.WAITING_FOR_POA);
    }

    @Test
    void aCustomerOnCreditHoldKeepsTheOrderUntilTheHeadOfSalesReleasesIt() {
      var order = known(DeliveryFixtures.order(FRIDAY));
      when(directory.isOnCreditHold(order.getCustomerInn())).thenReturn(true);
      assertThat(orders.check(order.getOrderNumber()).onCreditHold()).isTrue();
      assertThat(order.getStatus()).isEqualTo(OrderStatus.ON_HOLD);
      assertThatThrownBy(() -> orders.recordDelivered(order.getOrderNumber(), NOW, true, "dmitry"))
          .hasMessageContaining("is on credit hold: do not hand over the goods");

      orders.decideHold(order.getOrderNumber(), HoldDecision.RELEASE, "Paid in cash on delivery", "svetlana");
      assertThat(order.getStatus()).isEqualTo(OrderStatus.READY);
      assertThat(order.getHoldReleasedBy()).isEqualTo("svetlana");
      assertThat(orders.check(order.getOrderNumber()).onCreditHold()).as("released: the hold no longer stops it")
          .isFalse();
    }

    @Test
    void aPowerOfAttorneyMustCoverTheDeliveryDayAndNameTheReceiver() {
      var order = known(DeliveryFixtures.withoutPowerOfAttorney(DeliveryFixtures.order(FRIDAY)));
      assertThatThrownBy(() -> orders.providePowerOfAttorney(order.getOrderNumber(), " ", TODAY, null, "boris"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("powerOfAttorneyNumber",
              "powerOfAttorneyValidUntil", "receiverName"))
          .hasMessageContaining("valid at least until 2026-11-27");
      orders.providePowerOfAttorney(order.getOrderNumber(), " POA-9 ", FRIDAY, " Ivan Petrov ", "boris");
      assertThat(order.getPowerOfAttorneyNumber()).isEqualTo("POA-9");
      assertThat(order.getReceiverName()).isEqualTo("Ivan Petrov");
      verify(history).record(OrderService.CASE_TYPE, order.getOrderNumber(), "boris", "POWER_OF_ATTORNEY",
          order.getStatus().name(), "No. POA-9 for Ivan Petrov, valid until 27.11.2026");
    }
  }

  @Nested
  class Delivery {

    @Test
    void aDeliveryCannotBeRecordedInTheFutureAndSaysWhetherItWasOnTime() {
      var order = known(DeliveryFixtures.order(TODAY));
      assertThatThrownBy(() -> orders.recordDelivered(order.getOrderNumber(), NOW.plusSeconds(301), true, "dmitry"))
          .hasMessage("Delivery time must not be in the future");
      assertThatThrownBy(() -> orders.recordDelivered(order.getOrderNumber(), null, true, "dmitry"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("deliveredAt"));

      orders.recordDelivered(order.getOrderNumber(), NOW, false, "dmitry");
      assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
      verify(history).record(OrderService.CASE_TYPE, order.getOrderNumber(), "dmitry", "DELIVERED", "DELIVERED",
          "On time; signed documents NOT received");
    }

    @Test
    void aFailedDeliveryNeedsItsReason() {
      var order = known(DeliveryFixtures.order(FRIDAY));
      assertThatThrownBy(() -> orders.recordFailed(order.getOrderNumber(), "  ", "dmitry"))
          .satisfies(refused -> assertThat(fields(refused)).containsExactly("failureReason"));
      orders.recordFailed(order.getOrderNumber(), " Nobody at the gate ", "dmitry");
      assertThat(order.getStatus()).isEqualTo(OrderStatus.FAILED);
      assertThat(order.getFailedDeliveries()).isEqualTo(1);
    }

    @Test
    void anOrderIsFlaggedLateOnceAndNeverAfterItWasDelivered() {
      var order = known(DeliveryFixtures.order(TODAY));
      assertThat(orders.markLate(order.getOrderNumber())).isTrue();
      assertThat(orders.markLate(order.getOrderNumber())).as("already late").isFalse();
      var delivered = known(DeliveryFixtures.order(TODAY));
      orders.recordDelivered(delivered.getOrderNumber(), NOW, true, "dmitry");
      assertThat(orders.markLate(delivered.getOrderNumber())).isFalse();
      verify(history, never()).record(eq(OrderService.CASE_TYPE), eq(delivered.getOrderNumber()), any(), eq("LATE"),
          any(), any());
    }
  }
}
