package org.vigil.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins allowed per user name and per address in a window; past that, logins from that
 * name or address are refused until the window has passed, right password or not.
 */
final class LoginLimiter {

  private final int allowed;
  private final long windowMillis;
  private final Clock clock;
  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  LoginLimiter(int allowed, long windowMillis, Clock clock) {
    this.allowed = allowed;
    this.windowMillis = windowMillis;
    this.clock = clock;
  }

  /** Whether a login for {@code name} from {@code address} may be tried now. */
  boolean mayTry(String name, String address) {
    return recent("user:" + name) < allowed && recent("from:" + address) < allowed;
  }

  void failed(String name, String address) {
    long now = clock.millis();
    for (String key : new String[] {"user:" + name, "from:" + address}) {
      Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        times.addLast(now);
      }
    }
  }

  private int recent(String key) {
    Deque<Long> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      long since = clock.millis() - windowMillis;
      while (!times.isEmpty() && times.peekFirst() < since) {
        times.removeFirst();
      }
      return times.size();
    }
  }
}
