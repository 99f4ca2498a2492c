package org.vigil.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigil.flink.JobOptions;
import org.vigil.flink.VigilJob;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil flink}: the ingest as a Flink job on a Flink cluster in this process. It reads
 * a Kafka topic of articles (following it, or up to its current end with {@code --bounded}),
 * or archive folders once, and writes into the store and, if asked, a records topic.
 * On a Flink cluster the same job runs from the vigil-flink jar with {@code flink run}.
 */
@Command(name = "flink", mixinStandardHelpOptions = true,
    description = "Ingest as an Apache Flink job, from a Kafka topic or archive folders.")
final class FlinkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Parameters(arity = "0..*", paramLabel = "FOLDER",
      description = "archive folders or files to ingest once (instead of --kafka)")
  List<String> folders = new ArrayList<>();

  @Option(names = "--kafka", paramLabel = "SERVERS",
      description = "Kafka bootstrap servers to read articles from, host:port[,…]")
  String kafka;

  @Option(names = "--topic", description = "the topic of articles, one JSONL article a record "
      + "(default: ${DEFAULT-VALUE})")
  String topic = "articles";

  @Option(names = "--group", description = "the consumer group that keeps the job's offsets "
      + "(default: ${DEFAULT-VALUE})")
  String group = "vigil";

  @Option(names = "--bounded", description = "stop at the end the topic has when the job "
      + "starts, instead of following it")
  boolean bounded;

  @Option(names = "--records-topic", paramLabel = "TOPIC",
      description = "also write each article record to this topic, exactly once")
  String recordsTopic;

  @Option(names = "--parallelism", description = "tasks that extract at once "
      + "(default: ${DEFAULT-VALUE})")
  int parallelism = Runtime.getRuntime().availableProcessors();

  @Option(names = "--checkpoint-seconds", description = "seconds between checkpoints "
      + "(default: ${DEFAULT-VALUE})")
  int checkpointSeconds = 30;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (kafka == null && folders.isEmpty()) {
      throw new IllegalArgumentException("give archive FOLDERs, or --kafka to read a topic");
    }
    if (kafka != null && !folders.isEmpty()) {
      throw new IllegalArgumentException("give archive FOLDERs or --kafka, not both");
    }
    StoreLocation location = store.location();
    JobOptions base = kafka != null
        ? JobOptions.kafka(kafka, topic, location.jdbcUrl()).withGroup(group)
            .withBounded(bounded)
        : JobOptions.folders(folders, location.jdbcUrl());
    JobOptions options = base.withRecordsTopic(recordsTopic).withParallelism(parallelism)
        .withCheckpoints(Duration.ofSeconds(checkpointSeconds));
    try (Store s = Store.open(location)) {
      err.println("vigil: store " + s.location().label());
      Store.Counts before = s.counts();
      long t0 = System.nanoTime();
      VigilJob.prepare(options.pipeline());
      err.printf("vigil: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      VigilJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), options);
      double seconds = (System.nanoTime() - t1) / 1e9;
      Store.Counts after = s.counts();
      long inputs = after.inputs() - before.inputs();
      err.printf("vigil: flink job at parallelism %d: %,d new inputs in %.1f s, %.2f inputs/s;"
              + " the store holds %,d articles, %,d stories, %,d incidents, %,d failures%n",
          parallelism, inputs, seconds, inputs / seconds, after.articles(), after.stories(),
          after.incidents(), after.failures());
      return after.failures() > before.failures() ? 1 : 0;
    }
  }
}
