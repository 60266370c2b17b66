"""Course content: Risk analysis of commercial documents and customs
declarations (en, ru, uz, tk).

All companies, people and figures in the examples are fictitious. Data file
for the PCU Academy courses app; the format is in docs/courses.md ("Course
content files").
"""

LESSON_TRANSPORT_DOCUMENTS = {
    "slug": "bill-of-lading-and-transport-documents",
    "title": {
        "en": "The bill of lading and other transport documents",
        "ru": "Коносамент и другие транспортные документы",
        "uz": "Konosament va boshqa transport hujjatlari",
        "tk": "Konosament we beýleki ulag resminamalary",
    },
    "minutes": 20,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "What the carrier actually confirms",
                "ru": "Что на самом деле подтверждает перевозчик",
                "uz": "Tashuvchi aslida nimani tasdiqlaydi",
                "tk": "Daşaýjy hakykatda nämäni tassyklaýar",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": '<p>The transport document is the first document a Port Control Unit usually sees, because its data feeds the manifest and advance cargo information. On the Caspian routes between Aktau, Kuryk, Alyat and Turkmenbashi it is a bill of lading or sea waybill; on rail it is the SMGS waybill; on road it is the CMR consignment note. Their fields are similar, and so are their weaknesses.</p><p>Read these fields first:</p><ul><li><strong>Shipper, consignee and notify party.</strong> A consignee "to order" means the goods can be sold while at sea by endorsing the bill; the notify party is then often the only real name you have.</li><li><strong>Freight payer and terms.</strong> "Prepaid" means the shipper paid; "collect" means the consignee pays at destination. A third party paying freight deserves a question.</li><li><strong>Place of receipt, port of loading, transshipment, port of discharge and place of delivery.</strong> Together they describe the route; compare them with the origin on the invoice.</li><li><strong>Container number, size and type, seal numbers.</strong> These link the paper to the physical box.</li><li><strong>Description, packages and gross weight.</strong> Usually preceded by "said to contain" or marked "shipper\'s load, stow and count": the carrier did not see the goods.</li><li><strong>Issue date and place.</strong> A bill issued before the container was gated in, or far from the loading port, needs explaining.</li></ul><p>Remember that a carrier\'s transport document proves that a box with a given seal was received, not what is inside it. Everything about the goods is the shipper\'s statement.</p>',
                "ru": "<p>Транспортный документ — обычно первый документ, который видит группа портового контроля, поскольку его данные попадают в манифест и предварительную информацию о грузе. На каспийских линиях между Актау, Курыком, Алятом и Туркменбаши это коносамент или морская накладная; на железной дороге — накладная СМГС; на автотранспорте — накладная CMR. Их поля похожи, и слабые места тоже.</p><p>Сначала прочитайте эти поля:</p><ul><li><strong>Грузоотправитель, грузополучатель и уведомляемая сторона.</strong> Грузополучатель «приказу» означает, что товар можно продать в пути, передав коносамент по индоссаменту; тогда уведомляемая сторона часто оказывается единственным реальным именем, которое у вас есть.</li><li><strong>Плательщик фрахта и условия.</strong> «Prepaid» означает, что заплатил грузоотправитель; «collect» — что платит грузополучатель в пункте назначения. Третье лицо, оплачивающее фрахт, заслуживает вопроса.</li><li><strong>Место приёма, порт погрузки, перевалка, порт выгрузки и место доставки.</strong> Вместе они описывают маршрут; сравните их с происхождением в инвойсе.</li><li><strong>Номер контейнера, размер и тип, номера пломб.</strong> Они связывают бумагу с физическим контейнером.</li><li><strong>Описание, количество мест и вес брутто.</strong> Обычно им предшествует «said to contain» («по заявлению, содержит») или отметка «shipper's load, stow and count» («погружено, уложено и подсчитано грузоотправителем»): перевозчик товар не видел.</li><li><strong>Дата и место выдачи.</strong> Коносамент, выданный до въезда контейнера на терминал или далеко от порта погрузки, требует объяснения.</li></ul><p>Помните, что транспортный документ перевозчика доказывает, что получен контейнер с определённой пломбой, а не то, что в нём находится. Всё, что касается товара, — заявление грузоотправителя.</p>",
                "uz": "<p>Transport hujjati odatda port nazorati guruhi koʻradigan birinchi hujjatdir, chunki uning maʼlumotlari manifest va yuk haqida dastlabki axborotga kiradi. Oqtov, Quriq, Alyat va Turkmanboshi oʻrtasidagi Kaspiy yoʻnalishlarida bu konosament yoki dengiz yuk xati; temir yoʻlda SMGS yuk xati; avtomobil transportida CMR yuk xati. Ularning maydonlari oʻxshash, zaif joylari ham.</p><p>Avval quyidagi maydonlarni oʻqing:</p><ul><li><strong>Yuk joʻnatuvchi, yuk qabul qiluvchi va xabardor qilinadigan tomon.</strong> «Buyruq boʻyicha» yuk qabul qiluvchi tovarni yoʻlda konosamentni indossament orqali topshirib sotish mumkinligini bildiradi; bunda xabardor qilinadigan tomon koʻpincha sizdagi yagona haqiqiy nom boʻladi.</li><li><strong>Fraxt toʻlovchisi va shartlari.</strong> «Prepaid» yuk joʻnatuvchi toʻlaganini bildiradi; «collect» esa yuk qabul qiluvchi manzilda toʻlashini bildiradi. Fraxtni uchinchi shaxs toʻlashi savol berishga arziydi.</li><li><strong>Qabul qilish joyi, yuklash porti, qayta yuklash, tushirish porti va yetkazish joyi.</strong> Ular birgalikda yoʻnalishni tasvirlaydi; ularni invoysdagi kelib chiqish bilan solishtiring.</li><li><strong>Konteyner raqami, oʻlchami va turi, plomba raqamlari.</strong> Ular qogʻozni jismoniy konteyner bilan bogʻlaydi.</li><li><strong>Tavsif, joylar soni va brutto vazn.</strong> Odatda ulardan oldin «said to contain» («aytilishicha, ichida bor») yoki «yuk joʻnatuvchi yuklagan, joylagan va sanagan» (SLAC) belgisi turadi: tashuvchi tovarni koʻrmagan.</li><li><strong>Berilgan sana va joy.</strong> Konteyner terminalga kirishidan oldin yoki yuklash portidan uzoqda berilgan konosament izoh talab qiladi.</li></ul><p>Esda tuting: tashuvchining transport hujjati ichida nima borligini emas, balki maʼlum plombali konteyner qabul qilinganini isbotlaydi. Tovarga oid hamma narsa yuk joʻnatuvchining bayonotidir.</p>",
                "tk": "<p>Ulag resminamasy adatça port gözegçilik toparynyň görýän ilkinji resminamasydyr, sebäbi onuň maglumatlary manifeste we ýük barada öňünden maglumata girýär. Aktau, Kuryk, Alýat we Türkmenbaşy arasyndaky Kaspi ugurlarynda bu konosament ýa-da deňiz ýük haty; demir ýolda SMGS ýük haty; awtoulagda CMR ýük haty. Olaryň meýdanlary meňzeş, gowşak ýerleri hem.</p><p>Ilki bilen şu meýdanlary okaň:</p><ul><li><strong>Ýük iberiji, ýük alyjy we habar berilýän tarap.</strong> «Buýruga» ýük alyjy harydy ýolda konosamenti indossament arkaly geçirip satyp boljakdygyny aňladýar; şonda habar berilýän tarap köplenç siziň elinizdäki ýeke-täk hakyky at bolýar.</li><li><strong>Fraht tölejisi we şertleri.</strong> «Prepaid» ýük iberijiniň töländigini aňladýar; «collect» bolsa ýük alyjynyň barmaly ýerinde töleýändigini aňladýar. Frahty üçünji tarapyň tölemegi sorag bermäge mynasyp.</li><li><strong>Kabul edilýän ýer, ýükleme porty, başga ulaga geçirmek, düşürilýän port we eltilýän ýer.</strong> Olar bilelikde ugry beýan edýär; olary inwoýsdaky gelip çykyş bilen deňeşdiriň.</li><li><strong>Konteýner belgisi, ölçegi we görnüşi, plomba belgileri.</strong> Olar kagyzy fiziki konteýner bilen baglanyşdyrýar.</li><li><strong>Beýan, ýerleriň sany we brutto agram.</strong> Adatça olardan öň «said to contain» («aýdylmagyna görä, içinde bar») ýa-da «shipper's load, stow and count» («ýük iberiji ýükläpdir, ýerleşdiripdir we sanapdyr») belligi durýar: daşaýjy harydy görmändir.</li><li><strong>Berlen senesi we ýeri.</strong> Konteýner terminala girmezinden öň ýa-da ýükleme portundan uzakda berlen konosament düşündiriş talap edýär.</li></ul><p>Ýadyňyzda saklaň: daşaýjynyň ulag resminamasy içinde näme bardygyny däl-de, belli plombaly konteýneriň kabul edilendigini subut edýär. Haryda degişli ähli zat ýük iberijiniň beýannamasydyr.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Notify party",
                "ru": "Уведомляемая сторона",
                "uz": "Xabardor qilinadigan tomon",
                "tk": "Habar berilýän tarap",
            },
            "definition": {
                "en": 'The person or company the carrier must inform when the goods arrive. With a "to order" bill it is often the real buyer or its agent.',
                "ru": "Лицо или компания, которую перевозчик обязан уведомить о прибытии товара. При коносаменте «приказу» это часто настоящий покупатель или его агент.",
                "uz": "Tovar kelganda tashuvchi xabar berishi shart boʻlgan shaxs yoki kompaniya. «Buyruq boʻyicha» konosamentda bu koʻpincha haqiqiy xaridor yoki uning agenti boʻladi.",
                "tk": "Haryt gelende daşaýjynyň habar bermeli adamy ýa-da kompaniýasy. «Buýruga» konosamentde bu köplenç hakyky alyjy ýa-da onuň agenti bolýar.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): a bill that came too early",
                "ru": "Разбор случая (вымышленный): коносамент, выданный слишком рано",
                "uz": "Amaliy holat (toʻqima): juda erta berilgan konosament",
                "tk": "Mysal (toslama): gaty ir berlen konosament",
            },
            "html": {
                "en": '<p>A bill of lading for a container of "textile goods" shipped from Turkmenbashi to Alyat is dated 3 March. The terminal\'s gate-in record for the same container is 5 March, and the consignee is "to order" with a notify party that is a private person in Baku. Officer Leyla M. asks the partner unit at Turkmenbashi to confirm the loading date and seal. The early date alone might be a clerical error; with an anonymous consignee it becomes a reason to look closer.</p>',
                "ru": "<p>Коносамент на контейнер «текстильных товаров», отправленный из Туркменбаши в Алят, датирован 3 марта. Запись терминала о въезде того же контейнера — 5 марта, а грузополучатель указан «приказу», с уведомляемой стороной — частным лицом в Баку. Сотрудник Лейла М. просит партнёрское подразделение в Туркменбаши подтвердить дату погрузки и пломбу. Сама по себе ранняя дата могла бы быть канцелярской ошибкой; вместе с анонимным грузополучателем она становится поводом присмотреться.</p>",
                "uz": "<p>Turkmanboshidan Alyatga joʻnatilgan «toʻqimachilik tovarlari» konteyneri konosamenti 3-mart sanasi bilan berilgan. Xuddi shu konteynerning terminalga kirish yozuvi 5-mart, yuk qabul qiluvchi esa «buyruq boʻyicha» koʻrsatilgan, xabardor qilinadigan tomon — Bokudagi jismoniy shaxs. Xodim Leyla M. Turkmanboshidagi hamkor boʻlinmadan yuklash sanasi va plombani tasdiqlashni soʻraydi. Erta sananing oʻzi idoraviy xato boʻlishi mumkin edi; nomaʼlum yuk qabul qiluvchi bilan birga esa u diqqat bilan qarashga sabab boʻladi.</p>",
                "tk": "<p>Türkmenbaşydan Alýata iberilen «dokma harytlary» konteýneriniň konosamenti 3-nji mart senesi bilen berlipdir. Şol konteýneriň terminala giriş ýazgysy 5-nji mart, ýük alyjy bolsa «buýruga» görkezilen, habar berilýän tarap — Bakudaky hususy şahs. Işgär Leýla M. Türkmenbaşydaky hyzmatdaş bölümden ýükleme senesini we plombany tassyklamagy soraýar. Ir sene özi kanselýariýa ýalňyşlygy bolup bilerdi; näbelli ýük alyjy bilen bilelikde bolsa ol üns bilen seretmäge sebäp bolýar.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Rail and road equivalents",
                "ru": "Железнодорожные и автомобильные аналоги",
                "uz": "Temir yoʻl va avtomobil muqobillari",
                "tk": "Demir ýol we awtoulag meňzeşleri",
            },
            "html": {
                "en": "<p>On the SMGS waybill check the stations of departure and destination, border stations such as Altynkol or Farap, and wagon and container numbers. On a CMR note check the truck and trailer plates and the places of taking over and delivery.</p>",
                "ru": "<p>В накладной СМГС проверьте станции отправления и назначения, пограничные станции, например Алтынколь или Фарап, а также номера вагона и контейнера. В накладной CMR проверьте номера тягача и прицепа, места принятия груза и доставки.</p>",
                "uz": "<p>SMGS yuk xatida joʻnatish va manzil stansiyalarini, Oltinkoʻl yoki Farap kabi chegara stansiyalarini hamda vagon va konteyner raqamlarini tekshiring. CMR yuk xatida tortuvchi va tirkama raqamlarini, yukni qabul qilish va yetkazish joylarini tekshiring.</p>",
                "tk": "<p>SMGS ýük hatynda ugradylýan we barmaly stansiýalary, Altynkol ýa-da Farap ýaly serhet stansiýalaryny hem-de wagon we konteýner belgilerini barlaň. CMR ýük hatynda çekiji we tirkeg belgilerini, ýüki kabul edýän we eltýän ýerlerini barlaň.</p>",
            },
        },
    ],
}

