-- Case numbers per prefix and year (PR-2026-00042): the row is locked while a number is drawn.
create table case_number_counter (
    prefix     varchar(10) not null,
    number_year integer    not null,
    last_value bigint      not null,
    primary key (prefix, number_year)
);

-- Payment requests: raised by sales managers, approved by the head of sales (and finance above
-- thresholds), paid by accounting.

create table payment_request (
    number                varchar(20)              primary key,
    status                varchar(30)              not null,
    purpose               varchar(500)             not null,
    category              varchar(20)              not null,
    contractor_inn        varchar(12)              not null,
    contractor_name       varchar(255),
    invoice_number        varchar(64),
    invoice_date          date,
    amount                numeric(19, 2)           not null,
    currency              varchar(3)               not null,
    pay_by                date                     not null,
    kpp                   varchar(9),
    bik                   varchar(9),
    settlement_account    varchar(20),
    correspondent_account varchar(20),
    bank_name             varchar(255),
    payment_purpose       varchar(210),
    contractor_email      varchar(254),
    initiator             varchar(64)              not null,
    possible_duplicate_of varchar(20),
    payment_order_number  varchar(32),
    payment_order_date    date,
    idempotency_key       varchar(100),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint                   not null,
    constraint payment_request_idempotency unique (initiator, idempotency_key)
);

create index payment_request_by_status_pay_by on payment_request (status, pay_by);
create index payment_request_by_contractor on payment_request (contractor_inn, invoice_number);
