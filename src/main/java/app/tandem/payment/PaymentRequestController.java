package app.tandem.payment;

import app.tandem.common.document.Documents;
import app.tandem.common.error.NotFoundException;
import app.tandem.common.history.HistoryEntry;
import app.tandem.common.input.Paging;
import app.tandem.identity.Callers;
import app.tandem.identity.TandemGroup;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment requests for other systems (CRM, 1C) and the registry for accounting. Sales managers
 * raise requests and see their own; heads of sales, finance and accounting see all of them.
 */
@RestController
@RequestMapping("/api/payment-requests")
class PaymentRequestController {

  static final String RAISERS = "hasAnyAuthority('sales-managers', 'camunda-admin')";
  static final String READERS = "hasAnyAuthority('sales-managers', 'sales-heads', 'finance', 'accounting', 'camunda-admin')";

  private final app.tandem.common.history.CaseHistory history;
  private final PaymentApprovalStarter starter;
  private final PaymentRequestService requests;
  private final PaymentRegistry registry;
  private final Documents documents;

  PaymentRequestController(PaymentApprovalStarter starter, PaymentRequestService requests, PaymentRegistry registry,
      Documents documents, app.tandem.common.history.CaseHistory history) {
    this.history = history;
    this.starter = starter;
    this.requests = requests;
    this.registry = registry;
    this.documents = documents;
  }

  record DocumentEntry(long id, String kind, String fileName, String contentType, long size, Instant uploadedAt,
      String uploadedBy, String href) {
  }

  record PaymentRequestView(String number, PaymentStatus status, String purpose, PaymentCategory category,
      String contractorInn, String contractorName, String invoiceNumber, LocalDate invoiceDate, BigDecimal amount,
      String currency, LocalDate payBy, String kpp, String bik, String settlementAccount, String correspondentAccount,
      String bankName, String paymentPurpose, String contractorEmail, String initiator, String possibleDuplicateOf,
      String paymentOrderNumber, LocalDate paymentOrderDate, List<DocumentEntry> documents, List<HistoryEntry> history) {
  }

  record RegistryPage(List<PaymentRequestView> items, int page, int size, long total,
      java.util.Map<String, BigDecimal> totals) {
  }

  /** Raises a request and starts its approval: 201 with its number and status; the same Idempotency-Key again: 200. */
  @PostMapping
  @PreAuthorize(RAISERS)
  ResponseEntity<PaymentRequestView> create(@RequestBody PaymentRequestFields fields,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller) {
    var created = starter.start(fields, caller.getName(), idempotencyKey).created();
    var view = view(requests.get(created.request().getNumber()), true);
    var location = URI.create("/api/payment-requests/" + view.number());
    return created.created() ? ResponseEntity.created(location).body(view) : ResponseEntity.ok().location(location).body(view);
  }

  @GetMapping("/{number}")
  @PreAuthorize(READERS)
  PaymentRequestView get(@PathVariable String number, Authentication caller) {
    return view(visible(number, caller), true);
  }

  @GetMapping
  @PreAuthorize(READERS)
  RegistryPage list(@RequestParam(required = false) PaymentStatus status,
      @RequestParam(required = false) LocalDate payByFrom, @RequestParam(required = false) LocalDate payByTo,
      @RequestParam(required = false) String contractorInn, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size, Authentication caller) {
    Paging.check(page, size);
    var filter = filter(status, payByFrom, payByTo, contractorInn, caller);
    var result = registry.page(filter, page, size);
    return new RegistryPage(result.getContent().stream().map(request -> view(request, false)).toList(),
        result.getNumber(), result.getSize(), result.getTotalElements(), registry.totals(filter));
  }

  /** The registry as a CSV file that opens correctly in Excel: UTF-8 with BOM, ';' separated, decimal comma. */
  @GetMapping("/export.csv")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> export(@RequestParam(required = false) PaymentStatus status,
      @RequestParam(required = false) LocalDate payByFrom, @RequestParam(required = false) LocalDate payByTo,
      @RequestParam(required = false) String contractorInn, Authentication caller) {
    var rows = registry.export(filter(status, payByFrom, payByTo, contractorInn, caller));
    var csv = new StringBuilder("\uFEFF");
    csv.append("Number;Status;Contractor INN;Contractor;Invoice;Invoice date;Amount;Currency;Pay by;What for;Category;"
        + "Payment order;Payment order date;Raised by\r\n");
    for (PaymentRequest request : rows) {
      var f = request.fields();
      csv.append(String.join(";", cell(request.getNumber()), cell(request.getStatus().label()), cell(f.contractorInn()),
          cell(f.contractorName()), cell(f.invoiceNumber()), cell(f.invoiceDate()), f.amount().toPlainString().replace('.', ','),
          cell(f.currency()), cell(f.payBy()), cell(f.purpose()), cell(f.category()), cell(request.getPaymentOrderNumber()),
          cell(request.getPaymentOrderDate()), cell(request.getInitiator()))).append("\r\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("payment-requests.csv").build().toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A document of the request, for the roles that see the request. */
  @GetMapping("/{number}/documents/{id}")
  @PreAuthorize(READERS)
  ResponseEntity<InputStreamResource> document(@PathVariable String number, @PathVariable long id,
      Authentication caller) {
    visible(number, caller);
    return documents.download(PaymentRequestService.CASE_TYPE, number, id);
  }

  /** A manager sees their own requests only; for anyone else a request they may not see does not exist. */
  private PaymentRequest visible(String number, Authentication caller) {
    var request = requests.get(number);
    if (onlyOwn(caller) && !request.getInitiator().equals(caller.getName())) {
      throw new NotFoundException("No payment request " + number);
    }
    return request;
  }

  private PaymentRegistry.Filter filter(PaymentStatus status, LocalDate from, LocalDate to, String inn,
      Authentication caller) {
    return new PaymentRegistry.Filter(status, from, to, inn == null || inn.isBlank() ? null : inn.trim(),
        onlyOwn(caller) ? caller.getName() : null);
  }

  private static boolean onlyOwn(Authentication caller) {
    return Callers.seesOnlyOwnCases(caller, TandemGroup.Ids.SALES_HEADS, TandemGroup.Ids.FINANCE,
        TandemGroup.Ids.ACCOUNTING, TandemGroup.Ids.ADMINISTRATORS);
  }

  private PaymentRequestView view(PaymentRequest request, boolean withDetails) {
    var f = request.fields();
    List<DocumentEntry> docs = withDetails ? documents.of(PaymentRequestService.CASE_TYPE, request.getNumber()).stream()
        .map(d -> new DocumentEntry(d.getId(), d.getKind(), d.getFileName(), d.getContentType(), d.getSizeBytes(),
            d.getUploadedAt(), d.getUploadedBy(), "/api/payment-requests/" + request.getNumber() + "/documents/" + d.getId()))
        .toList() : null;
    List<HistoryEntry> entries = withDetails ? this.history.entries(requests.historyOf(request.getNumber())) : null;
    return new PaymentRequestView(request.getNumber(), request.getStatus(), f.purpose(), f.category(), f.contractorInn(),
        f.contractorName(), f.invoiceNumber(), f.invoiceDate(), f.amount(), f.currency(), f.payBy(), f.kpp(), f.bik(),
        f.settlementAccount(), f.correspondentAccount(), f.bankName(), f.paymentPurpose(), f.contractorEmail(),
        request.getInitiator(), request.getPossibleDuplicateOf(), request.getPaymentOrderNumber(),
        request.getPaymentOrderDate(), docs, entries);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text; // a spreadsheet must not run it as a formula
    }
    return text.matches("(?s).*[;\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
