"""A deterministic scenario generator.

`scenario_document_generate()` builds an import document (the format of
`interchange.py`) from a seed: the same arguments always give the same
document. Every planted indicator is observable in what a trainee sees
(documents, event log, parties, OSINT pages), which `observable_indicators()`
recomputes from trainee-visible data alone; decoys carry exactly one innocent
indicator, and clean consignments none.
"""

import datetime as dt
import random
from dataclasses import dataclass

from django.utils import translation
from stdnum import iso6346

from .catalogue import PLACE_BY_CODE

BASE_DATE = dt.date(2026, 3, 2)
RISK_COUNTRIES = {"AF", "PK", "IR"}
WEBMAIL = "webmail.example.net"
VAGUE = {"General merchandise", "Spare parts"}
NEW_TRADER = "No previous declarations."
POOR_HISTORY = "Two valuation adjustments and one fine in 2025."
LONG_DWELL_DAYS = 8  # a transshipment dwell of this many days or more is unusual


@dataclass(frozen=True)
class Goods:
    description: str
    hs_code: str
    origins: tuple[str, ...]
    usd_per_kg: float
    reefer: bool = False
    chemical: bool = False
    package_type: str = "cartons"


GOODS = {
    g.description: g
    for g in (
        Goods("Ceramic floor tiles", "690722", ("TR", "CN"), 1.3, package_type="pallets"),
        Goods("Cotton T-shirts", "610910", ("TR", "CN", "UZ"), 9.0),
        Goods("Sunflower oil in bottles", "151211", ("RU", "KZ"), 1.4),
        Goods("Car tyres", "401110", ("CN", "TR"), 3.5, package_type="pieces"),
        Goods("Washing machines", "845011", ("TR", "CN"), 6.0, package_type="pieces"),
        Goods("Window glass", "700529", ("TR", "RU"), 0.7, package_type="crates"),
        Goods("Laptop computers", "847130", ("CN",), 60.0),
        Goods("Frozen chicken legs", "020714", ("RU", "TR"), 2.1, reefer=True),
        Goods("Fresh bananas", "080390", ("EC",), 0.9, reefer=True),
        Goods("Dried apricots", "081310", ("UZ", "TJ"), 4.0),
        Goods("Cotton yarn", "520512", ("UZ",), 3.0, package_type="bales"),
        Goods("Polypropylene granules", "390210", ("AZ", "RU"), 1.1, package_type="bags"),
        Goods("Acetic acid solution", "291521", ("CN", "RU"), 0.8, chemical=True, package_type="drums"),
        Goods("Spare parts", "870899", ("CN", "TR"), 5.0),
    )
}
NORMAL_GOODS = {
    "import": ("Ceramic floor tiles", "Cotton T-shirts", "Sunflower oil in bottles", "Car tyres", "Washing machines", "Window glass"),
    "export": ("Dried apricots", "Cotton yarn", "Cotton T-shirts"),
    "transit": ("Ceramic floor tiles", "Car tyres", "Washing machines", "Polypropylene granules"),
}  # fmt: skip


@dataclass(frozen=True)
class Route:
    mode: str
    receipt: str
    loading: str
    transshipment: tuple[str, ...]
    discharge: str
    destination: str
    conveyance: str


