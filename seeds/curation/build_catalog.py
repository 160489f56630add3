#!/usr/bin/env python3
"""Build the full MaternalMicrobiome seed catalog from USDA SR28: seeds/foods.csv and seeds/food-portions.csv.

    python3 seeds/curation/build_catalog.py [--out DIR]        (default DIR: the seeds/ folder)

Inputs (resolved from this script's location, never from the working directory):
  ../shared/data/usda-foods.csv, usda-portions.csv   USDA SR28 extract beside the repo (8,789 foods, 15,438 portions)
  seeds/curation/overrides.csv                        the hand-curated starter rows (191: 183 USDA + 8 mm- foods)
  seeds/curation/override-portions.csv                curated portions for foods USDA gives none (starter only)
  seeds/curation/rules.py                             rule tables for every other food

Order of precedence: a starter override row is copied as it is (its USDA nutrients re-read from USDA); every other
USDA food is curated by the rule tables. Nutrients are always USDA's exact text (an empty cell stays empty).
Both outputs are written atomically (temp file in the same folder, then os.replace). Python 3.11 stdlib only.
"""
import csv
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rules as R  # noqa: E402

REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data"))
SEEDS = os.path.normpath(os.path.join(HERE, ".."))

HEADER = ("key,name,synonyms,food_group,usda_ndb_id,energy_kcal,protein_g,carbohydrate_g,fiber_g,"
          "total_sugars_g,added_sugars_g,added_sugars_estimated,water_g,caffeine_mg,alcohol_g,serving_g,"
          "plant_species,plant_points,colours,fermented,live_cultures,prebiotic_rich,beverage,nova,"
          "safety_flags,allergens,diet_tags,curation_note").split(",")
PORTION_HEADER = ["food_key", "seq", "description", "grams"]
NUTRIENTS = {"energy_kcal": "energy_kcal_100g", "protein_g": "protein_g_100g",
             "carbohydrate_g": "carbohydrate_g_100g", "fiber_g": "fiber_g_100g",
             "total_sugars_g": "sugars_total_g_100g", "water_g": "water_g_100g",
             "caffeine_mg": "caffeine_mg_100g", "alcohol_g": "alcohol_g_100g"}
FLAG_ORDER = ["unpasteurized-dairy", "soft-cheese", "smoked-seafood", "deli-meat", "pate", "high-mercury-fish",
              "alcohol", "raw-sprouts", "raw-egg", "raw-shellfish", "liver", "unpasteurized-juice", "deli-salad", "herbal-tea"]
ALLERGEN_ORDER = ["milk", "egg", "fish", "shellfish", "tree-nuts", "peanuts", "wheat", "soy", "sesame"]
TAG_ORDER = ["vegan", "vegetarian", "pescatarian", "gluten-free", "dairy-free", "low-fodmap"]
SPECIES_KEY = re.compile(r"^[a-z]+(-[a-z]+)+$")
CODE = {name: code for code, name in R.GROUPS.items()}
BRAND = re.compile(r"\b(?!USDA\b|NFSMI\b|NLEA\b|DHA\b|ARA\b|AA\b|II\b|PM\b|NS\b|UHT\b)[A-Z][A-Z'&.\-]{2,}\b")


# --------------------------------------------------------------------------------------------------------------
# rule compilation
# --------------------------------------------------------------------------------------------------------------
class Scope:
    """A rule's group scope: "*" (every group), "V F" (these groups) or "* -FO" (every group but these)."""

    def __init__(self, text):
        toks = text.split()
        self.exclude = {t[1:] for t in toks if t.startswith("-")}
        inc = {t for t in toks if not t.startswith("-") and t != "*"}
        self.include = inc or None

    def __contains__(self, code):
        return code not in self.exclude and (self.include is None or code in self.include)

    def __and__(self, other):
        return (self.include or set(R.GROUPS)) & other


def _scope(s):
    return Scope(s)


