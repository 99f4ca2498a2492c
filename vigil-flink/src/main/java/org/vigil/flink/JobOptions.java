package org.vigil.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the Flink job reads, where it writes, and how it runs.
 *
 * @param kafka the Kafka bootstrap servers, or null to read {@code folders} instead
 * @param topic the topic of articles, one JSONL article a record
 * @param group the consumer group, which keeps the committed offsets of the job
 * @param bounded whether to stop at the end the topic has when the job starts (a backfill),
 *     instead of following it
 * @param folders archive folders or files, read once, when {@code kafka} is null
 * @param store the store to write to: a JDBC URL or a folder (see {@code StoreLocation.of})
 * @param recordsTopic the topic to write article records to, or null for none
 * @param parallelism the tasks that extract at once
 * @param checkpoints the interval of checkpoints
 * @param pipeline makes the extraction pipeline on each task manager
 */
public record JobOptions(String kafka, String topic, String group, boolean bounded,
    List<String> folders, String store, String recordsTopic, int parallelism,
    Duration checkpoints, PipelineFactory pipeline) {

  public JobOptions {
    Objects.requireNonNull(store, "store");
    folders = List.copyOf(folders);
    if (kafka == null && folders.isEmpty()) {
      throw new IllegalArgumentException("give a Kafka topic to read or an archive folder");
    }
    if (kafka != null && topic == null) {
      throw new IllegalArgumentException("give the topic of articles to read from Kafka");
    }
    if (recordsTopic != null && kafka == null) {
      throw new IllegalArgumentException("a records topic needs the Kafka servers to write to");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be 1 or more, not " + parallelism);
    }
  }

  /** The defaults for a Kafka topic: group {@code vigil}, following, checkpoints every 30 s. */
  public static JobOptions kafka(String servers, String topic, String store) {
    return new JobOptions(servers, topic, "vigil", false, List.of(), store, null, 1,
        Duration.ofSeconds(30), new PipelineFactory.Standard());
  }

  /** The defaults for archive folders, read once. */
  public static JobOptions folders(List<String> folders, String store) {
    return new JobOptions(null, null, null, true, folders, store, null, 1,
        Duration.ofSeconds(30), new PipelineFactory.Standard());
  }

  /**
   * The options of {@code flink run}'s arguments: {@code --kafka SERVERS --topic T} or
   * {@code --folder F} (repeatable), {@code --db STORE}, and optionally {@code --group G},
   * {@code --bounded}, {@code --records-topic T}, {@code --parallelism N},
   * {@code --checkpoint-seconds S}.
   */
  public static JobOptions parse(String... args) {
    Map<String, String> one = new HashMap<>();
    List<String> folders = new ArrayList<>();
    boolean bounded = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--bounded")) {
        bounded = true;
      } else if (a.startsWith("--") && i + 1 < args.length) {
        if (a.equals("--folder")) {
          folders.add(args[++i]);
        } else {
          one.put(a.substring(2), args[++i]);
        }
      } else {
        throw new IllegalArgumentException("unknown argument: " + a);
      }
    }
    String store = one.remove("db");
    if (store == null) {
      throw new IllegalArgumentException("give the store to write to with --db");
    }
    String kafka = one.remove("kafka");
    if (kafka == null) {
      for (String needsKafka : List.of("topic", "group")) {
        if (one.containsKey(needsKafka)) {
          throw new IllegalArgumentException("--" + needsKafka + " needs --kafka");
        }
      }
    }
    JobOptions o = kafka != null
        ? kafka(kafka, one.getOrDefault("topic", "articles"), store)
            .withGroup(one.getOrDefault("group", "vigil")).withBounded(bounded)
        : folders(folders, store);
    o = o.withRecordsTopic(one.get("records-topic"))
        .withParallelism(Integer.parseInt(one.getOrDefault("parallelism", "1")))
        .withCheckpoints(Duration.ofSeconds(
            Long.parseLong(one.getOrDefault("checkpoint-seconds", "30"))));
    one.keySet().removeAll(List.of("topic", "group", "records-topic", "parallelism",
        "checkpoint-seconds"));
    if (!one.isEmpty()) {
      throw new IllegalArgumentException("unknown option: --" + one.keySet().iterator().next());
    }
    return o;
  }

  public JobOptions withParallelism(int n) {
    return new JobOptions(kafka, topic, group, bounded, folders, store, recordsTopic, n,
        checkpoints, pipeline);
  }

  public JobOptions withBounded(boolean b) {
    return new JobOptions(kafka, topic, group, b, folders, store, recordsTopic, parallelism,
        checkpoints, pipeline);
  }

  public JobOptions withRecordsTopic(String t) {
    return new JobOptions(kafka, topic, group, bounded, folders, store, t, parallelism,
        checkpoints, pipeline);
  }

  public JobOptions withGroup(String g) {
    return new JobOptions(kafka, topic, g, bounded, folders, store, recordsTopic, parallelism,
        checkpoints, pipeline);
  }

  public JobOptions withCheckpoints(Duration every) {
    return new JobOptions(kafka, topic, group, bounded, folders, store, recordsTopic,
        parallelism, every, pipeline);
  }

  public JobOptions withPipeline(PipelineFactory p) {
    return new JobOptions(kafka, topic, group, bounded, folders, store, recordsTopic,
        parallelism, checkpoints, p);
  }
}
