#!/usr/bin/env python3
"""synthesize.py DIR CONTAINER COUNT — grows a container of a stopped, disk-backed Azurite
(azurite --location DIR) to COUNT blobs by writing its metadata database directly.

Why: Azurite's metadata store (LokiJS) checks every new blob against the whole collection, so
seeding through the REST API slows as the container grows (20,000 blobs took ~3.5 min here,
55,000 ~26 min, 100,000 did not finish). Listing does not have that cost. This writes what
Azurite itself would have written: the container must already hold at least one blob put through
the REST API (run.sh seeds 100 with benchtool); every new blob is a copy of the first one's
record under the name item-NNNNNNN.txt (the names benchtool seed uses), pointing at the same
stored bytes, with its own ETag, and the collection's indexes are rebuilt as LokiJS builds them. Listing them is then Azurite's real List Blobs code over COUNT records.
"""
import json
import os
import sys


def main():
    directory, container, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    path = os.path.join(directory, "__azurite_db_blob__.json")
    with open(path) as f:
        db = json.load(f)
    blobs = next(c for c in db["collections"] if c["name"] == "$BLOBS_COLLECTION$")
    mine = [d for d in blobs["data"] if d["containerName"] == container]
    if not mine:
        sys.exit(f"synthesize.py: container {container} has no blob to copy; seed one through the REST API first")
    template = mine[0]
    names = {d["name"] for d in mine}
    data = list(blobs["data"])
    next_id = max(d["$loki"] for d in data) + 1
    base_etag = int(template["properties"]["etag"].strip('"'), 16)
    i = 0
    while len(names) < count:
        name = f"item-{i:07d}.txt"
        i += 1
        if name in names:
            continue
        names.add(name)
        doc = json.loads(json.dumps(template))
        doc["name"] = name
        doc["properties"]["etag"] = f'"0x{base_etag + next_id:X}"'
        doc["$loki"] = next_id
        doc["meta"]["revision"] = 0
        next_id += 1
        data.append(doc)
    blobs["data"] = data
    blobs["maxId"] = next_id - 1
    blobs["idIndex"] = None  # rebuilt by LokiJS on first use
    # LokiJS keeps a binary index as the positions of the records sorted by the property (and,
    # with adaptive indexes, never rebuilds a stale one on its own): sort them as it would.
    for prop, index in blobs["binaryIndices"].items():
        index["dirty"] = False
        index["values"] = sorted(range(len(data)), key=lambda k: data[k][prop])
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(db, f, separators=(",", ":"))
    os.replace(tmp, path)
    print(f"{container}: {len(names):,} blobs")


if __name__ == "__main__":
    main()
