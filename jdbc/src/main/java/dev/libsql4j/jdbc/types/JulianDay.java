package dev.libsql4j.jdbc.types;

import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * A REAL julian day number ({@code julianday()}) read as a point in time exactly as sqlite-jdbc
 * reads it, so that both drivers return the same date for the same stored value.
 *
 * <p>sqlite-jdbc uses Meeus' calendar algorithm: the day number is split into calendar fields
 * (the Julian calendar before 1582-10-15, as {@link GregorianCalendar} does), each time field is
 * truncated (12.34 is 20:09:35.999, not 20:09:36), and the fields are taken as wall time in the
 * zone. Numbers far outside the calendar's range (1e300, or epoch milliseconds stored as a REAL)
 * saturate its 32-bit arithmetic and give a meaningless but stable date; this class gives the same
 * one rather than a different meaningless date.
 */
final class JulianDay {

  /** The first day of the Gregorian calendar as a julian day number. */
  private static final int GREGORIAN_START = 2299161;

  private JulianDay() {
  }

  /** Epoch milliseconds of {@code julianDay} read as wall time in {@code zone}. */
  static long toEpochMillis(double julianDay, ZoneId zone) {
    // The int casts saturate and truncate exactly as sqlite-jdbc's do: that is the point.
    double w = julianDay + 0.5;
    int z = (int) w;
    double f = w - z;
    int a = z;
    if (z >= GREGORIAN_START) {
      int alpha = (int) ((z - 1867216.25) / 36524.25);
      a = z + 1 + alpha - (int) (alpha / 4.0);
    }
    int b = a + 1524;
    int c = (int) ((b - 122.1) / 365.25);
    int d = (int) (365.25 * c);
    int e = (int) ((b - d) / 30.6001);
    int month = e - (e < 13.5 ? 1 : 13);
    int year = c - (month > 2.5 ? 4716 : 4715);
    double dayWithFraction = b - d - (int) (30.6001 * e) + f;
    int day = (int) dayWithFraction;
    double hours = 24 * (dayWithFraction - day);
    int hour = (int) hours;
    double minutes = 60 * (hours - hour);
    int minute = (int) minutes;
    double seconds = 60 * (minutes - minute);
    int second = (int) seconds;
    int millis = (int) (1000 * (seconds - second));

    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone));
    calendar.clear();
    calendar.set(year, month - 1, day, hour, minute, second);
    calendar.set(Calendar.MILLISECOND, millis);
    if (year < 1) {
      calendar.set(Calendar.ERA, GregorianCalendar.BC);
      calendar.set(Calendar.YEAR, 1 - year);
    }
    return calendar.getTimeInMillis();
  }
}
