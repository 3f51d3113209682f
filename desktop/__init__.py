"""Panel Review: offline review of police case files for independent scrutiny panels."""

__version__ = "0.2.0"
