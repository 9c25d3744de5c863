"""Allows `python -m oicreader`."""

import sys

if getattr(sys, "frozen", False) and sys.argv[1:2] == ["--oicreader-pdf-helper"]:
    # The packaged app started again to read some of a long PDF's pages (pdf_parallel).
    from oicreader.importing.pdf_parallel import serve_as_helper

    sys.exit(serve_as_helper())

from oicreader.cli import main

sys.exit(main())
