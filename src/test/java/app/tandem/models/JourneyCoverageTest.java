package app.tandem.models;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.e2e.Covers;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every form of every process — each user task and each start form the code declares — is filled in by a
 * browser journey through the real Tasklist ({@link Covers} on the journeys), so that a task added to a
 * model cannot go without one.
 */
class JourneyCoverageTest {

  @Test
  void everyDeclaredFormIsFilledInByABrowserJourney() throws Exception {
    Set<String> covered = new TreeSet<>();
    var resolver = new PathMatchingResourcePatternResolver();
    for (var resource : resolver.getResources("classpath*:app/tandem/e2e/*Journey.class")) {
      String name = "app.tandem.e2e." + resource.getFilename().replace(".class", "");
      Arrays.stream(Class.forName(name).getDeclaredMethods())
          .filter(method -> method.isAnnotationPresent(Covers.class))
          .forEach(method -> covered.addAll(Arrays.asList(method.getAnnotation(Covers.class).value())));
    }
    Set<String> declared = new TreeSet<>(ModelConventions.declaredForms().fields().keySet());

    assertThat(declared).as("declared forms").isNotEmpty();
    assertThat(covered).as("forms the journeys fill in").containsAll(declared);
    assertThat(declared).as("journeys cover only forms that exist").containsAll(covered);
  }
}
