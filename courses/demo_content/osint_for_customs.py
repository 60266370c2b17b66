"""Course content: Open-source intelligence for customs officers (en, ru, uz,
tk).

All companies, people, vessels, websites and figures in the examples are
fictitious; example web addresses use reserved example domains. Data file for
the PCU Academy courses app; the format is in docs/courses.md ("Course content
files").
"""

LESSON_COMPANIES = {
    "slug": "company-registries-and-addresses",
    "title": {
        "en": "Company registries, addresses and websites",
        "ru": "Реестры компаний, адреса и сайты",
        "uz": "Kompaniyalar reyestrlari, manzillar va veb-saytlar",
        "tk": "Kompaniýalaryň sanawlary, salgylar we web sahypalar",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Is this a real business?",
                "ru": "Это настоящий бизнес?",
                "uz": "Bu haqiqiy biznesmi?",
                "tk": "Bu hakyky işewürlikmi?",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": '<p>Open-source intelligence (OSINT) is information that anyone can lawfully obtain: public registers, maps, websites, tracking services, lists and reports. For a Port Control Unit its first use is simple: to check whether the parties on the documents are what they claim to be. Start with the company register of the country where the party is established, and note:</p><ul><li><strong>Date of registration</strong>: a consignee registered a few weeks before its first import has no history to trust.</li><li><strong>Registered address</strong>: is it an office, warehouse or factory, or a flat, a post box or a registration agent shared by dozens of companies?</li><li><strong>Directors and owners</strong>: do the same people appear in companies with a poor compliance record, or in many short-lived firms?</li><li><strong>Declared activity</strong>: does a firm registered for catering really import industrial chemicals?</li><li><strong>Status</strong>: active, suspended, in liquidation, or struck off.</li></ul><p>Then look at the address on a map and on satellite or street-level imagery, where available. A "factory" that turns out to be a vacant lot, or a "warehouse" in a residential courtyard, is an indicator. Finally, check the website and e-mail: when was the domain registered, does the site show real products, addresses and telephone numbers, or stock photographs and copied text? A trading company that uses only a free webmail address for international contracts is unusual.</p><p>None of these facts proves wrongdoing. Many honest small companies are new, use a registration agent or have a poor website. What matters is whether the picture fits the trade: a new company with no premises importing a full container of goods unrelated to its activity is a much stronger signal than any single fact.</p>',
                "ru": "<p>Разведка на основе открытых источников (OSINT) — это информация, которую любой может законно получить: публичные реестры, карты, сайты, сервисы отслеживания, списки и отчёты. Для группы портового контроля её первое применение простое: проверить, являются ли участники, указанные в документах, теми, за кого себя выдают. Начните с реестра компаний страны, где зарегистрирован участник, и отметьте:</p><ul><li><strong>Дату регистрации</strong>: у грузополучателя, зарегистрированного за несколько недель до первого ввоза, нет истории, которой можно доверять.</li><li><strong>Юридический адрес</strong>: это офис, склад или завод — или квартира, абонентский ящик либо регистрационный агент, общий для десятков компаний?</li><li><strong>Руководителей и владельцев</strong>: появляются ли те же люди в компаниях с плохой историей соблюдения требований или во множестве недолговечных фирм?</li><li><strong>Заявленный вид деятельности</strong>: действительно ли фирма, зарегистрированная для общественного питания, ввозит промышленные химикаты?</li><li><strong>Статус</strong>: действующая, приостановленная, в ликвидации или исключённая из реестра.</li></ul><p>Затем посмотрите адрес на карте и на спутниковых снимках или панорамах улиц, если они доступны. «Завод», который оказывается пустырём, или «склад» во дворе жилого дома — это индикатор. Наконец, проверьте сайт и электронную почту: когда зарегистрирован домен, показывает ли сайт реальные товары, адреса и телефоны или стоковые фотографии и скопированный текст? Торговая компания, использующая для международных контрактов только бесплатную почту, — явление необычное.</p><p>Ни один из этих фактов не доказывает нарушения. Многие честные небольшие компании новые, пользуются услугами регистрационного агента или имеют плохой сайт. Важно, соответствует ли картина торговле: новая компания без помещений, ввозящая полный контейнер товара, не связанного с её деятельностью, — гораздо более сильный сигнал, чем любой отдельный факт.</p>",
                "uz": "<p>Ochiq manbalarga asoslangan razvedka (OSINT) — bu har kim qonuniy ravishda olishi mumkin boʻlgan axborot: ommaviy reyestrlar, xaritalar, veb-saytlar, kuzatish xizmatlari, roʻyxatlar va hisobotlar. Port nazorati guruhi uchun uning birinchi qoʻllanilishi oddiy: hujjatlarda koʻrsatilgan ishtirokchilar oʻzlarini kim deb koʻrsatsa, haqiqatan ham shundaymi, tekshirish. Ishtirokchi roʻyxatdan oʻtgan mamlakatning kompaniyalar reyestridan boshlang va quyidagilarni qayd eting:</p><ul><li><strong>Roʻyxatdan oʻtgan sana</strong>: birinchi importidan bir necha hafta oldin roʻyxatdan oʻtgan yuk qabul qiluvchining ishonish mumkin boʻlgan tarixi yoʻq.</li><li><strong>Yuridik manzil</strong>: bu ofis, ombor yoki zavodmi — yoki kvartira, pochta qutisi yoxud oʻnlab kompaniyalar uchun umumiy roʻyxatga olish agentimi?</li><li><strong>Rahbarlar va egalar</strong>: xuddi shu shaxslar talablarga rioya qilish tarixi yomon kompaniyalarda yoki koʻplab qisqa umrli firmalarda uchraydimi?</li><li><strong>Koʻrsatilgan faoliyat turi</strong>: umumiy ovqatlanish uchun roʻyxatdan oʻtgan firma haqiqatan ham sanoat kimyoviy moddalarini import qiladimi?</li><li><strong>Holati</strong>: faol, toʻxtatilgan, tugatilmoqda yoki reyestrdan chiqarilgan.</li></ul><p>Soʻng manzilni xaritada hamda, agar mavjud boʻlsa, sunʼiy yoʻldosh tasvirlari yoki koʻcha panoramalarida koʻring. Boʻsh yer boʻlib chiqqan «zavod» yoki turar-joy hovlisidagi «ombor» koʻrsatkichdir. Nihoyat, veb-sayt va elektron pochtani tekshiring: domen qachon roʻyxatdan oʻtgan, saytda haqiqiy tovarlar, manzillar va telefonlar koʻrsatilganmi yoki stok fotosuratlar va koʻchirilgan matnmi? Xalqaro shartnomalar uchun faqat bepul pochtadan foydalanadigan savdo kompaniyasi gʻayrioddiy holdir.</p><p>Bu faktlarning hech biri qoidabuzarlikni isbotlamaydi. Koʻplab halol kichik kompaniyalar yangi, roʻyxatga olish agenti xizmatidan foydalanadi yoki sayti yomon. Muhimi, manzara savdoga mos keladimi: binosi yoʻq, oʻz faoliyatiga aloqasi boʻlmagan tovarning toʻliq konteynerini import qilayotgan yangi kompaniya har qanday alohida faktdan ancha kuchli signaldir.</p>",
                "tk": "<p>Açyk çeşmelere esaslanýan aňtaw (OSINT) — bu islendik adamyň kanuny ýol bilen alyp bilýän maglumaty: köpçülikleýin sanawlar, kartalar, web sahypalar, yzarlaýyş hyzmatlary, sanawlar we hasabatlar. Port gözegçilik topary üçin onuň ilkinji ulanylyşy ýönekeý: resminamalarda görkezilen gatnaşyjylaryň özlerini kim diýip görkezýän bolsalar, hakykatdan hem şeýledigini barlamak. Gatnaşyjynyň hasaba alnan ýurdunyň kompaniýalar sanawyndan başlaň we şulary belläň:</p><ul><li><strong>Hasaba alnan senesi</strong>: ilkinji importyndan birnäçe hepde öň hasaba alnan ýük alyjynyň ynanyp boljak taryhy ýok.</li><li><strong>Hukuk salgysy</strong>: bu ofis, ammar ýa-da zawodmy — ýa-da öý, poçta gutusy ýa-da onlarça kompaniýa üçin umumy hasaba alyş agentimi?</li><li><strong>Ýolbaşçylar we eýeler</strong>: şol bir adamlar talaplary berjaý ediş taryhy erbet kompaniýalarda ýa-da köp sanly gysga ömürli firmalarda duş gelýärmi?</li><li><strong>Görkezilen iş görnüşi</strong>: jemgyýetçilik iýmiti üçin hasaba alnan firma hakykatdan hem senagat himiki maddalaryny import edýärmi?</li><li><strong>Ýagdaýy</strong>: işleýär, togtadylan, ýatyrylýar ýa-da sanawdan çykarylan.</li></ul><p>Soňra salgyny kartada we, elýeterli bolsa, hemra suratlarynda ýa-da köçe panoramalarynda görüň. Boş ýer bolup çykan «zawod» ýa-da ýaşaýyş jaýynyň howlusyndaky «ammar» görkezijidir. Ahyrynda, web sahypany we elektron poçtany barlaň: domen haçan hasaba alnypdyr, sahypada hakyky harytlar, salgylar we telefonlar görkezilýärmi ýa-da stok suratlar we göçürilen tekstmi? Halkara şertnamalar üçin diňe mugt poçtany ulanýan söwda kompaniýasy adaty däl ýagdaýdyr.</p><p>Bu hakykatlaryň hiç biri düzgün bozulmasyny subut etmeýär. Köp dogruçyl kiçi kompaniýalar täze, hasaba alyş agentiniň hyzmatyndan peýdalanýar ýa-da sahypasy erbet. Möhümi, surat söwda laýyk gelýärmi: jaýy ýok, öz işi bilen baglanyşygy bolmadyk harydyň doly konteýnerini import edýän täze kompaniýa islendik aýratyn hakykatdan has güýçli signaldyr.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Open-source intelligence (OSINT)",
                "ru": "Разведка на основе открытых источников (OSINT)",
                "uz": "Ochiq manbalarga asoslangan razvedka (OSINT)",
                "tk": "Açyk çeşmelere esaslanýan aňtaw (OSINT)",
            },
            "definition": {
                "en": "Information collected from publicly available sources and analysed to answer a specific question, such as whether a consignee is a genuine trader.",
                "ru": "Информация, собранная из общедоступных источников и проанализированная, чтобы ответить на конкретный вопрос, например является ли грузополучатель настоящим участником торговли.",
                "uz": "Ommaga ochiq manbalardan toʻplangan va aniq savolga, masalan yuk qabul qiluvchi haqiqiy savdo ishtirokchisimi, degan savolga javob berish uchun tahlil qilingan axborot.",
                "tk": "Köpçülige açyk çeşmelerden ýygnalan we anyk soraga, meselem ýük alyjynyň hakyky söwda gatnaşyjysydygy baradaky soraga jogap bermek üçin seljerilen maglumat.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): the warehouse that was a car park",
                "ru": "Разбор случая (вымышленный): склад, оказавшийся автостоянкой",
                "uz": "Amaliy holat (toʻqima): avtoturargoh boʻlib chiqqan ombor",
                "tk": "Mysal (toslama): awtoduralga bolup çykan ammar",
            },
            "html": {
                "en": '<p>"Alatoo Chemical Distribution" imports 20 tonnes of "cleaning products" through Osh. The register shows it was created seven weeks ago with a director aged 22, who is also director of four other firms at the same address. The address on satellite imagery is an open car park. The website, on a domain registered last month, shows product photographs that a reverse image search finds on a manufacturer\'s site abroad. Analyst Aibek Zh. records each finding with the date and source and recommends examination with sampling.</p>',
                "ru": "<p>Компания «Алатоо Кемикал Дистрибьюшн» ввозит через Ош 20 тонн «моющих средств». По реестру она создана семь недель назад, директору 22 года, и он же директор ещё четырёх фирм по тому же адресу. На спутниковом снимке по этому адресу — открытая автостоянка. Сайт на домене, зарегистрированном в прошлом месяце, показывает фотографии продукции, которые обратный поиск по изображению находит на сайте зарубежного производителя. Аналитик Айбек Ж. фиксирует каждую находку с датой и источником и рекомендует досмотр с отбором проб.</p>",
                "uz": "<p>«Alatoo Kemikal Distribyushn» kompaniyasi Oʻsh orqali 20 tonna «yuvish vositalari»ni import qiladi. Reyestrga koʻra u yetti hafta oldin tashkil etilgan, direktori 22 yoshda va u xuddi shu manzildagi yana toʻrtta firmaning ham direktori. Sunʼiy yoʻldosh tasvirida bu manzilda ochiq avtoturargoh. Oʻtgan oy roʻyxatdan oʻtgan domendagi saytda mahsulot fotosuratlari bor, tasvir boʻyicha teskari qidiruv ularni chet eldagi ishlab chiqaruvchining saytida topadi. Tahlilchi Aybek J. har bir topilmani sana va manba bilan qayd etadi va namuna olish bilan koʻrik oʻtkazishni tavsiya qiladi.</p>",
                "tk": "<p>«Alatoo Kemikal Distribýuşn» kompaniýasy Oş arkaly 20 tonna «ýuwujy serişdeleri» import edýär. Sanawa görä ol ýedi hepde öň döredilipdir, direktory 22 ýaşynda we ol şol salgydaky ýene dört firmanyň hem direktory. Hemra suratynda bu salgyda açyk awtoduralga. Geçen aý hasaba alnan domendäki sahypada önüm suratlary bar, surat boýunça ters gözleg olary daşary ýurtdaky öndürijiniň sahypasynda tapýar. Seljeriji Aýbek Ž. her bir tapyndyny senesi we çeşmesi bilen bellige alýar we nusga almak bilen barlag geçirmegi maslahat berýär.</p>",
            },
        },
    ],
}

