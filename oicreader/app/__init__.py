"""The application layer: the reader's use cases over the open library, with no Qt.

The window and the command line call this layer, never `oicreader.store`: each use case
keeps its whole policy here (a new note's id and revision, the backup before a risky write,
reopening the library after a restore) and returns the `Changes` it made, so each screen
redraws only what a change concerns. Each module names the record types its callers need.
"""
