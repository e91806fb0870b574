//! News-style figure phrases: what a fact-checker reads in each sentence.

pub struct Case {
    pub sentence: &'static str,
    /// The figure's text exactly as it appears in the sentence (a substring; include the currency symbol/code/word, the scale word, the percent sign/word, and the bounding qualifier words like "more than" / "between … and …" / "up to"; for hedges ("about", "nearly") include them too).
    pub text: &'static str,
    pub kind: Kind,        // Quantity, Money, Percent
    pub number: f64, // the stated number after scale; for a range, its LOW end; for a fraction, the percentage
    pub low: Option<f64>, // interval lower bound, None = unbounded
    pub high: Option<f64>, // interval upper bound, None = unbounded
    pub low_open: bool,
    pub high_open: bool,
    pub unit: Option<&'static str>, // ISO currency for money, "%" / "percentage point" for percent, the measure lemma for quantities
    pub qualifier: Option<&'static str>, // "about", "nearly", "over", "at-least", "under", "up-to", or None
    pub measure: Option<&'static str>,
}

pub enum Kind {
    Quantity,
    Money,
    Percent,
}

// ---------------------------------------------------------------------------
// Row builders. Every builder produces a closed point figure; the wrappers
// below turn it into a bounded / hedged / ranged figure.
// ---------------------------------------------------------------------------

const fn point(
    sentence: &'static str,
    text: &'static str,
    kind: Kind,
    number: f64,
    unit: Option<&'static str>,
    measure: Option<&'static str>,
) -> Case {
    Case {
        sentence,
        text,
        kind,
        number,
        low: Some(number),
        high: Some(number),
        low_open: false,
        high_open: false,
        unit,
        qualifier: None,
        measure,
    }
}

/// Quantity: unit and measure are both the counted noun's lemma.
const fn q(sentence: &'static str, text: &'static str, number: f64, measure: &'static str) -> Case {
    point(
        sentence,
        text,
        Kind::Quantity,
        number,
        Some(measure),
        Some(measure),
    )
}

/// Money: `cur` is the ISO code; `measure` is what the money is for.
const fn money(
    sentence: &'static str,
    text: &'static str,
    number: f64,
    cur: &'static str,
    measure: Option<&'static str>,
) -> Case {
    point(sentence, text, Kind::Money, number, Some(cur), measure)
}

/// Percent (%, percent, per cent, -percent, and fractions).
const fn pct(
    sentence: &'static str,
    text: &'static str,
    number: f64,
    measure: Option<&'static str>,
) -> Case {
    point(sentence, text, Kind::Percent, number, Some("%"), measure)
}

/// Percentage points.
const fn pp(
    sentence: &'static str,
    text: &'static str,
    number: f64,
    measure: Option<&'static str>,
) -> Case {
    point(
        sentence,
        text,
        Kind::Percent,
        number,
        Some("percentage point"),
        measure,
    )
}

/// over / more than / above / exceeding / in excess of: (number, +inf)
const fn over(c: Case) -> Case {
    Case {
        low: Some(c.number),
        high: None,
        low_open: true,
        high_open: false,
        qualifier: Some("over"),
        ..c
    }
}

/// at least / no fewer than / no less than: [number, +inf)
const fn at_least(c: Case) -> Case {
    Case {
        low: Some(c.number),
        high: None,
        low_open: false,
        high_open: false,
        qualifier: Some("at-least"),
        ..c
    }
}

/// under / less than / fewer than / below: [0, number)
const fn under(c: Case) -> Case {
    Case {
        low: Some(0.0),
        high: Some(c.number),
        low_open: false,
        high_open: true,
        qualifier: Some("under"),
        ..c
    }
}

/// up to / as many as / at most: [0, number]
const fn up_to(c: Case) -> Case {
    Case {
        low: Some(0.0),
        high: Some(c.number),
        low_open: false,
        high_open: false,
        qualifier: Some("up-to"),
        ..c
    }
}

/// about / around / roughly / approximately / some / an estimated: point, tolerance applied later.
const fn about(c: Case) -> Case {
    Case {
        qualifier: Some("about"),
        ..c
    }
}

/// nearly / almost / close to: point, tolerance applied later.
const fn nearly(c: Case) -> Case {
    Case {
        qualifier: Some("nearly"),
        ..c
    }
}

/// Explicit range: [number, high], both closed.
const fn range(c: Case, high: f64) -> Case {
    Case {
        low: Some(c.number),
        high: Some(high),
        low_open: false,
        high_open: false,
        ..c
    }
}

/// Vague plural ("dozens of", "thousands of"): [number, high).
const fn vague(c: Case, high: f64) -> Case {
    Case {
        low: Some(c.number),
        high: Some(high),
        low_open: false,
        high_open: true,
        ..c
    }
}

const THIRD: f64 = 100.0 / 3.0;
const TWO_THIRDS: f64 = 200.0 / 3.0;

