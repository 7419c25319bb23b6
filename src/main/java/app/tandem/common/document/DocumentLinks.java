package app.tandem.common.document;

import java.util.LinkedHashMap;
import java.util.Map;

/** A kept document as a form lists it: what it is, its file name and the link that opens it. */
public final class DocumentLinks {

  private static final Map<String, String> KINDS = Map.of(
      "INVOICE", "Invoice",
      "PAYMENT_ORDER", "Payment order",
      "claim", "Pre-trial claim",
      "CLAIM", "Pre-trial claim");

  private DocumentLinks() {
  }

  /** What a kind of document is called (the code when Tandem has no name for it). */
  public static String kindLabel(String kind) {
    return KINDS.getOrDefault(kind, kind);
  }

  public static Map<String, Object> row(Document document, String href) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kind", kindLabel(document.getKind()));
    row.put("fileName", document.getFileName());
    row.put("href", href);
    return row;
  }
}