def compile_table(table):
    return [(_scope(t[0]), re.compile(t[1]), *t[2:]) for t in table]


SPECIES = compile_table(R.SPECIES)
NO_SPECIES = compile_table(R.NO_SPECIES)
NOVA = compile_table(R.NOVA)
FERMENTED = compile_table(R.FERMENTED)
PREBIOTIC = compile_table(R.PREBIOTIC)
SAFETY = compile_table(R.SAFETY)
SAFETY_EXCEPT = {flag: re.compile(p) for flag, p, _ in R.SAFETY_EXCEPT}
ALLERGENS = compile_table(R.ALLERGENS)
ALLERGEN_EXCEPT = {a: re.compile(p) for a, p, _ in R.ALLERGEN_EXCEPT}
ADDED = compile_table(R.ADDED_SUGARS)
BEVERAGE = compile_table(R.BEVERAGE)
SYNONYMS = [(re.compile(p), s) for p, s in R.SYNONYMS]
PLANT_WHITELIST = compile_table(R.PLANT_WHITELIST)
GF_EXTRA = compile_table(R.GLUTEN_FREE_EXTRA)
LOW_FODMAP = compile_table(R.LOW_FODMAP)
KIND_OVERRIDES = [(re.compile(p), k, why) for p, k, why in R.KIND_OVERRIDES]
RX = {k: re.compile(getattr(R, k)) for k in ("MEAT_WORDS", "FISH_WORDS", "VEG_ANIMAL_WORDS", "EXPLICIT_VEGETARIAN",
                                             "KIND_MASK",
                                             "DRINK_NONVEGAN", "GLUTEN_WORDS", "LOW_FODMAP_EXCEPT",
                                             "NO_SPECIES_NAME", "BABY_SINGLE")}


def first(table, code, text):
    for rule in table:
        if code in rule[0] and rule[1].search(text):
            return rule
    return None


def in_groups(code, spec):
    return code in spec.split()


