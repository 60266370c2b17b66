"""A small course in the demo content format: one module, two lessons, a quiz
with every question kind, in four languages."""


def t(en, ru, uz, tk):
    return {"en": en, "ru": ru, "uz": uz, "tk": tk}


QUIZ = {
    "title": t("Check your understanding", "Проверьте себя", "Oʻzingizni tekshiring", "Özüňizi barlaň"),
    "pass_mark": 75,
    "max_attempts": 0,
    "grading": "best",
    "questions": [
        {
            "kind": "single",
            "text": t(
                "Which document is issued by the carrier?",
                "Какой документ выдаёт перевозчик?",
                "Qaysi hujjatni tashuvchi beradi?",
                "Haýsy resminamany daşaýjy berýär?",
            ),
            "options": [
                {
                    "text": t("Bill of lading", "Коносамент", "Konosament", "Konosament"),
                    "correct": True,
                    "feedback": t(
                        "Yes: the carrier issues it.",
                        "Да: его выдаёт перевозчик.",
                        "Ha: uni tashuvchi beradi.",
                        "Hawa: ony daşaýjy berýär.",
                    ),
                },
                {
                    "text": t(
                        "Commercial invoice",
                        "Коммерческий счёт",
                        "Tijorat hisob-fakturasi",
                        "Täjirçilik hasap-fakturasy",
                    ),
                    "correct": False,
                    "feedback": t(
                        "No: the seller issues the invoice.",
                        "Нет: счёт выдаёт продавец.",
                        "Yoʻq: hisob-fakturani sotuvchi beradi.",
                        "Ýok: hasap-fakturany satyjy berýär.",
                    ),
                },
            ],
        },
        {
            "kind": "multiple",
            "text": t(
                "Which are risk indicators?",
                "Что из этого — индикаторы риска?",
                "Qaysilari xavf koʻrsatkichlari?",
                "Haýsylary töwekgelçilik görkezijileri?",
            ),
            "options": [
                {
                    "text": t(
                        "A new consignee", "Новый грузополучатель", "Yangi yuk oluvchi", "Täze ýük alyjy"
                    ),
                    "correct": True,
                    "feedback": t("Right.", "Верно.", "Toʻgʻri.", "Dogry."),
                },
                {
                    "text": t("An indirect route", "Непрямой маршрут", "Aylanma yoʻnalish", "Aýlaw ugur"),
                    "correct": True,
                    "feedback": t("Right.", "Верно.", "Toʻgʻri.", "Dogry."),
                },
                {
                    "text": t(
                        "A known regular shipper",
                        "Известный постоянный отправитель",
                        "Maʼlum doimiy joʻnatuvchi",
                        "Belli hemişelik iberiji",
                    ),
                    "correct": False,
                    "feedback": t(
                        "A known shipper lowers the risk.",
                        "Известный отправитель снижает риск.",
                        "Maʼlum joʻnatuvchi xavfni kamaytiradi.",
                        "Belli iberiji töwekgelçiligi azaldýar.",
                    ),
                },
            ],
        },
        {
            "kind": "true_false",
            "text": t(
                "A packing list states the price of the goods.",
                "В упаковочном листе указана цена товара.",
                "Qadoqlash roʻyxatida tovar narxi koʻrsatiladi.",
                "Gaplama sanawynda harydyň bahasy görkezilýär.",
            ),
            "answer": False,
            "feedback_true": t(
                "No: the invoice states the price.",
                "Нет: цену указывает счёт.",
                "Yoʻq: narxni hisob-faktura koʻrsatadi.",
                "Ýok: bahany hasap-faktura görkezýär.",
            ),
            "feedback_false": t("Correct.", "Правильно.", "Toʻgʻri.", "Dogry."),
        },
        {
            "kind": "numeric",
            "text": t(
                "How many metres long is a forty-foot container, roughly?",
                "Какова примерная длина сорокафутового контейнера в метрах?",
                "Qirq futlik konteyner taxminan necha metr uzunlikda?",
                "Kyrk futlyk konteýner takmynan näçe metr uzynlykda?",
            ),
            "answer": 12,
            "tolerance": 0.5,
            "unit": t("m", "м", "m", "m"),
            "feedback": t(
                "About 12.2 metres.", "Около 12,2 метра.", "Taxminan 12,2 metr.", "Takmynan 12,2 metr."
            ),
        },
    ],
}

