"""Rule tables for the MaternalMicrobiome seed catalog (read by build_catalog.py).

Every rule is a tuple whose last item says WHY the rule exists. Patterns are Python regular expressions matched
(re.search) against the lower-cased USDA description. "scope" is a space-separated list of food-group codes (see
GROUPS below) or "*" for every group. Unless a table says otherwise, the FIRST matching rule wins, so specific
rules come before general ones.

Hand-curated starter foods (overrides.csv) are never touched by these rules: overrides win.

Codes allowed by the app (anything else is rejected by its loader):
  colours       red-orange, yellow, green, blue-purple, white-tan
  safety flags  unpasteurized-dairy, soft-cheese, smoked-seafood, deli-meat, pate, high-mercury-fish, alcohol,
                raw-sprouts, raw-egg, raw-shellfish, liver, unpasteurized-juice, deli-salad, herbal-tea
  allergens     milk, egg, fish, shellfish, tree-nuts, peanuts, wheat, soy, sesame
  diet tags     vegan, vegetarian, pescatarian, gluten-free, dairy-free, low-fodmap
  species keys  ^[a-z]+(-[a-z]+)+$  (genus-species, lower case, hyphenated)
"""

GROUPS = {
    "V": "Vegetables and Vegetable Products",
    "F": "Fruits and Fruit Juices",
    "L": "Legumes and Legume Products",
    "N": "Nut and Seed Products",
    "C": "Cereal Grains and Pasta",
    "S": "Spices and Herbs",
    "B": "Breakfast Cereals",
    "AI": "American Indian/Alaska Native Foods",
    "BV": "Beverages",
    "SW": "Sweets",
    "SN": "Snacks",
    "BF": "Baby Foods",
    "D": "Dairy and Egg Products",
    "FO": "Fats and Oils",
    "BK": "Baked Products",
    "SP": "Soups, Sauces, and Gravies",
    "FF": "Fast Foods",
    "RF": "Restaurant Foods",
    "ME": "Meals, Entrees, and Side Dishes",
    "FS": "Finfish and Shellfish Products",
    "BE": "Beef Products",
    "PK": "Pork Products",
    "LA": "Lamb, Veal, and Game Products",
    "PO": "Poultry Products",
    "SA": "Sausages and Luncheon Meats",
}

# The coverage definitions the C# test uses (kept here so build and check agree).
PLANT_GROUPS = {"Vegetables and Vegetable Products", "Fruits and Fruit Juices", "Legumes and Legume Products",
                "Nut and Seed Products", "Cereal Grains and Pasta", "Spices and Herbs"}
REFINED_NAME = r"\b(flour|juice|oil|sugar|syrup|starch|bran|germ)\b"       # not "whole" for the coverage figure
NO_SPECIES_NAME = r"\b(juice|oil|sugar|syrup)\b"                            # must never carry a species
REFINED_FLOUR_WORDS = ("white", "all-purpose", "bread", "enriched", "cake", "self-rising")  # with "flour"

MEAT_GROUPS = "BE PK LA PO SA"