LOCATIONS = {"import": "KZAAU", "export": "UZTAS", "transit": "TMTMB"}
NORMAL_ROUTES = {
    "import": (
        Route("ferry", "AZBAK", "AZALT", (), "KZAAU", "KZALA", "MV Professor Gul"),
        Route("sea", "RUAST", "RUAST", (), "KZAAU", "KZAAU", "MV Volgo-Balt 214"),
        Route("sea", "RUMAK", "RUMAK", (), "KZAAU", "KZALA", "MV Omskiy 117"),
        Route("ferry", "TMTMB", "TMTMB", (), "KZAAU", "KZAAU", "MV Berkarar"),
    ),
    "export": (
        Route("rail", "UZTAS", "UZTAS", (), "KZALT", "CNXIA", "Train 1207"),
        Route("rail", "UZTAS", "UZTAS", (), "RUAST", "RUAST", "Train 3314"),
        Route("road", "UZTAS", "UZTAS", (), "KGOSS", "KGFRU", "Truck 01 A 417 BA"),
    ),
    "transit": (
        Route("ferry", "AZBAK", "AZALT", (), "TMTMB", "UZTAS", "MV Bagtyyarlyk"),
        Route("rail", "TMASB", "TMASB", (), "TMTMB", "AZBAK", "Train 5520"),
    ),
}
TRANSSHIPMENT_ROUTE = {
    "import": Route("ferry", "TRMER", "TRMER", ("GEPTI", "AZALT"), "KZAAU", "KZALA", "MV Caspian Pearl"),
    "export": Route("rail", "UZTAS", "UZTAS", ("TMTMB", "AZALT"), "GEPTI", "TRIST", "Train 7741"),
    "transit": Route("ferry", "TRIST", "TRIST", ("GEPTI", "AZALT"), "TMTMB", "UZTAS", "MV Caspian Pearl"),
}
RISKY_ROUTE = {
    "import": Route("sea", "PKKHI", "IRANZ", (), "KZAAU", "KZALA", "MV Golestan 3"),
    "export": Route("road", "UZTAS", "UZTMZ", (), "AFHRT", "AFMZR", "Truck 10 B 902 KA"),
    "transit": Route("road", "AFHRT", "UZTMZ", (), "TMFRP", "TMTMB", "Truck 50 C 118 AF"),
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
        "en": "Typical import price of {goods} (HS {hs}) this quarter: about {price} USD per kg.",
        "ru": "Типичная цена импорта {goods} (код {hs}) в этом квартале: около {price} долларов США за кг.",
        "uz": "Ushbu chorakda {goods} (kod {hs}) ning odatiy import narxi: 1 kg uchun taxminan {price} AQSH dollari.",
        "tk": "Şu çärýekde {goods} (kod {hs}) harydynyň adaty import bahasy: 1 kg üçin takmynan {price} ABŞ dollary.",
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
        "en": "Clean: documents, route, parties and seals are consistent.",
        "ru": "Чисто: документы, маршрут, участники и пломбы согласуются.",
        "uz": "Toza: hujjatlar, yoʻnalish, ishtirokchilar va plombalar bir-biriga mos.",
        "tk": "Arassa: resminamalar, ugur, gatnaşyjylar we plombalar biri-birine laýyk.",
    },
    "decoy": {
        "en": "Decoy: one indicator ({code}) with an innocent explanation; nothing else supports it.",
        "ru": "Ловушка: один индикатор ({code}) с безобидным объяснением; больше ничто его не подкрепляет.",
        "uz": "Chalgʻituvchi: bitta indikator ({code}) beozor izohga ega; uni boshqa hech narsa tasdiqlamaydi.",
        "tk": "Aldawçy: bir görkeziji ({code}) zyýansyz düşündirişe eýe; ony başga hiç zat tassyklamaýar.",
    },
    "cover_load": {
        "en": "High risk: a new consignee with no web presence receives a refrigerated cover load routed via a transit country. Heroin was packed among the cartons.",
        "ru": "Высокий риск: новый получатель без присутствия в интернете получает рефрижераторный груз прикрытия через транзитную страну. Героин был упакован среди коробок.",
        "uz": "Yuqori xavf: internetda mavjud boʻlmagan yangi qabul qiluvchi tranzit mamlakat orqali sovutgichli niqob yuk oladi. Geroin qutilar orasiga joylangan edi.",
        "tk": "Ýokary howp: internetde ýok täze alyjy tranzit ýurt arkaly sowadyjyly örtük ýük alýar. Geroin gutularyň arasyna gaplanypdyr.",
    },
    "rip": {
        "en": "High risk: rip-on/rip-off. The consignee is established and innocent; the seal was removed and replaced during a long dwell at the transshipment port. Bags were just inside the doors.",
        "ru": "Высокий риск: rip-on/rip-off. Получатель давний и добросовестный; пломбу сняли и заменили во время долгого простоя в порту перевалки. Сумки лежали сразу за дверями.",
        "uz": "Yuqori xavf: rip-on/rip-off. Qabul qiluvchi eski va vijdonli; qayta yuklash portida uzoq turib qolganda plomba olib tashlanib, almashtirilgan. Sumkalar eshik ortida edi.",
        "tk": "Ýokary howp: rip-on/rip-off. Alyjy köneden bäri işleýän we dogruçyl; ýük geçiriş portunda uzak saklananda plomba aýrylyp çalşyryldy. Torbalar gapynyň aňyrsynda ýatyrdy.",
    },
    "undervalued": {
        "en": "High risk: revenue fraud. The value is far below the price reference, the scale weight exceeds the declared weight, and the importer has a poor record.",
        "ru": "Высокий риск: уклонение от платежей. Стоимость намного ниже ценовой информации, вес на весах больше заявленного, у импортёра плохая история.",
        "uz": "Yuqori xavf: toʻlovlardan boʻyin tovlash. Qiymat narx maʼlumotidan ancha past, tarozidagi ogʻirlik eʼlon qilinganidan koʻp, importyorning tarixi yomon.",
        "tk": "Ýokary howp: tölegden boýun gaçyrmak. Bahasy baha maglumatyndan has pes, terezidäki agram yglan edilenden köp, import edijiniň taryhy erbet.",
    },
    "precursor": {
        "en": "High risk: precursor diversion. The HS code is that of acetic anhydride, not the acid described; a furniture retailer ships chemicals toward Afghanistan and a third party abroad pays the freight.",
        "ru": "Высокий риск: утечка прекурсоров. Код ТН ВЭД соответствует уксусному ангидриду, а не описанной кислоте; мебельный магазин отправляет химикаты в сторону Афганистана, фрахт оплачивает третье лицо за рубежом.",
        "uz": "Yuqori xavf: prekursorlarni chetga chiqarish. TIF TN kodi tavsiflangan kislotaga emas, sirka angidridiga tegishli; mebel doʻkoni kimyoviy moddalarni Afgʻoniston tomon joʻnatmoqda, fraxtni chet eldagi uchinchi shaxs toʻlaydi.",
        "tk": "Ýokary howp: prekursorlary başga ýere ugratmak. HS kody beýan edilen turşa däl-de, sirke angidridine degişli; mebel dükany himiki maddalary Owganystana tarap ugradýar, frahty daşary ýurtdaky üçünji tarap töleýär.",
    },
}
FINDINGS = {
    "cover_load": {
        "xray": {
            "en": "Dense packages among the cartons near the front wall.",
            "ru": "Плотные упаковки среди коробок у передней стенки.",
            "uz": "Old devor yonida qutilar orasida zich oʻramlar.",
            "tk": "Öň diwaryň ýanynda gutularyň arasynda dykyz gaplar.",
        },
        "devanning": {
            "en": "120 kg of heroin in 40 cartons.",
            "ru": "120 кг героина в 40 коробках.",
            "uz": "40 ta qutida 120 kg geroin.",
            "tk": "40 gutuda 120 kg geroin.",
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
            "en": "Invoice price about a fifth of the reference.",
            "ru": "Цена в инвойсе около пятой части ориентира.",
            "uz": "Invoysdagi narx moʻljalning taxminan beshdan biri.",
            "tk": "Inwoýsdaky baha salgy bahanyň takmynan bäşden biri.",
        },
        "devanning": {
            "en": "Twice as many laptops as declared.",
            "ru": "Ноутбуков вдвое больше заявленного.",
            "uz": "Noutbuklar eʼlon qilinganidan ikki baravar koʻp.",
            "tk": "Noutbuklar yglan edilenden iki esse köp.",
        },
    },
    "precursor": {
        "documents": {
            "en": "HS 291524 is acetic anhydride.",
            "ru": "Код 291524 — уксусный ангидрид.",
            "uz": "291524 kodi — sirka angidridi.",
            "tk": "291524 kody — sirke angidridi.",
        },
        "devanning": {
            "en": "Drums of acetic anhydride, a heroin precursor.",
            "ru": "Бочки с уксусным ангидридом, прекурсором героина.",
            "uz": "Sirka angidridi solingan bochkalar — geroin prekursori.",
            "tk": "Sirke angidridi bolan çelekler — geroin prekursory.",
        },
    },
}
PATTERN_TRUTH = {
    "cover_load": ("drugs", "inside_cargo", ("IND-01", "IND-03", "IND-05", "IND-06", "IND-13"), "3.00"),
    "rip": ("drugs", "rip_on_rip_off", ("IND-08", "IND-21"), "3.00"),
    "undervalued": ("revenue", "misdeclaration", ("IND-02", "IND-15", "IND-16"), "1.50"),
    "precursor": ("precursors", "misdeclaration", ("IND-04", "IND-06", "IND-11", "IND-14", "IND-18"), "3.00"),
}
PATTERNS_BY_PHASE = {
    "import": ("cover_load", "rip", "undervalued"),
    "export": ("precursor", "rip", "undervalued"),
    "transit": ("rip", "cover_load"),
}
DECOY_INDICATORS = ("IND-01", "IND-08", "IND-10", "IND-13", "IND-16")

