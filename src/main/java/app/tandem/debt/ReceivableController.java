package app.tandem.debt;

import app.tandem.common.calendar.WorkingDayCalendar;
import app.tandem.common.document.Documents;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.HistoryEntry;
import app.tandem.identity.Callers;
import app.tandem.identity.TandemGroup;
import app.tandem.party.Counterparty;
import app.tandem.party.CounterpartyDirectory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Customer invoices from accounting (1C) and their payments; the invoice's collection status and
 * the ageing report for credit control. Managers see their own customers' invoices only.
 */
@RestController
@RequestMapping("/api/receivables")
class ReceivableController {

  static final String ACCOUNTING = "hasAnyAuthority('accounting', 'camunda-admin')";
  static final String READERS =
      "hasAnyAuthority('sales-managers', 'sales-heads', 'accounting', 'finance', 'legal', 'camunda-admin')";

  private final app.tandem.common.history.CaseHistory history;
  private final ReceivableService receivables;
  private final ReceivableImport importer;
  private final DebtCases cases;
  private final AgeingReport ageing;
  private final CounterpartyDirectory directory;
  private final Documents documents;
  private final WorkingDayCalendar calendar;

  ReceivableController(ReceivableService receivables, ReceivableImport importer, DebtCases cases,
      AgeingReport ageing, CounterpartyDirectory directory, Documents documents, WorkingDayCalendar calendar, app.tandem.common.history.CaseHistory history) {
    this.history = history;
    this.receivables = receivables;
    this.importer = importer;
    this.cases = cases;
    this.ageing = ageing;
    this.directory = directory;
    this.documents = documents;
    this.calendar = calendar;
  }

  record PaymentEntry(BigDecimal amount, LocalDate date, String reference, BigDecimal overpayment, Instant recordedAt) {
  }

  record PromiseEntry(LocalDate promisedDate, BigDecimal amount, Instant madeAt, String recordedBy, String outcome) {
  }

  record InstalmentEntry(int number, LocalDate dueDate, BigDecimal amount, String status) {
  }

  record DocumentEntry(long id, String kind, String fileName, String contentType, long size, Instant uploadedAt,
      String href) {
  }

  record Legal(LocalDate claimSentOn, String lawsuitCaseNumber, String court) {
  }

  record ReceivableView(String invoiceNumber, String customerInn, String customerName, String managerId,
      BigDecimal amount, String currency, LocalDate issueDate, LocalDate dueDate, String customerEmail,
      ReceivableStatus status, BigDecimal balance, BigDecimal overpaid, long daysOverdue, boolean customerOnCreditHold,
      String disputeReason, Legal legal, LocalDate closedOn, List<PaymentEntry> payments, List<PromiseEntry> promises,
      List<InstalmentEntry> schedule, List<DocumentEntry> documents, List<HistoryEntry> history) {
  }

  record PaymentResult(ReceivableView receivable, PaymentEntry payment, boolean overpaid) {
  }

  /** Registers an invoice: 201 when new, 200 when exactly this invoice is already known, 409 when it differs. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(ACCOUNTING)
  ResponseEntity<ReceivableView> register(@RequestBody ReceivableData data, Authentication caller) {
    var registered = receivables.register(data, caller.getName());
    return ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(view(registered.receivable()));
  }

  /** Imports invoices from CSV sent as the body ({@code text/csv}); answers per line. */
  @PostMapping(path = "/import", consumes = "text/csv")
  @PreAuthorize(ACCOUNTING)
  ReceivableImport.Report importCsv(@RequestBody byte[] csv, Authentication caller) {
    return importer.importCsv(utf8(csv), caller.getName());
  }

  /** Imports invoices from a CSV file uploaded as the multipart field {@code file}. */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(ACCOUNTING)
  ReceivableImport.Report importFile(@RequestPart(name = "file", required = false) MultipartFile file,
      Authentication caller) throws IOException {
    if (file == null || file.isEmpty()) {
      throw InvalidRequestException.of("file", "Attach the CSV file as the multipart field 'file'");
    }
    return importer.importCsv(utf8(file.getBytes()), caller.getName());
  }

