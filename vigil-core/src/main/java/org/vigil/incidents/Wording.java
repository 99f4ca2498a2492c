package org.vigil.incidents;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words that tell an event or an incident, distinct, in the order they first
 * appear. Compared by the share of words in common, of the shorter wording.
 *
 * <p>A store reads the words of every candidate incident for every event it links, so reading
 * one back ({@link #parse}) only splits the stored line; the lookup set is built lazily, for
 * the side that is looked up in.
 */
public final class Wording {

  public static final Wording NONE = new Wording(List.of());

  private final List<String> words;
  private Set<String> lookup;

  private Wording(List<String> words) {
    this.words = words;
  }

  /** The distinct words of {@code words}, in order, at most {@code max} of them. */
  public static Wording of(Collection<String> words, int max) {
    List<String> kept = new LinkedHashSet<>(words).stream().limit(max).toList();
    return kept.isEmpty() ? NONE : new Wording(kept);
  }

  /** A wording stored as {@link #join()} wrote it. */
  public static Wording parse(String joined) {
    return joined == null || joined.isEmpty() ? NONE : new Wording(List.of(joined.split(" ")));
  }

  public List<String> words() {
    return words;
  }

  public int size() {
    return words.size();
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** The words joined by single spaces, whole words only, within {@code maxChars}. */
  public String join(int maxChars) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() + w.length() + 1 > maxChars) {
        break;
      }
      b.append(b.length() == 0 ? "" : " ").append(w);
    }
    return b.toString();
  }

  /** The share of words in common, of the shorter wording; 0 when either has none. */
  public double share(Wording other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    Set<String> mine = lookup();
    int common = 0;
    for (String w : other.words) {
      if (mine.contains(w)) {
        common++;
      }
    }
    return (double) common / Math.min(size(), other.size());
  }

  private Set<String> lookup() {
    Set<String> s = lookup;
    if (s == null) {
      s = new HashSet<>(words);
      lookup = s;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Wording w && w.words.equals(words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  @Override
  public String toString() {
    return String.join(" ", words);
  }
}
