//! A second, harder batch written after the finder existed but before it
//! was ever run on these rows (its first-run score is recorded in the
//! scorer's docs). Only general fixes were made afterwards.

use super::passages::{Passage, d, p, r};

pub const PASSAGES: &[Passage] = &[
    p(
        "trailing+partial+adding+hard",
        "“The budget is balanced,” Finance Minister Rafael Duarte said on Tuesday, adding that “nobody will pay more tax next year.”",
        &[
            d("The budget is balanced,", "Rafael Duarte"),
            d("nobody will pay more tax next year.", "Rafael Duarte"),
        ],
    ),
    p(
        "according+trailing+title",
        "“Supplies will last until March,” according to a senior Ukrainian commander.",
        &[d(
            "Supplies will last until March,",
            "senior Ukrainian commander",
        )],
    ),
    p(
        "inverted+question+title-name",
        "“Who will pay for the reconstruction?” asked Chancellor Anja Richter.",
        &[d("Who will pay for the reconstruction?", "Anja Richter")],
    ),
    p(
        "trailing+told-outlet+name",
        "“We were never consulted,” Ines Duval told The Associated Press.",
        &[d("We were never consulted,", "Ines Duval")],
    ),
    p(
        "leading+surname+long-lead+hard",
        "Russian Foreign Minister Sergei Lavrov gave several interviews this week. In an interview with state television on Sunday evening, Lavrov said: “The West wants to negotiate from a position of strength. That will not happen.”",
        &[d(
            "The West wants to negotiate from a position of strength. That will not happen.",
            "Sergei Lavrov",
        )],
    ),
    p(
        "nested+single-in-double+apostrophes+relative+hard",
        "“They told us, ‘Don’t worry, it’s temporary,’ and that was in 2019,” said Olena Kravets, who runs a shelter in Odesa.",
        &[d(
            "They told us, ‘Don’t worry, it’s temporary,’ and that was in 2019,",
            "Olena Kravets",
        )],
    ),
    p(
        "partial+described+org",
        "The foreign ministry described the sanctions as “economic terrorism” and promised a response.",
        &[d("economic terrorism", "foreign ministry")],
    ),
    p(
        "multipara+interrupted+two-speakers+hard",
        "“We have the money,” Finance Minister Lena Marquardt said. “What we lack is time.\n\n“Every month of delay costs us half a percent of growth.”\n\nOpposition leader Tomas Berg was unconvinced. “She has said that before,” he said.",
        &[
            d(
                "We have the money, What we lack is time. Every month of delay costs us half a percent of growth.",
                "Lena Marquardt",
            ),
            d("She has said that before,", "Tomas Berg"),
        ],
    ),
    p(
        "inverted+particles+appositive+hard",
        "“The water is rising faster than in 2010,” said Piet de Vries, the mayor of Dordrecht.",
        &[d(
            "The water is rising faster than in 2010,",
            "Piet de Vries",
        )],
    ),
    p(
        "inverted+hyphenated-particle+hard",
        "“Gaza needs fuel today, not next week,” said Ahmed al-Masri, a UN coordinator.",
        &[d("Gaza needs fuel today, not next week,", "Ahmed al-Masri")],
    ),
    p(
        "pronoun+gender+hard",
        "Prime Minister Mette Larsen met President Viktor Horvath in Copenhagen. Horvath praised the new border deal. “We have waited a long time for this,” she said.",
        &[d("We have waited a long time for this,", "Mette Larsen")],
    ),
    p(
        "pronoun+it+company+hard",
        "Shipping giant Nordlys said it had rerouted 40 vessels. “The safety of our crews comes first,” it said.",
        &[d("The safety of our crews comes first,", "Nordlys")],
    ),
    p(
        "reported+told-parliament",
        "Defence Minister Ola Brandt told parliament on Wednesday that the army would buy 20 new helicopters.",
        &[r("the army would buy 20 new helicopters", "Ola Brandt")],
    ),
    p(
        "reported+according-parenthetical+hard",
        "The army, according to Ukrainian officials, lost three brigades' worth of equipment in the offensive.",
        &[r(
            "The army lost three brigades' worth of equipment in the offensive",
            "Ukrainian officials",
        )],
    ),
    p(
        "negative+slogan",
        "Protesters carried banners reading \"Hands off our pensions\" as the minister said the reform would pass.",
        &[],
    ),
    p(
        "negative+scare",
        "Officials refused to use the term \"war\" until 2022.",
        &[],
    ),
    p(
        "negative+title-of-work+speaker-in-sentence+hard",
        "Director Anna Holm said her new film, \"Winter in Kharkiv\", would open in May.",
        &[],
    ),
    p(
        "negative+apostrophe+years",
        "The ’22 budget and the '23 plan both missed their targets, the auditors' report found.",
        &[],
    ),
    p(
        "negative+inch+feet+hard",
        "Police are looking for a 5'10\" man in a grey coat.",
        &[],
    ),
    p(
        "markdown-emphasis+title+hard",
        "*“We will not retreat,”* the general said.",
        &[d("We will not retreat,", "general")],
    ),
    p(
        "trailing+org+filing",
        "“Demand for steel remains weak,” the company said in a filing.",
        &[d("Demand for steel remains weak,", "company")],
    ),
    p(
        "leading+comma+told+surname",
        "Asked whether talks would resume, Ushakov told reporters, “Not this week.”",
        &[d("Not this week.", "Ushakov")],
    ),
    p(
        "byline+dateline+partial+pronoun-to-title+hard",
        "By Jane Morris\n\nKYIV, March 3 (Wire) - Ukraine's foreign minister said on Monday that Kyiv would not accept a ceasefire \"frozen along the current line\".\n\n“A frozen conflict is a future war,” he said.",
        &[
            d(
                "frozen along the current line",
                "Ukraine's foreign minister",
            ),
            d(
                "A frozen conflict is a future war,",
                "Ukraine's foreign minister",
            ),
        ],
    ),
    p(
        "reported+says+title-of",
        "The head of the central bank says that rates will stay at 5% until the autumn.",
        &[r(
            "rates will stay at 5% until the autumn",
            "head of the central bank",
        )],
    ),
    p(
        "partial+two-in-sentence+surname+hard",
        "Peskov called the plan “unacceptable” and “dangerous”.",
        &[d("unacceptable", "Peskov"), d("dangerous", "Peskov")],
    ),
    p(
        "trailing+ellipsis+title",
        "“We will […] defend every metre,” the commander said.",
        &[d("We will […] defend every metre,", "commander")],
    ),
    p(
        "negative+hashtag",
        "The hashtag \"#StandWithKharkiv\" trended on Sunday.",
        &[],
    ),
    p(
        "single+partial+surname",
        "Prime Minister Ewan Clarke hailed the agreement. Clarke said the deal was ‘a good day for British workers’.",
        &[d("a good day for British workers", "Ewan Clarke")],
    ),
    p(
        "inverted+question+numeral+hard",
        "“Is this a ceasefire or a pause?” asked one diplomat.",
        &[d("Is this a ceasefire or a pause?", "diplomat")],
    ),
    p(
        "trailing+abbreviation+title-of+hard",
        "“The U.S. will not abandon its allies. We never have,” Secretary of State Marco Reyes told reporters.",
        &[d(
            "The U.S. will not abandon its allies. We never have,",
            "Marco Reyes",
        )],
    ),
    p(
        "pronoun+places-between",
        "Kremlin aide Yuri Ushakov said Moscow had sent its proposals to Washington.\n\n“We are waiting for an answer,” he said.",
        &[d("We are waiting for an answer,", "Yuri Ushakov")],
    ),
    p(
        "negative+title-case-name",
        "Lawmakers approved the \"One Big Beautiful Bill\" on Thursday.",
        &[],
    ),
    p(
        "negative+naming-word+single",
        "The word 'sanctions' appears 40 times in the draft.",
        &[],
    ),
    p(
        "negative+name+speaker-in-sentence+hard",
        "Kyiv's 'Iron Shield' air-defence network intercepted most drones, the air force said.",
        &[],
    ),
];
