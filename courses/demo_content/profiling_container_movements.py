"""Course content: Profiling container movements (en, ru, uz, tk).

All companies, people, vessels and container numbers in the case studies are
fictitious. Data file for the PCU Academy courses app; the format is in
docs/courses.md ("Course content files").
"""

LESSON_DOCUMENTS = {
    "slug": "documents-that-travel-with-a-box",
    "title": {
        "en": "Documents that travel with a box",
        "ru": "Документы, которые сопровождают контейнер",
        "uz": "Konteyner bilan birga yuradigan hujjatlar",
        "tk": "Konteýner bilen bile gidýän resminamalar",
    },
    "minutes": 20,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "A container's journey, written down",
                "ru": "Путь контейнера на бумаге",
                "uz": "Konteyner yoʻli hujjatlarda",
                "tk": "Konteýneriň ýoly resminamalarda",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>A container loaded in an inland Chinese city may travel by rail to the Altynkol dry port in Kazakhstan, continue to Tashkent, or go on to the port of Aktau and cross the Caspian by ferry to Alyat near Baku. Each leg is handled by a different company and each hand-over leaves a record. Profiling starts with knowing which record exists, who created it and when.</p><p>The main parties are the <strong>shipper</strong> (who hands the goods to the carrier), the <strong>consignee</strong> (who is entitled to receive them), the <strong>notify party</strong>, the <strong>carrier</strong>, the <strong>freight forwarder</strong>, the <strong>declarant</strong> or customs broker, and the <strong>terminal operator</strong> who lifts, stores and gates the box.</p><p>The documents you will meet most often are:</p><ul><li><strong>Transport document</strong>: bill of lading or sea waybill for the Caspian crossing, SMGS waybill for rail, CMR consignment note for road.</li><li><strong>Cargo manifest / advance cargo information</strong>: all consignments on one voyage, train or truck, filed before loading.</li><li><strong>Commercial invoice</strong>: seller, buyer, goods, prices, currency, Incoterms and payment terms.</li><li><strong>Packing list</strong>: each package with marks, numbers and weights.</li><li><strong>Customs declaration</strong>: the declarant's legal statement of goods, origin, value and HS code.</li><li><strong>Container event records</strong>: gate in and out, stuffing, loading, discharge, seal inspected, removed or replaced, each with place, time and seal numbers.</li></ul>",
                "ru": "<p>Контейнер, загруженный во внутреннем городе Китая, может пройти по железной дороге до сухого порта Алтынколь в Казахстане, продолжить путь до Ташкента или дойти до порта Актау и пересечь Каспий на пароме до Алята под Баку. Каждый участок обслуживает другая компания, и каждая передача оставляет след в записях. Профилирование начинается со знания того, какая запись существует, кто её создал и когда.</p><p>Основные участники: <strong>грузоотправитель</strong> (передаёт товар перевозчику), <strong>грузополучатель</strong> (имеет право получить товар), <strong>уведомляемая сторона</strong>, <strong>перевозчик</strong>, <strong>экспедитор</strong>, <strong>декларант</strong> или таможенный представитель и <strong>оператор терминала</strong>, который поднимает, хранит и пропускает контейнер через ворота.</p><p>Чаще всего вы будете встречать следующие документы:</p><ul><li><strong>Транспортный документ</strong>: коносамент или морская накладная для переправы через Каспий, накладная СМГС для железной дороги, накладная CMR для автоперевозки.</li><li><strong>Грузовой манифест / предварительная информация о грузе</strong>: все партии одного рейса, поезда или автомобиля, подаётся до погрузки.</li><li><strong>Коммерческий инвойс (счёт-фактура)</strong>: продавец, покупатель, товар, цены, валюта, Инкотермс и условия оплаты.</li><li><strong>Упаковочный лист</strong>: каждое место с маркировкой, номерами и весом.</li><li><strong>Таможенная декларация</strong>: юридическое заявление декларанта о товаре, происхождении, стоимости и коде ТН ВЭД (HS).</li><li><strong>Записи о событиях контейнера</strong>: въезд и выезд через ворота, затарка, погрузка, выгрузка, пломба осмотрена, снята или заменена, каждое событие с местом, временем и номерами пломб.</li></ul>",
                "uz": "<p>Xitoyning ichki shahrida yuklangan konteyner temir yoʻl orqali Qozogʻistondagi Oltinkoʻl (Altynkol) quruq portiga borishi, Toshkentga davom etishi yoki Oqtov (Aktau) portiga yetib, paromda Kaspiy orqali Boku yaqinidagi Alyatga oʻtishi mumkin. Har bir qismga boshqa kompaniya xizmat koʻrsatadi va har bir topshirish yozuvda iz qoldiradi. Profillash qaysi yozuv mavjudligini, uni kim va qachon yaratganini bilishdan boshlanadi.</p><p>Asosiy ishtirokchilar: <strong>yuk joʻnatuvchi</strong> (tovarni tashuvchiga topshiradi), <strong>yuk qabul qiluvchi</strong> (tovarni olish huquqiga ega), <strong>xabardor qilinadigan tomon</strong>, <strong>tashuvchi</strong>, <strong>ekspeditor</strong>, <strong>deklarant</strong> yoki bojxona vakili hamda konteynerni koʻtaradigan, saqlaydigan va darvozadan oʻtkazadigan <strong>terminal operatori</strong>.</p><p>Eng koʻp uchraydigan hujjatlar:</p><ul><li><strong>Transport hujjati</strong>: Kaspiydan oʻtish uchun konosament yoki dengiz yuk xati, temir yoʻl uchun SMGS yuk xati, avtomobil uchun CMR yuk xati.</li><li><strong>Yuk manifesti / yuk haqida dastlabki axborot</strong>: bitta reys, poyezd yoki avtomobildagi barcha partiyalar, yuklashdan oldin taqdim etiladi.</li><li><strong>Tijorat invoysi (hisob-faktura)</strong>: sotuvchi, xaridor, tovar, narxlar, valyuta, Inkoterms va toʻlov shartlari.</li><li><strong>Qadoqlash varaqasi</strong>: har bir joy markirovkasi, raqamlari va vazni bilan.</li><li><strong>Bojxona deklaratsiyasi</strong>: deklarantning tovar, kelib chiqishi, qiymati va HS kodi haqidagi yuridik bayonoti.</li><li><strong>Konteyner voqealari yozuvlari</strong>: darvozadan kirish va chiqish, yuklash, kemaga ortish, tushirish, plomba koʻrilgan, olingan yoki almashtirilgan, har biri joy, vaqt va plomba raqamlari bilan.</li></ul>",
                "tk": "<p>Hytaýyň içerki şäherinde ýüklenen konteýner demir ýol bilen Gazagystandaky Altynkol gury portuna baryp, Daşkende dowam edip ýa-da Aktau portuna ýetip, Kaspiden parom bilen Bakunyň golaýyndaky Alýata geçip biler. Her bölegine başga kompaniýa hyzmat edýär we her bir tabşyryş ýazgyda yz galdyrýar. Profillemek haýsy ýazgynyň bardygyny, ony kimiň we haçan dörendigini bilmekden başlanýar.</p><p>Esasy gatnaşyjylar: <strong>ýük iberiji</strong> (harydy daşaýja tabşyrýar), <strong>ýük alyjy</strong> (harydy almaga hukugy bar), <strong>habar berilýän tarap</strong>, <strong>daşaýjy</strong>, <strong>ekspeditor</strong>, <strong>deklarant</strong> ýa-da gümrük wekili we konteýneri göterýän, saklaýan we derwezeden geçirýän <strong>terminal operatory</strong>.</p><p>Iň köp duş gelýän resminamalar:</p><ul><li><strong>Ulag resminamasy</strong>: Kaspiden geçmek üçin konosament ýa-da deňiz ýük haty, demir ýol üçin SMGS ýük haty, awtoulag üçin CMR ýük haty.</li><li><strong>Ýük manifesti / ýük barada öňünden maglumat</strong>: bir reýsdäki, otlydaky ýa-da awtoulagdaky ähli ýük toparlary, ýüklemezden öň berilýär.</li><li><strong>Täjirçilik inwoýsy (hasap-faktura)</strong>: satyjy, alyjy, haryt, bahalar, walýuta, Inkoterms we töleg şertleri.</li><li><strong>Gaplama sanawy</strong>: her bir ýer bellikleri, belgileri we agramy bilen.</li><li><strong>Gümrük deklarasiýasy</strong>: deklarantyň haryt, gelip çykyşy, gymmaty we HS kody barada hukuk beýannamasy.</li><li><strong>Konteýner wakalarynyň ýazgylary</strong>: derwezeden giriş we çykyş, ýüklemek, gämä ýüklemek, düşürmek, plomba barlanan, aýrylan ýa-da çalşyrylan, her biri ýeri, wagty we plomba belgileri bilen.</li></ul>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Bill of lading (B/L)",
                "ru": "Коносамент",
                "uz": "Konosament",
                "tk": "Konosament",
            },
            "definition": {
                "en": 'A carrier\'s receipt for goods, evidence of the contract of carriage and, when issued "to order", a document of title that can be endorsed to a new owner.',
                "ru": "Расписка перевозчика в получении товара, доказательство договора перевозки и, если выдан «приказу», товарораспорядительный документ, который можно передать новому владельцу индоссаментом.",
                "uz": "Tashuvchining tovarni qabul qilgani haqidagi tilxati, tashish shartnomasining dalili va «buyruq boʻyicha» berilganda, indossament orqali yangi egasiga oʻtkazilishi mumkin boʻlgan tovarga egalik hujjati.",
                "tk": "Daşaýjynyň harydy kabul edendigi baradaky kagyzy, daşamak şertnamasynyň subutnamasy we «buýruga» berlen bolsa, indossament arkaly täze eýesine geçirip bolýan haryda eýeçilik resminamasy.",
            },
        },
        {
            "type": "heading",
            "text": {
                "en": "Checking the container number",
                "ru": "Проверка номера контейнера",
                "uz": "Konteyner raqamini tekshirish",
                "tk": "Konteýner belgisini barlamak",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>An ISO 6346 number has an owner code (three letters), a category letter (U for freight containers), a six-digit serial and a check digit. Letters have values from 10 to 38, skipping multiples of 11 (A=10, B=12, C=13 ... U=32 ... Z=38). Multiply each of the first ten characters by 2 to the power of its position (1, 2, 4 ... 512), add the results, take the remainder after dividing by 11, then the last digit of that remainder.</p><p><strong>Worked example:</strong> CSQU 305438. C=13, S=30, Q=28, U=32. 13×1 + 30×2 + 28×4 + 32×8 + 3×16 + 0×32 + 5×64 + 4×128 + 3×256 + 8×512 = 6185. 6185 divided by 11 leaves 3, so the full number is CSQU 305438 3. A number that fails this test was mistyped, altered or invented.</p>",
                "ru": "<p>Номер по ISO 6346 состоит из кода владельца (три буквы), буквы категории (U для грузовых контейнеров), шестизначного серийного номера и контрольной цифры. Буквам присвоены значения от 10 до 38, кратные 11 пропускаются (A=10, B=12, C=13 ... U=32 ... Z=38). Умножьте каждый из первых десяти знаков на 2 в степени его позиции (1, 2, 4 ... 512), сложите результаты, возьмите остаток от деления на 11, а затем последнюю цифру этого остатка.</p><p><strong>Пример расчёта:</strong> CSQU 305438. C=13, S=30, Q=28, U=32. 13×1 + 30×2 + 28×4 + 32×8 + 3×16 + 0×32 + 5×64 + 4×128 + 3×256 + 8×512 = 6185. При делении 6185 на 11 остаток равен 3, значит, полный номер — CSQU 305438 3. Номер, не прошедший эту проверку, введён с ошибкой, изменён или выдуман.</p>",
                "uz": "<p>ISO 6346 raqami egasi kodidan (uchta harf), toifa harfidan (yuk konteynerlari uchun U), olti xonali seriya raqamidan va nazorat raqamidan iborat. Harflarga 10 dan 38 gacha qiymat beriladi, 11 ga karralilari tashlab ketiladi (A=10, B=12, C=13 ... U=32 ... Z=38). Dastlabki oʻnta belgining har birini 2 ning oʻz oʻrni darajasiga (1, 2, 4 ... 512) koʻpaytiring, natijalarni qoʻshing, 11 ga boʻlgandagi qoldiqni, soʻng shu qoldiqning oxirgi raqamini oling.</p><p><strong>Hisoblash namunasi:</strong> CSQU 305438. C=13, S=30, Q=28, U=32. 13×1 + 30×2 + 28×4 + 32×8 + 3×16 + 0×32 + 5×64 + 4×128 + 3×256 + 8×512 = 6185. 6185 ni 11 ga boʻlganda qoldiq 3, demak toʻliq raqam CSQU 305438 3. Bu tekshiruvdan oʻtmagan raqam xato kiritilgan, oʻzgartirilgan yoki oʻylab topilgan.</p>",
                "tk": "<p>ISO 6346 belgisi eýesiniň kodundan (üç harp), kategoriýa harpyndan (ýük konteýnerleri üçin U), alty sanly seriýa belgisinden we barlag sanyndan ybarat. Harplara 10-dan 38-e çenli baha berilýär, 11-e kratnylar geçilýär (A=10, B=12, C=13 ... U=32 ... Z=38). Ilkinji on belginiň her birini 2-niň öz ornunyň derejesine (1, 2, 4 ... 512) köpeldiň, netijeleri goşuň, 11-e bölendäki galyndyny, soňra şol galyndynyň soňky sanyny alyň.</p><p><strong>Hasaplama mysaly:</strong> CSQU 305438. C=13, S=30, Q=28, U=32. 13×1 + 30×2 + 28×4 + 32×8 + 3×16 + 0×32 + 5×64 + 4×128 + 3×256 + 8×512 = 6185. 6185-i 11-e bölende galyndy 3, diýmek doly belgi CSQU 305438 3. Bu barlagdan geçmedik belgi ýalňyş girizilen, üýtgedilen ýa-da oýlanyp tapylan.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): one box, two numbers",
                "ru": "Разбор случая (вымышленный): один контейнер, два номера",
                "uz": "Amaliy holat (toʻqima): bitta konteyner, ikkita raqam",
                "tk": "Mysal (toslama): bir konteýner, iki belgi",
            },
            "html": {
                "en": '<p>Officer Dilnoza R. at Tashkent "Chukursai" compares the SMGS waybill of a rail container with the terminal gate-in record. The waybill shows TEXU 307007 0; the gate record shows TEXU 307007 9. The check digit of TEXU 307007 is 9, so the waybill number is wrong. A typing error is possible, but she asks the partner unit at Altynkol through ContainerComm to confirm which box was actually loaded before the consignment is released.</p>',
                "ru": "<p>Сотрудник Дильноза Р. на посту «Чукурсай» в Ташкенте сверяет накладную СМГС на железнодорожный контейнер с записью терминала о въезде. В накладной указано TEXU 307007 0, в записи терминала — TEXU 307007 9. Контрольная цифра для TEXU 307007 равна 9, значит, номер в накладной неверен. Возможна опечатка, но до выпуска партии она через ContainerComm просит партнёрское подразделение в Алтынколе подтвердить, какой контейнер был фактически погружен.</p>",
                "uz": "<p>Toshkentdagi «Chuqursoy» postida xodim Dilnoza R. temir yoʻl konteyneri SMGS yuk xatini terminalning kirish yozuvi bilan solishtiradi. Yuk xatida TEXU 307007 0, terminal yozuvida TEXU 307007 9 koʻrsatilgan. TEXU 307007 uchun nazorat raqami 9, demak yuk xatidagi raqam notoʻgʻri. Bu xato yozilgan boʻlishi mumkin, lekin partiya chiqarilishidan oldin u ContainerComm orqali Oltinkoʻldagi hamkor boʻlinmadan aslida qaysi konteyner yuklanganini tasdiqlashni soʻraydi.</p>",
                "tk": "<p>Daşkendiň «Çukursaý» postunda işgär Dilnoza R. demir ýol konteýneriniň SMGS ýük hatyny terminalyň giriş ýazgysy bilen deňeşdirýär. Ýük hatynda TEXU 307007 0, terminal ýazgysynda TEXU 307007 9 görkezilen. TEXU 307007 üçin barlag sany 9, diýmek ýük hatyndaky belgi nädogry. Bu ýazuw ýalňyşlygy bolup biler, ýöne ýük goýberilmezden öň ol ContainerComm arkaly Altynkoldaky hyzmatdaş bölümden hakykatda haýsy konteýneriň ýüklenendigini tassyklamagy soraýar.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Read every document as a witness",
                "ru": "Читайте каждый документ как показания свидетеля",
                "uz": "Har bir hujjatni guvoh koʻrsatmasi kabi oʻqing",
                "tk": "Her resminamany şaýadyň görkezmesi ýaly okaň",
            },
            "html": {
                "en": '<p>Each document is written by someone with their own knowledge and interest. The carrier only knows what the shipper "said to contain"; the terminal knows the real weight and seal; the declarant repeats what the importer told them. Profiling means comparing these witnesses and asking why they disagree.</p>',
                "ru": "<p>Каждый документ составлен кем-то со своими знаниями и интересами. Перевозчик знает только то, что, по словам грузоотправителя, «содержится» в контейнере; терминал знает фактический вес и пломбу; декларант повторяет то, что ему сообщил импортёр. Профилирование — это сопоставление этих свидетелей и вопрос, почему они расходятся.</p>",
                "uz": "<p>Har bir hujjatni oʻz bilimi va manfaati boʻlgan kimdir yozgan. Tashuvchi faqat yuk joʻnatuvchining soʻziga koʻra konteynerda «borligi aytilgan» narsani biladi; terminal haqiqiy vazn va plombani biladi; deklarant importyor aytganini takrorlaydi. Profillash shu guvohlarni solishtirish va ular nega bir-biriga mos kelmasligini soʻrashdir.</p>",
                "tk": "<p>Her resminamany öz bilimi we bähbidi bolan biri ýazýar. Daşaýjy diňe ýük iberijiniň sözüne görä konteýnerde «bar diýlen» zady bilýär; terminal hakyky agramy we plombany bilýär; deklarant importçynyň aýdanyny gaýtalaýar. Profillemek şu şaýatlary deňeşdirmek we olaryň näme üçin gabat gelmeýändigini soramakdyr.</p>",
            },
        },
    ],
}

