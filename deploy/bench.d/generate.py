#!/usr/bin/env python3
"""Generates the benchmark's data files, the same on every run (fixed random seed).

  generate.py products DIR N_PRODUCTS   products.tsv and terms.tsv: N products, six terms each (one per UN language)
  generate.py screening DIR TRADERS     screening.json (1,000 items) and listings.tsv (the same items, for the matcher harness)
  generate.py declarations DIR          declarations.json: screening.json's items as parcel declarations, the seller
                                        named by its sender only, from senders.tsv (registered traders' legal names and
                                        countries): four in ten as registered, three with a letter left out, three not
                                        registered
  generate.py import FILE ROWS PREFIX   a trader CSV import file (the columns of deploy/seed/traders-example.csv),
                                        websites and stores named after PREFIX so that each run creates new traders
  generate.py numbered FILE LINES OUT   the import file again, each line with the registration number its import
                                        issued (LINES: the job's pages of lines, one JSON list a line): a file of
                                        traders as they are registered
"""
import csv
import json
import random
import sys

GENERA = """Abies Acacia Acer Aesculus Agave Allium Aloe Alnus Amaranthus Anthurium Apium Arachis Araucaria
Asparagus Avena Begonia Berberis Beta Betula Brassica Buxus Cactus Camellia Canna Capsicum Carica Carpinus
Castanea Cedrus Celosia Chamaecyparis Chrysanthemum Cicer Citrullus Citrus Clematis Coffea Cordyline Cornus
Corylus Cucumis Cucurbita Cupressus Cycas Cydonia Cymbidium Dahlia Daucus Dendrobium Dianthus Dracaena
Echinacea Eucalyptus Euonymus Fagus Ficus Forsythia Fragaria Fraxinus Fuchsia Gardenia Gladiolus Glycine
Gossypium Helianthus Hibiscus Hosta Hydrangea Ilex Ipomoea Iris Jasminum Juglans Juniperus Lactuca Larix
Lavandula Lilium Linum Lonicera Lupinus Magnolia Malus Mangifera Medicago Mentha Morus Musa Narcissus
Nerium Nicotiana Olea Opuntia Oryza Paeonia Papaver Passiflora Pelargonium Persea Petunia Phalaenopsis
Phaseolus Phoenix Picea Pinus Pistacia Pisum Platanus Populus Primula Prunus Psidium Punica Pyrus Quercus
Rhododendron Ribes Ricinus Rosa Rubus Salix Salvia Sambucus Secale Sequoia Solanum Sorbus Sorghum Spinacia
Syringa Taxus Thuja Tilia Triticum Tulipa Ulmus Vaccinium Viburnum Vicia Viola Vitis Wisteria Yucca Zea
Zinnia""".split()

# One product per genus and form; its six terms, one per UN language.
FORMS = [
    ("seeds", "seeds", {"en": "{g} seeds", "es": "semillas de {g}", "fr": "graines de {g}",
                        "ru": "семена {g}", "ar": "بذور {g}", "zh": "{g}种子"}),
    ("plants-for-planting", "live plants", {"en": "live {g} plant", "es": "planta viva de {g}",
                                            "fr": "plant vivant de {g}", "ru": "живое растение {g}",
                                            "ar": "نبات {g} حي", "zh": "{g}活体植物"}),
    ("plants-for-planting", "cuttings", {"en": "{g} cuttings", "es": "esquejes de {g}", "fr": "boutures de {g}",
                                         "ru": "черенки {g}", "ar": "عقل {g}", "zh": "{g}插条"}),
    ("bulbs-tubers", "bulbs", {"en": "{g} bulbs", "es": "bulbos de {g}", "fr": "bulbes de {g}",
                               "ru": "луковицы {g}", "ar": "أبصال {g}", "zh": "{g}球茎"}),
    ("plants-for-planting", "bonsai", {"en": "{g} bonsai tree", "es": "bonsái de {g}", "fr": "bonsaï de {g}",
                                       "ru": "бонсай {g}", "ar": "بونساي {g}", "zh": "{g}盆景"}),
    ("cut-flowers-foliage", "cut branches", {"en": "fresh {g} branches", "es": "ramas frescas de {g}",
                                             "fr": "branches fraîches de {g}", "ru": "свежие ветки {g}",
                                             "ar": "أغصان {g} طازجة", "zh": "新鲜{g}枝条"}),
]

# Species epithets, for lists longer than one product per genus and form.
EPITHETS = """alba nigra rubra lutea japonica chinensis sinensis europaea americana orientalis occidentalis
vulgaris officinalis sylvestris montana alpina maritima palustris arvensis hortensis sativa edulis dulcis
grandiflora parviflora macrophylla microphylla angustifolia latifolia tomentosa glabra pubescens villosa
elegans gracilis nana pumila gigantea repens scandens aurea argentea variegata purpurea coccinea caerulea""".split()

