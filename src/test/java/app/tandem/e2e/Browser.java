package app.tandem.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through the system chromedriver (no browser downloads).
 * Every wait is on a condition, never a fixed sleep; screenshots go to {@code target/e2e/}.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshots", "target/e2e"));
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final Path profile;
  private final String baseUrl;

  Browser(int port) {
    this.baseUrl = "http://localhost:" + port;
    try {
      this.profile = Files.createTempDirectory("tandem-chromium-");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
        .usingAnyFreePort()
        // staff read dates in the business time zone (tandem.business-time-zone)
        .withEnvironment(java.util.Map.of("TZ", System.getProperty("e2e.timezone", "Europe/Moscow")))
        .build();
    var options = new ChromeOptions();
    options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-default-apps", "--lang=en-US", "--window-size=1440,900",
        "--user-data-dir=" + profile);
    this.driver = new ChromeDriver(service, options);
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Logs in to a Camunda webapp (tasklist, cockpit, admin) through its login form. */
  void logIn(String app, String user, String password) {
    open("/camunda/app/" + app + "/default/");
    WebElement username = waitVisible(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
    username.clear();
    username.sendKeys(user);
    driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
  }

  void logOut() {
    driver.manage().deleteAllCookies();
    ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
  }

  WebElement waitVisible(By locator) {
    return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  List<WebElement> waitAllVisible(By locator) {
    return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfAllElementsLocatedBy(locator));
  }

  void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, TIMEOUT).until(condition::apply);
  }

  List<WebElement> findAll(By locator) {
    return driver.findElements(locator);
  }

  String pageSource() {
    return driver.getPageSource();
  }

  /** Saves a PNG of the page as target/e2e/{name}.png. */
  Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
