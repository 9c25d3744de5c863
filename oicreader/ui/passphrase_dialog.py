"""A passphrase asked in a small dialog, hidden as it is typed; twice when it is a new one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    """Asks for a passphrase under a title and an explanation the caller words; with
    `confirm`, asks for it twice and accepts only two equal, non-empty ones.

    Used wherever a passphrase is needed (sealed notes, the library's lock), so it knows
    nothing of what the passphrase opens.
    """

    def __init__(
        self, parent: QWidget | None, title: str, explanation: str, *, confirm: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase-dialog")
        self.setWindowTitle(title)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.passphrase_field = self._hidden_field(self.tr("Passphrase"))
        self.repeated_field = self._hidden_field(self.tr("Passphrase again"))
        self.problem = QLabel(self)
        self.problem.setObjectName("passphrase-problem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_field)
        if confirm:
            form.addRow(self.tr("&Again:"), self.repeated_field)
        self.confirm = confirm
        self.repeated_field.setVisible(confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.passphrase_field.textChanged.connect(self._check)
        self.repeated_field.textChanged.connect(self._check)
        self._check()
        self._fit_height()

    def _fit_height(self) -> None:
        # Tall enough for the explanation wrapped at this width: a wrapped label's size hint
        # is that of one line, which cut a long explanation (the library's) in two.
        layout = self.layout()
        wrapped = layout.totalHeightForWidth(440) if layout is not None else -1
        self.resize(440, max(self.sizeHint().height(), wrapped))

    def _hidden_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _check(self) -> None:
        """Allow OK only for a passphrase that can be used; say what is missing."""
        typed = self.passphrase_field.text()
        repeated = self.repeated_field.text()
        problem = ""
        if self.confirm and repeated and repeated != typed:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ready = bool(typed) and (not self.confirm or repeated == typed)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ready)

    def accept(self) -> None:
        """Close with the passphrase only when it can be used (Enter bypasses the button)."""
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()

    def say_problem(self, problem: str) -> None:
        """Say what was wrong with the last passphrase (until the reader types again)."""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self._fit_height()

    def passphrase(self) -> str:
        """The passphrase typed."""
        return self.passphrase_field.text()

    def forget(self) -> None:
        """Empty the fields, so the passphrase does not stay in the widgets' memory longer
        than needed (Python's strings may keep copies; this is what Qt's side allows)."""
        for field in (self.passphrase_field, self.repeated_field):
            field.clear()


def ask_passphrase(
    parent: QWidget | None,
    title: str,
    explanation: str,
    *,
    confirm: bool = False,
    problem: str = "",
) -> str | None:
    """The passphrase the reader typed in a PassphraseDialog, or None when cancelled;
    `problem` says what was wrong with the one typed before."""
    dialog = PassphraseDialog(parent, title, explanation, confirm=confirm)
    dialog.say_problem(problem)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()
    finally:
        dialog.forget()
        dialog.deleteLater()