LESSON_INDICATORS = {
    "slug": "risk-indicators-and-how-they-combine",
    "title": {
        "en": "Risk indicators and how they combine",
        "ru": "Индикаторы риска и их сочетания",
        "uz": "Xavf koʻrsatkichlari va ularning birikmasi",
        "tk": "Töwekgelçilik görkezijileri we olaryň utgaşmasy",
    },
    "minutes": 20,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Six families of indicators",
                "ru": "Шесть групп индикаторов",
                "uz": "Koʻrsatkichlarning oltita guruhi",
                "tk": "Görkezijileriň alty topary",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>Fewer than 2 % of containers are ever examined, so a Port Control Unit (PCU) must choose. A risk indicator is a fact about a consignment that, from experience, appears more often in illicit shipments than in legitimate ones. Group them so that you look at every side of a consignment:</p><ol><li><strong>Parties</strong>: a new or first-time shipper or consignee; a poor compliance record; a shell structure or an unlikely address such as a flat in a residential block; trade outside the company's line of business; no website and a webmail address.</li><li><strong>Route and logistics</strong>: departure from or routing via source or transit countries; an illogical or circuitous route; transshipment in a third country; small or less-controlled ports and vessel types.</li><li><strong>Goods</strong>: a vague description such as \"general merchandise\"; an HS code that does not match the description; goods not produced in the stated origin; perishable or refrigerated cover loads; goods that could hide a chemical.</li><li><strong>Value, weight and money</strong>: a value far from the market price; a weight that does not fit the goods or the scale; freight that costs more than the goods; payment by a third party or late changes to payment.</li><li><strong>Documents and timing</strong>: inconsistencies between transport document, invoice, packing list and declaration; late filing or late amendments.</li><li><strong>Container and seal</strong>: a seal number that differs between terminal record and transport document; seal removed or replaced without customs; unusual dwell at a transshipment point; an invalid check digit or altered markings.</li></ol><p>The WTO Trade Facilitation Agreement (Article 7.4) allows customs to select on HS code, nature and description of goods, origin, country of shipment, value, the trader's compliance record and type of transport. Your indicators should stay within such objective criteria.</p>",
                "ru": "<p>Досматривается менее 2 % контейнеров, поэтому группа портового контроля (ГПК) должна выбирать. Индикатор риска — это факт о партии, который, по опыту, чаще встречается в незаконных поставках, чем в законных. Группируйте их, чтобы рассмотреть партию со всех сторон:</p><ol><li><strong>Участники</strong>: новый или впервые работающий грузоотправитель или грузополучатель; плохая история соблюдения требований; фирма-однодневка или неправдоподобный адрес, например квартира в жилом доме; торговля вне профиля компании; нет сайта, адрес на бесплатной почте.</li><li><strong>Маршрут и логистика</strong>: отправка из стран-источников или транзитных стран либо маршрут через них; нелогичный или окольный маршрут; перевалка в третьей стране; небольшие или слабо контролируемые порты и типы судов.</li><li><strong>Товар</strong>: расплывчатое описание, например «генеральный груз»; код ТН ВЭД не соответствует описанию; товар не производится в заявленной стране происхождения; скоропортящийся или рефрижераторный груз прикрытия; товар, в который можно внедрить химическое вещество.</li><li><strong>Стоимость, вес и деньги</strong>: стоимость сильно отличается от рыночной цены; вес не соответствует товару или данным взвешивания; фрахт дороже самого товара; оплата третьим лицом или поздние изменения в оплате.</li><li><strong>Документы и сроки</strong>: расхождения между транспортным документом, инвойсом, упаковочным листом и декларацией; поздняя подача или поздние изменения.</li><li><strong>Контейнер и пломба</strong>: номер пломбы в записи терминала отличается от транспортного документа; пломба снята или заменена без таможни; необычный простой в пункте перевалки; неверная контрольная цифра или изменённая маркировка.</li></ol><p>Соглашение ВТО об упрощении процедур торговли (статья 7.4) позволяет таможне отбирать по коду ТН ВЭД, характеру и описанию товара, происхождению, стране отправления, стоимости, истории соблюдения требований участником ВЭД и виду транспорта. Ваши индикаторы должны оставаться в рамках таких объективных критериев.</p>",
                "uz": "<p>Konteynerlarning 2 % dan kamrogʻi koʻrikdan oʻtkaziladi, shuning uchun port nazorati guruhi (PNG) tanlashi kerak. Xavf koʻrsatkichi — bu partiya haqidagi shunday faktki, tajribaga koʻra u qonuniy joʻnatmalarga qaraganda noqonuniylarida koʻproq uchraydi. Partiyaga har tomondan qarash uchun ularni guruhlang:</p><ol><li><strong>Ishtirokchilar</strong>: yangi yoki birinchi marta ishlayotgan yuk joʻnatuvchi yoki yuk qabul qiluvchi; talablarga rioya qilish tarixi yomon; qobiq kompaniya yoki ehtimoldan yiroq manzil, masalan turar-joy binosidagi kvartira; kompaniya faoliyatiga mos kelmaydigan savdo; veb-sayt yoʻq, bepul pochta manzili.</li><li><strong>Yoʻnalish va logistika</strong>: manba yoki tranzit mamlakatlardan joʻnatish yoki ular orqali yoʻnalish; mantiqsiz yoki aylanma yoʻl; uchinchi mamlakatda qayta yuklash; kichik yoki kam nazorat qilinadigan portlar va kema turlari.</li><li><strong>Tovar</strong>: «turli tovarlar» kabi noaniq tavsif; tavsifga mos kelmaydigan HS kodi; koʻrsatilgan kelib chiqish mamlakatida ishlab chiqarilmaydigan tovar; tez buziladigan yoki muzlatilgan niqob yuk; ichiga kimyoviy moddani yashirish mumkin boʻlgan tovar.</li><li><strong>Qiymat, vazn va pul</strong>: qiymat bozor narxidan ancha farq qiladi; vazn tovarga yoki tortish natijasiga mos emas; fraxt tovarning oʻzidan qimmat; uchinchi shaxs tomonidan toʻlov yoki toʻlovdagi kechki oʻzgarishlar.</li><li><strong>Hujjatlar va muddatlar</strong>: transport hujjati, invoys, qadoqlash varaqasi va deklaratsiya oʻrtasidagi nomuvofiqliklar; kechikib taqdim etish yoki kechki oʻzgartirishlar.</li><li><strong>Konteyner va plomba</strong>: terminal yozuvidagi plomba raqami transport hujjatidagidan farq qiladi; plomba bojxonasiz olingan yoki almashtirilgan; qayta yuklash joyida gʻayrioddiy uzoq turish; notoʻgʻri nazorat raqami yoki oʻzgartirilgan markirovka.</li></ol><p>JSTning Savdoni osonlashtirish toʻgʻrisidagi bitimi (7.4-modda) bojxonaga HS kodi, tovarning xususiyati va tavsifi, kelib chiqishi, joʻnatish mamlakati, qiymati, savdo ishtirokchisining rioya qilish tarixi va transport turi boʻyicha tanlash imkonini beradi. Sizning koʻrsatkichlaringiz shunday xolis mezonlar doirasida qolishi kerak.</p>",
                "tk": "<p>Konteýnerleriň 2 %-den azy barlanýar, şonuň üçin port gözegçilik topary (PGT) saýlamaly. Töwekgelçilik görkezijisi — bu ýük topary barada şeýle bir hakykat, tejribä görä ol kanuny ibermelere garanyňda bikanun ibermelerde has köp duş gelýär. Ýük toparyna her tarapdan seretmek üçin olary toparlaň:</p><ol><li><strong>Gatnaşyjylar</strong>: täze ýa-da ilkinji gezek işleýän ýük iberiji ýa-da ýük alyjy; talaplary berjaý etmek taryhy erbet; gabyk kompaniýa ýa-da ynandyryjy bolmadyk salgy, meselem ýaşaýyş jaýyndaky öý; kompaniýanyň işine laýyk gelmeýän söwda; web sahypasy ýok, mugt poçta salgysy.</li><li><strong>Ugur we logistika</strong>: çeşme ýa-da tranzit ýurtlardan ibermek ýa-da olaryň üsti bilen ugur; manysyz ýa-da aýlawly ýol; üçünji ýurtda başga ulaga geçirmek; kiçi ýa-da az gözegçilik edilýän portlar we gämi görnüşleri.</li><li><strong>Haryt</strong>: «dürli harytlar» ýaly takyk däl beýan; beýana laýyk gelmeýän HS kody; görkezilen gelip çykyş ýurdunda öndürilmeýän haryt; çalt zaýalanýan ýa-da sowadylýan bürelik ýük; içinde himiki maddany gizläp bolýan haryt.</li><li><strong>Gymmat, agram we pul</strong>: gymmat bazar bahasyndan ep-esli tapawutlanýar; agram haryda ýa-da çekiş netijesine laýyk däl; fraht harydyň özünden gymmat; üçünji tarapyň tölegi ýa-da tölegdäki gijä galan üýtgeşmeler.</li><li><strong>Resminamalar we möhletler</strong>: ulag resminamasy, inwoýs, gaplama sanawy we deklarasiýa arasyndaky gabat gelmezlikler; gijä galyp bermek ýa-da gijä galan üýtgetmeler.</li><li><strong>Konteýner we plomba</strong>: terminal ýazgysyndaky plomba belgisi ulag resminamasyndakydan tapawutlanýar; plomba gümrüksiz aýrylan ýa-da çalşyrylan; başga ulaga geçirilýän ýerde adatdan daşary uzak durmak; nädogry barlag sany ýa-da üýtgedilen bellikler.</li></ol><p>BSG-nyň Söwdany ýeňilleşdirmek baradaky ylalaşygy (7.4-nji madda) gümrüge HS kody, harydyň häsiýeti we beýany, gelip çykyşy, iberilen ýurdy, gymmaty, söwda gatnaşyjysynyň talaplary berjaý ediş taryhy we ulag görnüşi boýunça saýlamaga mümkinçilik berýär. Siziň görkezijileriňiz şeýle obýektiw ölçegleriň çäginde galmaly.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Risk indicator",
                "ru": "Индикатор риска",
                "uz": "Xavf koʻrsatkichi",
                "tk": "Töwekgelçilik görkezijisi",
            },
            "definition": {
                "en": "An observable fact about a consignment, party, route or document that experience links to a higher chance of smuggling or fraud. It justifies attention, not a conclusion.",
                "ru": "Наблюдаемый факт о партии, участнике, маршруте или документе, который опыт связывает с повышенной вероятностью контрабанды или мошенничества. Он оправдывает внимание, но не вывод.",
                "uz": "Partiya, ishtirokchi, yoʻnalish yoki hujjat haqidagi kuzatiladigan fakt boʻlib, tajriba uni kontrabanda yoki firibgarlik ehtimoli yuqoriligi bilan bogʻlaydi. U xulosani emas, eʼtiborni oqlaydi.",
                "tk": "Ýük topary, gatnaşyjy, ugur ýa-da resminama barada görünýän hakykat bolup, tejribe ony kontrabanda ýa-da galplyk ähtimallygynyň ýokarydygy bilen baglanyşdyrýar. Ol netijäni däl-de, ünsi esaslandyrýar.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Worked example (fictional): counting is not enough",
                "ru": "Пример (вымышленный): подсчёта недостаточно",
                "uz": "Namuna (toʻqima): sanash yetarli emas",
                "tk": "Mysal (toslama): sanamak ýeterlik däl",
            },
            "html": {
                "en": '<p>Two containers arrive for discharge at Aktau. Container A: consignee "Steppe Horizon LLP", registered five weeks ago at a flat in a residential block, goods "household goods", invoice value one third of the usual price. Container B: a long-established tile importer, goods "ceramic tiles", but the declared gross weight is 9 tonnes while the terminal scale shows 14 tonnes.</p><p>Container A has three indicators that tell the same story: an unknown company that pays little for vague goods. Container B has only one, but it is hard physical evidence. Both deserve a look; you rank them by how strongly the indicators point to a concrete risk, not by how many there are.</p>',
                "ru": "<p>В Актау под выгрузку прибывают два контейнера. Контейнер A: грузополучатель ТОО «Степной горизонт», зарегистрировано пять недель назад по адресу квартиры в жилом доме, товар «хозяйственные товары», стоимость по инвойсу — треть обычной цены. Контейнер B: давно работающий импортёр плитки, товар «керамическая плитка», но заявленный вес брутто 9 тонн, а весы терминала показывают 14 тонн.</p><p>У контейнера A три индикатора, которые рассказывают одну историю: неизвестная компания дёшево платит за расплывчато описанный товар. У контейнера B только один, но это твёрдое физическое доказательство. Оба заслуживают внимания; вы ранжируете их по тому, насколько сильно индикаторы указывают на конкретный риск, а не по их количеству.</p>",
                "uz": "<p>Oqtovga tushirish uchun ikkita konteyner keladi. A konteyner: yuk qabul qiluvchi «Dasht ufqi» MChJ, besh hafta oldin turar-joy binosidagi kvartira manzilida roʻyxatdan oʻtgan, tovar «roʻzgʻor buyumlari», invoys qiymati odatdagi narxning uchdan biri. B konteyner: uzoq vaqtdan beri ishlayotgan kafel importyori, tovar «keramik kafel», lekin deklaratsiyadagi brutto vazn 9 tonna, terminal tarozisi esa 14 tonnani koʻrsatadi.</p><p>A konteynerda bitta voqeani aytib beradigan uchta koʻrsatkich bor: nomaʼlum kompaniya noaniq tavsiflangan tovar uchun arzon toʻlaydi. B konteynerda faqat bittasi bor, ammo bu qatʼiy jismoniy dalil. Ikkalasi ham eʼtiborga loyiq; siz ularni koʻrsatkichlar soniga qarab emas, ular aniq xavfga qanchalik kuchli ishora qilishiga qarab saralaysiz.</p>",
                "tk": "<p>Aktauda düşürmek üçin iki konteýner gelýär. A konteýner: ýük alyjy «Step gözýetimi» JÇJ, bäş hepde öň ýaşaýyş jaýyndaky öýüň salgysynda hasaba alnan, haryt «öý goşlary», inwoýs gymmaty adaty bahanyň üçden biri. B konteýner: köpden bäri işleýän kafel importçysy, haryt «keramiki kafel», ýöne yglan edilen brutto agram 9 tonna, terminalyň terezisi bolsa 14 tonnany görkezýär.</p><p>A konteýnerde bir wakany gürrüň berýän üç görkeziji bar: näbelli kompaniýa takyk beýan edilmedik haryt üçin arzan töleýär. B konteýnerde diňe biri bar, ýöne bu berk fiziki subutnama. Ikisi hem üns bermäge mynasyp; siz olary görkezijileriň sanyna görä däl-de, olaryň anyk töwekgelçilige näderejede güýçli görkezýändigine görä tertiplendirýärsiňiz.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "en": "A clean consignee does not clear a container",
                "ru": "Благонадёжный грузополучатель не снимает подозрений с контейнера",
                "uz": "Ishonchli yuk qabul qiluvchi konteynerni shubhadan xalos qilmaydi",
                "tk": "Ygtybarly ýük alyjy konteýneri şübheden boşatmaýar",
            },
            "html": {
                "en": "<p>In rip-on/rip-off smuggling, where port insiders add drugs to a legitimate container and remove them before clearance, the consignee is an innocent victim. If you score only parties, you will never see it. Always look at route, seal events and dwell times as well.</p>",
                "ru": "<p>При контрабанде методом rip-on/rip-off, когда сообщники в порту подкладывают наркотики в законный контейнер и изымают их до таможенного оформления, грузополучатель — невиновная жертва. Если вы оцениваете только участников, вы её никогда не увидите. Всегда смотрите также на маршрут, события с пломбами и время простоя.</p>",
                "uz": "<p>Rip-on/rip-off usulidagi kontrabandada, yaʼni portdagi sheriklar qonuniy konteynerga giyohvand moddalarni solib qoʻyib, rasmiylashtirishdan oldin olib ketganda, yuk qabul qiluvchi aybsiz jabrlanuvchidir. Agar siz faqat ishtirokchilarni baholasangiz, uni hech qachon koʻrmaysiz. Har doim yoʻnalish, plomba voqealari va turib qolish vaqtiga ham qarang.</p>",
                "tk": "<p>Rip-on/rip-off usulyndaky kontrabandada, ýagny portdaky şärikler kanuny konteýnere neşe serişdelerini salyp goýup, resmileşdirilmezden öň alyp gidende, ýük alyjy günäsiz pidadyr. Eger siz diňe gatnaşyjylara baha berseňiz, ony hiç haçan görmersiňiz. Elmydama ugra, plomba wakalaryna we durmak wagtyna hem serediň.</p>",
            },
        },
    ],
}

