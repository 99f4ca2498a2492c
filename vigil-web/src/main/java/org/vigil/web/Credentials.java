package org.vigil.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Passwords as bcrypt hashes (cost 12) and API tokens as random 256-bit strings kept only as
 * their SHA-256: what the store holds cannot be used to log in.
 */
public final class Credentials {

  private static final int COST = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Credentials() {}

  public static String hashPassword(String password) {
    if (password.length() < 10) {
      throw new IllegalArgumentException("a password needs at least 10 characters");
    }
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  static boolean passwordMatches(String password, String hash) {
    return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
  }

  /** A new token to hand to its user once: {@code vgl_} and 43 URL-safe characters. */
  public static String newToken() {
    return "vgl_" + randomString();
  }

  static String randomString() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hashToken(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compares secrets in time independent of where they differ. */
  static boolean same(String a, String b) {
    return a != null && b != null && MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
