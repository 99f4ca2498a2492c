package org.vigil.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arguments of {@code flink run}: what they set, and a bad one refused by name. */
class JobOptionsTest {

  @Test
  void readsAKafkaJob() {
    JobOptions o = JobOptions.parse("--kafka", "k:9092", "--topic", "news", "--db",
        "jdbc:postgresql://db/vigil", "--records-topic", "records", "--bounded",
        "--parallelism", "8", "--checkpoint-seconds", "10", "--group", "g");
    assertThat(o.kafka()).isEqualTo("k:9092");
    assertThat(o.topic()).isEqualTo("news");
    assertThat(o.store()).isEqualTo("jdbc:postgresql://db/vigil");
    assertThat(o.recordsTopic()).isEqualTo("records");
    assertThat(o.bounded()).isTrue();
    assertThat(o.parallelism()).isEqualTo(8);
    assertThat(o.checkpoints()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.group()).isEqualTo("g");
  }

  @Test
  void readsFolders() {
    JobOptions o = JobOptions.parse("--folder", "a", "--folder", "b", "--db", "store");
    assertThat(o.kafka()).isNull();
    assertThat(o.folders()).isEqualTo(List.of("a", "b"));
    assertThat(o.parallelism()).isEqualTo(1);
  }

  @Test
  void refusesWhatItCannotRun() {
    assertThatThrownBy(() -> JobOptions.parse("--kafka", "k:9092"))
        .hasMessageContaining("--db");
    assertThatThrownBy(() -> JobOptions.parse("--db", "s"))
        .hasMessageContaining("Kafka topic to read or an archive folder");
    assertThatThrownBy(() -> JobOptions.parse("--db", "s", "--folder", "a", "--threads", "2"))
        .hasMessageContaining("--threads");
    assertThatThrownBy(() -> JobOptions.parse("--db", "s", "--folder", "a", "--parallelism",
        "0")).hasMessageContaining("parallelism must be 1 or more");
    assertThatThrownBy(() -> JobOptions.parse("--db", "s", "--folder", "a", "--records-topic",
        "r")).hasMessageContaining("needs the Kafka servers");
  }
}