  /** Records a customer's payment: 201, or 200 for a repeat of the same reference. */
  @PostMapping(path = "/{invoiceNumber}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(ACCOUNTING)
  ResponseEntity<PaymentResult> pay(@PathVariable String invoiceNumber,
      @RequestBody ReceivableService.PaymentData payment, Authentication caller) {
    var recorded = receivables.recordPayment(invoiceNumber, payment, caller.getName());
    var p = recorded.payment();
    var entry = new PaymentEntry(p.getAmount(), p.getPaidOn(), p.getReference(), p.getOverpayment(), p.getRecordedAt());
    return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new PaymentResult(view(receivables.get(invoiceNumber)), entry, p.getOverpayment().signum() > 0));
  }

  @GetMapping("/{invoiceNumber}")
  @PreAuthorize(READERS)
  ReceivableView get(@PathVariable String invoiceNumber, Authentication caller) {
    return view(visible(invoiceNumber, caller));
  }

  @GetMapping("/{invoiceNumber}/documents/{id}")
  @PreAuthorize(READERS)
  ResponseEntity<InputStreamResource> document(@PathVariable String invoiceNumber, @PathVariable long id,
      Authentication caller) {
    visible(invoiceNumber, caller);
    return documents.download(ReceivableService.CASE_TYPE, invoiceNumber, id);
  }

  /**
   * Open receivables by age per customer and manager, with totals per currency. A manager gets
   * their own customers (asking for another manager's is refused).
   */
  @GetMapping("/aging")
  @PreAuthorize(READERS)
  AgeingReport.Report aging(@RequestParam(required = false) String manager, Authentication caller) {
    if (isManagerOnly(caller)) {
      if (manager != null && !manager.equals(caller.getName())) {
        throw new AccessDeniedException("Managers see the ageing of their own customers only");
      }
      return ageing.of(caller.getName());
    }
    return ageing.of(manager == null || manager.isBlank() ? null : manager.trim());
  }

  private Receivable visible(String invoiceNumber, Authentication caller) {
    var receivable = receivables.get(invoiceNumber);
    if (isManagerOnly(caller) && !receivable.getManagerId().equals(caller.getName())) {
      throw new NotFoundException("No invoice " + invoiceNumber);
    }
    return receivable;
  }

  private static boolean isManagerOnly(Authentication caller) {
    return Callers.seesOnlyOwnCases(caller, TandemGroup.Ids.SALES_HEADS, TandemGroup.Ids.ACCOUNTING,
        TandemGroup.Ids.FINANCE, TandemGroup.Ids.LEGAL, TandemGroup.Ids.ADMINISTRATORS);
  }

  private ReceivableView view(Receivable r) {
    String number = r.getInvoiceNumber();
    return new ReceivableView(number, r.getCustomerInn(), r.getCustomerName(), r.getManagerId(), r.getAmount(),
        r.getCurrency(), r.getIssueDate(), r.getDueDate(), r.getCustomerEmail(), r.getStatus(), r.getBalance(),
        r.getOverpaid(), r.getStatus().isClosed() ? 0 : r.daysOverdue(calendar.today()),
        directory.find(r.getCustomerInn()).map(Counterparty::isOnCreditHold).orElse(false), r.getDisputeReason(),
        r.getClaimSentOn() == null ? null : new Legal(r.getClaimSentOn(), r.getLawsuitCaseNumber(), r.getCourt()),
        r.getClosedOn(),
        receivables.paymentsOf(number).stream().map(p -> new PaymentEntry(p.getAmount(), p.getPaidOn(),
            p.getReference(), p.getOverpayment(), p.getRecordedAt())).toList(),
        cases.promisesOf(number).stream().map(p -> new PromiseEntry(p.getPromisedOn(), p.getAmount(),
            p.getMadeAt(), p.getRecordedBy(), p.getOutcome().name())).toList(),
        cases.scheduleOf(number).stream().map(i -> new InstalmentEntry(i.getSeq(), i.getDueOn(), i.getAmount(),
            i.getStatus().name())).toList(),
        documents.of(ReceivableService.CASE_TYPE, number).stream().map(d -> new DocumentEntry(d.getId(), d.getKind(),
            d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getUploadedAt(),
            "/api/receivables/" + number + "/documents/" + d.getId())).toList(),
        history.entries(receivables.historyOf(number)));
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw InvalidRequestException.of("file", "The CSV must be UTF-8 encoded (save it in Excel as \"CSV UTF-8\")");
    }
  }
}
