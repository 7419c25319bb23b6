package app.tandem.payment;

/** What a payment is for, as the approval rules (DMN payment-approvers) see it. */
public enum PaymentCategory {
  GOODS, SERVICES, LOGISTICS, MARKETING, OTHER
}
