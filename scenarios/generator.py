"""A deterministic scenario generator with real uncertainty.

`scenario_document_generate()` builds an import document (the format of
`interchange.py`) from its arguments alone: the same arguments always give
the same document, so callers may draw parallel forms from secret seeds.

Every consignment draws the risk indicators it shows from
`scenarios.likelihoods`: high-risk consignments show a few of their
pattern's indicators (never a fixed set, some visible only in the event log or
OSINT pages), and clean traffic shows each indicator at its documented base
rate, for an innocent reason. The documents, parties, routes and events are
then written to show exactly those indicators, which
`observable_indicators()` recomputes from trainee-visible data alone.

Populations grow with the number of consignments: traders (dozens to
hundreds, shippers from several countries), regional lanes (Caspian ferries
and Ro-Ro, the Middle Corridor through Poti and Alyat, rail and road from
the Tashkent dry port, the North-South corridor through Iran) and goods with
HS codes that match their descriptions, packaging-consistent weights and
market prices.
"""

import datetime as dt
import random
from dataclasses import dataclass
from types import SimpleNamespace

from django.utils import translation
from stdnum import iso6346

from .catalogue import PLACE_BY_CODE
from .likelihoods import (
    DEFAULT_DIFFICULTY,
    DIFFICULTIES,
    EXCLUSIVE,
    INNOCENT,
    PATTERNS,
    VISIBLE,
    base_rate,
    likelihood,
    likelihood_table,
)
from .risk_engine import RiskEngine

BASE_DATE = dt.date(2026, 3, 2)
RISK_COUNTRIES = {"AF", "PK", "IR"}
WEBMAIL = "webmail.example.net"
# Trade histories, in the four languages of the scenario texts.
NEW_TRADER = {
    "en": "No previous declarations.",
    "ru": "Ранее декларации не подавались.",
    "uz": "Ilgari deklaratsiyalar topshirilmagan.",
    "tk": "Ozal deklarasiýa berilmedik.",
}
POOR_HISTORIES = (
    {
        "en": "Two valuation adjustments and one fine in 2025.",
        "ru": "В 2025 году — две корректировки таможенной стоимости и один штраф.",
        "uz": "2025-yilda bojxona qiymatiga ikki marta tuzatish kiritilgan va bir marta jarima solingan.",
        "tk": "2025-nji ýylda gümrük gymmatyna iki gezek düzediş girizildi we bir gezek jerime salyndy.",
    },
    {
        "en": "Fined in 2024 for a misdeclared HS code; goods detained once.",
        "ru": "В 2024 году оштрафован за неверно заявленный код ТН ВЭД; один раз товар задерживался.",
        "uz": "2024-yilda TIF TN kodini notoʻgʻri koʻrsatgani uchun jarimaga tortilgan; bir marta tovar ushlab qolingan.",
        "tk": "2024-nji ýylda HS kody nädogry görkezilendigi üçin jerimelendi; bir gezek haryt saklanyldy.",
    },
    {
        "en": "Three post-clearance audits with additional duty since 2023.",
        "ru": "С 2023 года — три проверки после выпуска с доначислением пошлин.",
        "uz": "2023-yildan beri chiqarilgandan keyingi uchta tekshiruvda qoʻshimcha boj undirilgan.",
        "tk": "2023-nji ýyldan bäri goýberilenden soňky üç barlagda goşmaça gümrük pajy hasaplandy.",
    },
)
REGULAR_TRADER = {
    "en": "Regular trader since {year}; {n} declarations; no offences.",
    "ru": "Постоянный участник ВЭД с {year} года; подано деклараций: {n}; нарушений нет.",
    "uz": "{year}-yildan beri doimiy tashqi savdo ishtirokchisi; deklaratsiyalar soni: {n}; qoidabuzarliklar yoʻq.",
    "tk": "{year}-nji ýyldan bäri hemişelik daşary söwda gatnaşyjysy; deklarasiýalaryň sany: {n}; bozulmalar ýok.",
}
NEW_TRADER_TEXTS = frozenset(NEW_TRADER.values())
POOR_HISTORY_TEXTS = frozenset(text for history in POOR_HISTORIES for text in history.values())
LONG_DWELL_DAYS = 8  # a transshipment dwell of this many days or more is unusual
MAX_CONSIGNMENTS = 1000
DEFAULT_PREVALENCE = (0.02, 0.05)  # drawn from the seed when neither high_risk nor prevalence is given
LANGUAGES = ("en", "ru", "uz", "tk")
ATYPICAL_ORIGINS = ("AE", "GE", "AZ", "TM", "KG", "AM")


@dataclass(frozen=True)
class Goods:
    key: str
    names: tuple[str, str, str, str]  # en, ru, uz, tk
    hs_code: str
    category: str
    origins: tuple[str, ...]  # countries that produce and export it
    usd_per_kg: float  # market price of the net weight
    package_type: str
    package_kg: tuple[float, float]  # gross kg of one package
    load_kg: tuple[int, int]  # gross kg in one container
    net_share: tuple[float, float]  # net / gross weight
    size_type: str = "45G1"
    kind: str = ""  # "reefer", "chemical", "vague" or ordinary ("")
    wrong_hs: tuple[str, ...] = ()  # neighbouring subheadings a slip or a fraud puts instead

    def name_in(self) -> dict[str, str]:
        return dict(zip(LANGUAGES, self.names, strict=True))


