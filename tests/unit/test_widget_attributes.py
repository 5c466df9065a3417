"""No widget keeps an attribute under the name of a Qt method: `self.metric = QComboBox()` on a QWidget
hides QPaintDevice.metric(), which Qt calls as a virtual, and the app crashes in the next nested event loop."""

import ast
import pathlib

from PySide6.QtWidgets import QDialog, QMainWindow, QStyledItemDelegate, QWidget

ROOT = pathlib.Path(__file__).resolve().parents[2] / "crm_desktop" / "ui"
QT_NAMES = {n for cls in (QWidget, QDialog, QMainWindow, QStyledItemDelegate) for n in dir(cls) if not n.startswith("_")}



def _is_widget(cls: ast.ClassDef) -> bool:
    """A class of ours deriving from a Qt widget (by name: Q... other than QObject), or from one of ours."""
    names = [b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else "" for b in cls.bases]
    return any((n.startswith("Q") and n != "QObject") or n.endswith(("Dialog", "Screen", "Model", "Delegate"))
               for n in names)


def test_no_widget_attribute_or_method_shadows_a_qt_method():
    offenders = []
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and _is_widget(n)):
            for node in ast.walk(cls):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" \
                        and isinstance(node.ctx, ast.Store) and node.attr in QT_NAMES:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} self.{node.attr}")
    assert offenders == []
