"""Draw the demo brief's lead image: `python tools/draw_demo_image.py`.

The marathon brief (content/briefs/marathon.md) shows this picture: a city skyline
at sunrise, a road running to the horizon and runners on it, drawn with Pillow from
fixed shapes and a fixed random seed, so the project owns it and the same bytes come
out each time.  Written to content/images/marathon.jpg (1600 x 900).
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "content" / "images" / "marathon.jpg"
WIDTH, HEIGHT = 1600, 900
HORIZON = 520
SEED = 2025


def sky(pen: ImageDraw.ImageDraw) -> None:
    """Paint a dawn gradient, from deep blue at the top to peach at the horizon."""
    top, bottom = (38, 60, 110), (250, 196, 150)
    for y in range(HORIZON):
        t = y / HORIZON
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        pen.line([(0, y), (WIDTH, y)], fill=colour)
    pen.ellipse((1080, 300, 1300, 520), fill=(255, 226, 170))


def skyline(pen: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """Draw two rows of buildings, the far row lighter, with a minaret."""
    for colour, base_height in (((120, 110, 140), 160), ((70, 62, 92), 110)):
        x = 0
        while x < WIDTH:
            width = rng.randint(50, 130)
            height = rng.randint(base_height // 2, base_height + 120)
            pen.rectangle((x, HORIZON - height, x + width, HORIZON), fill=colour)
            x += width + rng.randint(0, 12)
    pen.rectangle((420, HORIZON - 330, 446, HORIZON), fill=(70, 62, 92))
    pen.ellipse((414, HORIZON - 360, 452, HORIZON - 322), fill=(70, 62, 92))


def road(pen: ImageDraw.ImageDraw) -> None:
    """Draw the ground and a road narrowing to the horizon, with a centre line."""
    pen.rectangle((0, HORIZON, WIDTH, HEIGHT), fill=(96, 120, 84))
    pen.polygon(
        [(760, HORIZON), (840, HORIZON), (1500, HEIGHT), (100, HEIGHT)],
        fill=(74, 74, 80),
    )
    for step in range(12):
        y0 = HORIZON + (HEIGHT - HORIZON) * (step / 12) ** 1.6
        y1 = HORIZON + (HEIGHT - HORIZON) * ((step + 0.5) / 12) ** 1.6
        pen.line([(800, y0), (800, y1)], fill=(240, 236, 220), width=2 + step)


def runner(
    pen: ImageDraw.ImageDraw,
    x: float,
    y: float,
    size: float,
    shirt: tuple[int, int, int],
) -> None:
    """Draw one runner in mid-stride, feet at (x, y), ``size`` px tall."""
    head = size * 0.075
    hip = (x, y - size * 0.48)
    neck = (x + size * 0.05, y - size * 0.8)
    pen.ellipse(
        (neck[0] - head, neck[1] - 2.1 * head, neck[0] + head, neck[1] - 0.1 * head),
        fill=(60, 40, 30),
    )
    pen.line([hip, neck], fill=shirt, width=max(2, round(size * 0.14)))
    limb = max(2, round(size * 0.06))
    pen.line(
        [hip, (x + size * 0.22, y - size * 0.22), (x + size * 0.12, y)],
        fill=(40, 40, 48),
        width=limb,
    )
    pen.line(
        [hip, (x - size * 0.12, y - size * 0.2), (x - size * 0.3, y - size * 0.1)],
        fill=(40, 40, 48),
        width=limb,
    )
    shoulder = (x + size * 0.04, y - size * 0.72)
    pen.line(
        [
            shoulder,
            (x + size * 0.25, y - size * 0.55),
            (x + size * 0.3, y - size * 0.7),
        ],
        fill=(60, 40, 30),
        width=limb,
    )
    pen.line(
        [
            shoulder,
            (x - size * 0.18, y - size * 0.6),
            (x - size * 0.22, y - size * 0.45),
        ],
        fill=(60, 40, 30),
        width=limb,
    )


def runners(pen: ImageDraw.ImageDraw, rng: random.Random) -> None:
    """Scatter runners on the road, smaller towards the horizon, far ones first."""
    shirts = [
        (200, 40, 40),
        (30, 110, 180),
        (240, 190, 40),
        (40, 150, 90),
        (250, 250, 250),
    ]
    placed = []
    for _ in range(26):
        depth = rng.random() ** 0.7
        y = HORIZON + 20 + depth * (HEIGHT - HORIZON - 30)
        half = 40 + (700 - 40) * (y - HORIZON) / (HEIGHT - HORIZON)
        x = 800 + rng.uniform(-0.8, 0.8) * half
        placed.append((y, x))
    for y, x in sorted(placed):
        size = 30 + 240 * (y - HORIZON) / (HEIGHT - HORIZON)
        runner(pen, x, y, size, rng.choice(shirts))


def draw() -> Image.Image:
    """Return the whole picture."""
    rng = random.Random(SEED)
    image = Image.new("RGB", (WIDTH, HEIGHT))
    pen = ImageDraw.Draw(image)
    sky(pen)
    skyline(pen, rng)
    road(pen)
    image = image.filter(ImageFilter.SMOOTH)
    runners(ImageDraw.Draw(image), rng)
    return image


def main() -> None:
    """Draw the picture and save it as JPEG."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    draw().save(OUT, "JPEG", quality=85, optimize=True)


if __name__ == "__main__":
    main()
