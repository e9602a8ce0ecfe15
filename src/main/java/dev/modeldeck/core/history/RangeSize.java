package dev.modeldeck.core.history;

/** How many records a key range holds and the UTF-8 bytes of their values. */
public record RangeSize(long records, long valueBytes) { }