LESSON_PRE_ARRIVAL = {
    "slug": "pre-arrival-selection-of-imports",
    "title": {
        "en": "Pre-arrival selection of imports",
        "ru": "Отбор импортных контейнеров до прибытия",
        "uz": "Import konteynerlarini kelishidan oldin tanlash",
        "tk": "Import konteýnerlerini gelmezinden öň saýlamak",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Use the time before the box arrives",
                "ru": "Используйте время до прибытия контейнера",
                "uz": "Konteyner kelguncha boʻlgan vaqtdan foydalaning",
                "tk": "Konteýner gelýänçä bolan wagtdan peýdalanyň",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>Advance cargo information reaches customs before the ferry leaves Alyat for Aktau or Turkmenbashi, or before a block train crosses into Kazakhstan at Altynkol. That window, often only a day or two, is when profiling is cheapest: no container is waiting, no truck is queuing and nobody has been told that a box is of interest.</p><p>A practical routine for the PCU analyst:</p><ol><li><strong>Receive</strong> the manifest or advance cargo information and the carrier's booking data for the voyage or train.</li><li><strong>Screen</strong> every line quickly against the indicator catalogue and the unit's watch lists (parties, HS codes, routes).</li><li><strong>Profile</strong> the shortlist: compare transport document, invoice and declaration if filed, and the container's event history.</li><li><strong>Check open sources</strong>: company registry, address, website, vessel history, container tracking.</li><li><strong>Ask partners</strong>: send a ContainerComm message to the unit at the port of loading to confirm container and seal numbers or the shipper's history.</li><li><strong>Decide</strong>: select for scanning or physical examination, or keep for monitoring. Write down which indicators you relied on.</li><li><strong>Close the loop</strong>: record the result of every examination, positive or negative, so the indicators can be improved.</li></ol><p>Your examination capacity is your budget. If the team can open five containers from a ferry of forty, select the five with the strongest evidence, not the first five suspicious lines you found.</p>",
                "ru": "<p>Предварительная информация о грузе поступает в таможню до того, как паром выходит из Алята в Актау или Туркменбаши, или до того, как контейнерный поезд пересекает границу Казахстана в Алтынколе. Это окно, часто всего день или два, — время, когда профилирование обходится дешевле всего: ни один контейнер не ждёт, ни один грузовик не стоит в очереди и никто не знает, что контейнер вызвал интерес.</p><p>Практический порядок работы аналитика ГПК:</p><ol><li><strong>Получить</strong> манифест или предварительную информацию о грузе и данные бронирования перевозчика по рейсу или поезду.</li><li><strong>Просеять</strong> каждую строку по каталогу индикаторов и спискам наблюдения подразделения (участники, коды ТН ВЭД, маршруты).</li><li><strong>Профилировать</strong> отобранные: сравнить транспортный документ, инвойс и декларацию, если она подана, и историю событий контейнера.</li><li><strong>Проверить открытые источники</strong>: реестр компаний, адрес, сайт, историю судна, отслеживание контейнера.</li><li><strong>Запросить партнёров</strong>: отправить через ContainerComm сообщение подразделению в порту погрузки, чтобы подтвердить номера контейнера и пломбы или историю грузоотправителя.</li><li><strong>Принять решение</strong>: отобрать для сканирования или физического досмотра либо оставить под наблюдением. Записать, на какие индикаторы вы опирались.</li><li><strong>Замкнуть цикл</strong>: записать результат каждого досмотра, положительный или отрицательный, чтобы индикаторы можно было улучшать.</li></ol><p>Ваши возможности досмотра — это ваш бюджет. Если группа может вскрыть пять контейнеров с парома, на котором их сорок, отберите пять с самыми сильными доказательствами, а не первые пять подозрительных строк, которые вам попались.</p>",
                "uz": "<p>Yuk haqida dastlabki axborot bojxonaga parom Alyatdan Oqtov yoki Turkmanboshiga chiqishidan oldin yoki konteyner poyezdi Oltinkoʻlda Qozogʻiston chegarasini kesib oʻtishidan oldin keladi. Koʻpincha bir-ikki kunlik bu oraliq profillash eng arzon tushadigan vaqtdir: hech bir konteyner kutmayapti, hech bir yuk mashinasi navbatda turmayapti va hech kimga konteyner qiziqish uygʻotgani aytilmagan.</p><p>PNG tahlilchisi uchun amaliy tartib:</p><ol><li><strong>Qabul qilish</strong>: reys yoki poyezd boʻyicha manifest yoki yuk haqida dastlabki axborot va tashuvchining bron maʼlumotlari.</li><li><strong>Saralash</strong>: har bir qatorni koʻrsatkichlar katalogi va boʻlinmaning kuzatuv roʻyxatlari (ishtirokchilar, HS kodlari, yoʻnalishlar) boʻyicha tez tekshirish.</li><li><strong>Profillash</strong>: tanlanganlar uchun transport hujjati, invoys va (agar topshirilgan boʻlsa) deklaratsiyani hamda konteyner voqealari tarixini solishtirish.</li><li><strong>Ochiq manbalarni tekshirish</strong>: kompaniyalar reyestri, manzil, veb-sayt, kema tarixi, konteynerni kuzatish.</li><li><strong>Hamkorlardan soʻrash</strong>: konteyner va plomba raqamlarini yoki yuk joʻnatuvchi tarixini tasdiqlash uchun ContainerComm orqali yuklash portidagi boʻlinmaga xabar yuborish.</li><li><strong>Qaror qabul qilish</strong>: skanerlash yoki jismoniy koʻrik uchun tanlash yoki kuzatuvda qoldirish. Qaysi koʻrsatkichlarga tayanganingizni yozib qoʻying.</li><li><strong>Siklni yopish</strong>: koʻrsatkichlarni yaxshilash uchun har bir koʻrik natijasini, ijobiy yoki salbiy, qayd etish.</li></ol><p>Koʻrik imkoniyatingiz — bu sizning byudjetingiz. Agar guruh qirqta konteyner ortilgan paromdan beshtasini ocha olsa, sizga uchragan dastlabki beshta shubhali qatorni emas, eng kuchli dalilga ega beshtasini tanlang.</p>",
                "tk": "<p>Ýük barada öňünden maglumat gümrüge parom Alýatdan Aktaua ýa-da Türkmenbaşa ugramazdan öň ýa-da konteýner otlusy Altynkolda Gazagystanyň serhedinden geçmezinden öň gelýär. Köplenç bir-iki günlük bu aralyk profillemegiň iň arzan düşýän wagtydyr: hiç bir konteýner garaşmaýar, hiç bir ýük awtoulagy nobatda durmaýar we hiç kime konteýneriň gyzyklanma döredendigi aýdylmandyr.</p><p>PGT seljerijisi üçin amaly tertip:</p><ol><li><strong>Kabul etmek</strong>: reýs ýa-da otly boýunça manifest ýa-da ýük barada öňünden maglumat we daşaýjynyň bronlama maglumatlary.</li><li><strong>Elekden geçirmek</strong>: her bir setiri görkezijiler katalogy we bölümiň gözegçilik sanawlary (gatnaşyjylar, HS kodlary, ugurlar) boýunça çalt barlamak.</li><li><strong>Profillemek</strong>: saýlananlar üçin ulag resminamasyny, inwoýsy we (berlen bolsa) deklarasiýany hem-de konteýner wakalarynyň taryhyny deňeşdirmek.</li><li><strong>Açyk çeşmeleri barlamak</strong>: kompaniýalaryň sanawy, salgy, web sahypa, gäminiň taryhy, konteýneri yzarlamak.</li><li><strong>Hyzmatdaşlardan soramak</strong>: konteýner we plomba belgilerini ýa-da ýük iberijiniň taryhyny tassyklamak üçin ContainerComm arkaly ýükleme portundaky bölüme habar ibermek.</li><li><strong>Karar bermek</strong>: skanirlemek ýa-da fiziki barlag üçin saýlamak ýa-da gözegçilikde galdyrmak. Haýsy görkezijilere daýanandygyňyzy ýazyp goýuň.</li><li><strong>Aýlawy ýapmak</strong>: görkezijileri gowulandyrmak üçin her bir barlagyň netijesini, oňyn ýa-da ýaramaz, bellige almak.</li></ol><p>Barlag mümkinçiligiňiz — bu siziň býudjetiňiz. Eger topar kyrk konteýnerli paromdan bäşisini açyp bilýän bolsa, size duş gelen ilkinji bäş şübheli setiri däl-de, iň güýçli subutnamaly bäşisini saýlaň.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Advance cargo information",
                "ru": "Предварительная информация о грузе",
                "uz": "Yuk haqida dastlabki axborot",
                "tk": "Ýük barada öňünden maglumat",
            },
            "definition": {
                "en": "Electronic data about a consignment (parties, goods, container and seal numbers, weight) that the carrier or forwarder must send to customs before the goods are loaded or arrive.",
                "ru": "Электронные сведения о партии (участники, товар, номера контейнера и пломбы, вес), которые перевозчик или экспедитор обязан направить в таможню до погрузки или прибытия товара.",
                "uz": "Tashuvchi yoki ekspeditor tovar yuklanishidan yoki kelishidan oldin bojxonaga yuborishi shart boʻlgan partiya haqidagi elektron maʼlumotlar (ishtirokchilar, tovar, konteyner va plomba raqamlari, vazn).",
                "tk": "Daşaýjynyň ýa-da ekspeditoryň haryt ýüklenmezinden ýa-da gelmezinden öň gümrüge ibermeli ýük topary baradaky elektron maglumatlary (gatnaşyjylar, haryt, konteýner we plomba belgileri, agram).",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): the long way to Turkmenbashi",
                "ru": "Разбор случая (вымышленный): долгий путь в Туркменбаши",
                "uz": "Amaliy holat (toʻqima): Turkmanboshiga uzoq yoʻl",
                "tk": "Mysal (toslama): Türkmenbaşa uzak ýol",
            },
            "html": {
                "en": '<p>The manifest of a ferry from Alyat lists a 20-foot container of "auto spare parts" for "Garagum Motor Trade", an Ashgabat company. The box started in a South American port, was transshipped twice, and stood eleven days at the second transshipment port. The consignee normally imports from a factory in Europe by road. Analyst Merdan A. sees a circuitous route, a transshipment dwell, a source-region origin and trade unusual for the consignee. He asks the partner unit through ContainerComm for the seal number recorded at loading, and selects the container for X-ray scanning on arrival, with physical examination if the image shows anomalies.</p>',
                "ru": "<p>В манифесте парома из Алята значится 20-футовый контейнер «автозапчастей» для ашхабадской компании «Гарагум Мотор Трейд». Контейнер вышел из порта Южной Америки, дважды перегружался и простоял одиннадцать дней во втором порту перевалки. Обычно этот грузополучатель ввозит товар автотранспортом с завода в Европе. Аналитик Мердан А. видит окольный маршрут, простой при перевалке, происхождение из региона-источника и нетипичную для грузополучателя торговлю. Через ContainerComm он запрашивает у партнёрского подразделения номер пломбы, записанный при погрузке, и отбирает контейнер для рентгеновского сканирования по прибытии с физическим досмотром, если на снимке будут аномалии.</p>",
                "uz": "<p>Alyatdan kelayotgan parom manifestida Ashgabatdagi «Garagum Motor Treyd» kompaniyasi uchun «avtomobil ehtiyot qismlari» ortilgan 20 futlik konteyner koʻrsatilgan. Konteyner Janubiy Amerika portidan chiqqan, ikki marta qayta yuklangan va ikkinchi qayta yuklash portida oʻn bir kun turgan. Bu yuk qabul qiluvchi odatda Yevropadagi zavoddan avtomobil transportida import qiladi. Tahlilchi Merdan A. aylanma yoʻl, qayta yuklashdagi turib qolish, manba mintaqadan kelib chiqish va yuk qabul qiluvchiga xos boʻlmagan savdoni koʻradi. U ContainerComm orqali hamkor boʻlinmadan yuklashda qayd etilgan plomba raqamini soʻraydi va konteynerni kelganda rentgen skanerlash uchun tanlaydi, tasvirda anomaliya boʻlsa, jismoniy koʻrik oʻtkaziladi.</p>",
                "tk": "<p>Alýatdan gelýän paromyň manifestinde Aşgabadyň «Garagum Motor Treýd» kompaniýasy üçin «awtoulag ätiýaçlyk şaýlary» ýüklenen 20 futluk konteýner görkezilen. Konteýner Günorta Amerikanyň portundan çykypdyr, iki gezek başga ulaga geçirilipdir we ikinji geçiriş portunda on bir gün durupdyr. Bu ýük alyjy adatça Ýewropadaky zawoddan awtoulag bilen import edýär. Seljeriji Merdan A. aýlawly ýoly, geçirişdäki durmagy, çeşme sebitinden gelip çykyşy we ýük alyja mahsus bolmadyk söwdany görýär. Ol ContainerComm arkaly hyzmatdaş bölümden ýüklenende bellige alnan plomba belgisini soraýar we konteýneri gelende rentgen skanirlemek üçin saýlaýar, suratda anomaliýa bolsa, fiziki barlag geçiriler.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Write the justification before the result is known",
                "ru": "Записывайте обоснование до того, как станет известен результат",
                "uz": "Asoslashni natija maʼlum boʻlishidan oldin yozing",
                "tk": "Esaslandyrmany netije belli bolmazdan öň ýazyň",
            },
            "html": {
                "en": '<p>A short note such as "new consignee, circuitous route, 11-day transshipment dwell" lets the unit later learn which indicators actually produced seizures and which only produced work.</p>',
                "ru": "<p>Короткая запись вроде «новый грузополучатель, окольный маршрут, простой 11 дней при перевалке» позволит подразделению потом понять, какие индикаторы действительно приводили к изъятиям, а какие только создавали работу.</p>",
                "uz": "<p>«Yangi yuk qabul qiluvchi, aylanma yoʻl, qayta yuklashda 11 kun turish» kabi qisqa yozuv boʻlinmaga keyinchalik qaysi koʻrsatkichlar haqiqatan musodaraga olib kelganini, qaysilari esa faqat ish qoʻshganini bilish imkonini beradi.</p>",
                "tk": "<p>«Täze ýük alyjy, aýlawly ýol, geçirişde 11 gün durmak» ýaly gysga ýazgy bölüme soňra haýsy görkezijileriň hakykatdan hem tussag etmäge getirendigini, haýsylarynyň bolsa diňe iş goşandygyny bilmäge mümkinçilik berýär.</p>",
            },
        },
    ],
}