LESSON_INVOICE_PACKING = {
    "slug": "invoice-and-packing-list",
    "title": {
        "en": "The commercial invoice and the packing list",
        "ru": "Коммерческий инвойс и упаковочный лист",
        "uz": "Tijorat invoysi va qadoqlash varaqasi",
        "tk": "Täjirçilik inwoýsy we gaplama sanawy",
    },
    "minutes": 20,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "The seller's story in numbers",
                "ru": "История продавца в цифрах",
                "uz": "Sotuvchi hikoyasi raqamlarda",
                "tk": "Satyjynyň gürrüňi sanlarda",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>The <strong>commercial invoice</strong> is the seller's bill to the buyer. It is the starting point for customs value and often the document most easily forged, because the parties write it themselves. Check the seller and buyer, invoice number and date, description, quantity, unit and total price, currency, Incoterms rule, payment terms, country of origin and, if given, the HS code.</p><p>The <strong>packing list</strong> describes how the goods are packed: each package with its marks and numbers, net and gross weight and dimensions. It is dull, which is why smugglers often neglect it.</p><p>Red flags on these documents:</p><ul><li>The seller on the invoice is not the shipper on the transport document, with no explanation such as a trading intermediary.</li><li>Prices are round figures, identical for different items, or far below what similar goods usually cost.</li><li>No bank details, no tax number, or a webmail address on supposedly corporate paper.</li><li>An Incoterms rule that does not fit the route, for example FOB for goods sent by rail from Tashkent, which suggests the document was made without real commercial advice.</li><li>Package counts or weights on the packing list that do not add up to the totals, or that differ from the transport document.</li><li>Identical gross weights for cartons of different goods.</li></ul>",
                "ru": "<p><strong>Коммерческий инвойс</strong> — счёт продавца покупателю. Это отправная точка для таможенной стоимости и часто документ, который легче всего подделать, потому что стороны составляют его сами. Проверьте продавца и покупателя, номер и дату инвойса, описание, количество, цену за единицу и общую стоимость, валюту, правило Инкотермс, условия оплаты, страну происхождения и, если указан, код ТН ВЭД.</p><p><strong>Упаковочный лист</strong> описывает, как упакован товар: каждое место с маркировкой и номером, весом нетто и брутто и размерами. Он скучен, и поэтому контрабандисты часто им пренебрегают.</p><p>Тревожные признаки в этих документах:</p><ul><li>Продавец в инвойсе не совпадает с грузоотправителем в транспортном документе, и нет объяснения, например торгового посредника.</li><li>Цены — круглые числа, одинаковые для разных позиций или намного ниже обычной стоимости аналогичных товаров.</li><li>Нет банковских реквизитов, налогового номера или указан адрес бесплатной почты на якобы фирменном бланке.</li><li>Правило Инкотермс не подходит к маршруту, например FOB для товара, отправленного железной дорогой из Ташкента, что говорит о составлении документа без реальной коммерческой экспертизы.</li><li>Количество мест или вес в упаковочном листе не сходятся с итогами или отличаются от транспортного документа.</li><li>Одинаковый вес брутто у коробок с разными товарами.</li></ul>",
                "uz": "<p><strong>Tijorat invoysi</strong> — sotuvchining xaridorga hisobi. Bu bojxona qiymatining boshlangʻich nuqtasi va koʻpincha eng oson qalbakilashtiriladigan hujjatdir, chunki uni tomonlarning oʻzi tuzadi. Sotuvchi va xaridorni, invoys raqami va sanasini, tavsifni, miqdorni, birlik narxi va umumiy qiymatni, valyutani, Inkoterms qoidasini, toʻlov shartlarini, kelib chiqish mamlakatini va, agar koʻrsatilgan boʻlsa, HS kodini tekshiring.</p><p><strong>Qadoqlash varaqasi</strong> tovar qanday qadoqlanganini tavsiflaydi: har bir joy markirovkasi va raqami, netto va brutto vazni hamda oʻlchamlari bilan. U zerikarli, shuning uchun kontrabandachilar koʻpincha unga eʼtibor bermaydi.</p><p>Bu hujjatlardagi xavotirli belgilar:</p><ul><li>Invoysdagi sotuvchi transport hujjatidagi yuk joʻnatuvchi bilan bir xil emas va savdo vositachisi kabi izoh yoʻq.</li><li>Narxlar yaxlit sonlar, turli pozitsiyalar uchun bir xil yoki shunga oʻxshash tovarlarning odatdagi narxidan ancha past.</li><li>Bank rekvizitlari, soliq raqami yoʻq yoki goʻyoki firma blankasida bepul pochta manzili koʻrsatilgan.</li><li>Inkoterms qoidasi yoʻnalishga mos emas, masalan Toshkentdan temir yoʻl orqali joʻnatilgan tovar uchun FOB, bu hujjat haqiqiy tijoriy maslahatsiz tuzilganini koʻrsatadi.</li><li>Qadoqlash varaqasidagi joylar soni yoki vazni jamiga toʻgʻri kelmaydi yoki transport hujjatidagidan farq qiladi.</li><li>Turli tovarlar solingan qutilarning brutto vazni bir xil.</li></ul>",
                "tk": "<p><strong>Täjirçilik inwoýsy</strong> — satyjynyň alyja hasaby. Bu gümrük gymmatynyň başlangyç nokady we köplenç iň aňsat galplaşdyrylýan resminamadyr, sebäbi ony taraplaryň özleri düzýärler. Satyjyny we alyjyny, inwoýsyň belgisini we senesini, beýany, mukdary, birligiň bahasyny we umumy gymmaty, walýutany, Inkoterms düzgünini, töleg şertlerini, gelip çykyş ýurduny we, görkezilen bolsa, HS koduny barlaň.</p><p><strong>Gaplama sanawy</strong> harydyň nähili gaplanandygyny beýan edýär: her bir ýer bellikleri we belgisi, netto we brutto agramy hem-de ölçegleri bilen. Ol gyzyksyz, şonuň üçin kontrabandaçylar köplenç oňa üns bermeýärler.</p><p>Bu resminamalardaky howsala salýan alamatlar:</p><ul><li>Inwoýsdaky satyjy ulag resminamasyndaky ýük iberiji bilen gabat gelmeýär we söwda araçysy ýaly düşündiriş ýok.</li><li>Bahalar tegelek sanlar, dürli pozisiýalar üçin birmeňzeş ýa-da meňzeş harytlaryň adaty bahasyndan ep-esli pes.</li><li>Bank maglumatlary, salgyt belgisi ýok ýa-da guýa firma blankynda mugt poçta salgysy görkezilen.</li><li>Inkoterms düzgüni ugra laýyk däl, meselem Daşkentden demir ýol bilen iberilen haryt üçin FOB, bu resminamanyň hakyky täjirçilik maslahatsyz düzülendigini görkezýär.</li><li>Gaplama sanawyndaky ýerleriň sany ýa-da agramy jemine gabat gelmeýär ýa-da ulag resminamasyndakydan tapawutlanýar.</li><li>Dürli harytly gutularyň brutto agramy birmeňzeş.</li></ul>",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Worked example (fictional): do the sums",
                "ru": "Пример (вымышленный): посчитайте сами",
                "uz": "Namuna (toʻqima): oʻzingiz hisoblang",
                "tk": "Mysal (toslama): özüňiz hasaplaň",
            },
            "html": {
                "en": '<p>"Pamir Light Industries" of Dushanbe imports 400 cartons of "LED lamps" via Nizhniy Pyanj. The packing list gives 22 kg gross per carton; the invoice and the CMR note both state a total of 6,200 kg gross. 400 × 22 = 8,800 kg, so 2,600 kg are missing from the documents. The border scale recorded 8,950 kg for the loaded truck minus its tare. The packing list, the one document nobody thought to align, matches the scale; the other two do not. Someone lowered the weight in the documents used for customs, which could hide additional goods or reduce duty on goods charged by weight.</p>',
                "ru": "<p>Душанбинская компания «Памир Лайт Индастриз» ввозит через Нижний Пяндж 400 коробок «светодиодных ламп». В упаковочном листе указано 22 кг брутто на коробку; в инвойсе и накладной CMR — всего 6 200 кг брутто. 400 × 22 = 8 800 кг, значит, в документах не хватает 2 600 кг. Пограничные весы показали 8 950 кг для гружёного грузовика за вычетом массы тары. Упаковочный лист, единственный документ, который никто не подумал согласовать, совпадает с весами; два других нет. Кто-то занизил вес в документах, используемых для таможни, что может скрывать дополнительный товар или снижать пошлину на товары, облагаемые по весу.</p>",
                "uz": "<p>Dushanbelik «Pomir Layt Industriz» kompaniyasi Nijniy Panj orqali 400 quti «svetodiodli lampa» import qiladi. Qadoqlash varaqasida har bir quti uchun 22 kg brutto koʻrsatilgan; invoys va CMR yuk xatida jami 6 200 kg brutto. 400 × 22 = 8 800 kg, demak hujjatlarda 2 600 kg yetishmaydi. Chegara tarozisi yuklangan yuk mashinasi uchun tara vaznini ayirgandan keyin 8 950 kg ni qayd etdi. Hech kim moslashtirishni oʻylamagan yagona hujjat — qadoqlash varaqasi tarozi bilan mos keladi; qolgan ikkitasi mos kelmaydi. Kimdir bojxona uchun ishlatiladigan hujjatlarda vaznni kamaytirgan, bu qoʻshimcha tovarni yashirishi yoki vazn boʻyicha undiriladigan tovarlar uchun bojni kamaytirishi mumkin.</p>",
                "tk": "<p>Duşenbeli «Pamir Laýt Industriz» kompaniýasy Nižniý Pýanj arkaly 400 guty «ýagtylyk diodly lampa» import edýär. Gaplama sanawynda her guty üçin 22 kg brutto görkezilen; inwoýsda we CMR ýük hatynda jemi 6 200 kg brutto. 400 × 22 = 8 800 kg, diýmek resminamalarda 2 600 kg ýetmeýär. Serhet terezisi ýüklenen ýük awtoulagy üçin tara agramyny aýyrandan soň 8 950 kg-ny bellige aldy. Hiç kimiň laýyklaşdyrmagy pikir etmedik ýeke-täk resminamasy — gaplama sanawy tereziniň görkezijisine gabat gelýär; galan ikisi gabat gelmeýär. Kimdir gümrük üçin ulanylýan resminamalarda agramy azaldypdyr, bu goşmaça harydy gizläp ýa-da agram boýunça alynýan harytlar üçin pajy azaldyp biler.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "en": "One shipment, two invoices",
                "ru": "Одна поставка — два инвойса",
                "uz": "Bitta joʻnatma — ikkita invoys",
                "tk": "Bir iberme — iki inwoýs",
            },
            "html": {
                "en": "<p>Importers sometimes hold one invoice for the bank, showing the real price, and another with a lower price for customs. If a payment record, a letter of credit or a partner administration shows a different amount for the same invoice number, treat every document from that trader as unreliable until checked.</p>",
                "ru": "<p>Иногда у импортёра есть один инвойс для банка с реальной ценой и другой, с заниженной ценой, для таможни. Если платёжный документ, аккредитив или партнёрская администрация показывают другую сумму для того же номера инвойса, считайте все документы этого участника ВЭД ненадёжными до проверки.</p>",
                "uz": "<p>Baʼzan importyorda bank uchun haqiqiy narx koʻrsatilgan bitta invoys va bojxona uchun past narxli boshqa invoys boʻladi. Agar toʻlov hujjati, akkreditiv yoki hamkor maʼmuriyat xuddi shu invoys raqami uchun boshqa summani koʻrsatsa, tekshirilgunga qadar shu savdo ishtirokchisining barcha hujjatlarini ishonchsiz deb hisoblang.</p>",
                "tk": "<p>Käwagt importçyda bank üçin hakyky baha görkezilen bir inwoýs we gümrük üçin pes bahaly başga inwoýs bolýar. Eger töleg resminamasy, akkreditiw ýa-da hyzmatdaş administrasiýa şol bir inwoýs belgisi üçin başga möçberi görkezse, barlanýança şol söwda gatnaşyjysynyň ähli resminamalaryny ygtybarsyz hasaplaň.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Incoterms",
                "ru": "Инкотермс",
                "uz": "Inkoterms",
                "tk": "Inkoterms",
            },
            "definition": {
                "en": "International Chamber of Commerce rules, such as EXW, FCA, CPT, DAP, FOB or CIF, that state who pays for transport and insurance and where risk passes from seller to buyer. FOB, CFR and CIF are meant for sea and inland waterway transport only.",
                "ru": "Правила Международной торговой палаты, например EXW, FCA, CPT, DAP, FOB или CIF, которые определяют, кто оплачивает перевозку и страхование и где риск переходит от продавца к покупателю. FOB, CFR и CIF предназначены только для морского и внутреннего водного транспорта.",
                "uz": "Xalqaro savdo palatasining EXW, FCA, CPT, DAP, FOB yoki CIF kabi qoidalari boʻlib, ular tashish va sugʻurta uchun kim toʻlashini va xavf sotuvchidan xaridorga qayerda oʻtishini belgilaydi. FOB, CFR va CIF faqat dengiz va ichki suv transporti uchun moʻljallangan.",
                "tk": "Halkara söwda edarasynyň EXW, FCA, CPT, DAP, FOB ýa-da CIF ýaly düzgünleri bolup, olar daşamak we ätiýaçlandyryş üçin kimiň töleýändigini we töwekgelçiligiň satyjydan alyja nirede geçýändigini kesgitleýär. FOB, CFR we CIF diňe deňiz we içerki suw ulagy üçin niýetlenendir.",
            },
        },
    ],
}

