"""How strongly each risk indicator speaks for a high-risk consignment: the
generator draws its evidence from this table, and the naive-Bayes risk engine
(`scenarios.risk_engine`) scores with it (docs/scenarios.md, "The risk engine").

An indicator is evidence, not a label. For every indicator the generator can
show, `BASE_RATES` gives the share of *clean* consignments showing it (each
with an innocent explanation in `INNOCENT`), and `PATTERN_LIKELIHOODS` the
share of high-risk consignments of each pattern showing it; an indicator a
pattern does not list shows at its base rate. The figures are for the default
difficulty, 3.

Difficulty 1 (easiest) to 5 (hardest) moves both sides
(`likelihood_table`): on high-risk consignments the excess over the base rate
is multiplied by `SIGNAL[d]` (fewer and weaker indicators as d grows), and
the base rates of clean traffic by `LOOKALIKE[d]` (more innocent look-alikes).

Two groups are exclusive, each drawn as one choice so that every marginal
rate stays exactly as written: the goods (`IND-10` vague, `IND-13` perishable,
`IND-14` chemical, or ordinary goods) and the trader's record (`IND-01` new,
`IND-02` poor record, or an ordinary record). A high-risk consignment that
draws no indicator at all draws again (it always shows at least one).
"""

# Indicators the generator can show, all observable by a trainee (documents,
# event log, parties, OSINT); `generator.observable_indicators` recomputes them.
VISIBLE = (
    "IND-01", "IND-02", "IND-03", "IND-04", "IND-05", "IND-06", "IND-08", "IND-10",
    "IND-11", "IND-12", "IND-13", "IND-14", "IND-15", "IND-16", "IND-18", "IND-20", "IND-21",
)  # fmt: skip
EXCLUSIVE = (("IND-10", "IND-13", "IND-14"), ("IND-01", "IND-02"))

# Share of clean consignments showing the indicator, difficulty 3.
BASE_RATES = {
    "IND-01": 0.08,  # legitimate new importers and exporters
    "IND-02": 0.05,  # an old valuation adjustment on an honest trader
    "IND-03": 0.02,  # small family firms registered at home
    "IND-04": 0.03,  # traders branching out into new lines
    "IND-05": 0.06,  # small firms without a website, on webmail
    "IND-06": 0.05,  # ordinary trade with Iran, Pakistan or Afghanistan
    "IND-08": 0.15,  # transshipment through the usual hubs (Poti, Alyat, Bandar Abbas)
    "IND-10": 0.04,  # "spare parts" for a mixed order
    "IND-11": 0.02,  # clerical slips in the HS subheading
    "IND-12": 0.03,  # re-export by a trading house abroad
    "IND-13": 0.08,  # ordinary reefer trade (meat, fish, fruit)
    "IND-14": 0.05,  # ordinary paints, detergents and industrial chemicals
    "IND-15": 0.03,  # goods that are genuinely cheap (seconds, clearance lots)
    "IND-16": 0.03,  # packaging or pallets left out of the declared weight
    "IND-18": 0.03,  # a parent company or agent abroad pays the freight
    "IND-20": 0.05,  # brokers filing at the last minute
    "IND-21": 0.04,  # a mistyped seal number, or a congested hub
}

PATTERNS = ("cover_load", "rip", "undervalued", "precursor")

# Share of high-risk consignments of each pattern showing the indicator, difficulty 3.
PATTERN_LIKELIHOODS = {
    # Drugs in a refrigerated or ordinary cover load for a front company.
    "cover_load": {
        "IND-13": 0.60, "IND-01": 0.35, "IND-05": 0.30, "IND-03": 0.18, "IND-06": 0.35,
        "IND-08": 0.30, "IND-04": 0.12, "IND-12": 0.15, "IND-18": 0.10, "IND-20": 0.15, "IND-15": 0.08,
    },
    # Rip-on/rip-off: an innocent, established consignee; only route, seals and dwell tell.
    "rip": {"IND-08": 0.85, "IND-21": 0.55, "IND-06": 0.12},
    # Revenue fraud: undervaluation, misclassification, short-declared weight.
    "undervalued": {
        "IND-15": 0.45, "IND-16": 0.30, "IND-02": 0.30, "IND-01": 0.12, "IND-11": 0.20,
        "IND-10": 0.12, "IND-12": 0.12, "IND-18": 0.08, "IND-20": 0.12, "IND-05": 0.10,
    },
    # Acetic anhydride declared as a harmless chemical, heading for Afghanistan.
    "precursor": {
        "IND-14": 0.75, "IND-04": 0.35, "IND-06": 0.45, "IND-18": 0.25, "IND-01": 0.25,
        "IND-05": 0.20, "IND-11": 0.18, "IND-16": 0.12, "IND-20": 0.15, "IND-03": 0.10, "IND-12": 0.10,
    },
}  # fmt: skip

