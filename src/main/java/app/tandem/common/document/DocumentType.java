package app.tandem.common.document;

import java.util.Arrays;
import java.util.Optional;

/** The file types Tandem accepts, recognised by their content, not their name. */
public enum DocumentType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});

  private final String contentType;
  private final String extension;
  private final byte[] signature;

  DocumentType(String contentType, String extension, byte[] signature) {
    this.contentType = contentType;
    this.extension = extension;
    this.signature = signature;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  static Optional<DocumentType> detect(byte[] content) {
    return Arrays.stream(values()).filter(type -> startsWith(content, type.signature)).findFirst();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
