#!/usr/bin/env python3
"""Build MaternalMicrobiome seed catalog: seeds/foods.csv and seeds/food-portions.csv.

Nutrients (per 100 g) are copied verbatim from the USDA SR28 extract in /work/shared/data
(an empty USDA cell stays empty). Gut-health attributes (species, colours, fermented, live
cultures, prebiotic, NOVA, safety flags, allergens, diet tags) are hand-curated below.

Usage: python3 build_seeds.py [output_dir]   (default: the seeds/ folder this script is in)
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "shared", "data")  # the USDA extract beside the repo
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")

HEADER = ("key,name,synonyms,food_group,usda_ndb_id,energy_kcal,protein_g,carbohydrate_g,fiber_g,"
          "total_sugars_g,added_sugars_g,added_sugars_estimated,water_g,caffeine_mg,alcohol_g,serving_g,"
          "plant_species,plant_points,colours,fermented,live_cultures,prebiotic_rich,beverage,nova,"
          "safety_flags,allergens,diet_tags,curation_note").split(",")

ALLOWED_FLAGS = {"unpasteurized-dairy", "soft-cheese", "smoked-seafood", "deli-meat", "pate",
                 "high-mercury-fish", "alcohol"}
ALLOWED_COLOURS = {"red-orange", "yellow", "green", "blue-purple", "white-tan"}
ALLOWED_ALLERGENS = {"milk", "egg", "fish", "shellfish", "tree-nuts", "peanuts", "wheat", "soy", "sesame"}
ALLOWED_TAGS = ["vegan", "vegetarian", "pescatarian", "gluten-free", "dairy-free", "low-fodmap"]

FOODS = []   # curated rows, in catalog order


def F(ndb, name, *, syn="", serv=None, sp="", herb=False, col="", fer=False, live=False, pre=False,
      bev=False, nova=1, flags="", allg="", kind="plant", gf=True, lf=False, add=None, note="",
      portion=None, mm=None):
    """One curated food.

    kind: plant (vegan) | veg (vegetarian: dairy, egg, honey) | fish (pescatarian) | meat (none)
          | drink-nonvegan (alcoholic drinks: fining agents may be animal-derived; no diet-pattern tag)
    gf:   False when the food contains gluten grains or is not reliably gluten-free
          (wheat in allergens forces False too).
    lf:   True when low-FODMAP (Monash) at serving_g.
    add:  added sugars g/100 g when an estimate (sets added_sugars_estimated=true); None -> 0/false.
    portion: extra portion (desc, grams) when USDA has none.
    mm:   dict of nutrient values for non-USDA (mm-) foods.
    """
    FOODS.append(dict(ndb=ndb, name=name, syn=syn, serv=serv, sp=sp, herb=herb, col=col, fer=fer,
                      live=live, pre=pre, bev=bev, nova=nova, flags=flags, allg=allg, kind=kind, gf=gf,
                      lf=lf, add=add, note=note, portion=portion, mm=mm))


# ---------------------------------------------------------------------------------------------
# 1. Seed-article day, prebiotic-rich foods and fermented foods
# ---------------------------------------------------------------------------------------------
F("08120", "Oats, rolled, dry", syn="rolled oats;porridge oats;oatmeal (dry);quick oats", serv=40.5,
  sp="avena-sativa", gf=False, lf=True,
  note="serving = 1/2 cup dry; not tagged gluten-free: oats are gluten-free only when certified uncontaminated")
F("08121", "Oats, cooked with water (porridge)", syn="oatmeal;porridge", serv=234, sp="avena-sativa",
  gf=False, lf=True, note="not tagged gluten-free: oats are gluten-free only when certified uncontaminated")
F("09040", "Banana, raw", syn="bananas", serv=118, sp="musa-acuminata", col="white-tan", pre=True,
  note="not tagged low-FODMAP: a ripe medium banana is high-FODMAP (firm/unripe is low)")
F("16070", "Lentils, cooked", syn="dal;daal;dhal;lentils boiled", serv=100, sp="lens-culinaris",
  col="white-tan", pre=True)
F("11282", "Onion, raw", syn="onions;brown onion;yellow onion;white onion;red onion", serv=80,
  sp="allium-cepa", col="white-tan", pre=True)
F("11291", "Spring onions (scallions), raw", syn="scallions;green onions;salad onions", serv=25,
  sp="allium-cepa", col="green", pre=True,
  note="keyed allium-cepa (most green onions sold); Welsh onion (A. fistulosum) is also sold as scallion; serving 1/4 cup chopped (about 2 medium) so a prebiotic serving is more than a garnish")
F("11215", "Garlic, raw", syn="garlic clove;garlic cloves", serv=6, sp="allium-sativum", col="white-tan",
  pre=True)
F("11011", "Asparagus, raw", syn="asparagus spears", serv=60, sp="asparagus-officinalis", col="green",
  pre=True)
F("11246", "Leek, raw", syn="leeks", serv=45, sp="allium-ampeloprasum", col="white-tan", pre=True,
  note="colour from the bulb and lower leaf (white) part that USDA describes")
F("11226", "Jerusalem artichoke, raw", syn="sunchoke;sunroot;topinambur", serv=75,
  sp="helianthus-tuberosus", col="white-tan", pre=True)
F("11154", "Chicory root, raw", syn="chicory", serv=60, sp="cichorium-intybus", col="white-tan", pre=True)
F("11207", "Dandelion greens, raw", syn="dandelion leaves", serv=55, sp="taraxacum-officinale", col="green",
  pre=True)

F("01289", "Kefir, plain, lowfat", syn="kefir;milk kefir;cultured milk drink", serv=170, fer=True, live=True,
  bev=True, allg="milk", kind="veg", portion=("1 cup (8 fl oz)", 240),
  note="USDA has no household portion: added 1 cup = 240 g (Lifeway label serving)")
F("01290", "Kefir, strawberry, lowfat", syn="flavoured kefir;fruit kefir", serv=170, fer=True, live=True,
  bev=True, nova=4, allg="milk", kind="veg", add=4.60, portion=("1 cup (8 fl oz)", 240),
  note="added sugars = total sugars 9.21 minus 4.61 in plain kefir 01289; USDA has no household portion: added 1 cup = 240 g")
F("01116", "Yogurt, plain, whole milk", syn="natural yogurt;yoghurt;plain yoghurt;curd", serv=170, fer=True,
  live=True, allg="milk", kind="veg",
  note="live_cultures assumes 'live and active cultures' (not heat-treated after culturing)")
F("01256", "Greek yogurt, plain, nonfat", syn="greek yoghurt;strained yogurt;0% greek yogurt", serv=170,
  fer=True, live=True, allg="milk", kind="veg")
F("01293", "Greek yogurt, plain, whole milk", syn="greek yoghurt full fat;strained yogurt", serv=170,
  fer=True, live=True, allg="milk", kind="veg", portion=("1 container (6 oz)", 170),
  note="USDA has no household portion: added 1 container (6 oz) = 170 g")
F("01088", "Buttermilk, cultured, lowfat", syn="cultured buttermilk;chaas", serv=245, fer=True, live=True,
  bev=True, allg="milk", kind="veg",
  note="cultured buttermilk: cultures added after pasteurization, so live unless heat-treated; serving 1 cup")
F("01012", "Cottage cheese, creamed", syn="cottage cheese;curds", serv=113, fer=True, live=False, nova=3,
  allg="milk", kind="veg",
  note="fermented (lactic curd) but USDA item does not say cultured/live: live_cultures=false; brands labelled 'live and active cultures' would count")
F("11439", "Sauerkraut, canned", syn="sauerkraut;fermented cabbage;choucroute", serv=75,
  sp="brassica-oleracea", col="white-tan", fer=True, live=False, nova=3,
  note="canned = heat-treated: fermented but not live (see mm-sauerkraut-live for refrigerated raw kraut)")
F("11118", "Kimchi", syn="kimchee;korean fermented cabbage;baechu kimchi", serv=75,
  sp="brassica-rapa;raphanus-sativus;allium-sativum;zingiber-officinale;capsicum-annuum", col="red-orange",
  fer=True, live=True, nova=3, allg="fish;shellfish", kind="fish",
  note="USDA kimchi treated as live (refrigerated kimchi is usually unpasteurized); shelf-stable/pasteurized kimchi is not live. Traditional kimchi contains fish sauce/salted shrimp: allergens fish;shellfish and not vegetarian (vegan kimchi exists)")
F("16112", "Miso", syn="miso paste;white miso;red miso;soybean paste", serv=17, sp="glycine-max",
  fer=True, live=True, nova=3, allg="soy", gf=False, lf=True,
  note="live only if unpasteurized and stirred in off the boil; not tagged gluten-free: barley (mugi) miso contains gluten")
F("16113", "Natto", syn="fermented soybeans", serv=44, sp="glycine-max", fer=True, live=True, nova=3,
  allg="soy", note="serving 1/4 cup (about one 45-g pack); Bacillus subtilis var. natto remains viable")
F("16114", "Tempeh", syn="tempe", serv=83, sp="glycine-max", fer=True, live=False, nova=3, allg="soy", lf=True,
  note="fermented but eaten cooked: not live; USDA has no fiber/sugar value (left empty); serving 1/2 cup")

# ---------------------------------------------------------------------------------------------
# 2. Vegetables
# ---------------------------------------------------------------------------------------------
F("11457", "Spinach, raw", syn="baby spinach", serv=30, sp="spinacia-oleracea", col="green", lf=True)
F("11233", "Kale, raw", syn="curly kale;borecole", serv=16, sp="brassica-oleracea", col="green", lf=True)
F("11090", "Broccoli, raw", syn="calabrese", serv=91, sp="brassica-oleracea", col="green", lf=True)
F("11124", "Carrots, raw", syn="carrot", serv=61, sp="daucus-carota", col="red-orange", lf=True)
F("11508", "Sweet potato, baked", syn="baked sweet potato;kumara", serv=114, sp="ipomoea-batatas",
  col="red-orange")
F("11674", "Potato, baked, with skin", syn="jacket potato;baked potato", serv=173, sp="solanum-tuberosum",
  col="white-tan", lf=True)
F("11529", "Tomato, raw", syn="tomatoes;cherry tomatoes", serv=123, sp="solanum-lycopersicum",
  col="red-orange", lf=True)
F("11821", "Red bell pepper, raw", syn="red capsicum;red pepper;sweet pepper", serv=119,
  sp="capsicum-annuum", col="red-orange",
  note="not tagged low-FODMAP: red capsicum is low only up to ~43 g")
F("11333", "Green bell pepper, raw", syn="green capsicum;green pepper", serv=119, sp="capsicum-annuum",
  col="green", lf=True)
F("11951", "Yellow bell pepper, raw", syn="yellow capsicum;yellow pepper", serv=119, sp="capsicum-annuum",
  col="yellow", note="serving = medium pepper weight as for red/green (USDA lists large pepper 186 g)")
F("11205", "Cucumber, with peel, raw", syn="cucumbers", serv=52, sp="cucumis-sativus", col="green", lf=True)
F("11477", "Zucchini, raw", syn="courgette;summer squash", serv=124, sp="cucurbita-pepo", col="green")
F("11135", "Cauliflower, raw", syn="cauli", serv=107, sp="brassica-oleracea", col="white-tan")
F("11109", "Cabbage, green, raw", syn="white cabbage;green cabbage", serv=89, sp="brassica-oleracea",
  col="green", lf=True)
F("11112", "Cabbage, red, raw", syn="red cabbage;purple cabbage", serv=89, sp="brassica-oleracea",
  col="blue-purple", lf=True)
F("11098", "Brussels sprouts, raw", syn="sprouts;brussel sprouts", serv=88, sp="brassica-oleracea",
  col="green")
F("11080", "Beets, raw", syn="beetroot;beet", serv=82, sp="beta-vulgaris", col="red-orange")
F("11313", "Peas, green, frozen, cooked", syn="garden peas;petits pois;frozen peas", serv=80,
  sp="pisum-sativum", col="green")
F("11052", "Green beans, raw", syn="string beans;snap beans;french beans", serv=100, sp="phaseolus-vulgaris",
  col="green", lf=True)
F("11260", "Mushrooms, white, raw", syn="button mushrooms;champignons", serv=70, sp="agaricus-bisporus",
  col="white-tan",
  note="a fungus, not a plant, but counted with plants by American Gut-style plant counts")
F("11251", "Lettuce, romaine, raw", syn="cos lettuce;romaine", serv=47, sp="lactuca-sativa", col="green",
  lf=True)
F("09037", "Avocado, raw", syn="avocados;avo;hass avocado", serv=50, sp="persea-americana", col="green",
  note="serving 1/3 medium avocado (about 50 g); not low-FODMAP above 1/8 avocado")
F("11143", "Celery, raw", syn="celery sticks", serv=40, sp="apium-graveolens", col="green")
F("11167", "Sweet corn, yellow, raw", syn="corn on the cob;maize;sweetcorn", serv=102, sp="zea-mays",
  col="yellow")
F("11209", "Eggplant, raw", syn="aubergine;brinjal", serv=82, sp="solanum-melongena", col="blue-purple",
  lf=True)
F("11486", "Butternut squash, baked", syn="butternut pumpkin;winter squash", serv=103,
  sp="cucurbita-moschata", col="red-orange", note="serving 1/2 cup cubes (USDA 1 cup = 205 g)")
F("11008", "Artichoke, globe, cooked", syn="globe artichoke;french artichoke;artichoke hearts", serv=120,
  sp="cynara-cardunculus", col="green")

# ---------------------------------------------------------------------------------------------
# 3. Fruits
# ---------------------------------------------------------------------------------------------
F("09003", "Apple, raw, with skin", syn="apples", serv=182, sp="malus-domestica", col="red-orange",
  note="colour: red apple assumed; green varieties would be green")
F("09252", "Pear, raw", syn="pears", serv=178, sp="pyrus-communis", col="green")
F("09200", "Orange, raw", syn="oranges;navel orange", serv=131, sp="citrus-sinensis", col="red-orange",
  lf=True)
F("09050", "Blueberries, raw", syn="blueberry", serv=148, sp="vaccinium-corymbosum", col="blue-purple",
  lf=True)
F("09316", "Strawberries, raw", syn="strawberry", serv=152, sp="fragaria-ananassa", col="red-orange",
  lf=True)
F("09302", "Raspberries, raw", syn="raspberry", serv=123, sp="rubus-idaeus", col="red-orange")
F("09042", "Blackberries, raw", syn="blackberry;brambles", serv=144, sp="rubus-fruticosus",
  col="blue-purple")
F("09132", "Grapes, red or green, raw", syn="grapes;seedless grapes", serv=151, sp="vitis-vinifera",
  lf=True, note="no colour: USDA item is red or green grapes")
F("09148", "Kiwifruit, green, raw", syn="kiwi;kiwi fruit", serv=138, sp="actinidia-deliciosa", col="green",
  lf=True, note="serving 2 fruits (USDA 1 fruit = 69 g)")
F("09176", "Mango, raw", syn="mangoes;mangos", serv=165, sp="mangifera-indica", col="yellow")
F("09266", "Pineapple, raw", syn="pineapple chunks", serv=165, sp="ananas-comosus", col="yellow", lf=True)
F("09070", "Cherries, sweet, raw", syn="cherry", serv=138, sp="prunus-avium", col="red-orange")
F("09421", "Dates, medjool", syn="medjool dates;date", serv=48, sp="phoenix-dactylifera", col="white-tan",
  note="serving 2 dates")
F("09291", "Prunes (dried plums)", syn="prunes;dried plums", serv=40, sp="prunus-domestica",
  col="blue-purple", note="serving about 4 prunes (USDA 1 prune = 9.5 g)")
F("09298", "Raisins, seedless", syn="raisins;sultanas", serv=43, sp="vitis-vinifera", col="blue-purple",
  note="same species as grapes (vitis-vinifera)")
F("09150", "Lemon, raw, without peel", syn="lemons", serv=58, sp="citrus-limon", col="yellow", lf=True)
F("09326", "Watermelon, raw", syn="watermelon", serv=280, sp="citrullus-lanatus", col="red-orange")
F("09236", "Peach, raw", syn="peaches;yellow peach", serv=150, sp="prunus-persica", col="yellow")
F("09089", "Figs, raw", syn="fresh figs", serv=50, sp="ficus-carica", col="blue-purple")
F("09286", "Pomegranate, raw", syn="pomegranate seeds;pomegranate arils", serv=87, sp="punica-granatum",
  col="red-orange")

# ---------------------------------------------------------------------------------------------
# 4. Legumes and soy
# ---------------------------------------------------------------------------------------------
F("16057", "Chickpeas, cooked", syn="garbanzo;garbanzo beans;chana;bengal gram", serv=82,
  sp="cicer-arietinum", col="white-tan", pre=True)
F("16015", "Black beans, cooked", syn="black turtle beans;frijoles negros", serv=90,
  sp="phaseolus-vulgaris", col="blue-purple", pre=True)
F("16033", "Kidney beans, red, cooked", syn="red kidney beans;rajma", serv=90, sp="phaseolus-vulgaris",
  col="red-orange", pre=True)
F("16043", "Pinto beans, cooked", syn="pintos;frijoles", serv=90, sp="phaseolus-vulgaris",
  col="white-tan", pre=True)
F("16038", "Navy beans, cooked", syn="haricot beans;white beans;pea beans", serv=90,
  sp="phaseolus-vulgaris", col="white-tan", pre=True)
F("11212", "Edamame, cooked", syn="soybeans in pod;green soybeans", serv=78, sp="glycine-max", col="green",
  allg="soy", lf=True, note="serving 1/2 cup shelled (USDA 1 cup = 155 g)")
F("16126", "Tofu, firm", syn="bean curd;firm tofu", serv=81, sp="glycine-max", col="white-tan", nova=3,
  allg="soy", lf=True, note="NOVA 3 (coagulated curd, like cheese); serving 1/4 block")
F("16158", "Hummus, store-bought", syn="houmous;hummous;chickpea dip", serv=30,
  sp="cicer-arietinum;sesamum-indicum;allium-sativum;citrus-limon", nova=3, allg="sesame",
  note="prebiotic_rich=false: a 2-tbsp serving holds only ~15 g chickpeas; USDA sugars empty")
F("16390", "Peanuts, dry-roasted, unsalted", syn="groundnuts;monkey nuts", serv=28.35,
  sp="arachis-hypogaea", allg="peanuts", lf=True)
F("16098", "Peanut butter, smooth", syn="peanut butter;PB;groundnut butter", serv=32, sp="arachis-hypogaea",
  nova=4, allg="peanuts", lf=True, add=5.59,
  note="added sugars est. = 10.49 minus 4.90 intrinsic sugars of dry-roasted peanuts (16390); typical US brand with sugar and hydrogenated oil -> NOVA 4 (100% peanut butter would be NOVA 1-3)")
F("16222", "Soy milk, unsweetened", syn="soya milk;soy drink;soymilk", serv=240, sp="glycine-max", pre=True,
  bev=True, nova=3, allg="soy",
  note="NOVA 3 for a simple soybean-water-calcium drink; brands with gums/flavourings are NOVA 4")
F("16123", "Soy sauce", syn="shoyu;soya sauce", serv=16, fer=True, live=False, nova=3, allg="soy;wheat",
  lf=True, note="fermented, not live (pasteurized); condiment used in small amounts: no plant species (like juices/oils)")

# ---------------------------------------------------------------------------------------------
# 5. Nuts and seeds
# ---------------------------------------------------------------------------------------------
F("12061", "Almonds", syn="almond", serv=28.35, sp="prunus-dulcis", allg="tree-nuts",
  note="not low-FODMAP above ~10 almonds")
F("12155", "Walnuts", syn="english walnuts;walnut", serv=28.35, sp="juglans-regia", allg="tree-nuts",
  lf=True)
F("12087", "Cashews, raw", syn="cashew nuts;cashew", serv=28.35, sp="anacardium-occidentale",
  allg="tree-nuts")
F("12152", "Pistachios, dry-roasted, unsalted", syn="pistachio nuts;pistachio", serv=28.35,
  sp="pistacia-vera", allg="tree-nuts")
F("12006", "Chia seeds", syn="chia", serv=12, sp="salvia-hispanica", lf=True, note="serving 1 tbsp")
F("12220", "Flaxseed", syn="linseed;flax seeds;ground flaxseed", serv=10.3, sp="linum-usitatissimum",
  lf=True)
F("12014", "Pumpkin seeds, dried", syn="pepitas;squash seeds", serv=28.35, sp="cucurbita-pepo", lf=True,
  note="keyed cucurbita-pepo (same species as zucchini); some pumpkin seeds are C. maxima")
F("12036", "Sunflower seeds, dried", syn="sunflower kernels", serv=28, sp="helianthus-annuus",
  note="serving 1 oz (no 1-oz portion in USDA list for this item)")
F("12023", "Sesame seeds", syn="sesame;til", serv=9, sp="sesamum-indicum", allg="sesame", lf=True)
F("12166", "Tahini", syn="sesame paste;tahina;sesame butter", serv=15, sp="sesamum-indicum", allg="sesame",
  lf=True)

# ---------------------------------------------------------------------------------------------
# 6. Grains: whole and refined
# ---------------------------------------------------------------------------------------------
F("20037", "Brown rice, cooked", syn="wholegrain rice", serv=202, sp="oryza-sativa", lf=True)
F("20137", "Quinoa, cooked", syn="quinoa", serv=185, sp="chenopodium-quinoa", lf=True)
F("20006", "Barley, pearled, cooked", syn="pearl barley", serv=157, sp="hordeum-vulgare", gf=False,
  note="pearled barley is not whole grain but is a minimally processed grain: species kept")
F("20010", "Buckwheat groats, cooked", syn="kasha;buckwheat", serv=168, sp="fagopyrum-esculentum", lf=True)
F("20032", "Millet, cooked", syn="millet", serv=174, sp="panicum-miliaceum", lf=True,
  note="keyed proso millet (panicum-miliaceum), the usual US millet; pearl millet would be cenchrus-americanus")
F("20013", "Bulgur, cooked", syn="bulgur wheat;bulghur;burghul", serv=182, sp="triticum-durum",
  allg="wheat", note="bulgur is usually durum wheat: keyed triticum-durum (distinct species from bread wheat)")
F("18075", "Bread, whole-wheat", syn="wholemeal bread;whole wheat bread;brown bread", serv=32,
  sp="triticum-aestivum", nova=4, allg="wheat", add=3.9,
  note="commercial sliced loaf: NOVA 4 like white sandwich bread (a bakery/home loaf of flour, water, yeast, salt is NOVA 3); added sugars est. 3.9 of 4.34 g (flour ~0.4 g intrinsic)")
F("18060", "Bread, rye", syn="rye bread;light rye", serv=32, sp="secale-cereale", nova=3, allg="wheat",
  add=3.0,
  note="US rye bread also contains refined wheat flour (allergen wheat; not counted as a plant); added sugars est. 3.0 of 3.85 g (molasses/sugar)")
F("20125", "Pasta, whole-wheat, cooked", syn="wholemeal pasta;whole wheat spaghetti", serv=117,
  sp="triticum-durum", allg="wheat",
  note="whole-wheat pasta is usually whole durum wheat: keyed triticum-durum")
F("19034", "Popcorn, air-popped", syn="popcorn", serv=24, sp="zea-mays", lf=True,
  note="serving 3 cups popped")
F("20045", "White rice, cooked", syn="rice;long-grain rice;basmati;jasmine rice", serv=158, lf=True,
  note="refined grain: no plant species")
F("18069", "Bread, white, sliced", syn="white bread;sandwich bread;toast bread", serv=29, nova=4,
  allg="wheat", add=5.0,
  note="refined: no plant species; added sugars est. 5.0 of 5.67 g (flour ~0.3 g intrinsic)")
F("20121", "Pasta, white, cooked", syn="spaghetti;penne;macaroni;noodles", serv=124, allg="wheat",
  note="refined: no plant species")
F("20081", "Flour, all-purpose, white", syn="plain flour;white flour;maida", serv=30, nova=2, allg="wheat",
  note="refined: no plant species; serving 1/4 cup")

# ---------------------------------------------------------------------------------------------
# 7. Sugars, oils, juices (no plant species)
# ---------------------------------------------------------------------------------------------
F("19335", "Sugar, white granulated", syn="sugar;table sugar;caster sugar;sucrose", serv=4.2, nova=2,
  lf=True, add=99.80, note="all sugars count as added/free")
F("19296", "Honey", syn="honey", serv=21, nova=2, kind="veg", add=82.12,
  note="all sugars count as added/free (FDA and WHO); not vegan")
F("04053", "Olive oil", syn="extra virgin olive oil;EVOO", serv=13.5, nova=2, lf=True,
  note="oil: no plant species")
F("04582", "Canola oil", syn="rapeseed oil;vegetable oil", serv=14, nova=2, lf=True,
  note="oil: no plant species")
F("09209", "Orange juice", syn="OJ;orange juice from concentrate", serv=249, bev=True,
  note="juice: no plant species; 100% juice has no added sugar by FDA/AHA definitions (WHO counts it as free sugar)")
F("09016", "Apple juice, unsweetened", syn="apple juice", serv=248, bev=True,
  note="juice: no plant species; 100% juice has no added sugar by FDA/AHA definitions (WHO counts it as free sugar)")

# ---------------------------------------------------------------------------------------------
# 8. Herbs and spices (plant points 0.25)
# ---------------------------------------------------------------------------------------------
F("02044", "Basil, fresh", syn="sweet basil", serv=2.5, sp="ocimum-basilicum", herb=True, lf=True)
F("11297", "Parsley, fresh", syn="flat-leaf parsley;curly parsley", serv=3.8, sp="petroselinum-crispum",
  herb=True, col="green", lf=True)
F("11165", "Cilantro (coriander leaves), fresh", syn="coriander;coriander leaves;chinese parsley", serv=4,
  sp="coriandrum-sativum", herb=True, lf=True)
F("02043", "Turmeric, ground", syn="turmeric;haldi", serv=3, sp="curcuma-longa", herb=True, lf=True)
F("02010", "Cinnamon, ground", syn="cinnamon", serv=2.6, sp="cinnamomum-verum", herb=True, lf=True,
  note="keyed cinnamomum-verum; much US ground cinnamon is cassia (C. cassia): still one plant")
F("11216", "Ginger root, fresh", syn="ginger;fresh ginger", serv=2, sp="zingiber-officinale", herb=True,
  lf=True, note="a spice: plant_points 0.25 though USDA files it with vegetables")
F("02014", "Cumin seed", syn="cumin;jeera", serv=2.1, sp="cuminum-cyminum", herb=True, lf=True)
F("02030", "Black pepper", syn="pepper;ground pepper", serv=2.3, sp="piper-nigrum", herb=True, lf=True)
F("02027", "Oregano, dried", syn="oregano", serv=1, sp="origanum-vulgare", herb=True, lf=True)
F("02042", "Thyme, dried", syn="thyme", serv=1, sp="thymus-vulgaris", herb=True, lf=True)
F("02063", "Rosemary, fresh", syn="rosemary", serv=0.7, sp="salvia-rosmarinus", herb=True, lf=True,
  note="current name Salvia rosmarinus (formerly Rosmarinus officinalis)")
F("02045", "Dill, fresh", syn="dill weed", serv=1, sp="anethum-graveolens", herb=True, lf=True)
F("02065", "Mint, fresh (spearmint)", syn="mint;spearmint;pudina", serv=1.1, sp="mentha-spicata", herb=True,
  lf=True, note="serving 2 tsp chopped")

# ---------------------------------------------------------------------------------------------
# 9. Chocolate, cocoa, sweets and ultra-processed snacks
# ---------------------------------------------------------------------------------------------
F("19904", "Dark chocolate, 70-85% cacao", syn="dark chocolate;bittersweet chocolate", serv=28.35,
  sp="theobroma-cacao", nova=3, lf=True, add=23.99,
  note="all sugars counted as added (cocoa solids hold negligible sugar); NOVA 3 for cocoa, sugar, cocoa butter (4 if emulsifiers/flavourings); check label for soy lecithin/milk")
F("19165", "Cocoa powder, unsweetened", syn="cocoa;cacao powder", serv=5.4, sp="theobroma-cacao", lf=True)
F("19120", "Milk chocolate", syn="chocolate bar;milk chocolate bar", serv=44, nova=4, allg="milk;soy",
  kind="veg", add=43.5,
  note="no plant species; added sugars est. = 51.50 minus ~8 g lactose from milk solids")
F("18159", "Cookies, chocolate chip", syn="biscuits;chocolate chip cookies", serv=28.35, nova=4,
  allg="wheat;milk;egg;soy", kind="veg", add=32.9,
  note="all sugars counted as added; allergens typical of commercial cookies (check label)")
F("19015", "Granola bar, crunchy, plain", syn="cereal bar;muesli bar;oat bar", serv=21, nova=4, gf=False,
  kind="veg", add=27.57,
  note="no plant species (ultra-processed); added sugars est. 27.57 of 28.57 g (~1 g from oats); usually contains honey (not vegan); check label for soy/nuts")
F("08069", "Frosted flakes cereal", syn="frosties;sugary cereal;frosted corn flakes", serv=30, nova=4,
  gf=False, kind="veg", add=34.4,
  note="no plant species; added sugars est. 34.4 of 35.43 g (~1 g intrinsic); malt flavouring (barley): not gluten-free; vitamin D3 is often lanolin-derived: not tagged vegan")
F("19411", "Potato chips, salted", syn="crisps;chips", serv=28, nova=4, lf=True,
  note="no plant species (ultra-processed snack)")
F("19095", "Ice cream, vanilla", syn="ice-cream;vanilla ice cream", serv=66, nova=4, allg="milk", kind="veg",
  add=15.2, note="added sugars est. = 21.22 minus ~6 g lactose; many recipes also contain egg (check label)")
F("01120", "Yogurt, fruit, low fat (sweetened)", syn="fruit yoghurt;strawberry yogurt;fruit-on-the-bottom",
  serv=170, fer=True, live=True, nova=4, allg="milk", kind="veg", add=13.94,
  note="added sugars est. = 18.64 minus ~4.7 g lactose (fruit preparation sugars counted as added); most sweetened yogurts carry live cultures")

# ---------------------------------------------------------------------------------------------
# 10. Eggs, meat, fish and seafood
# ---------------------------------------------------------------------------------------------
F("01123", "Egg, whole, raw", syn="eggs;egg", serv=50, allg="egg", kind="veg", lf=True,
  note="as the raw ingredient; eat eggs cooked until firm in pregnancy unless pasteurized/Lion-marked")
F("05064", "Chicken breast, roasted", syn="roast chicken breast;cooked chicken", serv=86, kind="meat",
  lf=True)
F("23570", "Beef, ground (85% lean), cooked", syn="cooked mince;browned ground beef", serv=85, kind="meat",
  lf=True)
F("10061", "Pork tenderloin, roasted", syn="roast pork", serv=85, kind="meat", lf=True)
F("15236", "Salmon, Atlantic, farmed, raw", syn="salmon;salmon fillet", serv=113, allg="fish", kind="fish",
  lf=True, note="serving 4 oz raw (FDA/EPA adult fish serving)")
F("15237", "Salmon, Atlantic, farmed, cooked", syn="baked salmon;grilled salmon", serv=85, allg="fish",
  kind="fish", lf=True)
F("15121", "Tuna, light, canned in water", syn="canned tuna;tinned tuna;skipjack tuna", serv=85,
  nova=3, allg="fish", kind="fish", lf=True,
  note="canned light tuna is an FDA 'Best Choice' (albacore/white is 'Good Choice': 1 serving/week)")
F("15088", "Sardines, canned in oil", syn="sardines;pilchards", serv=92, nova=3, allg="fish", kind="fish",
  lf=True)
F("15016", "Cod, Atlantic, cooked", syn="baked cod", serv=85, allg="fish", kind="fish", lf=True)
F("15151", "Shrimp, cooked", syn="prawns;cooked prawns", serv=85, allg="shellfish", kind="fish", lf=True)

# ---------------------------------------------------------------------------------------------
# 11. Milk, cheese, butter
# ---------------------------------------------------------------------------------------------
F("01077", "Milk, whole", syn="full-fat milk;whole milk;3.25% milk", serv=244, bev=True, allg="milk",
  kind="veg")
F("01079", "Milk, 2% reduced fat", syn="semi-skimmed milk;2% milk;reduced-fat milk", serv=244, bev=True,
  allg="milk", kind="veg")
F("01009", "Cheddar cheese", syn="cheddar;cheese", serv=28.35, fer=True, nova=3, allg="milk", kind="veg",
  lf=True)
F("01026", "Mozzarella, whole milk", syn="mozzarella;fresh mozzarella", serv=28.35, fer=True, nova=3,
  allg="milk", kind="veg", lf=True,
  note="fermented: usually made with starter cultures (some by direct acidification); not live")
F("01033", "Parmesan cheese, hard", syn="parmesan;parmigiano reggiano;grana padano", serv=10.3, fer=True,
  nova=3, allg="milk", kind="veg", lf=True,
  note="traditional Parmigiano uses animal rennet (not strictly vegetarian)")
F("01019", "Feta cheese", syn="feta", serv=28.35, fer=True, nova=3, allg="milk", kind="veg", lf=True,
  note="no soft-cheese flag: pasteurized feta is a safer choice (CDC: avoid only if raw-milk; NHS: OK pasteurised)")
F("01006", "Brie", syn="brie cheese", serv=28.35, fer=True, nova=3, flags="soft-cheese", allg="milk",
  kind="veg", lf=True)
F("01007", "Camembert", syn="camembert cheese", serv=28.35, fer=True, nova=3, flags="soft-cheese",
  allg="milk", kind="veg", lf=True)
F("01004", "Blue cheese", syn="stilton;gorgonzola;roquefort;danish blue", serv=28.35, fer=True, nova=3,
  flags="soft-cheese", allg="milk", kind="veg", lf=True)
F("01228", "Queso fresco", syn="fresh mexican cheese;queso blanco", serv=28, nova=3, flags="soft-cheese",
  allg="milk", kind="veg",
  note="fresh acid/rennet-set cheese, usually no starter culture: fermented=false; CDC: Listeria outbreaks even from pasteurized queso fresco; serving 1 oz")
F("01017", "Cream cheese", syn="soft cheese spread;philadelphia", serv=14.5, fer=True, nova=3, allg="milk",
  kind="veg", lf=True, note="made with lactic cultures (fermented), not counted as live")
F("01001", "Butter, salted", syn="butter", serv=5, nova=2, allg="milk", kind="veg", lf=True)

# ---------------------------------------------------------------------------------------------
# 12. Pregnancy safety-flag foods
# ---------------------------------------------------------------------------------------------
F("15110", "Swordfish, raw", syn="swordfish steak", serv=113, flags="high-mercury-fish", allg="fish",
  kind="fish", lf=True)
F("15095", "Shark, raw", syn="shark;flake;rock salmon", serv=113, flags="high-mercury-fish", allg="fish",
  kind="fish", lf=True)
F("15049", "King mackerel, raw", syn="kingfish;king mackerel", serv=113, flags="high-mercury-fish",
  allg="fish", kind="fish", lf=True,
  note="King mackerel only: Atlantic mackerel is a low-mercury Best Choice")
F("15073", "Orange roughy, raw", syn="orange roughy;slimehead", serv=113, flags="high-mercury-fish",
  allg="fish", kind="fish", lf=True)
F("15112", "Tilefish, raw", syn="tilefish", serv=113, flags="high-mercury-fish", allg="fish", kind="fish",
  lf=True,
  note="FDA 'avoid' applies to Gulf of Mexico tilefish; Atlantic tilefish is a Good Choice: flagged conservatively")
F("15077", "Smoked salmon (chinook)", syn="smoked salmon;cold-smoked salmon", serv=28.35, nova=3,
  flags="smoked-seafood", allg="fish", kind="fish", lf=True,
  note="refrigerated smoked fish: safe only cooked until steaming or shelf-stable/canned")
F("15179", "Lox (cured salmon)", syn="lox;gravlax;gravadlax", serv=28.35, nova=3, flags="smoked-seafood",
  allg="fish", kind="fish", lf=True,
  note="cured/cold-smoked fish: NHS avoid unless cooked; flagged with smoked-seafood")
F("07008", "Bologna, beef and pork", syn="baloney;bologna;polony;lunch meat", serv=28, nova=4,
  flags="deli-meat", kind="meat", add=4.42,
  note="all sugars counted as added (corn syrup/dextrose in cure); serving 1 slice")
F("07081", "Turkey breast, deli-sliced", syn="sliced turkey;turkey lunch meat;deli turkey", serv=56, nova=4,
  flags="deli-meat", kind="meat", lf=True, add=3.28,
  note="all sugars counted as added (sugar/dextrose in cure); serving about 4 slices")
F("07029", "Ham, deli-sliced", syn="sliced ham;sandwich ham;lunch meat ham", serv=56, nova=4,
  flags="deli-meat", kind="meat", lf=True)
F("07962", "Hot dog (frankfurter), meat and poultry", syn="hot dog;frankfurter;wiener;frank", serv=51,
  nova=4, flags="deli-meat", kind="meat", add=2.75,
  note="all sugars counted as added (corn syrup/dextrose); unheated as sold: heat until steaming in pregnancy")
F("07072", "Salami, dry or hard", syn="salami;pepperoni;chorizo;saucisson", serv=28, fer=True, nova=3,
  flags="deli-meat", kind="meat", add=0.26,
  note="dry-fermented, uncooked cured sausage (toxoplasmosis/Listeria); fermented, not counted as live; sugars (dextrose for fermentation) counted as added")
F("07053", "Liver pâté, chicken", syn="pate;pâté;chicken liver pate;liver paste", serv=28.35, nova=4,
  flags="pate", kind="meat",
  note="USDA item is canned (CDC allows shelf-stable pâté; NHS says avoid all pâté): flagged conservatively")

# ---------------------------------------------------------------------------------------------
# 13. Drinks
# ---------------------------------------------------------------------------------------------
F("14411", "Water, tap", syn="water;drinking water", serv=237, bev=True, lf=True)
F("14209", "Coffee, brewed", syn="coffee;filter coffee;drip coffee;americano", serv=237,
  sp="coffea-arabica", herb=True, bev=True, lf=True,
  note="plant points 0.25 (coffee treated like herbs/spices by the plant-points convention); caffeine per USDA")
F("14201", "Coffee, brewed, decaffeinated", syn="decaf;decaf coffee", serv=237, sp="coffea-arabica", herb=True,
  bev=True, lf=True)
F("14210", "Espresso", syn="espresso shot;short black", serv=29.6, sp="coffea-arabica", herb=True, bev=True,
  lf=True, note="serving 1 shot (1 fl oz)")
F("14355", "Black tea, brewed", syn="tea;english breakfast tea;builder's tea", serv=237,
  sp="camellia-sinensis", herb=True, bev=True, lf=True, note="low-FODMAP when weak; strong black tea is not")
F("14278", "Green tea, brewed", syn="green tea;sencha", serv=245, sp="camellia-sinensis", herb=True,
  bev=True, lf=True)
F("14545", "Chamomile tea", syn="camomile tea;herbal tea", serv=237, sp="matricaria-chamomilla", herb=True,
  bev=True)
F("14148", "Cola, regular", syn="coke;soda;pop;soft drink", serv=370, bev=True, nova=4, add=9.94,
  note="all sugars added")
F("14003", "Beer, regular", syn="beer;lager;ale", serv=356, fer=True, bev=True, nova=3, flags="alcohol",
  kind="drink-nonvegan", gf=False,
  note="not tagged vegan/vegetarian: fining agents (isinglass, gelatin) may be animal-derived; barley malt: not gluten-free")
F("14096", "Wine, red", syn="red wine", serv=147, fer=True, bev=True, nova=3, flags="alcohol",
  kind="drink-nonvegan", lf=True,
  note="not tagged vegan/vegetarian: fining agents (casein, egg white, gelatin, isinglass) may be animal-derived")
F("14106", "Wine, white", syn="white wine", serv=147, fer=True, bev=True, nova=3, flags="alcohol",
  kind="drink-nonvegan", lf=True,
  note="not tagged vegan/vegetarian: fining agents (casein, egg white, gelatin, isinglass) may be animal-derived")
F("14090", "Coconut water, unsweetened", syn="coconut water", serv=245, bev=True,
  note="no plant species (a liquid extract like juice)")
F("14091", "Almond milk, unsweetened", syn="almond drink;almond beverage", serv=240, bev=True, nova=3,
  allg="tree-nuts", lf=True,
  note="no plant species: only ~2% almonds; NOVA 3 for a simple recipe (4 with gums/emulsifiers); serving 1 cup = 240 g")

# ---------------------------------------------------------------------------------------------
# 14. Non-USDA additions (curated estimates)
# ---------------------------------------------------------------------------------------------
USDA_ROWS = {}  # filled in main()


def analogue(ndb, **override):
    r = USDA_ROWS[ndb]
    vals = dict(food_group=r["food_group"], energy_kcal=r["energy_kcal_100g"], protein_g=r["protein_g_100g"],
                carbohydrate_g=r["carbohydrate_g_100g"], fiber_g=r["fiber_g_100g"],
                total_sugars_g=r["sugars_total_g_100g"], water_g=r["water_g_100g"],
                caffeine_mg=r["caffeine_mg_100g"], alcohol_g=r["alcohol_g_100g"])
    vals.update(override)
    return vals


MM = []


def M(slug, name, analogue_spec, **kw):
    MM.append((slug, name, analogue_spec, kw))


M("kombucha", "Kombucha", ("14355", dict(food_group="Beverages", energy_kcal="13", carbohydrate_g="3.2",
                                          total_sugars_g="2.9", water_g="96.3", caffeine_mg="6",
                                          alcohol_g="0.5")),
  syn="fermented tea;booch", serv=240, sp="camellia-sinensis", herb=True, fer=True, live=True, bev=True,
  nova=3, flags="alcohol", add=2.9, portion=[("1 cup (8 fl oz)", 240), ("1 bottle (16 fl oz)", 480)],
  note="curated estimate: water from USDA 14355 brewed black tea (species camellia-sinensis: brewed from tea); energy, carbohydrate, sugars from typical commercial labels (~12-16 kcal, 2-4 g sugar per 100 mL); caffeine ~6 mg/100 g (about a third of brewed tea); alcohol 0.5 g/100 g (0.5-3% ABV reported; rises in bottle); all residual sugar is from added sucrose; live, usually unpasteurized")
M("water-kefir", "Water kefir", ("14411", dict(food_group="Beverages", energy_kcal="14", carbohydrate_g="3.5",
                                              total_sugars_g="3.0", water_g="96.0", caffeine_mg="0",
                                              alcohol_g="0.5")),
  syn="tibicos;sugar kefir;kefir water", serv=240, fer=True, live=True, bev=True, nova=3, flags="alcohol",
  add=3.0, portion=[("1 cup (8 fl oz)", 240), ("1 bottle (330 mL)", 330)],
  note="curated estimate: base USDA 14411 tap water; sugar-water ferment with kefir grains: energy/sugars from typical labels (~3 g residual sugar per 100 mL, from added sugar); alcohol ~0.5 g/100 g (up to ~2% ABV); live, unpasteurized")
M("kvass", "Kvass (bread kvass)", ("14305", dict(alcohol_g="0.8")),
  syn="kvas;kwas;bread drink", serv=240, fer=True, live=True, bev=True, nova=3, flags="alcohol", gf=False,
  add=6.0, portion=[("1 cup (8 fl oz)", 240), ("1 bottle (500 mL)", 500)],
  note="curated estimate: nutrients from USDA 14305 malt beverage incl. non-alcoholic beer (closest analogue: fermented rye/barley malt drink); alcohol set to 0.8 g/100 g (traditional kvass 0.5-1.5% ABV); added sugars est. 6.0 of 8.05 g (sugar added before fermentation); rye/barley: not gluten-free; live if unpasteurized (many bottled kvass are pasteurized)")
M("sauerkraut-live", "Sauerkraut, raw, refrigerated (live)", ("11439", {}),
  syn="raw sauerkraut;unpasteurized sauerkraut;live sauerkraut;fermented cabbage", serv=75,
  sp="brassica-oleracea", col="white-tan", fer=True, live=True, nova=3,
  portion=[("1/2 cup", 75), ("1 tbsp", 15)],
  note="curated estimate: nutrients from USDA 11439 sauerkraut; live, unpasteurized after fermentation, sold refrigerated")
M("kimchi-live", "Kimchi, refrigerated (live)", ("11118", {}),
  syn="kimchee;raw kimchi;unpasteurized kimchi", serv=75,
  sp="brassica-rapa;raphanus-sativus;allium-sativum;zingiber-officinale;capsicum-annuum", col="red-orange",
  fer=True, live=True, nova=3, allg="fish;shellfish", kind="fish",
  portion=[("1/2 cup", 75), ("1 cup", 150)],
  note="curated estimate: nutrients from USDA 11118 kimchi; live, unpasteurized, refrigerated; traditional recipe with fish sauce/salted shrimp (vegan kimchi exists)")
M("kefir-raw-milk", "Kefir, raw (unpasteurized) milk", ("01289", {}),
  syn="raw milk kefir;homemade raw kefir;farm kefir", serv=170, fer=True, live=True, bev=True,
  flags="unpasteurized-dairy", allg="milk", kind="veg", portion=[("1 cup (8 fl oz)", 240), ("3/4 cup (6 fl oz)", 170)],
  note="curated estimate: nutrients from USDA 01289 kefir, lowfat, plain (whole raw milk would be higher in fat/energy); live; made from unpasteurized milk: avoid in pregnancy (CDC, FDA)")
M("coconut-yogurt-live", "Coconut yogurt with live cultures", ("12117", dict(food_group="Dairy and Egg Products")),
  syn="coconut yoghurt;dairy-free yogurt;vegan yogurt", serv=170, sp="cocos-nucifera", fer=True, live=True,
  nova=4, lf=False, portion=[("1 container (6 oz)", 170), ("1/2 cup", 120)],
  note="curated estimate: nutrients from USDA 12117 coconut milk, raw (coconut yogurt is cultured coconut milk; brands range ~100-230 kcal/100 g); plain/unsweetened assumed; live cultures; species cocos-nucifera kept (coconut cream is mostly coconut flesh, unlike ~2% almond milk); NOVA 4 (thickeners such as tapioca starch/pectin); food group set to Dairy and Egg Products for yogurt listing")
M("oat-yogurt-live", "Oat yogurt with live cultures", ("08121", dict(food_group="Dairy and Egg Products")),
  syn="oat yoghurt;oatgurt;dairy-free yogurt;vegan yogurt", serv=170, sp="avena-sativa", fer=True, live=True,
  nova=4, gf=False, portion=[("1 container (6 oz)", 170), ("1/2 cup", 120)],
  note="curated estimate: nutrients from USDA 08121 oats cooked with water (similar energy ~70 kcal, carbohydrate ~12 g); real products add oil (more fat) and enzyme-derived sugars (~2-4 g); plain assumed; live cultures; species avena-sativa kept (oat base ~10-15% oats, like soy milk keeps glycine-max); NOVA 4 (oil, thickeners); not gluten-free unless certified oats")


# ---------------------------------------------------------------------------------------------
def diet_tags(kind, allergens, gf, lf):
    tags = []
    if kind == "plant":
        tags += ["vegan", "vegetarian", "pescatarian"]
    elif kind == "veg":
        tags += ["vegetarian", "pescatarian"]
    elif kind == "fish":
        tags += ["pescatarian"]
    al = set(a for a in allergens.split(";") if a)
    if gf and "wheat" not in al:
        tags.append("gluten-free")
    if "milk" not in al:
        tags.append("dairy-free")
    if lf:
        tags.append("low-fodmap")
    return ";".join(tags)


def fmt_num(x):
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def b(v):
    return "true" if v else "false"


def main():
    with open(os.path.join(DATA, "usda-foods.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            USDA_ROWS[r["fdc_or_ndb_id"]] = r
    portions = {}
    with open(os.path.join(DATA, "usda-portions.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            portions.setdefault(r["fdc_or_ndb_id"], []).append(r)

    rows, prow = [], []

    def common(d):
        sp = d["sp"]
        return {
            "synonyms": d["syn"],
            "added_sugars_g": fmt_num(d["add"]) if d["add"] is not None else "0",
            "added_sugars_estimated": b(d["add"] is not None),
            "serving_g": fmt_num(d["serv"]),
            "plant_species": sp,
            "plant_points": ("0.25" if d["herb"] else "1") if sp else "",
            "colours": d["col"],
            "fermented": b(d["fer"]),
            "live_cultures": b(d["live"]),
            "prebiotic_rich": b(d["pre"]),
            "beverage": b(d["bev"]),
            "nova": str(d["nova"]),
            "safety_flags": d["flags"],
            "allergens": d["allg"],
            "diet_tags": diet_tags(d["kind"], d["allg"], d["gf"], d["lf"]),
            "curation_note": d["note"],
        }

    for d in FOODS:
        u = USDA_ROWS[d["ndb"]]
        key = "usda-" + d["ndb"]
        row = {"key": key, "name": d["name"], "food_group": u["food_group"], "usda_ndb_id": d["ndb"],
               "energy_kcal": u["energy_kcal_100g"], "protein_g": u["protein_g_100g"],
               "carbohydrate_g": u["carbohydrate_g_100g"], "fiber_g": u["fiber_g_100g"],
               "total_sugars_g": u["sugars_total_g_100g"], "water_g": u["water_g_100g"],
               "caffeine_mg": u["caffeine_mg_100g"], "alcohol_g": u["alcohol_g_100g"]}
        row.update(common(d))
        rows.append(row)
        ps = portions.get(d["ndb"], [])
        if ps:
            if d["portion"]:
                raise SystemExit(f"{key}: has USDA portions but an extra portion was given")
            for p in sorted(ps, key=lambda p: int(p["seq"])):
                prow.append({"food_key": key, "seq": p["seq"], "description": p["portion_desc"],
                             "grams": p["portion_g"]})
        else:
            if not d["portion"]:
                raise SystemExit(f"{key}: no USDA portion and no curated portion")
            prow.append({"food_key": key, "seq": "1", "description": d["portion"][0],
                         "grams": fmt_num(d["portion"][1])})

    for slug, name, (andb, override), kw in MM:
        d = dict(syn="", serv=None, sp="", herb=False, col="", fer=False, live=False, pre=False, bev=False,
                 nova=1, flags="", allg="", kind="plant", gf=True, lf=False, add=None, note="", portion=None)
        d.update(kw)
        vals = analogue(andb, **override)
        key = "mm-" + slug
        row = {"key": key, "name": name, "food_group": vals["food_group"], "usda_ndb_id": "",
               "energy_kcal": vals["energy_kcal"], "protein_g": vals["protein_g"],
               "carbohydrate_g": vals["carbohydrate_g"], "fiber_g": vals["fiber_g"],
               "total_sugars_g": vals["total_sugars_g"], "water_g": vals["water_g"],
               "caffeine_mg": vals["caffeine_mg"], "alcohol_g": vals["alcohol_g"]}
        row.update(common(d))
        rows.append(row)
        for i, (desc, g) in enumerate(d["portion"], 1):
            prow.append({"food_key": key, "seq": str(i), "description": desc, "grams": fmt_num(g)})

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "foods.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(OUT, "food-portions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["food_key", "seq", "description", "grams"],
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        w.writerows(prow)
    print(f"wrote {len(rows)} foods and {len(prow)} portions to {OUT}")


if __name__ == "__main__":
    main()
