package org.constl.core.rules.internal;

import java.io.ByteArrayOutputStream;

/**
 * Which texts {@code CID.parse} of multiformats 13.3.6 (the one utils-ipa uses) accepts. It is
 * more lenient than the CID specification: varints need not be minimal and have no length limit,
 * the codec and hash codes are not checked, base32 ignores trailing "=", and base58/base36 read a
 * character beyond U+00FF as a zero digit that drops the carry (an artefact of its lookup table).
 */
final class JsCids {

  private static final String BASE58BTC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
  /**
   * Longer base58 and base36 texts are refused without decoding, as their decoding takes
   * quadratic time (a CID of that length would need a multihash of some 6 KB).
   */
  private static final int MAX_BASE_X_LENGTH = 8192;

  private JsCids() {
  }

  /** {@code CID.parse(text)}, which reads base58btc (z, or Q for a CIDv0), base32 (b) and base36 (k). */
  static boolean parses(String text) {
    return parses(text, false);
  }

  /**
   * {@code CID.parse(text, base58btc)}, as utils-ipa checks OrbitDB addresses: with a decoder
   * given, base32 and base36 texts are handed to it too, and refused.
   */
  static boolean parsesAsBase58(String text) {
    return parses(text, true);
  }

  private static boolean parses(String text, boolean base58Only) {
    if (text.isEmpty()) {
      return false;
    }
    char prefix = text.charAt(0);
    byte[] bytes = switch (prefix) {
      case 'Q' -> baseX(text, BASE58BTC);
      case 'z' -> baseX(text.substring(1), BASE58BTC);
      case 'b' -> base58Only ? null : base32(text.substring(1));
      case 'k' -> base58Only ? null : baseX(text.substring(1), BASE36);
      default -> null;
    };
    if (bytes == null) {
      return false;
    }
    int version = decodedVersion(bytes);
    // A CIDv0 is only accepted as bare base58btc.
    return version == 1 || version == 0 && prefix == 'Q';
  }

  /** {@code CID.decode}: the version of the CID these bytes hold exactly, or -1. */
  private static int decodedVersion(byte[] bytes) {
    VarintReader reader = new VarintReader(bytes);
    double version = reader.next();
    if (version == 18) {
      // A bare multihash: CIDv0.
      version = 0;
      reader.offset = 0;
    } else {
      reader.next();
    }
    if (version != 0 && version != 1) {
      return -1;
    }
    reader.next();
    double digestSize = reader.next();
    // The digest must end the bytes exactly (NaN when a varint ran past the end).
    return reader.offset + digestSize == bytes.length ? (int) version : -1;
  }

  /**
   * multiformats' varint reader: little-endian groups of 7 bits summed as a double, with no limit
   * on the length. NaN once it runs past the end (where it throws).
   */
  private static final class VarintReader {
    private final byte[] bytes;
    int offset;
    private boolean failed;

    VarintReader(byte[] bytes) {
      this.bytes = bytes;
    }

    double next() {
      if (failed) {
        return Double.NaN;
      }
      double result = 0;
      int shift = 0;
      int b;
      do {
        if (offset >= bytes.length) {
          failed = true;
          return Double.NaN;
        }
        b = bytes[offset++] & 0xff;
        result += shift < 28 ? (b & 0x7f) << shift : (b & 0x7f) * Math.pow(2, shift);
        shift += 7;
      } while (b >= 0x80);
      return result;
    }
  }

  /** The base-x decoder of base58btc and base36 (leading zero digits are zero bytes); null when refused. */
  private static byte[] baseX(String source, String alphabet) {
    if (source.isEmpty()) {
      return new byte[0];
    }
    if (source.length() > MAX_BASE_X_LENGTH) {
      return null;
    }
    if (source.charAt(0) == ' ') {
      return null;
    }
    int base = alphabet.length();
    char leader = alphabet.charAt(0);
    int psz = 0;
    int zeroes = 0;
    while (psz < source.length() && source.charAt(psz) == leader) {
      zeroes++;
      psz++;
    }
    double factor = StrictMath.log(base) / StrictMath.log(256);
    int size = (int) (long) ((source.length() - psz) * factor + 1);
    int[] b256 = new int[size];
    int length = 0;
    for (; psz < source.length(); psz++) {
      char c = source.charAt(psz);
      // The lookup table has 256 entries: beyond them the digit is undefined, which turns the
      // first step of the carry into NaN, stored as 0 with no carry.
      boolean undefinedDigit = c > 0xff;
      int carry = undefinedDigit ? 0 : alphabet.indexOf(c);
      if (carry < 0) {
        return null;
      }
      int i = 0;
      for (int it = size - 1; (undefinedDigit || carry != 0 || i < length) && it != -1; it--, i++) {
        if (undefinedDigit) {
          b256[it] = 0;
          undefinedDigit = false;
          continue;
        }
        carry += base * b256[it];
        b256[it] = carry % 256;
        carry /= 256;
      }
      if (carry != 0 || undefinedDigit) {
        return null;
      }
      length = i;
    }
    int it = size - length;
    while (it != size && b256[it] == 0) {
      it++;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(zeroes + size - it);
    for (int z = 0; z < zeroes; z++) {
      out.write(0);
    }
    while (it != size) {
      out.write(b256[it++]);
    }
    return out.toByteArray();
  }

  /** The RFC 4648 decoder of base32 (lower case, trailing "=" ignored); null when refused. */
  private static byte[] base32(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '=') {
      end--;
    }
    byte[] out = new byte[end * 5 / 8];
    int bits = 0;
    int buffer = 0;
    int written = 0;
    for (int i = 0; i < end; i++) {
      int value = BASE32.indexOf(text.charAt(i));
      if (value < 0) {
        return null;
      }
      buffer = buffer << 5 | value;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out[written++] = (byte) (buffer >> bits);
      }
    }
    if (bits >= 5 || (0xff & buffer << 8 - bits) != 0) {
      return null;
    }
    return out;
  }
}