# --------------------------------------------------------------------------------------------------------------
# the curation of one USDA food by the rules
# --------------------------------------------------------------------------------------------------------------
class Curator:
    def __init__(self, usda, portions):
        self.usda = usda
        self.portions = portions
        self.by_group_token = {}
        for r in usda.values():
            tok = r["description"].split(",")[0].strip().lower()
            self.by_group_token.setdefault((r["food_group"], tok), []).append(r)

    # ---- NOVA
    def nova(self, code, name, lname):
        rule = first(NOVA, code, lname)
        if rule:
            return rule[2], rule[3]
        default = R.NOVA_DEFAULT[code]
        if default < 4 and BRAND.search(name) and code not in ("FO", "BF"):
            return R.BRAND_NOVA
        return default, ""

    # ---- species and colours
    def species(self, code, lname, nova):
        rule = first(NO_SPECIES, code, lname)
        if rule:
            return "", "", "no species: " + rule[2]
        if "flour" in lname and any(w in lname for w in R.REFINED_FLOUR_WORDS):
            return "", "", "no species: refined flour (white/all-purpose/bread/enriched/cake/self-rising)"
        target_code, text = code, lname
        if code == "BF":
            m = RX["BABY_SINGLE"].search(lname)
            if not m or m.group(1).strip() not in R.BABY_ALIASES:
                return "", "", ""
            text = R.BABY_ALIASES[m.group(1).strip()] + ", raw"
            target_code = None
        if nova == 4:
            return "", "", ("no species: NOVA 4 (only whole or minimally processed plant foods carry one)"
                            if code in ("V", "F", "L", "N", "C", "S") else "")
        for scope, rx, sp, col, why in SPECIES:
            if target_code is None:
                ok = scope.include is not None and bool(scope & {"V", "F"})
            else:
                ok = target_code in scope
            if ok and rx.search(text):
                if not sp:
                    return "", "", "no species: " + why
                return sp, col, ""
        return "", "", ""

    def plant_points(self, code, species):
        if not species:
            return ""
        sp = set(species.split(";"))
        if code in ("S", "BV") or sp <= R.HERB_SPECIES:
            return "0.25"
        return "1"

    # ---- added sugars
    def base_sugar(self, food):
        """Sugars of the unsweetened counterpart: same group and first name token, preferring water pack,
        then unsweetened/without added sugar, then raw; ties broken by shared name parts."""
        name = food["description"].lower()
        toks = [t.strip() for t in name.split(",")]
        sweet = re.compile(r"(?<!not )(?<!un)sweetened|syrup|with added sugar|with sugar|glazed|honey|candied"
                           r"|harvard|relish|spiced|nectar|\bjuice\b(?! pack)|paste|sweet \(|, sweet\b")
        best, best_score = None, -1
        for c in self.by_group_token.get((food["food_group"], toks[0]), []):
            cn = c["description"].lower()
            if c is food or not c["sugars_total_g_100g"] or sweet.search(cn):
                continue
            if bool(re.search(r"dried|dehydrated", cn)) != bool(re.search(r"dried|dehydrated", name)):
                continue                              # compare like with like (dried with dried)
            ctoks = {t.strip() for t in cn.split(",")}
            score = len(ctoks & set(toks[1:]))
            score += 6 if "water pack" in cn else 0
            score += 4 if re.search(r"unsweetened|without added sugar|not sweetened", cn) else 0
            score += 2 if re.search(r"\braw\b", cn) else 0
            score += 1 if "juice pack" in cn else 0
            if score > best_score:
                best, best_score = c, score
        return best

    def added_sugars(self, code, food, lname, nova):
        total = food["sugars_total_g_100g"]
        rule = first(ADDED, code, lname)
        if rule is not None and rule[2] == "zero-unless-upf":
            rule = None if nova == 4 else (*rule[:2], "zero", *rule[3:])
        if rule is None:
            if nova in (1, 2):
                return "0", False, ""
            if total and float(total) == 0:
                return "0", False, ""
            return "", False, ""
        _, _, method, param, why = rule
        if method == "none":
            return ("0", False, "") if total and float(total) == 0 else ("", False, "")
        if method == "zero":
            return "0", nova >= 3 and bool(total) and float(total) > 0, ""
        if total == "":
            return "", False, ""
        t = float(total)
        if t == 0:
            return "0", False, ""
        if method == "all":
            v, basis = t, "all sugars added: " + why
        elif method == "share":
            v, basis = t * param, f"{param:g} x total {total}: " + why
        elif method == "minus":
            v, basis = t - param, f"total {total} minus {param:g}: " + why
        elif method == "base":
            b = self.base_sugar(food)
            if b is None:
                return "", False, ""
            v = t - float(b["sugars_total_g_100g"])
            basis = (f"total {total} minus {b['sugars_total_g_100g']} in {b['fdc_or_ndb_id']} "
                     f"({b['description']})")
        else:
            raise ValueError(method)
        v = max(0.0, min(t, v))
        return fmt(round(v, 2)), True, "added sugars est. = " + basis

    # ---- diet
    def kind(self, code, lname, nova, allergens, species=""):
        if code == "BV" and RX["DRINK_NONVEGAN"].search(lname):
            return "drink"
        if code == "D" and re.match(r"eggs?,", lname):
            return "veg"                              # eggs of any bird (goose, duck, quail): lacto-ovo
        for rx, k, _ in KIND_OVERRIDES:
            if k and rx.search(lname):
                return k
        unmasked = lname
        lname = RX["KIND_MASK"].sub(" ~ ", lname)
        lname = ALLERGEN_EXCEPT["milk"].sub(" ~ ", lname)   # "cocoa butter", "cream of rice" are not dairy
        if RX["MEAT_WORDS"].search(lname) and not re.search(r"meatless|vegetarian|veggie|vegan|meat extender"
                                                             r"|bacon bits|chik|stakes|skallops|franks?, meatless"
                                                             r"|^(loma linda|worthington|morningstar|gardenburger)",
                                                             lname):
            return "meat"
        if code in R.MEAT_GROUPS.split():
            return "meat"
        if code == "FS" or RX["FISH_WORDS"].search(lname):
            return "fish"
        if code == "AI":
            if re.search(r"stew|soup|tamales|agutuk|frybread|bread|tortilla|mush", lname):
                return "unknown"                      # traditional recipes: fat/broth unknown
            return "plant" if not RX["VEG_ANIMAL_WORDS"].search(lname) else "veg"
        if code == "BF" and species:
            return "plant"                            # single fruit/vegetable purees
        if code in R.UNKNOWN_KIND_GROUPS.split():
            return "veg" if RX["EXPLICIT_VEGETARIAN"].search(lname) else "unknown"
        animal = bool(RX["VEG_ANIMAL_WORDS"].search(ALLERGEN_EXCEPT["egg"].sub(" ~ ", lname))) \
            or bool({"milk", "egg"} & allergens)
        lname = unmasked
        if code in R.PLANT_KIND_GROUPS.split():
            if code == "L" and nova == 4 and re.search(
                    r"loma linda|worthington|morningstar|gardenburger|meatless|veggie|vegetarian|meat extender"
                    r"|bacon bits|soyburger|luncheon|sandwich spread|meatballs|chicken", lname) \
                    and "vegan" not in lname:
                return "veg"
            return "veg" if animal else "plant"
        if first(PLANT_WHITELIST, code, lname) and not animal:
            return "plant"
        if code == "D" or code in R.VEGETARIAN_GROUPS.split():
            return "veg"
        return "unknown"

    def diet_tags(self, code, lname, nova, kind, allergens, species):
        tags = []
        if kind == "plant":
            tags += ["vegan", "vegetarian", "pescatarian"]
        elif kind == "veg":
            tags += ["vegetarian", "pescatarian"]
        elif kind == "fish":
            tags += ["pescatarian"]
        gluten = bool(RX["GLUTEN_WORDS"].search(ALLERGEN_EXCEPT["wheat"].sub(" ~ ", lname))) or "wheat" in allergens
        if code in ("BE", "PK", "LA", "PO", "FS") and re.search(r"\bfried\b|coated|crumbs", lname):
            gluten = True                             # fried meat/fish is usually floured or breaded
        natural = in_groups(code, R.GLUTEN_FREE_GROUPS) and nova <= 3
        if "gluten-free" in lname and "wheat" not in allergens:
            tags.append("gluten-free")
        elif not gluten and (natural or first(GF_EXTRA, code, lname)):
            tags.append("gluten-free")
        dairy = "milk" in allergens or bool(re.search(r"\b(milk|cheese|butter|cream|yogurt|whey|ghee)\b",
                                                      ALLERGEN_EXCEPT["milk"].sub(" ~ ", lname)))
        plain_egg = code == "D" and re.match(r"eggs?, ", lname) and nova <= 3
        simple_drink = kind == "drink" and not re.search(r"cream|pina colada|eggnog", lname)
        animal_fat = code == "FO" and re.search(r"^(lard|fat, |fish oil|oil, (beluga|bearded|spotted|walrus))", lname)
        if not dairy and ((in_groups(code, R.DAIRY_FREE_GROUPS) and nova <= 3)
                          or (first(PLANT_WHITELIST, code, lname) and kind == "plant") or plain_egg
                          or simple_drink or animal_fat):
            tags.append("dairy-free")
        lf = first(LOW_FODMAP, code, lname)
        if lf and nova <= 3 and not RX["LOW_FODMAP_EXCEPT"].search(lname):
            tags.append("low-fodmap")
        return tags

    # ---- the whole row
    def curate(self, food):
        name = food["description"]
        lname = name.lower()
        code = CODE[food["food_group"]]
        notes = []
        nova, nova_why = self.nova(code, name, lname)
        if nova_why and nova != R.NOVA_DEFAULT[code]:
            notes.append(f"NOVA {nova}: {nova_why}")
        species, colours, sp_note = self.species(code, lname, nova)
        if sp_note and code in ("V", "F", "L", "N", "C", "S"):
            notes.append(sp_note)
        if not species:
            colours = ""
        points = self.plant_points(code, species)

        fermented, live, serving, fer_note = False, False, None, ""
        fr = first(FERMENTED, code, lname)
        if fr:
            fermented, live, serving = fr[2], fr[3], fr[4]
            if fermented:
                notes.append(("live cultures: " if live else "fermented, not live: ") + fr[5])
        prebiotic = False
        pr = first(PREBIOTIC, code, lname) if species else None
        if pr and nova <= 3:
            prebiotic = True
            pserv = pr[2]
            if pserv is None:
                state = "raw" if re.search(r"\braw\b", lname) else ("canned" if "canned" in lname else "cooked")
                pserv = R.PULSE_SERVING[state]
            notes.append(f"prebiotic-rich: {pr[3]}" + ("" if pr[2] else f"; serving {pserv:g} g"))
            serving = serving or pserv

        ports = self.portions.get(food["fdc_or_ndb_id"], [])
        if serving is None:
            if ports:
                serving = ports[0]["portion_g"]
            else:
                serving = 100
                notes.append("serving 100 g: USDA lists no household portion")
        serving = fmt(serving)

        flags = set()
        for scope, rx, flag, why in SAFETY:
            if code in scope and rx.search(lname):
                exc = SAFETY_EXCEPT.get(flag)
                if exc and exc.search(lname):
                    continue
                if flag not in flags:
                    notes.append(f"{flag}: {why}")
                flags.add(flag)
        alc = food["alcohol_g_100g"]
        if alc and float(alc) > 0.5 and "alcohol" not in flags:
            flags.add("alcohol")
            notes.append(f"alcohol: USDA alcohol {alc} g/100 g (no safe amount in pregnancy, CDC)")

        allergens = set()
        for scope, rx, allergen, why in ALLERGENS:
            mask = ALLERGEN_EXCEPT.get(allergen)
            text = mask.sub(" ~ ", lname) if mask else lname
            if code in scope and rx.search(text):
                allergens.add(allergen)
        kind = self.kind(code, lname, nova, allergens, species)
        if allergens & {"fish", "shellfish"} and kind in ("plant", "veg"):
            kind = "fish"
        if allergens & {"milk", "egg"} and kind == "plant":
            kind = "veg"
        tags = self.diet_tags(code, lname, nova, kind, allergens, species)

        added, estimated, add_note = self.added_sugars(code, food, lname, nova)
        if add_note:
            notes.append(add_note)

        br = first(BEVERAGE, code, lname)
        beverage = bool(br and br[2])

        syn = []
        for rx, s in SYNONYMS:
            if rx.search(lname):
                syn += [x for x in s.split(";") if x and x.lower() not in syn and x.lower() != lname]

        row = {
            "key": "usda-" + food["fdc_or_ndb_id"], "name": name, "synonyms": ";".join(syn),
            "food_group": food["food_group"], "usda_ndb_id": food["fdc_or_ndb_id"],
            "added_sugars_g": added, "added_sugars_estimated": b(estimated), "serving_g": serving,
            "plant_species": species, "plant_points": points, "colours": colours,
            "fermented": b(fermented), "live_cultures": b(live), "prebiotic_rich": b(prebiotic),
            "beverage": b(beverage), "nova": str(nova),
            "safety_flags": ";".join(f for f in FLAG_ORDER if f in flags),
            "allergens": ";".join(a for a in ALLERGEN_ORDER if a in allergens),
            "diet_tags": ";".join(t for t in TAG_ORDER if t in tags),
            "curation_note": "rules: " + "; ".join(notes) if notes else "",
        }
        for col, ucol in NUTRIENTS.items():
            row[col] = food[ucol]
        return row


