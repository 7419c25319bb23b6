package app.tandem.party;

/** Where money goes: the bank (BIK, correspondent account, name) and the settlement account in it. */
public record BankRequisites(String bik, String settlementAccount, String correspondentAccount, String bankName) {
}
