"""Pictures drawn locally for signing in: the captcha challenge and the TOTP enrolment QR code. Nothing is
fetched from a network; both are painted with QPainter."""

from __future__ import annotations

import random

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap


def captcha_pixmap(text: str, *, width: int = 160, height: int = 52, seed: int | None = None) -> QPixmap:
    """The challenge text with jittered, rotated letters over noise lines and dots: readable for a person,
    not for a plain OCR pass."""
    rng = random.Random(seed)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(rng.randint(230, 250), rng.randint(230, 250), rng.randint(230, 250)))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for _ in range(120):
        painter.setPen(QColor(rng.randint(120, 220), rng.randint(120, 220), rng.randint(120, 220)))
        painter.drawPoint(rng.randrange(width), rng.randrange(height))
    font = QFont()
    font.setPixelSize(int(height * 0.62))
    font.setBold(True)
    painter.setFont(font)
    step = (width - 16) / max(1, len(text))
    for i, ch in enumerate(text):
        painter.save()
        painter.translate(QPointF(10 + i * step + rng.uniform(-2, 2), height * 0.72 + rng.uniform(-4, 4)))
        painter.rotate(rng.uniform(-25, 25))
        painter.setPen(QColor(rng.randint(10, 110), rng.randint(10, 110), rng.randint(10, 110)))
        painter.drawText(QPointF(0, 0), ch)
        painter.restore()
    for _ in range(4):
        painter.setPen(QPen(QColor(rng.randint(60, 160), rng.randint(60, 160), rng.randint(60, 160)), 1.5))
        painter.drawLine(QPointF(rng.uniform(0, width / 3), rng.uniform(0, height)),
                         QPointF(rng.uniform(2 * width / 3, width), rng.uniform(0, height)))
    painter.end()
    return QPixmap.fromImage(image)


def qr_pixmap(matrix, *, scale: int = 6) -> QPixmap:
    """A QR code from its module matrix (True = dark), `scale` pixels per module, sharp edges."""
    size = len(matrix)
    image = QImage(size, size, QImage.Format.Format_Mono)
    image.fill(0)  # index 0 = white after setColor below
    image.setColor(0, QColor(Qt.GlobalColor.white).rgb())
    image.setColor(1, QColor(Qt.GlobalColor.black).rgb())
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, 1)
    return QPixmap.fromImage(image.scaled(size * scale, size * scale, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.FastTransformation))
