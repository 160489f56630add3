#!/usr/bin/env python3
"""Validate seeds/foods.csv and seeds/food-portions.csv (the full catalog) and print the coverage figures.

    python3 seeds/curation/check_seeds.py [dir]      (default dir: the seeds/ folder this script is in)

Checks: file format (UTF-8, no BOM, LF), exact header, allowed codes (what the app's loader accepts), species key
format ^[a-z]+(-[a-z]+)+$, unique keys, every USDA food present with nutrients equal to USDA, every USDA portion
present in seq order, portions referencing existing foods, curated portions only for foods USDA gives none, and
the coverage targets the C# test checks, and plant-species.csv: a common name for every species key in foods.csv and
overrides.csv, no key twice, no name for two keys, and usda-prenatal-nutrients.csv (build_prenatal_nutrients.py): one
row per USDA food, numbers non-negative, empty where USDA has no value, no iodine, spot checks. Exit status 1 and
"ERRORS: n" when anything fails.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")
DATA = os.path.join(HERE, "..", "..", "..", "shared", "data")  # the USDA extract beside the repo
HEADER = ("key,name,synonyms,food_group,usda_ndb_id,energy_kcal,protein_g,carbohydrate_g,fiber_g,"
          "total_sugars_g,added_sugars_g,added_sugars_estimated,water_g,caffeine_mg,alcohol_g,serving_g,"
          "plant_species,plant_points,colours,fermented,live_cultures,prebiotic_rich,beverage,nova,"
          "safety_flags,allergens,diet_tags,curation_note")
FLAGS = {"unpasteurized-dairy", "soft-cheese", "smoked-seafood", "deli-meat", "pate", "high-mercury-fish", "alcohol",
         "raw-sprouts", "raw-egg", "raw-shellfish", "liver", "unpasteurized-juice", "deli-salad", "herbal-tea"}
COLOURS = {"red-orange", "yellow", "green", "blue-purple", "white-tan"}
ALLERGENS = {"milk", "egg", "fish", "shellfish", "tree-nuts", "peanuts", "wheat", "soy", "sesame"}
TAGS = {"vegan", "vegetarian", "pescatarian", "gluten-free", "dairy-free", "low-fodmap"}
SPECIES_KEY = re.compile(r"^[a-z]+(-[a-z]+)+$")
NUTR = {"energy_kcal": "energy_kcal_100g", "protein_g": "protein_g_100g", "carbohydrate_g": "carbohydrate_g_100g",
        "fiber_g": "fiber_g_100g", "total_sugars_g": "sugars_total_g_100g", "water_g": "water_g_100g",
        "caffeine_mg": "caffeine_mg_100g", "alcohol_g": "alcohol_g_100g"}
# Coverage definitions (the same as the C# test).
PLANT_GROUPS = {"Vegetables and Vegetable Products", "Fruits and Fruit Juices", "Legumes and Legume Products",
                "Nut and Seed Products", "Cereal Grains and Pasta", "Spices and Herbs"}
REFINED = re.compile(r"\b(flour|juice|oil|sugar|syrup|starch|bran|germ)\b", re.I)
NO_SPECIES_NAME = re.compile(r"\b(juice|oil|sugar|syrup)\b", re.I)
REFINED_FLOUR = ("white", "all-purpose", "bread", "enriched", "cake", "self-rising")
HIGH_MERCURY = {"king mackerel": r"mackerel, king|king mackerel", "marlin": r"\bmarlin\b",
                "orange roughy": r"roughy", "shark": r"\bshark\b", "swordfish": r"swordfish",
                "tilefish": r"tilefish", "bigeye tuna": r"bigeye"}
# Spot checks: refined/processed items that must carry no species (kept from the starter check).
REFINED_IDS = {"20045": "white rice", "18069": "white bread", "20121": "white pasta", "20081": "AP flour",
               "19335": "sugar", "19296": "honey", "04053": "olive oil", "04582": "canola oil",
               "09209": "orange juice", "09016": "apple juice", "14148": "cola", "14003": "beer", "14096": "red wine",
               "14106": "white wine", "19120": "milk chocolate", "18159": "cookies", "19411": "chips",
               "08069": "sugary cereal"}
errors = []


def err(m):
    errors.append(m)


def fnum(x):
    try:
        return float(x)
    except ValueError:
        return None


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def pct(n, d):
    return f"{100.0 * n / d:.2f}%" if d else "n/a"


# ---- files
for fn, head in (("foods.csv", HEADER), ("food-portions.csv", "food_key,seq,description,grams"),
                 ("plant-species.csv", "key,common_name")):
    raw = open(os.path.join(D, fn), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{fn} has a BOM")
    if b"\r" in raw:
        err(f"{fn} has CR line endings")
    try:
        first_line = raw.decode("utf-8").split("\n", 1)[0]
    except UnicodeDecodeError:
        err(f"{fn} is not UTF-8")
        first_line = ""
    if first_line != head:
        err(f"{fn} header mismatch")

foods = read(os.path.join(D, "foods.csv"))
ports = read(os.path.join(D, "food-portions.csv"))
usda_rows = read(os.path.join(DATA, "usda-foods.csv"))
usda = {r["fdc_or_ndb_id"]: r for r in usda_rows}
usdap = collections.defaultdict(list)
for r in read(os.path.join(DATA, "usda-portions.csv")):
    usdap[r["fdc_or_ndb_id"]].append((r["seq"], r["portion_desc"], r["portion_g"]))
groups = set(r["food_group"] for r in usda.values())

keys = [f["key"] for f in foods]
dups = [k for k, n in collections.Counter(keys).items() if n > 1]
if dups:
    err(f"duplicate keys: {dups[:10]}")
by_key = {f["key"]: f for f in foods}
missing_usda = [i for i in usda if "usda-" + i not in by_key]
if missing_usda:
    err(f"{len(missing_usda)} USDA foods missing, e.g. {missing_usda[:5]}")

# ---- rows
for f in foods:
    k = f["key"]
    if not k or not f["name"].strip():
        err(f"{k}: empty key or name")
    for col in ("added_sugars_estimated", "fermented", "live_cultures", "prebiotic_rich", "beverage"):
        if f[col] not in ("true", "false"):
            err(f"{k}: {col}={f[col]!r}")
    if f["nova"] not in ("1", "2", "3", "4"):
        err(f"{k}: nova {f['nova']!r}")
    if f["food_group"] not in groups:
        err(f"{k}: food_group {f['food_group']!r}")
    for col, allowed in (("safety_flags", FLAGS), ("colours", COLOURS), ("allergens", ALLERGENS),
                         ("diet_tags", TAGS)):
        for v in filter(None, f[col].split(";")):
            if v not in allowed:
                err(f"{k}: {col} value {v!r}")
    for s in filter(None, f["plant_species"].split(";")):
        if not SPECIES_KEY.match(s):
            err(f"{k}: species key {s!r}")
    if f["plant_species"] and f["plant_points"] not in ("1", "0.25"):
        err(f"{k}: plant_points {f['plant_points']!r}")
    if not f["plant_species"] and f["plant_points"]:
        err(f"{k}: plant_points without species")
    if f["colours"] and not f["plant_species"]:
        err(f"{k}: colours without species")
    if not f["serving_g"] or (fnum(f["serving_g"]) or 0) <= 0:
        err(f"{k}: serving_g {f['serving_g']!r}")
    for col in ("added_sugars_g",) + tuple(NUTR):
        if f[col] and fnum(f[col]) is None:
            err(f"{k}: {col} not a number")
    if f["added_sugars_g"] and f["total_sugars_g"] and fnum(f["added_sugars_g"]) > fnum(f["total_sugars_g"]) + 1e-9:
        err(f"{k}: added sugars above total sugars")
    if f["added_sugars_estimated"] == "true" and not f["added_sugars_g"]:
        err(f"{k}: estimated but no added sugars value")
    tags = set(filter(None, f["diet_tags"].split(";")))
    if "vegan" in tags and not {"vegetarian", "pescatarian"} <= tags:
        err(f"{k}: vegan but not vegetarian/pescatarian")
    if "vegetarian" in tags and "pescatarian" not in tags:
        err(f"{k}: vegetarian but not pescatarian")
    al = set(filter(None, f["allergens"].split(";")))
    if "milk" in al and "dairy-free" in tags:
        err(f"{k}: milk allergen and dairy-free")
    if "wheat" in al and "gluten-free" in tags:
        err(f"{k}: wheat allergen and gluten-free")
    if al & {"milk", "egg", "fish", "shellfish"} and "vegan" in tags:
        err(f"{k}: animal allergen and vegan")
    if al & {"fish", "shellfish"} and "vegetarian" in tags:
        err(f"{k}: fish/shellfish allergen and vegetarian")
    if k.startswith("usda-"):
        u = usda.get(f["usda_ndb_id"])
        if u is None or k != "usda-" + f["usda_ndb_id"]:
            err(f"{k}: key/usda_ndb_id mismatch or unknown id")
            continue
        for c, uc in NUTR.items():
            if f[c] != u[uc]:
                err(f"{k}: {c} {f[c]!r} != USDA {u[uc]!r}")
        if f["food_group"] != u["food_group"]:
            err(f"{k}: food group differs from USDA")
    elif k.startswith("mm-"):
        if f["usda_ndb_id"] or "curated estimate" not in f["curation_note"]:
            err(f"{k}: an mm- food needs an empty usda_ndb_id and a 'curated estimate' note")
    else:
        err(f"{k}: key must start with usda- or mm-")

# ---- plant names: the app shows these instead of species keys (build_plant_names.py writes them)
names = read(os.path.join(D, "plant-species.csv"))
name_of = {}
for r in names:
    if not SPECIES_KEY.match(r["key"]) or not r["common_name"].strip() or r["common_name"] != r["common_name"].strip():
        err(f"plant-species.csv: bad row {r['key']!r},{r['common_name']!r}")
    if r["key"] in name_of:
        err(f"plant-species.csv: key {r['key']} twice")
    name_of[r["key"]] = r["common_name"]
for name, n in collections.Counter(v.casefold() for v in name_of.values()).items():
    if n > 1:
        err(f"plant-species.csv: the name {name!r} is given to {n} keys")
over_rows = read(os.path.join(HERE, "overrides.csv")) if os.path.exists(os.path.join(HERE, "overrides.csv")) else []
unnamed = sorted({s for f in foods + over_rows for s in filter(None, f["plant_species"].split(";"))} - set(name_of))
if unnamed:
    err(f"species keys without a common name in plant-species.csv: {unnamed[:10]}")

# ---- portions
pk = collections.defaultdict(list)
for p in ports:
    pk[p["food_key"]].append((p["seq"], p["description"], p["grams"]))
    if (fnum(p["grams"]) or 0) <= 0 or not p["description"].strip():
        err(f"portion {p['food_key']} {p['seq']}: needs a description and grams > 0")
orphans = sorted(set(pk) - set(keys))
if orphans:
    err(f"portions for unknown foods: {orphans[:10]}")
starter_keys = set()
over_path = os.path.join(HERE, "overrides.csv")
if os.path.exists(over_path):
    starter_keys = {r["key"] for r in read(over_path)}
for i, ups in usdap.items():
    k = "usda-" + i
    want = sorted(ups, key=lambda t: int(t[0]))
    if pk.get(k) != want:
        err(f"{k}: portions differ from USDA (or not in seq order)")
curated_portion_foods = [k for k in pk if k.startswith("usda-") and k[5:] not in usdap]
for k in curated_portion_foods:
    if k not in starter_keys:
        err(f"{k}: curated portion for a food that is not a starter override")
usda_portion_rows = sum(len(v) for v in usdap.values())
no_portion = [k for k in keys if k not in pk]

# ---- spot checks
for i, what in REFINED_IDS.items():
    f = by_key.get("usda-" + i)
    if f and f["plant_species"]:
        err(f"refined item {i} ({what}) has species {f['plant_species']}")
for i, want in (("16070", "7.9"), ("09040", "2.6"), ("01289", "0.0"), ("12061", "12.5"), ("16112", "5.4")):
    got = by_key.get("usda-" + i, {}).get("fiber_g")
    if got != want:
        err(f"fiber spot check {i}: {got!r}, want {want}")

# ---- prenatal nutrients (build_prenatal_nutrients.py): an empty cell is "USDA published no value", never 0
PRENATAL_HEADER = ("key,folate_dfe_ug,iron_mg,choline_mg,dha_g,epa_g,vitamin_d_ug,vitamin_b12_ug,calcium_mg,iodine_ug,"
                   "vitamin_d_basis")
PRENATAL_NUMBERS = PRENATAL_HEADER.split(",")[1:-1]
prenatal_path = os.path.join(D, "usda-prenatal-nutrients.csv")
prenatal_raw = open(prenatal_path, "rb").read()
if prenatal_raw.startswith(b"\xef\xbb\xbf") or b"\r" in prenatal_raw:
    err("usda-prenatal-nutrients.csv has a BOM or CR line endings")
if prenatal_raw.decode("utf-8").split("\n", 1)[0] != PRENATAL_HEADER:
    err("usda-prenatal-nutrients.csv header mismatch")
prenatal = read(prenatal_path)
prenatal_by_key = {r["key"]: r for r in prenatal}
if len(prenatal_by_key) != len(prenatal):
    err("usda-prenatal-nutrients.csv: a key appears twice")
if set(prenatal_by_key) - set(by_key):
    err(f"usda-prenatal-nutrients.csv: keys not in foods.csv: {sorted(set(prenatal_by_key) - set(by_key))[:10]}")
if {"usda-" + i for i in usda} - set(prenatal_by_key):
    err("usda-prenatal-nutrients.csv: a USDA food has no row")
for r in prenatal:
    for col in PRENATAL_NUMBERS:
        if r[col] and (fnum(r[col]) is None or fnum(r[col]) < 0):
            err(f"{r['key']}: {col} {r[col]!r} is not a non-negative number")
    if r["iodine_ug"]:
        err(f"{r['key']}: iodine is not in SR28, so a USDA row carries none")
    if r["vitamin_d_basis"] not in ("328", "324/40", "") or bool(r["vitamin_d_basis"]) != bool(r["vitamin_d_ug"]):
        err(f"{r['key']}: vitamin_d_basis {r['vitamin_d_basis']!r} does not match vitamin_d_ug {r['vitamin_d_ug']!r}")


def prenatal_value(ndb, col):
    return fnum(prenatal_by_key.get("usda-" + ndb, {}).get(col) or "nan")


# (food, column, at least): liver is rich in folate, B12 and iron; sockeye salmon in DHA, EPA and vitamin D;
# milk in calcium; eggs in choline; lentils in folate.
for ndb, what, col, least in (("13325", "beef liver", "folate_dfe_ug", 200), ("13325", "beef liver", "vitamin_b12_ug", 20),
                              ("13325", "beef liver", "iron_mg", 4), ("15086", "sockeye salmon", "dha_g", 0.3),
                              ("15086", "sockeye salmon", "epa_g", 0.1), ("15086", "sockeye salmon", "vitamin_d_ug", 5),
                              ("01077", "whole milk", "calcium_mg", 100), ("01123", "egg", "choline_mg", 250),
                              ("16070", "lentils", "folate_dfe_ug", 150)):
    got = prenatal_value(ndb, col)
    if not got >= least:
        err(f"prenatal spot check: {what} ({ndb}) {col} {got}, want >= {least}")
# Exact USDA text for a few cells, and an empty cell that must stay empty (raw Atlantic salmon: no vitamin D in SR28).
for ndb, col, want in (("13325", "folate_dfe_ug", "290"), ("13325", "vitamin_b12_ug", "59.30"), ("15086", "dha_g", "0.560"),
                       ("01077", "calcium_mg", "113"), ("15076", "vitamin_d_ug", ""), ("15076", "choline_mg", "")):
    got = prenatal_by_key.get("usda-" + ndb, {}).get(col)
    if got != want:
        err(f"prenatal exact check {ndb} {col}: {got!r}, want {want!r}")

# ---- coverage figures (the C# test's targets)
whole = [f for f in foods if f["food_group"] in PLANT_GROUPS and f["nova"] == "1" and not REFINED.search(f["name"])]
whole_sp = [f for f in whole if f["plant_species"]]
bad_name_sp = [f["key"] for f in foods if f["plant_species"] and (
    NO_SPECIES_NAME.search(f["name"]) or ("flour" in f["name"].lower()
                                         and any(w in f["name"].lower() for w in REFINED_FLOUR)))]
fv = [f for f in foods if f["plant_species"] and f["food_group"] in
      ("Fruits and Fruit Juices", "Vegetables and Vegetable Products")]
fv_nocol = [f["key"] for f in fv if not f["colours"]]
live = [f for f in foods if f["live_cultures"] == "true"]
live_bad = [f["key"] for f in live if f["fermented"] != "true" or not f["serving_g"]]
alc = [f for f in foods if (fnum(f["alcohol_g"] or "0") or 0) > 0.5]
alc_bad = [f["key"] for f in alc if "alcohol" not in f["safety_flags"].split(";")]
merc = {}
for sp, rx in HIGH_MERCURY.items():
    hits = [f for f in foods if re.search(rx, f["name"], re.I) and f["food_group"] == "Finfish and Shellfish Products"]
    merc[sp] = (len(hits), sum("high-mercury-fish" in f["safety_flags"] for f in hits))
merc_bad = {sp: v for sp, v in merc.items() if v[0] != v[1]}
sp_nova4 = [f for f in foods if f["plant_species"] and f["nova"] == "4"]

if len(whole_sp) < 0.95 * len(whole):
    err(f"(i) species coverage {pct(len(whole_sp), len(whole))} < 95%")
if bad_name_sp:
    err(f"(ii) juice/oil/sugar/syrup/refined-flour names with species: {bad_name_sp[:10]}")
if fv_nocol:
    err(f"(iii) fruit/vegetable foods with species but no colour: {fv_nocol[:10]}")
if live_bad:
    err(f"(iv) live-culture foods not fermented or without serving: {live_bad}")
if alc_bad:
    err(f"(v) alcohol_g > 0.5 without the alcohol flag: {alc_bad}")
if merc_bad:
    err(f"(vi) high-mercury species not flagged: {merc_bad}")

# ---- report
print(f"foods: {len(foods)} ({sum(k.startswith('usda-') for k in keys)} usda-, "
      f"{sum(k.startswith('mm-') for k in keys)} mm-; {len(starter_keys)} starter overrides); unique keys: "
      f"{len(set(keys))}")
print(f"prenatal nutrients: {len(prenatal)} rows; known values: " +
      ", ".join(f"{c} {sum(bool(r[c]) for r in prenatal)}" for c in PRENATAL_NUMBERS))
print(f"portions: {len(ports)} ({usda_portion_rows} USDA, {len(ports) - usda_portion_rows} curated); "
      f"foods without a portion: {len(no_portion)}")
print("\ncoverage (C# test targets):")
print(f"  (i)   whole/minimally processed plant foods: {len(whole)}; with species {len(whole_sp)} = "
      f"{pct(len(whole_sp), len(whole))} (target >= 95%)")
print(f"  (ii)  juice/oil/sugar/syrup or refined-flour names with species: {len(bad_name_sp)} (target 0)")
print(f"  (iii) fruit/vegetable foods with species: {len(fv)}; without colour: {len(fv_nocol)} (target 0)")
print(f"  (iv)  live-culture foods: {len(live)}; not fermented or no serving: {len(live_bad)} (target 0)")
print(f"  (v)   foods with alcohol_g > 0.5: {len(alc)}; without alcohol flag: {len(alc_bad)} (target 0)")
print("  (vi)  high-mercury species (foods found / flagged): " +
      ", ".join(f"{sp} {n}/{m}" for sp, (n, m) in merc.items()))
print(f"  (vii) foods with a species and NOVA 4: {len(sp_nova4)} "
      f"({', '.join(f['key'] for f in sp_nova4)})")

with_sp = [f for f in foods if f["plant_species"]]
print(f"\nfoods with plant species: {len(with_sp)}; distinct species: "
      f"{len({s for f in with_sp for s in f['plant_species'].split(';')})}")
print(f"plant names: {len(name_of)}")
print("nova:", dict(sorted(collections.Counter(f["nova"] for f in foods).items())))
print("flags:", dict(collections.Counter(x for f in foods for x in filter(None, f["safety_flags"].split(";")))))
print("allergens:", dict(collections.Counter(x for f in foods for x in filter(None, f["allergens"].split(";")))))
print("diet tags:", dict(collections.Counter(x for f in foods for x in filter(None, f["diet_tags"].split(";")))))
print(f"fermented: {sum(f['fermented'] == 'true' for f in foods)}  live: {len(live)}  "
      f"prebiotic: {sum(f['prebiotic_rich'] == 'true' for f in foods)}  "
      f"beverage: {sum(f['beverage'] == 'true' for f in foods)}")
print(f"added sugars: value {sum(bool(f['added_sugars_g']) for f in foods)} "
      f"(estimated {sum(f['added_sugars_estimated'] == 'true' for f in foods)}), "
      f"empty {sum(not f['added_sugars_g'] for f in foods)}")
print("\nfood groups:")
for g, n in sorted(collections.Counter(f["food_group"] for f in foods).items(), key=lambda t: -t[1]):
    print(f"  {n:4d}  {g}")
print("\nERRORS:", len(errors))
for e in errors[:200]:
    print("  ", e)
sys.exit(1 if errors else 0)
