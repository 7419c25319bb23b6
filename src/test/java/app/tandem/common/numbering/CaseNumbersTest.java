package app.tandem.common.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.support.TandemSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TandemSpringTest
class CaseNumbersTest {

  @Autowired
  CaseNumbers numbers;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aYearsNumbersContinueAfterTheLastOneTheCounterTableGave() {
    jdbc.update("insert into case_number_counter (prefix, number_year, last_value) values ('ZZ', 2031, 41)");

    assertThat(numbers.next("ZZ", 2031)).isEqualTo("ZZ-2031-00042");
    assertThat(numbers.next("ZZ", 2031)).isEqualTo("ZZ-2031-00043");
    assertThat(numbers.next("ZZ", 2032)).as("a new year starts at 1").isEqualTo("ZZ-2032-00001");
  }

  @Test
  void numbersDrawnAtOnceAreUnique() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> draws = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        draws.add(() -> numbers.next("YY", 2033));
      }
      List<String> drawn = new ArrayList<>();
      for (Future<String> number : pool.invokeAll(draws)) {
        drawn.add(number.get());
      }
      assertThat(drawn).doesNotHaveDuplicates().hasSize(200).contains("YY-2033-00001", "YY-2033-00200");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aPrefixIsCapitalLettersOnly() {
    assertThatThrownBy(() -> numbers.next("pr; drop table x", 2030)).isInstanceOf(IllegalArgumentException.class);
  }
}