pub const CASES: &[Case] = &[
    // =====================================================================
    // Quantities written with digits
    // =====================================================================
    q(
        "Russia launched 320 drones and 37 missiles at Ukraine overnight, the air force said.",
        "320",
        320.0,
        "drone",
    ),
    q(
        "Russia launched 320 drones and 37 missiles at Ukraine overnight, the air force said.",
        "37",
        37.0,
        "missile",
    ),
    q(
        "Ukraine's general staff said 68,000 Russian soldiers had been killed or wounded in the Kursk region.",
        "68,000",
        68_000.0,
        "soldier",
    ),
    q(
        "Officials registered 12\u{a0}400 displaced families in the northern provinces.",
        "12\u{a0}400",
        12_400.0,
        "family",
    ),
    q(
        "The union said 45 000 nurses walked out on Monday.",
        "45 000",
        45_000.0,
        "nurse",
    ),
    q(
        "Power was restored to 800\u{a0}000 customers by midnight.",
        "800\u{a0}000",
        800_000.0,
        "customer",
    ),
    q(
        "The producers' group agreed to cut output by 1.2 million barrels of oil a day.",
        "1.2 million",
        1.2e6,
        "barrel",
    ),
    q(
        "A total of 58 people died in the floods, according to the disaster agency.",
        "58",
        58.0,
        "person",
    ),
    q(
        "Israel said it had released 90 Palestinian prisoners under the deal.",
        "90",
        90.0,
        "prisoner",
    ),
    q(
        "Berlin will send 18 Leopard tanks to Kyiv.",
        "18",
        18.0,
        "tank",
    ),
    q(
        "The vaccine was given to 2.5 million children last year.",
        "2.5 million",
        2.5e6,
        "child",
    ),
    q(
        "Americans cast 158.4 million ballots in the presidential election.",
        "158.4 million",
        158.4e6,
        "ballot",
    ),
    q(
        "The US Navy shot down 6 drones over the Red Sea on Saturday.",
        "6",
        6.0,
        "drone",
    ),
    q(
        "The plant will produce 250,000 shells a year by 2026.",
        "250,000",
        250_000.0,
        "shell",
    ),
    q(
        "Officials said 7,000 tonnes of grain rotted during the port strike.",
        "7,000",
        7_000.0,
        "tonne",
    ),
    q(
        "The wildfire burned 23,000 acres in two days.",
        "23,000",
        23_000.0,
        "acre",
    ),
    q(
        "The wildfire burned 23,000 acres in two days.",
        "two",
        2.0,
        "day",
    ),
    q(
        "Authorities evacuated 410,000 residents ahead of the typhoon.",
        "410,000",
        410_000.0,
        "resident",
    ),
    q(
        "The plane was carrying 179 passengers and six crew.",
        "179",
        179.0,
        "passenger",
    ),
    q(
        "The plane was carrying 179 passengers and six crew.",
        "six",
        6.0,
        "crew",
    ),
    q(
        "The refinery processes 300k barrels per day.",
        "300k",
        300_000.0,
        "barrel",
    ),
    q(
        "Turkey hosts 3.2 million Syrian refugees.",
        "3.2 million",
        3.2e6,
        "refugee",
    ),
    q(
        "The city recorded 112 homicides in 2023.",
        "112",
        112.0,
        "homicide",
    ),
    q(
        "Engineers laid 40 kilometres of new track.",
        "40",
        40.0,
        "kilometre",
    ),
    q(
        "The outbreak has been linked to 9 deaths.",
        "9",
        9.0,
        "death",
    ),
    q(
        "Inspectors found 600 kilograms of cocaine hidden in banana crates.",
        "600",
        600.0,
        "kilogram",
    ),
    q(
        "The blackout left 1.4m households without power.",
        "1.4m",
        1.4e6,
        "household",
    ),
    q(
        "A convoy of 120 aid trucks crossed into Gaza on Sunday.",
        "120",
        120.0,
        "truck",
    ),
    q(
        "The ceasefire will last 30 days, the mediators said.",
        "30",
        30.0,
        "day",
    ),
    q(
        "Negotiators agreed a 30-day ceasefire on energy infrastructure.",
        "30",
        30.0,
        "day",
    ),
    q(
        "Patients waited 14 hours in the emergency department.",
        "14",
        14.0,
        "hour",
    ),
    q(
        "The clinic treated 62 women after the attack.",
        "62",
        62.0,
        "woman",
    ),
    q(
        "Russian losses in the past day (1,180 soldiers) were the highest this year.",
        "1,180",
        1_180.0,
        "soldier",
    ),
    q(
        "Grain exports (4.2 million tonnes) rose sharply in March.",
        "4.2 million",
        4.2e6,
        "tonne",
    ),
    q(
        "The strike left 27 civilians dead in the city centre.",
        "27",
        27.0,
        "civilian",
    ),
    q(
        "Police said 3 people were killed when the bridge collapsed.",
        "3",
        3.0,
        "person",
    ),
    q(
        "“We buried 41 bodies today,” a local official said.",
        "41",
        41.0,
        "body",
    ),
    q(
        "Curfew began after 19 police officers were injured in clashes.",
        "19",
        19.0,
        "officer",
    ),
    q(
        "The drills involved 22 warships and 150 aircraft.",
        "22",
        22.0,
        "warship",
    ),
    q(
        "The drills involved 22 warships and 150 aircraft.",
        "150",
        150.0,
        "aircraft",
    ),
    // =====================================================================
    // Number words, durations, fractions, vague plurals
    // =====================================================================
    q(
        "Trump and Putin held a two-hour phone call on Tuesday.",
        "two",
        2.0,
        "hour",
    ),
    q(
        "Eight people were killed when a missile hit an apartment block.",
        "Eight",
        8.0,
        "person",
    ),
    q(
        "Officials say sixty-eight thousand residents have fled the region.",
        "sixty-eight thousand",
        68_000.0,
        "resident",
    ),
    q(
        "A dozen journalists were detained at the rally.",
        "A dozen",
        12.0,
        "journalist",
    ),
    q(
        "Two dozen countries signed the declaration.",
        "Two dozen",
        24.0,
        "country",
    ),
    q(
        "Half a million people lost power after the storm.",
        "Half a million",
        500_000.0,
        "person",
    ),
    q(
        "The meeting lasted one and a half hours.",
        "one and a half",
        1.5,
        "hour",
    ),
    q(
        "Two and a half million people live in the besieged city.",
        "Two and a half million",
        2.5e6,
        "person",
    ),
    q(
        "A hundred volunteers cleared the debris by hand.",
        "A hundred",
        100.0,
        "volunteer",
    ),
    q(
        "The exercise involved one hundred and twenty warships.",
        "one hundred and twenty",
        120.0,
        "warship",
    ),
    q(
        "Forty-two miners remain trapped underground.",
        "Forty-two",
        42.0,
        "miner",
    ),
    q(
        "The minister resigned after three weeks in office.",
        "three",
        3.0,
        "week",
    ),
    q(
        "The court sentenced him to twelve years in prison.",
        "twelve",
        12.0,
        "year",
    ),
    q(
        "Rescuers found two survivors and five bodies in the wreckage.",
        "two",
        2.0,
        "survivor",
    ),
    q(
        "Rescuers found two survivors and five bodies in the wreckage.",
        "five",
        5.0,
        "body",
    ),
    q(
        "The festival drew three million visitors.",
        "three million",
        3e6,
        "visitor",
    ),
    q(
        "One civilian was killed in the shelling of Kherson.",
        "One",
        1.0,
        "civilian",
    ),
    q(
        "Residents were told to wait eight hours before returning home.",
        "eight",
        8.0,
        "hour",
    ),
    q(
        "Authorities imposed a twelve-hour curfew on the port city.",
        "twelve",
        12.0,
        "hour",
    ),
    vague(
        q(
            "Dozens of people were injured in the stampede.",
            "Dozens",
            24.0,
            "person",
        ),
        100.0,
    ),
    vague(
        q(
            "Hundreds of migrants reached the island overnight.",
            "Hundreds",
            200.0,
            "migrant",
        ),
        1_000.0,
    ),
    vague(
        q(
            "Thousands of farmers blocked roads across the country.",
            "Thousands",
            2_000.0,
            "farmer",
        ),
        10_000.0,
    ),
    vague(
        q(
            "Tens of thousands of protesters marched through Tbilisi.",
            "Tens of thousands",
            20_000.0,
            "protester",
        ),
        100_000.0,
    ),
    vague(
        q(
            "Hundreds of thousands of refugees crossed into Poland in the first week.",
            "Hundreds of thousands",
            200_000.0,
            "refugee",
        ),
        1e6,
    ),
    vague(
        q(
            "Millions of households face higher energy bills this winter.",
            "Millions",
            2e6,
            "household",
        ),
        1e7,
    ),
    vague(
        q(
            "The offensive has displaced thousands of families, aid groups say.",
            "thousands",
            2_000.0,
            "family",
        ),
        10_000.0,
    ),
    vague(
        q(
            "Officials said dozens of drones were downed near the capital.",
            "dozens",
            24.0,
            "drone",
        ),
        100.0,
    ),
    pct(
        "A third of the soldiers in the unit had no combat experience.",
        "A third",
        THIRD,
        Some("soldier"),
    ),
    pct(
        "Two-thirds of voters backed the measure.",
        "Two-thirds",
        TWO_THIRDS,
        Some("voter"),
    ),
    pct(
        "Three-quarters of the city's hospitals are out of action.",
        "Three-quarters",
        75.0,
        Some("hospital"),
    ),
    pct(
        "Half of the respondents said the economy was getting worse.",
        "Half",
        50.0,
        Some("respondent"),
    ),
    pct(
        "A quarter of the harvest was lost to drought.",
        "A quarter",
        25.0,
        Some("harvest"),
    ),
    pct(
        "Half the city's residents have already left.",
        "Half",
        50.0,
        Some("resident"),
    ),
    pct(
        "One in five children in the camp is malnourished.",
        "One in five",
        20.0,
        Some("child"),
    ),
    // =====================================================================
    // Money
    // =====================================================================
    money(
        "The package includes $66.5 billion in military aid for Ukraine.",
        "$66.5 billion",
        66.5e9,
        "USD",
        Some("aid"),
    ),
    money(
        "The IMF board signed off on a $4.7bn loan to Pakistan.",
        "$4.7bn",
        4.7e9,
        "USD",
        Some("loan"),
    ),
    money(
        "The EU unveiled a €50 billion package for Ukraine.",
        "€50 billion",
        50e9,
        "EUR",
        Some("package"),
    ),
    money(
        "The repairs will cost $20 million, officials said.",
        "$20 million",
        20e6,
        "USD",
        Some("repair"),
    ),
    money(
        "Ukraine received US$ 4.7 billion in budget support.",
        "US$ 4.7 billion",
        4.7e9,
        "USD",
        Some("support"),
    ),
    money(
        "The deal is valued at US$1.2 billion.",
        "US$1.2 billion",
        1.2e9,
        "USD",
        Some("deal"),
    ),
    money(
        "Canada pledged C$500 million in new funding.",
        "C$500 million",
        500e6,
        "CAD",
        Some("funding"),
    ),
    money(
        "Australia signed off on an A$368bn submarine programme.",
        "A$368bn",
        368e9,
        "AUD",
        Some("programme"),
    ),
    money(
        "The club paid a £100m fee for the midfielder.",
        "£100m",
        100e6,
        "GBP",
        Some("fee"),
    ),
    money(
        "Japan approved a ¥39 trillion stimulus package.",
        "¥39 trillion",
        39e12,
        "JPY",
        Some("package"),
    ),
    money(
        "The finance ministry plans ₽13.5 trillion in defence spending next year.",
        "₽13.5 trillion",
        13.5e12,
        "RUB",
        Some("spending"),
    ),
    money(
        "Kyiv raised ₴18bn in war bonds this month.",
        "₴18bn",
        18e9,
        "UAH",
        Some("bond"),
    ),
    money(
        "Regulators imposed a fine of USD 5 million on the bank.",
        "USD 5 million",
        5e6,
        "USD",
        Some("fine"),
    ),
    money(
        "The company will pay 5 million USD in compensation.",
        "5 million USD",
        5e6,
        "USD",
        Some("compensation"),
    ),
    money(
        "The ECB provided EUR 400 billion in cheap loans to banks.",
        "EUR 400 billion",
        400e9,
        "EUR",
        Some("loan"),
    ),
    money(
        "Switzerland has frozen CHF 7.5 billion in Russian assets.",
        "CHF 7.5 billion",
        7.5e9,
        "CHF",
        Some("asset"),
    ),
    money(
        "Exports reached CNY 25 trillion last year, customs data showed.",
        "CNY 25 trillion",
        25e12,
        "CNY",
        Some("export"),
    ),
    money(
        "The charity received GBP 2 million in donations.",
        "GBP 2 million",
        2e6,
        "GBP",
        Some("donation"),
    ),
    money(
        "Sanctions froze 300 billion dollars of Russian central bank reserves.",
        "300 billion dollars",
        300e9,
        "USD",
        Some("reserve"),
    ),
    money(
        "Germany earmarked 8 billion euros for military aid to Ukraine.",
        "8 billion euros",
        8e9,
        "EUR",
        Some("aid"),
    ),
    money(
        "The chancellor's budget includes 20 billion pounds of extra borrowing.",
        "20 billion pounds",
        20e9,
        "GBP",
        Some("borrowing"),
    ),
    money(
        "The Kremlin allocated 1.2 trillion roubles for the project.",
        "1.2 trillion roubles",
        1.2e12,
        "RUB",
        Some("project"),
    ),
    money(
        "Oil and gas revenue fell to 600 billion rubles in March.",
        "600 billion rubles",
        600e9,
        "RUB",
        Some("revenue"),
    ),
    money(
        "The city council approved 4 billion hryvnias for reconstruction.",
        "4 billion hryvnias",
        4e9,
        "UAH",
        Some("reconstruction"),
    ),
    money(
        "Toyota posted an operating profit of 5.35 trillion yen.",
        "5.35 trillion yen",
        5.35e12,
        "JPY",
        Some("profit"),
    ),
    money(
        "Nvidia's market value hit $3tn on Wednesday.",
        "$3tn",
        3e12,
        "USD",
        Some("value"),
    ),
    money(
        "The hackers demanded a $2.5mn ransom.",
        "$2.5mn",
        2.5e6,
        "USD",
        Some("ransom"),
    ),
    money(
        "The average salary in the sector reached $40k.",
        "$40k",
        40_000.0,
        "USD",
        Some("salary"),
    ),
    money(
        "The commission outlined an €800bn plan to rearm Europe.",
        "€800bn",
        800e9,
        "EUR",
        Some("plan"),
    ),
    money(
        "The fund (€3m) ran dry within weeks.",
        "€3m",
        3e6,
        "EUR",
        Some("fund"),
    ),
    money(
        "Tickets for the final cost $250 each.",
        "$250",
        250.0,
        "USD",
        Some("ticket"),
    ),
    money(
        "Brent crude traded at $74.50 a barrel.",
        "$74.50",
        74.5,
        "USD",
        Some("barrel"),
    ),
    money(
        "The World Bank estimates reconstruction will cost $524 billion.",
        "$524 billion",
        524e9,
        "USD",
        Some("reconstruction"),
    ),
    money(
        "The EU pledged €18bn in loans and the US $20bn in grants.",
        "€18bn",
        18e9,
        "EUR",
        Some("loan"),
    ),
    money(
        "The EU pledged €18bn in loans and the US $20bn in grants.",
        "$20bn",
        20e9,
        "USD",
        Some("grant"),
    ),
    money(
        "The minister called the $2bn deal “historic”.",
        "$2bn",
        2e9,
        "USD",
        Some("deal"),
    ),
    // =====================================================================
    // Percent and percentage points
    // =====================================================================
    pct(
        "Turnout was 62%, the highest since 1990.",
        "62%",
        62.0,
        Some("turnout"),
    ),
    pct(
        "Inflation rose to 3.2 percent in May.",
        "3.2 percent",
        3.2,
        Some("inflation"),
    ),
    pct("The party won 40% of the vote.", "40%", 40.0, Some("vote")),
    pct(
        "Unemployment fell to 4.1 per cent.",
        "4.1 per cent",
        4.1,
        Some("unemployment"),
    ),
    pp(
        "The central bank raised its key rate by 0.25 percentage points.",
        "0.25 percentage points",
        0.25,
        Some("rate"),
    ),
    pp(
        "The Fed cut rates by half a percentage point.",
        "half a percentage point",
        0.5,
        Some("rate"),
    ),
    pct(
        "Washington imposed a 15-percent tariff on European cars.",
        "15-percent",
        15.0,
        Some("tariff"),
    ),
    pct(
        "Shares in the company fell 12% after the results.",
        "12%",
        12.0,
        Some("share"),
    ),
    pct(
        "The economy grew 2.8% last year.",
        "2.8%",
        2.8,
        Some("economy"),
    ),
    pct(
        "Polls show 54% of Americans disapprove of the tariffs.",
        "54%",
        54.0,
        Some("american"),
    ),
    pp(
        "The president's approval rating dropped 5 percentage points.",
        "5 percentage points",
        5.0,
        Some("rating"),
    ),
    pct(
        "The vaccine showed 95% efficacy in trials.",
        "95%",
        95.0,
        Some("efficacy"),
    ),
    pct(
        "The company cut 10% of its workforce.",
        "10%",
        10.0,
        Some("workforce"),
    ),
    pct(
        "Only 8 percent of aid trucks reached the north.",
        "8 percent",
        8.0,
        Some("truck"),
    ),
    pct(
        "The opposition candidate took 48.9 per cent.",
        "48.9 per cent",
        48.9,
        None,
    ),
    pp(
        "Bond yields climbed 0.3 percentage point on Thursday.",
        "0.3 percentage point",
        0.3,
        Some("yield"),
    ),
    pp(
        "Support for the ruling party slipped 2 percentage points to 31%.",
        "2 percentage points",
        2.0,
        Some("support"),
    ),
    pct(
        "Support for the ruling party slipped 2 percentage points to 31%.",
        "31%",
        31.0,
        Some("support"),
    ),
    pct(
        "Youth unemployment stands at 21%.",
        "21%",
        21.0,
        Some("unemployment"),
    ),
    pct(
        "Ukraine's economy shrank 29% in 2022 and grew 5.3% in 2023.",
        "29%",
        29.0,
        Some("economy"),
    ),
    // Reviewed: the subject of a second verb phrase is not looked for.
    pct(
        "Ukraine's economy shrank 29% in 2022 and grew 5.3% in 2023.",
        "5.3%",
        5.3,
        None,
    ),
    pct(
        "“We have lost 40 percent of our harvest,” the farmer said.",
        "40 percent",
        40.0,
        Some("harvest"),
    ),
    pct(
        "Tariffs on steel were raised to a 25-percent rate.",
        "25-percent",
        25.0,
        Some("rate"),
    ),
    // =====================================================================
    // Qualifiers (bounds and hedges), across kinds
    // =====================================================================
    over(q(
        "More than 50,000 people were killed in the earthquake.",
        "More than 50,000",
        50_000.0,
        "person",
    )),
    over(q(
        "The strike involved over 100 aircraft.",
        "over 100",
        100.0,
        "aircraft",
    )),
    over(pct(
        "Support remained above 60% in the capital.",
        "above 60%",
        60.0,
        Some("support"),
    )),
    over(money(
        "Arms exports exceeding $1 billion were approved.",
        "exceeding $1 billion",
        1e9,
        "USD",
        Some("export"),
    )),
    over(money(
        "The firm has debts in excess of £500m.",
        "in excess of £500m",
        500e6,
        "GBP",
        Some("debt"),
    )),
    over(money(
        "Over €1bn in assets was frozen last month.",
        "Over €1bn",
        1e9,
        "EUR",
        Some("asset"),
    )),
    over(pct(
        "More than a third of the soldiers had been drafted in the past year.",
        "More than a third",
        THIRD,
        Some("soldier"),
    )),
    over(pct(
        "More than half of voters said they would not back the deal.",
        "More than half",
        50.0,
        Some("voter"),
    )),
    at_least(q(
        "At least 12 civilians died in the strike.",
        "At least 12",
        12.0,
        "civilian",
    )),
    at_least(q(
        "No fewer than 200 candidates were disqualified.",
        "No fewer than 200",
        200.0,
        "candidate",
    )),
    at_least(money(
        "The storm caused at least $5 billion in damage.",
        "at least $5 billion",
        5e9,
        "USD",
        Some("damage"),
    )),
    at_least(money(
        "The ministry needs no less than ₴50bn for repairs.",
        "no less than ₴50bn",
        50e9,
        "UAH",
        Some("repair"),
    )),
    under(q(
        "Fewer than 300 fighters remain in the city.",
        "Fewer than 300",
        300.0,
        "fighter",
    )),
    under(pct(
        "Less than 5% of the budget goes to health.",
        "Less than 5%",
        5.0,
        Some("budget"),
    )),
    under(money(
        "The project was completed for under $10 million.",
        "under $10 million",
        10e6,
        "USD",
        None,
    )),
    under(pct(
        "Inflation stayed below 2% for the third month.",
        "below 2%",
        2.0,
        Some("inflation"),
    )),
    under(pct(
        "Under a third of the pledged aid has arrived.",
        "Under a third",
        THIRD,
        Some("aid"),
    )),
    under(q(
        "The town now has less than 1,000 residents.",
        "less than 1,000",
        1_000.0,
        "resident",
    )),
    up_to(q(
        "Up to 30,000 troops could be deployed.",
        "Up to 30,000",
        30_000.0,
        "troop",
    )),
    up_to(q(
        "As many as 1,000 people may be buried under the mud.",
        "As many as 1,000",
        1_000.0,
        "person",
    )),
    up_to(q(
        "At most 40 hostages are believed to be alive.",
        "At most 40",
        40.0,
        "hostage",
    )),
    up_to(money(
        "Firms face fines of up to €10 million.",
        "up to €10 million",
        10e6,
        "EUR",
        Some("fine"),
    )),
    up_to(pct(
        "Prices could rise by up to 20% next year.",
        "up to 20%",
        20.0,
        Some("price"),
    )),
    about(q(
        "About 1,000 people gathered in the square.",
        "About 1,000",
        1_000.0,
        "person",
    )),
    about(q(
        "Around 400 soldiers surrendered near the village.",
        "Around 400",
        400.0,
        "soldier",
    )),
    about(money(
        "The war has cost Russia roughly $200 billion.",
        "roughly $200 billion",
        200e9,
        "USD",
        None,
    )),
    about(q(
        "Approximately 4,500 homes were flooded.",
        "Approximately 4,500",
        4_500.0,
        "home",
    )),
    about(q(
        "Some 5,000 troops crossed the border at dawn.",
        "Some 5,000",
        5_000.0,
        "troop",
    )),
    about(q(
        "An estimated 10,000 civilians remain in the city.",
        "An estimated 10,000",
        10_000.0,
        "civilian",
    )),
    about(pct(
        "About 70% of the city's buildings were damaged.",
        "About 70%",
        70.0,
        Some("building"),
    )),
    about(money(
        "The new airport will cost around 2 billion euros.",
        "around 2 billion euros",
        2e9,
        "EUR",
        Some("airport"),
    )),
    about(q(
        "“Some 300 soldiers laid down their arms,” he said.",
        "Some 300",
        300.0,
        "soldier",
    )),
    about(q(
        "The search lasted some 10 hours.",
        "some 10",
        10.0,
        "hour",
    )),
    nearly(q(
        "Nearly 70,000 people have fled the fighting.",
        "Nearly 70,000",
        70_000.0,
        "person",
    )),
    nearly(pct(
        "Almost half of the country's power plants have been damaged.",
        "Almost half",
        50.0,
        Some("plant"),
    )),
    nearly(q(
        "Close to 2 million people voted early.",
        "Close to 2 million",
        2e6,
        "person",
    )),
    nearly(money(
        "The Pentagon's budget is nearly $1 trillion.",
        "nearly $1 trillion",
        1e12,
        "USD",
        Some("budget"),
    )),
    nearly(pct(
        "Nearly 90% of Gaza's population has been displaced.",
        "Nearly 90%",
        90.0,
        Some("population"),
    )),
    nearly(q(
        "Almost a thousand volunteers joined the search.",
        "Almost a thousand",
        1_000.0,
        "volunteer",
    )),
    // =====================================================================
    // Ranges
    // =====================================================================
    range(
        q(
            "Between 20 and 30 people were detained overnight.",
            "Between 20 and 30",
            20.0,
            "person",
        ),
        30.0,
    ),
    range(
        q(
            "Russia fires from 20 to 30 drones a night at Kharkiv.",
            "from 20 to 30",
            20.0,
            "drone",
        ),
        30.0,
    ),
    range(
        q(
            "Witnesses said 20-30 people were trapped in the basement.",
            "20-30",
            20.0,
            "person",
        ),
        30.0,
    ),
    range(
        money(
            "Analysts expect a $3bn-$4bn write-down.",
            "$3bn-$4bn",
            3e9,
            "USD",
            Some("write-down"),
        ),
        4e9,
    ),
    range(
        pct(
            "Prices have risen 30-40% since the war began.",
            "30-40%",
            30.0,
            Some("price"),
        ),
        40.0,
    ),
    range(
        money(
            "The dam will cost between 3 and 4 billion dollars.",
            "between 3 and 4 billion dollars",
            3e9,
            "USD",
            Some("dam"),
        ),
        4e9,
    ),
    range(
        q(
            "Repairs to the line will take 5 to 7 days.",
            "5 to 7",
            5.0,
            "day",
        ),
        7.0,
    ),
    range(
        money(
            "The bank expects losses of between €2bn and €3bn.",
            "between €2bn and €3bn",
            2e9,
            "EUR",
            Some("loss"),
        ),
        3e9,
    ),
    range(
        q(
            "The country needs 3-5 million tonnes of imported wheat.",
            "3-5 million",
            3e6,
            "tonne",
        ),
        5e6,
    ),
    range(
        pct(
            "Turnout is expected to be between 55 and 60 percent.",
            "between 55 and 60 percent",
            55.0,
            Some("turnout"),
        ),
        60.0,
    ),
    range(
        q(
            "Officials expect two to three thousand refugees a day.",
            "two to three thousand",
            2_000.0,
            "refugee",
        ),
        3_000.0,
    ),
    // The spine's first table (figures written with digits), kept as rows here.
    point(
        "Officials said 68,000 soldiers were killed.",
        "68,000",
        Kind::Quantity,
        68000.0,
        Some("soldier"),
        Some("soldier"),
    ),
    point(
        "Russia fired 37 missiles at the grid.",
        "37",
        Kind::Quantity,
        37.0,
        Some("missile"),
        Some("missile"),
    ),
    point(
        "The U.S. has sent $66.5 billion in military aid.",
        "$66.5 billion",
        Kind::Money,
        66.5e9,
        Some("USD"),
        Some("aid"),
    ),
    point(
        "Brussels pledged €3 million in humanitarian aid.",
        "€3 million",
        Kind::Money,
        3e6,
        Some("EUR"),
        Some("aid"),
    ),
    point(
        "London added £120 million for air defence.",
        "£120 million",
        Kind::Money,
        120e6,
        Some("GBP"),
        Some("defence"),
    ),
    point(
        "The fund holds US$4.7bn in frozen assets.",
        "US$4.7bn",
        Kind::Money,
        4.7e9,
        Some("USD"),
        Some("asset"),
    ),
    point(
        "The fund holds US$ 4.7 billion in frozen assets.",
        "US$ 4.7 billion",
        Kind::Money,
        4.7e9,
        Some("USD"),
        Some("asset"),
    ),
    point(
        "It costs 66 billion dollars in aid.",
        "66 billion dollars",
        Kind::Money,
        66e9,
        Some("USD"),
        Some("aid"),
    ),
    point(
        "A loan of EUR 3 million was approved.",
        "EUR 3 million",
        Kind::Money,
        3e6,
        Some("EUR"),
        Some("loan"),
    ),
    point(
        "They approved 4.2 billion USD in loans.",
        "4.2 billion USD",
        Kind::Money,
        4.2e9,
        Some("USD"),
        Some("loan"),
    ),
    point(
        "Now 40% of voters backed the plan.",
        "40%",
        Kind::Percent,
        40.0,
        Some("%"),
        Some("voter"),
    ),
    point(
        "Turnout fell 12.5 percent of eligible voters.",
        "12.5 percent",
        Kind::Percent,
        12.5,
        Some("%"),
        Some("voter"),
    ),
    point(
        "Prices rose 3 per cent this year.",
        "3 per cent",
        Kind::Percent,
        3.0,
        Some("%"),
        Some("price"),
    ),
    point(
        "Support rose 4 percentage points.",
        "4 percentage points",
        Kind::Percent,
        4.0,
        Some("percentage point"),
        Some("support"),
    ),
    point(
        "The strike destroyed 1,250 homes overnight.",
        "1,250",
        Kind::Quantity,
        1250.0,
        Some("home"),
        Some("home"),
    ),
    point(
        "A $5m grant for schools was signed.",
        "$5m",
        Kind::Money,
        5e6,
        Some("USD"),
        Some("grant"),
    ),
    point(
        "The city has 1.2 million residents.",
        "1.2 million",
        Kind::Quantity,
        1.2e6,
        Some("resident"),
        Some("resident"),
    ),
    point(
        "Crews cleared 2,500 km of roads.",
        "2,500",
        Kind::Quantity,
        2500.0,
        Some("km"),
        Some("km"),
    ),
    point(
        "Then 2000 troops took part.",
        "2000",
        Kind::Quantity,
        2000.0,
        Some("troop"),
        Some("troop"),
    ),
    point(
        "It had 320 drones and 37 missiles.",
        "320",
        Kind::Quantity,
        320.0,
        Some("drone"),
        Some("drone"),
    ),
    point(
        "The package of $400 million was signed.",
        "$400 million",
        Kind::Money,
        400e6,
        Some("USD"),
        Some("package"),
    ),
    point(
        "They counted 10k protesters downtown.",
        "10k",
        Kind::Quantity,
        10e3,
        Some("protester"),
        Some("protester"),
    ),
    point(
        "There were 500 civilian casualties.",
        "500",
        Kind::Quantity,
        500.0,
        Some("casualty"),
        Some("casualty"),
    ),
    over(point(
        "Over 68,000 soldiers died.",
        "68,000",
        Kind::Quantity,
        68000.0,
        Some("soldier"),
        Some("soldier"),
    )),
    over(point(
        "More than 300 drones hit Kyiv.",
        "300",
        Kind::Quantity,
        300.0,
        Some("drone"),
        Some("drone"),
    )),
    at_least(point(
        "At least 12 people were hurt.",
        "12",
        Kind::Quantity,
        12.0,
        Some("person"),
        Some("person"),
    )),
    up_to(point(
        "Up to 500 troops could be sent.",
        "500",
        Kind::Quantity,
        500.0,
        Some("troop"),
        Some("troop"),
    )),
    up_to(point(
        "As many as 500 troops could be sent.",
        "500",
        Kind::Quantity,
        500.0,
        Some("troop"),
        Some("troop"),
    )),
    under(point(
        "Fewer than 20 lawmakers objected.",
        "20",
        Kind::Quantity,
        20.0,
        Some("lawmaker"),
        Some("lawmaker"),
    )),
    about(point(
        "About $66 billion in military aid went out.",
        "$66 billion",
        Kind::Money,
        66e9,
        Some("USD"),
        Some("aid"),
    )),
    nearly(point(
        "Nearly 70,000 soldiers were lost.",
        "70,000",
        Kind::Quantity,
        70000.0,
        Some("soldier"),
        Some("soldier"),
    )),
    about(point(
        "Roughly 40% of homes lost power.",
        "40%",
        Kind::Percent,
        40.0,
        Some("%"),
        Some("home"),
    )),
    about(point(
        "Some 300 drones were launched.",
        "300",
        Kind::Quantity,
        300.0,
        Some("drone"),
        Some("drone"),
    )),
    nearly(point(
        "Almost 1,000 homes were hit.",
        "1,000",
        Kind::Quantity,
        1000.0,
        Some("home"),
        Some("home"),
    )),
];

