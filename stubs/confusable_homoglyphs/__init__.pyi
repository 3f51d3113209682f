# Type stubs for the part of confusable-homoglyphs that Panel Review uses.
