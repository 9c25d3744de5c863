"""Allows `python -m oicreader`."""

import sys

from oicreader.cli import main

sys.exit(main())
