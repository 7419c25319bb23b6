package app.tandem.debt;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The timing of overdue-debt collection ({@code tandem.debt.*}). Times are in the business time
 * zone; the dunning steps themselves are in the DMN table {@code dunning-policy}.
 *
 * @param scanTime when the daily scan for newly overdue invoices runs (working days only)
 * @param reportDay the day of the weekly ageing report
 * @param reportTime when the weekly ageing report is sent
 * @param reviewTime when the month-end "Review hard cases" task is created (last day of the month)
 * @param contactWorkingDays how long the manager has to reach the customer
 * @param decisionWorkingDays how long the head of sales has to decide
 * @param promiseGraceWorkingDays how long after the promised date a payment still counts as on time
 * @param instalmentGraceWorkingDays the same for instalments of a payment schedule
 * @param claimAnswerDays the statutory wait after a pre-trial claim, in calendar days
 * @param brokenPromiseMonths how far back the customer's broken promises count for the dunning policy
 */
@ConfigurationProperties("tandem.debt")
public record DebtProperties(
    @DefaultValue("08:00") LocalTime scanTime,
    @DefaultValue("MONDAY") DayOfWeek reportDay,
    @DefaultValue("09:00") LocalTime reportTime,
    @DefaultValue("09:00") LocalTime reviewTime,
    @DefaultValue("2") int contactWorkingDays,
    @DefaultValue("2") int decisionWorkingDays,
    @DefaultValue("2") int promiseGraceWorkingDays,
    @DefaultValue("3") int instalmentGraceWorkingDays,
    @DefaultValue("30") int claimAnswerDays,
    @DefaultValue("12") int brokenPromiseMonths) {
}