LESSON_VESSELS = {
    "slug": "vessel-and-container-tracking",
    "title": {
        "en": "Vessel and container tracking",
        "ru": "Отслеживание судов и контейнеров",
        "uz": "Kemalar va konteynerlarni kuzatish",
        "tk": "Gämileri we konteýnerleri yzarlamak",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Identify the ship, then follow it",
                "ru": "Определите судно, затем следите за ним",
                "uz": "Kemani aniqlang, soʻng uni kuzating",
                "tk": "Gämini kesgitläň, soňra ony yzarlaň",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>A vessel has several identifiers, and they do not behave the same way:</p><ul><li><strong>IMO number</strong>: seven digits, assigned once and kept for the ship's whole life, whatever its name, owner or flag. The last digit is a check digit: multiply the first six digits by 7, 6, 5, 4, 3 and 2, add them, and take the last digit of the sum.</li><li><strong>MMSI</strong>: nine digits used by radio and AIS; it changes when the flag changes.</li><li><strong>Name, call sign and flag</strong>: all can change. Several changes in a short time are an indicator.</li></ul><p><strong>Worked example:</strong> for IMO 907472?, 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, so the check digit is 9 and the full number is IMO 9074729.</p><p>The Automatic Identification System (AIS) broadcasts a ship's identity, position, course and speed. Tracking services collect these messages and show port calls and voyages. Look for <strong>AIS gaps</strong> (the transponder switched off), port calls that are missing from the documents, slow drifting at sea that could be a meeting with another vessel, and a route that does not match the declared ports. On the Caspian, Ro-Ro ships and ferries between Aktau, Kuryk, Alyat and Turkmenbashi are usually visible, but coverage can be patchy away from the coast, so a gap is a question, not proof.</p><p><strong>Container tracking</strong> on a carrier's website gives events for a container number: gate in, loaded, discharged, transshipped, gate out, sometimes with seal information. Rail operators offer similar tracking for containers moving through Altynkol, Farap or to Dushanbe-2. Compare these events with the bill of lading and manifest: a container that was discharged at an unexpected port, or stood for a week at a transshipment hub, tells you more than the documents do.</p>",
                "ru": "<p>У судна несколько идентификаторов, и ведут они себя по-разному:</p><ul><li><strong>Номер ИМО</strong>: семь цифр, присваивается один раз и сохраняется на весь срок службы судна, независимо от названия, владельца или флага. Последняя цифра — контрольная: умножьте первые шесть цифр на 7, 6, 5, 4, 3 и 2, сложите и возьмите последнюю цифру суммы.</li><li><strong>MMSI</strong>: девять цифр, используемых радиосвязью и АИС; меняется при смене флага.</li><li><strong>Название, позывной и флаг</strong>: всё это может меняться. Несколько изменений за короткое время — индикатор.</li></ul><p><strong>Пример расчёта:</strong> для ИМО 907472? 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, значит, контрольная цифра 9, а полный номер — ИМО 9074729.</p><p>Автоматическая идентификационная система (АИС) передаёт идентификационные данные судна, его местоположение, курс и скорость. Сервисы отслеживания собирают эти сообщения и показывают заходы в порты и рейсы. Ищите <strong>пропуски АИС</strong> (транспондер выключен), заходы в порты, отсутствующие в документах, медленный дрейф в море, который может быть встречей с другим судном, и маршрут, не совпадающий с заявленными портами. На Каспии суда Ро-Ро и паромы между Актау, Курыком, Алятом и Туркменбаши обычно видны, но вдали от берега покрытие может быть неполным, поэтому пропуск — это вопрос, а не доказательство.</p><p><strong>Отслеживание контейнера</strong> на сайте перевозчика даёт события по номеру контейнера: въезд на терминал, погрузка, выгрузка, перевалка, выезд, иногда со сведениями о пломбе. Железнодорожные операторы предлагают похожее отслеживание для контейнеров, идущих через Алтынколь, Фарап или до Душанбе-2. Сравните эти события с коносаментом и манифестом: контейнер, выгруженный в неожиданном порту или простоявший неделю в хабе перевалки, скажет вам больше, чем документы.</p>",
                "uz": "<p>Kemaning bir nechta identifikatori bor va ular oʻzini turlicha tutadi:</p><ul><li><strong>IMO raqami</strong>: yetti raqam, bir marta beriladi va nomi, egasi yoki bayrogʻidan qatʼi nazar kemaning butun xizmat muddati davomida saqlanadi. Oxirgi raqam — nazorat raqami: dastlabki olti raqamni 7, 6, 5, 4, 3 va 2 ga koʻpaytiring, qoʻshing va yigʻindining oxirgi raqamini oling.</li><li><strong>MMSI</strong>: radioaloqa va AIS ishlatadigan toʻqqiz raqam; bayroq oʻzgarganda oʻzgaradi.</li><li><strong>Nomi, chaqiruv belgisi va bayrogʻi</strong>: bularning hammasi oʻzgarishi mumkin. Qisqa vaqt ichidagi bir nechta oʻzgarish koʻrsatkichdir.</li></ul><p><strong>Hisoblash namunasi:</strong> IMO 907472? uchun 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, demak nazorat raqami 9, toʻliq raqam esa IMO 9074729.</p><p>Avtomatik identifikatsiya tizimi (AIS) kemaning identifikatsiya maʼlumotlari, joylashuvi, kursi va tezligini uzatadi. Kuzatish xizmatlari bu xabarlarni yigʻib, portlarga kirishlar va reyslarni koʻrsatadi. <strong>AIS uzilishlarini</strong> (transponder oʻchirilgan), hujjatlarda yoʻq portlarga kirishlarni, boshqa kema bilan uchrashuv boʻlishi mumkin boʻlgan dengizdagi sekin dreyfni va deklaratsiya qilingan portlarga mos kelmaydigan yoʻnalishni qidiring. Kaspiyda Oqtov, Quriq, Alyat va Turkmanboshi oʻrtasidagi Ro-Ro kemalari va paromlar odatda koʻrinadi, lekin qirgʻoqdan uzoqda qamrov toʻliq boʻlmasligi mumkin, shuning uchun uzilish — isbot emas, savol.</p><p>Tashuvchi saytidagi <strong>konteynerni kuzatish</strong> konteyner raqami boʻyicha voqealarni beradi: terminalga kirish, yuklash, tushirish, qayta yuklash, chiqish, baʼzan plomba haqidagi maʼlumot bilan. Temir yoʻl operatorlari Oltinkoʻl, Farap orqali yoki Dushanbe-2 gacha harakatlanayotgan konteynerlar uchun shunga oʻxshash kuzatishni taklif qiladi. Bu voqealarni konosament va manifest bilan solishtiring: kutilmagan portda tushirilgan yoki qayta yuklash markazida bir hafta turgan konteyner sizga hujjatlardan koʻproq narsani aytadi.</p>",
                "tk": "<p>Gäminiň birnäçe kesgitleýjisi bar we olar özlerini dürli hili alyp barýarlar:</p><ul><li><strong>IMO belgisi</strong>: ýedi san, bir gezek berilýär we ady, eýesi ýa-da baýdagy näme bolsa-da gäminiň tutuş hyzmat möhletinde saklanýar. Soňky san — barlag sany: ilkinji alty sany 7, 6, 5, 4, 3 we 2-ä köpeldiň, goşuň we jemiň soňky sanyny alyň.</li><li><strong>MMSI</strong>: radio aragatnaşygy we AIS tarapyndan ulanylýan dokuz san; baýdak üýtgände üýtgeýär.</li><li><strong>Ady, çagyryş belgisi we baýdagy</strong>: bularyň hemmesi üýtgäp biler. Gysga wagtda birnäçe üýtgeşme görkezijidir.</li></ul><p><strong>Hasaplama mysaly:</strong> IMO 907472? üçin 9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139, diýmek barlag sany 9, doly belgi bolsa IMO 9074729.</p><p>Awtomatik kesgitleýiş ulgamy (AIS) gäminiň kesgitleýiş maglumatlaryny, ýerleşýän ýerini, ugruny we tizligini iberýär. Yzarlaýyş hyzmatlary bu habarlary ýygnap, portlara girişleri we reýsleri görkezýär. <strong>AIS arakesmelerini</strong> (transponder öçürilen), resminamalarda ýok portlara girişleri, başga gämi bilen duşuşyk bolup biljek deňizdäki haýal dreýfi we yglan edilen portlara laýyk gelmeýän ugry gözläň. Kaspide Aktau, Kuryk, Alýat we Türkmenbaşy arasyndaky Ro-Ro gämileri we paromlar adatça görünýär, ýöne kenardan uzakda gurşaw doly bolmazlygy mümkin, şonuň üçin arakesme — subutnama däl, sorag.</p><p>Daşaýjynyň sahypasyndaky <strong>konteýneri yzarlamak</strong> konteýner belgisi boýunça wakalary berýär: terminala giriş, ýüklemek, düşürmek, başga ulaga geçirmek, çykyş, käwagt plomba baradaky maglumat bilen. Demir ýol operatorlary Altynkol, Farap arkaly ýa-da Duşenbe-2-ä çenli hereket edýän konteýnerler üçin meňzeş yzarlamagy hödürleýärler. Bu wakalary konosament we manifest bilen deňeşdiriň: garaşylmadyk portda düşürilen ýa-da geçiriş merkezinde bir hepde duran konteýner size resminamalardan has köp zady aýdýar.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "AIS gap",
                "ru": "Пропуск АИС",
                "uz": "AIS uzilishi",
                "tk": "AIS arakesmesi",
            },
            "definition": {
                "en": "A period in which no AIS messages are received from a vessel, because of poor coverage or because the transponder was switched off, for example to hide a meeting at sea or a port call.",
                "ru": "Период, в течение которого от судна не поступают сообщения АИС из-за плохого покрытия или потому, что транспондер выключили, например чтобы скрыть встречу в море или заход в порт.",
                "uz": "Qamrov yomonligi yoki transponder oʻchirilgani sababli, masalan dengizdagi uchrashuv yoki portga kirishni yashirish uchun, kemadan AIS xabarlari kelmaydigan davr.",
                "tk": "Gurşawyň erbetligi ýa-da transponderiň öçürilendigi sebäpli, meselem deňizdäki duşuşygy ýa-da porta girişi gizlemek üçin, gämiden AIS habarlarynyň gelmeýän döwri.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): fourteen quiet hours",
                "ru": "Разбор случая (вымышленный): четырнадцать тихих часов",
                "uz": "Amaliy holat (toʻqima): oʻn toʻrt soatlik sukunat",
                "tk": "Mysal (toslama): on dört sagatlyk dymyşlyk",
            },
            "html": {
                "en": '<p>The fictional Ro-Ro ship "Sary Tolkyn" is declared as sailing directly from Alyat to Kuryk. Its AIS track shows a normal departure, then no signal for fourteen hours in the middle of the sea, and arrival six hours later than the schedule. The same ship changed its name and flag a year ago. Analyst Saule B. asks the partner unit at Alyat to confirm the cargo list and selects the trailers on board for scanning.</p>',
                "ru": "<p>Вымышленное судно Ро-Ро «Сары Толкын» заявлено как идущее напрямую из Алята в Курык. Трек АИС показывает обычный выход, затем четырнадцать часов без сигнала посреди моря и прибытие на шесть часов позже расписания. Год назад это судно сменило название и флаг. Аналитик Сауле Б. просит партнёрское подразделение в порту Алят подтвердить грузовой список и отбирает находящиеся на борту прицепы для сканирования.</p>",
                "uz": "<p>Toʻqima «Sari Tolqin» Ro-Ro kemasi Alyatdan Quriqqa toʻgʻridan-toʻgʻri suzayotgani aytilgan. Uning AIS treki odatiy chiqishni, soʻng dengiz oʻrtasida oʻn toʻrt soat signal yoʻqligini va jadvaldan olti soat kech yetib kelishini koʻrsatadi. Bir yil oldin bu kema nomi va bayrogʻini oʻzgartirgan. Tahlilchi Saule B. Alyatdagi hamkor boʻlinmadan yuk roʻyxatini tasdiqlashni soʻraydi va bortdagi tirkamalarni skanerlash uchun tanlaydi.</p>",
                "tk": "<p>Toslama «Sary Tolkyn» Ro-Ro gämisi Alýatdan Kuryga gönüden-göni ýüzýär diýlip yglan edilipdir. Onuň AIS yzy adaty ugraýşy, soňra deňziň ortasynda on dört sagat signalyň ýokdugyny we tertipnamadan alty sagat gijä galyp gelendigini görkezýär. Bir ýyl öň bu gämi adyny we baýdagyny üýtgedipdir. Seljeriji Saule B. Alýatdaky hyzmatdaş bölümden ýük sanawyny tassyklamagy soraýar we bortdaky tirkegleri skanirlemek üçin saýlaýar.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Trust the IMO number, not the name",
                "ru": "Доверяйте номеру ИМО, а не названию",
                "uz": "Nomiga emas, IMO raqamiga ishoning",
                "tk": "Adyna däl, IMO belgisine ynanyň",
            },
            "html": {
                "en": "<p>Always search by IMO number. Several ships can share a name, and a ship that has been renamed keeps its past under the same IMO number.</p>",
                "ru": "<p>Всегда ищите по номеру ИМО. Несколько судов могут носить одно название, а переименованное судно сохраняет своё прошлое под тем же номером ИМО.</p>",
                "uz": "<p>Har doim IMO raqami boʻyicha qidiring. Bir nechta kema bir xil nomga ega boʻlishi mumkin, nomi oʻzgartirilgan kema esa oʻz oʻtmishini oʻsha IMO raqami ostida saqlaydi.</p>",
                "tk": "<p>Elmydama IMO belgisi boýunça gözläň. Birnäçe gämi birmeňzeş ada eýe bolup biler, ady üýtgedilen gämi bolsa öz geçmişini şol bir IMO belgisiniň astynda saklaýar.</p>",
            },
        },
    ],
}

