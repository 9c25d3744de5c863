"""Turning paragraphs into laid-out Qt text documents, shared by the window, preview and print."""