# Multipliers by difficulty: of the likelihoods' excess over the base rate
# (signal strength) and of the base rates (innocent look-alikes).
SIGNAL = {1: 1.5, 2: 1.3, 3: 1.0, 4: 0.75, 5: 0.5}
LOOKALIKE = {1: 0.5, 2: 0.7, 3: 1.0, 4: 1.35, 5: 1.8}
DIFFICULTIES = tuple(SIGNAL)
DEFAULT_DIFFICULTY = 3
MAX_LIKELIHOOD = 0.97


def base_rate(code: str, difficulty: int = DEFAULT_DIFFICULTY) -> float:
    """Share of clean consignments showing `code` at `difficulty`."""
    return min(0.5, BASE_RATES[code] * LOOKALIKE[difficulty])


def likelihood(pattern: str, code: str, difficulty: int = DEFAULT_DIFFICULTY) -> float:
    """Share of high-risk consignments of `pattern` showing `code` at `difficulty`."""
    q = base_rate(code, difficulty)
    p = PATTERN_LIKELIHOODS[pattern].get(code)
    if p is None:
        return q
    excess = (p - BASE_RATES[code]) * SIGNAL[difficulty]
    return max(q, min(MAX_LIKELIHOOD, q + excess))


def likelihood_table(
    *, patterns: tuple[str, ...], difficulty: int = DEFAULT_DIFFICULTY
) -> dict[str, tuple[float, float]]:
    """{code: (share of high-risk consignments showing it, share of clean ones)}
    for a scenario whose high-risk consignments are spread evenly over `patterns`."""
    return {
        code: (
            sum(likelihood(p, code, difficulty) for p in patterns) / len(patterns),
            base_rate(code, difficulty),
        )
        for code in VISIBLE
    }


