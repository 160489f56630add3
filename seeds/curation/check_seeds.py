#!/usr/bin/env python3
"""Checks for seeds/foods.csv and seeds/food-portions.csv. Usage: python3 check_seeds.py [dir]"""
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")
DATA = os.path.join(HERE, "..", "..", "..", "shared", "data")  # the USDA extract beside the repo
HEADER = ("key,name,synonyms,food_group,usda_ndb_id,energy_kcal,protein_g,carbohydrate_g,fiber_g,"
          "total_sugars_g,added_sugars_g,added_sugars_estimated,water_g,caffeine_mg,alcohol_g,serving_g,"
          "plant_species,plant_points,colours,fermented,live_cultures,prebiotic_rich,beverage,nova,"
          "safety_flags,allergens,diet_tags,curation_note")
FLAGS = {"unpasteurized-dairy", "soft-cheese", "smoked-seafood", "deli-meat", "pate", "high-mercury-fish", "alcohol"}
COLOURS = {"red-orange", "yellow", "green", "blue-purple", "white-tan"}
ALLERGENS = {"milk", "egg", "fish", "shellfish", "tree-nuts", "peanuts", "wheat", "soy", "sesame"}
TAGS = {"vegan", "vegetarian", "pescatarian", "gluten-free", "dairy-free", "low-fodmap"}
NUTR = {"energy_kcal": "energy_kcal_100g", "protein_g": "protein_g_100g", "carbohydrate_g": "carbohydrate_g_100g",
        "fiber_g": "fiber_g_100g", "total_sugars_g": "sugars_total_g_100g", "water_g": "water_g_100g",
        "caffeine_mg": "caffeine_mg_100g", "alcohol_g": "alcohol_g_100g"}
REFINED = {"20045": "white rice", "18069": "white bread", "20121": "white pasta", "20081": "AP flour",
           "19335": "sugar", "19296": "honey", "04053": "olive oil", "04582": "canola oil",
           "09209": "orange juice", "09016": "apple juice", "14148": "cola", "14003": "beer", "14096": "red wine",
           "14106": "white wine", "19120": "milk chocolate", "18159": "cookies", "19411": "chips",
           "08069": "sugary cereal"}
errors = []


def err(m):
    errors.append(m)


raw = open(os.path.join(D, "foods.csv"), "rb").read()
if raw.startswith(b"\xef\xbb\xbf"):
    err("foods.csv has BOM")
if b"\r" in raw:
    err("foods.csv has CR")
rawp = open(os.path.join(D, "food-portions.csv"), "rb").read()
if b"\r" in rawp or rawp.startswith(b"\xef\xbb\xbf"):
    err("portions: CR or BOM")
if raw.decode().split("\n", 1)[0] != HEADER:
    err("foods header mismatch")
if rawp.decode().split("\n", 1)[0] != "food_key,seq,description,grams":
    err("portions header mismatch")

foods = list(csv.DictReader(open(os.path.join(D, "foods.csv"), newline="", encoding="utf-8")))
ports = list(csv.DictReader(open(os.path.join(D, "food-portions.csv"), newline="", encoding="utf-8")))
usda = {r["fdc_or_ndb_id"]: r for r in csv.DictReader(open(os.path.join(DATA, "usda-foods.csv"), newline="", encoding="utf-8"))}
usdap = collections.defaultdict(list)
for r in csv.DictReader(open(os.path.join(DATA, "usda-portions.csv"), newline="", encoding="utf-8")):
    usdap[r["fdc_or_ndb_id"]].append((r["seq"], r["portion_desc"], r["portion_g"]))
groups = set(r["food_group"] for r in usda.values())

keys = [f["key"] for f in foods]
print("rows:", len(foods), " unique keys:", len(set(keys)))
if len(keys) != len(set(keys)):
    err("duplicate keys")
with_sp = [f for f in foods if f["plant_species"]]
print("foods with plant species:", len(with_sp), " distinct species:",
      len({s for f in with_sp for s in f["plant_species"].split(";")}))

