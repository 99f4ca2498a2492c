package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentView;

/**
 * The pages in a real headless Chromium over the FA-KES dev store: the map filters, an incident
 * shows its sources, an article its highlighted quotes, a hostile article stays text, and axe-core
 * finds no serious accessibility fault. Each test saves a screenshot of its page.
 */
class BrowserTest {

  private static final WebFixture WEB = WebFixture.get();
  private static Browser browser;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void open() {
    browser = new Browser();
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  private void load(String path) {
    browser.load(WEB.url(path));
  }

  private String status() {
    return browser.driver.findElement(By.id("status")).getText();
  }

  private static int leadingNumber(String s) {
    return Integer.parseInt(s.replaceAll("^(\\d+).*$", "$1"));
  }

  @Test
  void mapShowsTheIncidentsAndTheFilterNarrowsThem() {
    load("/");
    assertThat(status()).matches("\\d+ incident\\(s\\), \\d+ on the map\\.");
    int all = leadingNumber(status());
    browser.waiting().until(d -> !d.findElements(By.cssSelector(
        "#map .leaflet-marker-icon, #map path.leaflet-interactive")).isEmpty());
    assertThat(browser.driver.findElements(By.cssSelector("#map path")).size())
        .as("country outlines drawn with no tile server").isGreaterThan(100);
    browser.waiting().until(d -> !d.findElements(By.cssSelector("#timeline")).isEmpty());
    browser.screenshot("map");

    WebElement region = browser.driver.findElement(By.name("region"));
    region.sendKeys("Idlib");
    new Select(browser.driver.findElement(By.name("type")))
        .selectByVisibleText("Explosions/Remote violence");
    browser.driver.findElement(By.cssSelector("#filters button")).click();
    browser.waiting().until(ExpectedConditions.urlContains("region=Idlib"));
    browser.waiting().until(d -> !status().startsWith("Loading")
        && leadingNumber(status()) < all);
    int idlib = leadingNumber(status());
    assertThat(idlib).isPositive();
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#incidents tbody tr"));
    assertThat(rows).hasSize(idlib);
    rows.forEach(r -> assertThat(r.getText()).contains("Idlib"));
    browser.screenshot("map-filtered");

    // The filter lives in the address: opening it again shows the same view.
    String shared = browser.driver.getCurrentUrl();
    browser.driver.get("about:blank");
    browser.driver.get(shared);
    browser.waiting().until(d -> !status().startsWith("Loading"));
    assertThat(leadingNumber(status())).isEqualTo(idlib);
    assertThat(browser.driver.findElement(By.name("region")).getAttribute("value"))
        .isEqualTo("Idlib");
  }

  @Test
  void anIncidentShowsItsSourcesAndTheirEvidence() {
    IncidentView v = WEB.store.summaries(IncidentFilter.ALL).stream()
        .filter(i -> i.stories() >= 2).findFirst().orElseThrow();
    load("/incident.html?id=" + v.id());
    assertThat(status()).startsWith(v.sources() + " source report(s)");
    assertThat(browser.driver.findElements(By.cssSelector("#figures tbody tr")))
        .hasSize(v.sources());
    assertThat(browser.driver.findElements(By.cssSelector("section.story")))
        .hasSize(v.stories());
    assertThat(browser.driver.findElements(By.cssSelector("mark.evidence"))).isNotEmpty();
    browser.screenshot("incident");
  }

  @Test
  void anArticleShowsAHighlightedQuoteWithItsSpeaker() throws Exception {
    long id = 0;
    String speaker = null;
    for (long a = 1; speaker == null; a++) {
      JsonNode record = json.readTree(WEB.store.article(a).orElseThrow().record());
      for (JsonNode q : record.path("quotes")) {
        if (q.path("kind").asText().equals("direct") && q.hasNonNull("speaker")) {
          id = a;
          speaker = q.path("speakerName").asText();
          break;
        }
      }
    }
    load("/article.html?id=" + id);
    List<WebElement> quoted = browser.driver.findElements(By.cssSelector("#text a.hl-quote"));
    assertThat(quoted).isNotEmpty();
    assertThat(browser.driver.findElement(By.id("quotes")).getText()).contains(speaker);
    String target = quoted.get(0).getAttribute("href");
    assertThat(target).contains("#quote-");
    browser.screenshot("article");
  }

  @Test
  void aHostileArticleIsShownAsTextAndNeverRuns() {
    load("/article.html?id=" + WEB.hostileArticle);
    assertThat(browser.driver.findElement(By.id("title")).getText())
        .isEqualTo(WebFixture.HOSTILE_TITLE);
    assertThat(browser.driver.findElement(By.id("text")).getText())
        .contains("<script>window." + WebFixture.PWNED + "=2</script>", "<img src=x");
    assertPageIsClean();
    browser.screenshot("article-hostile");

    long incident = WEB.store.summaries(IncidentFilter.ALL).stream()
        .filter(v -> WEB.store.incident(v.id()).orElseThrow().reports().stream()
            .anyMatch(r -> r.articleId() == WEB.hostileArticle))
        .findFirst().orElseThrow().id();
    load("/incident.html?id=" + incident);
    assertThat(browser.driver.findElement(By.id("sources")).getText()).contains("<script>");
    assertPageIsClean();
    browser.screenshot("incident-hostile");
  }

  private void assertPageIsClean() {
    Object pwned = browser.driver.executeScript(
        "return typeof window." + WebFixture.PWNED + ";");
    assertThat(pwned).as("the article's script ran").isEqualTo("undefined");
    assertThat(browser.driver.findElements(By.cssSelector("main script, main img"))).isEmpty();
    for (WebElement a : browser.driver.findElements(By.cssSelector("a[href]"))) {
      assertThat(a.getAttribute("href")).doesNotStartWithIgnoringCase("javascript:");
    }
  }

  @Test
  void noPageHasASeriousAccessibilityFault() {
    long incident = WEB.store.summaries(IncidentFilter.ALL).stream()
        .filter(i -> i.stories() >= 2).findFirst().orElseThrow().id();
    List<String> faults = new ArrayList<>();
    for (String page : List.of("/", "/incident.html?id=" + incident, "/article.html?id=1",
        "/audit.html", "/watches.html", "/login.html")) {
      browser.driver.get(WEB.url(page));
      browser.waiting().until(d -> d.findElements(By.id("status")).isEmpty()
          || !d.findElement(By.id("status")).getText().startsWith("Loading"));
      browser.accessibilityFaults().forEach(f -> faults.add(page + ": " + f));
    }
    assertThat(faults).isEmpty();
  }
}
