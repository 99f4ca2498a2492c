package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver (both installed by
 * scripts/install-test-tools.sh), with the flags this closed network needs: no background
 * connections, no first-run checks.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;

  Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("vigil.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("vigil.chromedriver",
            "/usr/bin/chromedriver")))
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Opens {@code url} and waits until its status line no longer says it is loading. */
  void load(String url) {
    driver.get(url);
    waiting().until(d -> !d.findElement(By.id("status")).getText().startsWith("Loading"));
  }

  /** Saves the page as target/screenshots/NAME.png, for a person to look at. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The critical and serious faults axe-core (run in this browser, on the page shown now) finds,
   * each as "impact id — help at [where]".
   */
  List<String> accessibilityFaults() {
    try {
      driver.executeScript(Files.readString(WebOptions.defaultAssets()
          .resolve("lib/axe.min.js")));
      String result = (String) driver.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          axe.run(document, {resultTypes: ['violations']})
            .then(r => done(JSON.stringify(r.violations)))
            .catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical',
                help: String(e), nodes: []}])));""");
      List<String> faults = new ArrayList<>();
      for (JsonNode v : new ObjectMapper().readTree(result)) {
        String impact = v.path("impact").asText();
        if (impact.equals("critical") || impact.equals("serious")) {
          List<String> where = new ArrayList<>();
          v.path("nodes").forEach(n -> where.add(n.path("target").toString()));
          faults.add(impact + " " + v.path("id").asText() + " — " + v.path("help").asText()
              + " at " + where);
        }
      }
      return faults;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
