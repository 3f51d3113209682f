"""The document viewer: a case's documents, one tab each, read straight from memory.

`DocumentViewer` holds the tabs; each kind of document has its own tab module (PDF,
plain text) and every tab shares the controls in `controls`.
"""

from desktop.ui.viewer.document_viewer import DocumentViewer

__all__ = ["DocumentViewer"]