COURSE = {
    "slug": "sample-course",
    "title": t("Sample course", "Пробный курс", "Namuna kurs", "Nusga kurs"),
    "summary": t(
        "A short course used by the tests.",
        "Короткий курс для тестов.",
        "Testlar uchun qisqa kurs.",
        "Synaglar üçin gysga kurs.",
    ),
    "objectives": [
        t(
            "Name the main shipping documents.",
            "Назвать основные документы перевозки.",
            "Asosiy tashish hujjatlarini ayting.",
            "Esasy daşama resminamalaryny aýdyň.",
        ),
    ],
    "audience": t(
        "New PCU officers.", "Новые сотрудники ГПК.", "PNG yangi xodimlari.", "PGT-nyň täze işgärleri."
    ),
    "estimated_hours": 1,
    "modules": [
        {
            "slug": "documents",
            "title": t("Documents", "Документы", "Hujjatlar", "Resminamalar"),
            "intro": t(
                "The papers of a box.",
                "Бумаги контейнера.",
                "Konteyner hujjatlari.",
                "Konteýneriň resminamalary.",
            ),
            "lessons": [
                {
                    "slug": "reading-documents",
                    "title": t(
                        "Reading documents", "Чтение документов", "Hujjatlarni oʻqish", "Resminamalary okamak"
                    ),
                    "minutes": 10,
                    "body": [
                        {
                            "type": "heading",
                            "text": t("Three papers", "Три документа", "Uchta hujjat", "Üç resminama"),
                        },
                        {
                            "type": "rich_text",
                            "html": t(
                                '<p>Read the <strong>bill of lading</strong> first.</p><ul><li>Check the shipper.</li><li>Check the route, see <a href="https://example.org/routes">routes</a>.</li></ul>',
                                '<p>Сначала прочтите <strong>коносамент</strong>.</p><ul><li>Проверьте отправителя.</li><li>Проверьте маршрут, см. <a href="https://example.org/routes">маршруты</a>.</li></ul>',
                                '<p>Avval <strong>konosamentni</strong> oʻqing.</p><ul><li>Joʻnatuvchini tekshiring.</li><li>Yoʻnalishni tekshiring, <a href="https://example.org/routes">yoʻnalishlar</a>ga qarang.</li></ul>',
                                '<p>Ilki bilen <strong>konosamenti</strong> okaň.</p><ul><li>Iberijini barlaň.</li><li>Ugry barlaň, <a href="https://example.org/routes">ugurlara</a> serediň.</li></ul>',
                            ),
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": t("Seals", "Пломбы", "Plombalar", "Plombalar"),
                            "html": t(
                                "<p>Compare the seal numbers.</p>",
                                "<p>Сравните номера пломб.</p>",
                                "<p>Plomba raqamlarini solishtiring.</p>",
                                "<p>Plomba belgilerini deňeşdiriň.</p>",
                            ),
                        },
                        {
                            "type": "glossary_term",
                            "term": t("Consignee", "Грузополучатель", "Yuk oluvchi", "Ýük alyjy"),
                            "definition": t(
                                "The party that receives the goods.",
                                "Сторона, получающая товар.",
                                "Tovarni qabul qiluvchi tomon.",
                                "Harydy kabul edýän tarap.",
                            ),
                        },
                    ],
                },
                {
                    "slug": "document-quiz",
                    "title": t(
                        "Document quiz",
                        "Тест по документам",
                        "Hujjatlar boʻyicha test",
                        "Resminamalar boýunça test",
                    ),
                    "minutes": 5,
                    "body": [{"type": "quiz", "quiz": QUIZ}],
                },
            ],
        }
    ],
}
