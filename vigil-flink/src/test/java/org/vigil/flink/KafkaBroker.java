package org.vigil.flink;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real Kafka broker in KRaft mode, in this JVM: one node, broker and controller at once. */
final class KafkaBroker implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  KafkaBroker() throws Exception {
    cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
  }

  String servers() {
    return cluster.bootstrapServers();
  }

  void createTopic(String name, int partitions) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", servers());
    try (Admin admin = Admin.create(p)) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    }
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