_GOODS = (
    Goods("tiles", ("Ceramic floor tiles", "Керамическая напольная плитка", "Keramik pol plitkalari", "Keramiki pol plitalary"),
          "690722", "construction", ("TR", "CN", "IR", "ES"), 0.6, "pallets", (950, 1400), (18000, 25000), (0.93, 0.96), "22G1", wrong_hs=("690721", "690723")),
    Goods("tshirts", ("Cotton T-shirts", "Хлопковые футболки", "Paxta futbolkalar", "Pagta futbolkalar"),
          "610910", "textiles", ("TR", "CN", "UZ", "IN", "BD"), 11.0, "cartons", (8, 15), (4000, 9000), (0.88, 0.93), wrong_hs=("610990", "620520")),
    Goods("sunoil", ("Refined sunflower oil in PET bottles", "Рафинированное подсолнечное масло в ПЭТ-бутылках", "PET shishalarda tozalangan kungaboqar yogʻi", "PET çüýşelerde arassalanan günebakar ýagy"),
          "151219", "food", ("RU", "UA", "KZ", "TR"), 1.3, "cartons", (10.5, 12.0), (18000, 22000), (0.86, 0.90), "22G1", wrong_hs=("151211", "151790")),
    Goods("tyres", ("New car tyres", "Новые автомобильные шины", "Yangi avtomobil shinalari", "Täze awtoulag şinleri"),
          "401110", "auto", ("CN", "TR", "RU"), 3.0, "pieces", (7, 12), (5000, 9000), (0.98, 1.0), wrong_hs=("401120", "401220")),
    Goods("washers", ("Washing machines", "Стиральные машины", "Kir yuvish mashinalari", "Kir ýuwujy maşynlar"),
          "845011", "appliances", ("TR", "CN"), 4.5, "pieces", (60, 75), (3500, 6000), (0.86, 0.90), wrong_hs=("845012", "845019")),
    Goods("glass", ("Float glass sheets", "Листовое флоат-стекло", "Float shisha varaqlari", "Float aýna listleri"),
          "700529", "construction", ("TR", "RU", "AZ", "CN"), 0.45, "crates", (900, 1600), (18000, 24000), (0.90, 0.94), "22G1", wrong_hs=("700521", "700490")),
    Goods("laptops", ("Laptop computers", "Ноутбуки", "Noutbuklar", "Noutbuklar"),
          "847130", "electronics", ("CN",), 45.0, "cartons", (9, 15), (2500, 6000), (0.70, 0.80), wrong_hs=("847141", "847330")),
    Goods("furniture", ("Flat-pack furniture", "Мебель в разобранном виде", "Yigʻiladigan mebel", "Bölekleýin mebel"),
          "940360", "furniture", ("TR", "CN", "RU"), 2.5, "packages", (15, 60), (4000, 8000), (0.85, 0.90), wrong_hs=("940350", "940390")),
    Goods("tea", ("Black tea", "Чёрный чай", "Qora choy", "Gara çaý"),
          "090240", "food", ("IN", "CN", "LK"), 3.2, "cartons", (20, 30), (12000, 18000), (0.95, 0.97), wrong_hs=("090230", "090220")),
    Goods("apricots", ("Dried apricots", "Курага", "Quritilgan oʻrik", "Guradylan erik"),
          "081310", "food", ("UZ", "TJ", "TR"), 3.5, "cartons", (10, 13), (16000, 20000), (0.94, 0.96), "22G1", wrong_hs=("081320", "081340")),
    Goods("yarn", ("Cotton yarn", "Хлопковая пряжа", "Paxta ip", "Pagta ýüplük"),
          "520512", "textiles", ("UZ", "TR", "IN"), 2.8, "bags", (25, 45), (18000, 22000), (0.96, 0.98), wrong_hs=("520522", "520511")),
    Goods("fabric", ("Cotton fabric", "Хлопчатобумажная ткань", "Paxta gazlama", "Pagta mata"),
          "520812", "textiles", ("UZ", "CN", "TR", "IN"), 4.0, "rolls", (40, 80), (12000, 18000), (0.95, 0.97), wrong_hs=("520822", "521112")),
    Goods("flour", ("Wheat flour", "Пшеничная мука", "Bugʻdoy uni", "Bugdaý uny"),
          "110100", "food", ("KZ", "UZ", "RU"), 0.35, "bags", (50, 50.3), (24000, 26000), (0.995, 0.998), "22G1", wrong_hs=("110220", "110290")),
    Goods("cement", ("Portland cement", "Портландцемент", "Portlandsement", "Portlandsement"),
          "252329", "construction", ("UZ", "TR", "IR"), 0.07, "bags", (50, 50.3), (24000, 26500), (0.995, 0.998), "22G1", wrong_hs=("252390", "252321")),
    Goods("pp", ("Polypropylene granules", "Полипропилен в гранулах", "Granulalangan polipropilen", "Granulaly polipropilen"),
          "390210", "plastics", ("AZ", "RU", "UZ", "TM"), 1.1, "bags", (25, 25.3), (24000, 26000), (0.985, 0.99), "22G1", wrong_hs=("390230", "390110")),
    Goods("chicken", ("Frozen chicken leg quarters", "Замороженные куриные окорочка", "Muzlatilgan tovuq oyoqlari", "Doňdurylan towuk budlary"),
          "020714", "food", ("RU", "TR", "BR", "US"), 1.9, "cartons", (10, 15), (22000, 26000), (0.94, 0.97), "45R1", "reefer", ("020713", "020712")),
    Goods("fish", ("Frozen fish fillets", "Замороженное рыбное филе", "Muzlatilgan baliq filesi", "Doňdurylan balyk filesi"),
          "030489", "food", ("RU", "CN", "NO"), 3.0, "cartons", (10, 20), (22000, 26000), (0.94, 0.97), "45R1", "reefer", ("030499", "030389")),
    Goods("bananas", ("Fresh bananas", "Свежие бананы", "Yangi bananlar", "Täze bananlar"),
          "080390", "food", ("EC", "CO", "PH"), 0.9, "cartons", (18, 20), (18000, 21000), (0.90, 0.93), "45R1", "reefer", ("080310", "081090")),
    Goods("grapes", ("Fresh table grapes", "Свежий столовый виноград", "Yangi xoʻraki uzum", "Täze iýmit üzümi"),
          "080610", "food", ("UZ", "TR", "IR"), 1.2, "cartons", (8, 10), (18000, 21000), (0.88, 0.92), "45R1", "reefer", ("080620", "081090")),
    Goods("acetic", ("Acetic acid solution", "Раствор уксусной кислоты", "Sirka kislotasi eritmasi", "Sirke turşusynyň ergini"),
          "291521", "chemicals", ("CN", "RU", "DE"), 0.6, "drums", (220, 240), (18000, 21000), (0.90, 0.93), "22G1", "chemical", ("291590", "291529")),
    Goods("paint", ("Water-based wall paint", "Водоэмульсионная краска для стен", "Suv asosidagi devor boʻyogʻi", "Suw esasly diwar reňki"),
          "320910", "chemicals", ("TR", "RU", "DE"), 1.8, "pails", (20, 25), (14000, 20000), (0.90, 0.94), "22G1", "chemical", ("320890", "321000")),
    Goods("detergent", ("Liquid detergent", "Жидкое моющее средство", "Suyuq yuvish vositasi", "Suwuk ýuwujy serişde"),
          "340220", "chemicals", ("TR", "RU", "UZ"), 1.2, "cartons", (12, 20), (16000, 21000), (0.90, 0.94), "22G1", "chemical", ("340250", "340290")),
    Goods("spares", ("Spare parts", "Запасные части", "Ehtiyot qismlar", "Ätiýaçlyk şaýlar"),
          "870899", "auto", ("CN", "TR"), 6.0, "cartons", (20, 60), (3000, 12000), (0.85, 0.92), kind="vague", wrong_hs=("870829", "848790")),
    Goods("machparts", ("Machine parts", "Детали машин", "Mashina detallari", "Maşyn şaýlary"),
          "848790", "machinery", ("CN", "DE", "TR"), 7.0, "cases", (50, 300), (4000, 14000), (0.85, 0.92), kind="vague", wrong_hs=("848390", "847990")),
)  # fmt: skip
GOODS = {g.key: g for g in _GOODS}
# Every language's name of the goods (a trainee's view holds one of them).
GOODS_BY_NAME = {name: g for g in _GOODS for name in g.names}

# Package types in the four languages of the scenario texts.
PACKAGE_TYPES = {
    "pallets": {"en": "pallets", "ru": "поддоны", "uz": "poddonlar", "tk": "poddonlar"},
    "cartons": {"en": "cartons", "ru": "коробки", "uz": "karton qutilar", "tk": "karton gutular"},
    "pieces": {"en": "pieces", "ru": "штуки", "uz": "dona", "tk": "dana"},
    "crates": {"en": "crates", "ru": "деревянные ящики", "uz": "yogʻoch yashiklar", "tk": "agaç sandyklar"},
    "packages": {"en": "packages", "ru": "грузовые места", "uz": "yuk joylari", "tk": "ýük ýerleri"},
    "bags": {"en": "bags", "ru": "мешки", "uz": "qoplar", "tk": "haltalar"},
    "rolls": {"en": "rolls", "ru": "рулоны", "uz": "rulonlar", "tk": "rulonlar"},
    "drums": {"en": "drums", "ru": "бочки", "uz": "bochkalar", "tk": "çelekler"},
    "pails": {"en": "pails", "ru": "вёдра", "uz": "chelaklar", "tk": "bedreler"},
    "cases": {"en": "cases", "ru": "ящики", "uz": "yashiklar", "tk": "sandyklar"},
    "bales": {"en": "bales", "ru": "кипы", "uz": "toylar", "tk": "bukjalar"},
    "bundles": {"en": "bundles", "ru": "связки", "uz": "bogʻlamlar", "tk": "daňylar"},
    "units": {"en": "units", "ru": "единицы", "uz": "birliklar", "tk": "birlikler"},
}


def package_type_text(kind: str) -> dict[str, str]:
    """A package type in the four languages (a type not listed: its English word)."""
    return dict(PACKAGE_TYPES.get(kind) or {"en": kind})


# Remarks of the event log (the terminal's and the customs post's words),
# in the four languages. They restate what the event code says: no remark
# hints at a risk the codes and seal numbers do not already show.
REMARKS = {
    "GTIN": {
        "en": "Full container received at the terminal",
        "ru": "Гружёный контейнер принят на терминал",
        "uz": "Yuklangan konteyner terminalga qabul qilindi",
        "tk": "Ýükli konteýner terminala kabul edildi",
    },
    "INSP": {
        "en": "Seal number read at the arrival check",
        "ru": "Номер пломбы считан при проверке по прибытии",
        "uz": "Plomba raqami kelgandagi tekshiruvda oʻqildi",
        "tk": "Plomba belgisi gelendäki barlagda okaldy",
    },
    "CSEL": {
        "en": "Examination ordered by the customs post at the hub",
        "ru": "Досмотр назначен таможенным постом в пункте перевалки",
        "uz": "Qayta yuklash punktidagi bojxona posti koʻrik tayinladi",
        "tk": "Ýük geçiriş nokadyndaky gümrük posty barlag belledi",
    },
    "customs_seal": {
        "en": "Customs seal applied after the examination",
        "ru": "После досмотра наложена таможенная пломба",
        "uz": "Koʻrikdan soʻng bojxona plombasi qoʻyildi",
        "tk": "Barlagdan soň gümrük plombasy salyndy",
    },
}


def english(value) -> str:
    """The English text of a language map; a plain string as it is."""
    if isinstance(value, dict):
        return value.get("en", "")
    return value or ""


def goods_of(description) -> "Goods | None":
    """The goods a description names, in any language or as a language map."""
    return GOODS_BY_NAME.get(english(description))


# Goods of each phase's normal traffic, by kind; a key may repeat to weigh it.
PHASE_GOODS = {
    "import": {
        "": (
            "tiles",
            "tiles",
            "tshirts",
            "sunoil",
            "sunoil",
            "tyres",
            "washers",
            "glass",
            "laptops",
            "furniture",
            "tea",
            "pp",
        ),
        "reefer": ("chicken", "chicken", "fish", "bananas"),
        "chemical": ("paint", "detergent", "acetic"),
        "vague": ("spares", "machparts"),
    },
    "export": {
        "": ("apricots", "apricots", "yarn", "yarn", "tshirts", "fabric", "flour", "flour", "cement", "pp"),
        "reefer": ("grapes",),
        "chemical": ("detergent", "acetic", "paint"),
        "vague": ("spares", "machparts"),
    },
    "transit": {
        "": ("tiles", "tshirts", "tyres", "washers", "glass", "furniture", "tea", "pp", "flour"),
        "reefer": ("chicken", "fish", "bananas"),
        "chemical": ("paint", "detergent", "acetic"),
        "vague": ("spares", "machparts"),
    },
}
# Ordinary goods a pattern prefers when it draws no goods indicator.
PATTERN_GOODS = {"undervalued": ("laptops", "tshirts", "tyres", "washers", "tea", "fabric", "yarn")}

# Registered activities of traders and the goods categories that fit them.
ACTIVITIES = {
    "Wholesale trade": None,  # fits every category
    "Construction materials": {"construction"},
    "Food distribution": {"food"},
    "Textiles and clothing": {"textiles"},
    "Household appliances and electronics": {"appliances", "electronics"},
    "Auto parts and tyres": {"auto"},
    "Chemicals and plastics": {"chemicals", "plastics"},
    "Furniture retail": {"furniture"},
    "Industrial equipment": {"machinery", "auto"},
}