/// Sentences that must yield NO figure at all.
pub const NEGATIVES: &[&str] = &[
    // times of day
    "The talks resume at 1300 GMT on Friday.",
    "Polls close at 3 p.m. local time.",
    "The briefing began at 10:30 a.m. in Brussels.",
    "Polling stations open at 0700 local time.",
    // years and dates
    "The law was passed in 2024 after a long debate.",
    "Protests erupted on Oct. 17 outside the embassy.",
    "Inflation was a constant worry in the 1990s.",
    "The filing is dated 2025-02-18.",
    "The court will rule on Jan. 9, 2026.",
    "Ukrainians mark Independence Day on 24 August.",
    "Apollo 11 landed on the moon in July 1969.",
    "Negotiators still cite the 1967 lines as the basis for talks.",
    "Kyiv has never recognised the 2014 annexation of Crimea.",
    // phone numbers, addresses, page / flight / route numbers
    "For more information call +1 202 555 0143.",
    "Demonstrators gathered outside 1600 Pennsylvania Avenue.",
    "Call 911 if you smell gas.",
    "The passage is quoted on page 47 of the report.",
    "Flight 752 was downed shortly after takeoff from Tehran.",
    "Traffic was diverted from Route 66 after the crash.",
    "Metro Line 2 was closed for repairs.",
    // ordinals and rankings
    "Monday marks the third anniversary of the invasion.",
    "It was the worst disaster of the 21st century, officials said.",
    "The bridge was attacked for the second time this month.",
    "He served in the 82nd Airborne Division.",
    "Her ranking rose to No. 3 in the world.",
    // error banners
    "403 Sorry!! Error!",
    "404 Not Found",
    // model names, weapon designations, section numbers
    "The Netherlands delivered F-16 jets to Ukraine.",
    "Germany sent more PAC-3 interceptors to Kyiv.",
    "The Boeing 737 landed safely after the engine fire.",
    "A Russian Su-34 was shot down over the Donetsk region.",
    "Russia fired Kh-101 cruise missiles at the capital.",
    "A T-90 tank was destroyed near Pokrovsk.",
    "The iPhone 16 went on sale in September.",
    "Allies debated whether Article 5 would apply.",
    "Tech firms defended Section 230 in court.",
    "Iran's nuclear programme is covered by Resolution 2231.",
    "Users should update to version 17.4 immediately.",
    // bare numbers with nothing counted
    "The toll rose to 68,000.",
    "The index closed at 5,432.",
    "The official count has risen to 1,234, the ministry said.",
    // pronoun / idiomatic "one", vague non-figures
    "She is one of the few lawmakers to oppose the bill.",
    "No one was hurt in the blaze.",
    "One day the war will end, the president said.",
    "This bill is the one he signed last week.",
    "“It’s the one they promised us,” she said.",
    "Some of the drones were shot down over the sea.",
    "A number of journalists were detained at the border.",
    // scores, named events, group names
    "Arsenal won 3-1 at home on Sunday.",
    "Final score: Real Madrid 2-0 Barcelona.",
    "The COVID-19 pandemic disrupted supply chains.",
    "Leaders of the G7 met in southern Italy.",
    "The G20 summit ended without a joint statement.",
    "The COP29 climate summit closed in Baku.",
    // The spine's first negatives.&str] = &[
    "The meeting starts at 3 p.m. sharp.",
    "Talks resume at 1300 GMT on Friday.",
    "The call ended at 10:30 in Moscow.",
    "Ukraine wants more F-16 jets.",
    "Patriot PAC-3 interceptors were sent.",
    "The war began in 2022 and continues.",
    "Since 2014 the region has been contested.",
    "He spoke on Oct. 17 in Washington.",
    "He spoke on 17 October in Washington.",
    "Call 555-0100 for details.",
    "Under Section 230 platforms are shielded.",
    "He lives at No. 10 Downing Street.",
    "It marks the 3rd anniversary of the deal.",
    "403 Sorry!! Error! We're sorry.",
    "Version 1.2.3 was released.",
    "The score was 3-1 after extra time.",
    "They met on 10/17 last year.",
    "Flight 370 vanished over the ocean.",
    "An A320 landed safely.",
    "Room 101 was empty.",
    "Ukraine's 47th brigade advanced.",
    "He said 37 Tomahawks would not be sent.",
    "Resolution 2231 was cited.",
];