LESSON_SANCTIONS = {
    "slug": "sanctions-and-watch-lists",
    "title": {
        "en": "Sanctions and watch lists",
        "ru": "Санкционные списки и списки наблюдения",
        "uz": "Sanksiya va kuzatuv roʻyxatlari",
        "tk": "Sanksiýa we gözegçilik sanawlary",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Matching names is harder than it looks",
                "ru": "Сопоставлять имена сложнее, чем кажется",
                "uz": "Nomlarni solishtirish koʻringanidan qiyinroq",
                "tk": "Atlary deňeşdirmek görünişinden kyn",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": '<p>Sanctions lists name people, companies and vessels that are subject to asset freezes, travel bans or trade restrictions. The most important for customs in the region is the United Nations Security Council Consolidated List, which all UN member states must apply. Your national authorities may also publish their own lists and instructions, and many trading partners use the lists of the European Union, the United Kingdom or the United States. Watch lists of your own service, and alerts received from partners or CARICC, add names linked to smuggling.</p><p>The difficulty is matching. The same name may be written in many ways:</p><ul><li><strong>Transliteration</strong>: one Cyrillic surname can appear in Latin letters as Yusupov, Iusupov, Jusupov or Jusupow, depending on the language and system used.</li><li><strong>Name order and parts</strong>: given name first or last, patronymic present or missing.</li><li><strong>Company forms</strong>: LLP, TOO, MChJ and JÇJ can all describe the same kind of company; words like "Trading", "Group" or "International" come and go.</li><li><strong>Deliberate variation</strong>: a letter changed, a word added, a new company with a similar name and the same director.</li></ul><p>So search with variants and with identifiers, not just exact names. A likely match is confirmed by data that cannot be spelled differently: date of birth, passport or registration number, address, IMO number of a ship. Most hits on a common name are false positives; document why you ruled each one out.</p><p>If a match is confirmed, do not contact the party or hint at the result. Report it at once through the procedure your service prescribes, because sanctions decisions are legal acts with their own rules, and a tip-off can lead to the goods or money disappearing.</p>',
                "ru": "<p>В санкционных списках указаны физические лица, компании и суда, на которые распространяются замораживание активов, запреты на въезд или торговые ограничения. Самый важный для таможни в регионе — Сводный санкционный перечень Совета Безопасности ООН, который обязаны применять все государства — члены ООН. Ваши национальные органы также могут публиковать собственные списки и указания, а многие торговые партнёры применяют списки Европейского союза, Соединённого Королевства или Соединённых Штатов. Списки наблюдения вашей службы и ориентировки от партнёров или ЦАРИКЦ добавляют имена, связанные с контрабандой.</p><p>Трудность в сопоставлении. Одно и то же имя может быть написано по-разному:</p><ul><li><strong>Транслитерация</strong>: одна кириллическая фамилия может выглядеть латиницей как Yusupov, Iusupov, Jusupov или Jusupow в зависимости от языка и системы.</li><li><strong>Порядок и части имени</strong>: имя первым или последним, отчество есть или отсутствует.</li><li><strong>Организационно-правовые формы</strong>: LLP, ТОО, MChJ и JÇJ могут обозначать один и тот же вид компании; слова вроде «Trading», «Group» или «International» то появляются, то исчезают.</li><li><strong>Намеренные изменения</strong>: заменена буква, добавлено слово, создана новая компания с похожим названием и тем же директором.</li></ul><p>Поэтому ищите по вариантам и по идентификаторам, а не только по точным именам. Вероятное совпадение подтверждают данные, которые нельзя написать иначе: дата рождения, номер паспорта или регистрационный номер, адрес, номер ИМО судна. Большинство совпадений по распространённому имени — ложные; документируйте, почему вы исключили каждое из них.</p><p>Если совпадение подтверждено, не связывайтесь с участником и не намекайте на результат. Немедленно доложите о нём в порядке, установленном вашей службой, поскольку санкционные решения — правовые акты со своими правилами, а утечка может привести к исчезновению товара или денег.</p>",
                "uz": "<p>Sanksiya roʻyxatlarida aktivlarni muzlatish, kirish taqiqlari yoki savdo cheklovlari qoʻllaniladigan shaxslar, kompaniyalar va kemalar koʻrsatiladi. Mintaqadagi bojxona uchun eng muhimi — BMT Xavfsizlik Kengashining Yagona sanksiya roʻyxati boʻlib, uni BMTga aʼzo barcha davlatlar qoʻllashi shart. Milliy organlaringiz ham oʻz roʻyxatlari va koʻrsatmalarini eʼlon qilishi mumkin, koʻplab savdo hamkorlari esa Yevropa Ittifoqi, Buyuk Britaniya yoki Qoʻshma Shtatlar roʻyxatlaridan foydalanadi. Xizmatingizning kuzatuv roʻyxatlari va hamkorlar yoki CARICCdan olingan ogohlantirishlar kontrabanda bilan bogʻliq nomlarni qoʻshadi.</p><p>Qiyinchilik — solishtirishda. Bir xil nom turlicha yozilishi mumkin:</p><ul><li><strong>Transliteratsiya</strong>: bitta kirillcha familiya til va tizimga qarab lotin harflarida Yusupov, Iusupov, Jusupov yoki Jusupow boʻlib koʻrinishi mumkin.</li><li><strong>Ism tartibi va qismlari</strong>: ism birinchi yoki oxirida, otasining ismi bor yoki yoʻq.</li><li><strong>Kompaniya shakllari</strong>: LLP, TOO, MChJ va JÇJ bir xil turdagi kompaniyani bildirishi mumkin; «Trading», «Group» yoki «International» kabi soʻzlar goh paydo boʻladi, goh yoʻqoladi.</li><li><strong>Ataylab oʻzgartirish</strong>: harf almashtirilgan, soʻz qoʻshilgan, oʻxshash nomli va oʻsha direktorli yangi kompaniya tashkil etilgan.</li></ul><p>Shuning uchun faqat aniq nomlar boʻyicha emas, variantlar va identifikatorlar boʻyicha qidiring. Ehtimoliy moslikni boshqacha yozib boʻlmaydigan maʼlumotlar tasdiqlaydi: tugʻilgan sana, pasport yoki roʻyxatga olish raqami, manzil, kemaning IMO raqami. Keng tarqalgan nom boʻyicha mosliklarning aksariyati soxta; har birini nima uchun chiqarib tashlaganingizni hujjatlashtiring.</p><p>Agar moslik tasdiqlansa, ishtirokchi bilan bogʻlanmang va natijaga ishora qilmang. Bu haqda darhol xizmatingiz belgilagan tartibda xabar bering, chunki sanksiya qarorlari oʻz qoidalariga ega huquqiy hujjatlardir, axborot sizib chiqishi esa tovar yoki pulning gʻoyib boʻlishiga olib kelishi mumkin.</p>",
                "tk": "<p>Sanksiýa sanawlarynda aktiwleri doňdurmak, girmegi gadagan etmek ýa-da söwda çäklendirmeleri ulanylýan adamlar, kompaniýalar we gämiler görkezilýär. Sebitdäki gümrük üçin iň möhümi — BMG-niň Howpsuzlyk Geňeşiniň Jemlenen sanksiýa sanawy bolup, ony BMG-niň ähli agza döwletleri ulanmaga borçly. Milli edaralaryňyz hem öz sanawlaryny we görkezmelerini çap edip bilerler, köp söwda hyzmatdaşlary bolsa Ýewropa Bileleşiginiň, Beýik Britaniýanyň ýa-da Amerikanyň Birleşen Ştatlarynyň sanawlaryny ulanýarlar. Gullugyňyzyň gözegçilik sanawlary we hyzmatdaşlardan ýa-da CARICC-den alnan duýduryşlar kontrabanda bilen baglanyşykly atlary goşýar.</p><p>Kynçylyk — deňeşdirmekde. Şol bir at dürli hili ýazylyp bilner:</p><ul><li><strong>Transliterasiýa</strong>: bir kiril familiýasy diline we ulgamyna baglylykda latyn harplarynda Yusupov, Iusupov, Jusupov ýa-da Jusupow bolup görnüp biler.</li><li><strong>Adyň tertibi we bölekleri</strong>: ady birinji ýa-da soňunda, atasynyň ady bar ýa-da ýok.</li><li><strong>Kompaniýa görnüşleri</strong>: LLP, TOO, MChJ we JÇJ birmeňzeş görnüşli kompaniýany aňladyp biler; «Trading», «Group» ýa-da «International» ýaly sözler gah peýda bolýar, gah ýitýär.</li><li><strong>Bilkastlaýyn üýtgetmek</strong>: harp çalşyrylan, söz goşulan, meňzeş atly we şol bir direktorly täze kompaniýa döredilen.</li></ul><p>Şonuň üçin diňe takyk atlar boýunça däl, wariantlar we kesgitleýjiler boýunça gözläň. Ähtimal gabat gelşi başgaça ýazyp bolmaýan maglumatlar tassyklaýar: doglan senesi, pasport ýa-da hasaba alyş belgisi, salgy, gäminiň IMO belgisi. Giňden ýaýran at boýunça gabat gelşleriň köpüsi ýalan; olaryň her birini näme üçin aýyrandygyňyzy resminamalaşdyryň.</p><p>Eger gabat gelşi tassyklansa, gatnaşyjy bilen habarlaşmaň we netijä yşarat etmäň. Bu barada derrew gullugyňyzyň bellän tertibinde habar beriň, sebäbi sanksiýa kararlary öz düzgünleri bolan hukuk namalarydyr, maglumatyň syzmagy bolsa harydyň ýa-da puluň ýitmegine getirip biler.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "False positive",
                "ru": "Ложное совпадение",
                "uz": "Soxta moslik",
                "tk": "Ýalan gabat geliş",
            },
            "definition": {
                "en": "A search result that looks like a listed person or company but, on checking identifiers, turns out to be someone else.",
                "ru": "Результат поиска, похожий на внесённое в список лицо или компанию, который при проверке идентификаторов оказывается кем-то другим.",
                "uz": "Roʻyxatga kiritilgan shaxs yoki kompaniyaga oʻxshaydigan, lekin identifikatorlar tekshirilganda boshqa birov boʻlib chiqadigan qidiruv natijasi.",
                "tk": "Sanawa girizilen adama ýa-da kompaniýa meňzeýän, ýöne kesgitleýjiler barlananda başga biri bolup çykýan gözleg netijesi.",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Keep a variant sheet",
                "ru": "Ведите список вариантов",
                "uz": "Variantlar roʻyxatini yuriting",
                "tk": "Wariantlar sanawyny alyp baryň",
            },
            "html": {
                "en": '<p>For every name you check, write down the spellings you tried, the lists and dates searched, and the result. The next analyst can repeat the search, and a supervisor can see that a "no hit" was earned rather than assumed.</p>',
                "ru": "<p>Для каждого проверяемого имени записывайте испробованные написания, просмотренные списки и даты, а также результат. Следующий аналитик сможет повторить поиск, а руководитель увидит, что «совпадений нет» — результат работы, а не предположение.</p>",
                "uz": "<p>Tekshirilayotgan har bir nom uchun sinab koʻrilgan yozilishlarni, koʻrib chiqilgan roʻyxatlar va sanalarni hamda natijani yozib qoʻying. Keyingi tahlilchi qidiruvni takrorlay oladi, rahbar esa «moslik yoʻq» taxmin emas, ish natijasi ekanini koʻradi.</p>",
                "tk": "<p>Barlanýan her bir at üçin synanyşylan ýazylyşlary, seredilen sanawlary we seneleri hem-de netijäni ýazyp goýuň. Indiki seljeriji gözlegi gaýtalap biler, ýolbaşçy bolsa «gabat geliş ýok» diýmegiň çaklama däl-de, işiň netijesidigini görer.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): one letter apart",
                "ru": "Разбор случая (вымышленный): разница в одну букву",
                "uz": "Amaliy holat (toʻqima): bir harf farqi",
                "tk": "Mysal (toslama): bir harp tapawudy",
            },
            "html": {
                "en": '<p>A consignee at Altynkol, "Zhetysu Logistik Group", returns no exact hit. A variant search finds "Zhetisu Logistics" on a partner\'s watch list for precursor diversion. The registers show a different registration number but the same director and the same telephone number. Officer Marat O. treats it as a confirmed link, not a coincidence, and escalates it to his supervisor without contacting the company.</p>',
                "ru": "<p>Поиск по грузополучателю в Алтынколе, «Zhetysu Logistik Group», точных совпадений не даёт. Поиск по вариантам находит «Zhetisu Logistics» в списке наблюдения партнёра в связи с утечкой прекурсоров. Реестры показывают другой регистрационный номер, но того же директора и тот же номер телефона. Сотрудник Марат О. считает это подтверждённой связью, а не совпадением, и докладывает руководителю, не связываясь с компанией.</p>",
                "uz": "<p>Oltinkoʻldagi yuk qabul qiluvchi «Zhetysu Logistik Group» boʻyicha qidiruv aniq moslik bermaydi. Variantlar boʻyicha qidiruv hamkorning kuzatuv roʻyxatida prekursorlarni noqonuniy aylanmaga yoʻnaltirish bilan bogʻliq «Zhetisu Logistics»ni topadi. Reyestrlar boshqa roʻyxatga olish raqamini, lekin oʻsha direktor va oʻsha telefon raqamini koʻrsatadi. Xodim Marat O. buni tasodif emas, tasdiqlangan bogʻliqlik deb hisoblaydi va kompaniya bilan bogʻlanmasdan rahbariga xabar beradi.</p>",
                "tk": "<p>Altynkoldaky ýük alyjy «Zhetysu Logistik Group» boýunça gözleg takyk gabat geliş bermeýär. Wariantlar boýunça gözleg hyzmatdaşyň gözegçilik sanawynda prekursorlary bikanun dolanyşyga gönükdirmek bilen baglanyşykly «Zhetisu Logistics»-i tapýar. Sanawlar başga hasaba alyş belgisini, ýöne şol bir direktory we şol bir telefon belgisini görkezýär. Işgär Marat O. muny tötänlik däl-de, tassyklanan baglanyşyk hasaplaýar we kompaniýa bilen habarlaşman ýolbaşçysyna habar berýär.</p>",
            },
        },
    ],
}