LESSON_DECLARATION = {
    "slug": "reading-the-customs-declaration",
    "title": {
        "en": "Reading the customs declaration",
        "ru": "Чтение таможенной декларации",
        "uz": "Bojxona deklaratsiyasini oʻqish",
        "tk": "Gümrük deklarasiýasyny okamak",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "The one document the declarant answers for",
                "ru": "Единственный документ, за который отвечает декларант",
                "uz": "Deklarant javob beradigan yagona hujjat",
                "tk": "Deklarantyň jogap berýän ýeke-täk resminamasy",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": '<p>The transport document, invoice and packing list are commercial papers. The <strong>customs declaration</strong> is different: it is a legal statement to the customs authority, and the declarant is liable for what it says. When it contradicts the supporting documents, the contradiction is itself evidence.</p><p>The forms used across the region follow the layout of the Single Administrative Document, with national variations. The boxes a risk analyst reads first are usually:</p><ul><li><strong>Box 2 and box 8</strong>: consignor or exporter, and consignee.</li><li><strong>Box 14</strong>: declarant or representative. A broker who files for many unrelated new companies is worth noting.</li><li><strong>Boxes 15, 16 and 17</strong>: country of dispatch, country of origin and country of destination.</li><li><strong>Box 20 and box 22</strong>: delivery terms (Incoterms) and the invoice currency and total amount.</li><li><strong>Box 31</strong>: packages and description, including marks and container numbers.</li><li><strong>Box 33</strong>: the commodity (HS) code.</li><li><strong>Boxes 35 and 38</strong>: gross and net mass in kilograms.</li><li><strong>Box 44</strong>: the documents produced in support, such as invoice, transport document, certificates and licences.</li></ul><p>Read the declaration against itself before comparing it with anything else. Gross mass must be greater than net mass. The description in box 31 must be precise enough to justify the code in box 33. A country of origin that differs from the country of dispatch is normal in trade through hubs, but it should fit the goods: Italian shoes may come through a warehouse in Dubai; "Italian" shoes at one dollar a pair are a different matter.</p>',
                "ru": "<p>Транспортный документ, инвойс и упаковочный лист — коммерческие бумаги. <strong>Таможенная декларация</strong> — другое дело: это юридическое заявление таможенному органу, и декларант несёт ответственность за её содержание. Когда она противоречит подтверждающим документам, само противоречие является доказательством.</p><p>Формы, применяемые в регионе, следуют структуре Единого административного документа с национальными особенностями. Аналитик риска обычно сначала читает следующие графы:</p><ul><li><strong>Графа 2 и графа 8</strong>: отправитель или экспортёр и получатель.</li><li><strong>Графа 14</strong>: декларант или представитель. Стоит отметить брокера, который подаёт декларации за многие не связанные между собой новые компании.</li><li><strong>Графы 15, 16 и 17</strong>: страна отправления, страна происхождения и страна назначения.</li><li><strong>Графа 20 и графа 22</strong>: условия поставки (Инкотермс), валюта и общая сумма по счёту.</li><li><strong>Графа 31</strong>: грузовые места и описание товара, включая маркировку и номера контейнеров.</li><li><strong>Графа 33</strong>: код товара (ТН ВЭД).</li><li><strong>Графы 35 и 38</strong>: вес брутто и нетто в килограммах.</li><li><strong>Графа 44</strong>: представленные подтверждающие документы, например инвойс, транспортный документ, сертификаты и лицензии.</li></ul><p>Прочитайте декларацию саму по себе, прежде чем сравнивать её с чем-либо ещё. Вес брутто должен быть больше веса нетто. Описание в графе 31 должно быть достаточно точным, чтобы обосновать код в графе 33. Страна происхождения, отличная от страны отправления, — обычное дело в торговле через хабы, но она должна соответствовать товару: итальянская обувь может идти через склад в Дубае; «итальянская» обувь по доллару за пару — совсем другое дело.</p>",
                "uz": "<p>Transport hujjati, invoys va qadoqlash varaqasi tijorat qogʻozlaridir. <strong>Bojxona deklaratsiyasi</strong> esa boshqacha: bu bojxona organiga yuridik bayonot boʻlib, deklarant uning mazmuni uchun javobgar. U tasdiqlovchi hujjatlarga zid boʻlsa, ziddiyatning oʻzi dalil hisoblanadi.</p><p>Mintaqada qoʻllaniladigan shakllar milliy xususiyatlar bilan Yagona maʼmuriy hujjat tuzilishiga amal qiladi. Xavf tahlilchisi odatda birinchi navbatda quyidagi grafalarni oʻqiydi:</p><ul><li><strong>2-grafa va 8-grafa</strong>: joʻnatuvchi yoki eksportyor va oluvchi.</li><li><strong>14-grafa</strong>: deklarant yoki vakil. Bir-biriga bogʻliq boʻlmagan koʻplab yangi kompaniyalar nomidan deklaratsiya topshiradigan brokerni qayd etib qoʻyish kerak.</li><li><strong>15, 16 va 17-grafalar</strong>: joʻnatish mamlakati, kelib chiqish mamlakati va manzil mamlakati.</li><li><strong>20-grafa va 22-grafa</strong>: yetkazib berish shartlari (Inkoterms), hisob valyutasi va umumiy summasi.</li><li><strong>31-grafa</strong>: yuk joylari va tovar tavsifi, jumladan markirovka va konteyner raqamlari.</li><li><strong>33-grafa</strong>: tovar kodi (HS).</li><li><strong>35 va 38-grafalar</strong>: kilogrammdagi brutto va netto vazn.</li><li><strong>44-grafa</strong>: taqdim etilgan tasdiqlovchi hujjatlar, masalan invoys, transport hujjati, sertifikatlar va litsenziyalar.</li></ul><p>Deklaratsiyani boshqa biror narsa bilan solishtirishdan oldin uni oʻzi boʻyicha oʻqing. Brutto vazn netto vazndan katta boʻlishi kerak. 31-grafadagi tavsif 33-grafadagi kodni asoslash uchun yetarlicha aniq boʻlishi kerak. Kelib chiqish mamlakatining joʻnatish mamlakatidan farq qilishi markazlar orqali savdoda odatiy hol, lekin u tovarga mos boʻlishi kerak: Italiya poyabzali Dubaydagi ombor orqali kelishi mumkin; jufti bir dollarlik «Italiya» poyabzali esa butunlay boshqa masala.</p>",
                "tk": "<p>Ulag resminamasy, inwoýs we gaplama sanawy täjirçilik kagyzlarydyr. <strong>Gümrük deklarasiýasy</strong> bolsa başgaça: bu gümrük edarasyna hukuk beýannamasy bolup, deklarant onuň mazmuny üçin jogapkärdir. Ol tassyklaýjy resminamalara ters gelse, gapma-garşylygyň özi subutnama bolup durýar.</p><p>Sebitde ulanylýan görnüşler milli aýratynlyklar bilen Ýeke-täk administratiw resminamanyň gurluşyna eýerýär. Töwekgelçilik seljerijisi adatça ilki bilen şu sütünleri okaýar:</p><ul><li><strong>2-nji we 8-nji sütün</strong>: iberiji ýa-da eksportçy we alyjy.</li><li><strong>14-nji sütün</strong>: deklarant ýa-da wekil. Biri-biri bilen baglanyşyksyz köp täze kompaniýalaryň adyndan deklarasiýa berýän brokeri bellemek gerek.</li><li><strong>15-nji, 16-njy we 17-nji sütünler</strong>: iberilen ýurt, gelip çykyş ýurdy we barmaly ýurt.</li><li><strong>20-nji we 22-nji sütün</strong>: getiriş şertleri (Inkoterms), hasabyň walýutasy we umumy möçberi.</li><li><strong>31-nji sütün</strong>: ýük ýerleri we harydyň beýany, şol sanda bellikler we konteýner belgileri.</li><li><strong>33-nji sütün</strong>: harydyň kody (HS).</li><li><strong>35-nji we 38-nji sütünler</strong>: kilogramdaky brutto we netto agram.</li><li><strong>44-nji sütün</strong>: hödürlenen tassyklaýjy resminamalar, meselem inwoýs, ulag resminamasy, sertifikatlar we ygtyýarnamalar.</li></ul><p>Deklarasiýany başga bir zat bilen deňeşdirmezden öň ony özbaşdak okaň. Brutto agram netto agramdan uly bolmaly. 31-nji sütündäki beýan 33-nji sütündäki kody esaslandyrmak üçin ýeterlik takyk bolmaly. Gelip çykyş ýurdunyň iberilen ýurtdan tapawutlanmagy merkezler arkaly söwdada adaty ýagdaý, ýöne ol haryda laýyk bolmaly: Italiýa aýakgaby Dubaýdaky ammar arkaly gelip biler; jübüti bir dollarlyk «Italiýa» aýakgaby bolsa düýbünden başga mesele.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Country of origin and country of dispatch",
                "ru": "Страна происхождения и страна отправления",
                "uz": "Kelib chiqish mamlakati va joʻnatish mamlakati",
                "tk": "Gelip çykyş ýurdy we iberilen ýurt",
            },
            "definition": {
                "en": "Origin is where the goods were wholly produced or last substantially transformed; dispatch is the country from which they were sent to the importing country. They differ when goods pass through a trading hub or warehouse.",
                "ru": "Происхождение — страна, где товар полностью произведён или подвергнут последней достаточной переработке; отправление — страна, из которой он отправлен в страну ввоза. Они различаются, когда товар проходит через торговый хаб или склад.",
                "uz": "Kelib chiqish — tovar toʻliq ishlab chiqarilgan yoki oxirgi yetarli qayta ishlovdan oʻtgan mamlakat; joʻnatish — tovar import mamlakatiga yuborilgan mamlakat. Tovar savdo markazi yoki ombor orqali oʻtganda ular farq qiladi.",
                "tk": "Gelip çykyş — harydyň doly öndürilen ýa-da soňky ýeterlik gaýtadan işlenen ýurdy; iberilen ýurt — harydyň import ýurduna iberilen ýurdy. Haryt söwda merkezinden ýa-da ammardan geçende olar tapawutlanýar.",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Watch the amendments",
                "ru": "Следите за изменениями",
                "uz": "Oʻzgartirishlarni kuzating",
                "tk": "Üýtgetmelere gözegçilik ediň",
            },
            "html": {
                "en": "<p>Keep every version of a declaration. A description, code or weight that changes just after the container was selected for examination tells you that the declarant expected trouble.</p>",
                "ru": "<p>Сохраняйте каждую версию декларации. Описание, код или вес, изменённые сразу после отбора контейнера для досмотра, говорят о том, что декларант ожидал неприятностей.</p>",
                "uz": "<p>Deklaratsiyaning har bir versiyasini saqlang. Konteyner koʻrik uchun tanlangandan soʻng darhol oʻzgargan tavsif, kod yoki vazn deklarant muammo kutganini koʻrsatadi.</p>",
                "tk": "<p>Deklarasiýanyň her bir wersiýasyny saklaň. Konteýner barlag üçin saýlanandan soň derrew üýtgän beýan, kod ýa-da agram deklarantyň kynçylyga garaşandygyny görkezýär.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): a broker's sudden new clients",
                "ru": "Разбор случая (вымышленный): внезапные новые клиенты брокера",
                "uz": "Amaliy holat (toʻqima): brokerning kutilmagan yangi mijozlari",
                "tk": "Mysal (toslama): brokeriň garaşylmadyk täze müşderileri",
            },
            "html": {
                "en": '<p>In one month a Bishkek customs broker files declarations for six companies registered within the last quarter, all importing "mixed garments" of Italian origin dispatched from a Gulf hub, with declared values around one dollar per piece. Analyst Nurlan K. sees the same broker, the same telephone number in box 14 and identical wording in box 31. He proposes a risk profile on the broker and the goods description rather than on each new company.</p>',
                "ru": "<p>За один месяц бишкекский таможенный брокер подаёт декларации за шесть компаний, зарегистрированных в последнем квартале; все ввозят «смешанную одежду» итальянского происхождения, отправленную из хаба в Персидском заливе, с заявленной стоимостью около доллара за единицу. Аналитик Нурлан К. видит одного и того же брокера, один и тот же номер телефона в графе 14 и одинаковые формулировки в графе 31. Он предлагает профиль риска по брокеру и описанию товара, а не по каждой новой компании.</p>",
                "uz": "<p>Bir oy ichida Bishkeklik bojxona brokeri oxirgi chorakda roʻyxatdan oʻtgan oltita kompaniya uchun deklaratsiya topshiradi; ularning barchasi Fors koʻrfazidagi markazdan joʻnatilgan, Italiyada ishlab chiqarilgan «aralash kiyim»ni bir dona uchun taxminan bir dollar qiymat bilan import qiladi. Tahlilchi Nurlan K. bir xil brokerni, 14-grafadagi bir xil telefon raqamini va 31-grafadagi bir xil iboralarni koʻradi. U har bir yangi kompaniya boʻyicha emas, balki broker va tovar tavsifi boʻyicha xavf profilini taklif qiladi.</p>",
                "tk": "<p>Bir aýyň içinde bişkekli gümrük brokeri soňky çärýekde hasaba alnan alty kompaniýa üçin deklarasiýa berýär; olaryň hemmesi Pars aýlagyndaky merkezden iberilen, Italiýada öndürilen «garyşyk eşikleri» bir sany üçin takmynan bir dollar gymmat bilen import edýär. Seljeriji Nurlan K. şol bir brokeri, 14-nji sütündäki şol bir telefon belgisini we 31-nji sütündäki birmeňzeş sözlemleri görýär. Ol her bir täze kompaniýa boýunça däl-de, broker we harydyň beýany boýunça töwekgelçilik profilini teklip edýär.</p>",
            },
        },
    ],
}

