#!/usr/bin/env python3
"""demo-data.py OUTDIR — writes the demo tree that run-studio.sh uploads into the local
Azurite container of the 'training_data' datastore: a few thousand objects in nested folders
(CSV, JSON, JSON lines, PNG images, binaries, a notebook). Deterministic; demo values only."""
import json
import os
import random
import struct
import sys
import zlib

out = sys.argv[1]
rng = random.Random(42)


def write(path, data):
    full = os.path.join(out, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def png(width, height, rgb):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"".join(bytes(((rgb[0] + x * 3) & 0xFF, (rgb[1] + y * 3) & 0xFF, rgb[2])) for x in range(width))
                   for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


write("README.md", "# Demo training data\n\nSeeded by Datastore Studio's run-studio.sh into a local Azurite.\n")
species = ["setosa", "versicolor", "virginica"]
rows = ["sepal_length,sepal_width,petal_length,petal_width,species"]
for i in range(150):
    s = species[i // 50]
    rows.append(f"{4.3 + rng.random() * 3.6:.1f},{2.0 + rng.random() * 2.4:.1f},{1.0 + rng.random() * 5.9:.1f},{0.1 + rng.random() * 2.4:.1f},{s}")
write("datasets/iris/iris.csv", "\n".join(rows) + "\n")
write("datasets/iris/schema.json", json.dumps({"columns": rows[0].split(","), "label": "species", "rows": 150}))
for split, n in (("train", 2000), ("test", 500)):
    lines = ["id,rooms,area_m2,city,price_eur"]
    for i in range(n):
        lines.append(f"{i},{rng.randint(1, 7)},{rng.randint(25, 240)},\"{rng.choice(['Oslo', 'Rome', 'Lyon, FR', 'Graz'])}\",{rng.randint(90, 1200) * 1000}")
    write(f"datasets/housing/{split}.csv", "\n".join(lines) + "\n")
for label, rgb in (("cat", (200, 120, 40)), ("dog", (60, 140, 200)), ("bird", (90, 200, 90))):
    for i in range(100):
        write(f"images/{label}/img_{i:04d}.png", png(32, 32, ((rgb[0] + i) & 0xFF, rgb[1], rgb[2])))
for month in range(1, 13):
    for day in range(1, 21):
        for part in range(10):
            events = [{"ts": f"2026-{month:02d}-{day:02d}T{h:02d}:00:00Z", "user": rng.randint(1, 999), "event": rng.choice(["view", "click", "buy"])}
                      for h in range(0, 24, 6)]
            write(f"events/2026/{month:02d}/{day:02d}/part-{part:04d}.jsonl", "\n".join(json.dumps(e) for e in events) + "\n")
for v in (1, 2):
    write(f"models/resnet50/v{v}/model.onnx", bytes(rng.getrandbits(8) for _ in range(64 * 1024)))
    write(f"models/resnet50/v{v}/metrics.json", json.dumps({"top1": 0.76 + v / 100, "top5": 0.93, "epochs": 90 * v}, indent=2))
write("notebooks/explore data.ipynb", json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
count = sum(len(files) for _, _, files in os.walk(out))
print(count)
