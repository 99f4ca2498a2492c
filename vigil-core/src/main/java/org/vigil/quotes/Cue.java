package org.vigil.quotes;

/** A speech verb (token index) with the phrase naming its speaker. */
record Cue(int verb, SpeakerPhrase phrase) {}