LESSON_CROSS_CHECK = {
    "slug": "cross-checking-the-documents",
    "title": {
        "en": "Cross-checking the documents",
        "ru": "Перекрёстная проверка документов",
        "uz": "Hujjatlarni oʻzaro tekshirish",
        "tk": "Resminamalary özara barlamak",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Build a comparison grid",
                "ru": "Составьте сравнительную таблицу",
                "uz": "Taqqoslash jadvalini tuzing",
                "tk": "Deňeşdirme tablisasyny düzüň",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>Inconsistencies between the transport document, invoice, packing list and declaration are among the most reliable indicators, because each document is produced by a different party. The simplest method is a grid: one row per field, one column per document, plus a column for what the terminal or scale recorded.</p><ol><li><strong>Parties</strong>: shipper and seller, consignee and buyer, notify party, declarant.</li><li><strong>Container and seal</strong>: numbers, size, type, seal numbers.</li><li><strong>Packages</strong>: number, kind, marks.</li><li><strong>Description and code</strong>.</li><li><strong>Weights</strong>: net and gross.</li><li><strong>Value</strong>: unit price, total, currency, Incoterms.</li><li><strong>Origin and route</strong>: origin, dispatch, loading, transshipment, discharge.</li><li><strong>Dates</strong>: invoice, bill of lading issue, gate-in, loading, filing, amendments.</li></ol><p>Then sort every difference into one of three groups. <strong>Explained</strong>: a trading intermediary invoices instead of the manufacturer; a house bill from a forwarder differs from the carrier's master bill; the bill of lading uses a general description. <strong>Clerical</strong>: a transposed digit in a number that is correct everywhere else, a weight rounded to the nearest ten kilograms. <strong>Material</strong>: package counts, net weights, seal numbers, parties or goods that differ without a plausible reason. Only material differences should drive selection, but several clerical ones in the same file suggest careless or invented paperwork.</p>",
                "ru": "<p>Расхождения между транспортным документом, инвойсом, упаковочным листом и декларацией — одни из самых надёжных индикаторов, потому что каждый документ составляет другая сторона. Самый простой метод — таблица: одна строка на поле, один столбец на документ и ещё столбец для того, что зафиксировали терминал или весы.</p><ol><li><strong>Участники</strong>: грузоотправитель и продавец, грузополучатель и покупатель, уведомляемая сторона, декларант.</li><li><strong>Контейнер и пломба</strong>: номера, размер, тип, номера пломб.</li><li><strong>Грузовые места</strong>: количество, вид, маркировка.</li><li><strong>Описание и код</strong>.</li><li><strong>Вес</strong>: нетто и брутто.</li><li><strong>Стоимость</strong>: цена за единицу, итог, валюта, Инкотермс.</li><li><strong>Происхождение и маршрут</strong>: происхождение, отправление, погрузка, перевалка, выгрузка.</li><li><strong>Даты</strong>: инвойса, выдачи коносамента, въезда на терминал, погрузки, подачи, изменений.</li></ol><p>Затем отнесите каждое расхождение к одной из трёх групп. <strong>Объяснимые</strong>: счёт выставляет торговый посредник, а не производитель; домовой коносамент экспедитора отличается от мастер-коносамента перевозчика; в коносаменте использовано обобщённое описание. <strong>Канцелярские</strong>: переставленная цифра в номере, который везде в остальном верен, вес, округлённый до десяти килограммов. <strong>Существенные</strong>: количество мест, вес нетто, номера пломб, участники или товар, которые различаются без правдоподобной причины. Отбор должны определять только существенные расхождения, но несколько канцелярских в одном деле указывают на небрежные или выдуманные документы.</p>",
                "uz": "<p>Transport hujjati, invoys, qadoqlash varaqasi va deklaratsiya oʻrtasidagi nomuvofiqliklar eng ishonchli koʻrsatkichlardan biridir, chunki har bir hujjatni boshqa tomon tuzadi. Eng oddiy usul — jadval: har bir maydon uchun bitta qator, har bir hujjat uchun bitta ustun va terminal yoki tarozi qayd etgan narsa uchun yana bir ustun.</p><ol><li><strong>Ishtirokchilar</strong>: yuk joʻnatuvchi va sotuvchi, yuk qabul qiluvchi va xaridor, xabardor qilinadigan tomon, deklarant.</li><li><strong>Konteyner va plomba</strong>: raqamlar, oʻlcham, tur, plomba raqamlari.</li><li><strong>Yuk joylari</strong>: soni, turi, markirovkasi.</li><li><strong>Tavsif va kod</strong>.</li><li><strong>Vazn</strong>: netto va brutto.</li><li><strong>Qiymat</strong>: birlik narxi, jami, valyuta, Inkoterms.</li><li><strong>Kelib chiqish va yoʻnalish</strong>: kelib chiqish, joʻnatish, yuklash, qayta yuklash, tushirish.</li><li><strong>Sanalar</strong>: invoys, konosament berilishi, terminalga kirish, yuklash, topshirish, oʻzgartirishlar.</li></ol><p>Soʻng har bir farqni uch guruhdan biriga ajrating. <strong>Izohlanadigan</strong>: hisobni ishlab chiqaruvchi emas, savdo vositachisi beradi; ekspeditorning uy konosamenti tashuvchining master-konosamentidan farq qiladi; konosamentda umumlashtirilgan tavsif ishlatilgan. <strong>Idoraviy</strong>: boshqa hamma joyda toʻgʻri boʻlgan raqamda oʻrni almashgan raqam, oʻn kilogrammgacha yaxlitlangan vazn. <strong>Muhim</strong>: ishonarli sababsiz farq qiladigan joylar soni, netto vazn, plomba raqamlari, ishtirokchilar yoki tovar. Tanlovni faqat muhim farqlar belgilashi kerak, lekin bitta ishdagi bir nechta idoraviy xato hujjatlar ehtiyotsizlik bilan tuzilgani yoki oʻylab topilganini koʻrsatadi.</p>",
                "tk": "<p>Ulag resminamasy, inwoýs, gaplama sanawy we deklarasiýa arasyndaky gabat gelmezlikler iň ygtybarly görkezijileriň biridir, sebäbi her resminamany başga tarap düzýär. Iň ýönekeý usul — tablisa: her meýdan üçin bir setir, her resminama üçin bir sütün we terminalyň ýa-da tereziniň bellige alan zady üçin ýene bir sütün.</p><ol><li><strong>Gatnaşyjylar</strong>: ýük iberiji we satyjy, ýük alyjy we alyjy, habar berilýän tarap, deklarant.</li><li><strong>Konteýner we plomba</strong>: belgiler, ölçeg, görnüş, plomba belgileri.</li><li><strong>Ýük ýerleri</strong>: sany, görnüşi, bellikleri.</li><li><strong>Beýan we kod</strong>.</li><li><strong>Agram</strong>: netto we brutto.</li><li><strong>Gymmat</strong>: birligiň bahasy, jemi, walýuta, Inkoterms.</li><li><strong>Gelip çykyş we ugur</strong>: gelip çykyş, iberiş, ýüklemek, başga ulaga geçirmek, düşürmek.</li><li><strong>Seneler</strong>: inwoýs, konosamentiň berlişi, terminala giriş, ýüklemek, bermek, üýtgetmeler.</li></ol><p>Soňra her bir tapawudy üç toparyň birine degişli ediň. <strong>Düşündirip bolýan</strong>: hasaby öndüriji däl-de, söwda araçysy berýär; ekspeditoryň öý konosamenti daşaýjynyň master-konosamentinden tapawutlanýar; konosamentde umumylaşdyrylan beýan ulanylýar. <strong>Kanselýariýa</strong>: beýleki ähli ýerde dogry bolan belgide orny çalşan san, on kilograma çenli tegeleklenen agram. <strong>Möhüm</strong>: ynandyryjy sebäpsiz tapawutlanýan ýerleriň sany, netto agram, plomba belgileri, gatnaşyjylar ýa-da haryt. Saýlawy diňe möhüm tapawutlar kesgitlemeli, ýöne bir işdäki birnäçe kanselýariýa ýalňyşlygy resminamalaryň üns berilmän düzülendigini ýa-da oýlanyp tapylandygyny görkezýär.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "House bill and master bill of lading",
                "ru": "Домовой и мастер-коносамент",
                "uz": "Uy va master-konosament",
                "tk": "Öý we master-konosament",
            },
            "definition": {
                "en": "A master bill is issued by the carrier to the forwarder; a house bill is issued by the forwarder to its own customer. In consolidated shipments the real shipper and consignee appear only on the house bill.",
                "ru": "Мастер-коносамент выдаёт перевозчик экспедитору; домовой коносамент выдаёт экспедитор своему клиенту. При сборных отправках настоящие грузоотправитель и грузополучатель указаны только в домовом коносаменте.",
                "uz": "Master-konosamentni tashuvchi ekspeditorga beradi; uy konosamentini ekspeditor oʻz mijoziga beradi. Yigʻma joʻnatmalarda haqiqiy yuk joʻnatuvchi va yuk qabul qiluvchi faqat uy konosamentida koʻrsatiladi.",
                "tk": "Master-konosamenti daşaýjy ekspeditora berýär; öý konosamentini ekspeditor öz müşderisine berýär. Ýygnama ibermelerde hakyky ýük iberiji we ýük alyjy diňe öý konosamentinde görkezilýär.",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Put the dates in order",
                "ru": "Расставьте даты по порядку",
                "uz": "Sanalarni tartib bilan joylashtiring",
                "tk": "Seneleri tertip bilen ýerleşdiriň",
            },
            "html": {
                "en": "<p>Line up the dates on a single timeline: invoice, packing, gate-in, loading, bill of lading, filing, amendments. Real trade runs forwards. An invoice dated after the goods were loaded, or a packing list that predates the order, means someone wrote the papers to fit a shipment rather than the other way round.</p>",
                "ru": "<p>Расположите даты на одной временной шкале: инвойс, упаковка, въезд на терминал, погрузка, коносамент, подача, изменения. Реальная торговля идёт вперёд. Инвойс, датированный после погрузки товара, или упаковочный лист, составленный раньше заказа, означают, что кто-то писал бумаги под уже готовую отправку, а не наоборот.</p>",
                "uz": "<p>Sanalarni bitta vaqt shkalasiga joylashtiring: invoys, qadoqlash, terminalga kirish, yuklash, konosament, topshirish, oʻzgartirishlar. Haqiqiy savdo oldinga qarab boradi. Tovar yuklangandan keyingi sana bilan berilgan invoys yoki buyurtmadan oldin tuzilgan qadoqlash varaqasi kimdir qogʻozlarni aksincha emas, tayyor joʻnatmaga moslab yozganini bildiradi.</p>",
                "tk": "<p>Seneleri bir wagt şkalasynda ýerleşdiriň: inwoýs, gaplamak, terminala giriş, ýüklemek, konosament, bermek, üýtgetmeler. Hakyky söwda öňe barýar. Haryt ýüklenenden soňky sene bilen berlen inwoýs ýa-da sargytdan öň düzülen gaplama sanawy kimdir biriniň kagyzlary tersine däl-de, taýýar ibermä laýyklap ýazandygyny aňladýar.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Worked example (fictional): cement at Aktau",
                "ru": "Пример (вымышленный): цемент в Актау",
                "uz": "Namuna (toʻqima): Oqtovdagi sement",
                "tk": "Mysal (toslama): Aktaudaky sement",
            },
            "html": {
                "en": '<p>A 20-foot container for "Mangystau Stroy Servis LLP" is discharged at Aktau. The grid shows:</p><ul><li>Bill of lading: 960 bags "building materials", gross 24,300 kg, seal 0045871.</li><li>Invoice: 960 bags of white cement at 25 kg, from a trading company in a third country.</li><li>Packing list: 960 bags, net 24,000 kg, gross 24,300 kg.</li><li>Declaration: 800 bags, net 20,000 kg; terminal gate record: seal 0045817.</li></ul><p>The general description and the trading intermediary are explained differences. The missing 160 bags in the declaration and the seal number with two transposed digits are not. Together they justify an examination, with the seal checked before it is cut.</p>',
                "ru": "<p>В Актау выгружается 20-футовый контейнер для ТОО «Мангыстау Строй Сервис». Таблица показывает:</p><ul><li>Коносамент: 960 мешков «строительных материалов», брутто 24 300 кг, пломба 0045871.</li><li>Инвойс: 960 мешков белого цемента по 25 кг от торговой компании из третьей страны.</li><li>Упаковочный лист: 960 мешков, нетто 24 000 кг, брутто 24 300 кг.</li><li>Декларация: 800 мешков, нетто 20 000 кг; запись терминала о въезде: пломба 0045817.</li></ul><p>Обобщённое описание и торговый посредник — объяснимые расхождения. Недостающие в декларации 160 мешков и номер пломбы с двумя переставленными цифрами — нет. Вместе они оправдывают досмотр, при этом пломбу проверяют до того, как её срежут.</p>",
                "uz": "<p>Oqtovda «Mangistau Stroy Servis» MChJ uchun 20 futlik konteyner tushiriladi. Jadval quyidagilarni koʻrsatadi:</p><ul><li>Konosament: 960 qop «qurilish materiallari», brutto 24 300 kg, plomba 0045871.</li><li>Invoys: uchinchi mamlakatdagi savdo kompaniyasidan 25 kg dan 960 qop oq sement.</li><li>Qadoqlash varaqasi: 960 qop, netto 24 000 kg, brutto 24 300 kg.</li><li>Deklaratsiya: 800 qop, netto 20 000 kg; terminalga kirish yozuvi: plomba 0045817.</li></ul><p>Umumlashtirilgan tavsif va savdo vositachisi izohlanadigan farqlardir. Deklaratsiyada yetishmayotgan 160 qop va ikki raqami oʻrin almashgan plomba raqami esa bunday emas. Ular birgalikda koʻrikni oqlaydi, bunda plomba kesilishidan oldin tekshiriladi.</p>",
                "tk": "<p>Aktauda «Mangystau Stroý Serwis» JÇJ üçin 20 futluk konteýner düşürilýär. Tablisa şulary görkezýär:</p><ul><li>Konosament: 960 halta «gurluşyk materiallary», brutto 24 300 kg, plomba 0045871.</li><li>Inwoýs: üçünji ýurtdaky söwda kompaniýasyndan 25 kg-dan 960 halta ak sement.</li><li>Gaplama sanawy: 960 halta, netto 24 000 kg, brutto 24 300 kg.</li><li>Deklarasiýa: 800 halta, netto 20 000 kg; terminala giriş ýazgysy: plomba 0045817.</li></ul><p>Umumylaşdyrylan beýan we söwda araçysy düşündirip bolýan tapawutlardyr. Deklarasiýada ýetmeýän 160 halta we iki sanynyň orny çalşan plomba belgisi bolsa beýle däl. Olar bilelikde barlagy esaslandyrýar, bu ýagdaýda plomba kesilmezinden öň barlanýar.</p>",
            },
        },
    ],
}