def fmt(x):
    if isinstance(x, str):
        return x
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def b(v):
    return "true" if v else "false"


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_atomic(path, fieldnames, rows):
    folder = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=fieldnames, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def validate(rows, prows):
    """Cheap self-checks before anything is written (check_seeds.py does the full validation)."""
    keys = set()
    for r in rows:
        assert r["key"] not in keys, r["key"]
        keys.add(r["key"])
        for s in filter(None, r["plant_species"].split(";")):
            assert SPECIES_KEY.match(s), (r["key"], s)
        assert r["nova"] in ("1", "2", "3", "4"), r["key"]
        assert r["serving_g"] and float(r["serving_g"]) > 0, r["key"]
        if r["live_cultures"] == "true":
            assert r["fermented"] == "true", r["key"]
        if r["added_sugars_g"] and r["total_sugars_g"]:
            assert float(r["added_sugars_g"]) <= float(r["total_sugars_g"]) + 1e-9, r["key"]
    for p in prows:
        assert p["food_key"] in keys, p
        assert float(p["grams"]) > 0, p


def build():
    usda_rows = read_csv(os.path.join(DATA, "usda-foods.csv"))
    usda = {r["fdc_or_ndb_id"]: r for r in usda_rows}
    portions = {}
    for p in read_csv(os.path.join(DATA, "usda-portions.csv")):
        portions.setdefault(p["fdc_or_ndb_id"], []).append(p)
    for ps in portions.values():
        ps.sort(key=lambda p: int(p["seq"]))
    overrides = read_csv(os.path.join(HERE, "overrides.csv"))
    over = {r["key"]: r for r in overrides}
    over_ports = {}
    for p in read_csv(os.path.join(HERE, "override-portions.csv")):
        over_ports.setdefault(p["food_key"], []).append(p)

    cur = Curator(usda, portions)
    rows, prows = [], []
    for food in usda_rows:
        key = "usda-" + food["fdc_or_ndb_id"]
        if key in over:
            row = dict(over[key])
            for col, ucol in NUTRIENTS.items():       # nutrients always come from USDA
                if row[col] != food[ucol]:
                    raise SystemExit(f"overrides.csv {key}: {col} {row[col]!r} differs from USDA {food[ucol]!r}")
                row[col] = food[ucol]
            if row["food_group"] != food["food_group"]:
                raise SystemExit(f"overrides.csv {key}: food group differs from USDA")
        else:
            row = cur.curate(food)
        rows.append(row)
        usda_ps = portions.get(food["fdc_or_ndb_id"], [])
        if usda_ps and key in over_ports:
            raise SystemExit(f"{key}: has USDA portions and curated portions")
        for p in usda_ps:
            prows.append({"food_key": key, "seq": p["seq"], "description": p["portion_desc"],
                          "grams": p["portion_g"]})
        for p in sorted(over_ports.get(key, []), key=lambda p: int(p["seq"])):
            prows.append(dict(p))
    for r in overrides:                               # the mm- additions (curated estimates), in starter order
        if r["key"].startswith("mm-"):
            rows.append(dict(r))
            for p in sorted(over_ports.get(r["key"], []), key=lambda p: int(p["seq"])):
                prows.append(dict(p))
    missing = [k for k in over if k.startswith("usda-") and k[5:] not in usda]
    if missing:
        raise SystemExit(f"overrides for foods not in USDA: {missing}")
    validate(rows, prows)
    return rows, prows


def main(argv):
    out = SEEDS
    if len(argv) > 1:
        if argv[1] != "--out" or len(argv) != 3:
            raise SystemExit(__doc__)
        out = os.path.abspath(argv[2])
    rows, prows = build()
    os.makedirs(out, exist_ok=True)
    write_atomic(os.path.join(out, "foods.csv"), HEADER, rows)
    write_atomic(os.path.join(out, "food-portions.csv"), PORTION_HEADER, prows)
    print(f"wrote {len(rows)} foods and {len(prows)} portions to {out}")


if __name__ == "__main__":
    main(sys.argv)
