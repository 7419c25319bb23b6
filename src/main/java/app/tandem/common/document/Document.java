package app.tandem.common.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored file of a business case. */
@Entity
@Table(name = "document")
public class Document {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_type", nullable = false, updatable = false)
  private String caseType;
  @Column(name = "case_number", nullable = false, updatable = false)
  private String caseNumber;
  @Column(nullable = false, updatable = false)
  private String kind;
  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;
  @Column(name = "storage_path", nullable = false, updatable = false)
  private String storagePath;
  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;
  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;
  @Column(nullable = false, updatable = false)
  private String sha256;
  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;
  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected Document() {
  }

  Document(String caseType, String caseNumber, String kind, String fileName, String storagePath,
      DocumentType type, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
    this.caseType = caseType;
    this.caseNumber = caseNumber;
    this.kind = kind;
    this.fileName = fileName;
    this.storagePath = storagePath;
    this.contentType = type.contentType();
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCaseType() {
    return caseType;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getStoragePath() {
    return storagePath;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
