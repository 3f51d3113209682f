"""The member's screens: the round list, the review workspace (case list, checklist,
questions), saving answers as they are typed, undo, and printing the member's review."""