LESSON_VALUATION = {
    "slug": "valuation-red-flags",
    "title": {
        "en": "Valuation red flags",
        "ru": "Тревожные признаки в таможенной стоимости",
        "uz": "Bojxona qiymatidagi xavotirli belgilar",
        "tk": "Gümrük gymmatyndaky howsala salýan alamatlar",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Why the price matters to a drug-control officer too",
                "ru": "Почему цена важна и для сотрудника наркоконтроля",
                "uz": "Narx nega giyohvandlikka qarshi kurash xodimi uchun ham muhim",
                "tk": "Baha näme üçin neşe serişdelerine garşy göreşýän işgär üçin hem möhüm",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>Customs value is normally based on the <strong>transaction value</strong>: the price actually paid or payable for the goods, with adjustments such as transport and insurance to the border, as the WTO Valuation Agreement and the customs codes of the region provide. The invoice is the starting point, but it is the trader's own document.</p><p>A wrong price is a revenue problem, and it is also a smuggling indicator. A cover load for drugs does not need to make a profit, so it is often bought cheaply, described vaguely and shipped at a cost that no honest trader would accept. Watch for:</p><ul><li><strong>Undervaluation</strong>: a unit price far below reference prices, previous imports of the same goods or the cost of the raw material.</li><li><strong>Overvaluation</strong>: a price far above the market, which can move money across borders as payment for goods (trade-based money laundering) or inflate export refunds.</li><li><strong>Freight exceeding the value of the goods</strong>: shipping cheap, heavy goods such as gravel or low-grade fruit a long way makes sense only if something else pays for the trip.</li><li><strong>Payment anomalies</strong>: payment by a third party or from a third country, in cash, or changed late in the transaction.</li><li><strong>Round or repeated prices</strong> that look invented rather than negotiated.</li></ul><p>To compare a price, express it per unit or per kilogram and set it against a reference: the unit's price database, earlier declarations of the same goods, or open-source price checks such as wholesale platforms and commodity reports.</p>",
                "ru": "<p>Таможенная стоимость обычно основывается на <strong>стоимости сделки</strong>: цене, фактически уплаченной или подлежащей уплате за товар, с дополнительными начислениями, например расходами на перевозку и страхование до границы, как это предусмотрено Соглашением ВТО по таможенной оценке и таможенными кодексами стран региона. Инвойс — отправная точка, но это собственный документ участника ВЭД.</p><p>Неверная цена — проблема для бюджета, но и индикатор контрабанды. Груз прикрытия для наркотиков не обязан приносить прибыль, поэтому его часто покупают дёшево, описывают расплывчато и перевозят с такими затратами, на которые ни один честный торговец не согласился бы. Обращайте внимание на:</p><ul><li><strong>Занижение стоимости</strong>: цена за единицу намного ниже справочных цен, прежних ввозов того же товара или стоимости сырья.</li><li><strong>Завышение стоимости</strong>: цена намного выше рыночной, что позволяет перемещать деньги через границу под видом оплаты товара (отмывание денег через торговлю) или завышать экспортные возмещения.</li><li><strong>Фрахт дороже самого товара</strong>: везти далеко дешёвый тяжёлый товар, например щебень или низкосортные фрукты, имеет смысл, только если за поездку платит что-то другое.</li><li><strong>Аномалии оплаты</strong>: оплата третьим лицом или из третьей страны, наличными или с изменением на позднем этапе сделки.</li><li><strong>Круглые или повторяющиеся цены</strong>, которые выглядят выдуманными, а не согласованными.</li></ul><p>Чтобы сравнить цену, выразите её за единицу или за килограмм и сопоставьте со справочной: ценовой базой подразделения, прежними декларациями на тот же товар или ценовыми проверками по открытым источникам, например оптовыми площадками и обзорами товарных рынков.</p>",
                "uz": "<p>Bojxona qiymati odatda <strong>bitim qiymatiga</strong> asoslanadi: tovar uchun haqiqatda toʻlangan yoki toʻlanishi lozim boʻlgan narx, JSTning Bojxona baholash toʻgʻrisidagi bitimi va mintaqa mamlakatlari bojxona kodekslarida nazarda tutilganidek, chegaragacha tashish va sugʻurta kabi qoʻshimchalar bilan. Invoys boshlangʻich nuqta, lekin u savdo ishtirokchisining oʻz hujjatidir.</p><p>Notoʻgʻri narx byudjet uchun muammo, shu bilan birga kontrabanda koʻrsatkichi hamdir. Giyohvand moddalar uchun niqob yuk foyda keltirishi shart emas, shuning uchun u koʻpincha arzonga sotib olinadi, noaniq tavsiflanadi va hech bir halol savdogar rozi boʻlmaydigan xarajat bilan tashiladi. Quyidagilarga eʼtibor bering:</p><ul><li><strong>Qiymatni kamaytirish</strong>: birlik narxi maʼlumot narxlaridan, xuddi shu tovarning avvalgi importidan yoki xomashyo narxidan ancha past.</li><li><strong>Qiymatni oshirish</strong>: narx bozordagidan ancha yuqori, bu tovar uchun toʻlov niqobida pulni chegaradan oʻtkazish (savdo orqali pul yuvish) yoki eksport qoplamalarini oshirish imkonini beradi.</li><li><strong>Fraxt tovarning oʻzidan qimmat</strong>: shagʻal yoki past navli meva kabi arzon ogʻir tovarni uzoqqa tashish faqat safar uchun boshqa narsa toʻlayotgan boʻlsa, mantiqqa ega.</li><li><strong>Toʻlovdagi anomaliyalar</strong>: uchinchi shaxs yoki uchinchi mamlakatdan, naqd pulda yoki bitimning kechki bosqichida oʻzgartirilgan toʻlov.</li><li><strong>Yaxlit yoki takrorlanuvchi narxlar</strong>: kelishilgan emas, balki oʻylab topilganga oʻxshaydi.</li></ul><p>Narxni solishtirish uchun uni bir birlik yoki bir kilogramm uchun ifodalang va maʼlumot narxi bilan solishtiring: boʻlinmaning narxlar bazasi, xuddi shu tovar boʻyicha avvalgi deklaratsiyalar yoki ulgurji savdo maydonchalari va tovar bozorlari sharhlari kabi ochiq manbalar boʻyicha narx tekshiruvlari.</p>",
                "tk": "<p>Gümrük gymmaty adatça <strong>geleşik gymmatyna</strong> esaslanýar: haryt üçin hakykatda tölenen ýa-da tölenmeli baha, BSG-nyň Gümrük bahalandyrmasy baradaky ylalaşygynda we sebit ýurtlarynyň gümrük kodekslerinde göz öňünde tutulyşy ýaly, serhede çenli daşamak we ätiýaçlandyryş ýaly goşmaçalar bilen. Inwoýs başlangyç nokat, ýöne ol söwda gatnaşyjysynyň öz resminamasydyr.</p><p>Nädogry baha býudjet üçin mesele, şol bir wagtda kontrabanda görkezijisi hem. Neşe serişdeleri üçin bürelik ýük girdeji getirmeli däl, şonuň üçin ol köplenç arzan satyn alynýar, takyk däl beýan edilýär we hiç bir dogruçyl söwdageriň razy bolmajak çykdajysy bilen daşalýar. Şulara üns beriň:</p><ul><li><strong>Gymmaty peseltmek</strong>: birligiň bahasy salgylanma bahalaryndan, şol bir harydyň öňki importyndan ýa-da çig malyň bahasyndan ep-esli pes.</li><li><strong>Gymmaty ýokarlandyrmak</strong>: baha bazardakydan ep-esli ýokary, bu haryt üçin töleg görnüşinde puly serhetden geçirmäge (söwda arkaly pul ýuwmak) ýa-da eksport öwezini dolmalary ýokarlandyrmaga mümkinçilik berýär.</li><li><strong>Fraht harydyň özünden gymmat</strong>: çagyl ýa-da pes hilli miwe ýaly arzan agyr harydy uzaga daşamak diňe syýahat üçin başga bir zat töleýän bolsa manyly.</li><li><strong>Tölegdäki anomaliýalar</strong>: üçünji tarapdan ýa-da üçünji ýurtdan, nagt pul bilen ýa-da geleşigiň giçki tapgyrynda üýtgedilen töleg.</li><li><strong>Tegelek ýa-da gaýtalanýan bahalar</strong>: ylalaşylan däl-de, oýlanyp tapylan ýaly görünýär.</li></ul><p>Bahany deňeşdirmek üçin ony bir birlik ýa-da bir kilogram üçin aňladyň we salgylanma bahasy bilen deňeşdiriň: bölümiň bahalar binýady, şol bir haryt boýunça öňki deklarasiýalar ýa-da lomaý söwda meýdançalary we haryt bazarlarynyň synlary ýaly açyk çeşmeler boýunça baha barlaglary.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Trade-based money laundering",
                "ru": "Отмывание денег через торговлю",
                "uz": "Savdo orqali pul yuvish",
                "tk": "Söwda arkaly pul ýuwmak",
            },
            "definition": {
                "en": "Disguising the proceeds of crime as payments for goods, by over- or under-invoicing, invoicing the same goods more than once, or invoicing goods that were never shipped.",
                "ru": "Маскировка преступных доходов под оплату товаров путём завышения или занижения цен в инвойсах, многократного выставления счетов за один и тот же товар или выставления счетов за товар, который никогда не отправлялся.",
                "uz": "Jinoiy daromadlarni tovar uchun toʻlov sifatida niqoblash: invoyslarda narxni oshirish yoki kamaytirish, bitta tovar uchun bir necha marta hisob berish yoki hech qachon joʻnatilmagan tovar uchun hisob berish orqali.",
                "tk": "Jenaýat girdejilerini haryt üçin töleg hökmünde bürelemek: inwoýslarda bahany ýokarlandyrmak ýa-da peseltmek, şol bir haryt üçin birnäçe gezek hasap bermek ýa-da hiç haçan iberilmedik haryt üçin hasap bermek arkaly.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Worked example (fictional): T-shirts at forty cents",
                "ru": "Пример (вымышленный): футболки по сорок центов",
                "uz": "Namuna (toʻqima): qirq sentlik futbolkalar",
                "tk": "Mysal (toslama): kyrk sentlik futbolkalar",
            },
            "html": {
                "en": '<p>"Fergana Textile Hub" declares 12,000 men\'s cotton T-shirts at Tashkent with an invoice total of 4,800 USD, that is 0.40 USD per piece. Earlier declarations of similar T-shirts average 2.10 USD per piece, so the declared price is about 19 % of the reference. The rail freight on the SMGS waybill is 3,900 USD, almost equal to the goods. The price alone would lead to a valuation check; together with freight close to the value of the goods it also raises the question of whether the T-shirts are a cover load.</p>',
                "ru": "<p>Компания «Фергана Текстиль Хаб» декларирует в Ташкенте 12 000 мужских хлопковых футболок с итогом по инвойсу 4 800 долларов США, то есть 0,40 доллара за штуку. Прежние декларации на аналогичные футболки дают в среднем 2,10 доллара за штуку, так что заявленная цена составляет около 19 % от справочной. Железнодорожный фрахт по накладной СМГС — 3 900 долларов, почти столько же, сколько товар. Одна цена привела бы к проверке стоимости; вместе с фрахтом, близким к стоимости товара, она ставит ещё и вопрос, не являются ли футболки грузом прикрытия.</p>",
                "uz": "<p>«Fargʻona Tekstil Xab» Toshkentda 12 000 dona erkaklar paxta futbolkasini 4 800 AQSh dollarlik invoys bilan deklaratsiya qiladi, yaʼni bir donasi 0,40 dollar. Shunga oʻxshash futbolkalar boʻyicha avvalgi deklaratsiyalarda oʻrtacha narx bir dona uchun 2,10 dollar, demak deklaratsiya qilingan narx maʼlumot narxining taxminan 19 % ini tashkil etadi. SMGS yuk xatidagi temir yoʻl fraxti 3 900 dollar, deyarli tovar qiymatiga teng. Narxning oʻzi qiymatni tekshirishga olib kelgan boʻlardi; tovar qiymatiga yaqin fraxt bilan birga esa u futbolkalar niqob yuk emasmi degan savolni ham tugʻdiradi.</p>",
                "tk": "<p>«Fergana Tekstil Hab» Daşkentde 12 000 sany erkek pagta futbolkasyny 4 800 ABŞ dollarlyk inwoýs bilen yglan edýär, ýagny bir sanysy 0,40 dollar. Meňzeş futbolkalar boýunça öňki deklarasiýalarda ortaça baha bir sany üçin 2,10 dollar, diýmek yglan edilen baha salgylanma bahasynyň takmynan 19 %-ini düzýär. SMGS ýük hatyndaky demir ýol frahty 3 900 dollar, harydyň gymmatyna diýen ýaly deň. Diňe bahanyň özi gymmaty barlamaga getirerdi; harydyň gymmatyna ýakyn fraht bilen bilelikde bolsa ol futbolkalaryň bürelik ýük däldigi baradaky soragy hem döredýär.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "en": "A low price is a question, not a verdict",
                "ru": "Низкая цена — это вопрос, а не приговор",
                "uz": "Past narx — hukm emas, savol",
                "tk": "Pes baha — höküm däl, sorag",
            },
            "html": {
                "en": "<p>Clearance sales, factory seconds and long-term contracts can all be genuine. Use price checks to select and to ask for evidence such as the contract and proof of payment; the customs value itself must be decided by the methods the law prescribes.</p>",
                "ru": "<p>Распродажи, некондиция и долгосрочные контракты могут быть вполне настоящими. Используйте ценовые проверки для отбора и для запроса доказательств, например контракта и подтверждения оплаты; саму таможенную стоимость нужно определять методами, установленными законом.</p>",
                "uz": "<p>Chegirmali sotuvlar, nuqsonli mahsulotlar va uzoq muddatli shartnomalar haqiqiy boʻlishi mumkin. Narx tekshiruvlaridan tanlash va shartnoma hamda toʻlovni tasdiqlovchi hujjat kabi dalillarni soʻrash uchun foydalaning; bojxona qiymatining oʻzi qonunda belgilangan usullar bilan aniqlanishi kerak.</p>",
                "tk": "<p>Arzanladyş satuwlary, kemçilikli önümler we uzak möhletli şertnamalar hakyky bolup biler. Baha barlaglaryny saýlamak we şertnama hem-de tölegi tassyklaýan resminama ýaly subutnamalary soramak üçin ulanyň; gümrük gymmatynyň özi kanunda bellenen usullar bilen kesgitlenmeli.</p>",
            },
        },
    ],
}

