package app.tandem.debt;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One customer invoice as accounting sends it ({@code POST /api/receivables}, a CSV line). */
public record ReceivableData(String invoiceNumber, String customerInn, String customerName, String managerId,
    BigDecimal amount, String currency, LocalDate issueDate, LocalDate dueDate, String customerEmail) {
}
