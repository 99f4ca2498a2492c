package org.vigil.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.vigil.document.DocumentReader;
import org.vigil.pipeline.Pipeline;

/**
 * Vigil's ingest as a Flink job: articles from a Kafka topic (or archive folders, read once)
 * are read and extracted on every task, keyed by the country their events lie in
 * ({@link LinkKey}), saved with their stories and incidents into the store in input order
 * ({@link StoreWriter}), and their records written to a Kafka topic.
 *
 * <p>Checkpoints hold the offsets read and the articles waiting to be saved; the store adds
 * nothing when an article is saved again and the records topic is written in Kafka
 * transactions, so a restart from a checkpoint neither loses nor doubles anything.
 */
public final class VigilJob {
  private VigilJob() {}

  /**
   * {@code flink run -c org.vigil.flink.VigilJob vigil-flink.jar --kafka host:9092 --topic
   * articles --db jdbc:postgresql://…} on a cluster; see {@link JobOptions#parse}.
   */
  public static void main(String[] args) throws Exception {
    run(StreamExecutionEnvironment.getExecutionEnvironment(), JobOptions.parse(args));
  }

  /**
   * Loads the pipeline in this JVM before the job starts: where the job runs in this process,
   * its tasks then find it loaded, and the job's time is the ingest's own.
   */
  public static void prepare(PipelineFactory factory) {
    SharedPipelines.of(factory);
  }

  /**
   * Lets the job's tasks in this JVM use {@code loaded}, a pipeline already loaded, as the one
   * {@code factory} would make, instead of loading the models again.
   */
  public static void prepare(PipelineFactory factory, Pipeline loaded) {
    SharedPipelines.share(factory, loaded);
  }

  /** Builds the job on {@code env} and runs it to its end (for a bounded input). */
  public static JobExecutionResult run(StreamExecutionEnvironment env, JobOptions options)
      throws Exception {
    build(env, options, UnaryOperator.identity());
    return env.execute("vigil ingest");
  }

  /**
   * Builds the job on {@code env}. {@code between} is applied to the extracted articles before
   * they are keyed: the identity, or a probe for tests.
   */
  static void build(StreamExecutionEnvironment env, JobOptions o,
      UnaryOperator<DataStream<ExtractedArticle>> between) {
    env.setParallelism(o.parallelism());
    env.enableCheckpointing(o.checkpoints().toMillis());
    DataStream<InputArticle> inputs = o.kafka() != null ? fromKafka(env, o) : fromFolders(env, o);
    // spread the inputs over every task: one Kafka partition or one file feeds one reader
    DataStream<ExtractedArticle> extracted = between.apply(inputs.rebalance()
        .map(new ExtractArticles(o.pipeline())).name("extract").uid("extract"));
    DataStream<String> records = extracted
        .keyBy(ExtractedArticle::key)
        .process(new StoreWriter(o.store())).name("store").uid("store");
    if (o.recordsTopic() != null) {
      records.sinkTo(recordsSink(o)).name("records").uid("records");
    }
  }

  private static DataStream<InputArticle> fromKafka(StreamExecutionEnvironment env,
      JobOptions o) {
    KafkaSourceBuilder<ArticleMessage> source = KafkaSource.<ArticleMessage>builder()
        .setBootstrapServers(o.kafka())
        .setTopics(o.topic())
        .setGroupId(o.group())
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new ArticleMessages());
    if (o.bounded()) {
      source.setBounded(OffsetsInitializer.latest());
    }
    WatermarkStrategy<ArticleMessage> time = WatermarkStrategy
        .<ArticleMessage>forGenerator(ctx -> new LatestTimeWatermarks<>())
        .withIdleness(Duration.ofMinutes(1));
    return env.fromSource(source.build(), time, "articles").uid("articles")
        .flatMap(new ReadMessages()).name("read").uid("read");
  }

  /**
   * Archive folders: every file once, its inputs numbered in the order {@code vigil ingest}
   * reads them. The job runs in streaming mode over this bounded input, so that articles are
   * saved while later ones are still extracted; in batch mode nothing would be saved before
   * the last extraction.
   */
  private static DataStream<InputArticle> fromFolders(StreamExecutionEnvironment env,
      JobOptions o) {
    List<ReadFiles.File> files = new ArrayList<>();
    for (String f : o.folders()) {
      for (String path : filesOf(Path.of(f))) {
        files.add(new ReadFiles.File(files.size(), path));
      }
    }
    return env.fromData(files).name("files")
        .flatMap(new ReadFiles()).name("read")
        .assignTimestampsAndWatermarks(WatermarkStrategy
            .<InputArticle>forGenerator(ctx -> new LatestTimeWatermarks<>())
            .withTimestampAssigner((a, t) -> a.seq()));
  }

  /** The files {@code vigil ingest} reads of {@code p}: itself, or a folder's article files. */
  private static List<String> filesOf(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p.toString());
    }
    try {
      return DocumentReader.articleFiles(p).stream().map(Path::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list folder " + p, e);
    }
  }

  private static KafkaSink<String> recordsSink(JobOptions o) {
    Properties producer = new Properties();
    // at most the broker's default transaction.max.timeout.ms (15 min)
    producer.setProperty("transaction.timeout.ms", String.valueOf(Duration.ofMinutes(10)
        .toMillis()));
    return KafkaSink.<String>builder()
        .setBootstrapServers(o.kafka())
        .setKafkaProducerConfig(producer)
        .setRecordSerializer(KafkaRecordSerializationSchema.builder()
            .setTopic(o.recordsTopic())
            .setValueSerializationSchema(new SimpleStringSchema())
            .build())
        .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
        .setTransactionalIdPrefix("vigil-records-" + o.group())
        .build();
  }
}