# ---------------------------------------------------------------------------------------------------------------
# 1. NO_SPECIES: foods that never carry a plant species, checked before SPECIES. (scope, pattern, why)
#    Also: every NOVA 4 food loses its species (only whole or minimally processed plant foods carry one).
# ---------------------------------------------------------------------------------------------------------------
NO_SPECIES = [
    ("*", r"\b(juice|oil|sugar|syrup)\b", "name says juice, oil, sugar or syrup: juices, oils, sugars and syrups "
                                          "carry no species (DESIGN 2); this also catches fruit canned in juice "
                                          "or syrup, oil-roasted nuts and 'Sugar-apples' (name pattern of the "
                                          "coverage test)"),
    ("*", r"oil-roasted|oil roasted|\boils?\b|in oil\b", "oil-roasted or oil-packed: same name rule as oils"),
    ("*", r"\bnectar\b|\bdrink\b|smoothie|\bpunch\b|\bade\b|lemonade|limeade", "juice-like drinks carry no species"),
    ("*", r"\bstarch\b|cornstarch|^tapioca|arrowroot flour|\bpectin\b", "refined starch or gel: no species"),
    ("C", r"^(?!pasta, whole)(?:.*(?:semolina|couscous|farina|degermed|self-rising|enriched|bolted|tortilla mix"
          r"|rye flour, (?:light|medium)|debranned|sorghum flour, refined|gluten(?!-free)|\begg\b|protein-fortified"
          r"|rice and rice bran|corn and rice flour)|rice, white|rice flour, white|pasta, (?:dry|cooked|fresh|homemade)"
          r"|macaroni|spaghetti|noodles, (?:chinese|flat|japanese, somen)|rice noodles)",
     "refined grain (endosperm only: white rice, white flour, semolina, refined pasta and noodles): no species, "
     "like the starter's white rice and white pasta"),
    ("B", r"farina|cream of (wheat|rice)|malt-o-meal|grits|rice, puffed|crisp rice",
     "refined-grain hot or puffed cereal: no species"),
    ("L", r"defatted|low-fat|low fat|meal, |protein (isolate|concentrate)|meatless|vegetarian(?!\))(?<!canned, vegetarian)|veggie|soyburger"
          r"|^(loma linda|worthington|morningstar|gardenburger)|meat extender|vermicelli|cellophane"
          r"|soy sauce|liquid from|creamer|^yokan",
     "legume fraction, extract or meat analogue: no species"),
    ("N", r"defatted|low fat|low-fat|formulated|coconut water", "defatted meal/flour, formulated nut or "
                                                                 "coconut water (a liquid extract, like the "
                                                                 "starter's coconut water): no species"),
    ("F", r"cranberry sauce|cranberry-orange relish|candied|maraschino|pie filling|\bsauce, .*sweetened",
     "mostly sugar (fruit sauces and candied fruit): no species"),
    ("V", r"catsup|relish|sweet \(|pickles, cucumber, sweet|yeast extract|pie mix|juice cocktail",
     "ketchup, sweet pickles and relish, yeast spread: no species (sugar-led or not a plant)"),
    ("S", r"^salt|vinegar|vanilla|seasoning mix|taco seasoning", "salt, vinegar, extracts and seasoning mixes "
                                                                "(with salt, sugar, additives): no species"),
    ("AI", r"\boil\b|tea, tundra|chilchen|acorn stew|\bstew\b|soup|agutuk|rhubarb, wild|mouse nuts|tamales"
           r"|frybread|tennis bread|tortilla, includes", "oils, mixed dishes and uncertain wild plants: no species"),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. SPECIES (and default colour): (scope, pattern, species ";"-list, colours ";"-list, why)
#    Colours are given for fruits, vegetables and legumes (the colour target counts plant colours); grains, nuts,
#    seeds, herbs and spices carry none, as in the starter file. Cultivars of one species share one key.
# ---------------------------------------------------------------------------------------------------------------
_VF = "V F AI BF"
SPECIES = [
    # --- brassicas: cultivars of Brassica oleracea share one species
    ("V", r"^broccoli raab", "brassica-rapa", "green", "broccoli raab (rapini) is a turnip relative, B. rapa"),
    ("V", r"^broccoli|^cauliflower, green", "brassica-oleracea", "green",
     "broccoli (incl. chinese broccoli/gai lan) and green cauliflower: B. oleracea cultivars"),
    ("V", r"^cauliflower", "brassica-oleracea", "white-tan", "cauliflower: B. oleracea"),
    ("V", r"^brussels sprouts|^kale|^collards|^kohlrabi", "brassica-oleracea", "green",
     "kale, collards, Brussels sprouts, kohlrabi: B. oleracea cultivars share one species"),
    ("V", r"^cabbage, red", "brassica-oleracea", "blue-purple", "red cabbage: B. oleracea, purple"),
    ("V", r"^cabbage, (chinese|napa|japanese)", "brassica-rapa", "green",
     "pak-choi, pe-tsai/napa cabbage: B. rapa (Chinese cabbages)"),
    ("V", r"^cabbage, mustard", "brassica-juncea", "green", "mustard cabbage: B. juncea"),
    ("V", r"^cabbage", "brassica-oleracea", "green", "green/savoy/common cabbage: B. oleracea"),
    ("V", r"^mustard greens", "brassica-juncea", "green", "mustard greens: B. juncea"),
    ("V", r"^mustard spinach", "brassica-rapa", "green", "tendergreen (komatsuna): B. rapa"),
    ("V", r"^turnip greens and turnips", "brassica-rapa", "green;white-tan", "turnip and its greens: B. rapa"),
    ("V", r"^turnip greens", "brassica-rapa", "green", "turnip greens: B. rapa"),
    ("V", r"^turnips", "brassica-rapa", "white-tan", "turnip: B. rapa"),
    ("V", r"^rutabagas", "brassica-napus", "yellow", "rutabaga (swede): B. napus, yellow flesh"),
    ("V", r"^arugula", "eruca-vesicaria", "green", "arugula (rocket)"),
    ("V", r"^cress", "lepidium-sativum", "green", "garden cress"),
    ("V", r"^watercress", "nasturtium-officinale", "green", "watercress"),
    ("V", r"^radish seeds", "raphanus-sativus", "green", "radish sprouts"),
    ("V", r"^radishes, (oriental|white icicle|hawaiian)", "raphanus-sativus", "white-tan",
     "daikon/white radish: R. sativus, white"),
    ("V", r"^radishes", "raphanus-sativus", "red-orange", "red radish: R. sativus"),
    ("V", r"^wasabi", "eutrema-japonicum", "green", "wasabi root (a pungent condiment: 1/4 point)"),
    # --- alliums (prebiotic-rich set in PREBIOTIC below)
    ("V", r"^onion rings", "", "", "breaded and fried: processed (NOVA 4 also drops species)"),
    ("V", r"^onions, (spring|young green)", "allium-cepa", "green", "scallions/green onions: A. cepa (as starter)"),
    ("V", r"^onions, welsh", "allium-fistulosum", "green", "Welsh onion: A. fistulosum"),
    ("V", r"^onions", "allium-cepa", "white-tan", "onions (all colours are one species, A. cepa)"),
    ("V", r"^shallots", "allium-cepa", "white-tan", "shallot: A. cepa var. aggregatum"),
    ("V", r"^leeks", "allium-ampeloprasum", "white-tan", "leek: A. ampeloprasum (as starter)"),
    ("V", r"^garlic", "allium-sativum", "white-tan", "garlic"),
    ("V", r"^chives", "allium-schoenoprasum", "green", "chives (a herb: 1/4 point)"),
    # --- legumes eaten as vegetables
    ("V", r"^beans, snap, yellow", "phaseolus-vulgaris", "yellow", "yellow wax beans: P. vulgaris"),
    ("V", r"^beans, snap", "phaseolus-vulgaris", "green", "green/snap beans: P. vulgaris"),
    ("V", r"^beans, fava, in pod|^broadbeans", "vicia-faba", "green", "broad/fava beans: Vicia faba"),
    ("V", r"^beans, (kidney|navy|pinto|shellie)", "phaseolus-vulgaris", "white-tan",
     "sprouted or immature common beans: P. vulgaris"),
    ("V", r"^lima beans", "phaseolus-lunatus", "green", "immature lima beans: P. lunatus"),
    ("V", r"^mung beans|^beans, mung", "vigna-radiata", "white-tan", "mung bean sprouts: Vigna radiata"),
    ("V", r"^cowpeas|^yardlong bean", "vigna-unguiculata", "green",
     "cowpea/black-eyed pea (immature), pods, leaves, yardlong bean: V. unguiculata"),
    ("V", r"^hyacinth-beans", "lablab-purpureus", "green", "hyacinth bean"),
    ("V", r"^winged bean", "psophocarpus-tetragonolobus", "green", "winged bean (seeds, leaves, tuber)"),
    ("V", r"^pigeonpeas", "cajanus-cajan", "green", "immature pigeon peas"),
    ("V", r"^peas and carrots", "pisum-sativum;daucus-carota", "green;red-orange", "peas + carrots"),
    ("V", r"^peas and onions", "pisum-sativum;allium-cepa", "green;white-tan", "peas + onions"),
    ("V", r"^peas", "pisum-sativum", "green", "garden, snow and sugar-snap peas, pea sprouts: Pisum sativum"),
    ("V", r"^soybeans, green|^edamame", "glycine-max", "green", "green soybeans/edamame: Glycine max"),
    ("V", r"^soybeans, mature seeds, sprouted", "glycine-max", "white-tan", "soybean sprouts"),
    ("V", r"^lentils, sprouted", "lens-culinaris", "white-tan", "lentil sprouts"),
    ("V", r"^alfalfa", "medicago-sativa", "green", "alfalfa sprouts"),
    ("V", r"^succotash", "zea-mays;phaseolus-lunatus", "yellow;green", "succotash = corn + lima beans"),
    # --- corn
    ("V", r"^corn with red and green peppers", "zea-mays;capsicum-annuum", "yellow;red-orange",
     "corn with peppers"),
    ("V", r"^corn, sweet, white", "zea-mays", "white-tan", "white sweet corn: Zea mays"),
    ("V", r"^corn", "zea-mays", "yellow", "sweet corn (incl. corn pudding): Zea mays"),
    # --- nightshades
    ("V", r"^tomatoes, green", "solanum-lycopersicum", "green", "green tomato"),
    ("V", r"^tomatoes, yellow", "solanum-lycopersicum", "yellow", "yellow tomato"),
    ("V", r"^tomato products, canned, sauce, with mushrooms", "solanum-lycopersicum;agaricus-bisporus",
     "red-orange", "tomato sauce with mushrooms"),
    ("V", r"^tomato products, canned, sauce, with onions, green peppers, and celery",
     "solanum-lycopersicum;allium-cepa;capsicum-annuum;apium-graveolens", "red-orange",
     "tomato sauce with onion, pepper, celery"),
    ("V", r"^tomato products, canned, sauce, with onions", "solanum-lycopersicum;allium-cepa", "red-orange",
     "tomato sauce with onions"),
    ("V", r"^tomatoes, red, ripe, canned, with green chilies", "solanum-lycopersicum;capsicum-annuum",
     "red-orange", "tomatoes with chilies"),
    ("V", r"^tomato|^tomatoes", "solanum-lycopersicum", "red-orange",
     "tomatoes and plain tomato products (paste, puree, sauce, powder, sun-dried): S. lycopersicum"),
    ("V", r"^tomatillos", "physalis-philadelphica", "green", "tomatillo"),
    ("V", r"^eggplant", "solanum-melongena", "blue-purple", "eggplant (aubergine)"),
    ("V", r"^peppers, sweet, green", "capsicum-annuum", "green", "green bell pepper: C. annuum"),
    ("V", r"^peppers, sweet, yellow|^pepper, banana|^peppers, hungarian", "capsicum-annuum", "yellow",
     "yellow bell, banana and Hungarian wax peppers: C. annuum"),
    ("V", r"^peppers, (sweet, red|hot chili, red|hot chile, sun-dried|ancho|pasilla)|^pimento",
     "capsicum-annuum", "red-orange", "red peppers (sweet and hot, dried ancho/pasilla), pimento: C. annuum"),
    ("V", r"^peppers|^pace, (jalapenos|diced green chilies)", "capsicum-annuum", "green",
     "green chilies, jalapeno, serrano: C. annuum"),
    ("V", r"^potato(es)?, .*skin only|^potatoes, raw, skin|potatoes?, .*, skin,", "solanum-tuberosum",
     "white-tan", "potato skins"),
    ("V", r"^potatoes, o'brien", "solanum-tuberosum;allium-cepa;capsicum-annuum", "white-tan;red-orange",
     "potatoes O'Brien: diced potato with onion and peppers"),
    ("V", r"^potato|^usda commodity, potato", "solanum-tuberosum", "white-tan",
     "potatoes of every colour and form (incl. potato flour = dried whole potato): S. tuberosum"),
    ("V", r"^sweet potato leaves", "ipomoea-batatas", "green", "sweet potato leaves"),
    ("V", r"^sweet potato", "ipomoea-batatas", "red-orange", "sweet potato (orange flesh)"),
    # --- cucurbits
    ("V", r"^cucumber|^pickles, cucumber", "cucumis-sativus", "green", "cucumber (and pickled cucumber)"),
    ("V", r"^squash, summer, crookneck|^squash, summer, all", "cucurbita-pepo", "yellow",
     "yellow summer squash: C. pepo"),
    ("V", r"^squash, (summer|zucchini)", "cucurbita-pepo", "green", "zucchini/scallop squash: C. pepo"),
    ("V", r"^squash, winter, butternut", "cucurbita-moschata", "red-orange", "butternut: C. moschata"),
    ("V", r"^squash, winter, hubbard", "cucurbita-maxima", "red-orange", "hubbard: C. maxima"),
    ("V", r"^squash, winter, (acorn|spaghetti)", "cucurbita-pepo", "yellow", "acorn, spaghetti squash: C. pepo"),
    ("V", r"^squash, winter", "cucurbita-maxima", "red-orange",
     "winter squash, all varieties: keyed C. maxima (the commonest winter squash species)"),
    ("AI", r"^squash, indian", "cucurbita-pepo", "yellow", "Navajo Indian squash: keyed C. pepo (uncertain)"),
    ("V", r"^pumpkin flowers|^pumpkin, flowers", "cucurbita-pepo", "yellow", "pumpkin flowers"),
    ("V", r"^pumpkin leaves", "cucurbita-pepo", "green", "pumpkin leaves"),
    ("V", r"^pumpkin, canned", "cucurbita-moschata", "red-orange",
     "canned pumpkin is mostly Dickinson-type C. moschata"),
    ("V", r"^pumpkin", "cucurbita-pepo", "red-orange", "pumpkin: C. pepo"),
    ("V", r"^balsam-pear", "momordica-charantia", "green", "bitter gourd"),
    ("V", r"^gourd, white-flowered|^kanpyo", "lagenaria-siceraria", "green", "calabash (bottle gourd)"),
    ("V", r"^gourd, dishcloth", "luffa-aegyptiaca", "green", "towel gourd (luffa)"),
    ("V", r"^waxgourd", "benincasa-hispida", "green", "wax gourd"),
    ("V", r"^chayote", "sechium-edule", "green", "chayote"),
    # --- leafy greens and stems
    ("V", r"^spinach", "spinacia-oleracea", "green", "spinach (incl. souffle)"),
    ("V", r"^new zealand spinach", "tetragonia-tetragonioides", "green", "New Zealand spinach"),
    ("V", r"^vinespinach|^malabar spinach", "basella-alba", "green", "Malabar/vine spinach"),
    ("V", r"^lettuce|^celtuce", "lactuca-sativa", "green", "lettuces of all types and celtuce: Lactuca sativa"),
    ("V", r"^chard|^beet greens", "beta-vulgaris", "green", "chard and beet greens: Beta vulgaris"),
    ("V", r"^beets", "beta-vulgaris", "red-orange", "beetroot: Beta vulgaris (colour red as in starter)"),
    ("V", r"^chicory, witloof", "cichorium-intybus", "white-tan", "witloof (Belgian endive)"),
    ("V", r"^chicory", "cichorium-intybus", "green", "chicory greens"),
    ("V", r"^radicchio", "cichorium-intybus", "blue-purple", "radicchio: C. intybus, red-purple"),
    ("V", r"^endive|^escarole", "cichorium-endivia", "green", "endive/escarole: C. endivia"),
    ("V", r"^dandelion", "taraxacum-officinale", "green", "dandelion greens"),
    ("V", r"^amaranth leaves", "amaranthus-tricolor", "green", "amaranth greens"),
    ("V", r"^lambsquarters", "chenopodium-album", "green", "lambsquarters"),
    ("AI", r"^lambsquarters", "chenopodium-album", "green", "lambsquarters"),
    ("V", r"^purslane", "portulaca-oleracea", "green", "purslane"),
    ("V", r"^jute", "corchorus-olitorius", "green", "jute potherb (molokhia)"),
    ("V", r"^drumstick", "moringa-oleifera", "green", "drumstick (moringa) leaves and pods"),
    ("V", r"^chrysanthemum", "glebionis-coronaria", "green", "garland chrysanthemum (shungiku)"),
    ("V", r"^borage", "borago-officinalis", "green", "borage"),
    ("V", r"^dock", "rumex-crispus", "green", "dock: keyed curly dock"),
    ("AI", r"^sourdock", "rumex-arcticus", "green", "Arctic dock"),
    ("V", r"^fireweed", "chamaenerion-angustifolium", "green", "fireweed leaves"),
    ("AI", r"^fireweed", "chamaenerion-angustifolium", "green", "fireweed leaves"),
    ("V", r"^cornsalad", "valerianella-locusta", "green", "corn salad (lamb's lettuce)"),
    ("V", r"^pokeberry", "phytolacca-americana", "green", "poke shoots (eaten boiled)"),
    ("V", r"^swamp cabbage", "ipomoea-aquatica", "green",
     "USDA 'swamp cabbage' is water spinach/kangkong, Ipomoea aquatica"),
    ("V", r"^grape leaves", "vitis-vinifera", "green", "vine leaves"),
    ("V", r"^butterbur", "petasites-japonicus", "green", "butterbur (fuki)"),
    ("V", r"^celeriac", "apium-graveolens", "white-tan", "celeriac: same species as celery"),
    ("V", r"^celery", "apium-graveolens", "green", "celery (incl. dried flakes)"),
    ("V", r"^fennel", "foeniculum-vulgare", "white-tan", "fennel bulb"),
    ("V", r"^asparagus", "asparagus-officinalis", "green", "asparagus"),
    ("V", r"^artichokes", "cynara-cardunculus", "green", "globe artichoke: Cynara cardunculus (as starter)"),
    ("V", r"^cardoon", "cynara-cardunculus", "green", "cardoon: same species as artichoke"),
    ("V", r"^bamboo shoots", "phyllostachys-edulis", "white-tan", "bamboo shoots: keyed moso bamboo"),
    ("V", r"^fiddlehead", "matteuccia-struthiopteris", "green", "ostrich-fern fiddleheads"),
    ("V", r"^okra", "abelmoschus-esculentus", "green", "okra"),
    ("V", r"^nopales", "opuntia-ficus-indica", "green", "cactus pads"),
    ("V", r"^sesbania", "sesbania-grandiflora", "white-tan", "sesbania flower"),
    ("V", r"^lemon grass", "cymbopogon-citratus", "green", "lemongrass (a herb: 1/4 point)"),
    ("V", r"^epazote", "dysphania-ambrosioides", "green", "epazote (a herb: 1/4 point)"),
    ("V", r"^parsley", "petroselinum-crispum", "green", "parsley (a herb: 1/4 point)"),
    ("V", r"^coriander", "coriandrum-sativum", "green", "coriander leaves (a herb: 1/4 point)"),
    ("V", r"^ginger root", "zingiber-officinale", "white-tan", "ginger (a spice: 1/4 point)"),
    ("AI", r"^stinging nettles", "urtica-dioica", "green", "stinging nettle"),
    ("AI", r"^cattail", "typha-angustifolia", "green", "narrow-leaf cattail shoots"),
    ("AI", r"^willow, young leaves", "salix-pulchra", "green", "Alaska diamondleaf willow leaves"),
    # --- roots and tubers
    ("V", r"^carrot|^carrots", "daucus-carota", "red-orange", "carrot"),
    ("V", r"^parsnips", "pastinaca-sativa", "white-tan", "parsnip"),
    ("V", r"^salsify", "tragopogon-porrifolius", "white-tan", "salsify"),
    ("V", r"^burdock", "arctium-lappa", "white-tan", "burdock root (gobo)"),
    ("V", r"^jerusalem-artichokes", "helianthus-tuberosus", "white-tan", "Jerusalem artichoke"),
    ("V", r"^chicory roots", "cichorium-intybus", "white-tan", "chicory root"),
    ("V", r"^cassava", "manihot-esculenta", "white-tan", "cassava"),
    ("V", r"^taro, tahitian", "xanthosoma-brasiliense", "white-tan", "Tahitian taro: Xanthosoma"),
    ("V", r"^taro,? (leaves|shoots)", "colocasia-esculenta", "green", "taro leaves and shoots"),
    ("V", r"^taro", "colocasia-esculenta", "white-tan", "taro: Colocasia esculenta"),
    ("V", r"^poi\b", "colocasia-esculenta", "blue-purple", "poi = cooked, pounded taro (lavender)"),
    ("V", r"^yautia", "xanthosoma-sagittifolium", "white-tan", "yautia (tannier)"),
    ("V", r"^yambean", "pachyrhizus-erosus", "white-tan", "jicama"),
    ("V", r"^yam\b", "dioscorea-alata", "white-tan", "true yam: keyed Dioscorea alata"),
    ("V", r"^mountain yam", "dioscorea-pentaphylla", "white-tan", "Hawaiian mountain yam (pi'a)"),
    ("V", r"^arrowhead", "sagittaria-sagittifolia", "white-tan", "arrowhead tuber"),
    ("V", r"^arrowroot", "maranta-arundinacea", "white-tan", "arrowroot rhizome (the flour is starch: none)"),
    ("V", r"^lotus root", "nelumbo-nucifera", "white-tan", "lotus root"),
    ("V", r"^waterchestnuts", "eleocharis-dulcis", "white-tan", "Chinese water chestnut"),
    ("V", r"^hearts of palm", "bactris-gasipaes", "white-tan", "hearts of palm: mostly peach palm"),
    ("V", r"^eppaw", "perideridia-gairdneri", "white-tan", "eppaw (yampah root): uncertain identification"),
    ("V", r"^tree fern", "cibotium-glaucum", "white-tan", "Hawaiian tree fern (hapu'u): uncertain"),
    ("AI", r"^prairie turnips", "pediomelum-esculentum", "white-tan", "prairie turnip (timpsila)"),
    ("AI", r"^mashu", "hedysarum-alpinum", "white-tan", "Eskimo potato (masu)"),
    ("AI", r"^wocas", "nuphar-polysepala", "white-tan", "yellow pond lily (wocas)"),
    ("AI", r"^agave", "agave-americana", "white-tan", "agave heart: keyed A. americana"),
    # --- fungi and algae (not plants; counted with plants as the starter does for mushrooms)
    ("V", r"^mushrooms?, (white|portabella|brown|canned)|^mushroom, white", "agaricus-bisporus", "white-tan",
     "white, cremini and portabella are one species, Agaricus bisporus"),
    ("V", r"^mushrooms, shiitake", "lentinula-edodes", "white-tan", "shiitake"),
    ("V", r"^mushrooms, chanterelle", "cantharellus-cibarius", "yellow", "chanterelle"),
    ("V", r"^mushrooms, morel", "morchella-esculenta", "white-tan", "morel"),
    ("V", r"^mushrooms, enoki", "flammulina-velutipes", "white-tan", "enoki"),
    ("V", r"^mushrooms, oyster", "pleurotus-ostreatus", "white-tan", "oyster mushroom"),
    ("V", r"^mushrooms, maitake", "grifola-frondosa", "white-tan", "maitake"),
    ("V", r"^mushrooms, straw", "volvariella-volvacea", "white-tan", "straw mushroom"),
    ("V", r"^jew's ear|^pepeao", "auricularia-auricula-judae", "white-tan", "wood ear"),
    ("V", r"^fungi, cloud ears", "auricularia-polytricha", "white-tan", "cloud ear"),
    ("V", r"^seaweed, agar, raw", "gelidium-amansii", "blue-purple",
     "agar seaweed (red alga): keyed the main agarophyte, Gelidium amansii"),
    ("V", r"^seaweed, irishmoss|^seaweed, canadian cultivated emi-tsunomata", "chondrus-crispus", "blue-purple",
     "Irish moss and Emi-Tsunomata are Chondrus crispus (red alga)"),
    ("V", r"^seaweed, kelp", "saccharina-latissima", "green", "kelp: keyed sugar kelp (uncertain)"),
    ("V", r"^seaweed, laver", "pyropia-yezoensis", "green", "laver/nori"),
    ("V", r"^seaweed, wakame", "undaria-pinnatifida", "green", "wakame"),
    ("V", r"^seaweed, spirulina", "arthrospira-platensis", "green", "spirulina (a cyanobacterium)"),
    # --- mixed vegetables
    ("V", r"^vegetables, mixed", "zea-mays;phaseolus-lunatus;pisum-sativum;phaseolus-vulgaris;daucus-carota",
     "yellow;green;red-orange", "mixed vegetables = corn, lima beans, peas, green beans, carrots (USDA 43312)"),
    # --- fruits
    ("F", r"^acerola", "malpighia-emarginata", "red-orange", "acerola cherry"),
    ("F", r"^apples, raw, granny smith", "malus-domestica", "green", "green apple"),
    ("F", r"^apples, raw, golden", "malus-domestica", "yellow", "golden apple"),
    ("F", r"^apples, raw, without skin|^apples, (canned|dehydrated|dried|frozen)|^applesauce", "malus-domestica",
     "white-tan", "peeled/processed apple (pale flesh)"),
    ("F", r"^apples", "malus-domestica", "red-orange", "apple with red skin (as starter)"),
    ("F", r"^crabapples", "malus-sylvestris", "red-orange", "crabapple"),
    ("F", r"^apricots", "prunus-armeniaca", "red-orange", "apricot"),
    ("F", r"^avocados", "persea-americana", "green", "avocado"),
    ("F", r"^bananas", "musa-acuminata", "white-tan", "banana (as starter)"),
    ("F", r"^plantains", "musa-paradisiaca", "yellow", "plantain"),
    ("F", r"^blackberries", "rubus-fruticosus", "blue-purple", "blackberry (as starter)"),
    ("F", r"^blueberries, wild", "vaccinium-angustifolium", "blue-purple", "wild lowbush blueberry"),
    ("F", r"^blueberries", "vaccinium-corymbosum", "blue-purple", "highbush blueberry"),
    ("F", r"^boysenberries", "rubus-ursinus", "blue-purple", "boysenberry (Rubus hybrid)"),
    ("F", r"^loganberries", "rubus-loganobaccus", "red-orange", "loganberry"),
    ("F", r"^raspberries", "rubus-idaeus", "red-orange", "raspberry"),
    ("F", r"^breadfruit", "artocarpus-altilis", "white-tan", "breadfruit"),
    ("F", r"^jackfruit", "artocarpus-heterophyllus", "yellow", "jackfruit"),
    ("F", r"^carambola", "averrhoa-carambola", "yellow", "star fruit"),
    ("F", r"^carissa", "carissa-macrocarpa", "red-orange", "natal plum"),
    ("F", r"^cherimoya", "annona-cherimola", "white-tan", "cherimoya"),
    ("F", r"^custard-apple", "annona-reticulata", "white-tan", "custard apple"),
    ("F", r"^soursop", "annona-muricata", "white-tan", "soursop"),
    ("F", r"^cherries, (sour|tart)", "prunus-cerasus", "red-orange", "sour cherry"),
    ("F", r"^cherries", "prunus-avium", "red-orange", "sweet cherry"),
    ("F", r"^cranberries", "vaccinium-macrocarpon", "red-orange", "cranberry"),
    ("F", r"^currants, european black", "ribes-nigrum", "blue-purple", "blackcurrant"),
    ("F", r"^currants, red", "ribes-rubrum", "red-orange", "red/white currant"),
    ("F", r"^currants, zante", "vitis-vinifera", "blue-purple", "Zante currants are dried grapes"),
    ("F", r"^gooseberries", "ribes-uva-crispa", "green", "gooseberry"),
    ("F", r"^dates", "phoenix-dactylifera", "white-tan", "date"),
    ("F", r"^elderberries", "sambucus-nigra", "blue-purple", "elderberry"),
    ("F", r"^figs", "ficus-carica", "blue-purple", "fig"),
    ("F", r"^fruit cocktail", "prunus-persica;ananas-comosus;pyrus-communis;vitis-vinifera;prunus-avium",
     "yellow", "fruit cocktail = peach, pineapple, pear, grape, cherry (named by USDA)"),
    ("F", r"^fruit salad, \(pineapple", "ananas-comosus;carica-papaya;musa-acuminata;psidium-guajava", "yellow",
     "tropical fruit salad = pineapple, papaya, banana, guava"),
    ("F", r"^fruit salad", "prunus-persica;pyrus-communis;prunus-armeniaca;ananas-comosus;prunus-avium",
     "yellow", "fruit salad = peach, pear, apricot, pineapple, cherry"),
    ("F", r"^usda commodity, mixed fruit", "prunus-persica;pyrus-communis;vitis-vinifera", "yellow",
     "peaches, pears, grapes"),
    ("F", r"^melon balls", "cucumis-melo", "red-orange", "cantaloupe and honeydew balls"),
    ("F", r"^melons, honeydew", "cucumis-melo", "green", "honeydew: Cucumis melo"),
    ("F", r"^melons, casaba", "cucumis-melo", "white-tan", "casaba: Cucumis melo"),
    ("F", r"^melons", "cucumis-melo", "red-orange", "cantaloupe: Cucumis melo"),
    ("AI", r"^melon, banana", "cucumis-melo", "red-orange", "banana melon: Cucumis melo"),
    ("F", r"^watermelon", "citrullus-lanatus", "red-orange", "watermelon"),
    ("F", r"^horned melon", "cucumis-metuliferus", "green", "kiwano"),
    ("F", r"^goji", "lycium-barbarum", "red-orange", "goji berry"),
    ("F", r"^grapefruit, raw, white|^grapefruit, .*white", "citrus-paradisi", "yellow", "white grapefruit"),
    ("F", r"^grapefruit", "citrus-paradisi", "red-orange", "pink/red grapefruit"),
    ("F", r"^pummelo", "citrus-maxima", "yellow", "pomelo"),
    ("F", r"^grapes, muscadine", "vitis-rotundifolia", "blue-purple", "muscadine grape"),
    ("F", r"^grapes, american", "vitis-labrusca", "blue-purple", "Concord-type (slip skin) grape"),
    ("F", r"^grapes", "vitis-vinifera", "green", "European grape (Thompson seedless is green)"),
    ("F", r"^raisins, golden", "vitis-vinifera", "yellow", "golden raisin"),
    ("F", r"^raisins", "vitis-vinifera", "blue-purple", "raisin"),
    ("F", r"^groundcherries", "physalis-peruviana", "yellow", "cape gooseberry"),
    ("F", r"^guavas, strawberry", "psidium-cattleyanum", "red-orange", "strawberry guava"),
    ("F", r"^guava", "psidium-guajava", "red-orange", "guava"),
    ("F", r"^java-plum", "syzygium-cumini", "blue-purple", "jambolan"),
    ("F", r"^rose-apples", "syzygium-jambos", "yellow", "rose apple"),
    ("F", r"^jujube", "ziziphus-jujuba", "red-orange", "jujube"),
    ("F", r"^kiwifruit, zespri sungold", "actinidia-chinensis", "yellow", "gold kiwifruit: A. chinensis"),
    ("F", r"^kiwifruit", "actinidia-deliciosa", "green", "green kiwifruit"),
    ("F", r"^kumquats", "citrus-japonica", "red-orange", "kumquat"),
    ("F", r"^lemon", "citrus-limon", "yellow", "lemon and lemon peel"),
    ("F", r"^limes", "citrus-aurantiifolia", "green", "lime"),
    ("F", r"^litchis", "litchi-chinensis", "white-tan", "lychee"),
    ("F", r"^longans", "dimocarpus-longan", "white-tan", "longan"),
    ("F", r"^rambutan", "nephelium-lappaceum", "white-tan", "rambutan"),
    ("F", r"^loquats", "eriobotrya-japonica", "yellow", "loquat"),
    ("F", r"^mammy-apple", "mammea-americana", "red-orange", "mamey apple"),
    ("F", r"^sapote, mamey", "pouteria-sapota", "red-orange", "mamey sapote"),
    ("F", r"^sapodilla", "manilkara-zapota", "white-tan", "sapodilla"),
    ("F", r"^mango", "mangifera-indica", "yellow", "mango"),
    ("F", r"^mangosteen", "garcinia-mangostana", "white-tan", "mangosteen"),
    ("F", r"^mulberries", "morus-nigra", "blue-purple", "mulberry: keyed black mulberry"),
    ("F", r"^nectarines", "prunus-persica", "yellow", "nectarine is a smooth-skinned peach: Prunus persica"),
    ("F", r"^peaches", "prunus-persica", "yellow", "peach"),
    ("F", r"^oheloberries", "vaccinium-reticulatum", "red-orange", "ohelo berry"),
    ("F", r"^olives, ripe", "olea-europaea", "blue-purple", "black (ripe) olive"),
    ("F", r"^olives", "olea-europaea", "green", "green olive"),
    ("F", r"^oranges|^orange peel", "citrus-sinensis", "red-orange", "sweet orange"),
    ("F", r"^tangerines|^clementines", "citrus-reticulata", "red-orange", "mandarin/clementine: C. reticulata"),
    ("F", r"^papaya", "carica-papaya", "red-orange", "papaya"),
    ("F", r"^passion-fruit", "passiflora-edulis", "yellow", "passion fruit"),
    ("F", r"^pears, asian", "pyrus-pyrifolia", "yellow", "Asian pear: Pyrus pyrifolia"),
    ("F", r"^pears, raw, red anjou", "pyrus-communis", "red-orange", "red Anjou pear"),
    ("F", r"^pears", "pyrus-communis", "green", "European pear (as starter)"),
    ("F", r"^persimmons, native", "diospyros-virginiana", "red-orange", "American persimmon"),
    ("F", r"^persimmons", "diospyros-kaki", "red-orange", "Japanese persimmon"),
    ("F", r"^pineapple", "ananas-comosus", "yellow", "pineapple"),
    ("F", r"^pitanga", "eugenia-uniflora", "red-orange", "Surinam cherry"),
    ("F", r"^plums, dried|^prune", "prunus-domestica", "blue-purple", "prunes are dried plums"),
    ("F", r"^plums", "prunus-domestica", "blue-purple", "plum"),
    ("F", r"^pomegranates", "punica-granatum", "red-orange", "pomegranate"),
    ("F", r"^prickly pears", "opuntia-ficus-indica", "red-orange", "cactus pear"),
    ("AI", r"^prickly pears", "opuntia-ficus-indica", "red-orange", "cactus pear"),
    ("F", r"^quinces", "cydonia-oblonga", "yellow", "quince"),
    ("F", r"^rhubarb", "rheum-rhabarbarum", "red-orange", "rhubarb (botanically a vegetable)"),
    ("F", r"^roselle", "hibiscus-sabdariffa", "red-orange", "roselle calyces"),
    ("F", r"^strawberries", "fragaria-ananassa", "red-orange", "strawberry"),
    ("F", r"^tamarinds", "tamarindus-indica", "white-tan", "tamarind pulp (brown)"),
    ("F", r"^feijoa", "acca-sellowiana", "green", "feijoa"),
    ("F", r"^durian", "durio-zibethinus", "yellow", "durian"),
    ("F", r"^nance", "byrsonima-crassifolia", "yellow", "nance"),
    ("F", r"^naranjilla", "solanum-quitoense", "yellow", "lulo"),
    # --- Alaska Native / American Indian wild fruit
    ("AI", r"^blackberries", "rubus-fruticosus", "blue-purple", "wild blackberry"),
    ("AI", r"^blueberries", "vaccinium-uliginosum", "blue-purple", "Alaska bog blueberry"),
    ("AI", r"^cloudberries", "rubus-chamaemorus", "red-orange", "cloudberry"),
    ("AI", r"^cranberries, wild, bush", "viburnum-edule", "red-orange", "highbush cranberry (a viburnum)"),
    ("AI", r"^cranberry, low bush", "vaccinium-vitis-idaea", "red-orange", "lingonberry"),
    ("AI", r"^huckleberries", "vaccinium-membranaceum", "blue-purple", "huckleberry"),
    ("AI", r"^salmonberries", "rubus-spectabilis", "red-orange", "salmonberry"),
    ("AI", r"^raspberries", "rubus-idaeus", "red-orange", "wild raspberry"),
    ("AI", r"^chokecherries", "prunus-virginiana", "blue-purple", "chokecherry"),
    ("AI", r"^plums, wild", "prunus-americana", "red-orange", "wild plum"),
    ("AI", r"^rose hips", "rosa-woodsii", "red-orange", "wild rose hips: keyed Woods' rose"),
    ("AI", r"^corn(?!ed)|^cornmeal|^mush, blue corn|^piki bread|^tortilla, blue corn|^bread, (blue corn|kneel down)",
     "zea-mays", "", "corn, cornmeal and corn breads (Navajo, Hopi, Plains)"),
    ("AI", r"^pinon nuts", "pinus-edulis", "", "pinyon pine nut"),
    ("AI", r"^hazelnuts, beaked", "corylus-cornuta", "", "beaked hazelnut"),
    ("AI", r"^tea, herbal, brewed, hohoysi", "thelesperma-megapotamicum", "",
     "Hopi tea (greenthread): a herbal tea, 1/4 point"),
    # --- legumes (pulses)
    ("L", r"^beans, adzuki", "vigna-angularis", "red-orange", "adzuki bean"),
    ("L", r"^beans, black", "phaseolus-vulgaris", "blue-purple", "black beans: P. vulgaris (as starter)"),
    ("L", r"^beans, (kidney|pink)|^frijoles rojos", "phaseolus-vulgaris", "red-orange",
     "kidney and pink beans: P. vulgaris"),
    ("L", r"^beans, yellow", "phaseolus-vulgaris", "yellow", "yellow beans: P. vulgaris"),
    ("L", r"^beans, (cranberry|french|great northern|navy|pinto|small white|white)|refried beans"
          r"|^beans, baked, home", "phaseolus-vulgaris", "white-tan",
     "cranberry, french, great northern, navy, pinto, white beans and refried/home-baked beans: P. vulgaris"),
    ("L", r"^broadbeans", "vicia-faba", "white-tan", "mature fava beans"),
    ("L", r"^carob", "ceratonia-siliqua", "", "carob (ground pod)"),
    ("L", r"^chickpea flour", "cicer-arietinum", "", "besan (whole chickpeas, ground)"),
    ("L", r"^chickpeas", "cicer-arietinum", "white-tan", "chickpea"),
    ("L", r"^cowpeas", "vigna-unguiculata", "white-tan", "black-eyed peas/cowpeas (mature)"),
    ("L", r"^hyacinth beans", "lablab-purpureus", "white-tan", "hyacinth bean"),
    ("L", r"^lentils, pink", "lens-culinaris", "red-orange", "red lentil"),
    ("L", r"^lentils", "lens-culinaris", "white-tan", "lentil (as starter)"),
    ("L", r"^lima beans", "phaseolus-lunatus", "white-tan", "mature lima beans"),
    ("L", r"^lupins", "lupinus-albus", "yellow", "lupin beans"),
    ("L", r"^mothbeans", "vigna-aconitifolia", "white-tan", "moth bean"),
    ("L", r"^mung beans", "vigna-radiata", "green", "mung bean"),
    ("L", r"^mungo beans", "vigna-mungo", "blue-purple", "urad (black gram)"),
    ("L", r"^peas, (green, )?split", "pisum-sativum", "green", "split peas"),
    ("L", r"^pigeon peas", "cajanus-cajan", "white-tan", "pigeon peas (mature)"),
    ("L", r"^peanuts", "arachis-hypogaea", "", "peanut (a legume; no colour, as starter)"),
    ("L", r"^hummus", "cicer-arietinum;sesamum-indicum;allium-sativum;citrus-limon", "white-tan",
     "hummus: chickpeas, tahini, garlic, lemon (as starter)"),
    ("L", r"^soybeans|^soy flour, full-fat|^okara|^tofu|^soybean, curd|^(vitasoy usa|house foods|mori-nu).*tofu"
          r"|^miso|^natto|^tempeh", "glycine-max", "white-tan",
     "soybeans and minimally processed soy foods (tofu, okara, full-fat soy flour): Glycine max"),
    ("L", r"^soymilk.*unsweetened|^silk (plain|unsweetened|light plain)", "glycine-max", "",
     "unsweetened/plain soy milk keeps the species (as the starter's 16222)"),
    ("L", r"^winged beans", "psophocarpus-tetragonolobus", "white-tan", "winged bean (mature)"),
    ("L", r"^papad", "vigna-mungo", "white-tan", "papad: urad dal wafers"),
    ("L", r"^yardlong beans", "vigna-unguiculata", "white-tan", "yardlong bean (mature): V. unguiculata"),
    ("L", r"^falafel", "cicer-arietinum;allium-cepa;petroselinum-crispum", "white-tan",
     "falafel: chickpeas, onion, parsley"),
    # --- nuts and seeds (no colour, as starter)
    ("N", r"^seeds, breadfruit", "artocarpus-altilis", "", "breadfruit seeds"),
    ("N", r"^seeds, breadnut", "brosimum-alicastrum", "", "breadnut (Maya nut)"),
    ("N", r"^seeds, chia", "salvia-hispanica", "", "chia"),
    ("N", r"^seeds, cottonseed", "gossypium-hirsutum", "", "glandless cottonseed kernels/flour"),
    ("N", r"^seeds, hemp", "cannabis-sativa", "", "hemp seed"),
    ("N", r"^seeds, lotus", "nelumbo-nucifera", "", "lotus seeds"),
    ("N", r"^seeds, pumpkin", "cucurbita-pepo", "", "pumpkin seeds: keyed C. pepo (as starter)"),
    ("N", r"^seeds, safflower", "carthamus-tinctorius", "", "safflower seed"),
    ("N", r"^seeds, sesame", "sesamum-indicum", "", "sesame (seeds, tahini, high-fat flour)"),
    ("N", r"^seeds, sunflower", "helianthus-annuus", "", "sunflower seed"),
    ("N", r"^seeds, watermelon", "citrullus-lanatus", "", "watermelon seed"),
    ("N", r"^seeds, sisymbrium", "sisymbrium-irio", "", "sisymbrium (London rocket) seed"),
    ("N", r"^seeds, flaxseed", "linum-usitatissimum", "", "flaxseed"),
    ("N", r"^nuts, acorn", "quercus-alba", "", "acorns (various oaks): keyed white oak"),
    ("N", r"^nuts, almond", "prunus-dulcis", "", "almond (nuts, butter, paste)"),
    ("N", r"^nuts, beechnuts", "fagus-grandifolia", "", "American beech nut"),
    ("N", r"^nuts, brazilnuts", "bertholletia-excelsa", "", "Brazil nut"),
    ("N", r"^nuts, butternuts", "juglans-cinerea", "", "butternut (white walnut)"),
    ("N", r"^nuts, cashew", "anacardium-occidentale", "", "cashew"),
    ("N", r"^nuts, chestnuts, chinese", "castanea-mollissima", "", "Chinese chestnut"),
    ("N", r"^nuts, chestnuts, japanese", "castanea-crenata", "", "Japanese chestnut"),
    ("N", r"^nuts, chestnuts", "castanea-sativa", "", "European chestnut"),
    ("N", r"^nuts, coconut", "cocos-nucifera", "", "coconut meat, cream and milk (not coconut water)"),
    ("N", r"^nuts, hazelnuts", "corylus-avellana", "", "hazelnut"),
    ("N", r"^nuts, ginkgo", "ginkgo-biloba", "", "ginkgo nut"),
    ("N", r"^nuts, hickorynuts", "carya-ovata", "", "hickory nut"),
    ("N", r"^nuts, macadamia", "macadamia-integrifolia", "", "macadamia"),
    ("N", r"^nuts, mixed nuts.*without peanuts",
     "prunus-dulcis;anacardium-occidentale;corylus-avellana;carya-illinoinensis;bertholletia-excelsa", "",
     "mixed nuts: almond, cashew, hazelnut, pecan, Brazil nut"),
    ("N", r"^nuts, mixed nuts",
     "prunus-dulcis;anacardium-occidentale;corylus-avellana;carya-illinoinensis;bertholletia-excelsa;"
     "arachis-hypogaea", "", "mixed nuts with peanuts"),
    ("N", r"^nuts, pecans", "carya-illinoinensis", "", "pecan"),
    ("N", r"^nuts, pilinuts", "canarium-ovatum", "", "pili nut"),
    ("N", r"^nuts, pine nuts, pinyon", "pinus-edulis", "", "pinyon pine nut"),
    ("N", r"^nuts, pine nuts", "pinus-pinea", "", "pine nut: keyed stone pine"),
    ("N", r"^nuts, pistachio", "pistacia-vera", "", "pistachio"),
    ("N", r"^nuts, walnuts, black", "juglans-nigra", "", "black walnut"),
    ("N", r"^nuts, walnuts", "juglans-regia", "", "English walnut"),
    # --- grains (whole or minimally processed; refined ones are caught by NO_SPECIES above)
    ("C", r"^amaranth", "amaranthus-hypochondriacus", "", "grain amaranth"),
    ("C", r"^barley", "hordeum-vulgare", "", "barley (hulled, pearled as starter, flour, malt flour)"),
    ("C", r"^buckwheat", "fagopyrum-esculentum", "", "buckwheat"),
    ("C", r"^noodles, japanese, soba", "fagopyrum-esculentum", "", "soba: buckwheat noodles"),
    ("C", r"^bulgur", "triticum-durum", "", "bulgur: durum wheat (as starter)"),
    ("C", r"^corn|^cornmeal|^hominy|^pasta, gluten-free, corn, ", "zea-mays", "",
     "whole-grain corn, cornmeal, corn bran, hominy, corn pasta"),
    ("C", r"^pasta, gluten-free, corn flour and quinoa", "zea-mays;chenopodium-quinoa", "", "corn-quinoa pasta"),
    ("C", r"^pasta, gluten-free, brown rice", "oryza-sativa", "", "brown rice pasta"),
    ("C", r"^millet", "panicum-miliaceum", "", "proso millet (as starter)"),
    ("C", r"^oat|^oats", "avena-sativa", "", "oats and oat bran"),
    ("C", r"^quinoa", "chenopodium-quinoa", "", "quinoa"),
    ("C", r"^rice, brown|^rice bran|^rice flour, brown", "oryza-sativa", "", "brown rice and rice bran"),
    ("C", r"^wild rice", "zizania-palustris", "", "wild rice"),
    ("C", r"^rye", "secale-cereale", "", "rye grain and dark rye flour"),
    ("C", r"^sorghum", "sorghum-bicolor", "", "sorghum"),
    ("C", r"^teff", "eragrostis-tef", "", "teff"),
    ("C", r"^triticale", "triticosecale-rimpaui", "", "triticale (wheat x rye hybrid genus)"),
    ("C", r"^wheat, durum", "triticum-durum", "", "durum wheat"),
    ("C", r"^wheat, kamut", "triticum-turanicum", "", "khorasan wheat"),
    ("C", r"^spelt", "triticum-spelta", "", "spelt"),
    ("C", r"^wheat", "triticum-aestivum", "", "bread wheat grain, bran, germ, whole-grain flour, sprouts"),
    ("C", r"^pasta, whole|^pasta, whole grain", "triticum-durum", "", "whole-wheat pasta (as starter)"),
    # --- spices and herbs (1/4 point each)
    ("S", r"allspice", "pimenta-dioica", "", "allspice"),
    ("S", r"anise seed", "pimpinella-anisum", "", "anise"),
    ("S", r"basil", "ocimum-basilicum", "", "basil"),
    ("S", r"bay leaf", "laurus-nobilis", "", "bay"),
    ("S", r"caraway", "carum-carvi", "", "caraway"),
    ("S", r"cardamom", "elettaria-cardamomum", "", "cardamom"),
    ("S", r"celery seed", "apium-graveolens", "", "celery seed"),
    ("S", r"chervil", "anthriscus-cerefolium", "", "chervil"),
    ("S", r"chili powder", "capsicum-annuum;cuminum-cyminum;origanum-vulgare;allium-sativum", "",
     "chili powder blend: chili, cumin, oregano, garlic"),
    ("S", r"cinnamon", "cinnamomum-verum", "", "cinnamon (as starter)"),
    ("S", r"cloves", "syzygium-aromaticum", "", "cloves"),
    ("S", r"coriander", "coriandrum-sativum", "", "coriander leaf and seed"),
    ("S", r"cumin", "cuminum-cyminum", "", "cumin"),
    ("S", r"curry powder", "coriandrum-sativum;curcuma-longa;cuminum-cyminum;trigonella-foenum-graecum;"
                           "capsicum-annuum", "", "curry powder blend: coriander, turmeric, cumin, fenugreek, chili"),
    ("S", r"dill", "anethum-graveolens", "", "dill seed and weed"),
    ("S", r"fennel", "foeniculum-vulgare", "", "fennel seed"),
    ("S", r"fenugreek", "trigonella-foenum-graecum", "", "fenugreek"),
    ("S", r"garlic", "allium-sativum", "", "garlic powder"),
    ("S", r"ginger", "zingiber-officinale", "", "ground ginger"),
    ("S", r"mace|nutmeg", "myristica-fragrans", "", "mace and nutmeg (one tree)"),
    ("S", r"marjoram", "origanum-majorana", "", "marjoram"),
    ("S", r"mustard", "sinapis-alba", "", "yellow mustard seed (ground, prepared)"),
    ("S", r"onion", "allium-cepa", "", "onion powder"),
    ("S", r"oregano", "origanum-vulgare", "", "oregano"),
    ("S", r"paprika|pepper, red", "capsicum-annuum", "", "paprika and cayenne"),
    ("S", r"parsley", "petroselinum-crispum", "", "dried parsley"),
    ("S", r"pepper, (black|white)", "piper-nigrum", "", "black and white pepper"),
    ("S", r"poppy", "papaver-somniferum", "", "poppy seed"),
    ("S", r"poultry seasoning", "salvia-officinalis;thymus-vulgaris;origanum-majorana;salvia-rosmarinus;"
                                "piper-nigrum;myristica-fragrans", "", "poultry seasoning: sage, thyme, marjoram, "
                                                                      "rosemary, pepper, nutmeg"),
    ("S", r"pumpkin pie spice", "cinnamomum-verum;zingiber-officinale;myristica-fragrans;syzygium-aromaticum", "",
     "pumpkin pie spice: cinnamon, ginger, nutmeg, cloves"),
    ("S", r"rosemary", "salvia-rosmarinus", "", "rosemary (as starter)"),
    ("S", r"saffron", "crocus-sativus", "", "saffron"),
    ("S", r"sage", "salvia-officinalis", "", "sage"),
    ("S", r"savory", "satureja-hortensis", "", "summer savory"),
    ("S", r"tarragon", "artemisia-dracunculus", "", "tarragon"),
    ("S", r"thyme", "thymus-vulgaris", "", "thyme"),
    ("S", r"turmeric", "curcuma-longa", "", "turmeric"),
    ("S", r"peppermint", "mentha-piperita", "", "peppermint"),
    ("S", r"spearmint", "mentha-spicata", "", "spearmint"),
    ("S", r"capers", "capparis-spinosa", "", "capers"),
    ("S", r"horseradish", "armoracia-rusticana", "", "horseradish"),
    # --- breakfast cereals, snacks, sweets, drinks: whole-grain or single-plant items only
    ("B", r"multigrain oatmeal", "avena-sativa;triticum-aestivum;secale-cereale;hordeum-vulgare", "",
     "QUAKER MultiGrain: rolled oats, wheat, rye, barley"),
    ("B", r"\boats?\b|oat bran|oatmeal", "avena-sativa", "", "plain oats and oat bran"),
    ("B", r"whole wheat|wheatena|wheat germ|wheat bran|wheat, puffed|shredded wheat|weetabix", "triticum-aestivum",
     "", "whole-wheat hot cereal, wheat germ/bran, puffed or shredded wheat"),
    ("B", r"millet, puffed", "panicum-miliaceum", "", "puffed millet"),
    ("SN", r"popcorn", "zea-mays", "", "popcorn is whole-grain corn (as starter)"),
    ("SW", r"cocoa, dry powder, unsweetened|baking chocolate, unsweetened|chocolate, dark",
     "theobroma-cacao", "", "cocoa, unsweetened baking chocolate and dark chocolate (as starter)"),
    ("BV", r"coffee, instant, (with )?chicory", "coffea-arabica;cichorium-intybus", "", "coffee with chicory"),
    ("BV", r"coffee, (brewed|instant, (regular|decaffeinated)|instant, half)", "coffea-arabica", "",
     "plain coffee (as starter; instant keyed arabica too)"),
    ("BV", r"tea, (black|green|oolong), brewed|tea, instant, (decaffeinated, )?unsweetened|tea, green, ready to "
           r"drink, unsweetened|tea, black, ready to drink$|tea, ready-to-drink, unsweetened",
     "camellia-sinensis", "", "plain tea (as starter)"),
    ("BV", r"tea, herb, brewed, chamomile", "matricaria-chamomilla", "", "chamomile (as starter)"),
    ("BV", r"tea, hibiscus", "hibiscus-sabdariffa", "", "hibiscus tea"),
]

# Single-ingredient baby-food purees reuse the fruit/vegetable rules (the ingredient after "Babyfood, ...").
BABY_SINGLE = r"^babyfood, (?:(?:fruit|vegetables?), )?([a-z ]+?)(?:, (?:dices|strained|junior|toddler|organic))+$"
BABY_ALIASES = {"applesauce": "applesauce", "apples": "applesauce", "squash": "squash, winter", "carrots": "carrots",
                "peas": "peas", "green beans": "beans, snap", "sweet potatoes": "sweet potato", "spinach": "spinach",
                "peaches": "peaches", "pears": "pears", "bananas": "bananas", "potatoes": "potatoes",
                "corn": "corn", "beets": "beets", "prunes": "prunes", "apricots": "apricots", "plums": "plums"}

# Species that count 1/4 outside the Spices group (herbs, coffee, tea).
HERB_SPECIES = {"coriandrum-sativum", "petroselinum-crispum", "allium-schoenoprasum", "cymbopogon-citratus",
                "dysphania-ambrosioides", "eutrema-japonicum", "zingiber-officinale", "coffea-arabica",
                "camellia-sinensis", "matricaria-chamomilla", "thelesperma-megapotamicum", "cichorium-intybus"}
# cichorium-intybus counts 1/4 only as a coffee additive (BV group); see plant_points() in build_catalog.py.

# ---------------------------------------------------------------------------------------------------------------
# 3. NOVA (1 unprocessed/minimally processed, 2 culinary ingredient, 3 processed, 4 ultra-processed).
#    (scope, pattern, nova, why); first match wins; then NOVA_DEFAULT by group.
# ---------------------------------------------------------------------------------------------------------------
NOVA = [
    # drinks
    ("BV BF", r"water, (bottled|tap)|^water, bottled|\bwater\b.*(perrier|poland|evian|dannon|aquafina|dasani"
              r"|calistoga|crystal geyser|naya|gerolsteiner|icelandic)|^babyfood, water",
     1, "plain water"),
    ("BV", r"coffee, brewed|coffee, instant, (regular|decaffeinated)(, powder|, prepared)|coffee, instant, half"
           r"|coffee, instant, (with )?chicory|tea, (black|green|oolong|herb|hibiscus).*brewed"
           r"|tea, instant, (decaffeinated, )?unsweetened|tea, .*ready.to.drink.*unsweetened"
           r"|tea, black, ready to drink$", 1, "plain coffee and tea"),
    ("BV", r"distilled|liqueur|creme de menthe|daiquiri|pina colada|tequila sunrise|whiskey sour(?!.*mix)"
           r"|hard lemonade", 4, "distilled spirits, liqueurs and premixed cocktails are ultra-processed (NOVA)"),
    ("BV", r"beer|wine|cider|sake|malt liquor|malt beverage", 3, "beer, wine, cider, sake: fermented, processed"),
    ("BV", r"almond milk, unsweetened|rice milk, unsweetened|coconut water, ready-to-drink, unsweetened", 3,
     "simple plant drinks (as the starter's almond milk)"),
    ("F C V", r"zespri|kamut|uncle ben|emi-tsunomata", 1, "a single whole food sold under a brand name"),
    ("V", r"^pace, (jalapenos|diced green chilies)", 3, "canned/pickled chilies"),
    # fruit and vegetables
    ("F V", r"juice smoothie|vegetable smoothie|juice drink|juice blend, 100%|juice cocktail|\bnectar\b|with sucralose"
            r"|artificial sweetener|\bdrink\b|orange pineapple juice blend", 4,
     "nectars, juice drinks and smoothies with added sugar/sweeteners or additives"),
    ("F V BF", r"\bjuice\b", 1, "100% fruit/vegetable juice (as starter: orange and apple juice NOVA 1)"),
    ("F", r"candied|maraschino|fruit leather|pie filling|cranberry sauce|cranberry-orange relish", 4,
     "candied/coloured fruit and sweetened sauces"),
    ("F", r"heavy syrup|light syrup|syrup pack|extra light syrup|syrup, drained|(?<!un)(?<!not )sweetened|with added sugar"
          r"|with sugar|\bspiced\b|olives|guava sauce|plantains, (green|yellow), fried", 3,
     "fruit canned in syrup, sweetened, brined olives, fried plantain: processed with sugar/salt/oil"),
    ("F", r"latino restaurant", 4, "restaurant-prepared"),
    ("V", r"french fried|fries|puffs|onion rings|hash brown, (frozen|refrigerated)|with butter sauce|dry mix"
          r"|dehydrated, (flakes|granules)|prepared from (flakes|granules)|mashed, ready-to-eat|pie mix|catsup"
          r"|relish|pickles, cucumber, sweet|chowchow|yeast extract|artificial sweetener|potato wedges"
          r"|potatoes, mashed, dehydrated, prepared", 4,
     "fried frozen potato products, dried mixes, ketchup, sweet pickles/relish, yeast spread"),
    ("V", r"potato salad", 3, "potato salad is made with mayonnaise (an industrial product)"),
    ("V", r"tomato products, .*without salt added|tomato sauce, canned, no salt added|sauteed|stir-fried"
          r"|home-prepared(?!.*margarine)|home prepared(?!.*margarine)", 1,
     "home cooking (with oil, butter, milk, salt) and unsalted tomato paste/puree: culinary preparations of whole "
     "foods are not industrially processed (NOVA 1); recipes with margarine stay NOVA 3"),
    ("V", r"seaweed, agar, dried", 2, "agar flakes/powder: an extracted gelling agent (culinary ingredient)"),
    ("V", r"home-prepared|home prepared|souffle|potato pancakes|candied|pickled|pickles"
          r"|sauerkraut|kimchi|salted|canned(?!.*no salt added)(?!.*without salt)|hash brown|o'brien|roasted, salt"
          r"|sun-dried, packed in oil|seasoned|tomato products|tomato sauce|tomatoes, crushed|juice, canned, with salt"
          r"|cream style|italian style|harvard|spanish style|(?<!no )salt added", 3,
     "canned with salt, pickled, salted, home-prepared dishes, tomato products: processed (NOVA 3)"),
    # legumes
    ("L", r"soymilk.*unsweetened|^silk (unsweetened|plain|light plain)", 3, "plain soy milk (as starter)"),
    ("L", r"soy sauce.*hydrolyzed|protein (isolate|concentrate)|^(loma linda|worthington|morningstar|gardenburger)"
          r"|meatless|vegetarian (fillets|meatloaf)|veggie burgers|meat extender|bacon bits|yokan|baked, canned"
          r"|chili with beans|beans, chili|campbell's|soymilk(?!.*unsweetened)|^silk (?!unsweetened|plain|light plain)"
          r"|peanut butter|peanut spread|soy yogurt|tofu yogurt|creamer|vermicelli|frankfurter|luncheon slices"
          r"|sandwich spread|meatballs|chicken, meatless", 4,
     "meat analogues, sweetened/flavoured soy drinks and yogurts, peanut butter (as starter), canned baked beans"),
    ("L", r"soymilk.*unsweetened|^silk (unsweetened|plain|light plain)", 3, "plain soy milk (as starter)"),
    ("L", r"flour|soy meal", 2, "flours (as the starter's flour, NOVA 2)"),
    ("L", r"^(hummus|falafel), home|^okara|peanuts, all types, cooked, boiled", 1,
     "home-made hummus/falafel and boiled peanuts (culinary preparations), okara (fresh soy pulp): NOVA 1"),
    ("L", r"tofu|miso|natto|tempeh|okara|hummus|falafel|refried|canned(?!.*no salt added)|salted"
          r"|peanuts, .*, with salt|roasted, salted|oil-roasted|home prepared|soy sauce|papad|fuyu|fermented|curd cheese|koyadofu", 3,
     "tofu, miso, natto, tempeh, hummus (as starter), canned or salted legumes"),
    # nuts and seeds
    ("N", r"formulated|coconut cream, canned, sweetened|glazed", 4, "formulated nuts, sweetened coconut cream"),
    ("N", r"flour|meal, ", 2, "nut and seed flours/meals"),
    ("N", r"(?<!no )(?<!without )salt added|with salt|lightly salted|salted|oil roasted|honey roasted|smoke flavor"
          r"|(?<!un)(?<!not )sweetened|almond paste"
          r"|coconut milk, canned|mixed nuts.*planters|chosen roaster", 3,
     "salted or oil-roasted nuts, sweetened coconut, almond paste"),
    # grains
    ("C", r"flour|cornstarch|^semolina|^cornmeal|tapioca|gluten(?!-free)|bran, crude|germ, crude|masa", 2,
     "flours, meals (cornmeal), starches, brans and germs as culinary ingredients (flour NOVA 2 as in the "
     "starter and the brief)"),
    ("C", r"chinese restaurant|chow mein|gluten-free, (rice flour and rice bran|corn and rice)", 4,
     "fried noodles, restaurant items, formulated gluten-free pasta"),
    ("C", r"protein-fortified|vegetable, enriched|fresh-refrigerated|homemade|hominy, canned", 3,
     "fortified, fresh-refrigerated or canned grain products (cooking with salt at home stays NOVA 1)"),
    # spices
    ("S", r"^salt|vinegar|vanilla extract$|vanilla extract, imitation, no|vanilla extract, imitation, alcohol", 2,
     "salt, vinegar, extracts: culinary ingredients"),
    ("S", r"seasoning mix|taco", 4, "seasoning mixes with additives"),
    ("S", r"mustard, prepared|capers|horseradish", 3, "prepared condiments"),
    # breakfast cereals
    ("B", r"(oats|oatmeal), (regular|instant|quick)(, (regular and quick|and instant))?, (not fortified|"
          r"unenriched|fortified, plain)|quaker, quick oats|oatmeal organic, regular|multigrain oatmeal"
          r"|oat bran|whole wheat (hot )?natural|wheatena|wheat germ, (toasted, plain|regular)|toasted wheat bran"
          r"|millet, puffed|wheat, puffed|rice, puffed|corn grits|hominy grits|farina|cream of (wheat|rice)"
          r"|malt-o-meal, (original|farina)|shredded wheat, original|mini-wheats, unfrosted", 1,
     "plain hot cereals (oats, wheat, grits, farina) and plain puffed grains"),
    # dairy and eggs
    ("D", r"imitation|substitute|topping|dessert|whipped cream substitute|filled|process|cheese food|cheese spread"
          r"|cheese product|cheez|velveeta|kraft free|ice cream|shake|eggnog|nutritional supplement"
          r"|protein (supplement|powder)|muscle milk"
          r"|egg mix|egg substitute|scrambled, frozen|yogurt, (fruit|vanilla|chocolate|frozen)|yogurt, greek, "
          r"(strawberry|vanilla|fruit|nonfat, (vanilla|strawberry))|greek, (strawberry|vanilla)|kefir, lowfat, "
          r"strawberry|lemon flavor|frozen (yogurt|dessert|novelt)|yogurt, frozen|milk dessert|chocolate"
          r"|dulce de leche|instant breakfast|milkshake|beverage|sugared"
          r"|reddi wip|fat free|nonfat or fat free|sour cream, (reduced fat|light|fat free)"
          r"|breakstone's|creamsicle|sundae|with fruit|parmesan cheese topping|low calorie", 4,
     "flavoured/sweetened dairy, processed cheese, substitutes, ice cream, egg products with additives"),
    ("D", r"^cheese|cottage|neufchatel|queso|cheddar|mozzarella|sweetened|condensed|evaporated", 3,
     "cheese (brief: cheese NOVA 3), condensed/evaporated milk"),
    ("D", r"^butter|^cream, fluid|^cream, half|butter oil", 2, "butter and cream: culinary ingredients"),
    # fats and oils
    ("FO", r"home recipe|homemade|prepared from recipe", 3, "home-made dressings"),
    ("FO", r"margarine|spread|shortening|dressing|mayonnaise|sandwich|imitation|substitute|butter replace"
           r"|butter-flavor|vegetable oil-butter|household|industrial|frying|salad or cooking.*hydrogenated"
           r"|dessert topping|fat free|reduced calorie|light|low calorie", 4,
     "margarine, shortening, spreads, commercial dressings and mayonnaise"),
    ("FO", r"home recipe|homemade|prepared from recipe", 3, "home-made dressings"),
    # meats and fish
    ("FS", r"breaded|batter|fried|fish sticks|surimi|imitation|gefiltefish|nuggets|tuna salad|crab cakes", 4,
     "breaded/fried, reconstituted and imitation seafood"),
    ("FS", r"canned|smoked|kippered|salted|dried|pickled|caviar|lox|roe, .*canned", 3,
     "canned, smoked, salted, dried or pickled fish (brief: canned fish NOVA 3)"),
    ("SA", r"salami, (dry or hard|italian)", 3, "dry-cured salami (as starter)"),
    ("BE PK LA PO", r"sausage|frankfurter|bologna|luncheon|\bloaf\b(?!, cooked)|turkey roll|chicken roll|nuggets"
                    r"|patties, (frozen|breaded)|breaded|batter|fried, (batter|flour)|mechanically|formed|sliced"
                    r"|deli|pastrami|spread|jerky|stick|with gravy|pot pie|ground, ?.*(pre-?cooked|fully cooked)"
                    r"|brown and serve"
                    r"|processed|turkey ham|barbecued|bbq|\bfrozen\b.*\b(entree|prepared)\b", 4,
     "processed meats (brief: processed meats NOVA 4)"),
    ("BE PK LA PO", r"cured|bacon|corned|smoked|salted|canadian-style|canned", 3,
     "cured or canned whole-muscle meats (ham, bacon, corned beef, canned chicken): processed"),
    ("AI", r"\boil\b", 2, "rendered animal oils"),
    ("AI", r"soup|stew|agutuk|frybread|tamales|tortilla|bread|mush|canned|smoked|kippered|fermented|brined"
           r"|in oil|corned", 3, "prepared, smoked, brined or canned foods (air-dried foods stay NOVA 1)"),
    # sweets
    ("SW", r"^sugars?\b|^sugars, |^honey|maple|molasses|^syrups?, (corn|malt|sorghum|cane)|^syrup, cane"
           r"|sweetener, syrup, agave|gelatins, dry powder, unsweetened|rennin, tablets|pectin", 2,
     "sugars, honey, maple syrup, molasses, plain syrups: culinary ingredients"),
    ("SW", r"cocoa, dry powder, unsweetened|baking chocolate, unsweetened", 1, "plain cocoa (as starter)"),
    ("SW", r"chocolate, dark|jams|jellies|marmalade|preserves|fruit butters|apple butter|prepared-from-recipe"
           r"|prepared-by-recipe|home-prepared", 3, "dark chocolate (as starter), jams, home-made sweets"),
    # baked products
    ("BK", r"prepared from recipe|home-prepared|home prepared|homemade|recipe", 3, "home-made baked goods"),
    ("BK", r"^bread, (french|vienna|italian|pita|rye|pumpernickel|irish soda|cornbread)|^tortillas|^matzo"
           r"|^crackers, (matzo|rye)|^bagels, plain|^rolls, (hard|french)|^english muffins, plain"
           r"|^bread, (wheat|white|whole-wheat).*(toasted|prepared)", 3,
     "plain breads, tortillas, matzo (brief: bread NOVA 3)"),
    # snacks
    ("SN", r"popcorn, air-popped", 1, "air-popped popcorn (as starter)"),
    ("SN", r"popcorn, .*oil-popped|rice cakes|trail mix|beef jerky|pork skins", 3, "simple snacks"),
    # soups and sauces
    ("SP", r"home-prepared|home prepared|prepared from recipe|homemade|home recipe|fish, ready-to-serve"
           r"|sauce, fish|stock, .*home", 3, "home-made soups and sauces; fish sauce"),
    # baby foods
    ("BF", r"formula|cookie|pretzel|zwieback|biscuit|snack|cereal bar|dessert|pudding|custard|yogurt|cereal"
           r"|melts|puffs|mum mum|fruit strips|dinner|tutti frutti|cobbler|dutch apple|with sugar|clif"
           r"|ravioli|macaroni|noodle|stew", 4, "formula, baby cereals, snacks, desserts, dinners"),
    ("BF", r"\band\b|\bwith\b|creamed|tapioca|meat|toddler|mashed|peas and brown rice", 3,
     "mixed or cooked baby foods"),
]
NOVA_DEFAULT = {
    "V": 1, "F": 1, "L": 1, "N": 1, "C": 1, "S": 1, "D": 1, "FS": 1, "BE": 1, "PK": 1, "LA": 1, "PO": 1, "AI": 1,
    "BF": 1, "FO": 2,
    "SA": 4, "B": 4, "BV": 4, "SW": 4, "SN": 4, "BK": 4, "SP": 4, "FF": 4, "RF": 4, "ME": 4,
}
# Branded items (brand in capitals) in otherwise NOVA-1 groups: NOVA 4 unless a rule above matched first.
BRAND_NOVA = (4, "branded manufactured product (brief: branded foods NOVA 4)")

# ---------------------------------------------------------------------------------------------------------------
# 4. FERMENTED and LIVE CULTURES: (scope, pattern, fermented, live, serving_g or None, why). First match wins.
#    live=True needs a serving (Wastyk 2021: 170 g yogurt/kefir, 75 g kimchi/sauerkraut; the app's own choices from
#    USDA household portions: 17 g = 1 tbsp miso, 245 g = 1 cup buttermilk).
# ---------------------------------------------------------------------------------------------------------------
FERMENTED = [
    ("*", r"yogurt[- ]covered|yogurt coated|yogurt melts|yogurt, frozen|frozen yogurt|with yogurt|yogurt dessert"
          r"|yogurt parfait|yogurt bar|juice with low fat yogurt|cereal.*yogurt|yogurt, .*cereal"
          r"|yogurt (dressing|dip|sauce)|smoothie",
     False, False, None, "yogurt as a coating/ingredient or frozen dessert: not counted as a fermented food"),
    ("BF", r"yogurt", True, False, None, "jarred/shelf-stable baby yogurt foods are heat-treated: not counted live"),
    ("D L", r"yogurt|yoghurt", True, True, 170,
     "yogurt: fermented with live cultures unless heat-treated (as starter: sweetened yogurts counted too); "
     "serving 6 oz = 170 g (Wastyk 2021)"),
    ("D", r"kefir", True, True, 170, "kefir: live cultures; serving 170 g"),
    ("D", r"buttermilk, fluid, cultured", True, True, 245,
     "cultured buttermilk: cultures added after pasteurization (as starter); serving 1 cup"),
    ("D", r"buttermilk", True, False, None, "buttermilk not labelled cultured, or dried: fermented, not counted live"),
    ("D", r"sour cream|cream, sour|sour dressing", True, False, None, "cultured sour cream: fermented, not live"),
    ("D", r"queso (fresco|blanco)|ricotta|gjetost|paneer|substitute|imitation|cheese sauce|whey", False, False,
     None, "acid/heat-set fresh cheese, whey cheese, substitutes: not fermented"),
    ("D", r"cheese|neufchatel", True, False, None, "cheese: fermented (starter cultures), not counted live"),
    ("L", r"miso", True, True, 17, "miso: live if unpasteurized (as starter); serving 1 tbsp"),
    ("L", r"natto", True, True, 44, "natto: live Bacillus subtilis (as starter)"),
    ("L", r"tempeh|fuyu|fermented", True, False, None, "tempeh and fermented tofu: fermented, eaten cooked"),
    ("L", r"soy sauce made from soy", True, False, None, "brewed soy sauce: fermented, pasteurized"),
    ("V", r"sauerkraut", True, False, None, "canned sauerkraut: heat-treated (as starter)"),
    ("V", r"kimchi", True, True, 75, "kimchi: live (as starter)"),
    ("V", r"pickles, cucumber, sour", True, False, None, "brine-fermented sour pickles; shelf-stable: not live"),
    ("F", r"olives, pickled.*green", True, False, None, "Spanish-style green olives are lactic-fermented"),
    ("S", r"vinegar", True, False, None, "vinegar: an acetic fermentation, filtered/pasteurized"),
    ("SP", r"sauce, fish|fish sauce", True, False, None, "fish sauce: fermented anchovies"),
    ("SA", r"salami, (dry|italian)|pepperoni|summer|thuringer|cervelat|lebanon bologna", True, False, None,
     "dry/semi-dry fermented sausage (as starter's salami)"),
    ("AI", r"fermented", True, False, None, "traditionally fermented fish: not counted live"),
    ("BV", r"(?<!root )beer|wine(?!, non-alcoholic)|cider|sake|malt liquor", True, False, None,
     "beer, wine, cider, sake: fermented, no live cultures (as starter)"),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. PREBIOTIC-RICH (evidence.md 5.4): plain whole forms only. (scope, pattern, serving_g, why)
#    serving_g replaces the first USDA portion so that one serving is a meaningful amount (starter servings).
# ---------------------------------------------------------------------------------------------------------------
PREBIOTIC = [
    ("V", r"^garlic, raw", 6, "garlic (inulin/FOS); serving 2 cloves (starter: 6 g)"),
    ("V", r"^onions, (spring|young green|welsh)", 25, "green onions (fructans); serving 1/4 cup (as starter)"),
    ("V", r"^onions, (raw|cooked|frozen|canned|yellow, sauteed|sweet)", 80,
     "onion (inulin/FOS); serving 80 g (as starter)"),
    ("V", r"^shallots, raw", 40, "shallot (fructans, like onion); serving ~2 tbsp chopped x2"),
    ("V", r"^leeks, \(bulb and lower.leaf.portion\), (raw|cooked)", 45, "leek (inulin); serving as starter"),
    ("V", r"^asparagus", 60, "asparagus (inulin); serving ~4 spears (as starter)"),
    ("V", r"^jerusalem-artichokes", 75, "Jerusalem artichoke (inulin)"),
    ("V", r"^chicory roots", 60, "chicory root (inulin)"),
    ("V", r"^dandelion greens", 55, "dandelion greens (inulin)"),
    ("F", r"^bananas, raw", 118, "banana (low but listed FOS source); one medium (as starter)"),
    ("L", r"^(beans, (adzuki|black|black turtle|cranberry|french|great northern|kidney|navy|pink|pinto|small white"
          r"|white|yellow)|lima beans|broadbeans|cowpeas, (common|catjang)|mung beans|mungo beans|pigeon peas"
          r"|peas, (green, )?split|chickpeas|lentils)\b(?!.*(sprouted|sweetened|pork|sauce|flour|baked))"
          r"(?=.*\b(raw|cooked|canned|boiled)\b)", None,
     "lentils, chickpeas and dried beans/pulses (GOS): plain raw, cooked or canned"),
    ("L", r"^soymilk.*unsweetened|^silk unsweetened", 240, "unsweetened soy milk (GOS); serving 1 cup"),
]
# Prebiotic pulse servings: cooked or canned 90 g (half cup, starter: beans 90, chickpeas 82, lentils 100);
# raw (dry) 45 g (makes about a cup cooked).
PULSE_SERVING = {"cooked": 90, "canned": 90, "raw": 45}

# ---------------------------------------------------------------------------------------------------------------
# 6. SAFETY FLAGS (pregnancy): (scope, pattern, flag, why). ALL matching rules apply (not first-match).
#    Alcohol is also set for every food with alcohol_g > 0.5.
# ---------------------------------------------------------------------------------------------------------------
SAFETY = [
    ("D", r"producer|raw milk|unpasteurized", "unpasteurized-dairy",
     "USDA 'producer' milk is farm milk before processing (raw): CDC/FDA avoid raw milk in pregnancy"),
    ("*", r"cheese, (brie|camembert|blue|roquefort|gorgonzola|limburger|goat, soft)|queso (fresco|blanco)"
          r"|panela|stilton", "soft-cheese",
     "mould-ripened, blue, soft goat and Hispanic fresh cheeses (CDC; NHS avoid even pasteurised mould-ripened)"),
    ("FS AI", r"smoked|kippered|\blox\b", "smoked-seafood",
     "refrigerated smoked/kippered fish (CDC: only if cooked or shelf-stable canned)"),
    ("SA", r"bologna|frankfurter|wiener|hot dog|salami|pepperoni|luncheon|\bloaf\b|deli|sliced|prepackaged"
           r"|pastrami|mortadella|thuringer|cervelat|summer|beerwurst|beer salami|berliner|chorizo|knackwurst"
           r"|knockwurst|cheesefurter|smokies|headcheese|roast beef|turkey ham|chicken breast|turkey breast"
           r"|turkey, (white|breast)|corned beef loaf|bacon and beef sticks|yachtwurst|ham, (chopped, not canned"
           r"|sliced|minced|honey|smoked)|ham and cheese loaf|beef, cured, (dried|luncheon|pastrami|smoked, chopped)"
           r"|oven-roasted chicken|dutch brand|olive loaf|picnic loaf|peppered loaf|luxury loaf|mother's loaf"
           r"|honey roll|new england brand|barbecue loaf|pickle and pimiento|liver cheese|lebanon|ham \(chopped"
           r"|smoked|kielbasa|fully cooked, unheated|vienna|bratwurst, .*smoked",
     "deli-meat", "deli/luncheon meats, hot dogs and dry sausages: eat only heated until steaming (CDC, MyPlate)"),
    ("SN", r"beef sticks|jerky|meat stick", "deli-meat", "ready-to-eat dry meat snacks (cured, uncooked)"),
    ("PO PK BE", r"luncheon|deli|sliced, prepackaged|turkey roll|chicken roll|turkey ham|cured, ham.*unheated"
                 r"|ham, .*unheated", "deli-meat",
     "ready-to-eat sliced/luncheon poultry and meat, cured ham eaten cold (heat until steaming)"),
    ("*", r"\bpate\b|p\u00e2t\u00e9|foie gras|liverwurst|braunschweiger|liver sausage|liver cheese"
          r"|(ham|chicken|poultry|roast beef|liverwurst|ham and cheese) (salad )?(sandwich )?spread"
          r"|sandwich spread, (pork|poultry|chicken|beef)|chicken spread|spread, pork", "pate",
     "pate and meat spreads (CDC: refrigerated pate; NHS: all pate): flagged conservatively"),
    ("*", r"mackerel, king|king mackerel|\bmarlin\b|roughy|\bshark\b|swordfish|tilefish|bigeye", "high-mercury-fish",
     "FDA/EPA 'Choices to Avoid': king mackerel, marlin, orange roughy, shark, swordfish, tilefish, bigeye tuna"),
    ("*", r"alcoholic beverage|\bbeer\b(?!.*non-alcoholic)|\bwine\b(?!, non-alcoholic)(?!.*vinegar)|liqueur"
          r"|distilled|\bsake\b|hard cider|malt liquor|daiquiri|pina colada|whiskey|vodka|\brum\b|\bgin\b",
     "alcohol", "alcoholic drinks (CDC: no safe amount in pregnancy)"),
    ("V L C", r"sprouted", "raw-sprouts",
     "raw sprouts (alfalfa, mung bean, radish, lentil, wheat...): Salmonella and E. coli from the seed; cook first"),
    ("D", r"^egg, .*\braw\b", "raw-egg", "raw eggs: Salmonella; cook until yolk and white are firm"),
    ("FS", r"^mollusks, (oyster|clam|mussel|scallop).*raw", "raw-shellfish",
     "raw oysters, clams, mussels and scallops (eaten raw on the half shell or as sashimi)"),
    ("*", r"\bliver|braunschweiger|foie gras", "liver",
     "liver, liver products and fish-liver oil: preformed vitamin A (retinol) in amounts that can harm the unborn baby"),
    ("F V", r"juice, (.*, )?raw\b", "unpasteurized-juice",
     "USDA 'raw' juices are freshly squeezed, i.e. unpasteurized (CDC, FDA: avoid raw or unpasteurized juice and cider)"),
    ("*", r"\b(ham|chicken|egg|tuna|seafood|shrimp|crab) salad", "deli-salad",
     "store-made ham, chicken, egg, tuna and seafood salads (MyPlate, FDA: Listeria)"),
    ("BV AI", r"tea\b.*\bherb|herbal|chamomile", "herbal-tea", "herbal teas: little is known of their safety in pregnancy (NHS)"),
]
# Exceptions: (flag, pattern, why) - a food matching the pattern does not get the flag.
SAFETY_EXCEPT = [
    ("smoked-seafood", r"canned", "canned (shelf-stable) smoked fish is a safe choice (CDC)"),
    ("deli-meat", r"(?<!not )canned|(?<!un)heated|cooked, (boiled|grilled|pan-fried)|pan-fried|grilled|microwaved"
                  r"|\braw\b(?! or unheated)|brown and serve|fresh", "explicitly heated, raw (cooked before "
                                                                        "eating) or shelf-stable canned"),
    ("alcohol", r"non-alcoholic|no alcohol|vinegar|sauce|root beer|distilled water|sour mix|beerwurst|beer salami",
     "alcohol-free drinks, "
                "mixers and condiments (foods with alcohol_g > 0.5 are flagged whatever their name)"),
    ("pate", r"meatless|canned", "meat-free spreads, and canned (shelf-stable) pate, the safer choice (CDC)"),
    ("raw-sprouts", r"cooked|canned|stir-fried|steamed|tofu", "cooked or canned sprouts, and tofu made from them"),
    ("raw-egg", r"pasteurized", "pasteurized eggs are the safe choice for dishes that use eggs raw"),
    ("herbal-tea", r"stevia|sweetener", "sweeteners made from herb extracts are not teas"),
    ("soft-cheese", r"dressing|sauce|cracker|pizza|salad|fast food|restaurant", "cooked or mixed dishes"),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. ALLERGENS: (scope, pattern, allergen, why). ALL matching rules apply. Exceptions in ALLERGEN_EXCEPT.
# ---------------------------------------------------------------------------------------------------------------
ALLERGENS = [
    # milk
    ("D", r"^(?!egg)", "milk", "dairy products (incl. cream substitutes and imitation cheese, which usually contain "
                               "caseinate/whey)"),
    ("* -FO", r"\bmilk\b|\bmilks\b|\bcheese|cheddar|mozzarella|parmesan|\bbutter\b|buttered|buttermilk|\bcream\b"
          r"|creamy|creamed|yogurt|yoghurt|\bwhey\b|casein|\bghee\b|ice cream|custard|pudding|alfredo|au gratin"
          r"|scalloped|kefir|eggnog|nog\b|milk chocolate|white chocolate|fudge|caramel|toffee|butterscotch"
          r"|cheesecake|pizza|lasagna|quesadilla|nachos|cheeseburger|\bshake\b|milkshake|sundae|souffle"
          r"|frosting|nougat|truffle|latte|cappuccino|mocha|malted|ovaltine|muscle milk|ensure|boost|slimfast"
          r"|tzatziki|raita|ranch|chowder|cream of|bisque|crepe|biscuits?|pancake|waffle|french toast|croissant"
          r"|creme|cheez|asiago|romano|sour cream|whipped topping|dessert topping|parmigiana|lasagne"
          r"|danish|muffin|cake\b|cakes|doughnut|brownie|cookie|cream puff|eclair|\bpie\b.*(cream|custard|pumpkin)"
          r"|milky way|kit kat|twix|snickers|3 musketeers|whatchamacallit|reese|m&m|baby ruth|butterfinger|goobers"
          r"|raisinets|crunch bar|symphony|mr\. goodbar|toblerone|dove|hershey|cocoa mix|chocolate-flavor beverage"
          r"|hot cocoa", "milk", "dairy ingredient named, or typically present (baked sweets, milk-chocolate "
                                 "candies): check label"),
    # egg
    ("* -FO", r"\beggs?\b|egg yolk|egg white|eggnog|mayonnaise|custard|meringue|french toast|quiche|omelet"
          r"|frittata|hollandaise|tartar sauce|caesar|egg rolls?|\bflan\b|souffle|cake\b|cakes|cookie|muffin"
          r"|pancake|waffle|doughnut|brownie|cream puff|eclair|croissant|danish|noodles, egg|egg noodle"
          r"|crepe|challah|\bpie\b.*(custard|pumpkin|pecan|lemon meringue)|cheesecake|macaroni salad|potato salad"
          r"|coleslaw|breaded|batter", "egg", "egg named or typical (baked sweets, mayonnaise, breading): check label"),
    # fats and oils: highly refined oils are not allergens (FDA); only named dairy, egg, wheat germ, tofu
    ("FO", r"butter(?!-flavor| replacement| substitute)|cream|cheese|roquefort|whey|\bmilk\b|buttermilk|yogurt"
           r"|ranch|parmesan|ghee", "milk", "dairy in spreads and dressings"),
    ("FO", r"mayonnaise|caesar|coleslaw|thousand island|tartar|\begg", "egg", "egg-based dressings"),
    ("FO", r"wheat germ", "wheat", "wheat germ oil"),
    ("FO", r"tofu|lecithin", "soy", "soy protein (not refined soy oil)"),
    # fish and shellfish
    ("FS", r"^fish|^salmon|anchovy|caviar|gefiltefish|surimi", "fish", "fish"),
    ("FS", r"^crustaceans|^mollusks|shrimp|crab|lobster|imitation, made from surimi", "shellfish",
     "crustaceans and molluscs (imitation crab/shrimp may contain shellfish extract)"),
    ("*", r"\bfish\b|salmon|\btuna\b|\bcod\b|anchov|sardine|herring|mackerel|pollock|tilapia|catfish|trout"
          r"|halibut|haddock|flounder|\bsole\b|snapper|worcestershire|caesar|fish sauce|sauce, fish|\blox\b"
          r"|whitefish|smelt|sheefish|blackfish|lingcod|pike|steelhead|roe\b|herring eggs|whitefish, eggs",
     "fish", "fish named"),
    ("*", r"shrimp|prawn|\bcrab\b|crabmeat|lobster|crayfish|crawfish|\bclams?\b|oyster|mussel|scallop|squid"
          r"|calamari|octopus|abalone|cuttlefish|whelk|conch|\bsnail|cockles|chiton|devilfish", "shellfish",
     "shellfish named"),
    # tree nuts (coconut is not a tree nut here, as in the starter's coconut yogurt)
    ("*", r"almond|walnut|pecan|cashew|pistachio|hazelnut|filbert|macadamia|brazil ?nut|brazilnut|pine nut|pinon"
          r"|chestnut|beechnut|hickory|ginkgo|pilinut|\bacorns?\b|acorn flour|praline|marzipan|nutella|baklava"
          r"|\bwith nuts\b|\bnuts\b(?!, coconut)|mixed nuts|almond joy|mars almond|nutrageous", "tree-nuts",
     "tree nut named (unspecified 'nuts' counted as tree nuts): check label"),
    ("N", r"butternuts", "tree-nuts", "butternut (a walnut)"),
    ("BK", r"^(?!.*(gluten[- ]free|rice cake|corn cake|tortillas?, .*corn|taco shells?, baked))", "wheat",
     "baked products are flour-based: wheat unless named gluten-free or corn/rice-based"),
    # peanuts
    ("*", r"peanut|groundnut|snickers|reese|baby ruth|butterfinger|payday|mr\. goodbar|goobers|nutrageous"
          r"|fast break|chunky bar|whatchamacallit|m&m's peanut|\bmixed nuts\b(?!.*without peanuts)",
     "peanuts", "peanut named, or a peanut candy"),
    # wheat
    ("* -FO", r"wheat|\bflour\b|flours|bread|\bbun\b|\bbuns\b|\brolls?\b|bagel|biscuit|cracker|pasta|spaghetti"
          r"|macaroni|noodle|couscous|bulgur|semolina|farina|durum|spelt|kamut|triticale|seitan|gluten"
          r"|cream of wheat|pretzel|pizza|\bcakes?\b|cookie|muffin|pancake|waffle|doughnut|croissant|\bpie\b|pies\b"
          r"|pastry|pastries|danish|strudel|tortilla|breaded|batter|dumpling|wonton|egg rolls?|ravioli|lasagna"
          r"|sandwich|(?<!lim)burgers?\b|\bsub\b|submarine|hoagie|croutons|stuffing|gravy|soy sauce made from soy and wheat"
          r"|shoyu|teriyaki|hoisin|matzo|zwieback|graham|brownie|wafer|kit kat|twix|stroganoff"
          r"|pot pie|\bbreakfast bar|nuggets|fish sticks|chicken (tenders|fingers)|\btenders\b|coating mix"
          r"|malt-o-meal, (original|farina|chocolate|maple)|wheaties|lasagne"
          r"|cones?\b|\bcone\b|frankfurter, meatless|meatless|veggie"
          r"|vegetarian|soyburger|morningstar|worthington|loma linda|gardenburger|burrito|enchilada|taco shell"
          r"|chimichanga|quesadilla|empanada|knish|pierogi|gnocchi|tempura|chow mein|lo mein|ramen|udon|somen"
          r"|soba|orzo|fettuccine|linguine|penne|rigatoni|manicotti|tortellini|crust|pita|naan|chapati|roti|fry ?bread"
          r"|tennis bread|piki|breadcrumbs|bread crumbs|cracker meal|zwieback|barley malt|malted milk|ovaltine",
     "wheat", "wheat named or typical (breads, pasta, baked goods, breading, meat analogues): check label"),
    # soy
    ("* -FO", r"\bsoy|soya|soybean|tofu|tempeh|miso|natto|edamame|soymilk|tamari|shoyu|teriyaki|hoisin|okara"
          r"|yuba|meatless|veggie|vegetarian (fillets|meatloaf|burger)|soyburger|morningstar|worthington"
          r"|loma linda|gardenburger|isomil|prosobee|good start soy|textured vegetable protein|meat extender"
          r"|fuyu|koyadofu|bean curd|curd cheese", "soy", "soy named or typical (meat analogues, soy formulas)"),
    # sesame
    ("*", r"sesame|tahini|tahina|hummus|halavah|halva|benne", "sesame", "sesame named (hummus contains tahini)"),
]
# Masks: phrases blanked out of the name before that allergen's patterns are matched, so "coconut milk" does not
# mean milk while "coconut cream pudding, prepared with whole milk" still does. (allergen, pattern, why)
ALLERGEN_EXCEPT = [
    ("milk", r"coconut milk|soymilk|soy milk|almond milk|rice milk|milk substitutes?|milk, imitation, non-soy"
             r"|milkfish|human milk|milk, human|peanut butter|almond butter|sesame butter|cashew butter"
             r"|sunflower seed butter|apple butter|fruit butters?|cocoa butter|butterbur|butterhead|butternuts?"
             r"|butter beans|butterfish|buttercup|coconut cream|cream of (wheat|rice|tartar)|cream soda|cream style"
             r"|creamed corn|ice cream cones?|silk [a-z ]*creamer|non-dairy|nondairy|butter-flavor|\bshea"
             r"|english muffins?|muffins?, english|rice cakes?|cakes?, rice|corn cakes|pancake syrup"
             r"|syrups?, table blends, pancake(?!, with)|caramel color|angel ?food|fortune|vegan"
             r"|wheat flour, white, cake|cake flour|cracker barrel|soy yogurt|tofu yogurt|coconut yogurt"
             r"|alaskan ice cream",
     "non-dairy 'milks', nut/fruit butters, cream-style corn and words that only look dairy"),
    ("egg", r"eggplant|without egg|egg-free|nutmeg|rice cakes?|corn cakes|cakes?, rice|pancake syrup"
            r"|syrups?, table blends|english muffins?|muffins?, english|vegan|fortune|wheat flour, white, cake"
            r"|cake flour|dinosaur eggs|cracker barrel", "words that only look like egg"),
    ("wheat", r"buckwheat|wheat-free|gluten[- ]free|(rice|corn|potato|soy|chickpea|peanut|sesame|sunflower seed"
              r"|cottonseed|acorn|arrowroot|carob|millet|sorghum|coconut|almond|tapioca|teff) flours?|masa"
              r"|corn tortillas?|tortillas, ready-to-bake or -fry, corn|tortilla chips|taco shells?|cellophane"
              r"|rice cakes?|cakes?, rice|corn cakes|rice crackers?|pancake syrup|syrups?, table blends|breadfruit"
              r"|breadnut|popcorn cakes|bread, corn|piki bread|blue corn|kneel down|rice noodles|cream of rice"
              r"|crisps?, potato|potato crisps|tamari|cracker barrel|prego pasta|pasta sauce|spaghetti sauce"
              r"|marinara|pie spice|tortilla, blue corn",
     "gluten-free grains and flours, corn tortillas and corn breads"),
    ("tree-nuts", r"butternut squash|squash, winter, butternut|nutmeg|doughnuts?|nuts, coconut|coconut|water ?chestnuts"
                  r"|nuts, formulated, wheat-based|hazelnut-flavor|peanuts?",
     "not tree nuts (squash, nutmeg, doughnuts, coconut, water chestnut, peanuts, formulated 'nuts')"),
    ("fish", r"crawfish|crayfish|shellfish|jellyfish|goldfish|oyster sauce|vegetarian fillets|salmonberr",
     "not finfish"),
    ("shellfish", r"crab ?apples?|oyster mushrooms?|mushrooms, oyster|oyster crackers|scalloped", "not shellfish"),
    ("peanuts", r"peanut-free|without peanuts", "not peanuts"),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. DIET: what the food is made of ("kind") decides vegan/vegetarian/pescatarian; be conservative: a processed
#    food gets a diet tag only when its name makes the composition clear.
#    kind: plant, veg (dairy/egg/honey), fish (pescatarian), meat, unknown (no diet-pattern tag).
# ---------------------------------------------------------------------------------------------------------------
MEAT_WORDS = (r"\b(beef|pork|ham|hams|bacon|chicken|turkey|veal|lamb|mutton|goat|venison|deer|elk|moose|caribou"
              r"|bison|buffalo|bear|whale|seal|walrus|sea lion|squirrel|rabbit|duck|goose|owl|frog|turtle|liver"
              r"|meat|meats|sausage|salami|pepperoni|bologna|frankfurter|franks?|hot dog|wiener|jerky|lard|tallow"
              r"|gelatins?|gelatine|marshmallows?|gummy|gummi|suet|broth|bouillon|stock|gravy|pate|foie gras|chorizo"
              r"|pastrami|corned|prosciutto|giblets|tripe|tongue|oxtail|gizzard|kielbasa|bratwurst|meatballs?"
              r"|pemmican|poultry|ptarmigan|pheasant|quail|squab|emu|ostrich|opossum|raccoon|beaver|muskrat"
              r"|chitterlings|scrapple|cracklings|pork skins|rennin|rennet|carmine|agutuk|muktuk|oogruk)\b")
FISH_WORDS = (r"\b(fish|salmon|tuna|cod|anchov\w*|sardines?|herring|mackerel|pollock|tilapia|catfish|trout"
              r"|halibut|haddock|flounder|sole|snapper|shrimp|prawns?|crab|crabmeat|lobster|crayfish|clams?"
              r"|oysters?|mussels?|scallops?|squid|calamari|octopus|abalone|cuttlefish|whelk|conch|caviar|roe|lox"
              r"|surimi|seafood|worcestershire|caesar|smelt|whitefish|sheefish|blackfish|lingcod|pike|steelhead"
              r"|cockles|chiton|ascidians|tunicate|oopah|sea cucumber|devilfish|jellyfish|snails?|escargot)\b")
VEG_ANIMAL_WORDS = (r"\b(milk|cheese|cheddar|mozzarella|parmesan|butter|buttermilk|cream|yogurt|whey|casein|ghee"
                    r"|eggs?|egg yolks?|honey|custard|pudding|ice cream|mayonnaise|kefir|eggnog|alfredo|au gratin"
                    r"|scalloped|souffle|milk chocolate|white chocolate|nougat|caramel|toffee|fudge)\b")
# Groups whose foods are whole plant foods by default (kind=plant unless an animal word is named).
PLANT_KIND_GROUPS = "V F L N C S"
# Processed groups: kind=plant only for these clearly plant-only names; vegetarian only for these.
PLANT_WHITELIST = [
    ("B", r"(oats|oatmeal), (regular|instant|quick)(, (regular and quick|and instant))?, (not fortified|"
          r"unenriched|fortified, plain)|quaker, quick oats|oatmeal organic, regular|oat bran|whole wheat (hot )?"
          r"natural|wheatena|farina|cream of (wheat|rice)|grits(?!.*(flavor|cheese|bacon|ham|butter))"
          r"|(rice|wheat|millet), puffed|wheat germ, (toasted, plain|regular)|toasted wheat bran"
          r"|malt-o-meal, (original|farina)|shredded wheat, original|mini-wheats, unfrosted",
     "plain hot and puffed cereals"),
    ("SN", r"popcorn, (air|oil)-popped|potato chips, (plain|salted|unsalted)|chips, potato, plain"
           r"|tortilla chips, (plain|unsalted|white corn|yellow)|rice cakes|pretzels, hard, plain|banana chips"
           r"|corn nuts|sweet potato chips|taro chips|plantain chips|potato sticks|^snacks, (potato|tortilla) chips,"
           r" plain", "plain chips, popcorn, pretzels, rice cakes"),
    ("SW", r"^sugars?|^sugar,|^syrups?, (corn|malt|sorghum|cane|maple)|^syrup, cane|sweetener, syrup, agave|molasses"
           r"|^jams|^jellies|marmalade|preserves|cocoa, dry powder|baking chocolate, unsweetened|maple", 
     "sugars, syrups, jams, plain cocoa"),
    ("BV", r"^(beverages, )?water, (bottled|tap)|beverages, water|mineral.*water|spring water|coffee, (brewed"
           r"|instant, (regular|decaffeinated))|tea, (black|green|oolong|herb|hibiscus)"
           r".*brewed|tea, instant, (decaffeinated, )?unsweetened|carbonated|\bcola\b|\bsoda\b|ginger ale|root beer"
           r"|tonic|club soda|almond milk|rice milk|coconut water|energy drink|lemonade|limeade|fruit punch"
           r"|juice|powerade|gatorade|propel|distilled", "water, coffee, tea, sodas, juices, plain plant milks"),
    ("FO", r"^oil, |^oil,|vegetable oil|olive oil|^oil ", "plant oils"),
    ("BF", r"^babyfood, (fruit|vegetables?|juice|carrots|apples|potatoes|peas and brown|corn and sweet"
           r"|banana with mixed|banana apple dessert|sweet potatoes|squash|green beans|tropical fruit medley)"
           r"|^babyfood, water", "baby fruit and vegetable purees and juices"),
    ("BK", r"^bread, (french|vienna|italian|pita)|^tortillas, ready-to-bake or -fry, corn|^matzo",
     "lean breads (flour, water, yeast, salt) and corn tortillas"),
]
VEGETARIAN_GROUPS = "D BK SW SN B BV FO BF"   # vegetarian unless a meat/fish/gelatin word is named
UNKNOWN_KIND_GROUPS = "FF RF ME SP"            # no diet-pattern tag unless explicitly vegetarian/meatless
EXPLICIT_VEGETARIAN = r"vegetarian|meatless|veggie|vegan"
# Phrases blanked out before the meat/fish/animal word tests (they only look animal).
KIND_MASK = (r"coconut meat|grated meat|poultry seasoning|mushrooms?, oyster|oyster mushrooms?|salmonberr|scalloped"
             r"|meat extender|cocoa butter|peanut butter|fruit butter|apple butter|alaskan ice cream|beefsteak tomato"
             r"|butterbur|butterhead|butternut|milkfish|chicken of the woods|fish sauce-free")
# Kind overrides (pattern, kind, why): checked first.
KIND_OVERRIDES = [
    (r"refried beans(?!, canned, (vegetarian|fat-free))|frijoles rojos volteados|beans, baked, home prepared"
     r"|cowpeas.*canned with pork", "unknown", "traditional refried/baked beans are often made with lard or pork"),
    (r"\(alaska native\)|\(navajo\)|\(hopi\)|\(apache\)|\(klamath\)|\(shoshone", None, ""),
]
DRINK_NONVEGAN = r"beer|wine|cider|sake|liqueur|daiquiri|pina colada|tequila sunrise|whiskey sour|malt liquor" \
                 r"|alcoholic beverage, wine|creme de menthe|hard lemonade"
# ^ alcoholic drinks: fining agents may be animal-derived; no diet-pattern tag (as starter's beer/wine)

# Gluten: names with gluten grains or not reliably gluten-free (as starter: oats only when certified).
GLUTEN_WORDS = (r"wheat|barley|\brye\b|oat|malt|spelt|kamut|triticale|bulgur|couscous|semolina|farina|durum"
                r"|seitan|gluten(?![- ]free)|\bflour\b(?!.*(rice|corn|potato|soy|chickpea|peanut|sesame|sunflower"
                r"|cottonseed|acorn|arrowroot|carob|millet|sorghum|buckwheat|tapioca|teff|masa))|beer|\bale\b"
                r"|lager|bread|breaded|batter|pasta|noodle|cracker|cookie|cake|pie|pastry|muffin|bagel"
                r"|biscuit|pretzel|cereal|granola|soy sauce made from soy and wheat|shoyu|teriyaki|hoisin"
                r"|stuffing|croutons|gravy|meatless|veggie|vegetarian|soyburger|loma linda|worthington"
                r"|morningstar|gardenburger|seasoning mix|bouillon|imitation|surimi|licorice")
GLUTEN_FREE_GROUPS = "V F L N C S D FS BE PK LA PO AI"   # naturally gluten-free when plain (NOVA 1-3)
GLUTEN_FREE_EXTRA = [
    ("B", r"corn grits|hominy grits|cream of rice|rice, puffed|millet, puffed", "plain corn/rice/millet cereals"),
    ("SW", r"^sugars?|^sugar,|^honey|^syrups?, (corn|sorghum|cane|maple)|^syrup, cane|sweetener, syrup, agave"
           r"|molasses|^jams|^jellies|marmalade|preserves|cocoa, dry powder|baking chocolate, unsweetened|maple",
     "sugars, plain syrups, jams, plain cocoa"),
    ("BV", r"^(beverages, )?water, (bottled|tap)|beverages, water|mineral.*water|spring water|coffee, (brewed|instant,"
           r" (regular|decaffeinated))|tea, (black|green|oolong|herb|hibiscus).*brewed|carbonated|\bcola\b|\bsoda\b"
           r"|ginger ale|tonic|club soda|(?<!with )juice(?!.*drink)|wine|distilled"
           r"|cider|sake|almond milk, unsweetened"
           r"|coconut water|rice milk", "plain drinks, wine, spirits, cider"),
    ("FO", r"^(oil|lard|fat, |fish oil|butter, |vegetable oil, |olive oil|canola oil|meat drippings)"
           r"(?!.*(spread|margarine|shortening|mayonnaise|dressing))", "plain oils and fats"),
    ("SN", r"popcorn, (air|oil)-popped|rice cakes|potato chips, plain", "plain popcorn, rice cakes, chips"),
    ("BF", r"^babyfood, (fruit|vegetables?|juice|carrots|apples|potatoes|sweet potatoes|squash|green beans)"
           r"|^babyfood, water|cereal, rice", "baby fruit and vegetable purees, juices, rice cereal"),
    ("BK", r"^tortillas, ready-to-bake or -fry, corn", "corn tortillas"),
]
DAIRY_FREE_GROUPS = "V F L N C S FS BE PK LA PO AI"      # when no dairy word is named
# (plus the PLANT_WHITELIST items above and plain eggs)

# Low-FODMAP: only clearly low foods at a normal serving (Monash app), plain forms. (scope, pattern, why)
LOW_FODMAP = [
    ("V", r"^(spinach|kale|lettuce|carrots?|cucumber|tomatoes, red|eggplant|peppers, sweet, green|bok choy"
          r"|cabbage, (raw|cooked|common|red|chinese \(pak-choi\))|beans, snap, green|potatoes|chives"
          r"|ginger root|bamboo shoots|parsnips|turnips, (raw|cooked)|radishes, raw|arugula|endive|okra"
          r"|waterchestnuts|chard|collards|cress|alfalfa|sprouts|bean sprouts|mung beans, mature seeds, sprouted"
          r"|olives|seaweed, (nori|laver|wakame)|lemon grass|parsley|coriander|squash, (winter, (butternut|acorn"
          r"|spaghetti)|summer, (crookneck|scallop|zucchini))|pumpkin, raw|pumpkin, cooked|corn, sweet, (yellow|white),"
          r" (raw|cooked)|tomatillos|fennel, bulb|rutabagas|kohlrabi|celeriac|yam|taro|cassava|sweet potato)"
          r"(?!.*(canned|sauce|with|pickled|dry mix|mashed|french|fried|juice|salted|puffs|au gratin|scalloped"
          r"|souffle|cream|relish|dehydrated|home-prepared))", "low-FODMAP vegetables (Monash), plain"),
    ("F", r"^(oranges|tangerines|clementines|kiwifruit|strawberries|blueberries|grapes|pineapple, raw|lemons?"
          r"|limes|melons, (cantaloupe|honeydew)|papayas?|raspberries|passion-fruit, .*raw|rhubarb|carambola"
          r"|durian|dragon|rambutan|olives)(?!.*(juice|canned|dried|syrup|sweetened|sauce|nectar))",
     "low-FODMAP fruits (Monash), fresh"),
    ("L", r"^tofu, (firm|extra firm|hard|raw, firm)|^tempeh|^peanuts|^lentils, mature seeds, cooked(?!.*)",
     "firm tofu, tempeh, peanuts"),
    ("N", r"^nuts, (walnuts, english|macadamia|pecans|brazilnuts|pine nuts|peanuts)(?!.*(glazed|honey|salted))"
          r"|^seeds, (pumpkin|chia|flaxseed|sunflower seed kernels, dried|sesame seeds)", "low-FODMAP nuts/seeds"),
    ("C", r"^rice(?!.*(flour|noodles))|^quinoa|^millet|^buckwheat|^amaranth|^sorghum grain|^teff|^polenta"
          r"|^cornmeal|^oats|^wild rice|^tapioca|^cornstarch", "rice, quinoa, millet and other low-FODMAP grains"),
    ("S", r"^spices, (basil|bay|caraway|cardamom|cinnamon|cloves|coriander|cumin|dill|fennel|fenugreek|ginger"
          r"|mace|marjoram|mustard seed|nutmeg|oregano|paprika|parsley|pepper, (black|white|red)|poppy|rosemary"
          r"|saffron|sage|tarragon|thyme|turmeric|allspice|anise|chervil|savory)|^basil|^thyme, fresh"
          r"|^rosemary|^spearmint|^peppermint|^dill weed|^salt|^vinegar, (distilled|red wine)|^mustard, prepared",
     "single spices and herbs (not garlic/onion powder)"),
    ("D", r"^cheese, (cheddar|parmesan|swiss|mozzarella|feta|brie|camembert|colby|edam|gouda|gruyere|monterey"
          r"|provolone|romano|havarti|muenster|brick|goat, (hard|semisoft))|^butter|^egg, (whole|white|yolk)"
          r"|^eggs?, ", "hard/ripened cheeses, butter, eggs"),
    ("FS BE PK LA PO", r"raw|cooked, (dry heat|moist heat)|roasted|broiled|braised|baked|steamed|grilled",
     "plain meat, poultry and fish"),
    ("FO", r"^oil,|^lard|^fat, |tallow|^butter|vegetable oil|olive oil", "oils and fats"),
    ("BV", r"water|coffee, (brewed|instant, (regular|decaffeinated))|tea, (black|green), brewed|almond milk"
           r", unsweetened", "water, coffee, tea, unsweetened almond milk"),
    ("SW", r"^sugars, granulated|^sugar, turbinado|maple syrup|^syrups?, maple|cocoa, dry powder, unsweetened",
     "table sugar, maple syrup, cocoa"),
    ("SN", r"popcorn, air-popped|rice cakes|potato chips, plain", "popcorn, rice cakes, plain chips"),
]
LOW_FODMAP_EXCEPT = (r"breaded|batter|fried|sauce|gravy|stuffed|stuffing|marinated|seasoned|teriyaki|barbecue"
                     r"|honey|garlic|onion|with |sausage|canned|cured|smoked|ham|bacon|frankfurter|bologna|salami"
                     r"|luncheon|deli|imitation|surimi|pate|liver|mechanically|ground, .*patties|processed|pickled")

# ---------------------------------------------------------------------------------------------------------------
# 9. ADDED SUGARS (g/100 g): (scope, pattern, method, param, why). First match wins.
#    methods: "all" = all sugars are added; "share" = param x total; "minus" = total - param;
#    "base" = total - sugars of the unsweetened counterpart (found by build_catalog.base_sugar());
#    "zero" = 0 (estimate); "zero-unless-upf" = 0 unless NOVA 4 (then no rule applies);
#    "none" = leave empty (cannot estimate). Result is clamped to 0..total.
#    Foods no rule matches: NOVA 1/2 foods = 0 (not an estimate), total sugars 0 = 0, else empty.
# ---------------------------------------------------------------------------------------------------------------
ADDED_SUGARS = [
    # fruit
    ("F", r"cranberries, dried, sweetened", "share", 0.85, "raw cranberries hold ~4 g sugar: most is added"),
    ("F", r"blueberries, dried, sweetened|cherries, tart, dried, sweetened", "share", 0.6,
     "sweetened dried berries: ~60% of sugar added (fruit sugars concentrated by drying)"),
    ("F", r"mango, dried, sweetened", "share", 0.25, "dried mango is naturally ~60 g sugar/100 g"),
    ("F", r"papaya, canned, heavy syrup", "share", 0.85, "syrup-infused papaya: mostly added sugar"),
    ("F", r"candied|maraschino", "share", 0.9, "candied fruit: ~90% of sugars from syrup"),
    ("F", r"cranberry sauce|cranberry-orange relish", "share", 0.9, "sweetened cranberry sauce"),
    ("F", r"syrup|(?<!un)(?<!not )sweetened|with added sugar|with sugar|\bspiced\b", "base", None,
     "total sugars minus the sugars of the same fruit unsweetened (water pack, unsweetened or raw)"),
    ("F", r"\bnectar\b|juice drink|juice cocktail|smoothie", "share", 0.7,
     "nectars and juice drinks: ~30% fruit/juice sugars, the rest added (labels)"),
    ("F", r"plantains, yellow, fried", "zero", None, "ripe plantain sugars are intrinsic"),
    # dairy
    ("D", r"condensed, sweetened|dulce de leche", "minus", 12.0, "sweetened condensed milk: ~12 g lactose/100 g"),
    ("D", r"yogurt, greek.*(strawberry|vanilla|fruit)|greek, (strawberry|vanilla|fruit)", "minus", 3.5,
     "flavoured Greek yogurt: total sugars minus ~3.5 g lactose (plain Greek 3.2-4.0)"),
    ("D", r"yogurt.*(fruit|vanilla|chocolate|lemon|strawberry|flavor)", "minus", 4.7,
     "flavoured yogurt: total minus ~4.7 g lactose (plain low-fat yogurt), fruit-prep sugars counted as added "
     "(as starter)"),
    ("D", r"low calorie sweetener|sweetened with low|no sugar added|sugar free|sweetened without sugar", "zero",
     None, "sweetened with non-sugar sweeteners: sugars are lactose"),
    ("D", r"ice cream|frozen yogurt|milk shakes?|shake|sundae|frozen novelt|milk dessert|creamsicle"
          r"|light ice cream", "minus", 6.0, "frozen dairy desserts: total minus ~6 g lactose (as starter)"),
    ("D", r"dessert topping|whipped topping|cream substitute|creamer|reddi wip|whipped cream substitute", "all",
     None, "non-dairy toppings and flavoured creamers: sugars are added (corn syrup/sugar)"),
    ("D", r"chocolate|eggnog|flavored|strawberry|vanilla|beverage|instant breakfast|milkshake", "minus", 4.8,
     "flavoured milks: total minus ~4.8 g lactose"),
    ("D", r"egg yolk.*sugared", "all", None, "sugared yolk: the sugar is added"),
    ("D", r".", "zero", None, "plain dairy: sugars are lactose (not added)"),
    # sweets
    ("SW", r"milk chocolate|white chocolate|fudge|caramels?|toffee|butterscotch|nougat|milky way|kit kat|twix"
           r"|3 musketeers|symphony|crunch|hershey|toblerone|whatchamacallit|york|after eight|dove", "minus", 5.0,
     "milk-containing candies: total minus ~5 g lactose from milk solids"),
    ("SW", r"unsweetened|cocoa, dry powder|^gelatins|^gums|pectin", "zero", None, "unsweetened cocoa/chocolate, "
                                                                                  "gelatin, gums"),
    ("SW", r"sweeteners?, tabletop|sweeteners, for baking", "all", None, "sweetener packets: the sugars are "
                                                                          "dextrose/maltodextrin fillers"),
    ("SW", r"dry mix(?!.*prepared)", "all", None, "dessert mixes as sold: sugars are added"),
    ("SW", r"ice creams?|frozen yogurts?|sherbet|pudding|custard|flan|rennin|milk dessert"
           r"|frozen novelties, ice cream|sundae|klondike|creamsicle|fudge twirl", "minus", 4.5,
     "dairy desserts: total minus ~4.5 g lactose"),
    ("SW", r"jams|jellies|preserves|marmalade|fruit butter|toppings, (strawberry|pineapple)|pie fillings",
     "share", 0.85, "jams and fruit toppings: ~15% of sugar from the fruit"),
    ("SW", r"chocolate, dark|semisweet|special dark|baking chocolate, (mars|semisweet)", "all", None,
     "dark chocolate: cocoa solids hold negligible sugar (as starter)"),
    ("SW", r"raisins|fruit and nut|tamarind|fruit leather|fruit snacks|fruit bars|juice bars", "share", 0.6,
     "candies with fruit: ~40% of sugar from fruit (estimate)"),
    ("SW", r"sugar free|sugarless|dietetic|no sugar added|sucralose|aspartame|saccharin|low calorie",
     "zero", None, "sugar-free products"),
    ("SW", r".", "all", None, "sugars, syrups, candies, desserts: sugars are added (free sugars)"),
    # drinks
    ("BV", r"(?<!with )\bjuice\b(?!.*(drink|cocktail|punch|blend, ocean|cran|light|splash|v-fusion))|unsweetened|diet"
           r"|zero|sugar free|sugar-free|low calorie|brewed|water|club soda|coffee, instant, (regular|decaf)"
           r"|espresso", "zero", None, "100% juice, unsweetened and diet drinks"),
    ("BV", r"prepared with (whole|fat free|1%|2%|reduced fat)? ?milk|milk based|milk beverage|chocolate milk"
           r"|shake, fast food|muscle milk|ensure|boost|slimfast|special k protein shake|whey and milk",
     "minus", 4.8, "milk-based drinks: total minus ~4.8 g lactose"),
    ("BV", r"v-fusion|v8 splash smoothies|light cranberry|cran-energy|juice blend|apple juice drink, light"
           r"|ocean spray, (cran|diet|light|ruby|white)|cranberry|juice drink|fruit juice drink",
     "share", 0.7, "juice drinks with added sugar: ~30% of sugars from juice"),
    ("BV", r"wine|beer|cider|sake|malt liquor|malt beverage|distilled", "zero", None,
     "sugars in beer/wine are residual grape/grain sugars (not added), cf. starter wine"),
    ("BV", r".", "all", None, "sodas, sweetened teas and coffees, powders, energy and fruit-flavoured drinks: "
                              "all sugars added (as starter's cola)"),
    # cereals, baked, snacks
    ("B", r"raisin|fruit|berr|date|apple|banana|cranberr|peach|cherr|medleys|familia|alpen|muesli", "share", 0.7,
     "cereals with dried fruit: ~30% of sugar from fruit (estimate)"),
    ("B", r"(oats|oatmeal), (regular|instant|quick)(, (regular and quick|and instant))?, (not fortified"
          r"|unenriched|fortified, plain)|quick oats|oatmeal organic, regular|oat bran|whole wheat (hot )?natural"
          r"|wheatena|farina|cream of (wheat|rice)|grits(?!.*(flavor|cheese))|puffed|wheat germ, (toasted, plain"
          r"|regular)|toasted wheat bran|malt-o-meal, (original|farina)|multigrain oatmeal", "zero", None,
     "plain hot cereals and puffed grains"),
    ("B", r".", "minus", 1.0, "sweetened cereals: total minus ~1 g intrinsic grain sugar (as starter)"),
    ("BK", r"fruit|raisin|apple|blueberry|cherry|peach|banana|pumpkin|date|fig|cranberr|lemon|orange|strawberr"
           r"|zucchini|carrot", "share", 0.7, "baked goods with fruit: ~30% of sugar from fruit (estimate)"),
    ("BK", r"^bread|^rolls|^bagels|^english muffins|^tortillas|^crackers|^matzo|^pita|^melba|^croutons"
           r"|^breadsticks|^crisp bread", "minus", 0.4,
     "breads and crackers: total minus ~0.4 g flour sugars (as starter)"),
    ("BK", r".", "minus", 0.5, "cakes, cookies, pastries, pies: total minus ~0.5 g flour sugars"),
    ("SN", r"banana chips|fruit|raisin|trail mix|plantain", "share", 0.5,
     "snacks with fruit or fruit-based: ~half the sugar intrinsic (estimate)"),
    ("SN", r"popcorn, (air|oil)-popped|potato chips|tortilla chips|corn chips|pretzels|pork skins|rice cakes"
           r"|corn nuts|taro chips|sweet potato chips|potato sticks", "zero", None,
     "plain starchy snacks: sugars intrinsic"),
    ("SN", r"granola bar|cereal bar|caramel|candy|sweet|honey|chocolate|fruit-flavored|yogurt|crisped rice bar"
           r"|snack bar|nutri-grain|nature valley|kashi|special k|quaker chewy|breakfast bar|rice krispies treats",
     "minus", 1.0, "sweet snack bars: total minus ~1 g (as starter's granola bar)"),
    # meats: sugars in processed meats come from dextrose/corn syrup/sugar in the cure (as starter)
    ("SA", r".", "all", None, "sugars in processed meats come from dextrose/corn syrup in the cure (as starter)"),
    ("BE PK LA PO", r"cured|ham|bacon|sausage|frankfurter|barbecue|bbq|honey|glazed|teriyaki|luncheon|roll"
                    r"|breaded|nuggets", "all", None, "sugars in cured/processed meats are added"),
    # sauces and condiments
    ("V", r"catsup", "share", 0.75, "ketchup: ~25% of sugar from tomato (estimate)"),
    ("V", r"cream style", "base", None, "cream-style corn usually has added sugar: minus whole-kernel corn"),
    ("V", r"relish|pickles, cucumber, sweet|harvard|pickle relish|chowchow|candied|syrup pack", "base", None,
     "sweet pickles/relish, harvard beets, candied sweet potato: minus the unsweetened counterpart"),
    ("SP", r"barbecue|sweet and sour|teriyaki|hoisin|plum sauce|duck sauce|cranberry|honey mustard|chili sauce"
           r"|ketchup|catsup|glaze", "share", 0.85, "sweet sauces: ~15% of sugar from fruit/tomato (estimate)"),
    ("SP", r".", "none", None, "soups, sauces and gravies: recipe unknown (left empty)"),
    ("L", r"baked, canned|baked beans|(?<!un)sweetened|yokan|bbq|barbecue|brown sugar|sweet sauce", "share", 0.75,
     "baked/sweetened beans: ~25% of sugar intrinsic (estimate)"),
    ("L", r"soymilk.*(unsweetened)|^silk (unsweetened|plain|light plain)|silk original creamer", "zero", None,
     "unsweetened/plain soy drinks: sugars from soy"),
    ("L", r"soymilk|^silk|soy yogurt|creamer|nog", "minus", 1.0,
     "sweetened soy drinks/yogurts: total minus ~1 g soy sugars (unsweetened soymilk 0.4 g)"),
    ("L", r"peanut butter|peanut spread", "minus", 4.9,
     "peanut butter: total minus 4.9 g intrinsic peanut sugars (as starter)"),
    ("N", r"(?<!not )(?<!un)sweetened|glazed|honey roasted|almond paste|coconut cream, canned", "base", None,
     "sweetened nuts/coconut: minus the unsweetened counterpart"),
    ("FS", r"gefiltefish.*sweet|teriyaki|glazed", "all", None, "sweetened fish products"),
    ("FF RF ME", r"shake|sundae|ice cream|frozen dairy|milk ?shake|smoothie|frozen yogurt", "minus", 5.0,
     "fast-food frozen desserts: total minus ~5 g lactose"),
    ("FF RF ME", r"soft drink|cola|lemonade|sweetened tea|iced tea", "all", None, "sweetened drinks"),
    ("FF RF ME", r"cookie|pie|cinnamon roll|danish|doughnut|brownie|cake|pastry|sweet roll|muffin", "minus", 0.5,
     "fast-food sweets: total minus ~0.5 g flour sugars"),
    ("BF", r"dessert|cookie|pudding|custard|cobbler|tutti|honey|snack|bar\b|pretzel|zwieback|biscuit|mum mum"
           r"|melts|fruit strips|splashers|formula|yogurt|with sugar|dutch apple|peach melba", "none", None,
     "baby desserts, snacks, formula: recipe unknown (left empty)"),
    ("BF", r".", "zero-unless-upf", None, "baby fruit/vegetable purees, juices, meats and dinners: no sugar added "
                                          "(US baby purees are unsweetened)"),
    ("FF RF ME", r".", "none", None, "mixed dishes: recipe unknown (left empty)"),
    ("AI", r"agutuk|berry beverage|chilchen", "none", None, "traditional recipes: unknown"),
    ("FO", r"dressing|mayonnaise|sandwich spread", "share", 0.8, "dressings: most sugar added (estimate)"),
    ("S", r"seasoning mix|taco|mustard, prepared|horseradish|vanilla extract|balsamic", "none", None,
     "condiments/mixes: cannot split (left empty)"),
    ("V F L N C S FS", r".", "zero-unless-upf", None,
     "canned, salted, dried or roasted plant foods and fish: salt/brine/oil only, no sugar added (estimate)"),
]

# ---------------------------------------------------------------------------------------------------------------
# 10. BEVERAGE (drinks count toward beverage water): (scope, pattern, is_beverage, why). First match wins.
# ---------------------------------------------------------------------------------------------------------------
BEVERAGE = [
    ("*", r"powder(?!.*prepared)|dry mix(?!.*prepared)|\bmix, (powder|dry)|(?<!from )concentrate(?!.*(prepared|diluted))"
          r"|not reconstituted|undiluted|syrup|creamer|whitener(?!.*prepared)|instant, regular, powder"
          r"|instant, decaffeinated, powder|coffee, instant, (with )?chicory$|coffee, instant, mocha"
          r"|coffee, instant, vanilla|french vanilla cafe|with whitener|coffee and cocoa|tea, instant, .*powder"
          r"|tea, instant, (unsweetened|decaffeinated), (unsweetened|lemon)(?!.*prepared)|drink mix"
          r"|whey protein|protein powder|shake mix|scoop|chocolate-flavor beverage mix for milk, powder",
     False, "powders, syrups, concentrates and creamers are not drunk as sold"),
    ("BV", r".", True, "beverages"),
    ("F V BF", r"^[^,]*\bjuice\b|^juice,|v8 |tomato juice$|vegetable juice|juice cocktail|\bnectar\b|smoothie"
               r"|juice drink|^babyfood, (water|juice)", True, "juices and smoothies (not fruit canned in juice)"),
    ("D", r"milk, (whole|reduced fat|lowfat|nonfat|fluid|low sodium|goat|sheep|indian buffalo|human|producer"
          r"|chocolate, (fluid|lowfat|fat free)|buttermilk, fluid)|milk, filled, fluid|milk substitutes, fluid"
          r"|milk, imitation|milk shakes|eggnog|kefir|milk beverage", True, "fluid milks, milk drinks, kefir"),
    ("L", r"soymilk|^silk (?!.*(yogurt|creamer))|vitasoy.*soymilk", True, "soy milk (as starter)"),
    ("N", r"coconut water", True, "coconut water"),
    ("FF RF", r"shake|soft drink|cola|lemonade|coffee|iced tea|smoothie|orange juice|milk, ", True, "drinks"),
    ("BF", r"formula, .*(ready-to-feed|prepared|ready to feed)|juice", True, "ready-to-drink formula and juices"),
]

# ---------------------------------------------------------------------------------------------------------------
# 11. SYNONYMS: (pattern, synonyms ";"-list). All matching rules add synonyms (common alternative names).
# ---------------------------------------------------------------------------------------------------------------
SYNONYMS = [
    (r"^chickpeas", "garbanzo;garbanzo beans;chana"),
    (r"squash, summer, zucchini|^squash, zucchini", "courgette;zucchini"),
    (r"^eggplant", "aubergine;brinjal"),
    (r"^coriander \(cilantro\)|^spices, coriander leaf", "cilantro;coriander leaves;chinese parsley"),
    (r"^beets, ", "beetroot"),
    (r"^peppers, sweet", "bell pepper;capsicum"),
    (r"^rutabagas", "swede;neeps"),
    (r"^arugula", "rocket;roquette"),
    (r"^cornsalad", "lamb's lettuce;mache"),
    (r"^onions, spring or scallions", "scallions;green onions;spring onions"),
    (r"^broadbeans|^beans, fava", "fava beans;broad beans"),
    (r"^cowpeas, common|^cowpeas \(blackeyes\)", "black-eyed peas;blackeyed peas"),
    (r"^okra", "ladies' fingers;bhindi"),
    (r"^jerusalem-artichokes", "sunchoke;sunroot"),
    (r"^yambean", "jicama"),
    (r"^papayas", "pawpaw"),
    (r"^litchis", "lychee;litchi"),
    (r"^tangerines", "mandarin;mandarin orange"),
    (r"^melons, cantaloupe", "rockmelon;muskmelon"),
    (r"^beans, snap, green", "green beans;string beans;french beans"),
    (r"^soymilk|soymilk$", "soy milk;soya milk"),
    (r"^nuts, hazelnuts", "filberts;cobnuts"),
    (r"^seeds, flaxseed", "linseed"),
    (r"^seeds, pumpkin and squash seed kernels", "pepitas"),
    (r"^chard, swiss", "silverbeet;swiss chard"),
    (r"^crustaceans, shrimp", "prawns"),
    (r"^frankfurter", "hot dog;wiener;frank"),
    (r"^catsup", "ketchup;tomato ketchup"),
    (r"^carambola", "star fruit"),
    (r"^cabbage, chinese \(pak-choi\)", "bok choy;pak choi"),
    (r"^cabbage, chinese \(pe-tsai\)|^cabbage, napa", "napa cabbage;chinese cabbage"),
    (r"^mushrooms, brown, italian, or crimini", "cremini;chestnut mushrooms;baby bella"),
    (r"^mushrooms, portabella", "portobello"),
    (r"^squash, winter, butternut", "butternut pumpkin"),
    (r"^lentils", "dal;daal;dhal"),
    (r"^pigeon peas", "toor dal;arhar"),
    (r"^mungo beans", "urad;black gram"),
    (r"^beans, adzuki", "azuki;red beans"),
    (r"^edamame", "green soybeans"),
    (r"^yogurt", "yoghurt"),
    (r"^cheese, cottage", "cottage cheese"),
    (r"^plums, dried \(prunes\)", "prunes;dried plums"),
    (r"^raisins", "sultanas"),
    (r"^tofu", "bean curd"),
    (r"^seeds, sesame butter, tahini", "tahini;tahina"),
    (r"^spices, pepper, red or cayenne", "cayenne;chili flakes"),
    (r"^spices, turmeric", "haldi"),
    (r"^spices, cumin", "jeera"),
    (r"^alcoholic beverage, beer", "beer;lager;ale"),
    (r"^beverages, carbonated, cola", "soda;pop;soft drink;coke"),
    (r"^fish, mackerel, king", "kingfish"),
    (r"^fish, roughy, orange", "orange roughy"),
    (r"^fish, salmon, chinook, smoked, \(lox\)", "lox;smoked salmon"),
    (r"^cabbage, kimchi", "kimchee"),
    (r"^sauerkraut", "fermented cabbage"),
    (r"^taro", "dasheen;eddo"),
    (r"^cassava", "manioc;yuca"),
    (r"^quinoa", "quinoa"),
    (r"^bulgur", "bulghur;burghul"),
    (r"^wheat, kamut", "khorasan wheat"),
    (r"^buckwheat groats", "kasha"),
    (r"^corn, sweet", "sweetcorn;corn on the cob"),
    (r"^beverages, coffee, brewed", "coffee"),
    (r"^beverages, tea, black, brewed", "tea;black tea"),
    (r"^beverages, tea, green, brewed", "green tea"),
    (r"^milk, whole", "whole milk;full-fat milk"),
    (r"^milk, buttermilk", "buttermilk"),
]
