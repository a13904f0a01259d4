package dev.libsql4j.jdbc.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The text SQLite 3.47 and newer give a REAL ({@code CAST(x AS TEXT)}, {@code sqlite3_column_text},
 * so sqlite-jdbc's {@code getString}): {@code printf("%!.17g")} as SQLite computes it, digit for
 * digit.
 *
 * <p>SQLite's digits are not the correctly rounded ones: it multiplies the binary mantissa by a
 * 64-bit approximation of a power of ten ({@code sqlite3Fp2Convert10}), keeps 17 of the 18 digits
 * it gets, and shortens a trailing run of 9s or 0s when the shorter digits read back (through its
 * own {@code sqlite3Fp10Convert2}) as the same double: {@code 0.1} and {@code 49.47} stay short,
 * {@code 57.9212697315723} prints as {@code 57.921269731572302}. Reproducing that arithmetic is the
 * only way to give the same text, so this class follows SQLite's {@code util.c} and
 * {@code printf.c} step by step, with unsigned 64-bit arithmetic.
 *
 * <p>SQLite 3.45 (sqld 0.24) printed 15 significant digits ({@code "%!.15g"}), so text that the
 * server itself made from a REAL may be shorter than this.
 */
final class SqliteRealText {

  /** Significant digits of {@code %!.17g}. */
  private static final int PRECISION = 17;

  /** Digits {@code sqlite3Fp2Convert10} produces for a precision of 17. */
  private static final int CONVERTED_DIGITS = 18;

  /** Range of SQLite's power-of-ten table. */
  private static final int FIRST_POWER = -348;
  private static final int LAST_POWER = 347;

  /** Powers of ten are built as 10^(27g) * 10^n with 0 <= n < 27. */
  private static final int GROUP = 27;

  /** 10^n, n = 0..26, shifted so that bit 63 is set (exact). */
  private static final long[] BASE = new long[GROUP];

  /** 10^(27g), g = -13..12, as the top 96 bits (rounded): high 64 here, low 32 in SCALE_LOW. */
  private static final long[] SCALE = new long[26];
  private static final int[] SCALE_LOW = new int[26];

  static {
    for (int n = 0; n < GROUP; n++) {
      BigInteger power = BigInteger.TEN.pow(n);
      BASE[n] = power.shiftLeft(64 - power.bitLength()).longValue();
    }
    for (int g = -13; g <= 12; g++) {
      BigInteger top96 = top96Bits(g * GROUP);
      SCALE[g + 13] = top96.shiftRight(32).longValue();
      SCALE_LOW[g + 13] = top96.intValue();
    }
    // Slot 13 (g = 0) is no scale, 10^0..10^26 come from BASE: SQLite keeps 10^-1 there instead,
    // truncated rather than rounded, and uses it for p = -1 alone.
    SCALE[13] = 0xccccccccccccccccL;
    SCALE_LOW[13] = 0xcccccccc;
  }

  private SqliteRealText() {
  }

  /** 10^power as a 96-bit integer whose top bit is set, rounded half-up. */
  private static BigInteger top96Bits(int power) {
    BigDecimal exact = BigDecimal.ONE.scaleByPowerOfTen(power);
    int shift = 96 - (int) Math.ceil(power * Math.log(10) / Math.log(2));
    BigInteger scaled = scale(exact, shift);
    while (scaled.bitLength() > 96) {
      scaled = scale(exact, --shift);
    }
    while (scaled.bitLength() < 96) {
      scaled = scale(exact, ++shift);
    }
    return scaled;
  }

  private static BigInteger scale(BigDecimal exact, int shift) {
    BigDecimal factor = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(shift)));
    BigDecimal scaled = shift >= 0 ? exact.multiply(factor) : exact.divide(factor);
    return scaled.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
  }

  /** The text of a finite, non-zero real; {@link SqliteNumbers#formatDouble} handles the rest. */
  static String of(double value) {
    double magnitude = Math.abs(value);
    long bits = Double.doubleToRawLongBits(magnitude);
    int biased = (int) (bits >>> 52);
    long fraction = bits & 0x000fffffffffffffL;
    long mantissa;
    int exponent;
    if (biased == 0) {
      int zeros = Long.numberOfLeadingZeros(fraction);
      mantissa = fraction << zeros;
      exponent = -1074 - zeros;
    } else {
      mantissa = (fraction << 11) | Long.MIN_VALUE;
      exponent = biased - 1086;
    }
    // sqlite3Fp2Convert10 with 18 digits: the one extra bit is rounded half-up.
    int power = CONVERTED_DIGITS - 1 - pow2to10(exponent + 63);
    long high = multiplyHigh(mantissa, powerOfTenHigh(power));
    high >>>= -(exponent + pow10to2(power) + 2);
    long converted = (high + ((high << 1) & 2)) >>> 1;
    return render(value < 0, digits(magnitude, Long.toString(converted), -power));
  }

  /**
   * sqlite3FpDecode with a precision of 17 and the {@code '!'} flag: the significant digits, with
   * the position of the decimal point.
   */
  private static Decimal digits(double magnitude, String converted, int power10) {
    char[] z = converted.toCharArray();
    int n = z.length;
    int point = n + power10;
    int round = PRECISION;
    if (n > PRECISION) {
      round = shortened(magnitude, z, n, point, power10);
      n = round;
      if (z[round] >= '5') {
        int j = round - 1;
        while (true) {
          z[j]++;
          if (z[j] <= '9') {
            break;
          }
          z[j] = '0';
          if (j == 0) {
            // 99…9 rounded up: one more digit in front.
            char[] longer = new char[z.length + 1];
            longer[0] = '1';
            System.arraycopy(z, 0, longer, 1, z.length);
            z = longer;
            n++;
            point++;
            break;
          }
          j--;
        }
      }
    }
    while (n > 1 && z[n - 1] == '0') {
      n--;
    }
    return new Decimal(new String(z, 0, n), point);
  }

  /**
   * How many digits to keep: 17, or fewer when the digits end in a run of 9s (from digit 15) or
   * of 0s (from digit 14, or anywhere in an integer) and the shorter number reads back as the same
   * double.
   */
  private static int shortened(double magnitude, char[] z, int n, int point, int power10) {
    if (z[15] == '9' && z[14] == '9') {
      int kept = 14;
      while (kept > 0 && z[kept - 1] == '9') {
        kept--;
      }
      long shorter = kept == 0 ? 1 : Long.parseLong(new String(z, 0, kept)) + 1;
      return readsBack(magnitude, shorter, power10 + n - kept) ? kept + 1 : PRECISION;
    }
    if (point >= n || (z[15] == '0' && z[14] == '0' && z[13] == '0')) {
      int kept = 13;
      while (kept > 0 && z[kept - 1] == '0') {
        kept--;
      }
      if (kept > 0 && readsBack(magnitude, Long.parseLong(new String(z, 0, kept)),
          power10 + n - kept)) {
        return kept + 1;
      }
    }
    return PRECISION;
  }

  private static boolean readsBack(double magnitude, long digits, int power10) {
    return toDouble(digits, power10) == magnitude;
  }

  /** Significant digits and the position of the decimal point after the first {@code point}. */
  private record Decimal(String digits, int point) {}

  /**
   * printf.c's {@code %!.17g}: fixed notation when the decimal exponent is in [-4, 16], else
   * {@code d.ddde±XX}; always a digit after the point.
   */
  private static String render(boolean negative, Decimal decimal) {
    StringBuilder out = new StringBuilder(32);
    if (negative) {
      out.append('-');
    }
    String z = decimal.digits();
    int exponent = decimal.point() - 1;
    if (exponent < -4 || exponent > PRECISION - 1) {
      out.append(z.charAt(0)).append('.').append(z.length() > 1 ? z.substring(1) : "0")
          .append('e').append(exponent < 0 ? '-' : '+');
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        out.append('0');
      }
      return out.append(magnitude).toString();
    }
    if (decimal.point() <= 0) {
      out.append("0.").append("0".repeat(-decimal.point())).append(z);
    } else if (decimal.point() >= z.length()) {
      out.append(z).append("0".repeat(decimal.point() - z.length())).append(".0");
    } else {
      out.append(z, 0, decimal.point()).append('.').append(z, decimal.point(), z.length());
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- SQLite's arithmetic

  /** floor(log2(10^p)), by SQLite's fixed-point ratio. */
  private static int pow10to2(int p) {
    return (p * 108853) >> 15;
  }

  /** floor(log10(2^p)), by SQLite's fixed-point ratio. */
  private static int pow2to10(int p) {
    return (p * 78913) >> 18;
  }

  /** The high 64 bits of the unsigned 128-bit product. */
  private static long multiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** The top 64 bits of 10^p (SQLite's {@code sqlite3PowerOfTen}). */
  private static long powerOfTenHigh(int p) {
    return powerOfTen(p)[0];
  }

  /**
   * The top 96 bits of 10^p, p in [-348, 347], as SQLite computes them: {high 64, low 32 (in the
   * low half of the long)}.
   */
  private static long[] powerOfTen(int p) {
    int group;
    int n;
    if (p < 0) {
      if (p == -1) {
        return new long[] {SCALE[13], SCALE_LOW[13] & 0xffffffffL};
      }
      group = p / GROUP;
      n = p % GROUP;
      if (n != 0) {
        group--;
        n += GROUP;
      }
    } else if (p < GROUP) {
      return new long[] {BASE[p], 0};
    } else {
      group = p / GROUP;
      n = p % GROUP;
    }
    long scale = SCALE[group + 13];
    long scaleLow = SCALE_LOW[group + 13] & 0xffffffffL;
    if (n == 0) {
      return new long[] {scale, scaleLow};
    }
    // The 160-bit product (scale:scaleLow) * BASE[n], keeping its top 96 bits.
    long base = BASE[n];
    long high = multiplyHigh(scale, base);
    long low = scale * base;
    long partial = multiplyHigh(scaleLow, base);
    long partialLow = scaleLow * base;
    long addend = (partial << 32) | (partialLow >>> 32);
    long sum = low + addend;
    if (Long.compareUnsigned(sum, low) < 0) {
      high++;
    }
    long next = sum >>> 32;
    if (high >= 0) {
      high = (high << 1) | ((next >>> 31) & 1);
      next = ((next << 1) | 1) & 0xffffffffL;
    }
    return new long[] {high, next};
  }

  /**
   * The double nearest {@code digits * 10^power10} as SQLite's {@code sqlite3Fp10Convert2} finds
   * it (the conversion its round-trip test uses); {@code digits} is positive.
   */
  private static double toDouble(long digits, int power10) {
    if (power10 < FIRST_POWER) {
      return 0.0;
    }
    if (power10 > LAST_POWER) {
      return Double.POSITIVE_INFINITY;
    }
    int bitLength = 64 - Long.numberOfLeadingZeros(digits);
    int log2 = pow10to2(power10);
    int exponent = 53 - bitLength - log2;
    if (exponent > 1074) {
      if (exponent >= 1130) {
        return 0.0;
      }
      exponent = 1074;
    }
    int shift = -(exponent - (64 - bitLength) + log2 + 3);
    long[] power = powerOfTen(power10);
    long powerHigh = power[0];
    long powerLow = power[1];
    if (powerLow != 0) {
      powerHigh++;
      powerLow = ~powerLow & 0xffffffffL;
    }
    long x = digits << (64 - bitLength);
    long high = multiplyHigh(x, powerHigh);
    long middle1 = (x * powerHigh) >>> 32;
    long sticky = 1;
    if ((high & ((1L << shift) - 1)) == 0) {
      long middle2 = multiplyHigh(x, powerLow << 32) >>> 32;
      if (((middle1 - middle2) & 0xffffffffL) <= 1) {
        sticky = 0;
      }
      if (middle1 < middle2) {
        high--;
      }
    }
    long u = (high >>> shift) | sticky;
    if (Long.compareUnsigned(u, (1L << 55) - 2) >= 0) {
      u = (u >>> 1) | (u & 1);
      exponent--;
    }
    long bits = (u + 1 + ((u >>> 2) & 1)) >>> 2;
    if (exponent <= -972) {
      return Double.POSITIVE_INFINITY;
    }
    if ((bits & (1L << 52)) != 0) {
      bits = (bits & ~(1L << 52)) | ((long) (1075 - exponent) << 52);
    }
    return Double.longBitsToDouble(bits);
  }
}
