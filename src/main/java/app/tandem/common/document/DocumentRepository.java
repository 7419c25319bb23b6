package app.tandem.common.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, Long> {

  List<Document> findByCaseTypeAndCaseNumberOrderByUploadedAtAscIdAsc(String caseType, String caseNumber);

  boolean existsByStoragePath(String storagePath);
}