COMPANY_WORDS = ("Silk", "Caspian", "Aral", "Steppe", "Orient", "Zarafshan", "Turan", "Amu", "Pamir", "Kopet")
COMPANY_KINDS = ("Trading", "Logistics", "Import", "Commerce", "Industries", "Supply")
SUFFIX = {"KZ": "LLP", "UZ": "LLC", "TM": "HJ", "AZ": "MMC", "TR": "Ltd", "CN": "Co Ltd", "RU": "OOO", "IN": "Pvt Ltd", "AE": "FZE", "PK": "Pvt Ltd", "AF": "Ltd"}  # fmt: skip
CITY = {"KZ": "Almaty", "UZ": "Tashkent", "TM": "Ashgabat", "AZ": "Baku", "TR": "Istanbul", "CN": "Urumqi", "RU": "Astrakhan", "IN": "Mumbai", "AE": "Dubai", "PK": "Karachi", "AF": "Mazar-i-Sharif"}  # fmt: skip
DIRECTORS = (
    "A. Karimov",
    "S. Nurlanova",
    "R. Aliyev",
    "M. Orazova",
    "D. Yusupov",
    "L. Chen",
    "E. Demir",
    "I. Petrov",
)


def _t(key: str, **kwargs) -> dict[str, str]:
    """The text `key` in each language, with translatable values (place
    names) filled in that language."""
    texts = {}
    for lang, text in T[key].items():
        with translation.override(lang):
            texts[lang] = text.format(**{name: str(value) for name, value in kwargs.items()})
    return texts


