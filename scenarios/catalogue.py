"""Reference data: the default indicator catalogue (domain.md §3) and the
region's places.

The indicator texts are data, not interface strings: they are loaded into the
editable `Indicator` table in all four languages (`indicator_catalogue_ensure`),
after which mentors own them.

Place codes follow the UN/LOCODE format (two-letter country, three
characters); codes for inland posts in this list are the project's own
training codes in that format and must be checked against the UNECE list
before being used outside training.
"""

from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Place:
    code: str
    name: str | Promise  # translated on use (docs/glossary.md)
    country: str
    kind: str  # seaport, dry port, border crossing, city


PLACES: tuple[Place, ...] = (
    Place("KZAAU", _("Aktau"), "KZ", "seaport"),
    Place("KZKUR", _("Kuryk"), "KZ", "seaport"),
    Place("KZALT", _("Altynkol"), "KZ", "dry port"),
    Place("KZALA", _("Almaty"), "KZ", "city"),
    Place("AZALT", _("Alyat (Port of Baku)"), "AZ", "seaport"),
    Place("AZBAK", _("Baku"), "AZ", "city"),
    Place("TMTMB", _("Turkmenbashi"), "TM", "seaport"),
    Place("TMASB", _("Ashgabat dry port"), "TM", "dry port"),
    Place("TMFRP", _("Farap"), "TM", "border crossing"),
    Place("UZTAS", _("Tashkent (Chukursai)"), "UZ", "dry port"),
    Place("UZTMZ", _("Ayritom / Termez"), "UZ", "border crossing"),
    Place("TJDYU", _("Dushanbe-2"), "TJ", "dry port"),
    Place("TJNPJ", _("Nizhniy Pyanj"), "TJ", "border crossing"),
    Place("KGFRU", _("Bishkek"), "KG", "city"),
    Place("KGOSS", _("Osh"), "KG", "city"),
    Place("AFMZR", _("Mazar-i-Sharif"), "AF", "city"),
    Place("AFHRT", _("Hairatan"), "AF", "border crossing"),
    Place("IRBND", _("Bandar Abbas"), "IR", "seaport"),
    Place("IRANZ", _("Bandar Anzali"), "IR", "seaport"),
    Place("PKKHI", _("Karachi"), "PK", "seaport"),
    Place("CNXIA", _("Xi'an"), "CN", "dry port"),
    Place("CNURC", _("Urumqi"), "CN", "dry port"),
    Place("CNLYG", _("Lianyungang"), "CN", "seaport"),
    Place("GEPTI", _("Poti"), "GE", "seaport"),
    Place("TRIST", _("Istanbul"), "TR", "seaport"),
    Place("TRMER", _("Mersin"), "TR", "seaport"),
    Place("RUAST", _("Astrakhan"), "RU", "seaport"),
    Place("RUMAK", _("Makhachkala"), "RU", "seaport"),
    Place("AEJEA", _("Jebel Ali"), "AE", "seaport"),
    Place("INNSA", _("Nhava Sheva"), "IN", "seaport"),
    Place("NLRTM", _("Rotterdam"), "NL", "seaport"),
    Place("DEHAM", _("Hamburg"), "DE", "seaport"),
    Place("ECGYE", _("Guayaquil"), "EC", "seaport"),
)

PLACE_BY_CODE = {place.code: place for place in PLACES}


def place_name(code: str) -> str:
    """ "Name (CODE)" of a place in the active language; the bare code for a
    place outside the catalogue."""
    place = PLACE_BY_CODE.get(code)
    return f"{place.name} ({code})" if place else code


def country_name(code: str, language: str | None = None) -> str:
    """The name of the country `code` (ISO 3166 alpha-2) in `language`
    (default: the active one), from the Unicode CLDR through Babel, which
    covers every language of the platform; the bare code when CLDR has no
    name for it."""
    language = (language or get_language() or "en").split("-")[0]
    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        names = Locale.parse("en").territories
    return names.get((code or "").upper(), code)


# Category keys of the indicator catalogue.
PARTIES = "parties"
ROUTE = "route"
GOODS = "goods"
VALUE_WEIGHT = "value_weight"
DOCUMENTS_TIMING = "documents_timing"
CONTAINER_SEAL = "container_seal"

