package org.healthlib.core.model;

/** Who an article is written for; schema.org's {@code audience}. */
public enum Audience implements Slugged {
    PATIENT,
    CAREGIVER,
    CLINICIAN
}