LESSON_PRE_DEPARTURE = {
    "slug": "pre-departure-selection-of-exports-and-transit",
    "title": {
        "en": "Pre-departure selection of exports and transit",
        "ru": "Отбор экспортных и транзитных контейнеров до отправления",
        "uz": "Eksport va tranzit konteynerlarini joʻnatishdan oldin tanlash",
        "tk": "Eksport we tranzit konteýnerlerini ugratmazdan öň saýlamak",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Why outbound traffic matters",
                "ru": "Почему важен исходящий поток",
                "uz": "Chiqayotgan oqim nima uchun muhim",
                "tk": "Çykýan akym näme üçin möhüm",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>Afghan opiates move north and west through Central Asia, hidden in exports such as dried fruit, vegetables or textiles leaving Tashkent, Dushanbe or Ashgabat for the Caspian ports and beyond. Heroin precursors, above all acetic anhydride, move the other way, toward Afghanistan through crossings such as Termez/Ayritom and Nizhniy Pyanj or in transit through Farap. Strategic and dual-use goods may also be exported in breach of controls. A unit that looks only at imports misses half the picture.</p><p>Pre-departure selection differs from import work in three ways:</p><ul><li><strong>Less time.</strong> The export declaration and booking may come only hours before a train is formed at Dushanbe-2 or a truck reaches the border.</li><li><strong>Different documents.</strong> You work with the export declaration, the shipper's invoice and the booking; the transport document may not yet exist.</li><li><strong>The risk is leaving.</strong> Once the box has crossed, your only remaining tool is a message to the unit at the next border or destination.</li></ul><p>Useful questions: Does the exporter actually produce or trade these goods? Is the buyer plausible for the quantity? Does the route make commercial sense? Is a chemical declared under a vague name or a neighbouring HS code? Is the transit declaration for a destination that the goods could easily leave on the way?</p>",
                "ru": "<p>Афганские опиаты идут на север и запад через Центральную Азию, спрятанные в экспортных грузах, например в сухофруктах, овощах или текстиле, которые отправляются из Ташкента, Душанбе или Ашхабада в каспийские порты и дальше. Прекурсоры героина, прежде всего уксусный ангидрид, движутся в обратном направлении, в Афганистан, через такие пункты, как Термез/Айритом и Нижний Пяндж, или транзитом через Фарап. Стратегические товары и товары двойного назначения также могут вывозиться в нарушение контроля. Подразделение, которое смотрит только на импорт, упускает половину картины.</p><p>Отбор до отправления отличается от работы с импортом в трёх отношениях:</p><ul><li><strong>Меньше времени.</strong> Экспортная декларация и бронирование могут поступить всего за несколько часов до формирования поезда на станции Душанбе-2 или до прибытия грузовика на границу.</li><li><strong>Другие документы.</strong> Вы работаете с экспортной декларацией, инвойсом грузоотправителя и бронированием; транспортного документа может ещё не быть.</li><li><strong>Риск уходит.</strong> Как только контейнер пересёк границу, у вас остаётся только сообщение подразделению на следующей границе или в пункте назначения.</li></ul><p>Полезные вопросы: действительно ли экспортёр производит или продаёт этот товар? Правдоподобен ли покупатель для такого количества? Имеет ли маршрут коммерческий смысл? Не заявлено ли химическое вещество под расплывчатым названием или соседним кодом ТН ВЭД? Не оформлен ли транзит в пункт назначения, с пути к которому товар легко может исчезнуть?</p>",
                "uz": "<p>Afgʻon opiatlari Markaziy Osiyo orqali shimol va gʻarbga, Toshkent, Dushanbe yoki Ashgabatdan Kaspiy portlariga va undan nariga joʻnatiladigan quritilgan meva, sabzavot yoki toʻqimachilik mahsulotlari kabi eksport yuklarida yashirilgan holda harakatlanadi. Geroin prekursorlari, birinchi navbatda sirka angidridi, teskari yoʻnalishda, Termiz/Ayritom va Nijniy Panj kabi punktlar orqali yoki Farap orqali tranzitda Afgʻonistonga boradi. Strategik va ikki tomonlama foydalaniladigan tovarlar ham nazoratni buzgan holda eksport qilinishi mumkin. Faqat importga qaraydigan boʻlinma manzaraning yarmini koʻrmaydi.</p><p>Joʻnatishdan oldin tanlash import bilan ishlashdan uch jihatdan farq qiladi:</p><ul><li><strong>Vaqt kamroq.</strong> Eksport deklaratsiyasi va bron Dushanbe-2 stansiyasida poyezd tuzilishidan yoki yuk mashinasi chegaraga yetishidan bor-yoʻgʻi bir necha soat oldin kelishi mumkin.</li><li><strong>Boshqa hujjatlar.</strong> Siz eksport deklaratsiyasi, yuk joʻnatuvchining invoysi va bron bilan ishlaysiz; transport hujjati hali mavjud boʻlmasligi mumkin.</li><li><strong>Xavf chiqib ketmoqda.</strong> Konteyner chegarani kesib oʻtgach, sizda faqat keyingi chegara yoki manzildagi boʻlinmaga xabar yuborish imkoni qoladi.</li></ul><p>Foydali savollar: eksportyor haqiqatan ham bu tovarni ishlab chiqaradimi yoki sotadimi? Xaridor bunday miqdor uchun ishonarlimi? Yoʻnalish tijoriy mantiqqa egami? Kimyoviy modda noaniq nom yoki qoʻshni HS kodi ostida koʻrsatilmaganmi? Tranzit yoʻlda tovar osongina gʻoyib boʻlishi mumkin boʻlgan manzilga rasmiylashtirilmaganmi?</p>",
                "tk": "<p>Owgan opiatlary Merkezi Aziýanyň üsti bilen demirgazyga we günbatara, Daşkentden, Duşenbeden ýa-da Aşgabatdan Kaspi portlaryna we has uzaga iberilýän guradylan miweler, gök önümler ýa-da dokma harytlary ýaly eksport ýüklerinde gizlenip hereket edýär. Geroin prekursorlary, ilkinji nobatda sirke angidridi, ters ugurda, Termez/Aýritom we Nižniý Pýanj ýaly geçelgelerden ýa-da Farapdan tranzit bilen Owganystana gidýär. Strategik we iki maksatly harytlar hem gözegçiligi bozup eksport edilip bilner. Diňe importa seredýän bölüm suratyň ýarysyny görmeýär.</p><p>Ugratmazdan öň saýlamak import bilen işlemekden üç tarapdan tapawutlanýar:</p><ul><li><strong>Wagt azrak.</strong> Eksport deklarasiýasy we bronlama Duşenbe-2 stansiýasynda otly düzülmezinden ýa-da ýük awtoulagy serhede ýetmezinden diňe birnäçe sagat öň gelip biler.</li><li><strong>Başga resminamalar.</strong> Siz eksport deklarasiýasy, ýük iberijiniň inwoýsy we bronlama bilen işleýärsiňiz; ulag resminamasy entek bolmazlygy mümkin.</li><li><strong>Töwekgelçilik gidip barýar.</strong> Konteýner serhetden geçenden soň, size diňe indiki serhetdäki ýa-da barmaly ýerdäki bölüme habar ibermek galýar.</li></ul><p>Peýdaly soraglar: eksportçy hakykatdan hem bu harydy öndürýärmi ýa-da satýarmy? Alyjy şeýle mukdar üçin ynandyryjymy? Ugruň täjirçilik manysy barmy? Himiki madda takyk däl at ýa-da goňşy HS kody bilen görkezilmänmi? Tranzit ýolda harydyň aňsatlyk bilen ýitip biljek ýerine resmileşdirilmänmi?</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Precursor",
                "ru": "Прекурсор",
                "uz": "Prekursor",
                "tk": "Prekursor",
            },
            "definition": {
                "en": "A chemical used to manufacture a narcotic drug, such as acetic anhydride for heroin. Many precursors have legitimate industrial uses, so their trade is controlled rather than banned.",
                "ru": "Химическое вещество, используемое для изготовления наркотика, например уксусный ангидрид для героина. У многих прекурсоров есть законное промышленное применение, поэтому их оборот контролируется, а не запрещается.",
                "uz": "Giyohvand vositani tayyorlash uchun ishlatiladigan kimyoviy modda, masalan geroin uchun sirka angidridi. Koʻpgina prekursorlar qonuniy sanoat maqsadlarida ishlatiladi, shuning uchun ularning savdosi taqiqlanmaydi, balki nazorat qilinadi.",
                "tk": "Neşe serişdesini öndürmek üçin ulanylýan himiki madda, meselem geroin üçin sirke angidridi. Köp prekursorlar kanuny senagat maksatlary üçin ulanylýar, şonuň üçin olaryň söwdasy gadagan edilmeýär, eýsem gözegçilikde saklanýar.",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Dual-use goods",
                "ru": "Товары двойного назначения",
                "uz": "Ikki tomonlama foydalaniladigan tovarlar",
                "tk": "Iki maksatly harytlar",
            },
            "definition": {
                "en": "Goods, software or technology with civilian uses that can also serve military or weapons purposes; their export usually needs a licence.",
                "ru": "Товары, программное обеспечение или технологии гражданского назначения, которые могут служить и военным целям или созданию оружия; для их экспорта обычно требуется лицензия.",
                "uz": "Fuqarolik maqsadlarida ishlatiladigan, lekin harbiy maqsadlarga yoki qurol yaratishga ham xizmat qilishi mumkin boʻlgan tovarlar, dasturiy taʼminot yoki texnologiyalar; ularni eksport qilish uchun odatda litsenziya talab etiladi.",
                "tk": "Raýat maksatlary üçin ulanylýan, ýöne harby maksatlara ýa-da ýarag döretmäge hem hyzmat edip bilýän harytlar, programma üpjünçiligi ýa-da tehnologiýalar; olary eksport etmek üçin adatça ygtyýarnama talap edilýär.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): a solvent for a paint shop",
                "ru": "Разбор случая (вымышленный): растворитель для малярного цеха",
                "uz": "Amaliy holat (toʻqima): boʻyoq sexi uchun erituvchi",
                "tk": "Mysal (toslama): reňk sehi üçin erginleýji",
            },
            "html": {
                "en": '<p>"Oqsaroy Chem Supply", registered three months ago in Tashkent, files an export declaration for 80 drums of "industrial solvent" to a "paint workshop" just across the Afghan border, to leave through Termez/Ayritom. The declared HS code belongs to a different group of acids and esters than the one for acetic anhydride (2915.24), and the invoice price per litre is higher than for common solvents. Officer Jasur T. notes a new exporter, a vague description, a destination linked to heroin production and a price that suits a controlled chemical. He selects the container for examination and sampling before departure and informs the drug-control agency.</p>',
                "ru": "<p>Компания «Оксарой Кем Сапплай», зарегистрированная в Ташкенте три месяца назад, подаёт экспортную декларацию на 80 бочек «промышленного растворителя» для «малярной мастерской» сразу за афганской границей с выездом через Термез/Айритом. Заявленный код ТН ВЭД относится к другой группе кислот и сложных эфиров, чем код уксусного ангидрида (2915.24), а цена за литр в инвойсе выше, чем у обычных растворителей. Сотрудник Жасур Т. отмечает нового экспортёра, расплывчатое описание, пункт назначения, связанный с производством героина, и цену, подходящую для контролируемого химиката. Он отбирает контейнер для досмотра и отбора проб до отправления и информирует орган по контролю за наркотиками.</p>",
                "uz": "<p>Uch oy oldin Toshkentda roʻyxatdan oʻtgan «Oqsaroy Kem Sapplay» Afgʻoniston chegarasining narigi tomonidagi «boʻyoq ustaxonasi» uchun 80 bochka «sanoat erituvchisi»ga Termiz/Ayritom orqali chiqish bilan eksport deklaratsiyasini topshiradi. Koʻrsatilgan HS kodi sirka angidridi kodidan (2915.24) boshqa kislotalar va murakkab efirlar guruhiga tegishli, invoysdagi bir litr narxi esa oddiy erituvchilarnikidan yuqori. Xodim Jasur T. yangi eksportyor, noaniq tavsif, geroin ishlab chiqarish bilan bogʻliq manzil va nazoratdagi kimyoviy moddaga mos narxni qayd etadi. U konteynerni joʻnatishdan oldin koʻrik va namuna olish uchun tanlaydi hamda giyohvandlikka qarshi kurash organini xabardor qiladi.</p>",
                "tk": "<p>Üç aý öň Daşkentde hasaba alnan «Oksaroý Kem Sapplaý» Owganystan serhediniň aňyrsyndaky «reňk ussahanasy» üçin 80 çelek «senagat erginleýjisine» Termez/Aýritom arkaly çykmak bilen eksport deklarasiýasyny berýär. Görkezilen HS kody sirke angidridiniň kodundan (2915.24) başga kislotalar we çylşyrymly efirler toparyna degişli, inwoýsdaky bir litriň bahasy bolsa adaty erginleýjileriňkiden ýokary. Işgär Jasur T. täze eksportçyny, takyk däl beýany, geroin öndürmek bilen baglanyşykly barmaly ýeri we gözegçilikdäki himiki madda laýyk bahany belleýär. Ol konteýneri ugratmazdan öň barlamak we nusga almak üçin saýlaýar hem-de neşe serişdelerine garşy göreşýän edarany habarly edýär.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "en": "Do not open suspect chemicals without protection",
                "ru": "Не вскрывайте подозрительные химикаты без защиты",
                "uz": "Shubhali kimyoviy moddalarni himoyasiz ochmang",
                "tk": "Şübheli himiki maddalary goragsyz açmaň",
            },
            "html": {
                "en": "<p>Acetic anhydride is corrosive and reacts violently with water. Sampling must be done by trained staff with protective equipment, in a ventilated area, with the drums kept closed until then.</p>",
                "ru": "<p>Уксусный ангидрид вызывает ожоги и бурно реагирует с водой. Отбор проб должен проводить обученный персонал в средствах защиты на проветриваемом участке, а до этого бочки должны оставаться закрытыми.</p>",
                "uz": "<p>Sirka angidridi kuydiruvchi boʻlib, suv bilan shiddatli reaksiyaga kirishadi. Namuna olishni himoya vositalaridagi oʻqitilgan xodimlar shamollatiladigan joyda bajarishi kerak, shu vaqtgacha bochkalar yopiq turishi lozim.</p>",
                "tk": "<p>Sirke angidridi ýakyjy bolup, suw bilen güýçli reaksiýa girýär. Nusga almagy gorag serişdelerindäki taýýarlykly işgärler howa çalşylýan ýerde geçirmeli, şoňa çenli çelekler ýapyk durmaly.</p>",
            },
        },
    ],
}

