package org.vigil.geo.gazetteer;

/** Where a region's or a country's towns lie: their bounds and their mean. */
final class Spread {
  /** How far, in degrees, a region's centre may lie outside the bounds of its towns. */
  private static final double MARGIN = 1.0;
  private double minLat = 90;
  private double maxLat = -90;
  private double minLon = 180;
  private double maxLon = -180;
  private double sumLat;
  private double sumLon;
  private int n;

  void add(double lat, double lon) {
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    sumLat += lat;
    sumLon += lon;
    n++;
  }

  /** Whether the point lies within the towns' bounds, give or take {@link #MARGIN}. */
  boolean holds(double lat, double lon) {
    return lat >= minLat - MARGIN && lat <= maxLat + MARGIN
        && lon >= minLon - MARGIN && lon <= maxLon + MARGIN;
  }

  double middleLat() {
    return (minLat + maxLat) / 2;
  }

  double middleLon() {
    return (minLon + maxLon) / 2;
  }

  double meanLat() {
    return sumLat / n;
  }

  double meanLon() {
    return sumLon / n;
  }
}
