package org.vigil.flink;

/**
 * One article as it arrived on a Kafka topic: a JSONL line of the shape {@code vigil extract}
 * reads, and where it came from.
 *
 * @param seq its place in the stream: the record's offset, which orders the linking
 * @param name names it in messages and in the store, {@code topic-partition@offset}
 * @param raw the message's value, verbatim
 */
public record ArticleMessage(long seq, String name, byte[] raw) {}