for f in foods:
    k = f["key"]
    for b in ("added_sugars_estimated", "fermented", "live_cultures", "prebiotic_rich", "beverage"):
        if f[b] not in ("true", "false"):
            err(f"{k}: {b}={f[b]}")
    if f["nova"] not in ("1", "2", "3", "4"):
        err(f"{k}: nova")
    if f["food_group"] not in groups:
        err(f"{k}: food_group {f['food_group']}")
    for col, allowed in (("safety_flags", FLAGS), ("colours", COLOURS), ("allergens", ALLERGENS), ("diet_tags", TAGS)):
        for v in filter(None, f[col].split(";")):
            if v not in allowed:
                err(f"{k}: {col} value {v!r}")
    for s in filter(None, f["plant_species"].split(";")):
        if s != s.lower() or "-" not in s or " " in s:
            err(f"{k}: species {s}")
    if f["plant_species"] and f["plant_points"] not in ("1", "0.25"):
        err(f"{k}: plant_points")
    if not f["plant_species"] and f["plant_points"]:
        err(f"{k}: points without species")
    if f["live_cultures"] == "true" and f["fermented"] != "true":
        err(f"{k}: live but not fermented")
    if not f["serving_g"]:
        err(f"{k}: no serving")
    float(f["serving_g"])
    float(f["added_sugars_g"]) if f["added_sugars_g"] else None
    tags = set(filter(None, f["diet_tags"].split(";")))
    if "vegan" in tags and not {"vegetarian", "pescatarian"} <= tags:
        err(f"{k}: vegan not vegetarian/pescatarian")
    if "vegetarian" in tags and "pescatarian" not in tags:
        err(f"{k}: vegetarian not pescatarian")
    al = set(filter(None, f["allergens"].split(";")))
    if "milk" in al and "dairy-free" in tags:
        err(f"{k}: milk + dairy-free")
    if "wheat" in al and "gluten-free" in tags:
        err(f"{k}: wheat + gluten-free")
    if al & {"milk", "egg", "fish", "shellfish"} and "vegan" in tags:
        err(f"{k}: animal allergen + vegan")
    if k.startswith("usda-"):
        u = usda[f["usda_ndb_id"]]
        if k != "usda-" + f["usda_ndb_id"]:
            err(f"{k}: key/id mismatch")
        for c, uc in NUTR.items():
            if f[c] != u[uc]:
                err(f"{k}: {c} {f[c]!r} != USDA {u[uc]!r}")
        if f["food_group"] != u["food_group"]:
            err(f"{k}: group mismatch")
        try:
            alc = float(u["alcohol_g_100g"] or 0)
        except ValueError:
            alc = 0
        if alc > 0.5 and f["beverage"] == "true" and "alcohol" not in f["safety_flags"]:
            err(f"{k}: alcohol {alc} but no flag")
        # portions must equal all USDA portions
        mine = [(p["seq"], p["description"], p["grams"]) for p in ports if p["food_key"] == k]
        if usdap[f["usda_ndb_id"]] and mine != sorted(usdap[f["usda_ndb_id"]], key=lambda t: int(t[0])):
            err(f"{k}: portions differ from USDA")
    else:
        if f["usda_ndb_id"] or not f["curation_note"]:
            err(f"{k}: mm- row needs empty id and a curation note")

pk = collections.Counter(p["food_key"] for p in ports)
missing = set(pk) - set(keys)
print("portion rows:", len(ports), " portion keys not in foods:", sorted(missing) or "none")
nop = [k for k in keys if k not in pk]
print("foods without a portion:", nop or "none")
if missing or nop:
    err("portion key problems")

bad_ref = [(i, n, foods_by["plant_species"]) for i, n in REFINED.items()
           for foods_by in foods if foods_by["usda_ndb_id"] == i and foods_by["plant_species"]]
print("refined/processed items checked:", sum(1 for i in REFINED if any(f["usda_ndb_id"] == i for f in foods)),
      "of", len(REFINED), "- with species:", bad_ref or "none")
if bad_ref:
    err("refined item has species")

for i, want in (("16070", "7.9"), ("09040", "2.6"), ("01289", "0.0")):
    got = next(f["fiber_g"] for f in foods if f["usda_ndb_id"] == i)
    print(f"fiber spot check {i}: {got} (want {want})", "OK" if got == want else "FAIL")
    if got != want:
        err("spot check " + i)

print("\nfood groups:")
for g, n in sorted(collections.Counter(f["food_group"] for f in foods).items(), key=lambda t: -t[1]):
    print(f"  {n:3d}  {g}")
print("\nflags:", dict(collections.Counter(x for f in foods for x in filter(None, f["safety_flags"].split(";")))))
print("fermented:", sum(f["fermented"] == "true" for f in foods), " live:", sum(f["live_cultures"] == "true" for f in foods),
      " prebiotic:", sum(f["prebiotic_rich"] == "true" for f in foods), " beverage:", sum(f["beverage"] == "true" for f in foods))
print("nova:", dict(sorted(collections.Counter(f["nova"] for f in foods).items())))
print("\nERRORS:", len(errors))
for e in errors:
    print("  ", e)
sys.exit(1 if errors else 0)