QUIZ = {
    "title": {
        "en": "Check your understanding: commercial documents and declarations",
        "ru": "Проверьте себя: коммерческие документы и декларации",
        "uz": "Oʻzingizni tekshiring: tijorat hujjatlari va deklaratsiyalar",
        "tk": "Özüňizi barlaň: täjirçilik resminamalary we deklarasiýalar",
    },
    "pass_mark": 70,
    "max_attempts": 0,
    "grading": "best",
    "questions": [
        {
            "kind": "single",
            "text": {
                "en": 'A bill of lading describes the goods as "said to contain 960 bags building materials". What does "said to contain" tell you?',
                "ru": "В коносаменте товар описан как «said to contain 960 bags building materials» («по заявлению, содержит 960 мешков строительных материалов»). О чём говорит «said to contain»?",
                "uz": "Konosamentda tovar «said to contain 960 bags building materials» («aytilishicha, ichida 960 qop qurilish materiallari bor») deb tavsiflangan. «Said to contain» sizga nimani bildiradi?",
                "tk": "Konosamentde haryt «said to contain 960 bags building materials» («aýdylmagyna görä, içinde 960 halta gurluşyk materiallary bar») diýlip beýan edilen. «Said to contain» size nämäni aňladýar?",
            },
            "options": [
                {
                    "text": {
                        "en": "The carrier did not check the contents and repeats the shipper's statement",
                        "ru": "Перевозчик не проверял содержимое и повторяет заявление грузоотправителя",
                        "uz": "Tashuvchi ichidagini tekshirmagan va yuk joʻnatuvchining bayonotini takrorlaydi",
                        "tk": "Daşaýjy içindäkini barlamandyr we ýük iberijiniň beýannamasyny gaýtalaýar",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Correct. The carrier confirms a sealed box was received; the description is the shipper's word.",
                        "ru": "Верно. Перевозчик подтверждает получение опломбированного контейнера; описание — со слов грузоотправителя.",
                        "uz": "Toʻgʻri. Tashuvchi plombalangan konteyner qabul qilinganini tasdiqlaydi; tavsif yuk joʻnatuvchining soʻzidir.",
                        "tk": "Dogry. Daşaýjy plombalanan konteýneriň kabul edilendigini tassyklaýar; beýan ýük iberijiniň sözüdir.",
                    },
                },
                {
                    "text": {
                        "en": "The carrier counted the bags at loading",
                        "ru": "Перевозчик пересчитал мешки при погрузке",
                        "uz": "Tashuvchi yuklashda qoplarni sanab chiqqan",
                        "tk": "Daşaýjy ýüklände haltalary sanapdyr",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. The clause means exactly the opposite: the carrier did not verify the count.",
                        "ru": "Нет. Эта оговорка означает ровно обратное: перевозчик количество не проверял.",
                        "uz": "Yoʻq. Bu izoh aynan teskarisini bildiradi: tashuvchi sonini tekshirmagan.",
                        "tk": "Ýok. Bu bellik tersini aňladýar: daşaýjy sanyny barlamandyr.",
                    },
                },
                {
                    "text": {
                        "en": "Customs has already examined the container",
                        "ru": "Таможня уже досмотрела контейнер",
                        "uz": "Bojxona konteynerni allaqachon koʻrikdan oʻtkazgan",
                        "tk": "Gümrük konteýneri eýýäm barlapdyr",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. The clause is the carrier's reservation and says nothing about any customs control.",
                        "ru": "Нет. Это оговорка перевозчика, она ничего не говорит о таможенном контроле.",
                        "uz": "Yoʻq. Bu tashuvchining izohi boʻlib, bojxona nazorati haqida hech narsa demaydi.",
                        "tk": "Ýok. Bu daşaýjynyň bellegi bolup, gümrük gözegçiligi barada hiç zat aýtmaýar.",
                    },
                },
            ],
        },
        {
            "kind": "multiple",
            "text": {
                "en": "Which of these differences between documents are material and could justify selection?",
                "ru": "Какие из этих расхождений между документами существенны и могут оправдать отбор?",
                "uz": "Hujjatlar oʻrtasidagi ushbu farqlardan qaysilari muhim va tanlovni oqlashi mumkin?",
                "tk": "Resminamalaryň arasyndaky bu tapawutlaryň haýsylary möhüm we saýlawy esaslandyryp biler?",
            },
            "options": [
                {
                    "text": {
                        "en": "The declaration shows 800 packages, the packing list 960",
                        "ru": "В декларации 800 мест, в упаковочном листе 960",
                        "uz": "Deklaratsiyada 800 joy, qadoqlash varaqasida 960",
                        "tk": "Deklarasiýada 800 ýer, gaplama sanawynda 960",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. A package count that differs without explanation may mean undeclared goods.",
                        "ru": "Да. Необъяснимо различающееся количество мест может означать незадекларированный товар.",
                        "uz": "Ha. Izohsiz farq qiladigan joylar soni deklaratsiya qilinmagan tovarni bildirishi mumkin.",
                        "tk": "Hawa. Düşündirişsiz tapawutlanýan ýerleriň sany yglan edilmedik harydy aňladyp biler.",
                    },
                },
                {
                    "text": {
                        "en": "The terminal recorded a different seal number from the bill of lading",
                        "ru": "Терминал записал номер пломбы, отличный от коносамента",
                        "uz": "Terminal konosamentdagidan boshqa plomba raqamini qayd etgan",
                        "tk": "Terminal konosamentdäkiden başga plomba belgisini bellige alypdyr",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. A different seal may mean the box was opened on the way; verify it before the seal is cut.",
                        "ru": "Да. Другая пломба может означать, что контейнер вскрывали в пути; проверьте её до того, как её срежут.",
                        "uz": "Ha. Boshqa plomba konteyner yoʻlda ochilganini bildirishi mumkin; uni kesilishidan oldin tekshiring.",
                        "tk": "Hawa. Başga plomba konteýneriň ýolda açylandygyny aňladyp biler; ony kesilmezinden öň barlaň.",
                    },
                },
                {
                    "text": {
                        "en": 'The bill of lading says "building materials", the invoice "white cement"',
                        "ru": "В коносаменте «строительные материалы», в инвойсе «белый цемент»",
                        "uz": "Konosamentda «qurilish materiallari», invoysda «oq sement»",
                        "tk": "Konosamentde «gurluşyk materiallary», inwoýsda «ak sement»",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "Not material on its own. Transport documents often use general descriptions; the invoice is simply more precise.",
                        "ru": "Само по себе не существенно. В транспортных документах часто используются обобщённые описания; инвойс просто точнее.",
                        "uz": "Oʻz-oʻzidan muhim emas. Transport hujjatlarida koʻpincha umumlashtirilgan tavsiflar ishlatiladi; invoys shunchaki aniqroq.",
                        "tk": "Özbaşdak möhüm däl. Ulag resminamalarynda köplenç umumylaşdyrylan beýanlar ulanylýar; inwoýs diňe has takyk.",
                    },
                },
                {
                    "text": {
                        "en": "The gross weight is 24,300 kg on one document and 24,296 kg on another",
                        "ru": "Вес брутто 24 300 кг в одном документе и 24 296 кг в другом",
                        "uz": "Brutto vazn bir hujjatda 24 300 kg, boshqasida 24 296 kg",
                        "tk": "Brutto agram bir resminamada 24 300 kg, beýlekisinde 24 296 kg",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. A difference of 4 kg is rounding, a clerical difference that does not indicate risk.",
                        "ru": "Нет. Разница в 4 кг — это округление, канцелярское расхождение, которое не указывает на риск.",
                        "uz": "Yoʻq. 4 kg farq — bu yaxlitlash, xavfni koʻrsatmaydigan idoraviy farq.",
                        "tk": "Ýok. 4 kg tapawut — bu tegeleklemek, töwekgelçiligi görkezmeýän kanselýariýa tapawudy.",
                    },
                },
            ],
        },
        {
            "kind": "true_false",
            "text": {
                "en": "A country of origin that differs from the country of dispatch is on its own proof of false declaration.",
                "ru": "Страна происхождения, отличная от страны отправления, сама по себе доказывает недостоверное декларирование.",
                "uz": "Kelib chiqish mamlakatining joʻnatish mamlakatidan farq qilishi oʻz-oʻzidan notoʻgʻri deklaratsiyalashning isbotidir.",
                "tk": "Gelip çykyş ýurdunyň iberilen ýurtdan tapawutlanmagy özbaşdak nädogry yglan etmegiň subutnamasydyr.",
            },
            "answer": False,
            "feedback_true": {
                "en": "Not so. Goods routinely pass through trading hubs and warehouses; the difference matters only when it does not fit the goods, price or parties.",
                "ru": "Это не так. Товары постоянно проходят через торговые хабы и склады; расхождение важно, только если оно не соответствует товару, цене или участникам.",
                "uz": "Bunday emas. Tovarlar doimiy ravishda savdo markazlari va omborlar orqali oʻtadi; farq faqat tovar, narx yoki ishtirokchilarga mos kelmaganda muhim.",
                "tk": "Beýle däl. Harytlar yzygiderli söwda merkezlerinden we ammarlardan geçýär; tapawut diňe haryda, baha ýa-da gatnaşyjylara laýyk gelmedik ýagdaýynda möhüm.",
            },
            "feedback_false": {
                "en": "Correct. It is normal in hub trade; it becomes an indicator when the origin is implausible for the goods or the price.",
                "ru": "Верно. Для торговли через хабы это нормально; индикатором это становится, когда происхождение неправдоподобно для товара или цены.",
                "uz": "Toʻgʻri. Markazlar orqali savdoda bu odatiy hol; kelib chiqish tovar yoki narx uchun ishonarsiz boʻlganda u koʻrsatkichga aylanadi.",
                "tk": "Dogry. Merkezler arkaly söwdada bu adaty ýagdaý; gelip çykyş haryt ýa-da baha üçin ynandyryjy bolmasa, ol görkezijä öwrülýär.",
            },
        },
        {
            "kind": "numeric",
            "text": {
                "en": "A packing list shows 400 cartons, each 22 kg gross. What total gross weight should the other documents show, in kilograms?",
                "ru": "В упаковочном листе 400 коробок по 22 кг брутто каждая. Какой общий вес брутто должны показывать остальные документы, в килограммах?",
                "uz": "Qadoqlash varaqasida har biri 22 kg brutto boʻlgan 400 quti koʻrsatilgan. Boshqa hujjatlar kilogrammda qancha umumiy brutto vaznni koʻrsatishi kerak?",
                "tk": "Gaplama sanawynda her biri 22 kg brutto bolan 400 guty görkezilen. Beýleki resminamalar kilogramda näçe umumy brutto agramy görkezmeli?",
            },
            "answer": 8800,
            "tolerance": 0,
            "unit": {"en": "kg", "ru": "кг", "uz": "kg", "tk": "kg"},
            "feedback": {
                "en": "400 × 22 = 8,800 kg. If the invoice or transport document shows much less, ask why.",
                "ru": "400 × 22 = 8 800 кг. Если в инвойсе или транспортном документе значительно меньше, выясните почему.",
                "uz": "400 × 22 = 8 800 kg. Agar invoys yoki transport hujjatida ancha kam koʻrsatilgan boʻlsa, sababini aniqlang.",
                "tk": "400 × 22 = 8 800 kg. Eger inwoýsda ýa-da ulag resminamasynda ep-esli az görkezilen bolsa, sebäbini anyklaň.",
            },
        },
        {
            "kind": "single",
            "text": {
                "en": "In which box of the declaration do you find the commodity (HS) code?",
                "ru": "В какой графе декларации указывается код товара (ТН ВЭД)?",
                "uz": "Deklaratsiyaning qaysi grafasida tovar (HS) kodi koʻrsatiladi?",
                "tk": "Deklarasiýanyň haýsy sütüninde harydyň (HS) kody görkezilýär?",
            },
            "options": [
                {
                    "text": {"en": "Box 33", "ru": "Графа 33", "uz": "33-grafa", "tk": "33-nji sütün"},
                    "correct": True,
                    "feedback": {
                        "en": "Correct. Box 33 holds the commodity code; compare it with the description in box 31.",
                        "ru": "Верно. В графе 33 указывается код товара; сравните его с описанием в графе 31.",
                        "uz": "Toʻgʻri. 33-grafada tovar kodi koʻrsatiladi; uni 31-grafadagi tavsif bilan solishtiring.",
                        "tk": "Dogry. 33-nji sütünde harydyň kody görkezilýär; ony 31-nji sütündäki beýan bilen deňeşdiriň.",
                    },
                },
                {
                    "text": {"en": "Box 31", "ru": "Графа 31", "uz": "31-grafa", "tk": "31-nji sütün"},
                    "correct": False,
                    "feedback": {
                        "en": "No. Box 31 holds the packages and the description of the goods.",
                        "ru": "Нет. В графе 31 указываются грузовые места и описание товара.",
                        "uz": "Yoʻq. 31-grafada yuk joylari va tovar tavsifi koʻrsatiladi.",
                        "tk": "Ýok. 31-nji sütünde ýük ýerleri we harydyň beýany görkezilýär.",
                    },
                },
                {
                    "text": {"en": "Box 14", "ru": "Графа 14", "uz": "14-grafa", "tk": "14-nji sütün"},
                    "correct": False,
                    "feedback": {
                        "en": "No. Box 14 identifies the declarant or representative.",
                        "ru": "Нет. В графе 14 указывается декларант или представитель.",
                        "uz": "Yoʻq. 14-grafada deklarant yoki vakil koʻrsatiladi.",
                        "tk": "Ýok. 14-nji sütünde deklarant ýa-da wekil görkezilýär.",
                    },
                },
            ],
        },
        {
            "kind": "multiple",
            "text": {
                "en": "Which facts are classification red flags?",
                "ru": "Какие факты являются тревожными признаками при классификации?",
                "uz": "Qaysi faktlar tasniflashdagi xavotirli belgilar hisoblanadi?",
                "tk": "Haýsy hakykatlar klassifikasiýadaky howsala salýan alamatlar hasaplanýar?",
            },
            "options": [
                {
                    "text": {
                        "en": "The same importer uses a different code for the same goods than in earlier shipments",
                        "ru": "Тот же импортёр использует для того же товара другой код, чем в прежних поставках",
                        "uz": "Xuddi shu importyor xuddi shu tovar uchun avvalgi joʻnatmalardagidan boshqa kod ishlatadi",
                        "tk": "Şol bir importçy şol bir haryt üçin öňki ibermelerdäkiden başga kod ulanýar",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. A code that moves for unchanged goods often follows a lower duty or an attempt to avoid a licence.",
                        "ru": "Да. Код, меняющийся при неизменном товаре, часто следует за более низкой пошлиной или попыткой обойти лицензирование.",
                        "uz": "Ha. Tovar oʻzgarmagan holda kodning oʻzgarishi koʻpincha pastroq boj yoki litsenziyadan qochishga urinish bilan bogʻliq.",
                        "tk": "Hawa. Haryt üýtgemän kodyň üýtgemegi köplenç has pes paja ýa-da ygtyýarnamadan gaçmaga synanyşyk bilen baglanyşykly.",
                    },
                },
                {
                    "text": {
                        "en": "A chemical is declared under a neighbouring code outside the controlled list",
                        "ru": "Химическое вещество задекларировано под соседним кодом, не входящим в контрольный список",
                        "uz": "Kimyoviy modda nazorat roʻyxatiga kirmaydigan qoʻshni kod bilan deklaratsiya qilingan",
                        "tk": "Himiki madda gözegçilik sanawyna girmeýän goňşy kod bilen yglan edilipdir",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. Declaring acetic anhydride (2915.24) as acetic acid (2915.21) is a known way to avoid precursor controls.",
                        "ru": "Да. Декларирование уксусного ангидрида (2915.24) как уксусной кислоты (2915.21) — известный способ обойти контроль прекурсоров.",
                        "uz": "Ha. Sirka angidridini (2915.24) sirka kislotasi (2915.21) sifatida deklaratsiya qilish prekursorlar nazoratini chetlab oʻtishning maʼlum usulidir.",
                        "tk": "Hawa. Sirke angidridini (2915.24) sirke kislotasy (2915.21) hökmünde yglan etmek prekursor gözegçiliginden gaçmagyň belli usulydyr.",
                    },
                },
                {
                    "text": {
                        "en": "The declared weight is impossible for the volume of the goods described",
                        "ru": "Заявленный вес невозможен для объёма описанного товара",
                        "uz": "Deklaratsiya qilingan vazn tavsiflangan tovar hajmi uchun imkonsiz",
                        "tk": "Yglan edilen agram beýan edilen harydyň göwrümi üçin mümkin däl",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. If the goods could not weigh that much in that container, something else is inside.",
                        "ru": "Да. Если товар не может столько весить в таком контейнере, внутри что-то другое.",
                        "uz": "Ha. Agar tovar bunday konteynerda shuncha ogʻirlikda boʻla olmasa, ichida boshqa narsa bor.",
                        "tk": "Hawa. Eger haryt şeýle konteýnerde şonça agramda bolup bilmeýän bolsa, içinde başga zat bar.",
                    },
                },
                {
                    "text": {
                        "en": "The national code has ten digits while the invoice shows six",
                        "ru": "Национальный код содержит десять знаков, а в инвойсе указано шесть",
                        "uz": "Milliy kod oʻn xonali, invoysda esa olti xonali kod koʻrsatilgan",
                        "tk": "Milli kod on sanly, inwoýsda bolsa alty sanly kod görkezilen",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. Sellers usually quote the six-digit international code; the declarant adds the national digits.",
                        "ru": "Нет. Продавцы обычно указывают шестизначный международный код; национальные знаки добавляет декларант.",
                        "uz": "Yoʻq. Sotuvchilar odatda olti xonali xalqaro kodni koʻrsatadi; milliy raqamlarni deklarant qoʻshadi.",
                        "tk": "Ýok. Satyjylar adatça alty sanly halkara kody görkezýärler; milli sanlary deklarant goşýar.",
                    },
                },
            ],
        },
    ],
}

