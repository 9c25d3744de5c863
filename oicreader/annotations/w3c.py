"""Annotations as W3C Web Annotation Data Model JSON-LD: export, strict import, atomic files.

Each concern has its own module (w3c_export, w3c_import, w3c_files, and w3c_validation for
what they share); this one gathers their public names, the import the CLI and window use.
"""

from __future__ import annotations

from oicreader.annotations.w3c_export import export_collection, motivation_of, source_iri
from oicreader.annotations.w3c_files import (
    MAX_FILE_BYTES,
    annotation_file_bytes,
    annotations_from_bytes,
    read_annotation_file,
    write_annotation_file,
)
from oicreader.annotations.w3c_import import import_collection
from oicreader.annotations.w3c_validation import (
    ANNOTATION_CONTEXT,
    DEFAULT_ADVICE,
    MAX_LISTED_PROBLEMS,
    SOURCE_PREFIX,
    STYLE_CLASS_PREFIX,
    AnnotationFileError,
    FileProblem,
)

__all__ = [
    "ANNOTATION_CONTEXT",
    "DEFAULT_ADVICE",
    "MAX_FILE_BYTES",
    "MAX_LISTED_PROBLEMS",
    "SOURCE_PREFIX",
    "STYLE_CLASS_PREFIX",
    "AnnotationFileError",
    "FileProblem",
    "annotation_file_bytes",
    "annotations_from_bytes",
    "export_collection",
    "import_collection",
    "motivation_of",
    "read_annotation_file",
    "source_iri",
    "write_annotation_file",
]