# The activities in the other languages of the scenario texts (ru, uz, tk), for registry extracts.
ACTIVITY_NAMES = {
    "Wholesale trade": ("Оптовая торговля", "Ulgurji savdo", "Lomaý söwda"),
    "Construction materials": ("Строительные материалы", "Qurilish materiallari", "Gurluşyk serişdeleri"),
    "Food distribution": ("Дистрибуция продуктов питания", "Oziq-ovqat distribyutsiyasi", "Azyk önümlerini paýlamak"),
    "Textiles and clothing": ("Текстиль и одежда", "Toʻqimachilik va kiyim-kechak", "Dokma we egin-eşik"),
    "Household appliances and electronics": ("Бытовая техника и электроника", "Maishiy texnika va elektronika", "Öý enjamlary we elektronika"),
    "Auto parts and tyres": ("Автозапчасти и шины", "Avtomobil ehtiyot qismlari va shinalar", "Awtoulag şaýlary we şinler"),
    "Chemicals and plastics": ("Химия и пластмассы", "Kimyo va plastmassalar", "Himiýa we plastmassalar"),
    "Furniture retail": ("Розничная торговля мебелью", "Mebel chakana savdosi", "Mebel bölek söwdasy"),
    "Industrial equipment": ("Промышленное оборудование", "Sanoat uskunalari", "Senagat enjamlary"),
}  # fmt: skip


# Every language's name of an activity -> its English key.
ACTIVITY_BY_NAME = {name: key for key in ACTIVITIES for name in (key, *ACTIVITY_NAMES[key])}


def activity_text(activity: str) -> dict[str, str]:
    """The activity `activity` (an English key) in the four languages."""
    return dict(zip(LANGUAGES, (activity, *ACTIVITY_NAMES[activity]), strict=True))


def activity_fits(activity, category: str) -> bool:
    """Whether a party registered for `activity` (in any language, or a
    language map) plausibly trades goods of `category`."""
    fits = ACTIVITIES.get(ACTIVITY_BY_NAME.get(english(activity), ""))
    return fits is None or category in fits


@dataclass(frozen=True)
class Lane:
    """A regular route. `receipt` "*" means the shipper's own city (pre-carriage by road)."""

    mode: str
    receipt: str
    loading: str
    transshipment: tuple[str, ...]
    discharge: str
    destinations: tuple[str, ...]
    conveyances: tuple[str, ...]
    countries: tuple[str, ...]  # countries of the party abroad

    def places(self) -> tuple[str, ...]:
        return (self.loading, *self.transshipment, self.discharge, *self.destinations)

    @property
    def risky(self) -> bool:
        return any(code[:2] in RISK_COUNTRIES for code in self.places())


RECEIPT = {"TR": "TRIST", "GE": "GEPTI", "AZ": "AZBAK", "DE": "DEHAM", "NL": "NLRTM", "TM": "TMASB"}
LANES = {
    "import": (
        Lane("ferry", "*", "AZALT", (), "KZAAU", ("KZAAU", "KZALA"), ("MV Professor Gul", "MV Barda", "MV Azerbaijan"), ("AZ", "GE", "TR")),
        Lane("ferry", "*", "AZALT", (), "KZKUR", ("KZKUR", "KZALA"), ("MV Akademik Topchubashov", "MV Shahdag"), ("AZ", "GE", "TR")),
        Lane("sea", "", "RUAST", (), "KZAAU", ("KZAAU", "KZALA"), ("MV Volgo-Balt 214", "MV Omskiy 117"), ("RU",)),
        Lane("sea", "", "RUMAK", (), "KZAAU", ("KZAAU",), ("MV Lady Leila", "MV Kaspiy 3"), ("RU",)),
        Lane("ferry", "*", "TMTMB", (), "KZAAU", ("KZAAU", "KZALA"), ("MV Berkarar", "MV Bagtyyarlyk"), ("TM",)),
        Lane("sea", "*", "TRIST", ("GEPTI", "AZALT"), "KZAAU", ("KZAAU", "KZALA"), ("MV Caspian Pearl", "MV Merkuriy 1"), ("TR",)),
        Lane("sea", "", "TRMER", ("GEPTI", "AZALT"), "KZAAU", ("KZAAU", "KZALA"), ("MV Caspian Pearl", "MV Merkuriy 1"), ("TR",)),
        Lane("sea", "*", "DEHAM", ("GEPTI", "AZALT"), "KZAAU", ("KZALA",), ("MV Caspian Pearl",), ("DE",)),
        Lane("sea", "*", "NLRTM", ("GEPTI", "AZALT"), "KZAAU", ("KZALA",), ("MV Merkuriy 1",), ("NL",)),
        Lane("sea", "", "IRANZ", (), "KZAAU", ("KZAAU", "KZALA"), ("MV Golestan 3", "MV Kaspian 1"), ("IR",)),
        Lane("sea", "", "INNSA", ("IRBND", "IRANZ"), "KZAAU", ("KZAAU", "KZALA"), ("MV Golestan 3",), ("IN",)),
        Lane("sea", "", "PKKHI", ("IRBND", "IRANZ"), "KZAAU", ("KZAAU",), ("MV Kaspian 1",), ("PK",)),
        Lane("sea", "", "AEJEA", ("IRBND", "IRANZ"), "KZAAU", ("KZAAU", "KZALA"), ("MV Golestan 3",), ("AE",)),
    ),
    "export": (
        Lane("rail", "", "UZTAS", (), "CNURC", ("CNURC", "CNXIA"), ("Train 1207", "Train 1211"), ("CN",)),
        Lane("rail", "", "UZTAS", (), "KZALA", ("KZALA",), ("Train 3314", "Train 3318"), ("KZ",)),
        Lane("rail", "", "UZTAS", (), "RUAST", ("RUAST",), ("Train 3320",), ("RU",)),
        Lane("road", "", "UZTAS", (), "KGOSS", ("KGOSS", "KGFRU"), ("Truck 01 A 417 BA", "Truck 01 B 220 CA"), ("KG",)),
        Lane("rail", "", "UZTAS", (), "TJDYU", ("TJDYU",), ("Train 5104",), ("TJ",)),
        Lane("road", "", "UZTAS", (), "TMFRP", ("TMASB",), ("Truck 01 C 733 DA",), ("TM",)),
        Lane("rail", "", "UZTAS", ("TMTMB", "AZALT"), "GEPTI", ("GEPTI", "TRIST"), ("Train 7741", "Train 7743"), ("GE", "TR")),
        Lane("rail", "", "UZTAS", ("KZAAU", "AZALT"), "GEPTI", ("GEPTI",), ("Train 7745",), ("GE", "AZ")),
        Lane("road", "UZTAS", "UZTMZ", (), "AFHRT", ("AFHRT", "AFMZR"), ("Truck 10 B 902 KA", "Truck 10 D 311 KA"), ("AF",)),
        Lane("rail", "", "UZTAS", (), "AFHRT", ("AFMZR",), ("Train 8801",), ("AF",)),
        Lane("rail", "", "UZTAS", ("TMTMB",), "IRANZ", ("IRANZ",), ("Train 6620",), ("IR",)),
        Lane("rail", "", "UZTAS", ("TJDYU",), "TJNPJ", ("AFMZR",), ("Train 5130",), ("AF",)),
    ),
    "transit": (
        Lane("ferry", "*", "AZALT", (), "TMTMB", ("UZTAS", "TJDYU", "KGFRU"), ("MV Bagtyyarlyk", "MV Berkarar"), ("AZ", "GE", "TR")),
        Lane("sea", "", "RUAST", (), "TMTMB", ("UZTAS", "TJDYU"), ("MV Volgo-Balt 214",), ("RU",)),
        Lane("sea", "*", "TRIST", ("GEPTI", "AZALT"), "TMTMB", ("UZTAS", "TJDYU", "KGFRU"), ("MV Caspian Pearl",), ("TR",)),
        Lane("sea", "*", "DEHAM", ("GEPTI", "AZALT"), "TMTMB", ("UZTAS",), ("MV Merkuriy 1",), ("DE", "NL")),
        Lane("ferry", "*", "AZALT", (), "TMTMB", ("AFMZR",), ("MV Bagtyyarlyk",), ("AZ", "TR", "GE")),
        Lane("sea", "*", "TRIST", ("GEPTI", "AZALT"), "TMTMB", ("AFMZR",), ("MV Caspian Pearl",), ("TR",)),
    ),
}  # fmt: skip
LOCATIONS = {"import": "KZAAU", "export": "UZTAS", "transit": "TMTMB"}
HOME = {"import": "KZ", "export": "UZ", "transit": "TM"}
PATTERNS_BY_PHASE = {
    "import": ("cover_load", "rip", "undervalued"),
    "export": ("precursor", "rip", "undervalued"),
    "transit": ("rip", "cover_load"),
}
PATTERN_TRUTH = {
    "cover_load": ("drugs", "inside_cargo", "3.00"),
    "rip": ("drugs", "rip_on_rip_off", "3.00"),
    "undervalued": ("revenue", "misdeclaration", "1.50"),
    "precursor": ("precursors", "misdeclaration", "3.00"),
}


