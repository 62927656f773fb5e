package org.provena.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver: no browser download, no
 * network beyond loopback.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;

  public Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("provena.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("provena.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    // Redirects (Keycloak → portal) and Vaadin re-renders replace elements while a wait reads them.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /**
   * Logs in on Keycloak's own login page. With organizations enabled Keycloak asks in two steps:
   * the user name first (to find the user's organization), then the password.
   */
  public void logInThroughKeycloak(String username, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    if (driver.findElements(By.id("password")).isEmpty()) {
      driver.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    }
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  /** Waits for an element with this id to show this text. */
  public void awaitText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  /** Waits until the page's visible text contains this. */
  public void awaitPageText(String text) {
    wait.until(
        d -> {
          String page = d.findElement(By.tagName("body")).getText();
          return page.contains(text) || gridText(d).contains(text);
        });
  }

  /** Hands a file to a Vaadin upload's file input (inside its shadow root). */
  public void uploadFile(String uploadId, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
    driver
        .findElement(By.id(uploadId))
        .getShadowRoot()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  /**
   * Clicks the element once it can be clicked, scrolled to the middle of the view first: an element
   * scrolled out of the app layout's content area does not count as visible to Selenium.
   */
  public void click(By locator) {
    var element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  /** Types into the element once it is on the page (a field in a dialog that is opening). */
  public void type(By locator, String text) {
    wait.until(ExpectedConditions.presenceOfElementLocated(locator)).sendKeys(text);
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** Text of every grid cell on the page (Vaadin renders cell content into light DOM). */
  public String gridText() {
    return gridText(driver);
  }

  private static String gridText(WebDriver driver) {
    StringBuilder text = new StringBuilder();
    driver
        .findElements(By.tagName("vaadin-grid-cell-content"))
        .forEach(cell -> text.append(cell.getAttribute("textContent")).append('\n'));
    return text.toString();
  }

  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