OTHER_GOODS = """wireless earbuds|cotton t-shirt size M|stainless steel water bottle|phone case for model X|
LED desk lamp|yoga mat non-slip|ceramic coffee mug|kids building blocks set|leather wallet|garden gloves|
watering can 5 l|plant pot terracotta 20 cm|grow light full spectrum|bird feeder|seedless grapes jam|
herbal tea sampler|scented candle|bamboo cutting board|hiking backpack 30 l|usb-c charging cable""".replace("\n", "").split("|")
WORDS = """quality fast shipping gift new original best price premium rare beautiful fresh healthy garden
home decor collection pack set pcs organic natural handmade vintage colourful outdoor indoor easy grow""".split()
COUNTRIES = ["FR", "DE", "ES", "IT", "NL", "BE", "PL", "US", "CA", "MX", "BR", "AR", "CN", "JP", "KR", "IN",
             "AU", "NZ", "ZA", "KE", "EG", "MA", "RU", "TR", "GB", "SE", "NO", "CH", "AT", "PT"]


def products(directory, count):
    """The first products are a genus in a form; past those (the scale mode's list), a species in a form."""
    product_id = 0
    with open(f"{directory}/products.tsv", "w") as p, open(f"{directory}/terms.tsv", "w") as t:
        for epithet in [""] + EPITHETS:
            for form_class, form_name, terms in FORMS:
                for genus in GENERA:
                    if product_id >= count:
                        return
                    product_id += 1
                    taxon = f"{genus} {epithet}" if epithet else genus
                    p.write(f"{product_id}\t{taxon} {form_name}\t{taxon} {form_name} sold online.\t{form_class}"
                            "\t2026-01-01T00:00:00Z\tbench\n")
                    for language, term in terms.items():
                        t.write(f"{product_id}\t{language}\t{term.format(g=taxon)}\n")


def listing(rng, index):
    if rng.random() < 0.2:
        _, _, terms = rng.choice(FORMS)
        language = rng.choice(list(terms))
        title = f"{rng.randint(5, 100)} pcs {terms[language].format(g=rng.choice(GENERA))} {rng.choice(WORDS)}"
    else:
        title = f"{rng.choice(OTHER_GOODS)} {rng.choice(WORDS)} {rng.choice(WORDS)}"
    description = " ".join(rng.choice(WORDS) for _ in range(30))
    return title, description


def screening(directory, traders):
    rng = random.Random(7)
    items = []
    for i in range(1000):
        title, description = listing(rng, i)
        item = {"id": f"parcel-{i}", "title": title, "description": description,
                "originCountry": rng.choice(COUNTRIES), "destinationCountry": rng.choice(COUNTRIES)}
        seller = rng.random()
        if seller < 0.4:
            item["sellerUrl"] = f"https://www.shop-{rng.randint(1, traders)}.example/item/{i}?utm_source=feed"
        elif seller < 0.7:
            item["marketplace"] = {"platform": "etsy", "storeId": f"store{rng.randint(1, traders)}"}
        items.append(item)
    with open(f"{directory}/screening.json", "w") as f:
        json.dump({"items": items}, f, ensure_ascii=False)
    with open(f"{directory}/listings.tsv", "w") as f:
        for item in items:
            f.write(f"{item['title']}\t{item['description']}\n")


def declarations(directory):
    rng = random.Random(5)
    with open(f"{directory}/screening.json") as f:
        body = json.load(f)
    with open(f"{directory}/senders.tsv") as f:
        senders = [line.rstrip("\n").split("\t") for line in f]
    for i, item in enumerate(body["items"]):
        item.pop("sellerUrl", None)
        item.pop("marketplace", None)
        name, country = senders[i % len(senders)]
        kind = rng.random()
        if kind < 0.3:
            name = name[:2] + name[3:]
        elif kind < 0.6:
            name = f"{rng.choice(WORDS).title()} {rng.choice(['World', 'Shop', 'House', 'Trading'])} {rng.randint(1, 999)}"
        item["sender"] = {"name": name, "address": f"{i} Main Street", "countryCode": country}
    with open(f"{directory}/declarations.json", "w") as f:
        json.dump(body, f, ensure_ascii=False)


def trader_import(path, rows, prefix):
    rng = random.Random(11)
    header = ["registrationNumber", "legalName", "tradingNames", "countryCode", "address", "contactEmail",
              "contactPhone", "businessRegisterNumber", "websites", "stores", "productClasses",
              "shipToCountries", "complianceNotes"]
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(header)
        for i in range(1, rows + 1):
            name = f"{rng.choice(GENERA)} {rng.choice(['Nursery', 'Seeds', 'Garden Centre', 'Plants', 'Bulbs'])} import {i}"
            out.writerow(["", name, f"{name} Online", "FR", f"{i} rue des Jardins, Angers", f"sales{i}@import-{i}.example",
                          "+33 2 41 00 00 00", f"FR{i:011d}", f"https://www.{prefix}-import-{i}.example/",
                          f"etsy:{prefix}import{i}", "seeds;plants-for-planting", "FR;BE;DE", ""])


def numbered(path, lines_path, out_path):
    issued = {}
    with open(lines_path) as f:
        for page in f:
            issued.update({line["line"]: line["registrationNumber"] for line in json.loads(page)})
    with open(path, newline="") as f, open(out_path, "w", newline="") as out_file:
        out = csv.writer(out_file)
        for line, row in enumerate(csv.reader(f), start=1):
            out.writerow(row if line == 1 else [issued[line]] + row[1:])


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "products":
        products(sys.argv[2], int(sys.argv[3]))
    elif command == "screening":
        screening(sys.argv[2], int(sys.argv[3]))
    elif command == "declarations":
        declarations(sys.argv[2])
    elif command == "import":
        trader_import(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif command == "numbered":
        numbered(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
