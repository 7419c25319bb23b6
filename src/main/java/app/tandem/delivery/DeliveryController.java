package app.tandem.delivery;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The approved delivery list of a day, and how well deliveries keep their dates. */
@RestController
class DeliveryController {

  private final DeliveryPlanning planning;
  private final DeliveryKpi kpi;

  DeliveryController(DeliveryPlanning planning, DeliveryKpi kpi) {
    this.planning = planning;
    this.kpi = kpi;
  }

  /** The list of a delivery date in its final order (a list still to approve shows the proposed ranking). */
  @GetMapping("/api/delivery-lists/{date}")
  @PreAuthorize(OrderController.READERS)
  DeliveryPlanning.ListView list(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return planning.get(date);
  }

  @GetMapping("/api/deliveries/kpi")
  @PreAuthorize("hasAnyAuthority('sales-heads', 'delivery', 'camunda-admin')")
  DeliveryKpi.Report kpi(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return kpi.of(from, to);
  }
}
