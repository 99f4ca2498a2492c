package org.vigil.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text, strictly as UTF-8.
 *
 * <p>A wrong guess at the encoding would silently corrupt names and quotes, so bytes that are
 * not UTF-8 (Latin-1 exports, say) are refused with the offset of the first bad byte rather
 * than decoded one way or another.
 */
public final class TextDecoder {

  /** Share of control characters above which the bytes are taken for a binary file. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  public String decode(String input, byte[] bytes) throws BadInputException {
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    if (looksBinary(bytes, offset)) {
      throw new BadInputException(input, "binary data, not text (NUL or control bytes)");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset);
      throw new BadInputException(input, String.format(
          "not valid UTF-8: byte 0x%02X at offset %d (Latin-1 or Windows-1252?); "
              + "re-encode the file as UTF-8", bytes[bad] & 0xff, bad));
    }
  }

  private static boolean looksBinary(byte[] bytes, int from) {
    int control = 0;
    int n = Math.min(bytes.length, from + 65536);
    for (int i = from; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > from && control > MAX_CONTROL_SHARE * (n - from);
  }

  /** The index of the first byte that does not start or continue a valid UTF-8 sequence. */
  static int firstInvalidUtf8(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
      if (len == 0 || i + len > b.length) {
        return i;
      }
      for (int k = 1; k < len; k++) {
        if ((b[i + k] & 0xc0) != 0x80) {
          return i;
        }
      }
      i += len;
    }
    return Math.max(from, b.length - 1);
  }
}
