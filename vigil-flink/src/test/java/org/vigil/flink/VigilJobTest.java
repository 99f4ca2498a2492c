package org.vigil.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.document.Document;
import org.vigil.document.ReaderOptions;
import org.vigil.store.Store;
import org.vigil.store.StoreLocation;
import org.vigil.store.ingest.IngestListener;
import org.vigil.store.ingest.Ingestor;
import org.vigil.store.testing.FakesRecords;
import org.vigil.store.testing.TestStores;

/**
 * The Flink job end to end on real parts: a Kafka broker in KRaft mode and Flink's MiniCluster
 * in this JVM, the FA-KES dev articles as JSONL messages, and the PostgreSQL server. The job
 * must store what {@code vigil ingest} stores from the same lines: as many inputs, records,
 * stories, events and incidents; and so must a run whose task fails midway.
 */
class VigilJobTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  @TempDir
  static Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static KafkaBroker kafka;
  private static List<String> lines;
  private static Store.Counts ingested;

  @BeforeAll
  static void ingestTheReference() throws Exception {
    kafka = new KafkaBroker();
    lines = fakesLines();
    Path jsonl = dir.resolve("fakes-dev.jsonl");
    Files.write(jsonl, lines);
    StoreLocation reference = TestStores.postgres("vigil-flink-reference");
    try (Store store = Store.open(reference)) {
      new Ingestor(store, FakesRecords.pipeline(), 2, ReaderOptions.defaults())
          .ingest(List.of(jsonl.toString()), null, InputStream.nullInputStream(),
              new IngestListener() {});
      ingested = store.counts();
    } finally {
      TestStores.drop(reference);
    }
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  @Test
  void storesWhatIngestStores() throws Exception {
    Run run = run("clean", null);
    assertThat(run.counts()).isEqualTo(ingested);
    assertOneRecordPerMessage(run);
  }

  @Test
  void aTaskFailingMidwayLosesAndDoublesNothing() throws Exception {
    Run run = run("failing", new FailOnce(lines.size() / 3));
    assertThat(FailOnce.FAILED).isTrue();
    assertThat(run.counts()).isEqualTo(ingested);
    assertOneRecordPerMessage(run);
  }

  @Test
  void readsAnArchiveFolderAsIngestDoes() throws Exception {
    // the folder holds the one JSONL file the reference ingest read
    StoreLocation location = TestStores.postgres("vigil-flink-folder");
    try {
      JobOptions options = JobOptions.folders(List.of(dir.toString()), location.jdbcUrl())
          .withParallelism(2).withPipeline(new FakesPipeline());
      VigilJob.run(StreamExecutionEnvironment.getExecutionEnvironment(), options);
      try (Store store = Store.open(location)) {
        assertThat(store.counts()).isEqualTo(ingested);
      }
    } finally {
      TestStores.drop(location);
    }
  }

  /**
   * The records topic holds one committed record per message, none doubled: a message sent
   * twice (FA-KES has one line twice) gives its record twice, and the store keeps it once.
   */
  private static void assertOneRecordPerMessage(Run run) {
    assertThat(run.records()).hasSize(lines.size());
    assertThat(Set.copyOf(run.records())).hasSize((int) ingested.articles());
  }

  /** What a run stored, and a digest of each record it committed to the records topic. */
  private record Run(Store.Counts counts, List<String> records) {}

  /** Sends the lines to a new topic and runs the job over it at parallelism 2. */
  private static Run run(String name, FailOnce failure) throws Exception {
    String articles = "articles-" + name;
    String records = "records-" + name;
    kafka.createTopic(articles, 1);
    kafka.createTopic(records, 1);
    send(articles);
    StoreLocation location = TestStores.postgres("vigil-flink-" + name);
    try {
      JobOptions options = JobOptions.kafka(kafka.servers(), articles, location.jdbcUrl())
          .withBounded(true).withParallelism(2).withRecordsTopic(records)
          .withGroup("vigil-" + name).withCheckpoints(Duration.ofSeconds(1))
          .withPipeline(new FakesPipeline());
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      VigilJob.build(env, options, failure == null ? s -> s : s -> s.map(failure));
      env.execute("vigil " + name);
      try (Store store = Store.open(location)) {
        return new Run(store.counts(), committed(records));
      }
    } finally {
      TestStores.drop(location);
    }
  }

  /** The FA-KES dev articles as the JSONL lines {@code vigil extract} reads. */
  private static List<String> fakesLines() {
    List<String> out = new ArrayList<>();
    for (int row = 2; row < FakesRecords.size() + 2; row++) {
      Document d = FakesRecords.document(row);
      ObjectNode line = JSON.createObjectNode();
      line.put("id", d.source().id());
      line.put("title", d.source().title());
      line.put("url", d.source().url());
      line.put("published", d.published());
      line.put("text", d.text());
      out.add(line.toString());
    }
    return out;
  }

  private static void send(String topic) {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.servers());
    p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
    p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      lines.forEach(l -> producer.send(new ProducerRecord<>(topic, l)));
      producer.flush();
    }
  }

  /** A digest of every committed record of {@code topic}, read until it is quiet for 5 s. */
  private static List<String> committed(String topic) throws NoSuchAlgorithmException {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka.servers());
    p.put("group.id", "check-" + UUID.randomUUID());
    p.put("auto.offset.reset", "earliest");
    p.put("isolation.level", "read_committed");
    p.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    p.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    List<String> out = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      consumer.subscribe(List.of(topic));
      long quietSince = System.nanoTime();
      while (System.nanoTime() - quietSince < Duration.ofSeconds(5).toNanos()) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          out.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
              .digest(r.value().getBytes(StandardCharsets.UTF_8))));
          quietSince = System.nanoTime();
        }
      }
    }
    return out;
  }
}