# Texts in the four languages. Placeholders use str.format.
T = {
    "title": {
        "en": "{place}: {n} containers, {budget} inspections",
        "ru": "{place}: {n} контейнеров, {budget} досмотров",
        "uz": "{place}: {n} ta konteyner, {budget} ta koʻrik",
        "tk": "{place}: {n} konteýner, {budget} barlag",
    },
    "briefing_import": {
        "en": "You are on duty at the PCU in {place}. {n} containers are due to arrive. Advance information is in. You may examine {budget}. Read the documents, check the event logs and the open sources, and select the containers you would examine, with your reasons.",
        "ru": "Вы дежурите в ГПК в {place}. Ожидается прибытие {n} контейнеров, предварительная информация получена. Вы можете досмотреть {budget}. Изучите документы, журналы событий и открытые источники и отберите контейнеры для досмотра, обосновав выбор.",
        "uz": "Siz {place} dagi PNGda navbatchisiz. {n} ta konteyner kelishi kutilmoqda, dastlabki maʼlumot olindi. {budget} tasini koʻrikdan oʻtkazishingiz mumkin. Hujjatlarni, hodisalar jurnalini va ochiq manbalarni oʻrganib, koʻrik uchun konteynerlarni asoslab tanlang.",
        "tk": "Siz {place} PGT-de nobatçy. {n} konteýneriň gelmegine garaşylýar, deslapky maglumat alyndy. {budget} sanysyny barlap bilersiňiz. Resminamalary, waka žurnallaryny we açyk çeşmeleri öwrenip, barlag üçin konteýnerleri esaslandyryp saýlaň.",
    },
    "briefing_export": {
        "en": "You are on duty at the PCU in {place}. {n} containers are declared for departure. You may examine {budget} before they leave. Pay attention to where the goods are going and who pays.",
        "ru": "Вы дежурите в ГПК в {place}. К отправке задекларировано {n} контейнеров. До отправления вы можете досмотреть {budget}. Обратите внимание, куда идёт товар и кто платит.",
        "uz": "Siz {place} dagi PNGda navbatchisiz. Joʻnatish uchun {n} ta konteyner deklaratsiya qilingan. Joʻnab ketishidan oldin {budget} tasini koʻrikdan oʻtkazishingiz mumkin. Tovar qayerga ketayotgani va kim toʻlayotganiga eʼtibor bering.",
        "tk": "Siz {place} PGT-de nobatçy. Ugratmak üçin {n} konteýner yglan edildi. Ugramazdan öň {budget} sanysyny barlap bilersiňiz. Harydyň nirä gidýändigine we kimiň töleýändigine üns beriň.",
    },
    "briefing_transit": {
        "en": "You are on duty at the PCU in {place}. {n} containers are passing in transit. You may examine {budget}. Transit and transshipment are where containers can be opened and swapped.",
        "ru": "Вы дежурите в ГПК в {place}. Транзитом следуют {n} контейнеров. Вы можете досмотреть {budget}. При транзите и перевалке контейнеры могут вскрыть или подменить.",
        "uz": "Siz {place} dagi PNGda navbatchisiz. {n} ta konteyner tranzitda oʻtmoqda. {budget} tasini koʻrikdan oʻtkazishingiz mumkin. Tranzit va qayta yuklashda konteynerlar ochilishi yoki almashtirilishi mumkin.",
        "tk": "Siz {place} PGT-de nobatçy. {n} konteýner tranzit bilen geçýär. {budget} sanysyny barlap bilersiňiz. Tranzitde we ýük geçirilende konteýnerler açylyp ýa-da çalşyrylyp bilner.",
    },
    "registry_title": {
        "en": "Registry extract: {name}",
        "ru": "Выписка из реестра: {name}",
        "uz": "Reyestrdan koʻchirma: {name}",
        "tk": "Sanawdan göçürme: {name}",
    },
    "registry_body": {
        "en": "{name}. Registration number {reg}. Incorporated {inc}. Address: {address}. Activity: {activity}. Director: {director}.",
        "ru": "{name}. Регистрационный номер {reg}. Зарегистрирована {inc}. Адрес: {address}. Деятельность: {activity}. Руководитель: {director}.",
        "uz": "{name}. Roʻyxatga olish raqami {reg}. Roʻyxatdan oʻtgan sana {inc}. Manzil: {address}. Faoliyat: {activity}. Rahbar: {director}.",
        "tk": "{name}. Hasaba alyş belgisi {reg}. Hasaba alnan senesi {inc}. Salgy: {address}. Işi: {activity}. Ýolbaşçy: {director}.",
    },
    "tracking_title": {
        "en": "Container tracking: {number}",
        "ru": "Отслеживание контейнера: {number}",
        "uz": "Konteynerni kuzatish: {number}",
        "tk": "Konteýneri yzarlamak: {number}",
    },
    "tracking_line": {
        "en": "{when} {place}: {event}{seal}",
        "ru": "{when} {place}: {event}{seal}",
        "uz": "{when} {place}: {event}{seal}",
        "tk": "{when} {place}: {event}{seal}",
    },
    "seal": {
        "en": ", seal {seal}",
        "ru": ", пломба {seal}",
        "uz": ", plomba {seal}",
        "tk": ", plomba {seal}",
    },
    "price_title": {
        "en": "Price reference: {goods}",
        "ru": "Ценовая информация: {goods}",
        "uz": "Narx maʼlumoti: {goods}",
        "tk": "Baha maglumaty: {goods}",
    },
    "price_body": {
        "en": "Typical import price of {goods} (HS {hs}) this quarter: about {price} USD per kg. Main producing countries: {origins}.",
        "ru": "{goods} (код {hs}): типичная цена импорта в этом квартале — около {price} долларов США за кг. Основные страны-производители: {origins}.",
        "uz": "{goods} (kod {hs}): ushbu chorakdagi odatiy import narxi 1 kg uchun taxminan {price} AQSH dollari. Asosiy ishlab chiqaruvchi mamlakatlar: {origins}.",
        "tk": "{goods} (kod {hs}): şu çärýekdäki adaty import bahasy 1 kg üçin takmynan {price} ABŞ dollary. Esasy öndüriji ýurtlar: {origins}.",
    },
    "ais_title": {
        "en": "Vessel history: {vessel}",
        "ru": "История судна: {vessel}",
        "uz": "Kema tarixi: {vessel}",
        "tk": "Gäminiň taryhy: {vessel}",
    },
    "ais_body": {
        "en": "{vessel}: regular service on this route; port calls match the schedule; no AIS gaps in the last 90 days.",
        "ru": "{vessel}: регулярная линия на этом маршруте; заходы в порты соответствуют расписанию; пропусков АИС за 90 дней нет.",
        "uz": "{vessel}: ushbu yoʻnalishdagi muntazam qatnov; portlarga kirishlar jadvalga mos; soʻnggi 90 kunda AIS uzilishlari yoʻq.",
        "tk": "{vessel}: bu ugurda yzygiderli gatnaw; portlara girişler tertibe laýyk; soňky 90 günde AIS arakesmeleri ýok.",
    },
    "alert_title": {
        "en": "Partner-unit alert: transshipment at {place}",
        "ru": "Ориентировка партнёрской группы: перевалка в {place}",
        "uz": "Hamkor guruh ogohlantirishi: {place} da qayta yuklash",
        "tk": "Hyzmatdaş toparyň duýduryşy: {place}-de ýük geçirmek",
    },
    "alert_body": {
        "en": "Containers left standing at {place} for more than a week have been opened by insiders and resealed with duplicate seals. Compare seal numbers and dwell times.",
        "ru": "Контейнеры, простоявшие в {place} более недели, вскрывались при участии работников порта и пломбировались дубликатами пломб. Сравнивайте номера пломб и время простоя.",
        "uz": "{place} da bir haftadan ortiq turgan konteynerlar port xodimlari ishtirokida ochilib, nusxa plombalar bilan qayta plombalangan. Plomba raqamlari va turib qolish vaqtini solishtiring.",
        "tk": "{place}-de bir hepdeden köp duran konteýnerler port işgärleriniň gatnaşmagynda açylyp, nusga plombalar bilen täzeden plombalandy. Plomba belgilerini we saklanma wagtyny deňeşdiriň.",
    },
    "news_title": {
        "en": "Caspian ferry traffic grows",
        "ru": "Паромные перевозки на Каспии растут",
        "uz": "Kaspiydagi parom tashuvlari oʻsmoqda",
        "tk": "Hazardaky parom gatnawlary artýar",
    },
    "news_body": {
        "en": "Container volumes on the Middle Corridor rose again this quarter; terminals report longer queues but normal dwell times.",
        "ru": "Объёмы контейнерных перевозок по Среднему коридору в этом квартале снова выросли; терминалы сообщают о длинных очередях, но обычном времени простоя.",
        "uz": "Oʻrta yoʻlak boʻylab konteyner tashuvlari bu chorakda yana oʻsdi; terminallar uzun navbatlar, ammo odatiy turib qolish vaqti haqida xabar bermoqda.",
        "tk": "Orta geçelge boýunça konteýner daşamalary bu çärýekde ýene artdy; terminallar uzyn nobatlar, emma adaty saklanma wagty barada habar berýär.",
    },
    "sanctions_title": {
        "en": "Watch-list entry: {name}",
        "ru": "Запись контрольного списка: {name}",
        "uz": "Kuzatuv roʻyxatidagi yozuv: {name}",
        "tk": "Gözegçilik sanawyndaky ýazgy: {name}",
    },
    "sanctions_body": {
        "en": "{name}, registered in {country}, listed for diversion of dual-use goods. Note: similar names belong to unrelated companies; check registration numbers.",
        "ru": "{name}, зарегистрирована в {country}, внесена в список за перенаправление товаров двойного назначения. Внимание: похожие названия принадлежат другим компаниям; сверяйте регистрационные номера.",
        "uz": "{name}, {country} da roʻyxatdan oʻtgan, ikki tomonlama maqsadli tovarlarni boshqa yoʻnalishga yuborgani uchun roʻyxatga kiritilgan. Diqqat: oʻxshash nomlar boshqa kompaniyalarga tegishli; roʻyxatga olish raqamlarini solishtiring.",
        "tk": "{name}, {country}-de hasaba alnan, iki maksatly harytlary başga ýere ugradandygy üçin sanawa girizildi. Üns beriň: meňzeş atlar başga kompaniýalara degişli; hasaba alyş belgilerini deňeşdiriň.",
    },
}


