package org.vigil.model;

/** Which build of Vigil wrote a record, and the steps it ran. */
public record ExtractorInfo(String version, String pipeline) {}
