package app.tandem.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test: the real application context (delegates, services, tables) in a mock web
 * environment (no port), the job executor off (tests execute jobs explicitly). All process test classes
 * share one context. Each registers a {@link ProcessFixture} — user and form steps, jobs, mail — which also
 * asserts the class's flow-node coverage from its own instances ({@link ProcessCoverage}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
public @interface ProcessTest {
}