LESSON_PRICES = {
    "slug": "price-checks-and-references",
    "title": {
        "en": "Price checks and reference values",
        "ru": "Ценовые проверки и справочные значения",
        "uz": "Narx tekshiruvlari va maʼlumot qiymatlari",
        "tk": "Baha barlaglary we salgylanma bahalary",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Where to find a fair price",
                "ru": "Где найти справедливую цену",
                "uz": "Adolatli narxni qayerdan topish mumkin",
                "tk": "Adalatly bahany nireden tapmaly",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>A declared price becomes a risk indicator only when you have something to compare it with. Useful open references are:</p><ul><li><strong>Your own data</strong>: earlier declarations of the same goods from the same origin, kept in the unit's price database.</li><li><strong>Commodity price reports</strong> for metals, grain, sugar, cotton, fuels and fertilisers, published daily or weekly.</li><li><strong>Wholesale marketplaces</strong>, where manufacturers advertise prices per unit or per tonne.</li><li><strong>Trade statistics</strong>, including <strong>mirror statistics</strong>: what the exporting country reports for the same goods shipped to your country.</li><li><strong>The seller's own website or catalogue</strong>, if it publishes prices.</li></ul><p>Compare like with like. Convert to the same unit (per kilogram, per piece, per square metre) and the same currency at the rate of the invoice date. Adjust for delivery terms: an FOB or EXW price excludes the freight and insurance that a border value includes. Match the specification: grade, size, material and quantity all move the price. Advertised prices are asking prices for small orders, so a real contract for a full container can legitimately be lower, though rarely by more than a third.</p><p>A reliable test needs no market data at all: the price of the finished goods cannot sensibly be lower than the price of the raw material they are made from. Cotton T-shirts cheaper than the cotton, or aluminium profiles cheaper than aluminium ingot, deserve a question.</p>",
                "ru": "<p>Заявленная цена становится индикатором риска только тогда, когда её есть с чем сравнить. Полезные открытые ориентиры:</p><ul><li><strong>Собственные данные</strong>: прежние декларации на тот же товар того же происхождения, хранящиеся в ценовой базе подразделения.</li><li><strong>Обзоры цен на сырьевые товары</strong> — металлы, зерно, сахар, хлопок, топливо и удобрения, — публикуемые ежедневно или еженедельно.</li><li><strong>Оптовые площадки</strong>, где производители публикуют цены за единицу или за тонну.</li><li><strong>Торговая статистика</strong>, включая <strong>зеркальную статистику</strong>: что страна-экспортёр сообщает о тех же товарах, отправленных в вашу страну.</li><li><strong>Собственный сайт или каталог продавца</strong>, если там указаны цены.</li></ul><p>Сравнивайте сопоставимое. Приведите цены к одной единице (за килограмм, за штуку, за квадратный метр) и к одной валюте по курсу на дату инвойса. Учитывайте условия поставки: цена FOB или EXW не включает фрахт и страхование, которые входят в стоимость на границе. Сверьте спецификацию: сорт, размер, материал и количество влияют на цену. Цены на площадках — это цены предложения для небольших заказов, поэтому реальный контракт на полный контейнер вполне может быть ниже, хотя редко больше чем на треть.</p><p>Надёжная проверка вообще не требует рыночных данных: цена готового товара не может разумно быть ниже цены сырья, из которого он сделан. Хлопковые футболки дешевле хлопка или алюминиевый профиль дешевле алюминиевого слитка заслуживают вопроса.</p>",
                "uz": "<p>Deklaratsiya qilingan narx faqat uni solishtirish uchun biror narsa boʻlgandagina xavf koʻrsatkichiga aylanadi. Foydali ochiq maʼlumot manbalari:</p><ul><li><strong>Oʻz maʼlumotlaringiz</strong>: xuddi shu kelib chiqishdagi xuddi shu tovar boʻyicha boʻlinmaning narxlar bazasida saqlanadigan avvalgi deklaratsiyalar.</li><li><strong>Xomashyo tovarlari narxlari sharhlari</strong> — metallar, don, shakar, paxta, yoqilgʻi va oʻgʻitlar — har kuni yoki har hafta eʼlon qilinadi.</li><li><strong>Ulgurji savdo maydonchalari</strong>, bu yerda ishlab chiqaruvchilar bir birlik yoki bir tonna narxini eʼlon qiladi.</li><li><strong>Savdo statistikasi</strong>, jumladan <strong>koʻzgu statistikasi</strong>: eksport qiluvchi mamlakat sizning mamlakatingizga joʻnatilgan xuddi shu tovarlar haqida nima xabar beradi.</li><li><strong>Sotuvchining oʻz sayti yoki katalogi</strong>, agar unda narxlar koʻrsatilgan boʻlsa.</li></ul><p>Solishtirsa boʻladiganini solishtiring. Narxlarni bir xil birlikka (kilogramm, dona, kvadrat metr uchun) va invoys sanasidagi kurs boʻyicha bir xil valyutaga keltiring. Yetkazib berish shartlarini hisobga oling: FOB yoki EXW narxi chegaradagi qiymatga kiradigan fraxt va sugʻurtani oʻz ichiga olmaydi. Spetsifikatsiyani solishtiring: nav, oʻlcham, material va miqdor narxga taʼsir qiladi. Maydonchalardagi narxlar kichik buyurtmalar uchun taklif narxlari, shuning uchun toʻliq konteyner uchun haqiqiy shartnoma qonuniy ravishda pastroq boʻlishi mumkin, lekin kamdan-kam hollarda uchdan bir qismdan koʻproq.</p><p>Ishonchli tekshiruv bozor maʼlumotlarini umuman talab qilmaydi: tayyor tovar narxi u tayyorlangan xomashyo narxidan oqilona ravishda past boʻlishi mumkin emas. Paxtadan arzon paxta futbolkalar yoki alyuminiy quymadan arzon alyuminiy profillar savol berishga arziydi.</p>",
                "tk": "<p>Yglan edilen baha diňe ony deňeşdirer ýaly bir zat bar bolanda töwekgelçilik görkezijisine öwrülýär. Peýdaly açyk salgylanmalar:</p><ul><li><strong>Öz maglumatlaryňyz</strong>: şol bir gelip çykyşly şol bir haryt boýunça bölümiň bahalar binýadynda saklanýan öňki deklarasiýalar.</li><li><strong>Çig mal harytlarynyň bahalary baradaky synlar</strong> — metallar, däne, şeker, pagta, ýangyç we dökünler — her gün ýa-da her hepde çap edilýär.</li><li><strong>Lomaý söwda meýdançalary</strong>, bu ýerde öndürijiler bir birligiň ýa-da bir tonnanyň bahasyny yglan edýärler.</li><li><strong>Söwda statistikasy</strong>, şol sanda <strong>aýna statistikasy</strong>: eksport edýän ýurt siziň ýurduňyza iberilen şol bir harytlar barada näme habar berýär.</li><li><strong>Satyjynyň öz sahypasy ýa-da katalogy</strong>, eger onda bahalar görkezilen bolsa.</li></ul><p>Deňeşdirip boljak zady deňeşdiriň. Bahalary bir birlige (kilogram, sany, inedördül metr üçin) we inwoýsyň senesindäki kurs boýunça bir walýuta getiriň. Getiriş şertlerini hasaba alyň: FOB ýa-da EXW bahasy serhetdäki gymmata girýän frahty we ätiýaçlandyryşy öz içine almaýar. Spesifikasiýany deňeşdiriň: hil, ölçeg, material we mukdar baha täsir edýär. Meýdançalardaky bahalar kiçi sargytlar üçin teklip bahalary, şonuň üçin doly konteýner üçin hakyky şertnama kanuny taýdan pes bolup biler, ýöne seýrek ýagdaýda üçden bir bölekden köp.</p><p>Ygtybarly barlag bazar maglumatlaryny asla talap etmeýär: taýýar harydyň bahasy onuň ýasalan çig malynyň bahasyndan paýhasly pes bolup bilmez. Pagtadan arzan pagta futbolkalar ýa-da alýumin guýmasyndan arzan alýumin profiller sorag bermäge mynasyp.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Mirror statistics",
                "ru": "Зеркальная статистика",
                "uz": "Koʻzgu statistikasi",
                "tk": "Aýna statistikasy",
            },
            "definition": {
                "en": "Comparing a country's import figures with its partner's export figures for the same goods and period. Large gaps in quantity or unit value point to misdeclaration somewhere in the flow.",
                "ru": "Сравнение данных страны об импорте с данными её партнёра об экспорте тех же товаров за тот же период. Большие расхождения в количестве или цене за единицу указывают на недостоверное декларирование где-то в потоке.",
                "uz": "Mamlakatning import maʼlumotlarini uning hamkorining xuddi shu tovarlar va davr boʻyicha eksport maʼlumotlari bilan solishtirish. Miqdor yoki birlik narxidagi katta farqlar oqimning qayeridadir notoʻgʻri deklaratsiyalashga ishora qiladi.",
                "tk": "Ýurduň import maglumatlaryny onuň hyzmatdaşynyň şol bir harytlar we döwür boýunça eksport maglumatlary bilen deňeşdirmek. Mukdardaky ýa-da birligiň bahasyndaky uly tapawutlar akymyň haýsydyr bir ýerinde nädogry yglan etmäni görkezýär.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Worked example (fictional): profiles below the metal",
                "ru": "Пример (вымышленный): профиль дешевле металла",
                "uz": "Namuna (toʻqima): metalldan arzon profil",
                "tk": "Mysal (toslama): metaldan arzan profil",
            },
            "html": {
                "en": '<p>"Hisor Build Import" declares 20,000 kg of aluminium window profiles at Dushanbe-2 for 24,000 USD, DAP Dushanbe: 1.20 USD per kilogram. In this exercise the reference report for the same week gives 2.30 USD per kilogram for primary aluminium ingot, and mirror statistics show the exporting country\'s average unit value for the same six-digit code to Tajikistan at 3.10 USD per kilogram. The declared price is barely half the price of the raw metal. Analyst Farrukh N. saves both references with their dates and flags the consignment for a valuation check and an examination of what is really in the box.</p>',
                "ru": "<p>Компания «Хисор Билд Импорт» декларирует на станции Душанбе-2 20 000 кг алюминиевых оконных профилей на 24 000 долларов США, DAP Душанбе: 1,20 доллара за килограмм. В этом упражнении справочный обзор за ту же неделю даёт 2,30 доллара за килограмм первичного алюминиевого слитка, а зеркальная статистика показывает среднюю цену за единицу у страны-экспортёра по тому же шестизначному коду для Таджикистана 3,10 доллара за килограмм. Заявленная цена едва достигает половины цены сырого металла. Аналитик Фаррух Н. сохраняет оба ориентира с датами и отмечает партию для проверки стоимости и досмотра того, что на самом деле находится в контейнере.</p>",
                "uz": "<p>«Hisor Bild Import» Dushanbe-2 stansiyasida 20 000 kg alyuminiy deraza profillarini 24 000 AQSh dollariga, DAP Dushanbe shartida deklaratsiya qiladi: bir kilogramm uchun 1,20 dollar. Ushbu mashqda xuddi shu haftadagi maʼlumot sharhi birlamchi alyuminiy quymasi uchun bir kilogrammga 2,30 dollar beradi, koʻzgu statistikasi esa eksport qiluvchi mamlakatning Tojikistonga xuddi shu olti xonali kod boʻyicha oʻrtacha birlik narxini bir kilogramm uchun 3,10 dollar deb koʻrsatadi. Deklaratsiya qilingan narx xom metall narxining yarmiga zoʻrgʻa yetadi. Tahlilchi Farrux N. ikkala maʼlumot manbasini sanalari bilan saqlaydi va partiyani qiymatni tekshirish hamda konteynerda aslida nima borligini koʻrikdan oʻtkazish uchun belgilaydi.</p>",
                "tk": "<p>«Hisor Bild Import» Duşenbe-2 stansiýasynda 20 000 kg alýumin penjire profillerini 24 000 ABŞ dollaryna, DAP Duşenbe şertinde yglan edýär: bir kilogram üçin 1,20 dollar. Bu maşkda şol bir hepdäniň salgylanma syny ilkinji alýumin guýmasy üçin bir kilograma 2,30 dollar berýär, aýna statistikasy bolsa eksport edýän ýurduň Täjigistana şol bir alty sanly kod boýunça ortaça birlik bahasyny bir kilogram üçin 3,10 dollar diýip görkezýär. Yglan edilen baha çig metalyň bahasynyň ýarysyna zordan ýetýär. Seljeriji Farruh N. iki salgylanmany hem seneleri bilen saklaýar we ýük toparyny gymmaty barlamak hem-de konteýnerde hakykatda näme bardygyny barlamak üçin belleýär.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "en": "Save the evidence of the price",
                "ru": "Сохраняйте доказательства цены",
                "uz": "Narx dalilini saqlang",
                "tk": "Bahanyň subutnamasyny saklaň",
            },
            "html": {
                "en": "<p>Web prices change. Keep a copy of each reference page with its address and the date and time you viewed it, so the valuation officer can rely on it later.</p>",
                "ru": "<p>Цены в интернете меняются. Сохраняйте копию каждой справочной страницы с её адресом, датой и временем просмотра, чтобы специалист по стоимости мог потом на неё опереться.</p>",
                "uz": "<p>Internetdagi narxlar oʻzgaradi. Har bir maʼlumot sahifasining nusxasini uning manzili hamda koʻrgan sana va vaqtingiz bilan saqlang, shunda qiymat boʻyicha mutaxassis keyinchalik unga tayana oladi.</p>",
                "tk": "<p>Internetdäki bahalar üýtgeýär. Her bir salgylanma sahypasynyň nusgasyny onuň salgysy hem-de gören seneňiz we wagtyňyz bilen saklaň, şonda gymmat boýunça hünärmen soňra oňa daýanyp biler.</p>",
            },
        },
    ],
}

