-- Case data lives once, in Tandem's tables: what the engine used to keep in variables for the forms
-- (the check's problems, who approves in which order) is stored with the case.

alter table payment_request add column check_problems varchar(4000);
-- the approving groups in order (DMN payment-approvers), e.g. "sales-heads,finance", and how many approved
alter table payment_request add column approvers varchar(200);
alter table payment_request add column approvals_given integer default 0 not null;
-- the fields as an API caller sent them (SHA-256), so that a repeat with the same Idempotency-Key and
-- any other value is recognised as a conflict
alter table payment_request add column request_fingerprint varchar(64);

-- the escalation's current dunning step (DMN dunning-policy) and the manager's contact deadline
alter table receivable add column dunning_action varchar(20);
alter table receivable add column dunning_wait_days integer;
alter table receivable add column dunning_reason varchar(500);
alter table receivable add column contact_due timestamp with time zone;
