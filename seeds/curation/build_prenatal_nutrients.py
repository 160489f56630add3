#!/usr/bin/env python3
"""Extract the prenatal nutrients per 100 g from USDA SR28's NUT_DATA into seeds/usda-prenatal-nutrients.csv.

    python3 seeds/curation/build_prenatal_nutrients.py PATH/TO/NUT_DATA.7z [--out FILE]
    python3 seeds/curation/build_prenatal_nutrients.py PATH/TO/NUT_DATA.txt [--out FILE]

PATH is the NUT_DATA of `masilver99/SR28-PSQL` (see seeds/curation/README.md for how to get it and its checksums).
The .7z there is a single LZMA2 stream with a plain (unencoded) 7z header; this script reads that header, unpacks
the stream with Python's own `lzma` module (no 7z needed) and checks the size and CRC32 the header records before
using a byte of it. Python 3.11, standard library only.

One row per USDA food in seeds/foods.csv (key `usda-<NDB>`), values copied as USDA's text (no rounding). An EMPTY
cell means USDA published no value for that food: unknown, not 0. Iodine is not in SR28, so `iodine_ug` is empty
for every row. Vitamin D is nutrient 328 (D2 + D3, µg) where USDA gives it, else nutrient 324 (IU) / 40, and
`vitamin_d_basis` says which (`328` or `324/40`).
"""
import binascii
import csv
import io
import lzma
import os
import struct
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.normpath(os.path.join(HERE, ".."))
OUT_DEFAULT = os.path.join(SEEDS, "usda-prenatal-nutrients.csv")

# SR28 nutrient numbers (NUTR_DEF.Nutr_No) -> output column; units are USDA's.
COLUMNS = [
    ("folate_dfe_ug", "435"),  # Folate, DFE, µg
    ("iron_mg", "303"),        # Iron, Fe, mg
    ("choline_mg", "421"),     # Choline, total, mg
    ("dha_g", "621"),          # 22:6 n-3 (DHA), g
    ("epa_g", "629"),          # 20:5 n-3 (EPA), g
    ("vitamin_d_ug", None),    # 328 (D2 + D3, µg), else 324 (IU) / 40
    ("vitamin_b12_ug", "418"),  # Vitamin B-12, µg
    ("calcium_mg", "301"),     # Calcium, Ca, mg
    ("iodine_ug", None),       # not in SR28: always empty
]
HEADER = ["key"] + [c for c, _ in COLUMNS] + ["vitamin_d_basis"]
WANTED = {n for _, n in COLUMNS if n} | {"328", "324"}
IU_PER_UG_VITAMIN_D = 40


def read_number(b, i):
    """7z's variable-length number: the high bits of the first byte say how many bytes follow."""
    first = b[i]
    i += 1
    mask = 0x80
    value = 0
    for n in range(8):
        if first & mask == 0:
            return value | ((first & (mask - 1)) << (8 * n)), i
        value |= b[i] << (8 * n)
        i += 1
        mask >>= 1
    return value, i