# What an officer should know before reading an indicator as a threat: the
# innocent explanation behind the base rate. Shown in clean consignments' debriefs.
INNOCENT = {
    "IND-01": {
        "en": "The trader is new, and most new traders are legitimate.",
        "ru": "Участник новый, а большинство новых участников добросовестны.",
        "uz": "Ishtirokchi yangi, yangi ishtirokchilarning aksariyati esa vijdonli.",
        "tk": "Gatnaşyjy täze, täze gatnaşyjylaryň köpüsi bolsa dogruçyl.",
    },
    "IND-02": {
        "en": "The trader's past adjustment was settled; the record does not make this consignment suspect.",
        "ru": "Прошлая корректировка участника урегулирована; история не делает эту партию подозрительной.",
        "uz": "Ishtirokchining avvalgi tuzatishi hal qilingan; tarix bu partiyani shubhali qilmaydi.",
        "tk": "Gatnaşyjynyň öňki düzedişi çözüldi; taryh bu ýüki şübheli etmeýär.",
    },
    "IND-03": {
        "en": "A small family firm registered at the owner's home address.",
        "ru": "Небольшая семейная фирма, зарегистрированная по домашнему адресу владельца.",
        "uz": "Egasining uy manzilida roʻyxatdan oʻtgan kichik oilaviy firma.",
        "tk": "Eýesiniň öý salgysynda hasaba alnan kiçi maşgala kärhanasy.",
    },
    "IND-04": {
        "en": "The trader is branching out into a new line of goods, with ordinary contracts.",
        "ru": "Участник осваивает новую товарную группу по обычным контрактам.",
        "uz": "Ishtirokchi oddiy shartnomalar bilan yangi tovar guruhini oʻzlashtirmoqda.",
        "tk": "Gatnaşyjy adaty şertnamalar bilen täze haryt toparyny özleşdirýär.",
    },
    "IND-05": {
        "en": "A small firm without a website that uses webmail, as many do.",
        "ru": "Небольшая фирма без сайта с бесплатной почтой, как и многие.",
        "uz": "Koʻplar kabi sayti yoʻq, bepul pochtadan foydalanadigan kichik firma.",
        "tk": "Köpler ýaly saýty ýok, mugt poçtany ulanýan kiçi kärhana.",
    },
    "IND-06": {
        "en": "Ordinary trade on a regular lane through a neighbouring country.",
        "ru": "Обычная торговля по регулярному маршруту через соседнюю страну.",
        "uz": "Qoʻshni mamlakat orqali muntazam yoʻnalishdagi oddiy savdo.",
        "tk": "Goňşy ýurt arkaly yzygiderli ugurdaky adaty söwda.",
    },
    "IND-08": {
        "en": "Transshipment through a usual hub of the corridor, with normal dwell and seals.",
        "ru": "Перевалка в обычном узле коридора с обычным простоем и пломбами.",
        "uz": "Yoʻlakning odatiy tugunida odatiy turib qolish va plombalar bilan qayta yuklash.",
        "tk": "Geçelgäniň adaty merkezinde adaty saklanma we plombalar bilen ýük geçirmek.",
    },
    "IND-10": {
        "en": "A mixed order of spare parts, itemised on the invoice.",
        "ru": "Смешанный заказ запчастей, расписанный в инвойсе.",
        "uz": "Invoysda batafsil koʻrsatilgan ehtiyot qismlarning aralash buyurtmasi.",
        "tk": "Inwoýsda jikme-jik görkezilen ätiýaçlyk şaýlaryň garyşyk sargydy.",
    },
    "IND-11": {
        "en": "A clerical slip in the HS subheading, corrected without a change in duty.",
        "ru": "Описка в субпозиции ТН ВЭД, исправленная без изменения пошлины.",
        "uz": "TIF TN subpozitsiyasidagi xato, boj oʻzgarmasdan tuzatilgan.",
        "tk": "HS kiçi bölüminde ýalňyşlyk, gümrük paji üýtgemezden düzedildi.",
    },
    "IND-12": {
        "en": "A trading house re-exports goods it bought elsewhere; the origin is on the certificate.",
        "ru": "Торговый дом реэкспортирует товар, купленный в другой стране; происхождение указано в сертификате.",
        "uz": "Savdo uyi boshqa joyda sotib olingan tovarni qayta eksport qilmoqda; kelib chiqishi sertifikatda.",
        "tk": "Söwda öýi başga ýerde satyn alnan harydy gaýtadan eksport edýär; gelip çykyşy şahadatnamada.",
    },
    "IND-13": {
        "en": "Ordinary reefer trade from a regular supplier.",
        "ru": "Обычная рефрижераторная торговля от постоянного поставщика.",
        "uz": "Doimiy yetkazib beruvchidan oddiy sovutgichli savdo.",
        "tk": "Hemişelik üpjün edijiden adaty sowadyjyly söwda.",
    },
    "IND-14": {
        "en": "An ordinary chemical product for a regular industrial buyer.",
        "ru": "Обычная химическая продукция для постоянного промышленного покупателя.",
        "uz": "Doimiy sanoat xaridori uchun oddiy kimyoviy mahsulot.",
        "tk": "Hemişelik senagat alyjysy üçin adaty himiki önüm.",
    },
    "IND-15": {
        "en": "The goods are genuinely cheap: seconds or a clearance lot.",
        "ru": "Товар действительно дешёвый: уценка или распродажа остатков.",
        "uz": "Tovar haqiqatan arzon: chegirmali yoki qoldiqlar savdosi.",
        "tk": "Haryt hakykatdan arzan: arzanladylan ýa-da galyndy söwdasy.",
    },
    "IND-16": {
        "en": "Pallets and packaging were left out of the declared weight.",
        "ru": "Поддоны и упаковка не вошли в заявленный вес.",
        "uz": "Poddonlar va qadoq eʼlon qilingan ogʻirlikka kiritilmagan.",
        "tk": "Paletler we gaplama yglan edilen agrama goşulmandyr.",
    },
    "IND-18": {
        "en": "The parent company or the forwarding agent abroad pays the freight.",
        "ru": "Фрахт оплачивает материнская компания или экспедитор за рубежом.",
        "uz": "Fraxtni bosh kompaniya yoki chet eldagi ekspeditor toʻlaydi.",
        "tk": "Frahty ene kompaniýa ýa-da daşary ýurtdaky ekspeditor töleýär.",
    },
    "IND-20": {
        "en": "The broker filed at the last minute, as busy brokers do.",
        "ru": "Брокер подал декларацию в последний момент, как часто бывает.",
        "uz": "Broker deklaratsiyani soʻnggi daqiqada topshirgan, bu tez-tez boʻladi.",
        "tk": "Broker deklarasiýany iň soňky pursatda tabşyrdy, bu köplenç bolýar.",
    },
    "IND-21": {
        "en": "A mistyped seal number or a congested hub; the seal itself is intact.",
        "ru": "Опечатка в номере пломбы или загруженный узел; сама пломба цела.",
        "uz": "Plomba raqamidagi xato yoki band tugun; plombaning oʻzi butun.",
        "tk": "Plomba belgisindäki ýalňyşlyk ýa-da dykyz merkez; plombanyň özi bitin.",
    },
}