LESSON_VERIFYING = {
    "slug": "verifying-sources",
    "title": {
        "en": "Verifying sources",
        "ru": "Проверка источников",
        "uz": "Manbalarni tekshirish",
        "tk": "Çeşmeleri barlamak",
    },
    "minutes": 25,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Not everything online is what it seems",
                "ru": "Не всё в интернете таково, каким кажется",
                "uz": "Internetdagi hamma narsa koʻringanidek emas",
                "tk": "Internetdäki ähli zat görnüşi ýaly däl",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>Open sources are easy to reach and easy to fake. Before a web page supports a selection, ask four questions: <strong>who</strong> published it, <strong>when</strong>, <strong>how do they know</strong>, and <strong>what interest do they have</strong>? An official register is a primary source; a business directory that copies it months later is secondary and may be out of date. A company's own website is a claim by that company, not a confirmation.</p><p>Many law-enforcement agencies, Europol among them, grade intelligence on two separate scales, often called the 4x4 system:</p><ul><li><strong>Source</strong>: A, no doubt about reliability; B, mostly reliable; C, mostly not reliable; X, cannot be assessed.</li><li><strong>Information</strong>: 1, known to be true without reservation; 2, known personally to the source but not to the officer; 3, not known personally to the source but corroborated; 4, cannot be judged.</li></ul><p>Keeping the two apart helps: a reliable register can still hold an old address, and an unknown website can publish a fact you can confirm elsewhere.</p><p>Common traps:</p><ul><li><strong>Circular reporting</strong>: five sites say the same thing because they copied one another; that is one source, not five.</li><li><strong>Look-alike domains</strong>: a clone of a real manufacturer's site on an address one letter different, used to make a front company look genuine.</li><li><strong>Recycled images</strong>: factory photos taken from other sites; a reverse image search finds the original.</li><li><strong>Stale data</strong>: pages without dates, or registers not updated after a change of director; archived copies show what a page said and when.</li><li><strong>Generated content</strong>: fluent text and realistic profile pictures can now be produced automatically; look for verifiable details, not polish.</li></ul><p>Record each source you rely on with its address, the date and time, a saved copy and your grading.</p>",
                "ru": "<p>Открытые источники легко найти и легко подделать. Прежде чем веб-страница станет основанием для отбора, задайте четыре вопроса: <strong>кто</strong> её опубликовал, <strong>когда</strong>, <strong>откуда он это знает</strong> и <strong>какой у него интерес</strong>? Официальный реестр — первичный источник; бизнес-справочник, копирующий его спустя месяцы, — вторичный и может устареть. Собственный сайт компании — это заявление самой компании, а не подтверждение.</p><p>Многие правоохранительные органы, в том числе Европол, оценивают сведения по двум отдельным шкалам, часто называемым системой 4x4:</p><ul><li><strong>Источник</strong>: A — надёжность не вызывает сомнений; B — в основном надёжен; C — в основном ненадёжен; X — оценить невозможно.</li><li><strong>Информация</strong>: 1 — достоверность известна без оговорок; 2 — известна источнику лично, но не сотруднику; 3 — не известна источнику лично, но подтверждается; 4 — оценить невозможно.</li></ul><p>Разделение двух шкал помогает: надёжный реестр может содержать старый адрес, а неизвестный сайт — опубликовать факт, который можно подтвердить в другом месте.</p><p>Типичные ловушки:</p><ul><li><strong>Круговые сообщения</strong>: пять сайтов говорят одно и то же, потому что копируют друг друга; это один источник, а не пять.</li><li><strong>Похожие домены</strong>: клон сайта настоящего производителя на адресе, отличающемся одной буквой, чтобы подставная компания выглядела настоящей.</li><li><strong>Заимствованные изображения</strong>: фотографии завода, взятые с других сайтов; обратный поиск по изображению находит оригинал.</li><li><strong>Устаревшие данные</strong>: страницы без дат или реестры, не обновлённые после смены директора; архивные копии показывают, что было на странице и когда.</li><li><strong>Сгенерированный контент</strong>: гладкий текст и реалистичные фотографии профилей теперь можно создавать автоматически; ищите проверяемые детали, а не лоск.</li></ul><p>Фиксируйте каждый источник, на который вы опираетесь, с адресом, датой и временем, сохранённой копией и вашей оценкой.</p>",
                "uz": "<p>Ochiq manbalarni topish ham, qalbakilashtirish ham oson. Veb-sahifa tanlov uchun asos boʻlishidan oldin toʻrtta savol bering: uni <strong>kim</strong> eʼlon qilgan, <strong>qachon</strong>, <strong>u buni qayerdan biladi</strong> va <strong>uning qanday manfaati bor</strong>? Rasmiy reyestr — birlamchi manba; uni oylar oʻtib koʻchiradigan biznes-maʼlumotnoma — ikkilamchi va eskirgan boʻlishi mumkin. Kompaniyaning oʻz sayti — bu tasdiq emas, kompaniyaning oʻz bayonoti.</p><p>Koʻplab huquqni muhofaza qiluvchi organlar, jumladan Yevropol, maʼlumotlarni ikkita alohida shkala boʻyicha baholaydi, bu koʻpincha 4x4 tizimi deb ataladi:</p><ul><li><strong>Manba</strong>: A — ishonchliligi shubhasiz; B — asosan ishonchli; C — asosan ishonchsiz; X — baholab boʻlmaydi.</li><li><strong>Axborot</strong>: 1 — haqiqatligi shartsiz maʼlum; 2 — manbaga shaxsan maʼlum, lekin xodimga emas; 3 — manbaga shaxsan maʼlum emas, lekin tasdiqlangan; 4 — baholab boʻlmaydi.</li></ul><p>Ikki shkalani ajratish yordam beradi: ishonchli reyestrda eski manzil boʻlishi mumkin, nomaʼlum sayt esa boshqa joyda tasdiqlash mumkin boʻlgan faktni eʼlon qilishi mumkin.</p><p>Odatiy tuzoqlar:</p><ul><li><strong>Aylanma xabarlar</strong>: beshta sayt bir narsani aytadi, chunki ular bir-biridan koʻchirgan; bu beshta emas, bitta manba.</li><li><strong>Oʻxshash domenlar</strong>: soxta kompaniyani haqiqiydek koʻrsatish uchun bir harfi farq qiladigan manzildagi haqiqiy ishlab chiqaruvchi saytining nusxasi.</li><li><strong>Oʻzlashtirilgan tasvirlar</strong>: boshqa saytlardan olingan zavod suratlari; tasvir boʻyicha teskari qidiruv aslini topadi.</li><li><strong>Eskirgan maʼlumotlar</strong>: sanasiz sahifalar yoki direktor almashganidan keyin yangilanmagan reyestrlar; arxiv nusxalari sahifada nima va qachon yozilganini koʻrsatadi.</li><li><strong>Yaratilgan kontent</strong>: silliq matn va real koʻrinadigan profil suratlarini endi avtomatik yaratish mumkin; jilo emas, tekshirib boʻladigan tafsilotlarni qidiring.</li></ul><p>Tayangan har bir manbangizni manzili, sana va vaqti, saqlangan nusxasi va bahongiz bilan qayd eting.</p>",
                "tk": "<p>Açyk çeşmeleri tapmak hem, galplaşdyrmak hem aňsat. Web sahypa saýlaw üçin esas bolmazdan öň dört sorag beriň: ony <strong>kim</strong> çap edipdir, <strong>haçan</strong>, <strong>ol muny nireden bilýär</strong> we <strong>onuň nähili bähbidi bar</strong>? Resmi sanaw — ilkinji çeşme; ony aýlar geçenden soň göçürýän işewür salgy kitaby — ikinji derejeli we könelişen bolup biler. Kompaniýanyň öz sahypasy — tassyklama däl-de, kompaniýanyň öz beýannamasy.</p><p>Köp hukuk goraýjy edaralar, şol sanda Ýewropol, maglumatlara iki aýry şkala boýunça baha berýär, bu köplenç 4x4 ulgamy diýlip atlandyrylýar:</p><ul><li><strong>Çeşme</strong>: A — ygtybarlylygy şübhesiz; B — esasan ygtybarly; C — esasan ygtybarsyz; X — baha berip bolmaýar.</li><li><strong>Maglumat</strong>: 1 — dogrulygy şertsiz belli; 2 — çeşmä şahsy taýdan belli, ýöne işgäre däl; 3 — çeşmä şahsy taýdan belli däl, ýöne tassyklanan; 4 — baha berip bolmaýar.</li></ul><p>Iki şkalany aýyrmak kömek edýär: ygtybarly sanawda köne salgy bolup biler, näbelli sahypa bolsa başga ýerde tassyklap boljak hakykaty çap edip biler.</p><p>Adaty duzaklar:</p><ul><li><strong>Aýlawly habarlar</strong>: bäş sahypa bir zady aýdýar, sebäbi olar biri-birinden göçüripdir; bu bäş däl-de, bir çeşme.</li><li><strong>Meňzeş domenler</strong>: galp kompaniýany hakyky ýaly görkezmek üçin bir harpy tapawutly salgydaky hakyky öndürijiniň sahypasynyň nusgasy.</li><li><strong>Özleşdirilen suratlar</strong>: başga sahypalardan alnan zawod suratlary; surat boýunça ters gözleg asyl nusgany tapýar.</li><li><strong>Könelişen maglumatlar</strong>: senesiz sahypalar ýa-da direktor çalşandan soň täzelenmedik sanawlar; arhiw nusgalary sahypada näme we haçan ýazylandygyny görkezýär.</li><li><strong>Döredilen mazmun</strong>: ýylmanak tekst we hakyky ýaly görünýän profil suratlary indi awtomatik döredilip bilner; ýalpyldy däl-de, barlap boljak jikme-jiklikleri gözläň.</li></ul><p>Daýanýan her bir çeşmäňizi salgysy, senesi we wagty, saklanan nusgasy we bahaňyz bilen bellige alyň.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Circular reporting",
                "ru": "Круговые сообщения",
                "uz": "Aylanma xabarlar",
                "tk": "Aýlawly habarlar",
            },
            "definition": {
                "en": "The same piece of information repeated by several outlets that copied each other, creating a false impression of independent confirmation.",
                "ru": "Одна и та же информация, повторяемая несколькими изданиями, которые копировали друг друга, что создаёт ложное впечатление независимого подтверждения.",
                "uz": "Bir-biridan koʻchirgan bir nechta nashr tomonidan takrorlangan bitta axborot boʻlib, mustaqil tasdiqlanganlik haqida yolgʻon taassurot uygʻotadi.",
                "tk": "Biri-birinden göçüren birnäçe neşir tarapyndan gaýtalanan bir maglumat bolup, garaşsyz tassyklanandygy barada ýalan täsir döredýär.",
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "en": "Two independent sources",
                "ru": "Два независимых источника",
                "uz": "Ikkita mustaqil manba",
                "tk": "Iki garaşsyz çeşme",
            },
            "html": {
                "en": "<p>Before a fact from the internet decides a selection, try to confirm it from a second source that did not copy the first, for example an official register plus a partner unit's reply through ContainerComm.</p>",
                "ru": "<p>Прежде чем факт из интернета определит отбор, постарайтесь подтвердить его вторым источником, который не копировал первый, например официальным реестром и ответом партнёрского подразделения через ContainerComm.</p>",
                "uz": "<p>Internetdagi fakt tanlovni hal qilishidan oldin uni birinchisidan koʻchirmagan ikkinchi manba bilan tasdiqlashga harakat qiling, masalan rasmiy reyestr va hamkor boʻlinmaning ContainerComm orqali bergan javobi bilan.</p>",
                "tk": "<p>Internetden alnan hakykat saýlawy kesgitlemezinden öň ony birinjisinden göçürmedik ikinji çeşme bilen tassyklamaga çalyşyň, meselem resmi sanaw we hyzmatdaş bölümiň ContainerComm arkaly beren jogaby bilen.</p>",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): a manufacturer with a typo",
                "ru": "Разбор случая (вымышленный): производитель с опечаткой",
                "uz": "Amaliy holat (toʻqima): xatoli ishlab chiqaruvchi",
                "tk": "Mysal (toslama): ýalňyşly öndüriji",
            },
            "html": {
                "en": "<p>An invoice for tractor parts arriving at Turkmenbashi names a manufacturer with the website kar1on-parts.example. The genuine manufacturer, found through its country's register, uses karlon-parts.example. The look-alike domain was registered two weeks before the invoice date, and its telephone number is a mobile in a third country. Analyst Maral G. grades the look-alike site C4, the register A1, and concludes that the invoice was issued by someone impersonating the manufacturer.</p>",
                "ru": "<p>В инвойсе на запчасти для тракторов, прибывающие в Туркменбаши, указан производитель с сайтом kar1on-parts.example. Настоящий производитель, найденный через реестр его страны, использует karlon-parts.example. Похожий домен зарегистрирован за две недели до даты инвойса, а его номер телефона — мобильный номер в третьей стране. Аналитик Марал Г. оценивает похожий сайт как C4, реестр — как A1 и делает вывод, что инвойс выставил кто-то, выдающий себя за производителя.</p>",
                "uz": "<p>Turkmanboshiga kelayotgan traktor ehtiyot qismlari invoysida kar1on-parts.example saytiga ega ishlab chiqaruvchi koʻrsatilgan. Oʻz mamlakati reyestri orqali topilgan haqiqiy ishlab chiqaruvchi karlon-parts.example dan foydalanadi. Oʻxshash domen invoys sanasidan ikki hafta oldin roʻyxatdan oʻtgan, uning telefon raqami esa uchinchi mamlakatdagi mobil raqam. Tahlilchi Maral G. oʻxshash saytni C4, reyestrni A1 deb baholaydi va invoysni ishlab chiqaruvchi nomidan oʻzini koʻrsatgan kimdir bergan degan xulosaga keladi.</p>",
                "tk": "<p>Türkmenbaşa gelýän traktor ätiýaçlyk şaýlarynyň inwoýsynda kar1on-parts.example sahypaly öndüriji görkezilen. Öz ýurdunyň sanawy arkaly tapylan hakyky öndüriji karlon-parts.example ulanýar. Meňzeş domen inwoýsyň senesinden iki hepde öň hasaba alnypdyr, onuň telefon belgisi bolsa üçünji ýurtdaky mobil belgi. Seljeriji Maral G. meňzeş sahypa C4, sanawa A1 baha berýär we inwoýsy özüni öndüriji diýip görkezen biriniň berendigi barada netijä gelýär.</p>",
            },
        },
    ],
}

