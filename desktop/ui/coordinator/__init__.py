"""The coordinator's screens (enrolling members, creating rounds and assignments,
importing reviews, consolidating and reporting) will live here."""
