"""A filter's combo box that never cuts its first choice and elides a longer one in the middle."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from oicreader.render.qt_namespace import Qt


class FittedComboBox(QComboBox):
    """At least as wide as its first choice ("Any tag", "Toutes les étiquettes") needs, and
    no wider for a long tag or symbol: a choice that does not fit is shown elided in the
    middle, and whole in the tooltip. Qt's own combo box either cuts the text at the right
    ("Toutes l") or grows with its longest choice, pushing the panel wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _index: self._name_choice_in_tooltip())
        # Its size hint follows its first choice, which Qt does not watch for: a choice added
        # to an empty box (the tags, filled after the panel is made) must widen it.
        self.model().rowsInserted.connect(lambda *_: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        """Room for the first choice's text, besides the frame and the arrow."""
        hint = super().minimumSizeHint()
        if self.count() == 0:
            return hint
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text_width = self.fontMetrics().horizontalAdvance(self.itemText(0))
        needed = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text_width, hint.height()), self
        )
        return QSize(max(hint.width(), needed.width()), hint.height())

    def sizeHint(self) -> QSize:
        """No narrower than the first choice needs."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())

    def text_width(self) -> int:
        """The width the chosen text is drawn in."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return field.width()

    def shown_text(self) -> str:
        """The chosen text as drawn: whole, or elided in the middle when it does not fit."""
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideMiddle, self.text_width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt's drawing of a combo box, with the chosen text elided to fit."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._name_choice_in_tooltip()

    def _name_choice_in_tooltip(self) -> None:
        cut = self.shown_text() != self.currentText()
        self.setToolTip(self.currentText() if cut else "")