QUIZ = {
    "title": {
        "en": "Check your understanding: OSINT for customs officers",
        "ru": "Проверьте себя: OSINT для сотрудников таможни",
        "uz": "Oʻzingizni tekshiring: bojxona xodimlari uchun OSINT",
        "tk": "Özüňizi barlaň: gümrük işgärleri üçin OSINT",
    },
    "pass_mark": 70,
    "max_attempts": 0,
    "grading": "best",
    "questions": [
        {
            "kind": "single",
            "text": {
                "en": "Which vessel identifier stays the same for the ship's whole life, whatever its name or flag?",
                "ru": "Какой идентификатор судна остаётся неизменным на весь срок его службы, независимо от названия или флага?",
                "uz": "Kemaning qaysi identifikatori nomi yoki bayrogʻidan qatʼi nazar butun xizmat muddati davomida oʻzgarmaydi?",
                "tk": "Gäminiň haýsy kesgitleýjisi ady ýa-da baýdagy näme bolsa-da tutuş hyzmat möhletinde üýtgemeýär?",
            },
            "options": [
                {
                    "text": {
                        "en": "The IMO number",
                        "ru": "Номер ИМО",
                        "uz": "IMO raqami",
                        "tk": "IMO belgisi",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Correct. The IMO number is assigned once and follows the hull through renaming and reflagging.",
                        "ru": "Верно. Номер ИМО присваивается один раз и сопровождает судно при переименовании и смене флага.",
                        "uz": "Toʻgʻri. IMO raqami bir marta beriladi va nomi yoki bayrogʻi oʻzgarganda ham kema bilan qoladi.",
                        "tk": "Dogry. IMO belgisi bir gezek berilýär we ady ýa-da baýdagy üýtgände hem gämi bilen galýar.",
                    },
                },
                {
                    "text": {"en": "The MMSI", "ru": "MMSI", "uz": "MMSI", "tk": "MMSI"},
                    "correct": False,
                    "feedback": {
                        "en": "No. The MMSI is linked to the flag state and changes when the flag changes.",
                        "ru": "Нет. MMSI связан с государством флага и меняется при смене флага.",
                        "uz": "Yoʻq. MMSI bayroq davlati bilan bogʻliq va bayroq oʻzgarganda oʻzgaradi.",
                        "tk": "Ýok. MMSI baýdak döwleti bilen baglanyşykly we baýdak üýtgände üýtgeýär.",
                    },
                },
                {
                    "text": {
                        "en": "The ship's name",
                        "ru": "Название судна",
                        "uz": "Kema nomi",
                        "tk": "Gäminiň ady",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. Names can change, and several ships can share one name.",
                        "ru": "Нет. Названия могут меняться, и несколько судов могут носить одно название.",
                        "uz": "Yoʻq. Nomlar oʻzgarishi mumkin va bir nechta kema bir xil nomga ega boʻlishi mumkin.",
                        "tk": "Ýok. Atlar üýtgäp biler we birnäçe gämi birmeňzeş ada eýe bolup biler.",
                    },
                },
                {
                    "text": {
                        "en": "The call sign",
                        "ru": "Позывной",
                        "uz": "Chaqiruv belgisi",
                        "tk": "Çagyryş belgisi",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. The call sign is issued by the flag state and changes with the flag.",
                        "ru": "Нет. Позывной выдаёт государство флага, и он меняется вместе с флагом.",
                        "uz": "Yoʻq. Chaqiruv belgisini bayroq davlati beradi va u bayroq bilan birga oʻzgaradi.",
                        "tk": "Ýok. Çagyryş belgisini baýdak döwleti berýär we ol baýdak bilen bile üýtgeýär.",
                    },
                },
            ],
        },
        {
            "kind": "multiple",
            "text": {
                "en": "Which company-registry findings are risk indicators for a consignee?",
                "ru": "Какие сведения из реестра компаний являются индикаторами риска для грузополучателя?",
                "uz": "Kompaniyalar reyestridagi qaysi maʼlumotlar yuk qabul qiluvchi uchun xavf koʻrsatkichi hisoblanadi?",
                "tk": "Kompaniýalar sanawyndaky haýsy maglumatlar ýük alyjy üçin töwekgelçilik görkezijisi hasaplanýar?",
            },
            "options": [
                {
                    "text": {
                        "en": "Registered three weeks before its first import",
                        "ru": "Зарегистрирован за три недели до первого ввоза",
                        "uz": "Birinchi importidan uch hafta oldin roʻyxatdan oʻtgan",
                        "tk": "Ilkinji importyndan üç hepde öň hasaba alnan",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. A brand-new consignee has no trading history to rely on.",
                        "ru": "Да. У совершенно нового грузополучателя нет истории торговли, на которую можно опереться.",
                        "uz": "Ha. Mutlaqo yangi yuk qabul qiluvchining tayanish mumkin boʻlgan savdo tarixi yoʻq.",
                        "tk": "Hawa. Düýbünden täze ýük alyjynyň daýanyp boljak söwda taryhy ýok.",
                    },
                },
                {
                    "text": {
                        "en": "Its address is shared by forty other companies",
                        "ru": "Его адрес общий ещё с сорока компаниями",
                        "uz": "Uning manzili yana qirqta kompaniya bilan umumiy",
                        "tk": "Onuň salgysy ýene kyrk kompaniýa bilen umumy",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. Mass registration addresses are typical of shell companies, though some honest firms use them too.",
                        "ru": "Да. Адреса массовой регистрации типичны для подставных компаний, хотя ими пользуются и некоторые честные фирмы.",
                        "uz": "Ha. Ommaviy roʻyxatga olish manzillari qobiq kompaniyalarga xos, garchi baʼzi halol firmalar ham ulardan foydalansa-da.",
                        "tk": "Hawa. Köpçülikleýin hasaba alyş salgylary gabyk kompaniýalara mahsus, käbir dogruçyl firmalar hem olary ulanýan hem bolsa.",
                    },
                },
                {
                    "text": {
                        "en": "Its director also runs a firm previously caught smuggling",
                        "ru": "Его директор руководит и фирмой, ранее уличённой в контрабанде",
                        "uz": "Uning direktori ilgari kontrabandada qoʻlga tushgan firmani ham boshqaradi",
                        "tk": "Onuň direktory öň kontrabandada tutulan firmany hem dolandyrýar",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. Links through people are often stronger than links through company names.",
                        "ru": "Да. Связи через людей часто сильнее, чем связи через названия компаний.",
                        "uz": "Ha. Odamlar orqali bogʻliqlik koʻpincha kompaniya nomlari orqali bogʻliqlikdan kuchliroq.",
                        "tk": "Hawa. Adamlar arkaly baglanyşyk köplenç kompaniýa atlary arkaly baglanyşykdan güýçlüdir.",
                    },
                },
                {
                    "text": {
                        "en": "It has a valid tax identification number",
                        "ru": "У него есть действующий идентификационный номер налогоплательщика",
                        "uz": "Uning amaldagi soliq toʻlovchining identifikatsiya raqami bor",
                        "tk": "Onuň hereket edýän salgyt tölegçisiniň kesgitleýji belgisi bar",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. Every registered company has one; it is a basic requirement, not an indicator.",
                        "ru": "Нет. Он есть у каждой зарегистрированной компании; это базовое требование, а не индикатор.",
                        "uz": "Yoʻq. U har bir roʻyxatdan oʻtgan kompaniyada bor; bu asosiy talab, koʻrsatkich emas.",
                        "tk": "Ýok. Ol hasaba alnan her bir kompaniýada bar; bu esasy talap, görkeziji däl.",
                    },
                },
            ],
        },
        {
            "kind": "true_false",
            "text": {
                "en": "If a consignee's name differs from a name on a sanctions list by one letter, you can treat it as no match.",
                "ru": "Если название грузополучателя отличается от имени в санкционном списке на одну букву, можно считать, что совпадения нет.",
                "uz": "Agar yuk qabul qiluvchining nomi sanksiya roʻyxatidagi nomdan bitta harf bilan farq qilsa, moslik yoʻq deb hisoblash mumkin.",
                "tk": "Eger ýük alyjynyň ady sanksiýa sanawyndaky atdan bir harp bilen tapawutlanýan bolsa, gabat geliş ýok diýip hasaplap bolýar.",
            },
            "answer": False,
            "feedback_true": {
                "en": "Not so. Transliteration and deliberate changes produce near-miss spellings; check identifiers such as registration number, director and address.",
                "ru": "Это не так. Транслитерация и намеренные изменения дают почти совпадающие написания; проверяйте идентификаторы: регистрационный номер, директора, адрес.",
                "uz": "Bunday emas. Transliteratsiya va ataylab oʻzgartirishlar deyarli mos yozilishlarni keltirib chiqaradi; roʻyxatga olish raqami, direktor va manzil kabi identifikatorlarni tekshiring.",
                "tk": "Beýle däl. Transliterasiýa we bilkastlaýyn üýtgetmeler diýen ýaly gabat gelýän ýazylyşlary döredýär; hasaba alyş belgisi, direktor we salgy ýaly kesgitleýjileri barlaň.",
            },
            "feedback_false": {
                "en": "Correct. A near-miss spelling is a reason to check identifiers, not to stop searching.",
                "ru": "Верно. Почти совпадающее написание — повод проверить идентификаторы, а не прекратить поиск.",
                "uz": "Toʻgʻri. Deyarli mos yozilish qidiruvni toʻxtatishga emas, identifikatorlarni tekshirishga sabab boʻladi.",
                "tk": "Dogry. Diýen ýaly gabat gelýän ýazylyş gözlegi bes etmäge däl-de, kesgitleýjileri barlamaga sebäp bolýar.",
            },
        },
        {
            "kind": "numeric",
            "text": {
                "en": "The first six digits of an IMO number are 9 0 7 4 7 2. Using the weights 7, 6, 5, 4, 3 and 2, what is the check digit?",
                "ru": "Первые шесть цифр номера ИМО: 9 0 7 4 7 2. Какова контрольная цифра при весах 7, 6, 5, 4, 3 и 2?",
                "uz": "IMO raqamining dastlabki olti raqami: 9 0 7 4 7 2. 7, 6, 5, 4, 3 va 2 koʻpaytuvchilar bilan nazorat raqami qanday?",
                "tk": "IMO belgisiniň ilkinji alty sany: 9 0 7 4 7 2. 7, 6, 5, 4, 3 we 2 köpeldijiler bilen barlag sany näçe?",
            },
            "answer": 9,
            "tolerance": 0,
            "unit": None,
            "feedback": {
                "en": "9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139; the last digit is 9, so the number is IMO 9074729.",
                "ru": "9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139; последняя цифра 9, значит, номер — ИМО 9074729.",
                "uz": "9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139; oxirgi raqam 9, demak raqam IMO 9074729.",
                "tk": "9×7 + 0×6 + 7×5 + 4×4 + 7×3 + 2×2 = 139; soňky san 9, diýmek belgi IMO 9074729.",
            },
        },
        {
            "kind": "single",
            "text": {
                "en": "You want to look at the website of a company whose container you may select. What is the right way?",
                "ru": "Вы хотите посмотреть сайт компании, чей контейнер вы, возможно, отберёте. Как правильно поступить?",
                "uz": "Siz konteynerini tanlashingiz mumkin boʻlgan kompaniyaning saytini koʻrmoqchisiz. Qanday qilish toʻgʻri?",
                "tk": "Siz konteýnerini saýlap biljek kompaniýaňyzyň sahypasyny görmek isleýärsiňiz. Nädip etmek dogry?",
            },
            "options": [
                {
                    "text": {
                        "en": "Use the research setup your service authorises, without logging in, subscribing or contacting anyone",
                        "ru": "Использовать средства для исследований, разрешённые вашей службой, не входя в учётные записи, не подписываясь и ни с кем не связываясь",
                        "uz": "Xizmatingiz ruxsat bergan tadqiqot vositalaridan hisobga kirmasdan, obuna boʻlmasdan va hech kim bilan bogʻlanmasdan foydalanish",
                        "tk": "Gullugyňyzyň rugsat beren gözleg serişdelerini hasaba girmezden, ýazylmazdan we hiç kim bilen habarlaşmazdan ulanmak",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Correct. This keeps your interest from being noticed and stays within your legal authority.",
                        "ru": "Верно. Так ваш интерес не будет замечен, и вы остаётесь в рамках своих полномочий.",
                        "uz": "Toʻgʻri. Shunda qiziqishingiz sezilmaydi va siz oʻz vakolatlaringiz doirasida qolasiz.",
                        "tk": "Dogry. Şeýle edilende gyzyklanmaňyz duýulmaýar we siz öz ygtyýarlyklaryňyzyň çäginde galýarsyňyz.",
                    },
                },
                {
                    "text": {
                        "en": "Open it on your personal phone so the office network is not seen",
                        "ru": "Открыть его на личном телефоне, чтобы не была видна служебная сеть",
                        "uz": "Xizmat tarmogʻi koʻrinmasligi uchun uni shaxsiy telefoningizda ochish",
                        "tk": "Gulluk ulgamy görünmez ýaly ony şahsy telefonyňyzda açmak",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. A personal device links the search to you, is not covered by your service's rules and may expose your identity.",
                        "ru": "Нет. Личное устройство связывает поиск с вами, не подпадает под правила службы и может раскрыть вашу личность.",
                        "uz": "Yoʻq. Shaxsiy qurilma qidiruvni siz bilan bogʻlaydi, xizmat qoidalariga kirmaydi va shaxsingizni oshkor qilishi mumkin.",
                        "tk": "Ýok. Şahsy enjam gözlegi siz bilen baglanyşdyrýar, gullugyň düzgünlerine girmeýär we şahsyýetiňizi açyp biler.",
                    },
                },
                {
                    "text": {
                        "en": "E-mail the company to ask for its catalogue",
                        "ru": "Написать компании и попросить каталог",
                        "uz": "Kompaniyaga xat yozib, katalogini soʻrash",
                        "tk": "Kompaniýa hat ýazyp, katalogyny soramak",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. Contacting the company may tip it off before the container arrives.",
                        "ru": "Нет. Связь с компанией может её насторожить до прибытия контейнера.",
                        "uz": "Yoʻq. Kompaniya bilan bogʻlanish konteyner kelishidan oldin uni ogohlantirib qoʻyishi mumkin.",
                        "tk": "Ýok. Kompaniýa bilen habarlaşmak konteýner gelmezinden öň ony duýdurup biler.",
                    },
                },
                {
                    "text": {
                        "en": "Open it from your office computer while logged in to your official e-mail",
                        "ru": "Открыть его со служебного компьютера, войдя в служебную почту",
                        "uz": "Xizmat pochtangizga kirgan holda uni ish kompyuteringizdan ochish",
                        "tk": "Gulluk poçtaňyza giren ýagdaýyňyzda ony iş kompýuteriňizden açmak",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. Visits from an identifiable government network can be seen in the site's logs and reveal your interest.",
                        "ru": "Нет. Посещения из узнаваемой государственной сети видны в журналах сайта и выдают ваш интерес.",
                        "uz": "Yoʻq. Tanib boʻladigan davlat tarmogʻidan tashriflar sayt jurnallarida koʻrinadi va qiziqishingizni oshkor qiladi.",
                        "tk": "Ýok. Tanap bolýan döwlet ulgamyndan girişler sahypanyň žurnallarynda görünýär we gyzyklanmaňyzy äşgär edýär.",
                    },
                },
            ],
        },
        {
            "kind": "multiple",
            "text": {
                "en": "Which of these increase your confidence in an online finding?",
                "ru": "Что из перечисленного повышает доверие к находке в интернете?",
                "uz": "Quyidagilardan qaysilari internetdagi topilmaga ishonchingizni oshiradi?",
                "tk": "Aşakdakylaryň haýsylary internetdäki tapyndy ynamyňyzy artdyrýar?",
            },
            "options": [
                {
                    "text": {
                        "en": "An official register and a partner unit confirm it independently",
                        "ru": "Официальный реестр и партнёрское подразделение подтверждают её независимо друг от друга",
                        "uz": "Rasmiy reyestr va hamkor boʻlinma uni bir-biridan mustaqil tasdiqlaydi",
                        "tk": "Resmi sanaw we hyzmatdaş bölüm ony biri-birinden garaşsyz tassyklaýar",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. Two independent sources are the best protection against a single false one.",
                        "ru": "Да. Два независимых источника — лучшая защита от одного ложного.",
                        "uz": "Ha. Ikkita mustaqil manba bitta soxta manbadan eng yaxshi himoya.",
                        "tk": "Hawa. Iki garaşsyz çeşme bir ýalan çeşmeden iň gowy gorag.",
                    },
                },
                {
                    "text": {
                        "en": "An archived copy shows the page existed long before the shipment",
                        "ru": "Архивная копия показывает, что страница существовала задолго до отправки",
                        "uz": "Arxiv nusxasi sahifa joʻnatmadan ancha oldin mavjud boʻlganini koʻrsatadi",
                        "tk": "Arhiw nusgasy sahypanyň ibermeden köp öň bardygyny görkezýär",
                    },
                    "correct": True,
                    "feedback": {
                        "en": "Yes. A page with a history is less likely to have been created to support this shipment.",
                        "ru": "Да. Страница с историей с меньшей вероятностью создана ради этой отправки.",
                        "uz": "Ha. Tarixga ega sahifa aynan shu joʻnatmani qoʻllab-quvvatlash uchun yaratilgan boʻlishi ehtimoli kamroq.",
                        "tk": "Hawa. Taryhy bolan sahypanyň edil şu ibermäni goldamak üçin döredilen bolmagy ähtimallygy azrak.",
                    },
                },
                {
                    "text": {
                        "en": "The website looks modern and professional",
                        "ru": "Сайт выглядит современно и профессионально",
                        "uz": "Sayt zamonaviy va professional koʻrinadi",
                        "tk": "Sahypa döwrebap we professional görünýär",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. Polished sites and text are cheap to produce; look for verifiable details instead.",
                        "ru": "Нет. Аккуратные сайты и тексты делаются дёшево; ищите вместо этого проверяемые детали.",
                        "uz": "Yoʻq. Silliq saytlar va matnlarni yaratish arzon; buning oʻrniga tekshirib boʻladigan tafsilotlarni qidiring.",
                        "tk": "Ýok. Ýylmanak sahypalary we tekstleri döretmek arzan; onuň ýerine barlap boljak jikme-jiklikleri gözläň.",
                    },
                },
                {
                    "text": {
                        "en": "Ten websites repeat exactly the same company description",
                        "ru": "Десять сайтов повторяют одно и то же описание компании слово в слово",
                        "uz": "Oʻnta sayt kompaniyaning aynan bir xil tavsifini takrorlaydi",
                        "tk": "On sahypa kompaniýanyň edil şol bir beýanyny gaýtalaýar",
                    },
                    "correct": False,
                    "feedback": {
                        "en": "No. Identical text suggests copying from one origin: circular reporting, not confirmation.",
                        "ru": "Нет. Одинаковый текст говорит о копировании из одного источника: это круговые сообщения, а не подтверждение.",
                        "uz": "Yoʻq. Bir xil matn bitta manbadan koʻchirilganini koʻrsatadi: bu tasdiq emas, aylanma xabarlar.",
                        "tk": "Ýok. Birmeňzeş tekst bir çeşmeden göçürilendigini görkezýär: bu tassyklama däl-de, aýlawly habarlar.",
                    },
                },
            ],
        },
    ],
}

