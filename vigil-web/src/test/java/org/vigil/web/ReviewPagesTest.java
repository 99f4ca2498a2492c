package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * An analyst's day in a real headless Chromium, logged in through the form: a toll corrected on
 * the incident page shows there and in the audit log, and a watch saved in its page (its secret
 * shown once) posts its signed webhook to a receiver on loopback, then is removed. The pages a logged-in analyst sees have no serious accessibility fault.
 * A browser of its own, so that its session does not leak into {@link BrowserTest}.
 */
class ReviewPagesTest {

  private static final WebFixture WEB = WebFixture.get();
  private static Browser browser;

  @BeforeAll
  static void logIn() {
    browser = new Browser();
    browser.driver.get(WEB.url("/login.html?next=%2Fwatches.html"));
    browser.screenshot("login");
    browser.driver.findElement(By.name("name")).sendKeys(WebFixture.ANALYST);
    browser.driver.findElement(By.name("password")).sendKeys(WebFixture.PASSWORD);
    browser.driver.findElement(By.cssSelector("#login button")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/watches.html"));
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("account"), WebFixture.ANALYST));
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  private void load(String path) {
    browser.load(WEB.url(path));
  }

  @Test
  void aTollCorrectedOnTheIncidentPageShowsThereAndInTheAuditLog() {
    IncidentView v = WEB.store.summaries(new IncidentFilter("SY", "Deir ez-Zor", null, null, null,
        null, 1, null, 0)).get(0);
    load("/incident.html?id=" + v.id());
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review")));
    new Select(browser.driver.findElement(By.name("field"))).selectByValue("killed");
    new Select(browser.driver.findElement(By.name("verdict"))).selectByValue("corrected");
    for (String part : List.of("v-low", "v-best", "v-high")) {
      browser.driver.findElement(By.name(part)).clear();
    }
    browser.driver.findElement(By.name("v-best")).sendKeys("55");
    browser.driver.findElement(By.cssSelector("#review-form input[name=reason]"))
        .sendKeys("the morgue's count");
    browser.driver.findElement(By.cssSelector("#review-form button")).click();
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("review-status"), "Saved: killed corrected."));
    WebElement killed = browser.driver.findElement(By.xpath(
        "//dl[@id='summary']/dt[.='Killed']/following-sibling::dd[1]"));
    browser.waiting().until(ExpectedConditions.textToBePresentInElement(killed,
        "corrected by " + WebFixture.ANALYST));
    assertThat(killed.getText()).startsWith("55 ").contains("the morgue's count");
    assertThat(WEB.store.incident(v.id()).orElseThrow().killed().best()).isEqualTo(55);
    browser.screenshot("incident-reviewed");

    load("/audit.html");
    WebElement first = browser.driver.findElement(By.cssSelector("#audit tbody tr"));
    assertThat(first.getText()).contains("review corrected", "incident " + v.id() + " killed",
        "the morgue's count", WebFixture.ANALYST, "\"best\":55");
    browser.screenshot("audit");
  }

  @Test
  void aWatchSavedInThePageSendsItsSignedWebhookToAReceiverOnLoopback() throws Exception {
    BlockingQueue<Map.Entry<String, byte[]>> got = new LinkedBlockingQueue<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      got.add(Map.entry(exchange.getRequestHeaders().getFirst(WebhookDelivery.SIGNATURE),
          exchange.getRequestBody().readAllBytes()));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    try {
      load("/watches.html");
      String name = "Deir ez-Zor, 5 or more killed";
      browser.driver.findElement(By.cssSelector("#watch-form input[name=name]")).sendKeys(name);
      browser.driver.findElement(By.cssSelector("#watch-form input[name=country]"))
          .sendKeys("SY");
      browser.driver.findElement(By.cssSelector("#watch-form input[name=region]"))
          .sendKeys("Deir ez-Zor");
      browser.driver.findElement(By.cssSelector("#watch-form input[name=minKilled]"))
          .sendKeys("5");
      browser.driver.findElement(By.cssSelector("#watch-form input[name=webhook]")).sendKeys(
          "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      browser.driver.findElement(By.cssSelector("#watch-form button")).click();
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
          By.id("secret"), "whs_"));
      String secret = browser.driver.findElement(By.cssSelector("#secret code")).getText();
      String rowPath = "//table[@id='watches']//tr[td[1]='" + name + "']";
      WebElement row = browser.driver.findElement(By.xpath(rowPath));
      assertThat(row.getText()).contains("SY · Deir ez-Zor · 5+ killed", "delivering",
          "Atom feed");
      browser.screenshot("watches");

      // A change the watch matches: an analyst confirms where an incident was.
      IncidentView v = WEB.store.summaries(new IncidentFilter("SY", "Deir ez-Zor", null, null, null,
          null, 5, null, 0)).get(0);
      WEB.store.review(v.id(), "place", "confirmed", null, WebFixture.ANALYST, "on the map");
      Map.Entry<String, byte[]> delivery = got.poll(60, TimeUnit.SECONDS);
      assertThat(delivery).as("no webhook within a minute").isNotNull();
      assertThat(delivery.getKey())
          .isEqualTo("sha256=" + WebhookDelivery.sign(secret, delivery.getValue()));
      JsonNode incidents = new ObjectMapper().readTree(delivery.getValue()).path("incidents");
      assertThat(incidents.findValues("id")).extracting(JsonNode::asLong).contains(v.id());

      row.findElement(By.tagName("button")).click();
      browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
          By.xpath(rowPath)));
      assertThat(WEB.store.watches()).noneMatch(w -> w.name().equals(name));
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void theReviewPagesHaveNoSeriousAccessibilityFault() {
    long incident = WEB.store.summaries(IncidentFilter.ALL).stream()
        .filter(i -> i.stories() >= 2).findFirst().orElseThrow().id();
    load("/incident.html?id=" + incident);
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review")));
    new Select(browser.driver.findElement(By.name("verdict"))).selectByValue("corrected");
    assertThat(browser.accessibilityFaults()).isEmpty();
    load("/watches.html");
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-watch")));
    assertThat(browser.accessibilityFaults()).isEmpty();
  }
}
