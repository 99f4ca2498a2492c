package org.vigil.flink;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.vigil.model.ArticleJson;
import org.vigil.store.testing.FakesRecords;

/**
 * Every article crosses Flink's exchanges and state: its record must come out as it went in,
 * or the store would keep another record than {@code vigil ingest} does. Flink's own
 * serializer for records once gave the casualty categories back in another order.
 */
class ExtractedArticleSerializerTest {

  @Test
  void everyFakesRecordComesBackTheSame() throws Exception {
    TypeSerializer<ExtractedArticle> serializer = TypeInformation.of(ExtractedArticle.class)
        .createSerializer(new SerializerConfigImpl());
    ArticleJson json = new ArticleJson();
    DataOutputSerializer out = new DataOutputSerializer(1 << 16);
    for (int row = 2; row < FakesRecords.size() + 2; row++) {
      ExtractedArticle sent = new ExtractedArticle(row, "SY", "row " + row,
          FakesRecords.document(row), FakesRecords.article(row), null);
      out.clear();
      serializer.serialize(sent, out);
      ExtractedArticle got = serializer.deserialize(
          new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
      assertThat(json.line(got.article())).as("row %d", row)
          .isEqualTo(json.line(sent.article()));
      assertThat(got.document().raw()).isEqualTo(sent.document().raw());
      assertThat(got.document().text()).isEqualTo(sent.document().text());
      assertThat(got.seq()).isEqualTo(row);
    }
  }
}
