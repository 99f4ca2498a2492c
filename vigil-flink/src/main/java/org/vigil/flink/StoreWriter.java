package org.vigil.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.vigil.model.ArticleJson;
import org.vigil.store.Store;

/**
 * Saves the articles of one linking key into the store, in input order, and passes each
 * record on. Extraction runs on many tasks and finishes out of order, so each article waits in
 * keyed state until the watermark says that every article of its time or before has arrived;
 * then those of one time are saved by their sequence. The waiting articles are part of each
 * checkpoint.
 *
 * <p>Every write is one transaction of the store and adds nothing when made again, so an
 * article saved after the last checkpoint and replayed after a failure is stored once. A
 * store that cannot be reached fails the task, and Flink restarts it from the checkpoint.
 */
final class StoreWriter extends KeyedProcessFunction<String, ExtractedArticle, String> {

  /** Articles of one moment in the order they arrived: by sequence, then by name. */
  private static final Comparator<ExtractedArticle> IN_ORDER =
      Comparator.comparingLong(ExtractedArticle::seq).thenComparing(ExtractedArticle::name);

  private final String location;
  private transient Store store;
  private transient ArticleJson json;
  private transient MapState<Long, List<ExtractedArticle>> waiting;

  StoreWriter(String location) {
    this.location = location;
  }

  @Override
  public void open(OpenContext context) {
    store = SharedStores.acquire(location);
    json = new ArticleJson();
    waiting = getRuntimeContext().getMapState(new MapStateDescriptor<>("waiting", Types.LONG,
        Types.LIST(TypeInformation.of(ExtractedArticle.class))));
  }

  @Override
  public void processElement(ExtractedArticle a, Context ctx, Collector<String> out)
      throws Exception {
    long time = ctx.timestamp();
    List<ExtractedArticle> at = waiting.get(time);
    List<ExtractedArticle> now = at == null ? new ArrayList<>() : new ArrayList<>(at);
    now.add(a);
    waiting.put(time, now);
    ctx.timerService().registerEventTimeTimer(time);
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<String> out) throws Exception {
    List<ExtractedArticle> due = waiting.get(time);
    if (due == null) {
      return;
    }
    waiting.remove(time);
    for (ExtractedArticle a : due.stream().sorted(IN_ORDER).toList()) {
      write(a, out);
    }
  }

  private void write(ExtractedArticle a, Collector<String> out) {
    if (a.document() == null) {
      store.fail(a.name(), null, a.failure());
      return;
    }
    Store.Receipt receipt = store.receive(a.document());
    if (a.article() == null) {
      store.fail(a.name(), receipt.inputId(), a.failure());
      return;
    }
    store.save(receipt.inputId(), a.article());
    out.collect(json.line(a.article()));
  }

  @Override
  public void close() {
    if (store != null) {
      SharedStores.release(location);
    }
  }
}
