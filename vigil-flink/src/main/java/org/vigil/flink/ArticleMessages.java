package org.vigil.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads each Kafka record of the articles topic as an {@link ArticleMessage}, verbatim. */
final class ArticleMessages implements KafkaRecordDeserializationSchema<ArticleMessage> {

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record,
      Collector<ArticleMessage> out) {
    byte[] value = record.value() == null ? new byte[0] : record.value();
    out.collect(new ArticleMessage(record.offset(),
        record.topic() + "-" + record.partition() + "@" + record.offset(), value));
  }

  @Override
  public TypeInformation<ArticleMessage> getProducedType() {
    return TypeInformation.of(ArticleMessage.class);
  }
}
