package app.tandem.common.history;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  List<CaseEvent> findByCaseTypeAndCaseNumberOrderByOccurredAtAscIdAsc(String caseType, String caseNumber);
}
