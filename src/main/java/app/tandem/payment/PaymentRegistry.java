package app.tandem.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of payment requests for accounting and management: filtered, paged, exportable. */
@Service
public class PaymentRegistry {

  static final int MAX_PAGE_SIZE = 200;
  static final int MAX_EXPORT_ROWS = 50_000;

  private final PaymentRequestRepository requests;
  private final jakarta.persistence.EntityManager entities;

  PaymentRegistry(PaymentRequestRepository requests, jakarta.persistence.EntityManager entities) {
    this.requests = requests;
    this.entities = entities;
  }

  /**
   * What the filtered requests come to, per currency (the whole registry, not one page of it); rejected
   * requests count only when they are asked for ({@code status=REJECTED}), as nobody pays them.
   */
  @Transactional(readOnly = true)
  public java.util.Map<String, java.math.BigDecimal> totals(Filter filter) {
    var cb = entities.getCriteriaBuilder();
    var query = cb.createTupleQuery();
    var root = query.from(PaymentRequest.class);
    jakarta.persistence.criteria.Expression<String> currency = root.get("currency");
    jakarta.persistence.criteria.Expression<java.math.BigDecimal> amount = root.get("amount");
    var where = specification(filter).toPredicate(root, query, cb);
    if (filter.status() == null) {
      where = cb.and(where, cb.notEqual(root.get("status"), PaymentStatus.REJECTED));
    }
    query.multiselect(currency, cb.sum(amount)).where(where).groupBy(currency).orderBy(cb.asc(currency));
    var totals = new java.util.LinkedHashMap<String, java.math.BigDecimal>();
    entities.createQuery(query).getResultList().forEach(row -> totals.put(row.get(0, String.class),
        row.get(1, java.math.BigDecimal.class)));
    return totals;
  }

  /** What to list; {@code initiator} limits the list to one manager's own requests. */
  public record Filter(PaymentStatus status, LocalDate payByFrom, LocalDate payByTo, String contractorInn,
      String initiator) {
  }

  @Transactional(readOnly = true)
  public Page<PaymentRequest> page(Filter filter, int page, int size) {
    return requests.findAll(specification(filter),
        PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE), ORDER));
  }

  @Transactional(readOnly = true)
  public List<PaymentRequest> export(Filter filter) {
    return requests.findAll(specification(filter), PageRequest.of(0, MAX_EXPORT_ROWS, ORDER)).getContent();
  }

  private static final Sort ORDER = Sort.by(Sort.Order.asc("payBy"), Sort.Order.asc("number"));

  private static Specification<PaymentRequest> specification(Filter filter) {
    return (root, query, cb) -> {
      var conditions = new ArrayList<jakarta.persistence.criteria.Predicate>();
      if (filter.status() != null) {
        conditions.add(cb.equal(root.get("status"), filter.status()));
      }
      if (filter.payByFrom() != null) {
        conditions.add(cb.greaterThanOrEqualTo(root.get("payBy"), filter.payByFrom()));
      }
      if (filter.payByTo() != null) {
        conditions.add(cb.lessThanOrEqualTo(root.get("payBy"), filter.payByTo()));
      }
      if (filter.contractorInn() != null) {
        conditions.add(cb.equal(root.get("contractorInn"), filter.contractorInn()));
      }
      if (filter.initiator() != null) {
        conditions.add(cb.equal(root.get("initiator"), filter.initiator()));
      }
      return cb.and(conditions.toArray(jakarta.persistence.criteria.Predicate[]::new));
    };
  }
}
