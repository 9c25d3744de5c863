"""Item views with mixed Arabic and Latin text: each line drawn in its own direction."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from oicreader.render.qt_namespace import Qt

_RTL_RANGES = (
    ("\u0590", "\u08ff"),  # Hebrew, Arabic, Syriac, Thaana, N'Ko, Arabic Extended
    ("\ufb1d", "\ufdff"),  # Hebrew and Arabic presentation forms A
    ("\ufe70", "\ufeff"),  # Arabic presentation forms B
)
_VERTICAL_MARGIN = 3
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration

Index = QModelIndex | QPersistentModelIndex


def text_direction(
    text: str, fallback: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> Qt.LayoutDirection:
    """The direction of a text from its first strong letter (Unicode bidi rules P2–P3)."""
    for char in text:
        if char.isalpha():
            if any(low <= char <= high for low, high in _RTL_RANGES):
                return Qt.LayoutDirection.RightToLeft
            return Qt.LayoutDirection.LeftToRight
    return fallback


def start_alignment(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """The absolute side a text of this direction starts from."""
    side = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute


class BidiItemDelegate(QStyledItemDelegate):
    """Lays out each line of an item's text as its own paragraph, in its own direction.

    Qt lays out an item's lines as one bidi paragraph in the view's direction, so in an
    English list "قرار رقم 5." ends with its full stop on the wrong side, and an Arabic quote
    under an English reference is reordered around it. Here every line takes its direction
    from its first strong letter. With `align_to_text`, each line also starts on its own
    side (Arabic on the right); otherwise it starts on the view's side (trees, where the
    indentation shows the hierarchy).
    """

    def __init__(self, view: QAbstractItemView, align_to_text: bool = True) -> None:
        super().__init__(view)
        self.view = view
        self.align_to_text = align_to_text
        if isinstance(view, QListView):
            view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the dock is resized

    def _wraps(self) -> bool:
        return bool(getattr(self.view, "wordWrap", lambda: False)())

    def _text_margin(self, widget: QWidget | None) -> int:
        # The same horizontal margin Qt's own item text gets (QCommonStyle::viewItemDrawText).
        style = widget.style() if widget is not None else self.view.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1

    def _layouts(
        self, text: str, option: QStyleOptionViewItem, width: int
    ) -> list[tuple[QTextLayout, float]]:
        """One laid-out QTextLayout per line of text, with its height."""
        metrics = QFontMetrics(option.font)
        result: list[tuple[QTextLayout, float]] = []
        # initStyleOption has already turned each "\n" into a LINE SEPARATOR.
        for line_text in text.replace("\u2028", "\n").split("\n"):
            direction = text_direction(line_text, self.view.layoutDirection())
            if not self._wraps():
                line_text = metrics.elidedText(line_text, Qt.TextElideMode.ElideRight, width)
            layout = QTextLayout(line_text, option.font)
            text_option = QTextOption()
            text_option.setTextDirection(direction)
            side = direction if self.align_to_text else self.view.layoutDirection()
            text_option.setAlignment(start_alignment(side))
            text_option.setWrapMode(
                QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
                if self._wraps()
                else QTextOption.WrapMode.NoWrap
            )
            layout.setTextOption(text_option)
            height = 0.0
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, height))
                height += line.height()
            layout.endLayout()
            result.append((layout, max(height, float(metrics.height()))))
        return result

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        if width <= 0:  # a list asks for a size before it gives its items a rectangle
            width = self.view.viewport().width()
        return max(20, width - 2 * self._text_margin(option.widget))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Tall enough for every line, each wrapped to the view's width."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        wraps = self._wraps()
        # Qt's own size lays the whole text out once more; a wrapped row without an icon
        # is as wide as the view and as high as the lines laid out here, so it is skipped.
        decorated = bool(item.features & _HAS_DECORATION)
        base = super().sizeHint(option, index) if decorated or not wraps else QSize(0, 0)
        if not item.text:
            return base if decorated or not wraps else super().sizeHint(option, index)
        width = self._text_width(item)
        height = sum(height for _layout, height in self._layouts(item.text, item, width))
        height_needed = int(height) + 2 * _VERTICAL_MARGIN
        if wraps:
            return QSize(width, max(base.height(), height_needed))
        return QSize(base.width(), max(base.height(), height_needed))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Qt draws the background, selection and focus; the lines are drawn here."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        if not text:
            return
        margin = self._text_margin(widget)
        area = QRect(item.rect).adjusted(margin, 0, -margin, 0)
        layouts = self._layouts(text, item, area.width())
        total = sum(height for _layout, height in layouts)
        group = (
            QPalette.ColorGroup.Normal
            if item.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = item.palette.color(group, role)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(foreground, QBrush) and not selected:
            color = foreground.color()
        painter.save()
        painter.setPen(color)
        painter.setClipRect(item.rect)
        top = area.top() + max(0.0, (area.height() - total) / 2)
        for layout, height in layouts:
            layout.draw(painter, QPointF(area.left(), top))
            top += height
        painter.restore()
