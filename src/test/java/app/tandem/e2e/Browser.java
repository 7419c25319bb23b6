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
 *
 * <p>Size: Long because it is the one place that knows how Tasklist's pages and forms are driven.
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

  /** Types into a field, replacing what it held. */
  void type(By locator, String text) {
    WebElement field = waitVisible(locator);
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a field by script and tells the page (for date inputs, whose typing depends on the locale). */
  void setValue(By locator, String value) {
    WebElement field = waitVisible(locator);
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
  }

  /** Clicks an element once it can be clicked, scrolled to the middle of the view first (again if something covers it). */
  void click(By locator) {
    new WebDriverWait(driver, TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(d -> {
          WebElement element = d.findElement(locator);
          // the form may still be growing (fields rendered, scroll panes sized): scroll again on every try
          ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
          if (!element.isDisplayed() || !element.isEnabled()) {
            return false;
          }
          element.click();
          return true;
        });
  }

  /**
   * Submits the open task form: Tasklist's notifications may cover the button, so they are closed
   * first. Both may be re-rendered by Angular while we look at them (a notification fades out by
   * itself): a stale element is looked up again, never a reason to fail.
   */
  void completeTask() {
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications button.close, .page-notifications .close"))) {
      try {
        if (close.isDisplayed()) {
          close.click();
        }
      } catch (org.openqa.selenium.StaleElementReferenceException gone) {
        // the notification closed itself
      }
    }
    new WebDriverWait(driver, TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .until(d -> {
          WebElement button = d.findElement(By.cssSelector("button[ng-click='complete()']"));
          ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
          if (!button.isDisplayed() || !button.isEnabled()) {
            return false;
          }
          button.click();
          return true;
        });
  }

  // ---- Tandem's forms (tandem/forms.js): fields are found by their key, as people find them by their label ----

  private static By field(String name) {
    return By.cssSelector("[data-field='" + name + "'][data-rendered]");
  }

  /** The text input (or textarea) of a form field: text, multi-line, amount, number, or a date's day part. */
  WebElement input(String name) {
    return waitVisible(By.cssSelector("[data-field='" + name + "'][data-rendered] input:not([type=radio]):not([type=checkbox])"
        + ":not([type=file]):not(.tandem-picker):not(.tandem-time), [data-field='" + name + "'][data-rendered] textarea"));
  }

  /** Types into a field as a person would: click, select what is there, type, leave the field (Tab). */
  void fill(String name, String text) {
    WebElement input = input(name);
    focus(input);
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
    input.sendKeys(text, org.openqa.selenium.Keys.TAB);
  }

  /** A date and time field: the day as 31.12.2026 and the time as 14:30. */
  void fillDateTime(String name, String date, String time) {
    fill(name, date);
    WebElement input = waitVisible(By.cssSelector("[data-field='" + name + "'][data-rendered] input.tandem-time"));
    focus(input);
    input.sendKeys(time, org.openqa.selenium.Keys.TAB);
  }

  /** Chooses an option by the words people read: a radio button's label or a select's option. */
  void choose(String name, String label) {
    var radios = driver.findElements(By.xpath("//*[@data-field='" + name + "']//label[normalize-space(.)=\"" + label
        + "\"]/input[@type='radio']"));
    if (!radios.isEmpty()) {
      click(By.xpath("//*[@data-field='" + name + "']//label[normalize-space(.)=\"" + label + "\"]"));
      return;
    }
    new org.openqa.selenium.support.ui.Select(waitVisible(By.cssSelector("[data-field='" + name + "'][data-rendered] select")))
        .selectByVisibleText(label);
  }

  /** Ticks a checkbox field. */
  void tick(String name) {
    click(By.cssSelector("[data-field='" + name + "'][data-rendered] input[type=checkbox]"));
  }

  /** Chooses a file for a file field. */
  void attach(String name, Path file) {
    upload(By.cssSelector("[data-field='" + name + "'][data-rendered] input[type=file]"), file);
  }

  /** Adds a row to a repeating field and fills its cells (by column key) as a person would, Tab by Tab. */
  void addRow(String name, java.util.Map<String, String> cells) {
    click(By.cssSelector("[data-field='" + name + "'][data-rendered] .tandem-add-row"));
    fillRow(name, driver.findElements(By.cssSelector("[data-field='" + name + "'] tbody tr.tandem-row")).size() - 1, cells);
  }

  /** Fills the cells of a row (0-based) of a repeating field. */
  void fillRow(String name, int row, java.util.Map<String, String> cells) {
    String rowCss = "[data-field='" + name + "'] tbody tr.tandem-row:nth-of-type(" + (row + 1) + ")";
    var headers = driver.findElements(By.cssSelector("[data-field='" + name + "'] thead th"));
    cells.forEach((column, text) -> {
      int index = columnIndex(name, column, headers.size());
      String cell = rowCss + " td:nth-child(" + (index + 1) + ")";
      var selects = driver.findElements(By.cssSelector(cell + " select"));
      if (!selects.isEmpty()) {
        var select = new org.openqa.selenium.support.ui.Select(selects.get(0));
        select.getOptions().stream().filter(option -> option.getText().contains(text)).findFirst()
            .orElseThrow(() -> new AssertionError("no option with '" + text + "' in " + name + "." + column))
            .click();
        return;
      }
      WebElement input = waitVisible(By.cssSelector(cell + " input:not(.tandem-picker), " + cell + " textarea"));
      focus(input);
      input.sendKeys(text, org.openqa.selenium.Keys.TAB);
    });
  }

  /** Puts the cursor into a field as a click would (a notification fading out may cover it for a moment). */
  private void focus(WebElement input) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
    try {
      input.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", input);
    }
  }

  private int columnIndex(String name, String column, int columns) {
    Object index = ((JavascriptExecutor) driver).executeScript(
        "const f = document.querySelector(\"[data-field='\" + arguments[0] + \"'] tbody tr.tandem-row\");"
            + "if (!f) return -1; const cells = Array.from(f.children);"
            + "return cells.findIndex(td => td.querySelector(\"[name='\" + arguments[1] + \"']\"));", name, column);
    int found = ((Number) index).intValue();
    if (found < 0) {
      throw new AssertionError("no column " + column + " in " + name);
    }
    return found;
  }

  /** The message shown under a field (empty when it shows none). */
  String errorAt(String name) {
    var errors = driver.findElements(By.cssSelector("[data-error-for='" + name + "']"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  /** Waits until the field shows a message, and returns it. */
  String awaitErrorAt(String name) {
    waitUntil(d -> !errorAt(name).isBlank());
    return errorAt(name);
  }

  /** The whole form's text, as a person reads it. */
  String formText() {
    return waitVisible(By.cssSelector("form.tandem-form")).getText();
  }

  /** Claims the open task (the form can be filled in only then) and waits for the form to be ready. */
  void claim() {
    click(By.xpath("//*[@ng-click='claim()' or contains(@class, 'claim')][contains(., 'Claim')]"));
    // Tasklist greys the form out (class disabled-form) until the task is the user's
    waitUntil(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty()
        && !d.findElements(By.cssSelector("form.tandem-form [data-rendered]")).isEmpty());
  }

  /** Opens Tasklist's start dialog for a process and waits for its form. */
  void startForm(String processName) {
    click(By.xpath("//a[contains(., 'Start process')]"));
    click(By.xpath("//a[contains(normalize-space(.), '" + processName + "')]"));
    waitVisible(By.cssSelector("form.tandem-form [data-rendered]"));
  }

  /** Submits the start dialog. */
  void start() {
    click(By.cssSelector("button[ng-click='startProcessInstance()']"));
  }

  /** Fetches a URL with the page's login (its cookies), as a link opened from the page would: "200 application/pdf". */
  String fetch(String url) {
    Object result = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
        + " + (r.headers.get('Content-Type') || '').split(';')[0])).catch(e => done('error ' + e));", url);
    return String.valueOf(result);
  }

  /** Whether a field exists on the open form (it may be hidden by a condition). */
  boolean hasField(String name) {
    return !driver.findElements(field(name)).isEmpty();
  }

  /** Uploads a file through a file input (which may be styled invisible). */
  void upload(By locator, Path file) {
    WebElement input = new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(locator));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  /** Opens a filter in Tasklist's sidebar and the task with this name in its list. */
  void openTask(String filter, String taskName) {
    click(By.xpath("//*[contains(@class, 'task-filter')]//a[contains(normalize-space(.), \"" + filter + "\")]"));
    click(By.xpath("//*[contains(@class, 'tasks-list')]//a[contains(normalize-space(.), '" + taskName + "')]"));
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

  /**
   * Waits for something the application does in the background (jobs, mails) by checking the
   * condition every 20 ms; fails after the browser's timeout.
   */
  static void await(java.util.function.BooleanSupplier condition, String what) {
    var deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // poll, don't spin
    }
    throw new AssertionError("Timed out waiting for " + what);
  }

  /** A minimal PDF file to upload, in a temporary folder. */
  static Path pdf(String name) throws IOException {
    Path file = Files.createTempDirectory("tandem-e2e-").resolve(name);
    Files.write(file, ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