LESSON_CLASSIFICATION = {
    "slug": "classification-red-flags",
    "title": {
        "en": "Classification red flags",
        "ru": "Тревожные признаки при классификации товаров",
        "uz": "Tovarlarni tasniflashdagi xavotirli belgilar",
        "tk": "Harytlary klassifikasiýalamakdaky howsala salýan alamatlar",
    },
    "minutes": 30,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "What the code is supposed to say",
                "ru": "Что должен сообщать код",
                "uz": "Kod nimani bildirishi kerak",
                "tk": "Kod nämäni aňlatmaly",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": '<p>The Harmonized System (HS), maintained by the World Customs Organization, classifies goods into 21 sections and 97 chapters down to more than 5,000 six-digit subheadings. National tariffs add further digits, ten in total in most countries of the region. The code decides the duty rate, but also whether a licence, permit or precursor authorisation is needed. That is why a false code is attractive both to a duty evader and to a trafficker.</p><p>Classification red flags:</p><ul><li><strong>Code and description disagree</strong>: box 31 says "machine parts" while box 33 points to plastic articles.</li><li><strong>Description too vague to classify</strong>: "general merchandise", "spare parts", "samples".</li><li><strong>The code moves</strong>: the same importer declares the same goods under different codes in different shipments, always toward a lower duty or away from a control list.</li><li><strong>A neighbouring code avoids control</strong>: a controlled chemical declared as a similar uncontrolled one, such as acetic anhydride (2915.24) declared as acetic acid (2915.21), or dual-use equipment declared as ordinary machinery.</li><li><strong>Residual "other" subheadings</strong> used where a specific subheading exists.</li><li><strong>Physical implausibility</strong>: the declared weight or number of packages cannot fit the goods described.</li></ul><p>You do not need to be a tariff specialist to spot these. You need to ask whether the goods described, the code declared, the weight and the price could all be true at the same time.</p>',
                "ru": "<p>Гармонизированная система (ГС), которую ведёт Всемирная таможенная организация, делит товары на 21 раздел и 97 групп, вплоть до более чем 5 000 шестизначных субпозиций. Национальные тарифы добавляют новые знаки, в большинстве стран региона всего до десяти. Код определяет ставку пошлины, но также и то, нужны ли лицензия, разрешение или разрешение на прекурсоры. Поэтому ложный код привлекателен и для уклоняющегося от пошлин, и для наркоторговца.</p><p>Тревожные признаки при классификации:</p><ul><li><strong>Код и описание не совпадают</strong>: в графе 31 «детали машин», а графа 33 указывает на изделия из пластмасс.</li><li><strong>Описание слишком расплывчато для классификации</strong>: «генеральный груз», «запчасти», «образцы».</li><li><strong>Код «гуляет»</strong>: один и тот же импортёр декларирует один и тот же товар под разными кодами в разных поставках, всегда в сторону меньшей пошлины или в обход контрольного списка.</li><li><strong>Соседний код позволяет обойти контроль</strong>: контролируемое химическое вещество задекларировано как похожее неконтролируемое, например уксусный ангидрид (2915.24) как уксусная кислота (2915.21), или оборудование двойного назначения как обычные машины.</li><li><strong>Остаточные субпозиции «прочие»</strong> используются там, где есть конкретная субпозиция.</li><li><strong>Физическое неправдоподобие</strong>: заявленный вес или количество мест не может соответствовать описанному товару.</li></ul><p>Чтобы заметить это, не нужно быть специалистом по тарифу. Нужно спросить, могут ли описанный товар, заявленный код, вес и цена быть правдой одновременно.</p>",
                "uz": "<p>Jahon bojxona tashkiloti yuritadigan Uygʻunlashtirilgan tizim (HS) tovarlarni 21 boʻlim va 97 guruhga, 5 000 dan ortiq olti xonali subpozitsiyalargacha ajratadi. Milliy tariflar qoʻshimcha raqamlar qoʻshadi, mintaqaning aksariyat mamlakatlarida jami oʻntagacha. Kod boj stavkasini, shuningdek litsenziya, ruxsatnoma yoki prekursorlar uchun ruxsat kerakligini belgilaydi. Shuning uchun soxta kod bojdan qochuvchi uchun ham, giyohvand moddalar savdogari uchun ham jozibali.</p><p>Tasniflashdagi xavotirli belgilar:</p><ul><li><strong>Kod va tavsif mos kelmaydi</strong>: 31-grafada «mashina qismlari», 33-grafa esa plastmassa buyumlarni koʻrsatadi.</li><li><strong>Tavsif tasniflash uchun juda noaniq</strong>: «turli tovarlar», «ehtiyot qismlar», «namunalar».</li><li><strong>Kod «sayr qiladi»</strong>: bitta importyor bir xil tovarni turli joʻnatmalarda turli kodlar bilan deklaratsiya qiladi, har doim pastroq boj tomonga yoki nazorat roʻyxatini chetlab.</li><li><strong>Qoʻshni kod nazoratni chetlab oʻtishga imkon beradi</strong>: nazoratdagi kimyoviy modda oʻxshash nazoratsiz modda sifatida deklaratsiya qilinadi, masalan sirka angidridi (2915.24) sirka kislotasi (2915.21) sifatida yoki ikki tomonlama foydalaniladigan uskuna oddiy mashina sifatida.</li><li><strong>Qoldiq «boshqalar» subpozitsiyalari</strong> aniq subpozitsiya mavjud boʻlgan joyda ishlatiladi.</li><li><strong>Jismoniy ishonarsizlik</strong>: deklaratsiya qilingan vazn yoki joylar soni tavsiflangan tovarga mos kelishi mumkin emas.</li></ul><p>Buni payqash uchun tarif mutaxassisi boʻlish shart emas. Tavsiflangan tovar, deklaratsiya qilingan kod, vazn va narx bir vaqtda haqiqat boʻlishi mumkinmi, deb soʻrash kerak.</p>",
                "tk": "<p>Bütindünýä gümrük guramasynyň alyp barýan Utgaşdyrylan ulgamy (HS) harytlary 21 bölüme we 97 topara, 5 000-den gowrak alty sanly subpozisiýa çenli bölýär. Milli tarifler goşmaça sanlary goşýar, sebitiň ýurtlarynyň köpüsinde jemi ona çenli. Kod paj möçberini, şeýle hem ygtyýarnamanyň, rugsatnamanyň ýa-da prekursorlar üçin rugsadyň gerekdigini kesgitleýär. Şonuň üçin ýalan kod pajdan gaçýan üçin hem, neşe söwdagäri üçin hem özüne çekiji.</p><p>Klassifikasiýadaky howsala salýan alamatlar:</p><ul><li><strong>Kod we beýan gabat gelmeýär</strong>: 31-nji sütünde «maşyn şaýlary», 33-nji sütün bolsa plastmassa önümlerini görkezýär.</li><li><strong>Beýan klassifikasiýa üçin gaty takyk däl</strong>: «dürli harytlar», «ätiýaçlyk şaýlary», «nusgalar».</li><li><strong>Kod «gezýär»</strong>: bir importçy şol bir harydy dürli ibermelerde dürli kodlar bilen yglan edýär, hemişe has pes paja tarap ýa-da gözegçilik sanawyny aýlanyp geçip.</li><li><strong>Goňşy kod gözegçiligi aýlanyp geçmäge mümkinçilik berýär</strong>: gözegçilikdäki himiki madda meňzeş gözegçiliksiz madda hökmünde yglan edilýär, meselem sirke angidridi (2915.24) sirke kislotasy (2915.21) hökmünde ýa-da iki maksatly enjam adaty maşyn hökmünde.</li><li><strong>Galyndy «beýlekiler» subpozisiýalary</strong> anyk subpozisiýa bar ýerinde ulanylýar.</li><li><strong>Fiziki ynandyryjy dällik</strong>: yglan edilen agram ýa-da ýerleriň sany beýan edilen haryda laýyk gelip bilmeýär.</li></ul><p>Muny görmek üçin tarif hünärmeni bolmak hökman däl. Beýan edilen harydyň, yglan edilen kodyň, agramyň we bahanyň bir wagtda dogry bolup biljekdigini soramak gerek.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "HS code",
                "ru": "Код ГС (ТН ВЭД)",
                "uz": "HS kodi",
                "tk": "HS kody",
            },
            "definition": {
                "en": "The six-digit international commodity code of the Harmonized System, extended with national digits in each country's tariff. It drives duties, statistics and licensing controls.",
                "ru": "Шестизначный международный код товара по Гармонизированной системе, дополненный национальными знаками в тарифе каждой страны. От него зависят пошлины, статистика и лицензионный контроль.",
                "uz": "Uygʻunlashtirilgan tizimning olti xonali xalqaro tovar kodi boʻlib, har bir mamlakat tarifida milliy raqamlar bilan toʻldiriladi. Undan bojlar, statistika va litsenziya nazorati bogʻliq.",
                "tk": "Utgaşdyrylan ulgamyň alty sanly halkara haryt kody bolup, her ýurduň tarifinde milli sanlar bilen doldurylýar. Pajlar, statistika we ygtyýarnama gözegçiligi ondan bagly.",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Residual subheading",
                "ru": "Остаточная субпозиция",
                "uz": "Qoldiq subpozitsiya",
                "tk": "Galyndy subpozisiýa",
            },
            "definition": {
                "en": 'A subheading worded "other" that covers goods not named elsewhere in the heading. It is correct only when no more specific subheading fits.',
                "ru": "Субпозиция с формулировкой «прочие», охватывающая товары, не названные в товарной позиции в другом месте. Она верна, только если не подходит ни одна более конкретная субпозиция.",
                "uz": "Tovar pozitsiyasining boshqa joyida nomlanmagan tovarlarni qamrab oluvchi «boshqalar» deb nomlangan subpozitsiya. U faqat aniqroq subpozitsiya mos kelmaganda toʻgʻri hisoblanadi.",
                "tk": "Haryt pozisiýasynyň başga ýerinde atlandyrylmadyk harytlary öz içine alýan «beýlekiler» diýlip atlandyrylan subpozisiýa. Ol diňe has anyk subpozisiýa laýyk gelmese dogry hasaplanýar.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Worked example (fictional): heavy napkins",
                "ru": "Пример (вымышленный): тяжёлые салфетки",
                "uz": "Namuna (toʻqima): ogʻir salfetkalar",
                "tk": "Mysal (toslama): agyr salfetkalar",
            },
            "html": {
                "en": '<p>"Köpetdag Paper Trade" of Ashgabat declares a 40-foot container of paper napkins arriving at Turkmenbashi, gross weight 26,000 kg. A standard 40-foot container holds about 67 m³. Packed tissue products rarely weigh more than about 0.25 tonnes per cubic metre, so a box full of napkins should weigh around 17 tonnes at most. About 9 tonnes cannot be explained by the goods declared. Analyst Ogulgerek D. selects the container for scanning, which shows dense pallets at the front behind a single row of napkin cartons.</p>',
                "ru": "<p>Ашхабадская компания «Копетдаг Пейпер Трейд» декларирует прибывающий в Туркменбаши 40-футовый контейнер бумажных салфеток весом брутто 26 000 кг. Стандартный 40-футовый контейнер вмещает около 67 м³. Упакованные санитарно-гигиенические изделия из бумаги редко весят больше примерно 0,25 тонны на кубометр, так что контейнер, полный салфеток, должен весить не более 17 тонн. Около 9 тонн заявленным товаром объяснить нельзя. Аналитик Огулгерек Д. отбирает контейнер для сканирования, которое показывает плотные паллеты в передней части за одним рядом коробок с салфетками.</p>",
                "uz": "<p>Ashgabatlik «Koʻpetdogʻ Peyper Treyd» kompaniyasi Turkmanboshiga keladigan, brutto vazni 26 000 kg boʻlgan 40 futlik qogʻoz salfetka konteynerini deklaratsiya qiladi. Standart 40 futlik konteyner taxminan 67 m³ sigʻadi. Qadoqlangan yupqa qogʻoz mahsulotlari kamdan-kam hollarda bir kub metrga taxminan 0,25 tonnadan koʻp keladi, shuning uchun salfetka bilan toʻla konteyner koʻpi bilan 17 tonna atrofida boʻlishi kerak. Taxminan 9 tonnani deklaratsiya qilingan tovar bilan izohlab boʻlmaydi. Tahlilchi Ogulgerek D. konteynerni skanerlash uchun tanlaydi, skaner old qismda bir qator salfetka qutilari ortida zich palletlarni koʻrsatadi.</p>",
                "tk": "<p>Aşgabatly «Köpetdag Peýper Treýd» kompaniýasy Türkmenbaşa gelýän, brutto agramy 26 000 kg bolan 40 futluk kagyz salfetka konteýnerini yglan edýär. Standart 40 futluk konteýnere takmynan 67 m³ sygýar. Gaplanan ýuka kagyz önümleri seýrek ýagdaýda bir kub metre takmynan 0,25 tonnadan köp gelýär, şonuň üçin salfetka bilen doly konteýner iň köp 17 tonna töweregi bolmaly. Takmynan 9 tonnany yglan edilen haryt bilen düşündirip bolmaýar. Seljeriji Ogulgerek D. konteýneri skanirlemek üçin saýlaýar, skaner öň tarapda bir hatar salfetka gutusynyň aňyrsynda dykyz palletleri görkezýär.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Ask the classification specialists",
                "ru": "Обращайтесь к специалистам по классификации",
                "uz": "Tasniflash mutaxassislariga murojaat qiling",
                "tk": "Klassifikasiýa hünärmenlerine ýüz tutuň",
            },
            "html": {
                "en": "<p>When a code looks wrong, record your doubt and ask the tariff department for an opinion, but do not let the container leave while you wait if other indicators point to smuggling.</p>",
                "ru": "<p>Если код выглядит неверным, зафиксируйте сомнение и запросите мнение тарифного отдела, но не выпускайте контейнер, пока ждёте ответа, если другие индикаторы указывают на контрабанду.</p>",
                "uz": "<p>Kod notoʻgʻri koʻrinsa, shubhangizni qayd eting va tarif boʻlimidan fikr soʻrang, lekin boshqa koʻrsatkichlar kontrabandaga ishora qilsa, javob kutayotganingizda konteynerni chiqarib yubormang.</p>",
                "tk": "<p>Kod nädogry ýaly görünse, şübhäňizi bellige alyň we tarif bölüminden pikir soraň, ýöne beýleki görkezijiler kontrabanda görkezýän bolsa, jogaba garaşýan wagtyňyz konteýneri goýbermäň.</p>",
            },
        },
        {"type": "quiz", "quiz": QUIZ},
    ],
}

