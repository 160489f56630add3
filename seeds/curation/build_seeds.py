#!/usr/bin/env python3
"""Deprecated entry point, kept as a thin wrapper: the catalog is built by build_catalog.py.

The 191 hand-curated starter rows that used to live in this file are now data in overrides.csv (and their
curated portions in override-portions.csv); build_catalog.py reads them and curates every other USDA SR28 food
with the rule tables in rules.py. There is no second source of truth here.

Usage: python3 build_seeds.py [output_dir]   (same as: python3 build_catalog.py [--out output_dir])
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_catalog  # noqa: E402

if __name__ == "__main__":
    build_catalog.main([sys.argv[0]] + (["--out", sys.argv[1]] if len(sys.argv) > 1 else []))