LESSON_OPSEC = {
    "slug": "operational-security",
    "title": {
        "en": "Operational security online",
        "ru": "Оперативная безопасность в интернете",
        "uz": "Internetda operativ xavfsizlik",
        "tk": "Internetde operatiw howpsuzlyk",
    },
    "minutes": 30,
    "body": [
        {
            "type": "heading",
            "text": {
                "en": "Every search leaves a trace",
                "ru": "Каждый поиск оставляет след",
                "uz": "Har bir qidiruv iz qoldiradi",
                "tk": "Her bir gözleg yz galdyrýar",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "en": "<p>When you open a website, its owner can see the address of the network you came from, the time and the pages you read. When you view a profile on a professional network, the owner may be told. A link or image in an e-mail can report when and where it was opened. A trafficking group that controls a front company can watch all of this, and a sudden visit from a customs network the day before its container arrives at Aktau or Alyat is a warning it will not ignore. In a rip-on/rip-off case, where port insiders add drugs to a legitimate container and remove them before clearance, the same warning can reach those insiders.</p><p><strong>Operational security</strong> (OPSEC) means doing your research without revealing your interest. Follow your service's rules, and in particular:</p><ol><li>Use only the equipment, network and accounts your service authorises for open-source research, never personal devices or accounts.</li><li>Observe, do not interact: no logging in, subscribing, liking, following, messaging, calling or filling in forms on a target's site.</li><li>Do not contact the company, its website chat or its references before the examination.</li><li>Do not paste confidential data, such as names under investigation or selection decisions, into public translation, search or text-generation tools that may store what you type. Enter only the minimum a service needs, such as a container number on an authorised tracking site.</li><li>Do not open files downloaded from a suspect's site on the office network.</li><li>Keep selections need-to-know, inside and outside your unit, and share with partners only through secure channels such as ContainerComm, not public messenger apps.</li><li>Log what you searched, when and why. In PCU Academy exercises every query and page is logged for the same reason.</li></ol><p>OPSEC also protects the law. Open-source research means collecting what is lawfully public. Creating false identities, guessing passwords or using leaked databases is not OSINT and may make evidence unusable; if such steps seem necessary, they belong to a different, authorised procedure.</p>",
                "ru": "<p>Когда вы открываете сайт, его владелец может видеть адрес сети, из которой вы пришли, время и прочитанные страницы. Когда вы просматриваете профиль в профессиональной сети, владельцу могут сообщить об этом. Ссылка или изображение в электронном письме могут сообщить, когда и где письмо было открыто. Преступная группа, контролирующая подставную компанию, может следить за всем этим, и внезапное посещение из сети таможни накануне прибытия её контейнера в Актау или Алят — предупреждение, которое она не проигнорирует. В случае rip-on/rip-off, когда сообщники в порту подкладывают наркотики в законный контейнер и изымают их до таможенного оформления, такое же предупреждение может дойти до этих сообщников.</p><p><strong>Оперативная безопасность</strong> (OPSEC) означает проводить поиск, не раскрывая своего интереса. Соблюдайте правила своей службы, в частности:</p><ol><li>Используйте только оборудование, сеть и учётные записи, разрешённые вашей службой для работы с открытыми источниками, и никогда — личные устройства или учётные записи.</li><li>Наблюдайте, не вступая во взаимодействие: никаких входов в учётные записи, подписок, отметок «нравится», отслеживания, сообщений, звонков или заполнения форм на сайте объекта.</li><li>Не связывайтесь с компанией, чатом на её сайте или её рекомендателями до досмотра.</li><li>Не вставляйте конфиденциальные данные, например имена проверяемых лиц или решения об отборе, в общедоступные сервисы перевода, поиска или генерации текста, которые могут сохранять вводимое. Вводите только необходимый сервису минимум, например номер контейнера на разрешённом сайте отслеживания.</li><li>Не открывайте в служебной сети файлы, скачанные с сайта подозреваемого.</li><li>Сообщайте об отборе только тем, кому это необходимо, внутри и вне подразделения, и обменивайтесь сведениями с партнёрами только по защищённым каналам, например через ContainerComm, а не через общедоступные мессенджеры.</li><li>Записывайте, что вы искали, когда и зачем. В упражнениях PCU Academy каждый запрос и каждая страница записываются по той же причине.</li></ol><p>Оперативная безопасность защищает и законность. Работа с открытыми источниками означает сбор того, что законно доступно публично. Создание вымышленных личностей, подбор паролей или использование утёкших баз данных — это не OSINT, и это может сделать доказательства недопустимыми; если такие шаги кажутся необходимыми, они относятся к другой, санкционированной процедуре.</p>",
                "uz": "<p>Siz veb-saytni ochganingizda uning egasi siz kelgan tarmoq manzilini, vaqtni va oʻqigan sahifalaringizni koʻrishi mumkin. Professional tarmoqda profilni koʻrganingizda egasiga bu haqda xabar berilishi mumkin. Elektron xatdagi havola yoki tasvir xat qachon va qayerda ochilganini xabar qilishi mumkin. Soxta kompaniyani nazorat qiladigan jinoiy guruh bularning barchasini kuzatishi mumkin va uning konteyneri Oqtov yoki Alyatga kelishidan bir kun oldin bojxona tarmogʻidan kutilmagan tashrif u eʼtiborsiz qoldirmaydigan ogohlantirishdir. Rip-on/rip-off holatida, yaʼni portdagi sheriklar qonuniy konteynerga giyohvand moddalarni solib qoʻyib, rasmiylashtirishdan oldin olib ketganda, xuddi shunday ogohlantirish oʻsha sheriklarga ham yetib borishi mumkin.</p><p><strong>Operativ xavfsizlik</strong> (OPSEC) qiziqishingizni oshkor qilmasdan qidiruv olib borishni anglatadi. Xizmatingiz qoidalariga rioya qiling, xususan:</p><ol><li>Faqat xizmatingiz ochiq manbalar bilan ishlash uchun ruxsat bergan uskunalar, tarmoq va hisoblardan foydalaning, hech qachon shaxsiy qurilmalar yoki hisoblardan foydalanmang.</li><li>Kuzating, aralashmang: obyekt saytida hisobga kirish, obuna boʻlish, «yoqdi» belgisini qoʻyish, kuzatib borish, xabar yozish, qoʻngʻiroq qilish yoki shakl toʻldirish yoʻq.</li><li>Koʻrikdan oldin kompaniya, uning saytidagi chat yoki tavsiyachilari bilan bogʻlanmang.</li><li>Tekshirilayotgan shaxslar nomlari yoki tanlov qarorlari kabi maxfiy maʼlumotlarni kiritilganini saqlashi mumkin boʻlgan ommaviy tarjima, qidiruv yoki matn yaratish xizmatlariga joylashtirmang. Faqat xizmatga kerakli minimumni kiriting, masalan ruxsat berilgan kuzatish saytida konteyner raqamini.</li><li>Gumonlanuvchining saytidan yuklab olingan fayllarni xizmat tarmogʻida ochmang.</li><li>Tanlov haqida boʻlinma ichida ham, tashqarisida ham faqat bilishi zarur boʻlganlarga xabar bering va hamkorlar bilan faqat himoyalangan kanallar, masalan ContainerComm orqali, ommaviy messenjerlar orqali emas, maʼlumot almashing.</li><li>Nimani, qachon va nima uchun qidirganingizni yozib boring. PCU Academy mashqlarida har bir soʻrov va sahifa xuddi shu sababga koʻra qayd etiladi.</li></ol><p>Operativ xavfsizlik qonuniylikni ham himoya qiladi. Ochiq manbalar bilan ishlash qonuniy ravishda ommaga ochiq boʻlgan narsalarni toʻplashni anglatadi. Soxta shaxslar yaratish, parollarni tanlash yoki sizib chiqqan maʼlumotlar bazalaridan foydalanish OSINT emas va dalillarni yaroqsiz qilib qoʻyishi mumkin; agar bunday qadamlar zarur boʻlib tuyulsa, ular boshqa, ruxsat etilgan tartibga tegishli.</p>",
                "tk": "<p>Siz web sahypany açanyňyzda onuň eýesi siziň gelen ulgamyňyzyň salgysyny, wagtyny we okan sahypalaryňyzy görüp biler. Professional ulgamda profili göreniňizde eýesine bu barada habar berlip bilner. Elektron hatdaky salgylanma ýa-da surat hatyň haçan we nirede açylandygyny habar berip biler. Galp kompaniýany dolandyrýan jenaýatçy topar bularyň hemmesini yzarlap biler we onuň konteýneri Aktaua ýa-da Alýata gelmezinden bir gün öň gümrük ulgamyndan garaşylmadyk giriş onuň üns bermän goýmajak duýduryşydyr. Rip-on/rip-off ýagdaýynda, ýagny portdaky şärikler kanuny konteýnere neşe serişdelerini salyp goýup, resmileşdirilmezden öň alyp gidende, şeýle duýduryş şol şäriklere hem baryp ýetip biler.</p><p><strong>Operatiw howpsuzlyk</strong> (OPSEC) gyzyklanmaňyzy äşgär etmezden gözleg geçirmegi aňladýar. Gullugyňyzyň düzgünlerini berjaý ediň, hususan-da:</p><ol><li>Diňe gullugyňyzyň açyk çeşmeler bilen işlemek üçin rugsat beren enjamlaryny, ulgamyny we hasaplaryny ulanyň, hiç haçan şahsy enjamlary ýa-da hasaplary ulanmaň.</li><li>Gözegçilik ediň, goşulyşmaň: obýektiň sahypasynda hasaba girmek, ýazylmak, «halandym» goýmak, yzarlamak, habar ýazmak, jaň etmek ýa-da forma doldurmak ýok.</li><li>Barlagdan öň kompaniýa, onuň sahypasyndaky çat ýa-da maslahat berijileri bilen habarlaşmaň.</li><li>Barlanýan adamlaryň atlary ýa-da saýlaw kararlary ýaly gizlin maglumatlary girizileni saklap biljek köpçülikleýin terjime, gözleg ýa-da tekst döretmek hyzmatlaryna goýmaň. Diňe hyzmata gerekli iň az zady giriziň, meselem rugsat berlen yzarlaýyş sahypasynda konteýner belgisini.</li><li>Şübhelenýäniň sahypasyndan göçürilip alnan faýllary gulluk ulgamynda açmaň.</li><li>Saýlaw barada bölümiň içinde hem, daşynda hem diňe bilmeli adamlara habar beriň we hyzmatdaşlar bilen diňe goralan kanallar, meselem ContainerComm arkaly, köpçülikleýin messenjerler arkaly däl, maglumat alyşyň.</li><li>Nämäni, haçan we näme üçin gözländigiňizi ýazyp baryň. PCU Academy maşklarynda her bir sorag we sahypa şol sebäpli bellige alynýar.</li></ol><p>Operatiw howpsuzlyk kanunylygy hem goraýar. Açyk çeşmeler bilen işlemek kanuny taýdan köpçülige açyk bolan zatlary ýygnamagy aňladýar. Ýalan şahsyýetleri döretmek, parollary saýlamak ýa-da syzyp çykan maglumat binýatlaryny ulanmak OSINT däl we subutnamalary ulanyp bolmajak edip biler; eger şeýle ädimler zerur ýaly görünse, olar başga, rugsat berlen tertibe degişli.</p>",
            },
        },
        {
            "type": "glossary_term",
            "term": {
                "en": "Operational security (OPSEC)",
                "ru": "Оперативная безопасность (OPSEC)",
                "uz": "Operativ xavfsizlik (OPSEC)",
                "tk": "Operatiw howpsuzlyk (OPSEC)",
            },
            "definition": {
                "en": "Protecting an operation by controlling the information it gives away, including the traces an officer's online research leaves behind.",
                "ru": "Защита операции путём контроля над информацией, которую она выдаёт, включая следы, оставляемые поиском сотрудника в интернете.",
                "uz": "Operatsiyani u oshkor qiladigan axborotni, jumladan xodimning internetdagi qidiruvi qoldiradigan izlarni nazorat qilish orqali himoya qilish.",
                "tk": "Operasiýany onuň äşgär edýän maglumatyna, şol sanda işgäriň internetdäki gözleginiň galdyrýan yzlaryna gözegçilik etmek arkaly goramak.",
            },
        },
        {
            "type": "callout",
            "kind": "case_study",
            "title": {
                "en": "Case study (fictional): the visitor counter",
                "ru": "Разбор случая (вымышленный): счётчик посетителей",
                "uz": "Amaliy holat (toʻqima): tashrif hisoblagichi",
                "tk": "Mysal (toslama): girişleri hasaplaýjy",
            },
            "html": {
                "en": '<p>An officer at Termez checks the website of "Surkhan Agro Export" from his office computer the evening before its container of dried apricots is due to be loaded. The next morning the booking is cancelled and the container never reaches the terminal. Months later, a seized phone shows the company\'s visitor statistics with the customs network highlighted. The unit now uses a separate, authorised research setup.</p>',
                "ru": "<p>Сотрудник в Термезе вечером накануне погрузки контейнера с курагой проверяет сайт компании «Сурхан Агро Экспорт» со своего служебного компьютера. На следующее утро бронирование отменяют, и контейнер так и не поступает на терминал. Через несколько месяцев в изъятом телефоне обнаруживается статистика посещений сайта компании с выделенной сетью таможни. Теперь подразделение использует отдельные, разрешённые средства для поиска.</p>",
                "uz": "<p>Termizdagi xodim oʻrik qoqisi ortilgan konteyner yuklanishidan bir kun oldin kechqurun «Surxon Agro Eksport» kompaniyasi saytini ish kompyuteridan tekshiradi. Ertasi kuni ertalab bron bekor qilinadi va konteyner terminalga umuman yetib kelmaydi. Bir necha oydan keyin musodara qilingan telefonda bojxona tarmogʻi ajratib koʻrsatilgan kompaniya sayti tashriflari statistikasi topiladi. Endi boʻlinma alohida, ruxsat etilgan tadqiqot vositalaridan foydalanadi.</p>",
                "tk": "<p>Termezdäki işgär guradylan erik ýüklenen konteýneriň ýüklenmeginden bir gün öň agşam «Surhan Agro Eksport» kompaniýasynyň sahypasyny iş kompýuterinden barlaýar. Ertesi irden bronlama ýatyrylýar we konteýner terminala asla gelmeýär. Birnäçe aýdan soň tussag edilen telefonda gümrük ulgamy bellenen kompaniýa sahypasynyň girişleriniň statistikasy tapylýar. Indi bölüm aýratyn, rugsat berlen gözleg serişdelerini ulanýar.</p>",
            },
        },
        {"type": "quiz", "quiz": QUIZ},
    ],
}