DEBRIEF = {
    "clean": {
        "en": "Clean: an ordinary consignment.",
        "ru": "Чисто: обычная партия.",
        "uz": "Toza: oddiy partiya.",
        "tk": "Arassa: adaty ýük.",
    },
    "lookalike": {
        "en": "Clean, though it shows {codes}. Innocent explanations:",
        "ru": "Чисто, хотя видны {codes}. Безобидные объяснения:",
        "uz": "Toza, garchi {codes} koʻrinsa ham. Beozor izohlar:",
        "tk": "Arassa, {codes} görünse-de. Zyýansyz düşündirişler:",
    },
    "cover_load": {
        "en": "High risk: heroin packed among the cargo of a front company. What could be seen: {codes}.",
        "ru": "Высокий риск: героин, спрятанный среди груза подставной фирмы. Что было видно: {codes}.",
        "uz": "Yuqori xavf: soxta firma yuki orasiga yashirilgan geroin. Nima koʻrinardi: {codes}.",
        "tk": "Ýokary howp: ýasama kärhananyň ýüküniň arasynda gizlenen geroin. Näme görünýärdi: {codes}.",
    },
    "rip": {
        "en": "High risk: rip-on/rip-off. The consignee is established and innocent; the container was opened and resealed on the way and bags were put just inside the doors. What could be seen: {codes}.",
        "ru": "Высокий риск: rip-on/rip-off. Получатель давний и добросовестный; контейнер вскрыли и перепломбировали в пути, сумки положили сразу за дверями. Что было видно: {codes}.",
        "uz": "Yuqori xavf: rip-on/rip-off. Qabul qiluvchi eski va vijdonli; konteyner yoʻlda ochilib, qayta plombalangan, sumkalar eshik ortiga qoʻyilgan. Nima koʻrinardi: {codes}.",
        "tk": "Ýokary howp: rip-on/rip-off. Alyjy köneden bäri işleýän we dogruçyl; konteýner ýolda açylyp, täzeden plombalandy, torbalar gapynyň aňyrsynda goýuldy. Näme görünýärdi: {codes}.",
    },
    "undervalued": {
        "en": "High risk: revenue fraud; the goods are worth far more, and there are more of them, than declared. What could be seen: {codes}.",
        "ru": "Высокий риск: уклонение от платежей; товар стоит намного дороже и его больше, чем заявлено. Что было видно: {codes}.",
        "uz": "Yuqori xavf: toʻlovlardan boʻyin tovlash; tovar eʼlon qilinganidan ancha qimmat va koʻproq. Nima koʻrinardi: {codes}.",
        "tk": "Ýokary howp: tölegden boýun gaçyrmak; haryt yglan edilenden has gymmat we köp. Näme görünýärdi: {codes}.",
    },
    "precursor": {
        "en": "High risk: precursor diversion; the drums hold acetic anhydride under a harmless description and HS code. What could be seen: {codes}.",
        "ru": "Высокий риск: утечка прекурсоров; в бочках уксусный ангидрид под безобидным описанием и кодом ТН ВЭД. Что было видно: {codes}.",
        "uz": "Yuqori xavf: prekursorlarni chetga chiqarish; bochkalarda beozor tavsif va TIF TN kodi ostida sirka angidridi. Nima koʻrinardi: {codes}.",
        "tk": "Ýokary howp: prekursorlary başga ýere ugratmak; çeleklerde zyýansyz beýan we HS kody bilen sirke angidridi. Näme görünýärdi: {codes}.",
    },
}
FINDINGS = {
    "cover_load": {
        "xray": {
            "en": "Dense packages among the cargo near the front wall.",
            "ru": "Плотные упаковки среди груза у передней стенки.",
            "uz": "Old devor yonida yuk orasida zich oʻramlar.",
            "tk": "Öň diwaryň ýanynda ýüküň arasynda dykyz gaplar.",
        },
        "devanning": {
            "en": "120 kg of heroin in packages hidden among the cargo.",
            "ru": "120 кг героина в упаковках, спрятанных среди груза.",
            "uz": "Yuk orasiga yashirilgan oʻramlarda 120 kg geroin.",
            "tk": "Ýüküň arasynda gizlenen gaplarda 120 kg geroin.",
        },
    },
    "rip": {
        "partial": {
            "en": "Five sports bags just inside the doors.",
            "ru": "Пять спортивных сумок сразу за дверями.",
            "uz": "Eshik ortida beshta sport sumkasi.",
            "tk": "Gapynyň aňyrsynda bäş sport torbasy.",
        },
        "xray": {
            "en": "Irregular objects behind the doors, unlike the cargo.",
            "ru": "Посторонние предметы за дверями, не похожие на груз.",
            "uz": "Eshik ortida yukka oʻxshamagan notanish buyumlar.",
            "tk": "Gapynyň aňyrsynda ýüke meňzemeýän nätanyş zatlar.",
        },
    },
    "undervalued": {
        "documents": {
            "en": "The bank transfer for the goods is several times the invoice amount.",
            "ru": "Банковский перевод за товар в несколько раз больше суммы инвойса.",
            "uz": "Tovar uchun bank oʻtkazmasi invoys summasidan bir necha baravar koʻp.",
            "tk": "Haryt üçin bank geçirimi inwoýsyň möçberinden birnäçe esse köp.",
        },
        "devanning": {
            "en": "About twice as many packages as declared.",
            "ru": "Мест примерно вдвое больше заявленного.",
            "uz": "Joylar eʼlon qilinganidan taxminan ikki baravar koʻp.",
            "tk": "Ýerler yglan edilenden takmynan iki esse köp.",
        },
    },
    "precursor": {
        "documents": {
            "en": "No certificate of analysis; the drum labels have been pasted over.",
            "ru": "Сертификата анализа нет; этикетки на бочках заклеены.",
            "uz": "Tahlil sertifikati yoʻq; bochkalardagi yorliqlar ustidan yopishtirilgan.",
            "tk": "Derňew şahadatnamasy ýok; çelekleriň bellikleriniň üstünden ýelmenipdir.",
        },
        "devanning": {
            "en": "Drums of acetic anhydride, a heroin precursor.",
            "ru": "Бочки с уксусным ангидридом, прекурсором героина.",
            "uz": "Sirka angidridi solingan bochkalar — geroin prekursori.",
            "tk": "Sirke angidridi bolan çelekler — geroin prekursory.",
        },
    },
}

COMPANY_WORDS = (
    "Silk", "Caspian", "Aral", "Steppe", "Orient", "Zarafshan", "Turan", "Amu", "Pamir", "Kopet",
    "Altyn", "Nur", "Sapphire", "Anatolia", "Bosphorus", "Volga", "Ural", "Tengri", "Khazar", "Sogd",
    "Ferghana", "Samarkand", "Bukhara", "Merv", "Murgab", "Ararat", "Kura", "Terek", "Irtysh", "Karakum",
    "Kyzylkum", "Emerald", "Zenith", "Horizon", "Meridian", "Atlas", "Polaris", "Vega", "Delta", "Garant",
)  # fmt: skip
COMPANY_KINDS = ("Trading", "Logistics", "Import", "Commerce", "Industries", "Supply", "Group", "Distribution",
                 "Partners", "Holding", "Enterprise", "Resources")  # fmt: skip
SUFFIX = {"KZ": "LLP", "UZ": "LLC", "TM": "HJ", "AZ": "MMC", "TR": "Ltd", "CN": "Co Ltd", "RU": "OOO", "IN": "Pvt Ltd", "AE": "FZE", "PK": "Pvt Ltd", "AF": "Ltd", "GE": "LLC", "IR": "PJS", "DE": "GmbH", "NL": "BV", "KG": "OsOO", "TJ": "JSC"}  # fmt: skip
CITY = {"KZ": "Almaty", "UZ": "Tashkent", "TM": "Ashgabat", "AZ": "Baku", "TR": "Istanbul", "CN": "Urumqi", "RU": "Astrakhan", "IN": "Mumbai", "AE": "Dubai", "PK": "Karachi", "AF": "Mazar-i-Sharif", "GE": "Tbilisi", "IR": "Rasht", "DE": "Hamburg", "NL": "Rotterdam", "KG": "Bishkek", "TJ": "Dushanbe"}  # fmt: skip
DIRECTORS = ("A. Karimov", "S. Nurlanova", "R. Aliyev", "M. Orazova", "D. Yusupov", "L. Chen", "E. Demir",
             "I. Petrov", "G. Beridze", "N. Tashkentova", "B. Rahimi", "K. Schmidt", "T. Abdullaev", "Z. Kenzhebekova")  # fmt: skip
