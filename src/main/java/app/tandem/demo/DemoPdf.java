package app.tandem.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A one-page PDF with a few lines of text (ASCII, Helvetica): the demo's invoices, payment orders and claims. */
final class DemoPdf {

  private DemoPdf() {
  }

  static byte[] of(String... lines) {
    var text = new StringBuilder("BT /F1 14 Tf 72 770 Td 18 TL\n");
    for (String line : lines) {
      text.append('(').append(escape(line)).append(") Tj T*\n");
    }
    text.append("ET\n");
    String content = text.toString();
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + content.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + content + "endstream");
    var out = new ByteArrayOutputStream();
    write(out, "%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) {
      write(out, String.format("%010d 00000 n \n", offset));
    }
    write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static String escape(String line) {
    var ascii = new StringBuilder();
    for (char c : line.toCharArray()) {
      ascii.append(c < 32 || c > 126 ? '?' : c);
    }
    return ascii.toString().replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