def _container(rng: random.Random, used: set[str]) -> str:
    while True:
        owner = rng.choice(("MSKU", "TGHU", "CAIU", "TCNU", "FCIU", "KZTU", "UZCU", "SEGU"))
        body = f"{owner}{rng.randrange(100000, 999999)}"
        number = body + iso6346.calc_check_digit(body)
        if number not in used:
            used.add(number)
            return number


class _Builder:
    def __init__(self, seed: int, phase: str):
        # Reproducible training data, not security: the same seed must give the same scenario.
        self.rng = random.Random(f"pcu-scenario-{seed}-{phase}")  # noqa: S311
        self.phase = phase
        self.parties: list[dict] = []
        self.osint: list[dict] = []
        self.containers: set[str] = set()
        self.names: set[str] = set()
        self.start = BASE_DATE + dt.timedelta(days=self.rng.randrange(0, 200))

    def company_name(self, country: str) -> str:
        while True:
            name = f"{self.rng.choice(COMPANY_WORDS)} {self.rng.choice(COMPANY_KINDS)} {SUFFIX.get(country, 'Ltd')}"
            if name not in self.names:
                self.names.add(name)
                return name

    def party(self, country: str, *, new=False, opaque=False, poor=False, activity="Wholesale trade") -> dict:
        ref = f"p{len(self.parties) + 1:02d}"
        name = self.company_name(country)
        domain = name.split()[0].lower() + "-" + name.split()[1].lower() + ".example.com"
        incorporated = self.start - dt.timedelta(
            days=self.rng.randrange(60, 120) if new else self.rng.randrange(2000, 6000)
        )
        if new:
            history = NEW_TRADER
        elif poor:
            history = POOR_HISTORY
        else:
            history = f"Regular trader since {incorporated.year}; {self.rng.randrange(40, 400)} declarations; no offences."
        party = {
            "ref": ref,
            "kind": "company",
            "name": name,
            "country": country,
            "address": f"Apartment {self.rng.randrange(2, 90)}, {self.rng.randrange(1, 40)} Residential Block, {CITY.get(country, 'City')}"
            if opaque
            else f"{self.rng.randrange(1, 200)} Industrial Street, {CITY.get(country, 'City')}",
            "registration_number": f"{country}{self.rng.randrange(10**8, 10**9)}",
            "incorporated_on": incorporated.isoformat(),
            "activity": activity,
            "directors": self.rng.choice(DIRECTORS),
            "email": f"{name.split()[0].lower()}{self.rng.randrange(10, 99)}@{WEBMAIL}"
            if opaque
            else f"info@{domain}",
            "phone": f"+{self.rng.randrange(100, 999)} {self.rng.randrange(1000000, 9999999)}",
            "website": "" if opaque else f"https://{domain}",
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
                    address=party["address"],
                    activity=activity,
                    director=party["directors"],
                ),
            }
        )
        return party


