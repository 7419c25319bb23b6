package app.tandem.common.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.common.document.Documents.Placement;
import app.tandem.common.document.Documents.Upload;
import app.tandem.common.error.InvalidRequestException;
import app.tandem.support.TandemSpringTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemSpringTest
class DocumentsTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] OTHER_PDF = "%PDF-1.4\n% another invoice\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
  static final byte[] WINDOWS_EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
  static final Set<DocumentType> INVOICE_TYPES = Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG);

  @Autowired
  Documents documents;
  @Autowired
  DocumentProperties properties;

  static Placement invoiceOf(String number) {
    return new Placement("payment-request", number, "payments/2026/" + number, "INVOICE");
  }

  @Test
  void keepsTheFileInTheCaseFolderWithItsMetadata() throws Exception {
    Document document = documents.attach(invoiceOf("PR-2026-00042"), "invoiceFile", new Upload("invoice.pdf", PDF),
        INVOICE_TYPES, "anna");

    assertThat(document.getStoragePath()).isEqualTo("payments/2026/PR-2026-00042/invoice.pdf");
    assertThat(document.getContentType()).isEqualTo("application/pdf");
    assertThat(document.getSizeBytes()).isEqualTo(PDF.length);
    assertThat(document.getUploadedBy()).isEqualTo("anna");
    assertThat(Files.readAllBytes(properties.root().resolve("payments/2026/PR-2026-00042/invoice.pdf"))).isEqualTo(PDF);
    try (var content = documents.open(document)) {
      assertThat(content.readAllBytes()).isEqualTo(PDF);
    }
    assertThat(documents.of("payment-request", "PR-2026-00042")).extracting(Document::getId).containsExactly(document.getId());
  }

  @Test
  void theSameFileAgainIsTheSameDocument() {
    Document first = documents.attach(invoiceOf("PR-2026-00043"), "invoiceFile", new Upload("invoice.pdf", PDF),
        INVOICE_TYPES, "anna");
    Document again = documents.attach(invoiceOf("PR-2026-00043"), "invoiceFile", new Upload("invoice.pdf", PDF),
        INVOICE_TYPES, "anna");

    assertThat(again.getId()).isEqualTo(first.getId());
    assertThat(documents.of("payment-request", "PR-2026-00043")).hasSize(1);
  }

  @Test
  void anotherFileWithTheSameNameIsKeptBesideTheFirst() {
    documents.attach(invoiceOf("PR-2026-00044"), "invoiceFile", new Upload("invoice.pdf", PDF), INVOICE_TYPES, "anna");
    Document corrected = documents.attach(invoiceOf("PR-2026-00044"), "invoiceFile",
        new Upload("invoice.pdf", OTHER_PDF), INVOICE_TYPES, "anna");

    assertThat(corrected.getStoragePath()).isEqualTo("payments/2026/PR-2026-00044/invoice (2).pdf");
    assertThat(documents.of("payment-request", "PR-2026-00044")).hasSize(2);
  }

  @Test
  void typeComesFromTheContentAndTheNameGetsItsExtension() {
    Document scan = documents.attach(invoiceOf("PR-2026-00045"), "invoiceFile", new Upload("scan", JPEG),
        INVOICE_TYPES, "anna");
    Document photo = documents.attach(invoiceOf("PR-2026-00045"), "invoiceFile", new Upload("photo.png", PNG),
        INVOICE_TYPES, "anna");

    assertThat(scan.getFileName()).isEqualTo("scan.jpg");
    assertThat(scan.getContentType()).isEqualTo("image/jpeg");
    assertThat(photo.getContentType()).isEqualTo("image/png");
  }

  @Test
  void cyrillicNamesAreKeptAndUnsafeCharactersReplaced() {
    Document document = documents.attach(invoiceOf("PR-2026-00046"), "invoiceFile",
        new Upload("Счёт №15 от 01.11.pdf", PDF), INVOICE_TYPES, "anna");

    assertThat(document.getFileName()).isEqualTo("Счёт _15 от 01.11.pdf");
  }

  @Test
  void anExecutableRenamedPdfIsRefused() {
    assertRefused(new Upload("invoice.pdf", WINDOWS_EXECUTABLE), "The file must be a PDF, JPEG or PNG document; its content is not");
  }

  @Test
  void pathsInFileNamesAreRefused() {
    assertRefused(new Upload("../../x.pdf", PDF), "The file name must be a plain name, without folders or '..'");
    assertRefused(new Upload("..\\x.pdf", PDF), "The file name must be a plain name, without folders or '..'");
    assertRefused(new Upload("/etc/passwd", PDF), "The file name must be a plain name, without folders or '..'");
  }

  @Test
  void emptyNamelessAndTooLargeFilesAreRefused() {
    byte[] tooLarge = new byte[(int) properties.maxSize().toBytes() + 1];
    System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);

    assertRefused(new Upload("invoice.pdf", new byte[0]), "The file is empty");
    assertRefused(new Upload(" ", PDF), "The file needs a name");
    assertRefused(new Upload("invoice.pdf", tooLarge), "The file is larger than 10 MB");
  }

  @Test
  void onlyTheAllowedTypesAreAccepted() {
    assertThatThrownBy(() -> documents.attach(invoiceOf("PR-2026-00048"), "paymentOrderFile", new Upload("order.png", PNG),
        Set.of(DocumentType.PDF), "olga"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fields().get(0).message())
            .isEqualTo("The file must be a PDF document; its content is not"));
  }

  private void assertRefused(Upload upload, String message) {
    assertThatThrownBy(() -> documents.attach(invoiceOf("PR-2026-00047"), "invoiceFile", upload, INVOICE_TYPES, "anna"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.fields()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("invoiceFile");
            assertThat(problem.message()).isEqualTo(message);
          });
        });
    assertThat(documents.of("payment-request", "PR-2026-00047")).isEmpty();
  }
}