LESSON_RIP_ON_RIP_OFF = {
    "slug": "rip-on-rip-off",
    "title": {
        "en": "Rip-on/rip-off: when the consignee is the victim",
        "ru": "Rip-on/rip-off: когда грузополучатель — жертва",
        "uz": "Rip-on/rip-off: yuk qabul qiluvchi jabrlanuvchi boʻlganda",
        "tk": "Rip-on/rip-off: ýük alyjy pida bolanda",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "How the method works",
                "ru": "Как работает этот метод",
                "uz": "Usul qanday ishlaydi",
                "tk": "Usul nähili işleýär",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": '<p><strong>Rip-on/rip-off</strong> is a smuggling method in which criminals use corrupt insiders at the port or terminal of departure and at the port of arrival. At departure, the insiders break the seal of a legitimate container, put drugs inside, usually in sports bags or holdalls just inside the doors, and close the box with a duplicate seal bearing the same or a similar number (the "rip-on"). At arrival, another insider opens the container in the terminal, takes the bags out and reseals it (the "rip-off"), before customs or the consignee ever sees the cargo.</p><p>The shipper and the consignee are genuine companies and usually know nothing. Their documents are in order and their compliance record may be excellent. That is why profiling based only on parties and goods fails against this method. The evidence is in the container\'s movements:</p><ul><li>the seal number recorded by the terminal or carrier differs from the one on the transport document or manifest;</li><li>the event history shows a seal removed, replaced or inspected without a matching customs action;</li><li>the box stayed unusually long at a transshipment port, or was moved to a quiet corner of the yard;</li><li>the route passes through a source or high-risk port even though the goods come from elsewhere;</li><li>the container is scheduled for a long dwell at arrival, giving insiders time to act.</li></ul>',
                "ru": "<p><strong>Rip-on/rip-off</strong> («подбросить/изъять») — метод контрабанды, при котором преступники используют подкупленных работников в порту или терминале отправления и в порту прибытия. При отправлении эти работники срывают пломбу законного контейнера, кладут внутрь наркотики, обычно в спортивных или дорожных сумках сразу за дверями, и закрывают контейнер дубликатом пломбы с тем же или похожим номером («rip-on»). По прибытии другой сообщник вскрывает контейнер на терминале, вынимает сумки и снова пломбирует его («rip-off») прежде, чем таможня или грузополучатель увидят груз.</p><p>Грузоотправитель и грузополучатель — настоящие компании и обычно ничего не знают. Их документы в порядке, а история соблюдения требований может быть безупречной. Поэтому профилирование только по участникам и товарам против этого метода не работает. Доказательства кроются в перемещениях контейнера:</p><ul><li>номер пломбы, записанный терминалом или перевозчиком, отличается от номера в транспортном документе или манифесте;</li><li>история событий показывает, что пломба снята, заменена или осмотрена без соответствующего таможенного действия;</li><li>контейнер необычно долго стоял в порту перевалки или был перемещён в тихий угол площадки;</li><li>маршрут проходит через порт-источник или порт высокого риска, хотя товар происходит из другого места;</li><li>контейнеру предстоит долгий простой по прибытии, что даёт сообщникам время действовать.</li></ul>",
                "uz": "<p><strong>Rip-on/rip-off</strong> («solib qoʻyish/olib ketish») — bu kontrabanda usuli boʻlib, unda jinoyatchilar joʻnatish porti yoki terminalida va kelish portida pora evaziga ishlaydigan xodimlardan foydalanadi. Joʻnatishda bu xodimlar qonuniy konteynerning plombasini buzib, ichiga giyohvand moddalarni, odatda eshik ortidagi sport yoki yoʻl sumkalarida joylashtiradi va konteynerni xuddi shu yoki oʻxshash raqamli dublikat plomba bilan yopadi («rip-on»). Kelishda boshqa sherik konteynerni terminalda ochib, sumkalarni olib chiqadi va bojxona yoki yuk qabul qiluvchi yukni koʻrishidan oldin uni yana plombalaydi («rip-off»).</p><p>Yuk joʻnatuvchi va yuk qabul qiluvchi haqiqiy kompaniyalar boʻlib, odatda hech narsani bilmaydi. Ularning hujjatlari joyida, talablarga rioya qilish tarixi esa benuqson boʻlishi mumkin. Shuning uchun faqat ishtirokchilar va tovarlarga asoslangan profillash bu usulga qarshi ish bermaydi. Dalillar konteynerning harakatlarida:</p><ul><li>terminal yoki tashuvchi qayd etgan plomba raqami transport hujjati yoki manifestdagidan farq qiladi;</li><li>voqealar tarixi plomba tegishli bojxona harakatisiz olingan, almashtirilgan yoki koʻrilganini koʻrsatadi;</li><li>konteyner qayta yuklash portida odatdan tashqari uzoq turgan yoki maydonning tinch burchagiga koʻchirilgan;</li><li>tovar boshqa joydan boʻlsa-da, yoʻnalish manba yoki yuqori xavfli port orqali oʻtadi;</li><li>konteyner kelgandan keyin uzoq turib qolishi rejalashtirilgan, bu sheriklarga harakat qilish uchun vaqt beradi.</li></ul>",
                "tk": "<p><strong>Rip-on/rip-off</strong> («salyp goýmak/alyp gitmek») — bu kontrabanda usuly bolup, onda jenaýatçylar ugradylýan portda ýa-da terminalda we gelýän portda para bilen satyn alnan işgärlerden peýdalanýarlar. Ugradylanda bu işgärler kanuny konteýneriň plombasyny döwüp, içine neşe serişdelerini, adatça gapynyň edil içindäki sport ýa-da ýol sumkalarynda ýerleşdirýärler we konteýneri şol bir ýa-da meňzeş belgili dublikat plomba bilen ýapýarlar («rip-on»). Gelende başga bir şärik konteýneri terminalda açyp, sumkalary çykarýar we gümrük ýa-da ýük alyjy ýüki görmezinden öň ony täzeden plombalaýar («rip-off»).</p><p>Ýük iberiji we ýük alyjy hakyky kompaniýalar bolup, adatça hiç zat bilmeýärler. Olaryň resminamalary tertipli, talaplary berjaý ediş taryhy bolsa kemsiz bolup biler. Şonuň üçin diňe gatnaşyjylara we harytlara esaslanýan profillemek bu usula garşy işlemeýär. Subutnamalar konteýneriň hereketlerinde:</p><ul><li>terminalyň ýa-da daşaýjynyň bellige alan plomba belgisi ulag resminamasyndakydan ýa-da manifestdäkiden tapawutlanýar;</li><li>wakalaryň taryhy plombanyň degişli gümrük hereketi bolmazdan aýrylandygyny, çalşyrylandygyny ýa-da barlanandygyny görkezýär;</li><li>konteýner geçiriş portunda adatdan daşary uzak durupdyr ýa-da meýdançanyň ümsüm burçuna süýşürilipdir;</li><li>haryt başga ýerden bolsa-da, ugur çeşme ýa-da ýokary töwekgelçilikli portdan geçýär;</li><li>konteýneriň gelenden soň uzak durmagy meýilleşdirilen, bu şäriklere hereket etmek üçin wagt berýär.</li></ul>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Rip-on/rip-off",
                "ru": "Rip-on/rip-off",
                "uz": "Rip-on/rip-off",
                "tk": "Rip-on/rip-off",
            },
            "definition": {
                "en": "Smuggling by adding illicit goods to a legitimate container after it is sealed (rip-on) and removing them at destination before clearance (rip-off), with the help of port insiders and a duplicate seal.",
                "ru": "Контрабанда путём подбрасывания незаконного товара в законный контейнер после его опломбирования (rip-on) и изъятия в пункте назначения до таможенного оформления (rip-off) с помощью сообщников в порту и дубликата пломбы.",
                "uz": "Port ichidagi sheriklar va dublikat plomba yordamida noqonuniy tovarni plombalangan qonuniy konteynerga solib qoʻyish (rip-on) va uni manzilda rasmiylashtirishdan oldin olib ketish (rip-off) orqali kontrabanda.",
                "tk": "Portdaky şärikleriň we dublikat plombanyň kömegi bilen bikanun harydy plombalanan kanuny konteýnere salyp goýmak (rip-on) we ony barmaly ýerinde resmileşdirilmezden öň alyp gitmek (rip-off) arkaly kontrabanda.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): six days at the hub",
                "ru": "Разбор случая (вымышленный): шесть дней в хабе",
                "uz": "Amaliy holat (toʻqima): markazda olti kun",
                "tk": "Mysal (toslama): merkezde alty gün",
            },
            "html": {
                "en": '<p>A refrigerated container of fresh fruit for "Zhelken Fresh Market", a well-known Aktau retailer, arrives from a transshipment hub. The bill of lading shows seal 448120. The hub\'s terminal record shows "seal inspected" and then "resealed" with seal 448126 after a six-day dwell, with no customs action recorded. Analyst Aigerim S. confirms through ContainerComm that no authority opened the box at the hub. The PCU meets the container at the quay, photographs the seal before anyone touches it, and opens it under supervision. Two holdalls sit just behind the doors, in front of the fruit pallets. The retailer\'s staff are visibly surprised.</p>',
                "ru": "<p>Рефрижераторный контейнер со свежими фруктами для «Желкен Фреш Маркет», известной розничной сети Актау, прибывает из хаба перевалки. В коносаменте указана пломба 448120. В записи терминала хаба значатся «пломба осмотрена» и затем «переопломбирован» пломбой 448126 после простоя в шесть дней, без записанного таможенного действия. Аналитик Айгерим С. через ContainerComm подтверждает, что в хабе контейнер не вскрывал ни один орган. ГПК встречает контейнер на причале, фотографирует пломбу до того, как к ней кто-либо прикоснётся, и вскрывает его под контролем. Сразу за дверями, перед паллетами с фруктами, лежат две дорожные сумки. Сотрудники торговой сети явно удивлены.</p>",
                "uz": "<p>Oqtovdagi taniqli chakana savdo tarmogʻi «Zhelken Fresh Market» uchun yangi mevalar ortilgan refrijerator konteyner qayta yuklash markazidan keladi. Konosamentda 448120 raqamli plomba koʻrsatilgan. Markaz terminali yozuvida olti kunlik turishdan soʻng «plomba koʻrildi», keyin esa 448126 raqamli plomba bilan «qayta plombalandi» deb yozilgan, bojxona harakati qayd etilmagan. Tahlilchi Aygerim S. ContainerComm orqali markazda konteynerni hech bir organ ochmaganini tasdiqlaydi. PNG konteynerni qirgʻoqda kutib oladi, plombaga hech kim tegmasdan oldin uni suratga oladi va nazorat ostida ochadi. Eshik ortida, meva palletlari oldida ikkita yoʻl sumkasi turibdi. Savdo tarmogʻi xodimlari ochiqdan-ochiq hayron.</p>",
                "tk": "<p>Aktaudaky tanymal bölek söwda ulgamy «Zhelken Fresh Market» üçin täze miweler ýüklenen refrižerator konteýner geçiriş merkezinden gelýär. Konosamentde 448120 belgili plomba görkezilen. Merkeziň terminal ýazgysynda alty gün durandan soň «plomba barlandy», soňra bolsa 448126 belgili plomba bilen «täzeden plombalandy» diýlip ýazylan, gümrük hereketi bellige alynmandyr. Seljeriji Aýgerim S. ContainerComm arkaly merkezde konteýneri hiç bir edaranyň açmandygyny tassyklaýar. PGT konteýneri kenarda garşylaýar, plomba hiç kim degmezinden öň ony surata düşürýär we gözegçilik astynda açýar. Gapynyň edil aňyrsynda, miwe palletleriniň öňünde iki sany ýol sumkasy dur. Söwda ulgamynyň işgärleri aç-açan geň galýarlar.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Protect the selection itself",
                "ru": "Защищайте сам факт отбора",
                "uz": "Tanlovning oʻzini himoya qiling",
                "tk": "Saýlawyň özüni goraň",
            },
            "html": {
                "en": "<p>Insiders may watch who is interested in which box. Share selections only with those who need them, record the seal number before the terminal moves the container, and be present when the doors are opened. In the region, ask the partner unit at the loading port (for example Alyat or Turkmenbashi) for the seal number it recorded.</p>",
                "ru": "<p>Сообщники могут следить за тем, кто интересуется каким контейнером. Сообщайте об отборе только тем, кому это необходимо, записывайте номер пломбы до того, как терминал переместит контейнер, и присутствуйте при открытии дверей. В регионе запрашивайте у партнёрского подразделения в порту погрузки (например, в порту Алят или в Туркменбаши) записанный им номер пломбы.</p>",
                "uz": "<p>Sheriklar kim qaysi konteynerga qiziqayotganini kuzatishi mumkin. Tanlov haqida faqat bilishi zarur boʻlganlarga xabar bering, terminal konteynerni koʻchirishidan oldin plomba raqamini yozib oling va eshiklar ochilayotganda hozir boʻling. Mintaqada yuklash portidagi (masalan, Alyat yoki Turkmanboshidagi) hamkor boʻlinmadan u qayd etgan plomba raqamini soʻrang.</p>",
                "tk": "<p>Şärikler kimiň haýsy konteýnere gyzyklanýandygyny yzarlap bilerler. Saýlaw barada diňe bilmeli adamlara habar beriň, terminal konteýneri süýşürmezinden öň plomba belgisini ýazyp alyň we gapylar açylanda ýanynda boluň. Sebitde ýükleme portundaky (meselem, Alýatdaky ýa-da Türkmenbaşydaky) hyzmatdaş bölümden onuň bellige alan plomba belgisini soraň.</p>",
            },
        },
    ],
}