def _events(b: _Builder, number: str, route: Route, seal: str, loading: dt.date, *, dwell: int, rip: bool):
    """Event log and the seal recorded at the terminal."""
    t = dt.datetime.combine(loading, dt.time(8, 0), tzinfo=dt.UTC)
    events = [
        {"code": "GTIN", "place": route.loading, "occurred_at": (t - dt.timedelta(hours=20)).isoformat(), "seal_numbers": seal, "remark": ""},
        {"code": "LOAD", "place": route.loading, "occurred_at": t.isoformat(), "seal_numbers": seal, "remark": ""},
    ]  # fmt: skip
    recorded = seal
    for i, place in enumerate(route.transshipment):
        t += dt.timedelta(days=2)
        events.append(
            {
                "code": "DISC",
                "place": place,
                "occurred_at": t.isoformat(),
                "seal_numbers": recorded,
                "remark": "",
            }
        )
        stay = dwell if i == 0 else 1
        if rip and i == 0:
            new_seal = f"{seal[:2]}{int(seal[2:]) + 7:06d}"
            mid = t + dt.timedelta(days=stay // 2)
            events.append(
                {
                    "code": "RMVD",
                    "place": place,
                    "occurred_at": mid.isoformat(),
                    "seal_numbers": recorded,
                    "remark": "",
                }
            )
            events.append({"code": "RSEA", "place": place, "occurred_at": (mid + dt.timedelta(hours=3)).isoformat(), "seal_numbers": new_seal, "remark": ""})  # fmt: skip
            recorded = new_seal
        t += dt.timedelta(days=stay)
        events.append(
            {
                "code": "LOAD",
                "place": place,
                "occurred_at": t.isoformat(),
                "seal_numbers": recorded,
                "remark": "",
            }
        )
    t += dt.timedelta(days=2)
    events.append(
        {
            "code": "DISC",
            "place": route.discharge,
            "occurred_at": t.isoformat(),
            "seal_numbers": recorded,
            "remark": "",
        }
    )
    events.append({"code": "INSP", "place": route.discharge, "occurred_at": (t + dt.timedelta(hours=2)).isoformat(), "seal_numbers": recorded, "remark": ""})  # fmt: skip
    return events, recorded, t.date()


def _consignment(b: _Builder, kind: str, pool: dict, decoy: str | None = None) -> dict:
    rng = b.rng
    phase = b.phase
    route = rng.choice(NORMAL_ROUTES[phase])
    goods = GOODS[rng.choice(NORMAL_GOODS[phase])]
    shipper = rng.choice(pool["shippers"])
    consignee = rng.choice(pool["consignees"])
    freight_payer = None
    dwell = 1
    rip = False
    weight = float(rng.randrange(8000, 24000))
    scale = weight * rng.uniform(0.98, 1.03)
    price_factor = rng.uniform(0.9, 1.2)
    hs = goods.hs_code
    description = goods.description
    origin = rng.choice(goods.origins)
    size_type = "22G1" if weight < 16000 else "45G1"
    filing_offset = -2  # filed two days before loading

    if decoy == "IND-01":
        consignee = b.party(pool["consignee_country"], new=True)
    elif decoy == "IND-08":
        route = TRANSSHIPMENT_ROUTE[phase]
        dwell = rng.randrange(2, 4)
    elif decoy == "IND-10":
        goods = GOODS["Spare parts"]
        description, hs, origin = goods.description, goods.hs_code, rng.choice(goods.origins)
    elif decoy == "IND-13":
        goods = GOODS["Frozen chicken legs"]
        description, hs, origin = goods.description, goods.hs_code, rng.choice(goods.origins)
    elif decoy == "IND-16":
        scale = weight * 1.18

    if kind == "cover_load":
        route = RISKY_ROUTE[phase] if phase != "export" else NORMAL_ROUTES[phase][0]
        goods = GOODS["Frozen chicken legs"]
        description, hs, origin = goods.description, goods.hs_code, "TR"
        consignee = b.party(pool["consignee_country"], new=True, opaque=True)
    elif kind == "rip":
        route = TRANSSHIPMENT_ROUTE[phase]
        dwell = rng.randrange(LONG_DWELL_DAYS + 1, 14)
        rip = True
    elif kind == "undervalued":
        goods = GOODS["Laptop computers"] if phase != "export" else GOODS["Cotton yarn"]
        description, hs, origin = goods.description, goods.hs_code, goods.origins[0]
        weight = float(rng.randrange(4000, 9000))
        scale = weight * 1.3
        price_factor = 0.2
        consignee = b.party(pool["consignee_country"], poor=True)
    elif kind == "precursor":
        route = RISKY_ROUTE["export"]
        goods = GOODS["Acetic acid solution"]
        description, origin = goods.description, "CN"
        hs = "291524"  # acetic anhydride, not the declared acid
        shipper = b.party("UZ", activity="Furniture retail")
        consignee = b.party("AF")
        freight_payer = b.party("AE")
    if goods.reefer:
        size_type = "45R1"

    number = _container(rng, b.containers)
    seal = f"{rng.choice(('SL', 'KZ', 'UZ', 'CS'))}{rng.randrange(100000, 899999)}"
    loading = b.start + dt.timedelta(days=rng.randrange(0, 10))
    events, recorded, arrival = _events(b, number, route, seal, loading, dwell=dwell, rip=rip)
    value = round(weight * goods.usd_per_kg * price_factor, 2)
    packages = max(1, int(weight // rng.choice((20, 25, 40, 500))))
    doc = {
        "container_number": number,
        "size_type": size_type,
        "transport_mode": route.mode,
        "transport_document_number": f"{route.mode[:2].upper()}{rng.randrange(10**7, 10**8)}",
        "seals_declared": seal,
        "seals_recorded": recorded,
        "conveyance": route.conveyance,
        "voyage": f"{rng.randrange(1, 60):03d}{rng.choice('EWNS')}",
        "place_of_receipt": route.receipt,
        "port_of_loading": route.loading,
        "transshipment": ",".join(route.transshipment),
        "port_of_discharge": route.discharge,
        "final_destination": route.destination,
        "freight_terms": "collect" if freight_payer else "prepaid",
        "goods_description": description,
        "hs_code": hs,
        "country_of_origin": origin,
        "packages": packages,
        "package_type": goods.package_type,
        "gross_weight_kg": f"{weight:.1f}",
        "net_weight_kg": f"{weight * 0.95:.1f}",
        "scale_weight_kg": f"{scale:.1f}",
        "declared_value": f"{value:.2f}",
        "currency": "USD",
        "incoterms": rng.choice(("FOB", "CFR", "CIF", "FCA")),
        "invoice_number": f"INV-{rng.randrange(1000, 9999)}/{loading.year}",
        "declaration_number": f"{rng.randrange(10**9, 10**10)}",
        "booking_date": (loading - dt.timedelta(days=rng.randrange(7, 20))).isoformat(),
        "filing_date": (loading + dt.timedelta(days=filing_offset)).isoformat(),
        "loading_date": loading.isoformat(),
        "arrival_date": arrival.isoformat(),
        "shipper": shipper["ref"],
        "consignee": consignee["ref"],
        "notify_party": consignee["ref"],
        "freight_payer": freight_payer["ref"] if freight_payer else None,
        "events": events,
    }
    if kind in PATTERN_TRUTH:
        threat, concealment, indicators, severity = PATTERN_TRUTH[kind]
        findings = FINDINGS[kind]
        doc["truth"] = {
            "high_risk": True,
            "threat": threat,
            "concealment": concealment,
            "indicators": list(indicators),
            "severity": severity,
            "findings": {k: findings.get(k, {}) for k in ("documents", "xray", "partial", "devanning")},
            "debrief": DEBRIEF[kind],
        }
    else:
        doc["truth"] = {
            "high_risk": False,
            "threat": "none",
            "concealment": "none",
            "indicators": [],
            "severity": "1.00",
            "findings": {},
            "debrief": {k: v.format(code=decoy) for k, v in DEBRIEF["decoy" if decoy else "clean"].items()},
        }
    return doc


def scenario_document_generate(
    *, seed: int, consignments: int, high_risk: int, phase: str = "import", title: str | dict | None = None,
    budget: int | None = None, patterns: tuple[str, ...] | None = None,
) -> dict:  # fmt: skip
    """A complete scenario document (see interchange.py). Deterministic in its arguments."""
    if phase not in LOCATIONS:
        raise ValueError(phase)
    if not 1 <= high_risk < consignments:
        raise ValueError("need 1 <= high_risk < consignments")
    b = _Builder(seed, phase)
    rng = b.rng
    home = {"import": "KZ", "export": "UZ", "transit": "TM"}[phase]
    abroad = {"import": "TR", "export": "RU", "transit": "AZ"}[phase]
    pool = {
        "shippers": [b.party(abroad if phase != "export" else home) for _i in range(3)],
        "consignees": [b.party(home if phase != "export" else abroad) for _i in range(4)],
        "consignee_country": home if phase != "export" else abroad,
    }
    patterns = patterns or PATTERNS_BY_PHASE[phase]
    kinds = [patterns[i % len(patterns)] for i in range(high_risk)]
    n_decoys = min(len(DECOY_INDICATORS), max(1, (consignments - high_risk) // 3))
    decoys = [DECOY_INDICATORS[(seed + i) % len(DECOY_INDICATORS)] for i in range(n_decoys)]
    plan = [(k, None) for k in kinds] + [("decoy", d) for d in decoys]
    plan += [("clean", None)] * (consignments - len(plan))
    rng.shuffle(plan)
    docs = [_consignment(b, kind, pool, decoy) for kind, decoy in plan]

    place = PLACE_BY_CODE[LOCATIONS[phase]].name
    budget = budget or max(1, min(consignments - 1, round(high_risk * 1.5)))
    # OSINT: price references for the goods in play, vessel pages, alerts, news, a decoy watch-list entry
    for description in sorted({d["goods_description"] for d in docs}):
        goods = GOODS[description]
        b.osint.append(
            {
                "kind": "price",
                "url": f"https://prices.example.org/hs/{goods.hs_code}",
                "title": _t("price_title", goods=description),
                "body": _t(
                    "price_body", goods=description, hs=goods.hs_code, price=f"{goods.usd_per_kg:.2f}"
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
    transshipments = sorted({d["transshipment"].split(",")[0] for d in docs if d["transshipment"]})
    for code in transshipments:
        b.osint.append(
            {
                "kind": "alert",
                "url": f"https://containercomm.example.org/alerts/{code}",
                "title": _t("alert_title", place=PLACE_BY_CODE[code].name),
                "body": _t("alert_body", place=PLACE_BY_CODE[code].name),
            }
        )
    b.osint.append({"kind": "news", "url": "https://news.example.net/caspian-ferries", "title": T["news_title"], "body": T["news_body"]})  # fmt: skip
    lookalike = rng.choice([p for p in b.parties if not p["trade_history"].startswith("No previous")])
    b.osint.append(
        {
            "kind": "sanctions",
            "url": "https://watchlist.example.org/entry/4471",
            "title": _t("sanctions_title", name=lookalike["name"].replace(" ", "-", 1)),
            "body": _t("sanctions_body", name=lookalike["name"].replace(" ", "-", 1), country="AE"),
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
        "difficulty": 2,
        "pass_mark": 60,
        "weights": {"severity": "0.50", "skill": "0.30", "indicators": "0.20"},
        "indicators": [],
        "parties": b.parties,
        "osint_pages": b.osint,
        "consignments": docs,
    }


def observable_indicators(consignment, osint_pages) -> set[str]:
    """The indicators that trainee-visible data shows for one consignment
    (a `selectors.ConsignmentView` and `selectors.OsintPageView`s). Used by
    tests to prove the generator's truth is observable."""
    c = consignment
    found = set()
    goods = GOODS.get(c.goods_description)
    if c.consignee.trade_history == NEW_TRADER:
        found.add("IND-01")
    if c.consignee.trade_history == POOR_HISTORY:
        found.add("IND-02")
    if c.shipper.activity == "Furniture retail" and goods and goods.chemical:
        found.add("IND-04")
    if "Residential Block" in c.consignee.address:
        found.add("IND-03")
    if WEBMAIL in c.consignee.email and not c.consignee.website:
        found.add("IND-05")
    codes = [
        c.place_of_receipt,
        c.port_of_loading,
        c.port_of_discharge,
        c.final_destination,
        *c.transshipment,
    ]
    if any(code.rsplit("(", 1)[-1][:2] in RISK_COUNTRIES for code in codes):
        found.add("IND-06")
    if c.transshipment:
        found.add("IND-08")
    if c.goods_description in VAGUE:
        found.add("IND-10")
    if goods and goods.hs_code != c.hs_code:
        found.add("IND-11")
    if goods and goods.reefer:
        found.add("IND-13")
    if goods and goods.chemical:
        found.add("IND-14")
    price_pages = [p for p in osint_pages if p.kind == "price" and c.goods_description in p.title]
    if goods and price_pages and float(c.declared_value) / float(c.gross_weight_kg) < 0.5 * goods.usd_per_kg:
        found.add("IND-15")
    if c.scale_weight_kg and abs(float(c.scale_weight_kg) - float(c.gross_weight_kg)) > 0.1 * float(
        c.gross_weight_kg
    ):
        found.add("IND-16")
    if c.freight_payer and c.freight_payer.id not in (c.shipper.id, c.consignee.id):
        found.add("IND-18")
    customs = False
    for event in c.events:
        customs = customs or event.code == "CSEL"
        if event.code == "RMVD" and not customs:
            found.add("IND-21")
    if set(c.seals_recorded) != set(c.seals_declared):
        found.add("IND-21")
    return found