COURSE = {
    "slug": "osint-for-customs",
    "title": {
        "en": "Open-source intelligence for customs officers",
        "ru": "Разведка на основе открытых источников для сотрудников таможни",
        "uz": "Bojxona xodimlari uchun ochiq manbalarga asoslangan razvedka",
        "tk": "Gümrük işgärleri üçin açyk çeşmelere esaslanýan aňtaw",
    },
    "summary": {
        "en": "How to use company registries, vessel and container tracking, sanctions lists and price references to test the parties and facts of a consignment, how to judge what you find, and how to search without giving yourself away.",
        "ru": "Как использовать реестры компаний, отслеживание судов и контейнеров, санкционные списки и ценовые ориентиры для проверки участников и фактов по партии, как оценивать найденное и как искать, не выдавая себя.",
        "uz": "Partiya ishtirokchilari va faktlarini tekshirish uchun kompaniyalar reyestrlari, kemalar va konteynerlarni kuzatish, sanksiya roʻyxatlari va narx maʼlumotlaridan qanday foydalanish, topilganlarni qanday baholash va oʻzingizni oshkor qilmasdan qanday qidirish.",
        "tk": "Ýük toparynyň gatnaşyjylaryny we hakykatlaryny barlamak üçin kompaniýalaryň sanawlaryny, gämileri we konteýnerleri yzarlamagy, sanksiýa sanawlaryny we baha salgylanmalaryny nähili ulanmaly, tapylanlara nähili baha bermeli we özüňi äşgär etmän nähili gözlemeli.",
    },
    "objectives": [
        {
            "en": "Check a trading company's registration, address, people and website, and read the result in context.",
            "ru": "Проверять регистрацию, адрес, руководителей и сайт торговой компании и оценивать результат в контексте.",
            "uz": "Savdo kompaniyasining roʻyxatdan oʻtganligi, manzili, rahbarlari va saytini tekshirish hamda natijani kontekstda baholash.",
            "tk": "Söwda kompaniýasynyň hasaba alnyşyny, salgysyny, ýolbaşçylaryny we sahypasyny barlamak hem-de netijä kontekstde baha bermek.",
        },
        {
            "en": "Identify vessels by IMO number, read AIS tracks and container events, and match names against sanctions and watch lists.",
            "ru": "Определять суда по номеру ИМО, читать треки АИС и события контейнеров и сверять имена с санкционными списками и списками наблюдения.",
            "uz": "Kemalarni IMO raqami boʻyicha aniqlash, AIS treklari va konteyner voqealarini oʻqish hamda nomlarni sanksiya va kuzatuv roʻyxatlari bilan solishtirish.",
            "tk": "Gämileri IMO belgisi boýunça kesgitlemek, AIS yzlaryny we konteýner wakalaryny okamak hem-de atlary sanksiýa we gözegçilik sanawlary bilen deňeşdirmek.",
        },
        {
            "en": "Test declared prices against references, grade sources, and protect investigations by sound operational security.",
            "ru": "Сравнивать заявленные цены со справочными, оценивать источники и защищать расследования надлежащей оперативной безопасностью.",
            "uz": "Deklaratsiya qilingan narxlarni maʼlumot narxlari bilan solishtirish, manbalarni baholash va tekshiruvlarni toʻgʻri operativ xavfsizlik bilan himoya qilish.",
            "tk": "Yglan edilen bahalary salgylanma bahalary bilen deňeşdirmek, çeşmelere baha bermek we derňewleri dogry operatiw howpsuzlyk bilen goramak.",
        },
    ],
    "audience": {
        "en": "Risk analysts and officers of Port Control Units who use the internet to check consignments before selection.",
        "ru": "Аналитики рисков и сотрудники групп портового контроля, которые используют интернет для проверки партий перед отбором.",
        "uz": "Tanlovdan oldin partiyalarni tekshirish uchun internetdan foydalanadigan port nazorati guruhlarining xavf tahlilchilari va xodimlari.",
        "tk": "Saýlawdan öň ýük toparlaryny barlamak üçin internetden peýdalanýan port gözegçilik toparlarynyň töwekgelçilik seljerijileri we işgärleri.",
    },
    "estimated_hours": 4,
    "modules": [
        {
            "slug": "finding-information",
            "title": {
                "en": "Finding information",
                "ru": "Поиск информации",
                "uz": "Axborot qidirish",
                "tk": "Maglumat gözlemek",
            },
            "intro": {
                "en": "The open sources that answer a PCU's questions about parties, ships, containers and lists.",
                "ru": "Открытые источники, которые отвечают на вопросы ГПК об участниках, судах, контейнерах и списках.",
                "uz": "PNGning ishtirokchilar, kemalar, konteynerlar va roʻyxatlar haqidagi savollariga javob beradigan ochiq manbalar.",
                "tk": "PGT-niň gatnaşyjylar, gämiler, konteýnerler we sanawlar baradaky soraglaryna jogap berýän açyk çeşmeler.",
            },
            "lessons": [LESSON_COMPANIES, LESSON_VESSELS, LESSON_SANCTIONS],
        },
        {
            "slug": "checking-and-protecting",
            "title": {
                "en": "Checking and protecting",
                "ru": "Проверка и защита",
                "uz": "Tekshirish va himoya",
                "tk": "Barlamak we goramak",
            },
            "intro": {
                "en": "Testing prices, judging the reliability of what you find, and keeping your research safe.",
                "ru": "Проверка цен, оценка надёжности найденного и безопасность вашего поиска.",
                "uz": "Narxlarni tekshirish, topilganlarning ishonchliligini baholash va qidiruvingiz xavfsizligi.",
                "tk": "Bahalary barlamak, tapylanlaryň ygtybarlylygyna baha bermek we gözlegiňiziň howpsuzlygy.",
            },
            "lessons": [LESSON_PRICES, LESSON_VERIFYING, LESSON_OPSEC],
        },
    ],
}