PAYER_COUNTRIES = ("AE", "TR", "CN", "RU", "GE")
PARTY_ATTRIBUTES = ("IND-01", "IND-02", "IND-03", "IND-05")


def _t(key: str, **kwargs) -> dict[str, str]:
    """The text `key` in each language, with translatable values (place
    names) filled in that language; a dict value is taken in the same language."""
    texts = {}
    for lang, text in T[key].items():
        with translation.override(lang):
            values = {
                name: value.get(lang, value.get("en", "")) if isinstance(value, dict) else str(value)
                for name, value in kwargs.items()
            }
            texts[lang] = text.format(**values)
    return texts


def _container(rng: random.Random, used: set[str]) -> str:
    while True:
        owner = rng.choice(("MSKU", "TGHU", "CAIU", "TCNU", "FCIU", "KZTU", "UZCU", "SEGU", "CMAU", "TEMU"))
        body = f"{owner}{rng.randrange(0, 1000000):06d}"
        number = body + iso6346.calc_check_digit(body)
        if number not in used:
            used.add(number)
            return number


def _seal_typo(seal: str) -> str:
    """The seal number with two adjacent differing digits swapped: a clerical slip."""
    digits = seal[2:]
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1]:
            return seal[:2] + digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
    return seal[:2] + digits[:-1] + str((int(digits[-1]) + 1) % 10)