QUIZ = {
    "title": {
        "en": "Check your understanding: profiling container movements",
        "ru": "Проверьте себя: профилирование перемещений контейнеров",
        "uz": "Oʻzingizni tekshiring: konteyner harakatlarini profillash",
        "tk": "Özüňizi barlaň: konteýner hereketlerini profillemek",
    },
    "pass_mark": 70,
    "max_attempts": 0,
    "grading": "best",
    "questions": [
        {
            "kind": "single",
            "text": {
                "en": "In a rip-on/rip-off case, who is usually unaware that drugs travelled in the container?",
                "ru": "Кто в случае rip-on/rip-off обычно не знает, что в контейнере перевозились наркотики?",
                "uz": "Rip-on/rip-off holatida odatda kim konteynerda giyohvand moddalar tashilganini bilmaydi?",
                "tk": "Rip-on/rip-off ýagdaýynda adatça kim konteýnerde neşe serişdeleriniň daşalandygyny bilmeýär?",
            },
            "options": [
                {
                    "text": {
                        "en": "The consignee",
                        "ru": "Грузополучатель",
                        "uz": "Yuk qabul qiluvchi",
                        "tk": "Ýük alyjy",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Correct. The method uses a legitimate trade flow; the consignee is a victim whose goods serve as cover.",
                        "ru": "Верно. Метод использует законный торговый поток; грузополучатель — жертва, чей товар служит прикрытием.",
                        "uz": "Toʻgʻri. Usul qonuniy savdo oqimidan foydalanadi; yuk qabul qiluvchi jabrlanuvchi, uning tovari niqob vazifasini bajaradi.",
                        "tk": "Dogry. Usul kanuny söwda akymyndan peýdalanýar; ýük alyjy pida, onuň harydy bürelik bolup hyzmat edýär.",
                    },
                },
                {
                    "text": {
                        "en": "The corrupt terminal worker at arrival",
                        "ru": "Подкупленный работник терминала в пункте прибытия",
                        "uz": "Kelish joyidagi pora olgan terminal xodimi",
                        "tk": "Gelýän ýerdäki para alan terminal işgäri",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. The insider at arrival removes the bags, so he knows exactly what is inside.",
                        "ru": "Нет. Сообщник в пункте прибытия вынимает сумки, поэтому он точно знает, что внутри.",
                        "uz": "Yoʻq. Kelish joyidagi sherik sumkalarni olib chiqadi, shuning uchun u ichida nima borligini aniq biladi.",
                        "tk": "Ýok. Gelýän ýerdäki şärik sumkalary çykarýar, şonuň üçin ol içinde näme bardygyny takyk bilýär.",
                    },
                },
                {
                    "text": {
                        "en": "The organisers who supplied the duplicate seal",
                        "ru": "Организаторы, которые достали дубликат пломбы",
                        "uz": "Dublikat plombani topib bergan tashkilotchilar",
                        "tk": "Dublikat plombany tapyp beren guramaçylar",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. Preparing a duplicate seal is part of the plan, so the organisers are fully aware.",
                        "ru": "Нет. Изготовление дубликата пломбы — часть плана, так что организаторы полностью в курсе.",
                        "uz": "Yoʻq. Dublikat plomba tayyorlash rejaning bir qismi, shuning uchun tashkilotchilar hammasidan xabardor.",
                        "tk": "Ýok. Dublikat plombany taýýarlamak meýilnamanyň bir bölegi, şonuň üçin guramaçylar hemme zatdan habarly.",
                    },
                },
            ],
        },
        {
            "kind": "multiple",
            "text": {
                "en": "Which facts point to a possible rip-on/rip-off?",
                "ru": "Какие факты указывают на возможный rip-on/rip-off?",
                "uz": "Qaysi faktlar rip-on/rip-off ehtimoliga ishora qiladi?",
                "tk": "Haýsy hakykatlar rip-on/rip-off ähtimallygyny görkezýär?",
            },
            "options": [
                {
                    "text": {
                        "en": "The seal number in the terminal record differs from the bill of lading",
                        "ru": "Номер пломбы в записи терминала отличается от коносамента",
                        "uz": "Terminal yozuvidagi plomba raqami konosamentdagidan farq qiladi",
                        "tk": "Terminal ýazgysyndaky plomba belgisi konosamentdäkiden tapawutlanýar",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. A changed seal number is the classic trace of a duplicate seal.",
                        "ru": "Да. Изменённый номер пломбы — классический след дубликата пломбы.",
                        "uz": "Ha. Oʻzgargan plomba raqami dublikat plombaning klassik izidir.",
                        "tk": "Hawa. Üýtgän plomba belgisi dublikat plombanyň nusgawy yzydyr.",
                    },
                },
                {
                    "text": {
                        "en": "The container was resealed at a transshipment port with no customs action recorded",
                        "ru": "Контейнер был переопломбирован в порту перевалки без записанного таможенного действия",
                        "uz": "Konteyner qayta yuklash portida bojxona harakati qayd etilmagan holda qayta plombalangan",
                        "tk": "Konteýner geçiriş portunda gümrük hereketi bellige alynman täzeden plombalanypdyr",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. A reseal needs an explanation; if no authority opened the box, someone else did.",
                        "ru": "Да. Переопломбирование требует объяснения; если ни один орган контейнер не вскрывал, его вскрыл кто-то другой.",
                        "uz": "Ha. Qayta plombalash izoh talab qiladi; agar hech bir organ konteynerni ochmagan boʻlsa, uni boshqa birov ochgan.",
                        "tk": "Hawa. Täzeden plombalamak düşündiriş talap edýär; eger hiç bir edara konteýneri açmadyk bolsa, ony başga biri açypdyr.",
                    },
                },
                {
                    "text": {
                        "en": "An unusually long dwell at a transshipment hub",
                        "ru": "Необычно долгий простой в хабе перевалки",
                        "uz": "Qayta yuklash markazida odatdan tashqari uzoq turish",
                        "tk": "Geçiriş merkezinde adatdan daşary uzak durmak",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. Long dwell gives insiders the time to open and reseal the container.",
                        "ru": "Да. Долгий простой даёт сообщникам время вскрыть и переопломбировать контейнер.",
                        "uz": "Ha. Uzoq turish sheriklarga konteynerni ochish va qayta plombalash uchun vaqt beradi.",
                        "tk": "Hawa. Uzak durmak şäriklere konteýneri açmaga we täzeden plombalamaga wagt berýär.",
                    },
                },
                {
                    "text": {
                        "en": "The consignee is a new company with no trading history",
                        "ru": "Грузополучатель — новая компания без истории торговли",
                        "uz": "Yuk qabul qiluvchi savdo tarixi boʻlmagan yangi kompaniya",
                        "tk": "Ýük alyjy söwda taryhy bolmadyk täze kompaniýa",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "Not for this method. A new consignee is a party indicator; rip-on/rip-off usually abuses established, innocent consignees.",
                        "ru": "Не для этого метода. Новый грузополучатель — индикатор по участникам; rip-on/rip-off обычно использует давно работающих невиновных грузополучателей.",
                        "uz": "Bu usul uchun emas. Yangi yuk qabul qiluvchi ishtirokchi koʻrsatkichi; rip-on/rip-off odatda uzoq ishlayotgan aybsiz yuk qabul qiluvchilardan foydalanadi.",
                        "tk": "Bu usul üçin däl. Täze ýük alyjy gatnaşyjy görkezijisidir; rip-on/rip-off adatça köpden bäri işleýän günäsiz ýük alyjylary ulanýar.",
                    },
                },
            ],
        },
        {
            "kind": "true_false",
            "text": {
                "en": "A consignee with a long, clean compliance record means the container can be released without looking at its seal events.",
                "ru": "Если у грузополучателя долгая безупречная история соблюдения требований, контейнер можно выпускать, не глядя на события с пломбой.",
                "uz": "Agar yuk qabul qiluvchining talablarga rioya qilish tarixi uzoq va benuqson boʻlsa, konteynerni plomba voqealariga qaramasdan chiqarish mumkin.",
                "tk": "Eger ýük alyjynyň talaplary berjaý ediş taryhy uzak we kemsiz bolsa, konteýneri plomba wakalaryna seretmezden goýberip bolýar.",
            },
            "answer": False,
            "feedback_true": {
                "en": "Not so. In rip-on/rip-off the consignee is innocent, so a clean record does not clear the container; route, seal events and dwell times matter more.",
                "ru": "Это не так. При rip-on/rip-off грузополучатель невиновен, поэтому безупречная история не снимает подозрений с контейнера; важнее маршрут, события с пломбой и время простоя.",
                "uz": "Bunday emas. Rip-on/rip-off holatida yuk qabul qiluvchi aybsiz, shuning uchun benuqson tarix konteynerni shubhadan xalos qilmaydi; yoʻnalish, plomba voqealari va turib qolish vaqti muhimroq.",
                "tk": "Beýle däl. Rip-on/rip-off ýagdaýynda ýük alyjy günäsiz, şonuň üçin kemsiz taryh konteýneri şübheden boşatmaýar; ugur, plomba wakalary we durmak wagty has möhüm.",
            },
            "feedback_false": {
                "en": "Correct. A clean consignee says nothing about what insiders did to the box on the way.",
                "ru": "Верно. Благонадёжный грузополучатель ничего не говорит о том, что сообщники сделали с контейнером в пути.",
                "uz": "Toʻgʻri. Ishonchli yuk qabul qiluvchi sheriklar yoʻlda konteyner bilan nima qilgani haqida hech narsa demaydi.",
                "tk": "Dogry. Ygtybarly ýük alyjy şärikleriň ýolda konteýner bilen näme edendigi barada hiç zat aýtmaýar.",
            },
        },
        {
            "kind": "numeric",
            "text": {
                "en": "From a ferry of 40 containers your unit examined 5, and 3 of them held undeclared goods. What was your hit rate, in percent?",
                "ru": "Из 40 контейнеров парома ваше подразделение досмотрело 5, и в 3 из них был незадекларированный товар. Каков ваш процент попаданий (hit rate)?",
                "uz": "Paromdagi 40 ta konteynerdan boʻlinmangiz 5 tasini koʻrikdan oʻtkazdi va ularning 3 tasida deklaratsiya qilinmagan tovar bor edi. Sizning aniqlash ulushingiz (hit rate) necha foiz?",
                "tk": "Paromdaky 40 konteýnerden bölümiňiz 5-sini barlady we olaryň 3-sinde yglan edilmedik haryt bardy. Siziň tapyş paýyňyz (hit rate) näçe göterim?",
            },
            "answer": 60,
            "tolerance": 0,
            "unit": {"en": "%", "ru": "%", "uz": "%", "tk": "%"},
            "feedback": {
                "en": "Hit rate = hits / containers selected = 3 / 5 = 60 %. The 40 on the ferry do not enter this figure.",
                "ru": "Процент попаданий = попадания / отобранные контейнеры = 3 / 5 = 60 %. 40 контейнеров парома в этот расчёт не входят.",
                "uz": "Aniqlash ulushi = topilmalar / tanlangan konteynerlar = 3 / 5 = 60 %. Paromdagi 40 ta konteyner bu hisobga kirmaydi.",
                "tk": "Tapyş paýy = tapyndylar / saýlanan konteýnerler = 3 / 5 = 60 %. Paromdaky 40 konteýner bu hasaba girmeýär.",
            },
        },
        {
            "kind": "single",
            "text": {
                "en": "Where should the examination team look first when opening a container selected for suspected rip-on/rip-off?",
                "ru": "Куда досмотровая группа должна смотреть в первую очередь, вскрывая контейнер, отобранный по подозрению в rip-on/rip-off?",
                "uz": "Rip-on/rip-off gumoni bilan tanlangan konteynerni ochishda koʻrik guruhi birinchi navbatda qayerga qarashi kerak?",
                "tk": "Rip-on/rip-off şübhesi bilen saýlanan konteýneri açanda barlag topary ilki bilen nirä seretmeli?",
            },
            "options": [
                {
                    "text": {
                        "en": "Just inside the doors, in front of the first row of cargo",
                        "ru": "Сразу за дверями, перед первым рядом груза",
                        "uz": "Eshik ortida, yukning birinchi qatori oldida",
                        "tk": "Gapynyň edil aňyrsynda, ýüküň birinji hatarynyň öňünde",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Correct. Insiders have minutes, not hours, so the bags are placed where they can be reached without unloading.",
                        "ru": "Верно. У сообщников минуты, а не часы, поэтому сумки кладут туда, куда можно дотянуться без разгрузки.",
                        "uz": "Toʻgʻri. Sheriklarda soatlar emas, daqiqalar bor, shuning uchun sumkalar yukni tushirmasdan yetib boriladigan joyga qoʻyiladi.",
                        "tk": "Dogry. Şäriklerde sagatlar däl-de, minutlar bar, şonuň üçin sumkalar ýüki düşürmezden ýetip bolýan ýere goýulýar.",
                    },
                },
                {
                    "text": {
                        "en": "Inside the refrigeration machinery unit",
                        "ru": "Внутри холодильного агрегата",
                        "uz": "Sovutish agregati ichida",
                        "tk": "Sowadyş agregatynyň içinde",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "Not first. The machinery unit is a known concealment place, but it takes time and tools; rip-on loads are put where they are quick to reach.",
                        "ru": "Не в первую очередь. Агрегат — известное место тайников, но это требует времени и инструментов; при rip-on груз кладут туда, куда быстро добраться.",
                        "uz": "Birinchi navbatda emas. Agregat maʼlum yashirish joyi, lekin vaqt va asbob talab qiladi; rip-on yuki tez yetib boriladigan joyga qoʻyiladi.",
                        "tk": "Ilki bilen däl. Agregat belli gizleýiş ýeri, ýöne wagt we gural talap edýär; rip-on ýüki çalt ýetip bolýan ýere goýulýar.",
                    },
                },
                {
                    "text": {
                        "en": "Under the floor at the front wall, after full unloading",
                        "ru": "Под полом у передней стенки, после полной разгрузки",
                        "uz": "Toʻliq tushirilgandan keyin, old devor yonidagi pol ostida",
                        "tk": "Doly düşürilenden soň, öňki diwaryň ýanyndaky pol astynda",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "Not first. Structural concealments are built by the shipper's side; a rip-on is a quick addition near the doors.",
                        "ru": "Не в первую очередь. Конструктивные тайники делает сторона грузоотправителя; rip-on — быстрое подкладывание у дверей.",
                        "uz": "Birinchi navbatda emas. Konstruktiv yashirin joylarni yuk joʻnatuvchi tomoni quradi; rip-on esa eshik yoniga tez solib qoʻyishdir.",
                        "tk": "Ilki bilen däl. Gurluş gizlinliklerini ýük iberiji tarap gurýar; rip-on bolsa gapynyň ýanyna çalt salyp goýmakdyr.",
                    },
                },
            ],
        },
        {
            "kind": "multiple",
            "text": {
                "en": "Which are good practice when examining a loaded refrigerated container?",
                "ru": "Что относится к надлежащей практике при досмотре гружёного рефрижераторного контейнера?",
                "uz": "Yuklangan refrijerator konteynerni koʻrikdan oʻtkazishda qaysilar toʻgʻri amaliyot hisoblanadi?",
                "tk": "Ýüklenen refrižerator konteýneri barlanda haýsylary dogry tejribe hasaplanýar?",
            },
            "options": [
                {
                    "text": {
                        "en": "Keep the unit powered and record the set and actual temperatures",
                        "ru": "Держать агрегат под питанием и записать заданную и фактическую температуру",
                        "uz": "Agregatni elektr taʼminotida ushlash va belgilangan hamda haqiqiy haroratni yozib olish",
                        "tk": "Agregaty elektrik üpjünçiliginde saklamak we bellenen hem-de hakyky temperaturany ýazyp almak",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. This protects the cargo and records evidence in case the temperature was tampered with.",
                        "ru": "Да. Это сохраняет груз и фиксирует доказательства на случай вмешательства в температурный режим.",
                        "uz": "Ha. Bu yukni saqlaydi va harorat rejimiga aralashilgan boʻlsa, dalilni qayd etadi.",
                        "tk": "Hawa. Bu ýüki goraýar we temperatura düzgünine goşulyşylan bolsa, subutnamany bellige alýar.",
                    },
                },
                {
                    "text": {
                        "en": "Inspect the machinery unit, the T-floor and the air return area",
                        "ru": "Осмотреть агрегат, Т-образный пол и зону возврата воздуха",
                        "uz": "Agregatni, T-simon polni va havo qaytish zonasini koʻzdan kechirish",
                        "tk": "Agregaty, T-şekilli poly we howanyň gaýdýan zolagyny gözden geçirmek",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. These are the reefer-specific places where goods can be hidden without disturbing the cargo.",
                        "ru": "Да. Это характерные для рефконтейнера места, где можно спрятать товар, не трогая груз.",
                        "uz": "Ha. Bular refkonteynerga xos joylar boʻlib, yukka tegmasdan tovarni yashirish mumkin.",
                        "tk": "Hawa. Bular refkonteýnere mahsus ýerler bolup, ýüke degmezden harydy gizläp bolýar.",
                    },
                },
                {
                    "text": {
                        "en": "Plan the examination so the doors are open for as short a time as possible",
                        "ru": "Планировать досмотр так, чтобы двери были открыты как можно меньше",
                        "uz": "Koʻrikni eshiklar imkon qadar qisqa vaqt ochiq turadigan qilib rejalashtirish",
                        "tk": "Barlagy gapylar mümkin boldugyça az açyk durar ýaly meýilleşdirmek",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. Good planning limits cargo damage and the importer's claims, and keeps the team focused.",
                        "ru": "Да. Хорошее планирование ограничивает порчу груза и претензии импортёра и помогает группе сосредоточиться.",
                        "uz": "Ha. Yaxshi rejalashtirish yuk buzilishini va importyor daʼvolarini cheklaydi hamda guruhga diqqatni jamlashga yordam beradi.",
                        "tk": "Hawa. Gowy meýilleşdirmek ýüküň zaýalanmagyny we importçynyň talaplaryny çäklendirýär hem-de topara ünsüni jemlemäge kömek edýär.",
                    },
                },
                {
                    "text": {
                        "en": "Switch the unit off overnight so the cargo is easier to handle",
                        "ru": "Выключить агрегат на ночь, чтобы с грузом было проще работать",
                        "uz": "Yuk bilan ishlash osonroq boʻlishi uchun agregatni tunga oʻchirib qoʻyish",
                        "tk": "Ýük bilen işlemek aňsat bolar ýaly agregaty gijä öçürmek",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. The cargo may spoil, the owner can claim damages, and you may destroy temperature evidence.",
                        "ru": "Нет. Груз может испортиться, владелец может потребовать возмещения, а вы можете уничтожить доказательства по температуре.",
                        "uz": "Yoʻq. Yuk buzilishi, egasi zararni qoplashni talab qilishi mumkin, siz esa harorat boʻyicha dalillarni yoʻq qilishingiz mumkin.",
                        "tk": "Ýok. Ýük zaýalanyp biler, eýesi zyýanyň öwezini dolmagy talap edip biler, siz bolsa temperatura boýunça subutnamalary ýok edip bilersiňiz.",
                    },
                },
            ],
        },
    ],
}

