package app.tandem.party.requisites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Public vectors (shared/testdata/requisites.md: banks' own requisites) and their one-digit mutations. */
class RequisitesTest {

  static final List<String> VALID_INNS = List.of("7707083893", "7736050003", "500100732259");
  /** BIK and the matching correspondent account, as the banks publish them. */
  static final List<String[]> BANKS = List.of(
      new String[] {"044525225", "30101810400000000225"},
      new String[] {"044525974", "30101810145250000974"},
      new String[] {"044525593", "30101810200000000593"});
  static final List<String> SETTLEMENT_ACCOUNTS_AT_SBERBANK = List.of("40702810303800000001", "40702810153800000002");

  @ParameterizedTest
  @ValueSource(strings = {"7707083893", "7736050003", "500100732259"})
  void publishedInnsAreValid(String inn) {
    assertThat(Requisites.checkInn(inn)).isEmpty();
  }

  /** Every one-digit change of a published INN is caught, except where the mod-11-mod-10 rule maps 10 to 0. */
  @ParameterizedTest
  @MethodSource("innMutations")
  void oneDigitMutationsOfInnsAreInvalid(String mutated) {
    assertThat(Requisites.checkInn(mutated)).hasValueSatisfying(message -> assertThat(message).contains("control digit"));
  }

  static Stream<String> innMutations() {
    return VALID_INNS.stream().flatMap(RequisitesTest::mutations)
        .filter(mutated -> !collidesUnderModulo11(mutated));
  }

  @Test
  void mutationsOfTheControlDigitsAreAlwaysCaught() {
    for (String inn : VALID_INNS) {
      int last = inn.length() - 1;
      assertThat(Requisites.checkInn(mutate(inn, last))).as(inn).isPresent();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "77070838,'INN must have 10 digits (organisation) or 12 digits (individual entrepreneur), not 8'",
      "77070838931,'INN must have 10 digits (organisation) or 12 digits (individual entrepreneur), not 11'",
      "77O7083893,INN must contain digits only",
      "7707083894,INN control digit is wrong: check the number",
      "500100732258,INN control digits are wrong: check the number"})
  void innProblemsAreSpecific(String inn, String message) {
    assertThat(Requisites.checkInn(inn)).hasValue(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"773601001", "7736AB001", "500101001"})
  void validKpps(String kpp) {
    assertThat(Requisites.checkKpp(kpp)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "77360100,'KPP must have 9 characters, not 8'",
      "7736ab001,'KPP must be 4 digits, then 2 digits or capital Latin letters, then 3 digits (e.g. 773601001)'",
      "A73601001,'KPP must be 4 digits, then 2 digits or capital Latin letters, then 3 digits (e.g. 773601001)'"})
  void kppProblemsAreSpecific(String kpp, String message) {
    assertThat(Requisites.checkKpp(kpp)).hasValue(message);
  }

  @ParameterizedTest
  @CsvSource({"04452522,'BIK must have 9 digits, not 8'", "04452522X,BIK must contain digits only",
      "144525225,'BIK must start with 04, the code of Russia'"})
  void bikProblemsAreSpecific(String bik, String message) {
    assertThat(Requisites.checkBik(bik)).hasValue(message);
  }

  @ParameterizedTest
  @MethodSource("banks")
  void publishedCorrespondentAccountsMatchTheirBiks(String bik, String account) {
    assertThat(Requisites.checkBik(bik)).isEmpty();
    assertThat(Requisites.checkCorrespondentAccount(account, bik)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("correspondentAccountMutations")
  void oneDigitMutationsOfCorrespondentAccountsAreInvalid(String bik, String mutated) {
    assertThat(Requisites.checkCorrespondentAccount(mutated, bik)).isPresent();
  }

  @Test
  void correspondentAccountOfAnotherBankDoesNotMatch() {
    assertThat(Requisites.checkCorrespondentAccount("30101810145250000974", "044525225"))
        .hasValue("Correspondent account does not match the BIK 044525225: check both numbers");
  }

  @ParameterizedTest
  @ValueSource(strings = {"40702810303800000001", "40702810153800000002"})
  void constructedSettlementAccountsMatchSberbank(String account) {
    assertThat(Requisites.checkSettlementAccount(account, "044525225")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("settlementAccountMutations")
  void oneDigitMutationsOfSettlementAccountsAreInvalid(String mutated) {
    assertThat(Requisites.checkSettlementAccount(mutated, "044525225"))
        .hasValue("Settlement account does not match the BIK 044525225: check both numbers");
  }

  @Test
  void oneDigitMutationsOfTheBikBreakTheSettlementAccountKey() {
    for (int position = 6; position < 9; position++) {
      String bik = mutate("044525225", position);
      assertThat(Requisites.checkSettlementAccount("40702810303800000001", bik)).as(bik).isPresent();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "4070281030380000000,'Settlement account must have 20 digits, not 19'",
      "4070281030380000000X,Settlement account must contain digits only"})
  void settlementAccountFormatProblemsAreSpecific(String account, String message) {
    assertThat(Requisites.checkSettlementAccount(account, "044525225")).hasValue(message);
  }

  @Test
  void correspondentAccountMustStartWith301() {
    assertThat(Requisites.checkCorrespondentAccount("40702810303800000001", "044525225"))
        .hasValue("Correspondent account must start with 301");
  }

  @Test
  void accountKeyIsNotCheckedAgainstAnInvalidBik() {
    assertThat(Requisites.checkSettlementAccount("40702810303800000001", "0445")).isEmpty();
  }

  static Stream<Arguments> banks() {
    return BANKS.stream().map(bank -> Arguments.of(bank[0], bank[1]));
  }

  static Stream<Arguments> correspondentAccountMutations() {
    // positions after the 301 prefix, which has its own message
    return BANKS.stream().flatMap(bank -> IntStream.range(3, 20)
        .mapToObj(position -> Arguments.of(bank[0], mutate(bank[1], position))));
  }

  static Stream<String> settlementAccountMutations() {
    return SETTLEMENT_ACCOUNTS_AT_SBERBANK.stream().flatMap(RequisitesTest::mutations);
  }

  /** Each digit in turn replaced by the next digit (9 → 0). */
  static Stream<String> mutations(String number) {
    return IntStream.range(0, number.length()).mapToObj(position -> mutate(number, position));
  }

  static String mutate(String number, int position) {
    char next = (char) ('0' + (number.charAt(position) - '0' + 1) % 10);
    return number.substring(0, position) + next + number.substring(position + 1);
  }

  /**
   * INN control digits are (weighted sum mod 11) mod 10, so a change that moves the remainder
   * between 0 and 10 keeps the control digit: a documented blind spot of the algorithm itself.
   */
  static boolean collidesUnderModulo11(String mutated) {
    if (mutated.length() == 10) {
      int[] w = {2, 4, 10, 3, 5, 9, 4, 6, 8};
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (mutated.charAt(i) - '0') * w[i];
      }
      return sum % 11 % 10 == mutated.charAt(9) - '0';
    }
    return false;
  }
}