COURSE = {
    "slug": "document-risk-analysis",
    "title": {
        "en": "Risk analysis of commercial documents and customs declarations",
        "ru": "Анализ рисков коммерческих документов и таможенных деклараций",
        "uz": "Tijorat hujjatlari va bojxona deklaratsiyalarining xavf tahlili",
        "tk": "Täjirçilik resminamalarynyň we gümrük deklarasiýalarynyň töwekgelçilik seljermesi",
    },
    "summary": {
        "en": "How to read the bill of lading, invoice, packing list and customs declaration as a risk analyst, find inconsistencies between them, and recognise valuation and classification red flags.",
        "ru": "Как читать коносамент, инвойс, упаковочный лист и таможенную декларацию глазами аналитика риска, находить расхождения между ними и распознавать тревожные признаки в стоимости и классификации.",
        "uz": "Konosament, invoys, qadoqlash varaqasi va bojxona deklaratsiyasini xavf tahlilchisi koʻzi bilan oʻqish, ular oʻrtasidagi nomuvofiqliklarni topish hamda qiymat va tasniflashdagi xavotirli belgilarni aniqlash.",
        "tk": "Konosamenti, inwoýsy, gaplama sanawyny we gümrük deklarasiýasyny töwekgelçilik seljerijisiniň gözi bilen okamak, olaryň arasyndaky gabat gelmezlikleri tapmak hem-de gymmatdaky we klassifikasiýadaky howsala salýan alamatlary tanamak.",
    },
    "objectives": [
        {
            "en": "Read the risk-relevant fields of transport documents, invoices, packing lists and declarations.",
            "ru": "Читать значимые для риска поля транспортных документов, инвойсов, упаковочных листов и деклараций.",
            "uz": "Transport hujjatlari, invoyslar, qadoqlash varaqalari va deklaratsiyalarning xavf uchun muhim maydonlarini oʻqish.",
            "tk": "Ulag resminamalarynyň, inwoýslaryň, gaplama sanawlarynyň we deklarasiýalaryň töwekgelçilik üçin möhüm meýdanlaryny okamak.",
        },
        {
            "en": "Cross-check documents with a comparison grid and separate explained, clerical and material differences.",
            "ru": "Сверять документы с помощью сравнительной таблицы и разделять объяснимые, канцелярские и существенные расхождения.",
            "uz": "Hujjatlarni taqqoslash jadvali yordamida solishtirish va izohlanadigan, idoraviy va muhim farqlarni ajratish.",
            "tk": "Resminamalary deňeşdirme tablisasynyň kömegi bilen barlamak we düşündirip bolýan, kanselýariýa we möhüm tapawutlary aýyrmak.",
        },
        {
            "en": "Recognise valuation and classification red flags and use them for selection without prejudging the legal outcome.",
            "ru": "Распознавать тревожные признаки в стоимости и классификации и использовать их для отбора, не предрешая правового результата.",
            "uz": "Qiymat va tasniflashdagi xavotirli belgilarni aniqlash va huquqiy natijani oldindan hal qilmasdan ulardan tanlov uchun foydalanish.",
            "tk": "Gymmatdaky we klassifikasiýadaky howsala salýan alamatlary tanamak we hukuk netijesini öňünden çözmän olary saýlaw üçin ulanmak.",
        },
    ],
    "audience": {
        "en": "Risk analysts of Port Control Units and customs officers who review documents and declarations before release.",
        "ru": "Аналитики рисков групп портового контроля и сотрудники таможни, проверяющие документы и декларации до выпуска товаров.",
        "uz": "Port nazorati guruhlarining xavf tahlilchilari va tovarlar chiqarilishidan oldin hujjatlar va deklaratsiyalarni tekshiradigan bojxona xodimlari.",
        "tk": "Port gözegçilik toparlarynyň töwekgelçilik seljerijileri we harytlar goýberilmezinden öň resminamalary we deklarasiýalary barlaýan gümrük işgärleri.",
    },
    "estimated_hours": 4,
    "modules": [
        {
            "slug": "reading-the-documents",
            "title": {
                "en": "Reading the documents",
                "ru": "Чтение документов",
                "uz": "Hujjatlarni oʻqish",
                "tk": "Resminamalary okamak",
            },
            "intro": {
                "en": "What each document proves, who wrote it, and which of its fields matter for risk.",
                "ru": "Что доказывает каждый документ, кто его составил и какие его поля важны для оценки риска.",
                "uz": "Har bir hujjat nimani isbotlaydi, uni kim yozgan va uning qaysi maydonlari xavfni baholash uchun muhim.",
                "tk": "Her resminama nämäni subut edýär, ony kim ýazypdyr we onuň haýsy meýdanlary töwekgelçiligi bahalandyrmak üçin möhüm.",
            },
            "lessons": [LESSON_TRANSPORT_DOCUMENTS, LESSON_INVOICE_PACKING, LESSON_DECLARATION],
        },
        {
            "slug": "finding-red-flags",
            "title": {
                "en": "Finding inconsistencies and red flags",
                "ru": "Поиск расхождений и тревожных признаков",
                "uz": "Nomuvofiqliklar va xavotirli belgilarni topish",
                "tk": "Gabat gelmezlikleri we howsala salýan alamatlary tapmak",
            },
            "intro": {
                "en": "Comparing documents with each other and with reality: weights, prices and codes.",
                "ru": "Сравнение документов друг с другом и с действительностью: вес, цены и коды.",
                "uz": "Hujjatlarni bir-biri bilan va haqiqat bilan solishtirish: vazn, narxlar va kodlar.",
                "tk": "Resminamalary biri-biri bilen we hakykat bilen deňeşdirmek: agram, bahalar we kodlar.",
            },
            "lessons": [LESSON_CROSS_CHECK, LESSON_VALUATION, LESSON_CLASSIFICATION],
        },
    ],
}
