package org.vigil.flink;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Watermarks of one Kafka partition: the latest record time seen. A record of that same time
 * may still come; the store writer then saves it at the next watermark, still before every
 * later one. A quiet topic so lets its last article through at once instead of holding it back
 * until the next one arrives.
 */
final class LatestTimeWatermarks<T> implements WatermarkGenerator<T> {
  private long latest = Long.MIN_VALUE;

  @Override
  public void onEvent(T event, long time, WatermarkOutput output) {
    latest = Math.max(latest, time);
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    if (latest != Long.MIN_VALUE) {
      output.emitWatermark(new Watermark(latest));
    }
  }
}