class _Builder:
    def __init__(self, seed: int, phase: str, consignments: int):
        # Reproducible training data, not security: the same seed must give the same scenario.
        self.rng = random.Random(f"pcu-scenario-{seed}-{phase}")  # noqa: S311
        self.phase = phase
        self.parties: list[dict] = []
        self.osint: list[dict] = []
        self.containers: set[str] = set()
        self.names: set[str] = set()
        self.pools: dict[tuple, list[dict]] = {}
        # Traders per country with an ordinary record: the population grows with N.
        self.plain_target = max(3, consignments // 15)
        self.start = BASE_DATE + dt.timedelta(days=self.rng.randrange(0, 200))

    def company_name(self, country: str) -> str:
        for attempt in range(200):
            name = f"{self.rng.choice(COMPANY_WORDS)} {self.rng.choice(COMPANY_KINDS)}"
            if attempt >= 50:
                name += f" {attempt}"
            name += f" {SUFFIX.get(country, 'Ltd')}"
            if name not in self.names:
                self.names.add(name)
                return name
        raise RuntimeError("no free company name")  # pragma: no cover - 480 names per suffix and a counter

    def party(self, country: str, *, attributes=frozenset(), activity="Wholesale trade") -> dict:
        rng = self.rng
        ref = f"p{len(self.parties) + 1:03d}"
        name = self.company_name(country)
        words = name.lower().split()
        domain = f"{words[0]}-{words[1]}.example.com"
        new = "IND-01" in attributes
        incorporated = self.start - dt.timedelta(
            days=rng.randrange(60, 300) if new else rng.randrange(1500, 7000)
        )
        if new:
            history = NEW_TRADER
        elif "IND-02" in attributes:
            history = rng.choice(POOR_HISTORIES)
        else:
            count = rng.randrange(30, 900)
            history = {
                lang: text.format(year=incorporated.year, n=count) for lang, text in REGULAR_TRADER.items()
            }
        city = CITY.get(country, "City")
        if "IND-03" in attributes:
            address = f"Apartment {rng.randrange(2, 90)}, {rng.randrange(1, 40)} Residential Block, {city}"
        else:
            address = f"{rng.randrange(1, 200)} {rng.choice(('Industrial', 'Warehouse', 'Trade', 'Port'))} Street, {city}"
        webless = "IND-05" in attributes
        party = {
            "ref": ref,
            "kind": "company",
            "name": name,
            "country": country,
            "address": address,
            "registration_number": f"{country}{rng.randrange(10**8, 10**9)}",
            "incorporated_on": incorporated.isoformat(),
            "activity": activity_text(activity),
            "directors": rng.choice(DIRECTORS),
            "email": f"{words[0]}{rng.randrange(10, 99)}@{WEBMAIL}" if webless else f"info@{domain}",
            "phone": f"+{rng.randrange(100, 999)} {rng.randrange(1000000, 9999999)}",
            "website": "" if webless else f"https://{domain}",
            "trade_history": history,
        }
        self.parties.append(party)
        self.osint.append(
            {
                "kind": "registry",
                "url": f"https://registry.example.org/{country.lower()}/{party['registration_number']}",
                "title": _t("registry_title", name=name),
                "body": _t(
                    "registry_body",
                    name=name,
                    reg=party["registration_number"],
                    inc=party["incorporated_on"],
                    address=address,
                    activity=activity_text(activity),
                    director=party["directors"],
                ),
            }
        )
        return party

    def trader(
        self, country: str, *, attributes=frozenset(), category: str = "", mismatch: bool = False
    ) -> dict:
        """A party of `country` with exactly these record `attributes`, whose
        registered activity fits goods of `category` unless `mismatch`.
        Ordinary traders are reused more as their number nears the target;
        traders with a notable record are mostly one-off."""
        rng = self.rng
        pool = self.pools.setdefault((country, attributes), [])
        candidates = [p for p in pool if activity_fits(p["activity"], category) != mismatch]
        reuse = min(0.95, len(pool) / self.plain_target) if not attributes else 0.3
        if candidates and rng.random() < reuse:
            return rng.choice(candidates)
        if mismatch:
            activity = rng.choice([a for a in ACTIVITIES if not activity_fits(a, category)])
        elif rng.random() < 0.4:
            activity = "Wholesale trade"
        else:
            activity = rng.choice(
                [a for a, fits in ACTIVITIES.items() if fits and category in fits] or ["Wholesale trade"]
            )
        party = self.party(country, attributes=attributes, activity=activity)
        pool.append(party)
        return party


def _draw(rng: random.Random, pattern: str | None, difficulty: int) -> set[str]:
    """The indicators one consignment shows: for a high-risk one, its
    pattern's likelihoods (at least one indicator); for a clean one, the base rates."""

    def chance(code):
        return likelihood(pattern, code, difficulty) if pattern else base_rate(code, difficulty)

    grouped = {code for group in EXCLUSIVE for code in group}
    for _attempt in range(50):
        shown = set()
        for group in EXCLUSIVE:
            weights = [chance(code) for code in group]
            total = sum(weights)
            u = rng.random() * max(1.0, total)
            for code, weight in zip(group, weights, strict=True):
                if u < weight:
                    shown.add(code)
                    break
                u -= weight
        for code in VISIBLE:
            if code not in grouped and rng.random() < chance(code):
                shown.add(code)
        if shown or not pattern:
            return shown
    return shown  # pragma: no cover - a pattern shows something with near certainty


def _events(
    b: _Builder, lane: Lane, seal: str, loading: dt.date, plan: dict
) -> tuple[list[dict], str, dt.date]:
    """The DCSA event log and the seal recorded at the terminal.

    `plan`: `long_dwell` (days at the first hub), `reseal` (the seal removed
    and replaced without customs, logged at the first hub or at loading),
    `swap` (a different seal found at arrival, nothing logged), `typo` (the
    terminal recorded a mistyped number), `customs` (customs opened and
    resealed the container at the hub: not an indicator)."""
    rng = b.rng

    def event(code, place, when, seals, remark=None):
        return {
            "code": code,
            "place": place,
            "occurred_at": when.isoformat(),
            "seal_numbers": seals,
            "remark": dict(remark or REMARKS.get(code) or {}),
        }

    t = dt.datetime.combine(loading, dt.time(rng.randrange(6, 18), 0), tzinfo=dt.UTC)
    events = [event("GTIN", lane.loading, t - dt.timedelta(hours=rng.randrange(12, 40)), seal)]
    recorded = seal
    if plan.get("reseal") and not lane.transshipment:
        # Opened at the port of loading after gate-in, before loading.
        new_seal = f"{seal[:2]}{rng.randrange(100000, 999999)}"
        events.append(event("RMVD", lane.loading, t - dt.timedelta(hours=6), recorded))
        events.append(event("RSEA", lane.loading, t - dt.timedelta(hours=5), new_seal))
        recorded = new_seal
    events.append(event("LOAD", lane.loading, t, recorded))
    for i, place in enumerate(lane.transshipment):
        t += dt.timedelta(days=rng.randrange(1, 4), hours=rng.randrange(0, 12))
        events.append(event("DISC", place, t, recorded))
        stay = plan["long_dwell"] if i == 0 and plan.get("long_dwell") else rng.randrange(1, 5)
        if i == 0 and plan.get("customs"):
            mid = t + dt.timedelta(hours=rng.randrange(4, 20))
            customs_seal = f"CS{rng.randrange(100000, 999999)}"
            events.append(event("CSEL", place, mid, recorded))
            events.append(event("RMVD", place, mid + dt.timedelta(hours=2), recorded))
            events.append(
                event("RSEA", place, mid + dt.timedelta(hours=4), customs_seal, REMARKS["customs_seal"])
            )
            recorded = customs_seal
        if i == 0 and plan.get("reseal"):
            mid = t + dt.timedelta(days=max(1, stay // 2), hours=rng.randrange(0, 8))
            new_seal = f"{seal[:2]}{rng.randrange(100000, 999999)}"
            events.append(event("RMVD", place, mid, recorded))
            events.append(event("RSEA", place, mid + dt.timedelta(hours=rng.randrange(1, 4)), new_seal))
            recorded = new_seal
        t += dt.timedelta(days=stay, hours=rng.randrange(0, 12))
        events.append(event("LOAD", place, t, recorded))
    t += dt.timedelta(days=rng.randrange(1, 4), hours=rng.randrange(0, 12))
    if plan.get("typo"):
        recorded = _seal_typo(recorded)
    elif plan.get("swap"):
        while recorded == seal:
            recorded = f"{seal[:2]}{rng.randrange(100000, 999999)}"
    events.append(event("DISC", lane.discharge, t, recorded))
    events.append(event("INSP", lane.discharge, t + dt.timedelta(hours=rng.randrange(1, 5)), recorded))
    return events, recorded, t.date()


def _origin(
    rng: random.Random, goods: Goods, shown: set[str], dispatch: str, destination: str, phase: str
) -> str:
    if "IND-12" in shown:
        return rng.choice([c for c in ATYPICAL_ORIGINS if c not in goods.origins and c != destination])
    # Imports and transit come from abroad; exports may be home-grown.
    typical = [c for c in goods.origins if c != destination and (phase == "export" or c != HOME[phase])]
    typical = typical or list(goods.origins)
    if dispatch in typical and rng.random() < 0.7:
        return dispatch
    return rng.choice(typical)


def _consignment(b: _Builder, pattern: str | None, difficulty: int) -> dict:
    rng = b.rng
    phase = b.phase
    shown = _draw(rng, pattern, difficulty)

    kind = (
        "vague"
        if "IND-10" in shown
        else "reefer"
        if "IND-13" in shown
        else "chemical"
        if "IND-14" in shown
        else ""
    )
    if pattern == "precursor" and kind == "chemical":
        goods = GOODS[rng.choice(("acetic", "acetic", "detergent"))]
    elif pattern in PATTERN_GOODS and not kind:
        ordinary = PHASE_GOODS[phase][""]
        goods = GOODS[rng.choice([k for k in PATTERN_GOODS[pattern] if k in ordinary] or ordinary)]
    else:
        goods = GOODS[rng.choice(PHASE_GOODS[phase][kind])]

    lanes = [
        lane
        for lane in LANES[phase]
        if lane.risky == ("IND-06" in shown) and bool(lane.transshipment) == ("IND-08" in shown)
    ]
    weights = [3 if set(lane.countries) & set(goods.origins) else 1 for lane in lanes]
    lane = rng.choices(lanes, weights=weights)[0]
    destination = rng.choice(lane.destinations)
    abroad = rng.choice(lane.countries)
    home = HOME[phase] if phase != "transit" else destination[:2]
    destination_country = destination[:2] if phase != "import" else "KZ"

    # The party whose record tells (importer, exporter or transit consignee) and its counterpart abroad.
    attributes = frozenset(shown & set(PARTY_ATTRIBUTES))
    own = b.trader(home, attributes=attributes, category=goods.category, mismatch="IND-04" in shown)
    other = b.trader(abroad, category=goods.category)
    shipper, consignee = (own, other) if phase == "export" else (other, own)
    freight_payer = None
    if "IND-18" in shown:
        country = rng.choice(
            [c for c in PAYER_COUNTRIES if c not in (shipper["country"], consignee["country"])]
        )
        freight_payer = b.trader(country)

    origin = _origin(rng, goods, shown, shipper["country"], destination_country, phase)
    hs = rng.choice(goods.wrong_hs) if "IND-11" in shown else goods.hs_code

    gross = rng.uniform(*goods.load_kg)
    packages = max(1, round(gross / rng.uniform(*goods.package_kg)))
    net = gross * rng.uniform(*goods.net_share)
    scale = gross * (rng.uniform(1.12, 1.3) if "IND-16" in shown else rng.uniform(0.975, 1.03))
    value = (
        net * goods.usd_per_kg * (rng.uniform(0.22, 0.42) if "IND-15" in shown else rng.uniform(0.75, 1.4))
    )

    loading = b.start + dt.timedelta(days=rng.randrange(0, 14))
    filing = loading + dt.timedelta(days=rng.randrange(0, 2) if "IND-20" in shown else -rng.randrange(1, 7))

    plan: dict = {}
    if "IND-21" in shown:
        if pattern == "rip":
            forms = ("dwell", "dwell_logged", "swap") if lane.transshipment else ("reseal", "swap")
            form = rng.choice(forms)
            if form.startswith("dwell"):
                plan["long_dwell"] = rng.randrange(LONG_DWELL_DAYS, 14)
            plan["reseal"] = form in ("dwell_logged", "reseal")
            plan["swap"] = form == "swap"
        elif lane.transshipment and rng.random() < 0.5:
            plan["long_dwell"] = rng.randrange(LONG_DWELL_DAYS, 13)  # a congested hub
        else:
            plan["typo"] = True
    elif lane.transshipment and rng.random() < 0.04:
        plan["customs"] = True

    number = _container(rng, b.containers)
    seal = f"{rng.choice(('SL', 'KZ', 'UZ', 'TR', 'AZ'))}{rng.randrange(100000, 999999)}"
    events, recorded, arrival = _events(b, lane, seal, loading, plan)
    receipt = (
        RECEIPT.get(shipper["country"], lane.loading) if lane.receipt == "*" else lane.receipt or lane.loading
    )
    doc = {
        "container_number": number,
        "size_type": goods.size_type,
        "transport_mode": lane.mode,
        "transport_document_number": f"{lane.mode[:2].upper()}{rng.randrange(10**7, 10**8)}",
        "seals_declared": seal,
        "seals_recorded": recorded,
        "conveyance": rng.choice(lane.conveyances),
        "voyage": f"{rng.randrange(1, 60):03d}{rng.choice('EWNS')}",
        "place_of_receipt": receipt,
        "port_of_loading": lane.loading,
        "transshipment": ",".join(lane.transshipment),
        "port_of_discharge": lane.discharge,
        "final_destination": destination,
        "freight_terms": "collect" if freight_payer else rng.choice(("prepaid", "prepaid", "collect")),
        "goods_description": goods.name_in(),
        "hs_code": hs,
        "country_of_origin": origin,
        "packages": packages,
        "package_type": package_type_text(goods.package_type),
        "gross_weight_kg": f"{gross:.1f}",
        "net_weight_kg": f"{net:.1f}",
        "scale_weight_kg": f"{scale:.1f}",
        "declared_value": f"{value:.2f}",
        "currency": "USD",
        "incoterms": rng.choice(("FOB", "CFR", "CIF", "FCA", "DAP", "EXW")),
        "invoice_number": f"INV-{rng.randrange(1000, 99999)}/{loading.year}",
        "declaration_number": f"{rng.randrange(10**9, 10**10)}",
        "booking_date": (loading - dt.timedelta(days=rng.randrange(7, 25))).isoformat(),
        "filing_date": filing.isoformat(),
        "loading_date": loading.isoformat(),
        "arrival_date": arrival.isoformat(),
        "shipper": shipper["ref"],
        "consignee": consignee["ref"],
        "notify_party": consignee["ref"],
        "freight_payer": freight_payer["ref"] if freight_payer else None,
        "events": events,
    }
    codes = sorted(shown)
    if pattern:
        threat, concealment, severity = PATTERN_TRUTH[pattern]
        findings = FINDINGS[pattern]
        listed = ", ".join(codes)
        doc["truth"] = {
            "high_risk": True,
            "threat": threat,
            "concealment": concealment,
            "indicators": codes,
            "severity": severity,
            "findings": {k: findings.get(k, {}) for k in ("documents", "xray", "partial", "devanning")},
            "debrief": {lang: text.format(codes=listed) for lang, text in DEBRIEF[pattern].items()},
        }
    else:
        if codes:
            debrief = {
                lang: " ".join(
                    [DEBRIEF["lookalike"][lang].format(codes=", ".join(codes))]
                    + [f"{code}: {INNOCENT[code][lang]}" for code in codes]
                )
                for lang in LANGUAGES
            }
        else:
            debrief = dict(DEBRIEF["clean"])
        doc["truth"] = {
            "high_risk": False,
            "threat": "none",
            "concealment": "none",
            "indicators": [],
            "severity": "1.00",
            "findings": {},
            "debrief": debrief,
        }
    return doc


def scenario_document_generate(
    *, seed: int, consignments: int, high_risk: int | None = None, phase: str = "import",
    title: str | dict | None = None, budget: int | None = None, patterns: tuple[str, ...] | None = None,
    difficulty: int = DEFAULT_DIFFICULTY, prevalence: float | None = None,
) -> dict:  # fmt: skip
    """A complete scenario document (see interchange.py), a pure function of
    its arguments. `high_risk` consignments (else `prevalence` x N, else a
    prevalence of 2-5 % drawn from the seed) spread evenly over `patterns`;
    `difficulty` 1 (easiest) to 5 (hardest) sets the signal strength."""
    if phase not in LOCATIONS:
        raise ValueError(f"unknown phase {phase!r}")
    if difficulty not in DIFFICULTIES:
        raise ValueError("difficulty must be 1 to 5")
    if not 2 <= consignments <= MAX_CONSIGNMENTS:
        raise ValueError(f"need 2 to {MAX_CONSIGNMENTS} consignments")
    patterns = tuple(patterns or PATTERNS_BY_PHASE[phase])
    if not set(patterns) <= set(PATTERNS):
        raise ValueError(f"unknown patterns {sorted(set(patterns) - set(PATTERNS))}")
    b = _Builder(seed, phase, consignments)
    rng = b.rng
    if high_risk is None:
        rate = prevalence if prevalence is not None else rng.uniform(*DEFAULT_PREVALENCE)
        high_risk = min(consignments - 1, max(1, round(consignments * rate)))
    if not 1 <= high_risk < consignments:
        raise ValueError("need 1 <= high_risk < consignments")
    plan = [patterns[i % len(patterns)] for i in range(high_risk)] + [None] * (consignments - high_risk)
    rng.shuffle(plan)
    docs = [_consignment(b, pattern, difficulty) for pattern in plan]

    place = PLACE_BY_CODE[LOCATIONS[phase]].name
    budget = budget or max(1, min(consignments - 1, round(high_risk * 1.5)))
    for key in sorted({goods_of(d["goods_description"]).key for d in docs}):
        goods = GOODS[key]
        b.osint.append(
            {
                "kind": "price",
                "url": f"https://prices.example.org/{goods.key}",
                "title": _t("price_title", goods=goods.name_in()),
                "body": _t(
                    "price_body",
                    goods=goods.name_in(),
                    hs=goods.hs_code,
                    price=f"{goods.usd_per_kg:.2f}",
                    origins=", ".join(goods.origins),
                ),
            }
        )
    for vessel in sorted({d["conveyance"] for d in docs if d["transport_mode"] in ("sea", "ferry")}):
        b.osint.append(
            {
                "kind": "ais",
                "url": f"https://ais.example.org/{vessel.lower().replace(' ', '-')}",
                "title": _t("ais_title", vessel=vessel),
                "body": _t("ais_body", vessel=vessel),
            }
        )
    for d in docs:
        lines = {
            lang: "\n".join(
                T["tracking_line"][lang].format(
                    when=e["occurred_at"][:16].replace("T", " "),
                    place=e["place"],
                    event=e["code"],
                    seal=T["seal"][lang].format(seal=e["seal_numbers"]) if e["seal_numbers"] else "",
                )
                for e in d["events"]
            )
            for lang in T["tracking_line"]
        }
        b.osint.append(
            {
                "kind": "tracking",
                "url": f"https://tracking.example.com/{d['container_number']}",
                "title": _t("tracking_title", number=d["container_number"]),
                "body": lines,
            }
        )
    for code in sorted({d["transshipment"].split(",")[0] for d in docs if d["transshipment"]}):
        b.osint.append(
            {
                "kind": "alert",
                "url": f"https://containercomm.example.org/alerts/{code}",
                "title": _t("alert_title", place=PLACE_BY_CODE[code].name),
                "body": _t("alert_body", place=PLACE_BY_CODE[code].name),
            }
        )
    b.osint.append({"kind": "news", "url": "https://news.example.net/caspian-ferries", "title": T["news_title"], "body": T["news_body"]})  # fmt: skip
    ordinary = [p for p in b.parties if p["trade_history"]["en"].startswith("Regular trader")] or b.parties
    lookalike = rng.choice(ordinary)["name"].replace(" ", "-", 1)
    b.osint.append(
        {
            "kind": "sanctions",
            "url": "https://watchlist.example.org/entry/4471",
            "title": _t("sanctions_title", name=lookalike),
            "body": _t("sanctions_body", name=lookalike, country="AE"),
        }
    )
    return {
        "format": "pcu-academy-scenario",
        "format_version": 1,
        "title": (title if isinstance(title, dict) else {"en": title})
        if title
        else _t("title", place=place, n=consignments, budget=budget),
        "briefing": _t(f"briefing_{phase}", place=place, n=consignments, budget=budget),
        "phase": phase,
        "location": LOCATIONS[phase],
        "transport_modes": sorted({d["transport_mode"] for d in docs}),
        "inspection_budget": budget,
        "time_limit_minutes": 45,
        "difficulty": difficulty,
        "pass_mark": 60,
        "weights": {"severity": "0.50", "skill": "0.30", "indicators": "0.20"},
        "indicators": [],
        "parties": b.parties,
        "osint_pages": b.osint,
        "consignments": docs,
    }


def _code(place: str) -> str:
    """The UN/LOCODE of a place as a view shows it ("Aktau (KZAAU)") or as stored."""
    return place.rsplit("(", 1)[-1].rstrip(")")


def _when(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def _observe(c, osint_pages) -> set[str]:
    found = set()
    goods = goods_of(c.goods_description)
    parties = [p for p in (c.shipper, c.consignee) if p is not None]
    for party in parties:
        history = english(party.trade_history)
        if history in NEW_TRADER_TEXTS:
            found.add("IND-01")
        if history in POOR_HISTORY_TEXTS:
            found.add("IND-02")
        if "Residential Block" in party.address:
            found.add("IND-03")
        if goods and not activity_fits(party.activity, goods.category):
            found.add("IND-04")
        if party.email.endswith(f"@{WEBMAIL}") and not party.website:
            found.add("IND-05")
    hubs = [_code(code) for code in c.transshipment]
    places = [
        _code(code)
        for code in (c.place_of_receipt, c.port_of_loading, c.port_of_discharge, c.final_destination)
    ]
    if any(code[:2] in RISK_COUNTRIES for code in places + hubs):
        found.add("IND-06")
    if hubs:
        found.add("IND-08")
    if goods:
        found.update(
            code
            for code, kind in (("IND-10", "vague"), ("IND-13", "reefer"), ("IND-14", "chemical"))
            if goods.kind == kind
        )
        if c.hs_code != goods.hs_code:
            found.add("IND-11")
        priced = any(p.kind == "price" and p.url.endswith(f"/{goods.key}") for p in osint_pages)
        if priced and c.country_of_origin not in goods.origins:
            found.add("IND-12")  # the price reference names the producing countries
        net = float(c.net_weight_kg or c.gross_weight_kg)
        if priced and float(c.declared_value) / net < 0.5 * goods.usd_per_kg:
            found.add("IND-15")
    gross = float(c.gross_weight_kg)
    if c.scale_weight_kg and abs(float(c.scale_weight_kg) - gross) > 0.1 * gross:
        found.add("IND-16")
    ids = {p.id for p in parties}
    if c.freight_payer and c.freight_payer.id not in ids:
        found.add("IND-18")
    if c.filing_date and c.loading_date and c.filing_date >= c.loading_date:
        found.add("IND-20")
    customs = False
    customs_seals = set()
    arrived: dict[str, dt.datetime] = {}
    for event in c.events:
        place = _code(event.place)
        if event.code == "CSEL":
            customs = True
        elif event.code == "RMVD" and not customs:
            found.add("IND-21")
        elif event.code == "RSEA" and customs:
            customs_seals.update(s.strip() for s in event.seal_numbers.split(","))
        elif event.code == "DISC" and place in hubs:
            arrived[place] = _when(event.occurred_at)
        elif event.code == "LOAD" and place in arrived:
            dwell = _when(event.occurred_at) - arrived.pop(place)
            found.update(["IND-21"] if dwell >= dt.timedelta(days=LONG_DWELL_DAYS) else [])
    recorded, declared = set(c.seals_recorded), set(c.seals_declared)
    if recorded and recorded != declared and not recorded <= customs_seals:
        found.add("IND-21")
    return found


def observable_indicators(consignment, osint_pages) -> set[str]:
    """The indicators that trainee-visible data shows for one consignment
    (a `selectors.ConsignmentView` and `selectors.OsintPageView`s)."""
    return _observe(consignment, osint_pages)


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def document_observations(document: dict) -> dict[str, set[str]]:
    """{container number: indicators visible} for a scenario document, read
    from the fields a trainee sees (never from `truth`); equal to what
    `observable_indicators` finds on the imported scenario's views."""
    parties = {
        p["ref"]: SimpleNamespace(id=p["ref"], **{k: v for k, v in p.items() if k != "ref"})
        for p in document["parties"]
    }
    pages = [SimpleNamespace(kind=p["kind"], url=p["url"]) for p in document["osint_pages"]]
    seen = {}
    for item in document["consignments"]:
        c = SimpleNamespace(
            **{k: v for k, v in item.items() if k not in ("truth", "events", "scans")},
            events=[SimpleNamespace(**e) for e in item.get("events", [])],
        )
        for role in ("shipper", "consignee", "freight_payer"):
            setattr(c, role, parties.get(item.get(role)) if item.get(role) else None)
        c.transshipment = _split(item.get("transshipment", ""))
        c.seals_declared, c.seals_recorded = (
            _split(item["seals_declared"]),
            _split(item.get("seals_recorded", "")),
        )
        c.filing_date = dt.date.fromisoformat(item["filing_date"]) if item.get("filing_date") else None
        c.loading_date = dt.date.fromisoformat(item["loading_date"]) if item.get("loading_date") else None
        seen[item["container_number"]] = _observe(c, pages)
    return seen


def scenario_risk_engine(
    *,
    phase: str,
    difficulty: int = DEFAULT_DIFFICULTY,
    patterns: tuple[str, ...] | None = None,
    prior: float | None = None,
) -> RiskEngine:
    """The naive-Bayes engine for scenarios generated with these settings,
    using the generator's own likelihoods; `prior` defaults to the middle of
    the default prevalence."""
    table = likelihood_table(patterns=tuple(patterns or PATTERNS_BY_PHASE[phase]), difficulty=difficulty)
    return RiskEngine(likelihoods=table, prior=prior or sum(DEFAULT_PREVALENCE) / 2)