LESSON_EXAMINATION = {
    "slug": "physical-examination-including-reefers",
    "title": {
        "en": "Physical examination, including refrigerated containers",
        "ru": "Физический досмотр, включая рефрижераторные контейнеры",
        "uz": "Jismoniy koʻrik, jumladan refrijerator konteynerlar",
        "tk": "Fiziki barlag, şol sanda refrižerator konteýnerler",
    },
    "minutes": 30,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "From selection to an open door",
                "ru": "От отбора до открытой двери",
                "uz": "Tanlovdan ochiq eshikkacha",
                "tk": "Saýlawdan açyk gapa çenli",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>A good selection can still end in a missed seizure if the examination is rushed. Plan it as carefully as the profile:</p><ol><li><strong>Brief the team</strong> on the indicators that led to selection, so examiners know whether to look near the doors (rip-on), in the structure (built-in concealment) or in the goods themselves (chemical incorporation, false description).</li><li><strong>Secure the evidence</strong>: check the container number and its check digit, photograph the seal, compare it with the transport document and note its type and source before it is cut.</li><li><strong>Scan if you can</strong>: an X-ray image shows density anomalies and helps decide where to unload.</li><li><strong>Open and look</strong>: photograph the load face, then check the first rows, the doors and the door seals.</li><li><strong>Measure</strong>: compare inside length and height with the standard dimensions; a 20-foot dry container is about 5.9 m long inside, so a front wall 30-40 cm short of that suggests a false wall. Tap walls and floor, use a fibre-optic scope or density meter.</li><li><strong>Sample and test</strong> suspicious goods with field kits, then send samples to the laboratory with a chain-of-custody record.</li><li><strong>Record and report</strong> the result, whatever it is, and reseal the box with a customs seal whose number you log.</li></ol><h3>Refrigerated containers</h3><p>Reefers are attractive cover loads because opening them is costly: fruit, fish or meat spoils, and the owner may claim damages. Smugglers count on officers hesitating. Keep the unit powered, record the set and actual temperatures, and plan so the doors stay open as briefly as possible. Typical reefer concealment places are the machinery unit at the front, the insulation behind wall panels, the T-shaped floor channels, and the air return area above the cargo. Compare the reefer's internal dimensions, which are smaller than a dry box's, with the manufacturer's data plate.</p>",
                "ru": "<p>Даже удачный отбор может закончиться упущенным изъятием, если досмотр проведён в спешке. Планируйте его так же тщательно, как профиль:</p><ol><li><strong>Проинструктируйте группу</strong> об индикаторах, по которым проведён отбор, чтобы досмотрщики знали, где искать: у дверей (rip-on), в конструкции (встроенный тайник) или в самом товаре (внедрение химического вещества, ложное описание).</li><li><strong>Закрепите доказательства</strong>: проверьте номер контейнера и его контрольную цифру, сфотографируйте пломбу, сверьте её с транспортным документом и запишите её тип и источник до того, как её срежут.</li><li><strong>Сканируйте, если есть возможность</strong>: рентгеновский снимок показывает аномалии плотности и помогает решить, где разгружать.</li><li><strong>Откройте и осмотрите</strong>: сфотографируйте торец груза, затем проверьте первые ряды, двери и уплотнители дверей.</li><li><strong>Измерьте</strong>: сравните внутреннюю длину и высоту со стандартными размерами; 20-футовый сухогрузный контейнер имеет внутреннюю длину около 5,9 м, поэтому передняя стенка, не доходящая до неё на 30–40 см, указывает на ложную стенку. Простукивайте стенки и пол, используйте оптоволоконный эндоскоп или измеритель плотности.</li><li><strong>Отберите пробы и проверьте</strong> подозрительный товар экспресс-тестами, затем направьте пробы в лабораторию с записью о цепочке хранения.</li><li><strong>Зафиксируйте и доложите</strong> результат, каким бы он ни был, и опломбируйте контейнер таможенной пломбой, записав её номер.</li></ol><h3>Рефрижераторные контейнеры</h3><p>Рефконтейнеры привлекательны как груз прикрытия, потому что их вскрытие обходится дорого: фрукты, рыба или мясо портятся, а владелец может потребовать возмещения. Контрабандисты рассчитывают на то, что сотрудники будут колебаться. Держите агрегат под питанием, записывайте заданную и фактическую температуру и планируйте так, чтобы двери оставались открытыми как можно меньше. Типичные места тайников в рефконтейнере — холодильный агрегат в передней части, изоляция за панелями стен, каналы Т-образного пола и зона возврата воздуха над грузом. Сравнивайте внутренние размеры рефконтейнера, которые меньше, чем у сухогрузного, с заводской табличкой.</p>",
                "uz": "<p>Koʻrik shoshilib oʻtkazilsa, yaxshi tanlov ham musodarasiz tugashi mumkin. Uni profil kabi puxta rejalashtiring:</p><ol><li><strong>Guruhga yoʻl-yoʻriq bering</strong>: tanlovga sabab boʻlgan koʻrsatkichlar haqida aytib bering, shunda koʻrikchilar qayerdan qidirishni biladi: eshik yonida (rip-on), konstruksiyada (ichki yashirin joy) yoki tovarning oʻzida (kimyoviy moddani singdirish, yolgʻon tavsif).</li><li><strong>Dalillarni mustahkamlang</strong>: konteyner raqami va uning nazorat raqamini tekshiring, plombani suratga oling, uni transport hujjati bilan solishtiring va kesilishidan oldin turi va manbasini yozib qoʻying.</li><li><strong>Imkon boʻlsa, skanerlang</strong>: rentgen tasviri zichlik anomaliyalarini koʻrsatadi va qayerda tushirish kerakligini hal qilishga yordam beradi.</li><li><strong>Oching va koʻzdan kechiring</strong>: yukning old qismini suratga oling, soʻng birinchi qatorlarni, eshiklarni va eshik zichlagichlarini tekshiring.</li><li><strong>Oʻlchang</strong>: ichki uzunlik va balandlikni standart oʻlchamlar bilan solishtiring; 20 futlik quruq yuk konteynerining ichki uzunligi taxminan 5,9 m, shuning uchun undan 30–40 sm qisqa old devor soxta devorga ishora qiladi. Devor va polni taqillatib koʻring, optik tolali endoskop yoki zichlik oʻlchagichdan foydalaning.</li><li><strong>Namuna oling va tekshiring</strong>: shubhali tovarni ekspress-testlar bilan tekshiring, soʻng namunalarni saqlash zanjiri yozuvi bilan laboratoriyaga yuboring.</li><li><strong>Qayd eting va xabar bering</strong>: natija qanday boʻlishidan qatʼi nazar, uni qayd eting va konteynerni raqamini yozib olgan holda bojxona plombasi bilan plombalang.</li></ol><h3>Refrijerator konteynerlar</h3><p>Refkonteynerlar niqob yuk sifatida jozibador, chunki ularni ochish qimmatga tushadi: meva, baliq yoki goʻsht buziladi, egasi esa zararni qoplashni talab qilishi mumkin. Kontrabandachilar xodimlar ikkilanishiga umid qiladi. Agregatni elektr taʼminotida ushlang, belgilangan va haqiqiy haroratni yozib oling va eshiklar imkon qadar qisqa vaqt ochiq turishini rejalashtiring. Refkonteynerdagi odatiy yashirish joylari — old qismdagi sovutish agregati, devor panellari ortidagi izolyatsiya, T-simon pol kanallari va yuk ustidagi havo qaytish zonasi. Refkonteynerning quruq yuk konteyneridan kichikroq boʻlgan ichki oʻlchamlarini ishlab chiqaruvchi jadvalchasi bilan solishtiring.</p>",
                "tk": "<p>Barlag howlukmaçlyk bilen geçirilse, gowy saýlaw hem tussag etmezden gutaryp biler. Ony profil ýaly jikme-jik meýilleşdiriň:</p><ol><li><strong>Topara görkezme beriň</strong>: saýlawa sebäp bolan görkezijiler barada aýdyň, şonda barlagçylar nireden gözlemelidigini bilerler: gapynyň ýanynda (rip-on), gurluşda (içine gurlan gizlinlik) ýa-da harydyň özünde (himiki maddany siňdirmek, ýalan beýan).</li><li><strong>Subutnamalary berkidiň</strong>: konteýner belgisini we onuň barlag sanyny barlaň, plombany surata düşüriň, ony ulag resminamasy bilen deňeşdiriň we kesilmezinden öň görnüşini we çeşmesini ýazyp goýuň.</li><li><strong>Mümkin bolsa, skanirläň</strong>: rentgen suraty dykyzlyk anomaliýalaryny görkezýär we nirede düşürmelidigini çözmäge kömek edýär.</li><li><strong>Açyň we gözden geçiriň</strong>: ýüküň öň tarapyny surata düşüriň, soňra ilkinji hatarlary, gapylary we gapy dykyzlaýjylaryny barlaň.</li><li><strong>Ölçäň</strong>: içki uzynlygy we beýikligi standart ölçegler bilen deňeşdiriň; 20 futluk gury ýük konteýneriniň içki uzynlygy takmynan 5,9 m, şonuň üçin ondan 30–40 sm gysga öňki diwar galp diwary görkezýär. Diwarlary we poly kakyp görüň, optiki süýümli endoskopdan ýa-da dykyzlyk ölçeýjiden peýdalanyň.</li><li><strong>Nusga alyň we barlaň</strong>: şübheli harydy çalt synaglar bilen barlaň, soňra nusgalary saklaýyş zynjyrynyň ýazgysy bilen barlaghana iberiň.</li><li><strong>Bellige alyň we habar beriň</strong>: netije nähili bolsa-da, ony bellige alyň we konteýneri belgisini ýazyp alyp, gümrük plombasy bilen plombalaň.</li></ol><h3>Refrižerator konteýnerler</h3><p>Refkonteýnerler bürelik ýük hökmünde özüne çekiji, sebäbi olary açmak gymmat düşýär: miwe, balyk ýa-da et zaýalanýar, eýesi bolsa zyýanyň öwezini dolmagy talap edip biler. Kontrabandaçylar işgärleriň ikirjiňlenmegine umyt edýärler. Agregaty elektrik üpjünçiliginde saklaň, bellenen we hakyky temperaturany ýazyp alyň we gapylaryň mümkin boldugyça az açyk durmagyny meýilleşdiriň. Refkonteýnerdäki adaty gizleýiş ýerleri — öň tarapdaky sowadyş agregaty, diwar panelleriniň aňyrsyndaky izolýasiýa, T-şekilli pol kanallary we ýüküň üstündäki howanyň gaýdýan zolagy. Refkonteýneriň gury ýük konteýnerinden kiçiräk bolan içki ölçeglerini öndürijiniň tablisasy bilen deňeşdiriň.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Chain of custody",
                "ru": "Цепочка хранения доказательств",
                "uz": "Dalillarni saqlash zanjiri",
                "tk": "Subutnamalary saklaýyş zynjyry",
            },
            "definition": {
                "en": "The written record of who took, held, moved and handed over a seized item or sample, and when, so that a court can rely on it.",
                "ru": "Письменная запись о том, кто и когда изъял, хранил, перемещал и передавал изъятый предмет или пробу, чтобы суд мог на неё опираться.",
                "uz": "Musodara qilingan buyum yoki namunani kim va qachon olgani, saqlagani, koʻchirgani va topshirgani haqidagi yozma qayd boʻlib, sud unga tayanishi mumkin.",
                "tk": "Tussag edilen zady ýa-da nusgany kimiň we haçan alandygy, saklandygy, göçürendigi we tabşyrandygy baradaky ýazmaça ýazgy bolup, kazyýet oňa daýanyp biler.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): the cold wall",
                "ru": "Разбор случая (вымышленный): холодная стенка",
                "uz": "Amaliy holat (toʻqima): sovuq devor",
                "tk": "Mysal (toslama): sowuk diwar",
            },
            "html": {
                "en": "<p>At Alyat, a reefer of frozen chicken for an Ashgabat wholesaler is scanned before loading on the ferry to Turkmenbashi. The image shows a dense block between the machinery unit and the first pallets. The team keeps the unit running, opens the doors for ten minutes to photograph the load face, then unloads only the front third. Behind a refitted front panel they find packages wrapped in foil. The inside length measured 40 cm less than the data plate stated.</p>",
                "ru": "<p>В порту Алят рефконтейнер с замороженной курятиной для ашхабадского оптовика сканируют перед погрузкой на паром в Туркменбаши. На снимке видно плотное образование между холодильным агрегатом и первыми паллетами. Группа оставляет агрегат работающим, открывает двери на десять минут, чтобы сфотографировать торец груза, затем выгружает только переднюю треть. За переделанной передней панелью обнаружены свёртки в фольге. Измеренная внутренняя длина оказалась на 40 см меньше указанной на заводской табличке.</p>",
                "uz": "<p>Alyatda Ashgabatlik ulgurji savdogar uchun muzlatilgan tovuq goʻshti ortilgan refkonteyner Turkmanboshiga ketadigan paromga yuklanishidan oldin skanerlanadi. Tasvirda sovutish agregati va birinchi palletlar oʻrtasida zich massa koʻrinadi. Guruh agregatni ishlayotgan holda qoldiradi, yukning old qismini suratga olish uchun eshiklarni oʻn daqiqaga ochadi, soʻng faqat old uchdan bir qismini tushiradi. Qayta yasalgan old panel ortidan folgaga oʻralgan oʻramlar topiladi. Oʻlchangan ichki uzunlik ishlab chiqaruvchi jadvalchasida koʻrsatilganidan 40 sm qisqa chiqdi.</p>",
                "tk": "<p>Alýatda Aşgabatly lomaý söwdagär üçin doňdurylan towuk eti ýüklenen refkonteýner Türkmenbaşa gidýän paroma ýüklenmezinden öň skanirlenýär. Suratda sowadyş agregaty bilen ilkinji palletleriň arasynda dykyz massa görünýär. Topar agregaty işläp duran ýagdaýda galdyrýar, ýüküň öň tarapyny surata düşürmek üçin gapylary on minutlyk açýar, soňra diňe öňki üçden bir bölegini düşürýär. Täzeden ýasalan öňki paneliň aňyrsyndan folga dolanan bukjalar tapylýar. Ölçenen içki uzynlyk öndürijiniň tablisasynda görkezilenden 40 sm gysga çykdy.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "en": "Safety first: gas, chemicals and heavy loads",
                "ru": "Безопасность прежде всего: газ, химикаты и тяжёлые грузы",
                "uz": "Avvalo xavfsizlik: gaz, kimyoviy moddalar va ogʻir yuklar",
                "tk": "Ilki bilen howpsuzlyk: gaz, himiki maddalar we agyr ýükler",
            },
            "html": {
                "en": "<p>Containers may have been fumigated or may hold leaking chemicals. Read the labels, measure the air if you have a detector, and ventilate before entering. Cargo leaning on the doors can fall when they are opened.</p>",
                "ru": "<p>Контейнеры могли подвергаться фумигации или содержать протекающие химикаты. Читайте маркировку, измеряйте воздух, если есть газоанализатор, и проветривайте перед входом. Груз, опирающийся на двери, может упасть при их открытии.</p>",
                "uz": "<p>Konteynerlar fumigatsiya qilingan yoki ichida oqayotgan kimyoviy moddalar boʻlishi mumkin. Yorliqlarni oʻqing, detektoringiz boʻlsa havoni oʻlchang va kirishdan oldin shamollating. Eshiklarga suyangan yuk ular ochilganda qulashi mumkin.</p>",
                "tk": "<p>Konteýnerler fumigasiýa edilen ýa-da içinde akýan himiki maddalar bolup biler. Belgileri okaň, detektoryňyz bar bolsa howany ölçäň we girmezden öň howa çalşyň. Gapylara söýenen ýük olar açylanda ýykylyp biler.</p>",
            },
        },
        {"type": "quiz", "quiz": QUIZ},
    ],
}

