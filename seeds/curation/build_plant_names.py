#!/usr/bin/env python3
"""Write seeds/plant-species.csv: the common English name of every plant species key the catalog uses.

    python3 seeds/curation/build_plant_names.py               write the file (fails if a key has no curated name)
    python3 seeds/curation/build_plant_names.py --candidates  print, for each key, the foods that carry it

The app shows these names wherever a mother or nutritionist would otherwise see a botanical key (allium-cepa).
Candidates come from the names of the foods carrying each key (the first part of the USDA description); NAMES
below is the hand-curated result: short names a mother knows, distinct for related keys (Blueberry, Wild
blueberry). Where one key covers several familiar vegetables (Brassica oleracea is broccoli, cabbage and kale),
the name names the two best known. Python 3.11, standard library only.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_catalog import SEEDS, read_csv, write_atomic  # noqa: E402

OUT = os.path.join(SEEDS, "plant-species.csv")
SOURCES = (os.path.join(SEEDS, "foods.csv"), os.path.join(HERE, "overrides.csv"))

NAMES = {
    # vegetables: brassicas and alliums
    "brassica-oleracea": "Broccoli & cabbage", "brassica-rapa": "Turnip & bok choy", "brassica-juncea": "Mustard greens",
    "brassica-napus": "Rutabaga", "eruca-vesicaria": "Arugula", "lepidium-sativum": "Garden cress",
    "nasturtium-officinale": "Watercress", "raphanus-sativus": "Radish", "eutrema-japonicum": "Wasabi",
    "armoracia-rusticana": "Horseradish", "allium-cepa": "Onion", "allium-fistulosum": "Welsh onion",
    "allium-ampeloprasum": "Leek", "allium-sativum": "Garlic", "allium-schoenoprasum": "Chives",
    # nightshades, cucurbits
    "solanum-lycopersicum": "Tomato", "solanum-melongena": "Eggplant", "solanum-tuberosum": "Potato",
    "solanum-quitoense": "Naranjilla", "physalis-philadelphica": "Tomatillo", "physalis-peruviana": "Cape gooseberry",
    "capsicum-annuum": "Bell or chili pepper", "ipomoea-batatas": "Sweet potato", "ipomoea-aquatica": "Water spinach",
    "cucumis-sativus": "Cucumber", "cucumis-melo": "Melon", "cucumis-metuliferus": "Horned melon",
    "citrullus-lanatus": "Watermelon", "cucurbita-pepo": "Zucchini & pumpkin", "cucurbita-maxima": "Winter squash",
    "cucurbita-moschata": "Butternut squash", "momordica-charantia": "Bitter gourd",
    "lagenaria-siceraria": "Bottle gourd", "luffa-aegyptiaca": "Luffa", "benincasa-hispida": "Wax gourd",
    "sechium-edule": "Chayote",
    # leaves, stems, shoots
    "spinacia-oleracea": "Spinach", "tetragonia-tetragonioides": "New Zealand spinach",
    "basella-alba": "Malabar spinach", "lactuca-sativa": "Lettuce", "beta-vulgaris": "Beet & chard",
    "cichorium-intybus": "Chicory", "cichorium-endivia": "Endive", "taraxacum-officinale": "Dandelion",
    "amaranthus-tricolor": "Amaranth greens", "chenopodium-album": "Lambsquarters", "portulaca-oleracea": "Purslane",
    "corchorus-olitorius": "Jute leaves", "moringa-oleifera": "Moringa", "glebionis-coronaria": "Chrysanthemum greens",
    "borago-officinalis": "Borage", "rumex-crispus": "Curly dock", "rumex-arcticus": "Sourdock",
    "chamaenerion-angustifolium": "Fireweed", "phytolacca-americana": "Poke", "petasites-japonicus": "Butterbur",
    "apium-graveolens": "Celery", "foeniculum-vulgare": "Fennel", "asparagus-officinalis": "Asparagus",
    "cynara-cardunculus": "Artichoke", "phyllostachys-edulis": "Bamboo shoot",
    "matteuccia-struthiopteris": "Fiddlehead fern", "cibotium-glaucum": "Tree fern",
    "abelmoschus-esculentus": "Okra", "opuntia-ficus-indica": "Prickly pear", "sesbania-grandiflora": "Sesbania flower",
    "urtica-dioica": "Nettle", "typha-angustifolia": "Cattail", "salix-pulchra": "Willow leaves",
    "agave-americana": "Agave", "bactris-gasipaes": "Heart of palm", "medicago-sativa": "Alfalfa",
    # roots and tubers
    "daucus-carota": "Carrot", "pastinaca-sativa": "Parsnip", "tragopogon-porrifolius": "Salsify",
    "arctium-lappa": "Burdock", "helianthus-tuberosus": "Jerusalem artichoke", "manihot-esculenta": "Cassava",
    "colocasia-esculenta": "Taro", "xanthosoma-brasiliense": "Tahitian taro", "xanthosoma-sagittifolium": "Yautia",
    "dioscorea-alata": "Yam", "dioscorea-pentaphylla": "Mountain yam", "pachyrhizus-erosus": "Jicama",
    "maranta-arundinacea": "Arrowroot", "nelumbo-nucifera": "Lotus", "eleocharis-dulcis": "Water chestnut",
    "sagittaria-sagittifolia": "Arrowhead", "hedysarum-alpinum": "Mashu root", "pediomelum-esculentum": "Prairie turnip",
    "perideridia-gairdneri": "Yampah",
    # mushrooms and seaweeds
    "agaricus-bisporus": "Button mushroom", "cantharellus-cibarius": "Chanterelle", "flammulina-velutipes": "Enoki",
    "grifola-frondosa": "Maitake", "lentinula-edodes": "Shiitake", "morchella-esculenta": "Morel",
    "pleurotus-ostreatus": "Oyster mushroom", "volvariella-volvacea": "Straw mushroom",
    "auricularia-auricula-judae": "Wood ear", "auricularia-polytricha": "Cloud ear",
    "arthrospira-platensis": "Spirulina", "chondrus-crispus": "Irish moss", "gelidium-amansii": "Agar",
    "pyropia-yezoensis": "Nori", "saccharina-latissima": "Kelp", "undaria-pinnatifida": "Wakame",
    # legumes
    "phaseolus-vulgaris": "Kidney & green beans", "phaseolus-lunatus": "Lima bean", "vicia-faba": "Fava bean",
    "vigna-radiata": "Mung bean", "vigna-mungo": "Urad bean", "vigna-unguiculata": "Black-eyed pea",
    "vigna-angularis": "Adzuki bean", "vigna-aconitifolia": "Moth bean", "lablab-purpureus": "Hyacinth bean",
    "psophocarpus-tetragonolobus": "Winged bean", "cajanus-cajan": "Pigeon pea", "pisum-sativum": "Pea",
    "glycine-max": "Soybean", "cicer-arietinum": "Chickpea", "lens-culinaris": "Lentil", "lupinus-albus": "Lupin bean",
    "arachis-hypogaea": "Peanut", "ceratonia-siliqua": "Carob",
    # fruits
    "malus-domestica": "Apple", "malus-sylvestris": "Crabapple", "pyrus-communis": "Pear", "pyrus-pyrifolia": "Asian pear",
    "cydonia-oblonga": "Quince", "eriobotrya-japonica": "Loquat", "prunus-persica": "Peach",
    "prunus-armeniaca": "Apricot", "prunus-domestica": "Plum", "prunus-americana": "Wild plum",
    "prunus-avium": "Sweet cherry", "prunus-cerasus": "Sour cherry", "prunus-virginiana": "Chokecherry",
    "fragaria-ananassa": "Strawberry", "rubus-idaeus": "Raspberry", "rubus-fruticosus": "Blackberry",
    "rubus-loganobaccus": "Loganberry", "rubus-ursinus": "Boysenberry", "rubus-chamaemorus": "Cloudberry",
    "rubus-spectabilis": "Salmonberry", "vaccinium-corymbosum": "Blueberry", "vaccinium-angustifolium": "Wild blueberry",
    "vaccinium-uliginosum": "Bog blueberry", "vaccinium-membranaceum": "Huckleberry",
    "vaccinium-reticulatum": "Ohelo berry", "vaccinium-macrocarpon": "Cranberry", "vaccinium-vitis-idaea": "Lingonberry",
    "viburnum-edule": "Highbush cranberry", "ribes-nigrum": "Blackcurrant", "ribes-rubrum": "Redcurrant",
    "ribes-uva-crispa": "Gooseberry", "sambucus-nigra": "Elderberry", "morus-nigra": "Mulberry",
    "lycium-barbarum": "Goji berry", "rosa-woodsii": "Rose hip", "vitis-vinifera": "Grape",
    "vitis-labrusca": "Concord grape", "vitis-rotundifolia": "Muscadine grape", "citrus-sinensis": "Orange",
    "citrus-reticulata": "Mandarin", "citrus-limon": "Lemon", "citrus-aurantiifolia": "Lime",
    "citrus-paradisi": "Grapefruit", "citrus-maxima": "Pomelo", "citrus-japonica": "Kumquat",
    "musa-acuminata": "Banana", "musa-paradisiaca": "Plantain", "ananas-comosus": "Pineapple",
    "mangifera-indica": "Mango", "carica-papaya": "Papaya", "persea-americana": "Avocado",
    "actinidia-deliciosa": "Kiwi", "actinidia-chinensis": "Gold kiwi", "acca-sellowiana": "Feijoa",
    "passiflora-edulis": "Passion fruit", "punica-granatum": "Pomegranate", "ficus-carica": "Fig",
    "phoenix-dactylifera": "Date", "olea-europaea": "Olive", "diospyros-kaki": "Persimmon",
    "diospyros-virginiana": "American persimmon", "psidium-guajava": "Guava", "psidium-cattleyanum": "Strawberry guava",
    "annona-cherimola": "Cherimoya", "annona-muricata": "Soursop", "annona-reticulata": "Custard apple",
    "litchi-chinensis": "Lychee", "dimocarpus-longan": "Longan", "durio-zibethinus": "Durian",
    "artocarpus-heterophyllus": "Jackfruit", "artocarpus-altilis": "Breadfruit", "averrhoa-carambola": "Starfruit",
    "tamarindus-indica": "Tamarind", "ziziphus-jujuba": "Jujube", "manilkara-zapota": "Sapodilla",
    "pouteria-sapota": "Mamey sapote", "mammea-americana": "Mamey apple", "malpighia-emarginata": "Acerola",
    "eugenia-uniflora": "Surinam cherry", "syzygium-cumini": "Java plum", "syzygium-jambos": "Rose apple",
    "byrsonima-crassifolia": "Nance", "carissa-macrocarpa": "Natal plum", "rheum-rhabarbarum": "Rhubarb",
    # nuts and seeds
    "prunus-dulcis": "Almond", "anacardium-occidentale": "Cashew", "juglans-regia": "Walnut",
    "juglans-nigra": "Black walnut", "juglans-cinerea": "White walnut", "carya-illinoinensis": "Pecan",
    "carya-ovata": "Hickory nut", "corylus-avellana": "Hazelnut", "corylus-cornuta": "Beaked hazelnut",
    "bertholletia-excelsa": "Brazil nut", "macadamia-integrifolia": "Macadamia", "pistacia-vera": "Pistachio",
    "pinus-pinea": "Pine nut", "pinus-edulis": "Pinyon nut", "castanea-sativa": "Chestnut",
    "castanea-mollissima": "Chinese chestnut", "castanea-crenata": "Japanese chestnut", "cocos-nucifera": "Coconut",
    "fagus-grandifolia": "Beechnut", "quercus-alba": "Acorn", "ginkgo-biloba": "Ginkgo nut",
    "canarium-ovatum": "Pili nut", "brosimum-alicastrum": "Maya nut", "salvia-hispanica": "Chia",
    "linum-usitatissimum": "Flaxseed", "cannabis-sativa": "Hemp seed", "sesamum-indicum": "Sesame",
    "helianthus-annuus": "Sunflower seed", "carthamus-tinctorius": "Safflower seed", "gossypium-hirsutum": "Cottonseed",
    "sisymbrium-irio": "London rocket seed", "nuphar-polysepala": "Pond lily seed",
    # grains
    "triticum-aestivum": "Wheat", "triticum-durum": "Durum wheat", "triticum-spelta": "Spelt",
    "triticum-turanicum": "Kamut wheat", "triticosecale-rimpaui": "Triticale", "secale-cereale": "Rye",
    "hordeum-vulgare": "Barley", "avena-sativa": "Oats", "zea-mays": "Corn", "oryza-sativa": "Rice",
    "zizania-palustris": "Wild rice", "panicum-miliaceum": "Millet", "sorghum-bicolor": "Sorghum",
    "eragrostis-tef": "Teff", "fagopyrum-esculentum": "Buckwheat", "chenopodium-quinoa": "Quinoa",
    "amaranthus-hypochondriacus": "Amaranth grain",
    # herbs and spices
    "ocimum-basilicum": "Basil", "petroselinum-crispum": "Parsley", "coriandrum-sativum": "Coriander",
    "anethum-graveolens": "Dill", "anthriscus-cerefolium": "Chervil", "artemisia-dracunculus": "Tarragon",
    "thymus-vulgaris": "Thyme", "salvia-rosmarinus": "Rosemary", "salvia-officinalis": "Sage",
    "origanum-vulgare": "Oregano", "origanum-majorana": "Marjoram", "satureja-hortensis": "Savory",
    "mentha-piperita": "Peppermint", "mentha-spicata": "Spearmint", "laurus-nobilis": "Bay leaf",
    "cymbopogon-citratus": "Lemongrass", "dysphania-ambrosioides": "Epazote", "zingiber-officinale": "Ginger",
    "curcuma-longa": "Turmeric", "cinnamomum-verum": "Cinnamon", "syzygium-aromaticum": "Clove",
    "myristica-fragrans": "Nutmeg", "pimenta-dioica": "Allspice", "pimpinella-anisum": "Anise",
    "elettaria-cardamomum": "Cardamom", "carum-carvi": "Caraway", "cuminum-cyminum": "Cumin",
    "trigonella-foenum-graecum": "Fenugreek", "crocus-sativus": "Saffron", "papaver-somniferum": "Poppy seed",
    "piper-nigrum": "Black pepper", "sinapis-alba": "Mustard seed", "capparis-spinosa": "Caper",
    # drinks
    "coffea-arabica": "Coffee", "camellia-sinensis": "Tea", "theobroma-cacao": "Cocoa",
    "matricaria-chamomilla": "Chamomile", "hibiscus-sabdariffa": "Hibiscus", "thelesperma-megapotamicum": "Hopi tea",
}


def used_keys():
    """Every species key in the catalog and the starter overrides, with the names of the foods that carry it."""
    foods = collections.defaultdict(list)
    for path in SOURCES:
        for row in read_csv(path):
            for key in filter(None, (k.strip() for k in row["plant_species"].split(";"))):
                foods[key].append(row["name"])
    return foods


def main(argv):
    foods = used_keys()
    if "--candidates" in argv:
        for key in sorted(foods):
            firsts = collections.Counter(n.split(",")[0].strip().lower() for n in foods[key])
            print(f"{key}: {NAMES.get(key, '?')}  <- {'; '.join(w for w, _ in firsts.most_common(4))}")
        return 0
    missing = sorted(set(foods) - set(NAMES))
    if missing:
        print(f"no curated name for {len(missing)} keys (run with --candidates): {', '.join(missing)}")
        return 1
    unused = sorted(set(NAMES) - set(foods))
    rows = [{"key": k, "common_name": NAMES[k]} for k in sorted(NAMES)]
    write_atomic(OUT, ["key", "common_name"], rows)
    print(f"wrote {len(rows)} species names to {OUT}" + (f"; not in the catalog: {', '.join(unused)}" if unused else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
