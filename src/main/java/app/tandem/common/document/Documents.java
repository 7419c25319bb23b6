package app.tandem.common.document;

import app.tandem.common.error.InvalidRequestException;
import app.tandem.common.error.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of business cases, kept as files under {@code tandem.documents.root} in one folder
 * per case (e.g. {@code payments/2026/PR-2026-00042/invoice.pdf}). A file is accepted only if its
 * content is one of the allowed types, it is within the size limit, and its name is a plain file
 * name; uploading the same file again to the same case returns the document already kept.
 */
@Service
public class Documents {

  private static final Logger LOG = LoggerFactory.getLogger(Documents.class);
  private static final Pattern FOLDER_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N} ._()-]");
  private static final int MAX_NAME_LENGTH = 120;

  private final DocumentRepository documents;
  private final DocumentProperties properties;
  private final Clock clock;

  Documents(DocumentRepository documents, DocumentProperties properties, Clock clock) {
    this.documents = documents;
    this.properties = properties;
    this.clock = clock;
  }

  /** A file as a user or another system sent it. */
  public record Upload(String fileName, byte[] content) {
  }

  /** Where a document belongs: the case, its folder below the root, and what kind of document it is. */
  public record Placement(String caseType, String caseNumber, String folder, String kind) {
  }

  /**
   * Keeps the file for the case.
   *
   * @param field the form or API field the file came from, named in any problem reported
   * @throws InvalidRequestException with a message on {@code field} when the file is refused
   */
  @Transactional
  public Document attach(Placement placement, String field, Upload upload, Set<DocumentType> allowed, String actor) {
    byte[] content = upload.content() == null ? new byte[0] : upload.content();
    String name = plainFileName(field, upload.fileName());
    if (content.length == 0) {
      throw InvalidRequestException.of(field, "The file is empty");
    }
    if (content.length > properties.maxSize().toBytes()) {
      throw InvalidRequestException.of(field, "The file is larger than " + properties.maxSize().toMegabytes() + " MB");
    }
    DocumentType type = DocumentType.detect(content).filter(allowed::contains)
        .orElseThrow(() -> InvalidRequestException.of(field, "The file must be a " + describe(allowed)
            + " document; its content is not"));
    name = withExtension(name, type);
    String sha256 = sha256(content);

    var existing = documents.findByCaseTypeAndCaseNumberOrderByUploadedAtAscIdAsc(placement.caseType(), placement.caseNumber())
        .stream().filter(d -> d.getSha256().equals(sha256) && d.getKind().equals(placement.kind())).findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }

    Path folder = resolve(folderPath(placement.folder()));
    String storagePath = freePath(placement.folder(), name);
    write(folder, resolve(storagePath), content);
    Document document = documents.save(new Document(placement.caseType(), placement.caseNumber(), placement.kind(),
        Path.of(storagePath).getFileName().toString(), storagePath, type, content.length, sha256, actor,
        clock.instant()));
    LOG.info("Stored {} {} of {} {} ({} bytes) for {}", placement.kind(), storagePath, placement.caseType(),
        placement.caseNumber(), content.length, actor);
    return document;
  }

  @Transactional(readOnly = true)
  public List<Document> of(String caseType, String caseNumber) {
    return documents.findByCaseTypeAndCaseNumberOrderByUploadedAtAscIdAsc(caseType, caseNumber);
  }

  @Transactional(readOnly = true)
  public Document get(long id) {
    return documents.findById(id).orElseThrow(() -> new NotFoundException("No document " + id));
  }

  /** The document's content; the caller closes the stream. */
  public InputStream open(Document document) {
    try {
      return Files.newInputStream(resolve(document.getStoragePath()));
    } catch (IOException e) {
      throw new UncheckedIOException("Document " + document.getStoragePath() + " cannot be read", e);
    }
  }

  private static String plainFileName(String field, String fileName) {
    InvalidRequestException.requireText(field, fileName, "The file needs a name");
    String name = fileName.trim();
    if (name.contains("/") || name.contains("\\") || name.contains("..") || name.chars().anyMatch(c -> c < 0x20)) {
      throw InvalidRequestException.of(field, "The file name must be a plain name, without folders or '..'");
    }
    name = UNSAFE_NAME_CHARACTERS.matcher(name).replaceAll("_");
    if (name.length() > MAX_NAME_LENGTH) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 ? name.substring(dot) : "";
      name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
    }
    return name;
  }

  private static String withExtension(String name, DocumentType type) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean matches = lower.endsWith("." + type.extension()) || (type == DocumentType.JPEG && lower.endsWith(".jpeg"));
    return matches ? name : name + "." + type.extension();
  }

  private static String folderPath(String folder) {
    for (String segment : folder.split("/")) {
      if (!FOLDER_SEGMENT.matcher(segment).matches()) {
        throw new IllegalArgumentException("Not a safe document folder: " + folder);
      }
    }
    return folder;
  }

  /** The name itself, or "name (2).ext", "name (3).ext"... if another file already has it. */
  private String freePath(String folder, String name) {
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    String candidate = folder + "/" + name;
    for (int n = 2; documents.existsByStoragePath(candidate) || Files.exists(resolve(candidate)); n++) {
      candidate = folder + "/" + base + " (" + n + ")" + extension;
    }
    return candidate;
  }

  private Path resolve(String relative) {
    Path root = properties.root().toAbsolutePath().normalize();
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("Path outside the document root: " + relative);
    }
    return path;
  }

  private static void write(Path folder, Path target, byte[] content) {
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, ".upload-", ".tmp");
      Files.write(temporary, content);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store " + target, e);
    }
  }

  private static String describe(Set<DocumentType> allowed) {
    return allowed.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")).replaceFirst(", ([A-Z]+)$", " or $1");
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The document {@code id} of the case as an HTTP download (attachment, its own content type and
   * file name); 404 when it belongs to another case.
   */
  public ResponseEntity<InputStreamResource> download(String caseType, String caseNumber, long id) {
    var document = get(id);
    if (!document.getCaseNumber().equals(caseNumber) || !document.getCaseType().equals(caseType)) {
      throw new NotFoundException("No document " + id + " in " + caseNumber);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.getContentType()))
        .contentLength(document.getSizeBytes())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
        .body(new InputStreamResource(open(document)));
  }
}
