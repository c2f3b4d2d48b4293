package vn.dvc.portal.calendar.internal;

/**
 * The two astronomical quantities an East-Asian lunisolar calendar needs, with the precision
 * (a few minutes) of the classic low-order series; good for 1900–2100.
 * <ul>
 *   <li>the local day on which the k-th new moon (sóc) occurs;</li>
 *   <li>the 30° sector of the sun's ecliptic longitude at the start of a local day, which
 *       tells in which "major solar term" (trung khí) the day lies.</li>
 * </ul>
 * Days are Julian day numbers (JDN; the JDN of a civil date is its {@code toEpochDay() + 2440588}).
 * {@code offsetHours} is the time zone of the calendar: 7 for Vietnam, 8 for China.
 */
final class Astronomy {

    static final long JDN_OF_EPOCH_DAY_0 = 2_440_588L;
    /** Mean length of a lunation in days. */
    static final double SYNODIC_MONTH = 29.530588853;
    /** Julian date of the mean new moon numbered 0 (about 1900-01-01 13:52 UT). */
    private static final double NEW_MOON_0 = 2_415_020.75933;
    private static final double DEG = Math.PI / 180;

    private Astronomy() {
    }

    /** The number of the last mean new moon before local day {@code jdn} (the true one may differ by one). */
    static long lunationBefore(long jdn) {
        return (long) Math.floor((jdn - NEW_MOON_0 - 0.5) / SYNODIC_MONTH);
    }

    /** The number of the mean new moon nearest to local day {@code jdn}. */
    static long lunationNearest(long jdn) {
        return Math.round((jdn - NEW_MOON_0 - 0.5) / SYNODIC_MONTH);
    }

    /** The local day (JDN) on which new moon number {@code k} falls. */
    static long newMoonDay(long k, double offsetHours) {
        double centuries = k / 1236.85; // lunations per Julian century
        double t2 = centuries * centuries;
        double t3 = t2 * centuries;
        double meanPhase = NEW_MOON_0 + SYNODIC_MONTH * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * centuries - 0.009173 * t2) * DEG);
        double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
        double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
        double moonLatitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
        double correction = (0.1734 - 0.000393 * centuries) * Math.sin(sunAnomaly)
                + 0.0021 * Math.sin(2 * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly)
                + 0.0161 * Math.sin(2 * moonAnomaly)
                - 0.0004 * Math.sin(3 * moonAnomaly)
                + 0.0104 * Math.sin(2 * moonLatitudeArg)
                - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
                - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
                + 0.0004 * Math.sin(2 * moonLatitudeArg + sunAnomaly)
                - 0.0004 * Math.sin(2 * moonLatitudeArg - sunAnomaly)
                - 0.0006 * Math.sin(2 * moonLatitudeArg + moonAnomaly)
                + 0.0010 * Math.sin(2 * moonLatitudeArg - moonAnomaly)
                + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
        double trueNewMoon = meanPhase + correction - deltaT(centuries);
        // A Julian date starts at noon UT: +0.5 gives the civil UT day, + offset the local day.
        return (long) Math.floor(trueNewMoon + 0.5 + offsetHours / 24);
    }

    /** Terrestrial minus universal time, in days, as a polynomial fit (T in Julian centuries from 1900). */
    private static double deltaT(double centuries) {
        double t2 = centuries * centuries;
        double t3 = t2 * centuries;
        if (centuries < -11) {
            return 0.001 + 0.000839 * centuries + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * centuries * t3;
        }
        return -0.000278 + 0.000265 * centuries + 0.000262 * t2;
    }

    /**
     * The sector 0–11 of the sun's true geometric longitude at local midnight starting day {@code jdn}:
     * sector s covers [30·s°, 30·s + 30°). Sector 9 begins at the winter solstice (270°).
     */
    static int sunSector(long jdn, double offsetHours) {
        double centuries = (jdn - 0.5 - offsetHours / 24 - 2_451_545.0) / 36_525; // from J2000.0
        double t2 = centuries * centuries;
        double meanAnomaly = (357.52910 + 35_999.05030 * centuries - 0.0001559 * t2
                - 0.00000048 * centuries * t2) * DEG;
        double meanLongitude = 280.46645 + 36_000.76983 * centuries + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * centuries - 0.000014 * t2) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * centuries) * Math.sin(2 * meanAnomaly)
                + 0.000290 * Math.sin(3 * meanAnomaly);
        double longitude = (meanLongitude + centre) % 360;
        if (longitude < 0) {
            longitude += 360;
        }
        return (int) (longitude / 30);
    }
}
