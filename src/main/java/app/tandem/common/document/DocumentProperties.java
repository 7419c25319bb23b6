package app.tandem.common.document;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Where documents are kept ({@code tandem.documents.root}) and how large one may be. */
@ConfigurationProperties("tandem.documents")
public record DocumentProperties(Path root, DataSize maxSize) {

  public DocumentProperties {
    root = root == null ? Path.of("documents") : root;
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
  }
}
