# confusable-homoglyphs ships no type information; this is the one name we read:
# each key maps to the characters the Unicode confusables table pairs it with.
confusables_data: dict[str, list[dict[str, str]]]
