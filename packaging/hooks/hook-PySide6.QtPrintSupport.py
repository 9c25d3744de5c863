"""PyInstaller's own hook for PySide6.QtPrintSupport, less what the app leaves out.

A hook in the spec's hookspath takes the place of PyInstaller's hook of the same name.
packaging/bundle_contents.py says what is kept; oicreader.spec puts it on sys.path.
"""

import bundle_contents
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = bundle_contents.hook_results(*add_qt6_dependencies(__file__))