COURSE = {
    "slug": "profiling-container-movements",
    "title": {
        "en": "Profiling container movements",
        "ru": "Профилирование перемещений контейнеров",
        "uz": "Konteyner harakatlarini profillash",
        "tk": "Konteýner hereketlerini profillemek",
    },
    "summary": {
        "en": "How a Port Control Unit reads the documents and events of the container supply chain, uses risk indicators to select high-risk containers before arrival and before departure, recognises rip-on/rip-off, and examines the boxes it selects, including refrigerated ones.",
        "ru": "Как группа портового контроля читает документы и события цепочки поставок контейнеров, использует индикаторы риска для отбора контейнеров высокого риска до прибытия и до отправления, распознаёт rip-on/rip-off и досматривает отобранные контейнеры, включая рефрижераторные.",
        "uz": "Port nazorati guruhi konteyner taʼminot zanjiri hujjatlari va voqealarini qanday oʻqishi, kelishidan va joʻnatishdan oldin yuqori xavfli konteynerlarni tanlash uchun xavf koʻrsatkichlaridan qanday foydalanishi, rip-on/rip-off usulini qanday aniqlashi va tanlangan konteynerlarni, jumladan refrijeratorlarni qanday koʻrikdan oʻtkazishi.",
        "tk": "Port gözegçilik topary konteýner üpjünçilik zynjyrynyň resminamalaryny we wakalaryny nähili okaýar, gelmezinden we ugratmazdan öň ýokary töwekgelçilikli konteýnerleri saýlamak üçin töwekgelçilik görkezijilerini nähili ulanýar, rip-on/rip-off usulyny nähili tanaýar we saýlanan konteýnerleri, şol sanda refrižeratorlary nähili barlaýar.",
    },
    "objectives": [
        {
            "en": "Name the parties and documents of a container movement and check a container number with the ISO 6346 check digit.",
            "ru": "Назвать участников и документы перемещения контейнера и проверить номер контейнера по контрольной цифре ISO 6346.",
            "uz": "Konteyner harakati ishtirokchilari va hujjatlarini aytib berish hamda konteyner raqamini ISO 6346 nazorat raqami boʻyicha tekshirish.",
            "tk": "Konteýner hereketiniň gatnaşyjylaryny we resminamalaryny aýtmak hem-de konteýner belgisini ISO 6346 barlag sany boýunça barlamak.",
        },
        {
            "en": "Group risk indicators by parties, route, goods, value, documents and seals, and weigh combinations rather than single facts.",
            "ru": "Группировать индикаторы риска по участникам, маршруту, товару, стоимости, документам и пломбам и оценивать их сочетания, а не отдельные факты.",
            "uz": "Xavf koʻrsatkichlarini ishtirokchilar, yoʻnalish, tovar, qiymat, hujjatlar va plombalar boʻyicha guruhlash hamda alohida faktlarni emas, ularning birikmalarini baholash.",
            "tk": "Töwekgelçilik görkezijilerini gatnaşyjylar, ugur, haryt, gymmat, resminamalar we plombalar boýunça toparlamak hem-de aýry hakykatlary däl-de, olaryň utgaşmalaryny bahalandyrmak.",
        },
        {
            "en": "Run pre-arrival and pre-departure selection within an examination budget and record the justification.",
            "ru": "Проводить отбор до прибытия и до отправления в рамках возможностей досмотра и фиксировать обоснование.",
            "uz": "Koʻrik imkoniyatlari doirasida kelishidan va joʻnatishdan oldin tanlovni oʻtkazish va asoslashni qayd etish.",
            "tk": "Barlag mümkinçilikleriniň çäginde gelmezinden we ugratmazdan öň saýlawy geçirmek we esaslandyrmany bellige almak.",
        },
        {
            "en": "Recognise the traces of rip-on/rip-off and plan a safe physical examination, including of refrigerated containers.",
            "ru": "Распознавать следы rip-on/rip-off и планировать безопасный физический досмотр, в том числе рефрижераторных контейнеров.",
            "uz": "Rip-on/rip-off izlarini aniqlash va xavfsiz jismoniy koʻrikni, jumladan refrijerator konteynerlar koʻrigini rejalashtirish.",
            "tk": "Rip-on/rip-off yzlaryny tanamak we howpsuz fiziki barlagy, şol sanda refrižerator konteýnerleriň barlagyny meýilleşdirmek.",
        },
    ],
    "audience": {
        "en": "Risk analysts and examination officers of Port Control Units at seaports, dry ports and border crossings in Central Asia and Azerbaijan.",
        "ru": "Аналитики рисков и сотрудники досмотровых групп групп портового контроля в морских и сухих портах и на пограничных переходах Центральной Азии и Азербайджана.",
        "uz": "Markaziy Osiyo va Ozarbayjondagi dengiz va quruq portlar hamda chegara oʻtish joylaridagi port nazorati guruhlarining xavf tahlilchilari va koʻrik xodimlari.",
        "tk": "Merkezi Aziýadaky we Azerbaýjandaky deňiz we gury portlarda hem-de serhet geçelgelerinde port gözegçilik toparlarynyň töwekgelçilik seljerijileri we barlag işgärleri.",
    },
    "estimated_hours": 4,
    "modules": [
        {
            "slug": "container-supply-chain",
            "title": {
                "en": "The container supply chain and its risks",
                "ru": "Цепочка поставок контейнеров и её риски",
                "uz": "Konteyner taʼminot zanjiri va uning xavflari",
                "tk": "Konteýner üpjünçilik zynjyry we onuň töwekgelçilikleri",
            },
            "intro": {
                "en": "Who handles a container, which records they leave, and which facts about a consignment raise its risk.",
                "ru": "Кто обрабатывает контейнер, какие записи при этом остаются и какие факты о партии повышают её риск.",
                "uz": "Konteynerga kim ishlov beradi, qanday yozuvlar qoladi va partiya haqidagi qaysi faktlar uning xavfini oshiradi.",
                "tk": "Konteýner bilen kim işleýär, haýsy ýazgylar galýar we ýük topary baradaky haýsy hakykatlar onuň töwekgelçiligini ýokarlandyrýar.",
            },
            "lessons": [LESSON_DOCUMENTS, LESSON_INDICATORS],
        },
        {
            "slug": "selecting-high-risk-containers",
            "title": {
                "en": "Selecting high-risk containers",
                "ru": "Отбор контейнеров высокого риска",
                "uz": "Yuqori xavfli konteynerlarni tanlash",
                "tk": "Ýokary töwekgelçilikli konteýnerleri saýlamak",
            },
            "intro": {
                "en": "A working routine for imports before arrival and for exports and transit before departure.",
                "ru": "Рабочий порядок для импорта до прибытия и для экспорта и транзита до отправления.",
                "uz": "Import uchun kelishidan oldin hamda eksport va tranzit uchun joʻnatishdan oldin ish tartibi.",
                "tk": "Import üçin gelmezinden öň hem-de eksport we tranzit üçin ugratmazdan öň iş tertibi.",
            },
            "lessons": [LESSON_PRE_ARRIVAL, LESSON_PRE_DEPARTURE],
        },
        {
            "slug": "at-the-container",
            "title": {
                "en": "At the container: rip-on/rip-off and examination",
                "ru": "У контейнера: rip-on/rip-off и досмотр",
                "uz": "Konteyner yonida: rip-on/rip-off va koʻrik",
                "tk": "Konteýneriň ýanynda: rip-on/rip-off we barlag",
            },
            "intro": {
                "en": "How criminals abuse legitimate containers, and how to examine a selected box safely and thoroughly.",
                "ru": "Как преступники используют законные контейнеры и как безопасно и тщательно досмотреть отобранный контейнер.",
                "uz": "Jinoyatchilar qonuniy konteynerlardan qanday foydalanadi va tanlangan konteynerni qanday xavfsiz va puxta koʻrikdan oʻtkazish kerak.",
                "tk": "Jenaýatçylar kanuny konteýnerlerden nähili peýdalanýarlar we saýlanan konteýneri nähili howpsuz we jikme-jik barlamaly.",
            },
            "lessons": [LESSON_RIP_ON_RIP_OFF, LESSON_EXAMINATION],
        },
    ],
}
