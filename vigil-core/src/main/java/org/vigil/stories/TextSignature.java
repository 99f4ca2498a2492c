package org.vigil.stories;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A MinHash sketch of a text's word 5-grams, from which the resemblance (Jaccard similarity of
 * the 5-gram sets) of two texts is estimated without keeping the texts side by side.
 *
 * <p>Wire copies reprinted by several sites keep most 5-grams (a changed headline or a cut last
 * paragraph costs a few); two reports of one incident written apart share almost none. On the
 * FA-KES dev articles, copies resemble each other at 0.45 to 1.0 and distinct reports at 0.35 or
 * less. {@link #bands()} are the keys under which a store finds candidate copies: texts that
 * resemble each other at 0.4 share a band with probability 0.94, at 0.1 with 0.04.
 */
public final class TextSignature {

  /** Words per shingle: long enough that shared stock phrases rarely make two texts alike. */
  static final int SHINGLE = 5;
  /** The resemblance from which two texts are copies of one story (see the class comment). */
  public static final double COPY_RESEMBLANCE = 0.4;
  static final int ROWS = 3;
  static final int BANDS = 42;
  static final int HASHES = ROWS * BANDS;

  private static final long[] SEEDS = seeds();

  private final long[] mins;

  private TextSignature(long[] mins) {
    this.mins = mins;
  }

  /** The signature of {@code text}; a text of fewer than five words has its words as one shingle. */
  public static TextSignature of(String text) {
    long[] words = words(text);
    long[] mins = new long[HASHES];
    Arrays.fill(mins, Long.MAX_VALUE);
    int shingles = Math.max(1, words.length - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int w = s; w < Math.min(words.length, s + SHINGLE); w++) {
        h = mix(h ^ words[w]);
      }
      for (int i = 0; i < HASHES; i++) {
        long v = mix(h ^ SEEDS[i]);
        if (v < mins[i]) {
          mins[i] = v;
        }
      }
    }
    return new TextSignature(mins);
  }

  /** The estimated share of 5-grams the two texts have in common, of all they have. */
  public double resemblance(TextSignature other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (mins[i] == other.mins[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /** Whether {@code other} is a copy of the same story: they resemble at least 0.4. */
  public boolean isCopyOf(TextSignature other) {
    return resemblance(other) >= COPY_RESEMBLANCE;
  }

  /** One key per band of {@value #ROWS} hashes: texts alike enough share at least one. */
  public long[] bands() {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ mins[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  public byte[] toBytes() {
    ByteBuffer buf = ByteBuffer.allocate(HASHES * Long.BYTES);
    for (long m : mins) {
      buf.putLong(m);
    }
    return buf.array();
  }

  public static TextSignature fromBytes(byte[] bytes) {
    if (bytes.length != HASHES * Long.BYTES) {
      throw new IllegalArgumentException("a text signature has " + HASHES * Long.BYTES
          + " bytes, not " + bytes.length);
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] mins = new long[HASHES];
    for (int i = 0; i < HASHES; i++) {
      mins[i] = buf.getLong();
    }
    return new TextSignature(mins);
  }

  /** Each word (a run of letters or digits, lower-cased) as a 64-bit hash. */
  private static long[] words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    long[] out = new long[Math.max(16, lower.length() / 4)];
    int n = 0;
    int i = 0;
    while (i < lower.length()) {
      if (!Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
        continue;
      }
      long h = 0xCBF29CE484222325L; // FNV-1a
      while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
        h = (h ^ lower.charAt(i)) * 0x100000001B3L;
        i++;
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = h;
    }
    return Arrays.copyOf(out, n);
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x5EED_1E55_C0DE_2026L;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }
}
