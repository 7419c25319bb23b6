package app.tandem.demo;

import app.tandem.party.BankRequisites;
import java.util.List;

/** The demo company's suppliers (payment requests) and customers (invoices, orders), with valid requisites. */
final class DemoCompanies {

  static final String SBERBANK_BIK = "044525225";
  static final String SBERBANK_CORRESPONDENT = "30101810400000000225";
  static final String TBANK_BIK = "044525974";
  static final String TBANK_CORRESPONDENT = "30101810145250000974";
  static final String ALFA_BIK = "044525593";
  static final String ALFA_CORRESPONDENT = "30101810200000000593";

  /** A supplier or customer: INN, name, KPP, e-mail address and bank account. */
  record Company(String inn, String name, String kpp, String email, BankRequisites requisites) {
  }

  static final Company ROMASHKA = new Company("7704123450", "ООО «Ромашка»", "770401001", "buh@romashka.example",
      new BankRequisites(SBERBANK_BIK, "40702810103800000117", SBERBANK_CORRESPONDENT, "ПАО Сбербанк"));
  static final Company MEBEL_STYLE = new Company("7715987606", "ООО «Мебель-Стиль»", "771501001",
      "finance@mebel-style.example",
      new BankRequisites(TBANK_BIK, "40702810403800000117", TBANK_CORRESPONDENT, "АО «ТБанк»"));
  static final Company LOGIST = new Company("5027112230", "ООО «ЛогистПро»", "502701001", "pay@logistpro.example",
      new BankRequisites(ALFA_BIK, "40702810703800000117", ALFA_CORRESPONDENT, "АО «Альфа-Банк»"));
  static final Company PRINT = new Company("7801564322", "ООО «Принт-Сервис»", "780101001", "office@print.example",
      new BankRequisites(SBERBANK_BIK, "40702810403800000134", SBERBANK_CORRESPONDENT, "ПАО Сбербанк"));
  static final Company KAZAN_TRADE = new Company("1660023454", "ООО «Казань-Трейд»", "166001001",
      "buh@kazan-trade.example",
      new BankRequisites(TBANK_BIK, "40702810703800000134", TBANK_CORRESPONDENT, "АО «ТБанк»"));
  static final Company SIBSTROY = new Company("5406987612", "АО «СибСтрой»", "540601001", "oplata@sibstroy.example",
      new BankRequisites(ALFA_BIK, "40702810003800000134", ALFA_CORRESPONDENT, "АО «Альфа-Банк»"));
  static final Company VOLGA = new Company("6312456706", "ООО «Волга-Опт»", "631201001", "zakaz@volga-opt.example",
      new BankRequisites(SBERBANK_BIK, "40702810703800000151", SBERBANK_CORRESPONDENT, "ПАО Сбербанк"));
  static final Company OFFICE_PLUS = new Company("7728345613", "ООО «Офис Плюс»", "772801001",
      "accounts@officeplus.example",
      new BankRequisites(TBANK_BIK, "40702810003800000151", TBANK_CORRESPONDENT, "АО «ТБанк»"));
  static final Company STROYMARKET = new Company("7709112236", "ООО «СтройМаркет»", "770901001",
      "buh@stroymarket.example",
      new BankRequisites(ALFA_BIK, "40702810303800000151", ALFA_CORRESPONDENT, "АО «Альфа-Банк»"));
  static final Company TATPROM = new Company("1655043215", "АО «ТатПром»", "165501001", "fin@tatprom.example",
      new BankRequisites(SBERBANK_BIK, "40702810903800000168", SBERBANK_CORRESPONDENT, "ПАО Сбербанк"));
  static final Company TECHNOSFERA = new Company("7730129874", "ООО «Техносфера»", "773001001",
      "pay@technosfera.example",
      new BankRequisites(TBANK_BIK, "40702810203800000168", TBANK_CORRESPONDENT, "АО «ТБанк»"));
  static final Company PODMOSKOVIE = new Company("5009123454", "ООО «Подмосковье-Снаб»", "500901001",
      "snab@podmoskovie.example",
      new BankRequisites(ALFA_BIK, "40702810503800000168", ALFA_CORRESPONDENT, "АО «Альфа-Банк»"));

  static final List<Company> COMPANIES = List.of(ROMASHKA, MEBEL_STYLE, LOGIST, PRINT, KAZAN_TRADE, SIBSTROY, VOLGA,
      OFFICE_PLUS, STROYMARKET, TATPROM, TECHNOSFERA, PODMOSKOVIE);

  private DemoCompanies() {
  }
}
