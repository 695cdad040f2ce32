"""Place names, people and organisations the demo generator draws from.

Real towns come first so a small demo looks like a real office; beyond them, names are
built from stems and endings that exist in each language (Dub + ivka = Dubivka, Ak + su
= Aksu), spelled in the Latin form filed with the Commission and in the local script. At
20,000 signatories names repeat across regions, as real village names do.

Every entry is a (Latin, local) pair; the local form of Moldova, Azerbaijan and
Turkmenistan is Latin with the national diacritics.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class CountryData:
    currency: str
    phone: str
    tld: str
    regions: tuple[str, ...]
    places: tuple[tuple[str, str, int, int], ...]
    """(Latin, local, index into regions, population)."""
    stems: tuple[Pair, ...]
    endings: tuple[Pair, ...]
    prefixes: tuple[Pair, ...] = (("", ""),)
    first_names: tuple[str, ...] = ()
    last_names: tuple[str, ...] = ()
    weight: int = 5


# fmt: off
COUNTRY_DATA: dict[str, CountryData] = {
    "UA": CountryData(
        currency="UAH",
        phone="+380",
        tld="gov.ua",
        regions=(
            "Lviv Oblast", "Kyiv Oblast", "Vinnytsia Oblast", "Poltava Oblast",
            "Chernihiv Oblast", "Zhytomyr Oblast", "Ivano-Frankivsk Oblast", "Odesa Oblast",
            "Ternopil Oblast", "Rivne Oblast",
        ),
        places=(
            ("Lviv", "Львів", 0, 717_000), ("Zhovkva", "Жовква", 0, 13_000),
            ("Vinnytsia", "Вінниця", 2, 369_000), ("Poltava", "Полтава", 3, 279_000),
            ("Chernihiv", "Чернігів", 4, 285_000), ("Zhytomyr", "Житомир", 5, 261_000),
            ("Ivano-Frankivsk", "Івано-Франківськ", 6, 238_000),
            ("Kalush", "Калуш", 6, 65_000), ("Ternopil", "Тернопіль", 8, 225_000),
            ("Rivne", "Рівне", 9, 243_000), ("Slavutych", "Славутич", 1, 24_000),
            ("Bila Tserkva", "Біла Церква", 1, 207_000), ("Odesa", "Одеса", 7, 1_010_000),
            ("Kremenchuk", "Кременчук", 3, 217_000), ("Nizhyn", "Ніжин", 4, 68_000),
        ),
        stems=(
            ("Dub", "Дуб"), ("Sosn", "Сосн"), ("Berez", "Берез"), ("Lyp", "Лип"),
            ("Petr", "Петр"), ("Ivan", "Іван"), ("Kalyn", "Калин"), ("Vyshn", "Вишн"),
            ("Topol", "Топол"), ("Hrush", "Груш"), ("Stepan", "Степан"), ("Mykhail", "Михайл"),
            ("Olen", "Олен"), ("Zelen", "Зелен"), ("Yablun", "Яблун"), ("Verb", "Верб"),
            ("Klen", "Клен"), ("Hryhor", "Григор"),
        ),
        endings=(
            ("ivka", "івка"), ("ove", "ове"), ("ivtsi", "івці"), ("ychi", "ичі"),
            ("ivske", "івське"), ("anka", "анка"),
        ),
        prefixes=(("", ""), ("Nova ", "Нова "), ("Velyka ", "Велика "), ("Mala ", "Мала ")),
        first_names=("Oksana", "Andrii", "Iryna", "Taras", "Olena", "Mykola", "Nataliia"),
        last_names=("Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Tkachenko", "Hnatiuk"),
        weight=30,
    ),
    "BY": CountryData(
        currency="BYN",
        phone="+375",
        tld="gov.by",
        regions=(
            "Minsk Region", "Brest Region", "Hrodna Region", "Vitsebsk Region",
            "Mahilyow Region", "Homel Region",
        ),
        places=(
            ("Hrodna", "Гродна", 2, 357_000), ("Brest", "Брэст", 1, 340_000),
            ("Vitsebsk", "Віцебск", 3, 364_000), ("Mahilyow", "Магілёў", 4, 357_000),
            ("Homel", "Гомель", 5, 502_000), ("Polatsk", "Полацк", 3, 82_000),
            ("Pinsk", "Пінск", 1, 125_000), ("Navapolatsk", "Наваполацк", 3, 100_000),
            ("Baranavichy", "Баранавічы", 1, 175_000), ("Lida", "Ліда", 2, 101_000),
            ("Maladzyechna", "Маладзечна", 0, 94_000),
        ),
        stems=(
            ("Dub", "Дуб"), ("Biaroz", "Бяроз"), ("Kalin", "Калін"), ("Piatr", "Пятр"),
            ("Ivan", "Іван"), ("Mikhal", "Міхал"), ("Zhuk", "Жук"), ("Sasnov", "Саснов"),
            ("Lip", "Ліп"), ("Krasn", "Красн"), ("Hlyb", "Глыб"), ("Asin", "Асін"),
        ),
        endings=(("auka", "аўка"), ("ava", "ава"), ("ichy", "ічы"), ("shchyna", "шчына")),
        prefixes=(("", ""), ("Novaya ", "Новая "), ("Vialikaya ", "Вялікая ")),
        first_names=("Alena", "Siarhei", "Volha", "Aliaksandr", "Tatsiana", "Dzmitry"),
        last_names=("Kavalchuk", "Novik", "Savitski", "Marozau", "Lukashevich"),
        weight=7,
    ),
    "MD": CountryData(
        currency="MDL",
        phone="+373",
        tld="md",
        regions=(
            "Chisinau Municipality", "Balti Municipality", "Cahul District",
            "Ungheni District", "Soroca District", "Orhei District", "Gagauzia",
            "Hincesti District", "Straseni District", "Causeni District",
        ),
        places=(
            ("Chisinau", "Chișinău", 0, 639_000), ("Balti", "Bălți", 1, 102_000),
            ("Cahul", "Cahul", 2, 34_000), ("Ungheni", "Ungheni", 3, 30_000),
            ("Soroca", "Soroca", 4, 22_000), ("Orhei", "Orhei", 5, 21_000),
            ("Comrat", "Comrat", 6, 20_000), ("Hincesti", "Hîncești", 7, 12_000),
            ("Straseni", "Strășeni", 8, 18_000), ("Causeni", "Căușeni", 9, 16_000),
        ),
        stems=(
            ("Cior", "Cior"), ("Mihail", "Mihăil"), ("Ion", "Ion"), ("Petr", "Petr"),
            ("Dan", "Dăn"), ("Stef", "Ștef"), ("Grigor", "Grigor"), ("Vasil", "Vasil"),
            ("Cos", "Coș"), ("Rus", "Rus"), ("Bor", "Bor"), ("Pir", "Pîr"),
            ("Tig", "Țig"), ("Marc", "Mărc"), ("Cret", "Crăț"), ("Negr", "Negr"),
            ("Lung", "Lung"), ("Cern", "Cern"), ("Bals", "Băls"), ("Frum", "Frum"),
        ),
        endings=(
            ("esti", "ești"), ("eni", "eni"), ("ani", "ani"), ("easa", "easa"),
            ("auti", "ăuți"), ("iceni", "iceni"), ("ita", "ița"), ("ova", "ova"),
        ),
        prefixes=(("", ""), ("Noua ", "Noua "), ("Valea ", "Valea ")),
        first_names=("Ana", "Ion", "Maria", "Vasile", "Elena", "Andrei", "Natalia"),
        last_names=("Rusu", "Ceban", "Ciobanu", "Munteanu", "Cojocaru", "Lupu"),
        weight=12,
    ),
    "AM": CountryData(
        currency="AMD",
        phone="+374",
        tld="am",
        regions=(
            "Shirak", "Lori", "Tavush", "Gegharkunik", "Syunik", "Aragatsotn", "Kotayk",
            "Ararat", "Yerevan",
        ),
        places=(
            ("Yerevan", "Երևան", 8, 1_090_000), ("Gyumri", "Գյումրի", 0, 112_000),
            ("Vanadzor", "Վանաձոր", 1, 76_000), ("Dilijan", "Դիլիջան", 2, 16_000),
            ("Sevan", "Սևան", 3, 18_000), ("Ijevan", "Իջևան", 2, 19_000),
            ("Goris", "Գորիս", 4, 20_000), ("Kapan", "Կապան", 4, 41_000),
            ("Ashtarak", "Աշտարակ", 5, 18_000), ("Spitak", "Սպիտակ", 1, 12_000),
        ),
        stems=(
            ("Ayg", "Այգ"), ("Nor", "Նոր"), ("Vard", "Վարդ"), ("Lus", "Լուս"),
            ("Khach", "Խաչ"), ("Arev", "Արև"), ("Sar", "Սար"), ("Get", "Գետ"),
            ("Tsaghk", "Ծաղկ"), ("Mar", "Մար"), ("Dar", "Դար"), ("Zov", "Զով"),
            ("Hovt", "Հովտ"), ("Ardz", "Արծ"), ("Vosk", "Ոսկ"), ("Shen", "Շեն"),
        ),
        endings=(
            ("avan", "ավան"), ("adzor", "աձոր"), ("ashen", "աշեն"), ("akert", "ակերտ"),
            ("aberd", "աբերդ"), ("ashat", "աշատ"), ("agyugh", "ագյուղ"),
        ),
        prefixes=(("", ""), ("Mets ", "Մեծ "), ("Verin ", "Վերին ")),
        first_names=("Anahit", "Armen", "Lilit", "Davit", "Gayane", "Tigran"),
        last_names=("Hakobyan", "Petrosyan", "Grigoryan", "Sargsyan", "Avetisyan"),
        weight=8,
    ),
    "GE": CountryData(
        currency="GEL",
        phone="+995",
        tld="gov.ge",
        regions=(
            "Kakheti", "Imereti", "Adjara", "Kvemo Kartli", "Shida Kartli",
            "Samegrelo-Zemo Svaneti", "Samtskhe-Javakheti", "Mtskheta-Mtianeti", "Guria",
            "Tbilisi",
        ),
        places=(
            ("Tbilisi", "თბილისი", 9, 1_200_000), ("Kutaisi", "ქუთაისი", 1, 130_000),
            ("Batumi", "ბათუმი", 2, 170_000), ("Rustavi", "რუსთავი", 3, 130_000),
            ("Zugdidi", "ზუგდიდი", 5, 42_000), ("Gori", "გორი", 4, 48_000),
            ("Telavi", "თელავი", 0, 19_000), ("Akhaltsikhe", "ახალციხე", 6, 17_000),
            ("Mtskheta", "მცხეთა", 7, 8_000), ("Kvareli", "ყვარელი", 0, 7_000),
            ("Signagi", "სიღნაღი", 0, 2_000), ("Ozurgeti", "ოზურგეთი", 8, 14_000),
        ),
        stems=(
            ("Mukhr", "მუხრ"), ("Vaz", "ვაზ"), ("Kvish", "კვიშ"), ("Gur", "გურ"),
            ("Nadzv", "ნაძვ"), ("Mtsvan", "მწვან"), ("Tel", "თელ"), ("Kakl", "კაკლ"),
            ("Vashl", "ვაშლ"), ("Lel", "ლელ"), ("Ber", "ბერ"), ("Tskh", "ცხ"),
            ("Tsitel", "წითელ"), ("Kld", "კლდ"), ("Tsqar", "წყარ"), ("Sakhl", "სახლ"),
        ),
        endings=(
            ("ani", "ანი"), ("eti", "ეთი"), ("ovani", "ოვანი"), ("iskhevi", "ისხევი"),
            ("ouri", "ოური"), ("iskari", "ისკარი"),
        ),
        prefixes=(("", ""), ("Zemo ", "ზემო "), ("Kvemo ", "ქვემო "), ("Akhali ", "ახალი ")),
        first_names=("Nino", "Giorgi", "Tamar", "Levan", "Mariam", "Irakli"),
        last_names=("Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri"),
        weight=10,
    ),
    "AZ": CountryData(
        currency="AZN",
        phone="+994",
        tld="gov.az",
        regions=(
            "Ganja-Dashkasan", "Absheron-Khizi", "Lankaran-Astara", "Shaki-Zagatala",
            "Guba-Khachmaz", "Mountainous Shirvan", "Central Aran",
        ),
        places=(
            ("Ganja", "Gəncə", 0, 335_000), ("Sumgait", "Sumqayıt", 1, 345_000),
            ("Mingachevir", "Mingəçevir", 6, 106_000), ("Lankaran", "Lənkəran", 2, 87_000),
            ("Shaki", "Şəki", 3, 68_000), ("Gabala", "Qəbələ", 3, 14_000),
            ("Guba", "Quba", 4, 40_000), ("Shamakhi", "Şamaxı", 5, 42_000),
            ("Naftalan", "Naftalan", 0, 10_000),
        ),
        stems=(
            ("Gara", "Qara"), ("Agh", "Ağ"), ("Yeni", "Yeni"), ("Chay", "Çay"),
            ("Dash", "Daş"), ("Gum", "Qum"), ("Bag", "Bağ"), ("Gol", "Göl"), ("Ala", "Ala"),
            ("Dag", "Dağ"),
        ),
        endings=(("kend", "kənd"), ("bulag", "bulaq"), ("yurd", "yurd"), ("oba", "oba")),
        prefixes=(("", ""), ("Yukhari ", "Yuxarı "), ("Ashaghi ", "Aşağı ")),
        first_names=("Aygun", "Elvin", "Leyla", "Rashad", "Sevinj", "Farid"),
        last_names=("Mammadov", "Aliyeva", "Huseynov", "Guliyeva", "Hasanov"),
        weight=4,
    ),
    "KZ": CountryData(
        currency="KZT",
        phone="+7",
        tld="gov.kz",
        regions=(
            "Almaty Region", "Akmola Region", "Turkistan Region", "Karaganda Region",
            "Aktobe Region", "Zhambyl Region", "Pavlodar Region", "East Kazakhstan Region",
            "Kostanay Region", "Kyzylorda Region",
        ),
        places=(
            ("Almaty", "Алматы", 0, 2_200_000), ("Astana", "Астана", 1, 1_350_000),
            ("Shymkent", "Шымкент", 2, 1_200_000), ("Karaganda", "Қарағанды", 3, 500_000),
            ("Aktobe", "Ақтөбе", 4, 560_000), ("Taraz", "Тараз", 5, 430_000),
            ("Pavlodar", "Павлодар", 6, 370_000), ("Oskemen", "Өскемен", 7, 340_000),
            ("Kostanay", "Қостанай", 8, 260_000), ("Kyzylorda", "Қызылорда", 9, 320_000),
            ("Turkistan", "Түркістан", 2, 200_000),
        ),
        stems=(
            ("Ak", "Ақ"), ("Kara", "Қара"), ("Kyzyl", "Қызыл"), ("Sary", "Сары"),
            ("Zhana", "Жаңа"), ("Kok", "Көк"), ("Bes", "Бес"), ("Tas", "Тас"),
            ("Kos", "Қос"), ("Alty", "Алты"), ("Shu", "Шу"), ("Ai", "Ай"),
            ("Ush", "Үш"), ("Zhel", "Жел"), ("Kum", "Құм"), ("Tal", "Тал"),
            ("Teren", "Терең"), ("Kain", "Қайың"), ("Shabyt", "Шабыт"),
        ),
        endings=(
            ("su", "су"), ("bulak", "бұлақ"), ("tobe", "төбе"), ("kol", "көл"),
            ("ozek", "өзек"), ("tau", "тау"), ("kuduk", "құдық"), ("agash", "ағаш"),
            ("zhar", "жар"), ("sai", "сай"),
        ),
        prefixes=(("", ""), ("Ulken ", "Үлкен "), ("Kishi ", "Кіші "), ("Zhana ", "Жаңа ")),
        first_names=("Aigerim", "Nurlan", "Dana", "Yerlan", "Gulnara", "Arman"),
        last_names=("Nurpeisova", "Zhaksybekov", "Abdrakhmanova", "Seitkali", "Omarov"),
        weight=8,
    ),
    "KG": CountryData(
        currency="KGS",
        phone="+996",
        tld="gov.kg",
        regions=(
            "Chuy Region", "Issyk-Kul Region", "Naryn Region", "Talas Region", "Osh Region",
            "Jalal-Abad Region", "Batken Region", "Bishkek",
        ),
        places=(
            ("Bishkek", "Бишкек", 7, 1_100_000), ("Osh", "Ош", 4, 320_000),
            ("Jalal-Abad", "Жалал-Абад", 5, 123_000), ("Karakol", "Каракол", 1, 84_000),
            ("Tokmok", "Токмок", 0, 71_000), ("Naryn", "Нарын", 2, 41_000),
            ("Talas", "Талас", 3, 43_000), ("Balykchy", "Балыкчы", 1, 48_000),
            ("Uzgen", "Өзгөн", 4, 60_000), ("Kara-Balta", "Кара-Балта", 0, 50_000),
            ("Cholpon-Ata", "Чолпон-Ата", 1, 15_000),
        ),
        stems=(
            ("Ak", "Ак"), ("Kara", "Кара"), ("Kyzyl", "Кызыл"), ("Sary", "Сары"),
            ("Jany", "Жаңы"), ("Kok", "Көк"), ("Tash", "Таш"), ("Orto", "Орто"),
            ("Kichi", "Кичи"), ("Chong", "Чоң"),
        ),
        endings=(
            ("-Suu", "-Суу"), ("-Bulak", "-Булак"), ("-Dobo", "-Дөбө"), ("-Kol", "-Көл"),
            ("-Jar", "-Жар"), ("-Say", "-Сай"),
        ),
        first_names=("Aizada", "Bakyt", "Cholpon", "Azamat", "Nazira", "Talant"),
        last_names=("Abdyldaev", "Toktogulova", "Asanov", "Sydykova", "Mamatov"),
        weight=5,
    ),
    "TJ": CountryData(
        currency="TJS",
        phone="+992",
        tld="tj",
        regions=(
            "Sughd Region", "Khatlon Region", "Gorno-Badakhshan",
            "Districts of Republican Subordination", "Dushanbe",
        ),
        places=(
            ("Dushanbe", "Душанбе", 4, 1_200_000), ("Khujand", "Хуҷанд", 0, 200_000),
            ("Kulob", "Кӯлоб", 1, 110_000), ("Bokhtar", "Бохтар", 1, 115_000),
            ("Istaravshan", "Истаравшан", 0, 65_000), ("Khorugh", "Хоруғ", 2, 30_000),
            ("Panjakent", "Панҷакент", 0, 45_000), ("Isfara", "Исфара", 0, 50_000),
            ("Vahdat", "Ваҳдат", 3, 50_000), ("Hisor", "Ҳисор", 3, 30_000),
        ),
        stems=(
            ("Nav", "Нав"), ("Sabz", "Сабз"), ("Gul", "Гул"), ("Shahr", "Шаҳр"),
            ("Bog", "Боғ"), ("Ob", "Об"), ("Sang", "Санг"), ("Kuh", "Кӯҳ"),
            ("Dil", "Дил"), ("Chashm", "Чашм"),
        ),
        endings=(("obod", "обод"), ("iston", "истон"), ("dara", "дара"), ("zor", "зор")),
        first_names=("Malika", "Rustam", "Zarina", "Farrukh", "Shahnoza", "Dilshod"),
        last_names=("Rahimov", "Nazarova", "Karimov", "Saidova", "Sharipov"),
        weight=4,
    ),
    "TM": CountryData(
        currency="TMT",
        phone="+993",
        tld="gov.tm",
        regions=(
            "Ahal Province", "Balkan Province", "Dashoguz Province", "Lebap Province",
            "Mary Province", "Ashgabat",
        ),
        places=(
            ("Ashgabat", "Aşgabat", 5, 1_030_000), ("Turkmenabat", "Türkmenabat", 3, 250_000),
            ("Dashoguz", "Daşoguz", 2, 230_000), ("Mary", "Mary", 4, 170_000),
            ("Balkanabat", "Balkanabat", 1, 120_000),
            ("Turkmenbashi", "Türkmenbaşy", 1, 75_000), ("Tejen", "Tejen", 0, 70_000),
            ("Bayramaly", "Baýramaly", 4, 90_000), ("Serdar", "Serdar", 1, 60_000),
            ("Anew", "Änew", 0, 40_000),
        ),
        stems=(
            ("Ak", "Ak"), ("Gara", "Gara"), ("Gyzyl", "Gyzyl"), ("Taze", "Täze"),
            ("Gok", "Gök"), ("Bereket", "Bereket"), ("Altyn", "Altyn"), ("Bag", "Bag"),
            ("Yashyl", "Ýaşyl"), ("Gun", "Gün"), ("Bay", "Baý"), ("Dash", "Daş"),
            ("Gum", "Gum"), ("Sary", "Sary"), ("Yylan", "Ýylan"), ("Mekan", "Mekan"),
        ),
        endings=(
            ("depe", "depe"), ("oba", "oba"), ("kol", "köl"), ("yap", "ýap"), ("bag", "bag"),
            ("gum", "gum"), ("chay", "çaý"), ("ata", "ata"),
        ),
        prefixes=(("", ""), ("Uly ", "Uly "), ("Kichi ", "Kiçi ")),
        first_names=("Ogulgerek", "Merdan", "Jennet", "Batyr", "Maral", "Serdar"),
        last_names=("Annayev", "Orazova", "Berdiyev", "Gurbanova", "Atayev"),
        weight=4,
    ),
    "UZ": CountryData(
        currency="UZS",
        phone="+998",
        tld="gov.uz",
        regions=(
            "Tashkent Region", "Samarkand Region", "Bukhara Region", "Namangan Region",
            "Andijan Region", "Fergana Region", "Karakalpakstan", "Kashkadarya Region",
            "Surkhandarya Region", "Khorezm Region", "Jizzakh Region", "Navoi Region",
        ),
        places=(
            ("Tashkent", "Тошкент", 0, 2_900_000), ("Samarkand", "Самарқанд", 1, 550_000),
            ("Bukhara", "Бухоро", 2, 280_000), ("Namangan", "Наманган", 3, 650_000),
            ("Andijan", "Андижон", 4, 450_000), ("Fergana", "Фарғона", 5, 300_000),
            ("Nukus", "Нукус", 6, 330_000), ("Karshi", "Қарши", 7, 280_000),
            ("Termez", "Термиз", 8, 180_000), ("Urgench", "Урганч", 9, 150_000),
            ("Jizzakh", "Жиззах", 10, 180_000), ("Navoi", "Навоий", 11, 150_000),
            ("Chirchiq", "Чирчиқ", 0, 160_000),
        ),
        stems=(
            ("Oq", "Оқ"), ("Qora", "Қора"), ("Qizil", "Қизил"), ("Yangi", "Янги"),
            ("Ko'k", "Кўк"), ("Tosh", "Тош"), ("Bog'", "Боғ"), ("Olma", "Олма"),
            ("Gul", "Гул"), ("Sariq", "Сариқ"),
        ),
        endings=(
            ("ariq", "ариқ"), ("tepa", "тепа"), ("qo'rg'on", "қўрғон"), ("ko'l", "кўл"),
            ("obod", "обод"), ("buloq", "булоқ"),
        ),
        first_names=("Dilnoza", "Jasur", "Nodira", "Sherzod", "Gulnora", "Bekzod"),
        last_names=("Yusupov", "Rashidova", "Tursunov", "Alimova", "Ismoilov"),
        weight=7,
    ),
}

# fmt: on


@dataclass(frozen=True)
class CoordinatorData:
    country: str
    kind: str
    name: str
    local_name: str
    region: str
    domain: str
    mandated_agency: str = ""
    city: str = ""
    """Seat of the office, when it is not the first town listed for its country."""


# Candidates for the office itself (chosen by the seed) and for co-supporting coordinators.
# fmt: off
COORDINATORS: tuple[CoordinatorData, ...] = (
    CoordinatorData(
        "UA", "territorial", "Lviv Regional State Administration",
        "Львівська обласна державна адміністрація", "Lviv Oblast", "loda.gov.ua",
        "Lviv Regional Energy Agency",
    ),
    CoordinatorData(
        "TM", "national", "Ministry of Energy of Turkmenistan",
        "Türkmenistanyň Energetika ministrligi", "", "minenergy.gov.tm",
    ),
    CoordinatorData(
        "GE", "territorial", "Kakheti Regional Administration",
        "კახეთის რეგიონული ადმინისტრაცია", "Kakheti", "kakheti.gov.ge", city="Telavi",
    ),
    CoordinatorData(
        "MD", "national", "Energy Efficiency Agency of Moldova",
        "Agenția pentru Eficiență Energetică", "", "aee.md",
    ),
    CoordinatorData(
        "KZ", "territorial", "Akimat of Almaty Region", "Алматы облысының әкімдігі",
        "Almaty Region", "zhetysu.gov.kz", city="Konaev",
    ),
    CoordinatorData(
        "AM", "national", "Ministry of Territorial Administration and Infrastructure",
        "Տարածքային կառավարման և ենթակառուցվածքների նախարարություն", "", "mtad.am",
    ),
    CoordinatorData(
        "UA", "territorial", "Vinnytsia Regional Council", "Вінницька обласна рада",
        "Vinnytsia Oblast", "vinrada.gov.ua", "Vinnytsia Energy Agency",
    ),
    CoordinatorData(
        "BY", "territorial", "Hrodna Regional Executive Committee",
        "Гродзенскі абласны выканаўчы камітэт", "Hrodna Region", "region.grodno.by",
    ),
    CoordinatorData(
        "UZ", "national", "Ministry of Energy of Uzbekistan",
        "Ўзбекистон Республикаси Энергетика вазирлиги", "", "minenergy.uz",
    ),
    CoordinatorData(
        "KG", "territorial", "Issyk-Kul Regional Administration",
        "Ысык-Көл облустук мамлекеттик администрациясы", "Issyk-Kul Region", "ik.gov.kg",
    ),
)

FUNDERS: dict[str, tuple[str, ...]] = {
    "own_budget": ("Municipal budget",),
    "national": (
        "State Energy Efficiency Fund", "Ministry of Finance", "Regional Development Fund",
        "National Environmental Fund",
    ),
    "eu": (
        "EU4Energy", "Mayors for Economic Growth", "EU4Climate", "Covenant of Mayors East "
        "Demonstration Projects", "Interreg NEXT Black Sea Basin", "Horizon Europe",
    ),
    "ifi": ("EBRD", "EIB", "World Bank", "NEFCO", "Asian Development Bank", "KfW"),
    "donor": ("E5P", "UNDP", "GIZ", "USAID", "Sida", "Green Climate Fund", "GEF"),
    "private": (
        "Local ESCO LLC", "Commercial bank credit line", "Energy Cooperative",
        "Crowdfunding platform", "Housing association",
    ),
}

PURPOSES: tuple[str, ...] = (
    "Thermal insulation of kindergarten", "LED street lighting", "School boiler replacement",
    "Solar PV on the town hall", "Energy audit of public buildings", "Heat pumps in clinic",
    "Electric buses for the municipal fleet", "District heating network upgrade",
    "Water pumping station efficiency", "SECAP preparation", "Baseline emission inventory",
    "Risk and vulnerability assessment", "Energy manager position", "Biomass boiler house",
    "Retrofit of multi-apartment buildings", "Cycling infrastructure",
)

ACTIVITY_TOPICS: tuple[str, ...] = (
    "Baseline emission inventory methodology", "SECAP template walkthrough",
    "Energy management in public buildings", "Climate risk and vulnerability assessment",
    "Financing energy efficiency projects", "Monitoring report preparation",
    "Green procurement", "Energy poverty in the action plan", "Street lighting retrofit",
    "Renewable heat in small towns", "Preparing bankable project proposals",
)

ENERGY_DAY_THEMES: tuple[str, ...] = (
    "Save energy at home", "Sun for our school", "Cycle to work day", "Warm homes, clean air",
    "Energy-efficient town hall open doors", "Young energy savers contest",
    "Green city fair", "Climate and water", "Light bulb exchange", "Energy detectives",
)
# fmt: on
