"""The Marketing Setup dialog (SPEC §2.2): codes, numbering, inheritance, defaults, duplicates, fields."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QSpinBox, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.domain.fields import CODE_TABLES
from app.domain.setup import get_setup
from app.domain.setup_checks import CODE_LOOKUP_FIELDS, RELATION_CODE_FIELDS
from app.models import BusinessRelation, NoSeries
from app.operations import setup as setup_ops
from app.ui import prompts, runner
from app.ui.context import AppContext
from app.ui.dialogs.common import CodeCombo, CodeItems, code_items, go_to_field, ok_cancel, page_widgets
from app.ui.dialogs.field_map_page import FieldMapPage, FieldMapRow
from app.ui.dialogs.setup_pages import (
    Editors,
    align_labels,
    defaults_page,
    duplicates_page,
    general_page,
    inheritance_page,
)

log = logging.getLogger(__name__)


def _load(session: Session) -> tuple[dict[str, Any], dict[str, CodeItems], list[FieldMapRow]]:
    setup = get_setup(session)
    values = {column: getattr(setup, column) for column in setup_ops.SETUP_CAPTIONS}
    choices = {
        "relations": code_items(session, BusinessRelation),
        "series": code_items(session, NoSeries),
    }
    for field in set(CODE_LOOKUP_FIELDS.values()):
        model = CODE_TABLES[field]
        choices[field] = code_items(session, model, "name" if hasattr(model, "name") else "description")
    rows = [
        FieldMapRow(r.contact_field, r.link_to_table, r.record_field, r.direction, r.enabled)
        for r in setup_ops.field_map_rows(session)
    ]
    return values, choices, rows


def _save_setup(
    session: Session, values: dict[str, Any], switches: dict[tuple[str, str], bool]
) -> None:
    """The dialog's OK: the changed setup fields and field-map switches, together or not at all."""
    if values:
        setup_ops.update_marketing_setup(session, values)
    for (field, table), enabled in switches.items():
        setup_ops.set_field_map_enabled(session, field, table, enabled)


class MarketingSetupDialog(QDialog):
    """The one setup record in five tabs. OK checks and saves everything in one unit of work through
    app.operations.setup; a refusal names the field, brings it to the front and keeps every entry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("dialog_marketing_setup")
        self.setWindowTitle(self.tr("Marketing Setup"))
        with ctx.db.session() as session:
            self._loaded, choices, rows = _load(session)
        self.editors: Editors = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("setup_tabs")
        self.tabs.addTab(
            general_page(self.editors, choices["relations"], choices["series"]), self.tr("General")
        )
        self.tabs.addTab(inheritance_page(self.editors), self.tr("Inheritance"))
        self.tabs.addTab(defaults_page(self.editors, choices), self.tr("Defaults"))
        self.tabs.addTab(duplicates_page(self.editors), self.tr("Duplicates"))
        self.field_map = FieldMapPage(rows, self)
        self.tabs.addTab(self.field_map, self.tr("Synchronized Fields"))
        pages = page_widgets(self.tabs)
        for index, page in enumerate(pages):
            page.setObjectName(f"setup_page_{index}")
        align_labels(pages[:4])
        for column, value in self._loaded.items():
            self.set_value(column, value)
        intro = QLabel(self.tr("Changes take effect when you choose OK."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(intro)
        layout.addWidget(ok_cancel(self))
        self.resize(680, 560)

    # --- binding (Picard-style load / save by hand) -------------------------------------------------
    def set_value(self, column: str, value: Any) -> None:
        editor = self.editors[column]
        if isinstance(editor, CodeCombo):
            editor.set_code(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))

    def value(self, column: str) -> Any:
        editor = self.editors[column]
        if isinstance(editor, CodeCombo):
            return editor.code() or None
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        assert isinstance(editor, QSpinBox)
        return editor.value()

    def changed_values(self) -> dict[str, Any]:
        """The fields the user changed (blank codes as None, as the setup stores them)."""
        result = {}
        for column, old in self._loaded.items():
            new = self.value(column)
            if isinstance(old, str) and column in CODE_LOOKUP_FIELDS:
                new = new or ""
            if new != old:
                result[column] = new
        return result

    def blanked_codes_in_use(self, values: dict[str, Any]) -> dict[str, int]:
        """The business relation code fields the user blanked whose code links carry: {field: links}."""
        blanked = [c for c in RELATION_CODE_FIELDS if c in values and not values[c] and self._loaded.get(c)]
        if not blanked:
            return {}
        with self._ctx.db.session() as session:
            counts = {column: setup_ops.links_using_setup_code(session, column) for column in blanked}
        return {column: count for column, count in counts.items() if count}

    def _confirm_blanked_codes(self, values: dict[str, Any]) -> bool:
        """Blanking a code that links use: say what it means and ask (No keeps the dialog open as it is)."""
        in_use = self.blanked_codes_in_use(values)
        if not in_use:
            return True
        lines = [
            self.tr("{field} {code}, links using it: {count}").format(
                field=setup_ops.setup_caption(column), code=self._loaded[column], count=count
            )
            for column, count in in_use.items()
        ]
        text = self.tr(
            "You blank a business relation code that existing links use:\n{lines}\n\nThose links keep their "
            "business relation and keep synchronizing. New links of that kind will not be made: no automatic "
            "contacts, no Create as, Link with existing or batch job for it, until the code is filled "
            "again.\n\nBlank the code anyway?"
        ).format(lines="\n".join(lines))
        focus = next(iter(in_use))
        self.tabs.setCurrentIndex(0)
        self.editors[focus].setFocus()
        return prompts.question(self, self.tr("Marketing Setup"), text)

    def accept(self) -> None:
        values, switches = self.changed_values(), self.field_map.changes()
        if not self._confirm_blanked_codes(values):
            return
        on_refusal = go_to_field(self.editors)
        if not runner.run(self, self._ctx.db, _save_setup, values, switches, on_refusal=on_refusal).done:
            return
        log.info("marketing setup saved: %s, %d field switches", sorted(values), len(switches))
        super().accept()