# code, category, {language: (name, description)}
DEFAULT_INDICATORS: tuple[tuple[str, str, dict[str, tuple[str, str]]], ...] = (
    ("IND-01", PARTIES, {
        "en": ("New or first-time trader", "The consignee or shipper has no import or export history."),
        "ru": ("Новый участник ВЭД", "Получатель или отправитель ранее не осуществлял импорт или экспорт."),
        "uz": ("Yangi tashqi savdo ishtirokchisi", "Qabul qiluvchi yoki joʻnatuvchining import yoki eksport tarixi yoʻq."),
        "tk": ("Täze daşary söwda gatnaşyjysy", "Alyjynyň ýa-da ugradyjynyň öň import ýa-da eksport taryhy ýok."),
    }),
    ("IND-02", PARTIES, {
        "en": ("Poor compliance history", "Importer, declarant, HS code or origin with past offences or adjustments."),
        "ru": ("Плохая история соблюдения требований", "Импортёр, декларант, код ТН ВЭД или происхождение с прошлыми нарушениями."),
        "uz": ("Qoidalarga rioya qilish tarixi yomon", "Importyor, deklarant, TIF TN kodi yoki kelib chiqishi boʻyicha avvalgi qoidabuzarliklar."),
        "tk": ("Düzgünleri berjaý etmekde erbet taryh", "Import edijiniň, deklarantyň, HS koduň ýa-da gelip çykyşyň öňki bozulmalary."),
    }),
    ("IND-03", PARTIES, {
        "en": ("Shell or opaque structure", "Unlikely business address such as a residential block or a post box; hidden owners."),
        "ru": ("Фирма-однодневка или непрозрачная структура", "Неправдоподобный адрес (жилой дом, абонентский ящик), скрытые владельцы."),
        "uz": ("Qobiq kompaniya yoki noshaffof tuzilma", "Ishonchsiz manzil (turar-joy binosi, pochta qutisi), yashirin egalar."),
        "tk": ("Ýasama ýa-da aýdyň däl gurluş", "Ynandyrmaýan salgy (ýaşaýyş jaýy, poçta gutusy), gizlin eýeler."),
    }),
    ("IND-04", PARTIES, {
        "en": ("Trade outside the line of business", "The goods do not fit the party's registered activity."),
        "ru": ("Товар не соответствует профилю деятельности", "Товар не соответствует зарегистрированной деятельности участника."),
        "uz": ("Faoliyat turiga mos kelmaydigan savdo", "Tovar ishtirokchining roʻyxatdan oʻtgan faoliyatiga mos emas."),
        "tk": ("Iş ugruna laýyk gelmeýän söwda", "Haryt gatnaşyjynyň hasaba alnan işine laýyk gelmeýär."),
    }),
    ("IND-05", PARTIES, {
        "en": ("No web presence", "No website, a webmail address or an address that is a vacant lot."),
        "ru": ("Нет присутствия в интернете", "Нет сайта, бесплатная почта или адрес — пустой участок."),
        "uz": ("Internetda mavjud emas", "Sayt yoʻq, bepul pochta yoki manzil boʻsh yer uchastkasi."),
        "tk": ("Internetde ýok", "Saýt ýok, mugt poçta ýa-da salgy boş ýer."),
    }),
    ("IND-06", ROUTE, {
        "en": ("Source or transit country", "Departure from or routing via a source, transit or high-risk port."),
        "ru": ("Страна-источник или транзитная страна", "Отправка из страны-источника или через транзитный порт повышенного риска."),
        "uz": ("Manba yoki tranzit mamlakat", "Manba mamlakatdan yoki yuqori xavfli tranzit port orqali joʻnatish."),
        "tk": ("Çeşme ýa-da tranzit ýurt", "Çeşme ýurtdan ýa-da howpy ýokary tranzit port arkaly ugratmak."),
    }),
    ("IND-07", ROUTE, {
        "en": ("Illogical routing", "A circuitous or uneconomic route for the goods and the destination."),
        "ru": ("Нелогичный маршрут", "Окольный или невыгодный маршрут для данного товара и пункта назначения."),
        "uz": ("Mantiqsiz yoʻnalish", "Tovar va manzil uchun aylanma yoki foydasiz yoʻnalish."),
        "tk": ("Manysyz ugur", "Haryt we barmaly ýer üçin aýlawly ýa-da bähbitsiz ugur."),
    }),
    ("IND-08", ROUTE, {
        "en": ("Transshipment in a third country", "The container changed conveyance abroad, where it could be swapped."),
        "ru": ("Перевалка в третьей стране", "Контейнер перегружался за рубежом, где его могли подменить."),
        "uz": ("Uchinchi mamlakatda qayta yuklash", "Konteyner chet elda qayta yuklangan, u yerda almashtirilishi mumkin edi."),
        "tk": ("Üçünji ýurtda ýükleri geçirmek", "Konteýner daşary ýurtda başga ulaga geçirildi, şol ýerde çalşyrylyp bilnerdi."),
    }),
    ("IND-09", ROUTE, {
        "en": ("Unusual or less-controlled port", "A small or less-controlled port, or an unusual vessel type."),
        "ru": ("Необычный или слабо контролируемый порт", "Малый или слабо контролируемый порт, необычный тип судна."),
        "uz": ("Gʻayrioddiy yoki kam nazorat qilinadigan port", "Kichik yoki kam nazorat qilinadigan port, gʻayrioddiy kema turi."),
        "tk": ("Adaty däl ýa-da az gözegçilikli port", "Kiçi ýa-da az gözegçilikli port, adaty däl gämi görnüşi."),
    }),
    ("IND-10", GOODS, {
        "en": ("Vague description", "\"General merchandise\", \"parts\" or similar."),
        "ru": ("Расплывчатое описание", "«Генеральный груз», «запчасти» и тому подобное."),
        "uz": ("Noaniq tavsif", "«Umumiy yuk», «ehtiyot qismlar» va shunga oʻxshash."),
        "tk": ("Düşnüksiz beýan", "«Umumy ýük», «ätiýaçlyk şaýlar» we ş.m."),
    }),
    ("IND-11", GOODS, {
        "en": ("HS code inconsistent with description", "The tariff code does not match the goods described."),
        "ru": ("Код ТН ВЭД не соответствует описанию", "Код товара не соответствует описанию груза."),
        "uz": ("TIF TN kodi tavsifga mos emas", "Tovar kodi yuk tavsifiga mos kelmaydi."),
        "tk": ("HS kody beýana laýyk däl", "Haryt kody ýüküň beýanyna laýyk gelmeýär."),
    }),
    ("IND-12", GOODS, {
        "en": ("Goods atypical of the origin", "Goods not produced in the origin country, or origin differing from dispatch."),
        "ru": ("Товар нетипичен для страны происхождения", "Товар не производится в стране происхождения или она не совпадает со страной отправления."),
        "uz": ("Kelib chiqish mamlakatiga xos boʻlmagan tovar", "Tovar kelib chiqish mamlakatida ishlab chiqarilmaydi yoki joʻnatish mamlakatidan farq qiladi."),
        "tk": ("Gelip çykan ýurduna mahsus däl haryt", "Haryt gelip çykan ýurdunda öndürilmeýär ýa-da ugradylan ýurtdan tapawutlanýar."),
    }),
    ("IND-13", GOODS, {
        "en": ("Perishable or refrigerated cover load", "Fruit, fish or other cargo that is costly to open and delay."),
        "ru": ("Скоропортящийся или рефрижераторный груз прикрытия", "Фрукты, рыба и другой груз, который дорого вскрывать и задерживать."),
        "uz": ("Tez buziladigan yoki sovutgichli niqob yuk", "Meva, baliq va ochish hamda ushlab turish qimmat boʻlgan boshqa yuk."),
        "tk": ("Çalt zaýalanýan ýa-da sowadyjyly örtük ýük", "Miwe, balyk we açmak hem saklamak gymmat düşýän beýleki ýük."),
    }),
    ("IND-14", GOODS, {
        "en": ("Goods that can hide a chemical", "Liquids, powders or goods into which a substance can be incorporated."),
        "ru": ("Товар, в котором можно скрыть химикат", "Жидкости, порошки и товары, в которые можно внедрить вещество."),
        "uz": ("Kimyoviy moddani yashirish mumkin boʻlgan tovar", "Suyuqliklar, kukunlar va modda singdirilishi mumkin boʻlgan tovarlar."),
        "tk": ("Himiki maddany gizläp bolýan haryt", "Suwuklyklar, poroşoklar we madda goşulyp bilinýän harytlar."),
    }),
    ("IND-15", VALUE_WEIGHT, {
        "en": ("Value far from market price", "The declared value is far below or above the price reference."),
        "ru": ("Стоимость далека от рыночной", "Заявленная стоимость намного ниже или выше ценовой информации."),
        "uz": ("Qiymat bozor narxidan uzoq", "Eʼlon qilingan qiymat narx maʼlumotidan ancha past yoki yuqori."),
        "tk": ("Bahasy bazar bahasyndan daş", "Yglan edilen baha baha maglumatyndan has pes ýa-da ýokary."),
    }),
    ("IND-16", VALUE_WEIGHT, {
        "en": ("Weight inconsistent", "Declared weight differs from the scale or does not fit the goods or container."),
        "ru": ("Несоответствие веса", "Заявленный вес отличается от весов или не соответствует товару или контейнеру."),
        "uz": ("Ogʻirlik mos emas", "Eʼlon qilingan ogʻirlik tarozidan farq qiladi yoki tovar va konteynerga mos emas."),
        "tk": ("Agramy laýyk däl", "Yglan edilen agram terezidäkiden tapawutlanýar ýa-da harda we konteýnere laýyk däl."),
    }),
    ("IND-17", VALUE_WEIGHT, {
        "en": ("Freight exceeds the goods' value", "Transport costs more than the goods are worth."),
        "ru": ("Фрахт дороже товара", "Перевозка стоит больше, чем сам товар."),
        "uz": ("Fraxt tovardan qimmat", "Tashish tovarning oʻzidan qimmatroq."),
        "tk": ("Fraht harytdan gymmat", "Daşamak harydyň özünden gymmat düşýär."),
    }),
    ("IND-18", VALUE_WEIGHT, {
        "en": ("Payment anomalies", "Freight or goods paid by a third party elsewhere, or late changes of payer."),
        "ru": ("Аномалии оплаты", "Оплата третьим лицом в другой стране или поздняя смена плательщика."),
        "uz": ("Toʻlovdagi gʻayrioddiyliklar", "Boshqa mamlakatdagi uchinchi shaxs toʻlovi yoki toʻlovchining kech almashtirilishi."),
        "tk": ("Tölegdäki nädogrylyklar", "Başga ýurtdaky üçünji tarapyň tölegi ýa-da töleýjiniň giç çalşyrylmagy."),
    }),
    ("IND-19", DOCUMENTS_TIMING, {
        "en": ("Inconsistent documents", "B/L, invoice, packing list and declaration disagree."),
        "ru": ("Несоответствия в документах", "Коносамент, инвойс, упаковочный лист и декларация расходятся."),
        "uz": ("Hujjatlardagi nomuvofiqliklar", "Konosament, invoys, qadoqlash varaqasi va deklaratsiya bir-biriga mos emas."),
        "tk": ("Resminamalardaky gabat gelmezlikler", "Konosament, inwoýs, gaplama sanawy we deklarasiýa biri-birine gabat gelmeýär."),
    }),
    ("IND-20", DOCUMENTS_TIMING, {
        "en": ("Late filing or amendment", "Declaration filed at the last moment or amended after loading."),
        "ru": ("Поздняя подача или изменение", "Декларация подана в последний момент или изменена после погрузки."),
        "uz": ("Kech topshirish yoki oʻzgartirish", "Deklaratsiya soʻnggi daqiqada topshirilgan yoki yuklashdan keyin oʻzgartirilgan."),
        "tk": ("Giç tabşyrmak ýa-da üýtgetmek", "Deklarasiýa iň soňky pursatda tabşyryldy ýa-da ýüklenenden soň üýtgedildi."),
    }),
    ("IND-21", CONTAINER_SEAL, {
        "en": ("Seal discrepancy or unexplained reseal", "Terminal seal differs from the B/L, or a seal was removed without a customs inspection; unusual dwell."),
        "ru": ("Расхождение пломб или необъяснимая перепломбировка", "Пломба на терминале отличается от коносамента или снята без таможенного досмотра; необычный простой."),
        "uz": ("Plomba nomuvofiqligi yoki asossiz qayta plombalash", "Terminaldagi plomba konosamentdan farq qiladi yoki bojxona koʻrigisiz olib tashlangan; gʻayrioddiy turib qolish."),
        "tk": ("Plombanyň gabat gelmezligi ýa-da düşündirilmedik täzeden plombalamak", "Terminaldaky plomba konosamentden tapawutlanýar ýa-da gümrük barlagy bolmazdan aýryldy; adaty däl saklanmak."),
    }),
    ("IND-22", CONTAINER_SEAL, {
        "en": ("Invalid or altered container number", "Wrong ISO 6346 check digit, altered or illegible markings."),
        "ru": ("Неверный или изменённый номер контейнера", "Неверная контрольная цифра ISO 6346, изменённая или нечитаемая маркировка."),
        "uz": ("Notoʻgʻri yoki oʻzgartirilgan konteyner raqami", "ISO 6346 nazorat raqami notoʻgʻri, markirovka oʻzgartirilgan yoki oʻqib boʻlmaydi."),
        "tk": ("Nädogry ýa-da üýtgedilen konteýner belgisi", "ISO 6346 barlag sanynyň nädogrylygy, üýtgedilen ýa-da okalmaýan bellikler."),
    }),
)  # fmt: skip
