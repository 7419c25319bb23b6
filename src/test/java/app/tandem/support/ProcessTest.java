package app.tandem.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process test: the real application context (delegates, services, tables) in a mock web
 * environment (no port), the job executor off (tests execute jobs explicitly with camunda-bpm-assert's
 * {@code execute(job())}), and process-test-coverage recording every flow node; the HTML reports
 * go to {@code target/process-test-coverage/}. All process test classes share one context.
 *
 * <p>In the test class: {@code @BeforeEach void init() { BpmnAwareTests.init(processEngine); }}
 * and assert the coverage of the process under test with {@link ProcessCoverage}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
public @interface ProcessTest {
}
