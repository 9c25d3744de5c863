"""Exchanging a reader's annotations: W3C Web Annotation JSON-LD and Markdown."""
