"""Reading a server-drawn chart (core.charts) back: its texts with where
they are drawn, for tests that check titles, axes and that nothing runs out
of the picture."""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

SVG = "{http://www.w3.org/2000/svg}"
# Font sizes core/charts.css gives the chart's texts.
SIZES = {"chart-title": 13}
DEFAULT_SIZE = 11
# Average advance of a character in ems: DejaVu Sans, the widest face a
# reader is likely to have, draws Latin and Cyrillic at about 0.6 em
# (bold 0.65); estimated independently of core.charts.
EM = {"chart-title": 0.65}
DEFAULT_EM = 0.6


@dataclass(frozen=True)
class Text:
    text: str
    cls: str
    left: float
    right: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    title: str
    texts: list[Text]

    def of(self, cls: str) -> list[str]:
        return [t.text for t in self.texts if t.cls == cls]

    def outside(self) -> list[Text]:
        return [
            t for t in self.texts if t.left < 0 or t.right > self.width or t.top < 0 or t.bottom > self.height
        ]


def parse(svg: str) -> Chart:
    svg = svg.replace('role="img"', 'xmlns="http://www.w3.org/2000/svg" role="img"', 1)
    root = ET.fromstring(svg)  # noqa: S314 - the SVG our own code drew
    _x, _y, width, height = (float(v) for v in root.get("viewBox").split())
    texts = []
    for parent in root.iter():
        offset_x = offset_y = 0.0
        if parent.get("transform", "").startswith("translate("):
            offset_x, offset_y = (float(v) for v in re.findall(r"-?[\d.]+", parent.get("transform")))
        for element in parent.findall(f"{SVG}text"):
            texts.append(_box(element, parent, offset_x, offset_y))
    return Chart(width, height, root.find(f"{SVG}title").text, texts)


def _box(element, parent, offset_x, offset_y) -> Text:
    cls = element.get("class") or parent.get("class") or ""
    size = SIZES.get(cls, DEFAULT_SIZE)
    text = element.text or ""
    width = len(text) * size * EM.get(cls, DEFAULT_EM)
    x = float(element.get("x", 0)) + offset_x
    y = float(element.get("y", 0)) + offset_y
    anchor = element.get("text-anchor", "start")
    start = {"start": 0, "middle": width / 2, "end": width}[anchor]
    if "rotate(-90" in element.get("transform", ""):
        # Drawn upwards from (x, y): the text's length runs along y.
        return Text(text, cls, x - 0.8 * size, x + 0.2 * size, y - width + start, y + start)
    return Text(text, cls, x - start, x - start + width, y - 0.8 * size, y + 0.2 * size)