def unpack_7z(raw):
    """Unpack a 7z archive holding one file in one LZMA2 folder (what SR28-PSQL ships); refuse anything else."""
    if raw[:6] != b"7z\xbc\xaf\x27\x1c":
        sys.exit("not a 7z archive")
    if binascii.crc32(raw[12:32]) != struct.unpack("<I", raw[8:12])[0]:
        sys.exit("7z start header CRC mismatch")
    offset, size, crc = struct.unpack("<QQI", raw[12:32])
    h = raw[32 + offset:32 + offset + size]
    if binascii.crc32(h) != crc:
        sys.exit("7z header CRC mismatch")
    # Header, MainStreamsInfo, PackInfo(pos, 1 stream, Size), End
    if h[:3] != b"\x01\x04\x06":
        sys.exit("unsupported 7z header (encoded or not a single stream)")
    pack_pos, i = read_number(h, 3)
    streams, i = read_number(h, i)
    if streams != 1 or h[i] != 0x09:
        sys.exit("unsupported 7z pack info")
    pack_size, i = read_number(h, i + 1)
    while h[i] != 0x00:  # skip optional pack CRCs
        i += 1
    i += 1
    # UnpackInfo, Folder, 1 folder, not external, 1 coder, flags 0x21 (id size 1, has props), id 0x21 = LZMA2
    if h[i:i + 7] != b"\x07\x0b\x01\x00\x01\x21\x21":
        sys.exit("unsupported 7z coder (only one LZMA2 coder is handled)")
    i += 7
    props_len, i = read_number(h, i)
    dict_prop = h[i]
    i += props_len
    if h[i] != 0x0C:
        sys.exit("unsupported 7z folder layout")
    unpack_size, i = read_number(h, i + 1)
    # the stream's CRC: in UnpackInfo (0x0A) or, for a one-file folder, in SubStreamsInfo (End, 0x08, 0x0A)
    if h[i:i + 2] == b"\x00\x08":
        i += 2
    if h[i] != 0x0A or h[i + 1] != 0x01:
        sys.exit("7z archive records no CRC for the stream")
    want_crc = struct.unpack("<I", h[i + 2:i + 6])[0]
    dict_size = 0xFFFFFFFF if dict_prop == 40 else (2 | (dict_prop & 1)) << (dict_prop // 2 + 11)
    dec = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "dict_size": dict_size}])
    data = dec.decompress(raw[32 + pack_pos:32 + pack_pos + pack_size], max_length=unpack_size)
    if len(data) != unpack_size:
        sys.exit(f"unpacked {len(data)} bytes, the archive says {unpack_size}")
    got_crc = binascii.crc32(data)
    if got_crc != want_crc:
        sys.exit(f"CRC32 {got_crc:08x} != archive's {want_crc:08x}")
    print(f"NUT_DATA unpacked: {len(data):,} bytes, CRC32 {got_crc:08x} (matches the archive)", file=sys.stderr)
    return data


def read_nut_data(path):
    raw = open(path, "rb").read()
    data = unpack_7z(raw) if path.lower().endswith(".7z") else raw
    values = {}  # (ndb, nutr) -> text
    records = 0
    for line in data.decode("cp1252").splitlines():
        if not line:
            continue
        records += 1
        f = line.split("^")
        ndb, nutr, val = f[0].strip("~"), f[1].strip("~"), f[2]
        if nutr in WANTED:
            values[(ndb, nutr)] = val
    print(f"NUT_DATA records: {records:,}", file=sys.stderr)
    return values


def clean(text):
    """USDA's text as published; SR28 pads some values (e.g. "0.000"), which stay as they are."""
    return text.strip()


def vitamin_d(values, ndb):
    if (ndb, "328") in values:
        return clean(values[(ndb, "328")]), "328"
    if (ndb, "324") in values:
        iu = float(values[(ndb, "324")])
        return f"{iu / IU_PER_UG_VITAMIN_D:.3f}".rstrip("0").rstrip(".") if iu else "0", "324/40"
    return "", ""


def main(argv):
    args = [a for a in argv if a != "--out"]
    out = OUT_DEFAULT
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
        args.remove(out)
    if len(args) != 1:
        sys.exit(__doc__)
    values = read_nut_data(args[0])
    with open(os.path.join(SEEDS, "foods.csv"), newline="", encoding="utf-8") as f:
        ndbs = [r["usda_ndb_id"] for r in csv.DictReader(f) if r["key"].startswith("usda-")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for ndb in ndbs:
        row = ["usda-" + ndb]
        for col, nutr in COLUMNS:
            if col == "vitamin_d_ug":
                vd, basis = vitamin_d(values, ndb)
                row.append(vd)
            elif nutr is None:
                row.append("")
            else:
                row.append(clean(values.get((ndb, nutr), "")))
        row.append(basis)
        w.writerow(row)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(out)), suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    os.replace(tmp, out)
    print(f"wrote {out}: {len(ndbs)} foods", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
