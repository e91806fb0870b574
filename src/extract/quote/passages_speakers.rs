//! Speaker resolution (pronouns, surnames, titles, organisations) and
//! reported speech.

use super::passages::{Passage, d, p, r};

pub const PASSAGES: &[Passage] = &[
    p(
        "pronoun+added",
        "Labour Secretary Dana Whitfield said the figures were encouraging. “This is the third month of solid growth,” she added.",
        &[d(
            "This is the third month of solid growth,",
            "Dana Whitfield",
        )],
    ),
    p(
        "title+added",
        "“We expect the first deliveries in spring,” the minister added.",
        &[d("We expect the first deliveries in spring,", "minister")],
    ),
    p(
        "org+trailing",
        "“The Finnish decision will not go unanswered,” the Kremlin said.",
        &[d("The Finnish decision will not go unanswered,", "Kremlin")],
    ),
    p(
        "org+statement",
        "“We have no information about casualties,” the Ukrainian Foreign Ministry said in a statement.",
        &[d(
            "We have no information about casualties,",
            "Ukrainian Foreign Ministry",
        )],
    ),
    p(
        "org+possessive",
        "“The president is following the situation closely,” Zelenskyy's office said.",
        &[d(
            "The president is following the situation closely,",
            "Zelenskyy's office",
        )],
    ),
    p(
        "title+plural+hard",
        "“The package is ready, but the timing depends on Congress,” two senior US officials told Reuters.",
        &[d(
            "The package is ready, but the timing depends on Congress,",
            "senior US officials",
        )],
    ),
    p(
        "title+anonymous",
        "“There is no deal on the table,” a senior EU official said.",
        &[d("There is no deal on the table,", "senior EU official")],
    ),
    p(
        "inverted+appositive",
        "“We are studying the proposal,” said Maria Zakharova, the foreign ministry spokeswoman.",
        &[d("We are studying the proposal,", "Maria Zakharova")],
    ),
    p(
        "leading+honorific+surname",
        "Labour Secretary Dana Whitfield toured a factory in Ohio. Ms Whitfield said: “Wages are finally beating prices.”",
        &[d("Wages are finally beating prices.", "Dana Whitfield")],
    ),
    p(
        "surname+other-person-between",
        "Kremlin aide Yuri Ushakov met envoy Steve Witkoff in Moscow.\n\n“The conversation was frank,” Ushakov said.",
        &[d("The conversation was frank,", "Yuri Ushakov")],
    ),
    p(
        "pronoun+nearest",
        "Witkoff arrived late on Thursday. Kremlin aide Yuri Ushakov greeted him at the airport. “We talked for five hours,” he said.",
        &[d("We talked for five hours,", "Yuri Ushakov")],
    ),
    p(
        "inverted+appositive+title",
        "“Prices will keep rising through the spring,” said Sven Aalto, chief economist at Nordbank.",
        &[d(
            "Prices will keep rising through the spring,",
            "Sven Aalto",
        )],
    ),
    p(
        "pronoun+leading+sentence-initial-caps",
        "On Monday, Health Minister Priya Natarajan opened the new clinic. Speaking to staff, she said: “This building took nine years to finish.”",
        &[d(
            "This building took nine years to finish.",
            "Priya Natarajan",
        )],
    ),
    p(
        "title+possessive",
        "“The reactor is stable,” the plant's director told state television.",
        &[d("The reactor is stable,", "plant's director")],
    ),
    p(
        "title+spokesperson-for+hard",
        "“The airport will reopen on Friday,” a spokesperson for the transport ministry said.",
        &[d(
            "The airport will reopen on Friday,",
            "spokesperson for the transport ministry",
        )],
    ),
    p(
        "pronoun+gender+hard",
        "Chancellor Anja Richter met Prime Minister Tomas Berg in Oslo on Monday. “We agreed to study a joint hydrogen pipeline,” she said.",
        &[d(
            "We agreed to study a joint hydrogen pipeline,",
            "Anja Richter",
        )],
    ),
    p(
        "pronoun+names-inside-quote+hard",
        "Polish Foreign Minister Radosław Sikorski spoke after the summit. “I told Donald Trump that Europe is paying its share,” he said.",
        &[d(
            "I told Donald Trump that Europe is paying its share,",
            "Radosław Sikorski",
        )],
    ),
    p(
        "pronoun+they+group+hard",
        "Union leaders left the labour ministry after two hours. “We were promised a proposal and got a lecture,” they said.",
        &[d(
            "We were promised a proposal and got a lecture,",
            "Union leaders",
        )],
    ),
    p(
        "reported+warned",
        "Central bank governor Amara Obi warned that inflation could stay above target until 2027.",
        &[r(
            "inflation could stay above target until 2027",
            "Amara Obi",
        )],
    ),
    p(
        "reported+according+org",
        "According to Ukraine's General Staff, Russian forces launched 143 drones overnight.",
        &[r(
            "Russian forces launched 143 drones overnight",
            "Ukraine's General Staff",
        )],
    ),
    p(
        "reported+according+title-name",
        "According to Senator Paul Okafor, the bill will reach the floor next week.",
        &[r("the bill will reach the floor next week", "Paul Okafor")],
    ),
    p(
        "reported+told-reporters",
        "Speaking in Ankara, Foreign Minister Selin Aydin told reporters that the corridor would reopen on Monday.",
        &[r("the corridor would reopen on Monday", "Selin Aydin")],
    ),
    p(
        "reported+org+adverbial",
        "The company said on Thursday that it would cut 4,000 jobs in Germany by 2027.",
        &[r("it would cut 4,000 jobs in Germany by 2027", "company")],
    ),
    p(
        "reported+pronoun",
        "Finance Minister Rafael Duarte defended the budget in parliament. He said that the deficit would fall below 3% of GDP next year.",
        &[r(
            "the deficit would fall below 3% of GDP next year",
            "Rafael Duarte",
        )],
    ),
    p(
        "reported+told-outlet",
        "Bernadette Kerr told the BBC that the strike would go ahead unless the government made a new offer.",
        &[r(
            "the strike would go ahead unless the government made a new offer",
            "Bernadette Kerr",
        )],
    ),
    p(
        "reported+org+statement",
        "The Kremlin said in a statement that the two presidents had agreed to speak again within two weeks.",
        &[r(
            "the two presidents had agreed to speak again within two weeks",
            "Kremlin",
        )],
    ),
    p(
        "reported+according-trailing+org",
        "Russian forces have taken control of the village of Pokrovka, according to the Russian Defence Ministry.",
        &[r(
            "Russian forces have taken control of the village of Pokrovka",
            "Russian Defence Ministry",
        )],
    ),
    p(
        "reported+insisted+surname",
        "Ushakov insisted that no date had been set for the summit.",
        &[r("no date had been set for the summit", "Ushakov")],
    ),
    p(
        "reported+direct+pronoun",
        "Foreign Minister Ilse Vermeer was in a combative mood. “We will not sign under pressure,” Vermeer said. She added that the EU would present its own proposal in June.",
        &[
            d("We will not sign under pressure,", "Ilse Vermeer"),
            r(
                "the EU would present its own proposal in June",
                "Ilse Vermeer",
            ),
        ],
    ),
    p(
        "reported+present-tense",
        "Hanna Kovalenko says that the army needs 200,000 new recruits this year.",
        &[r(
            "the army needs 200,000 new recruits this year",
            "Hanna Kovalenko",
        )],
    ),
    p(
        "reported+org+lowercase",
        "The Chinese foreign ministry stressed that Beijing was not a party to the conflict.",
        &[r(
            "Beijing was not a party to the conflict",
            "Chinese foreign ministry",
        )],
    ),
    p(
        "reported+direct+pronoun+surname",
        "Trump said that the talks were going well. “We are very close,” he told reporters at the White House.",
        &[
            r("the talks were going well", "Trump"),
            d("We are very close,", "Trump"),
        ],
    ),
    p(
        "reported+according+pronoun+hard",
        "Opposition leader Maria Lopes did not accept the result. According to her, the count in three districts was falsified.",
        &[r(
            "the count in three districts was falsified",
            "Maria Lopes",
        )],
    ),
    p(
        "reported+wrote",
        "In a letter to shareholders, chief executive Marcus Feld wrote that 2025 had been the hardest year in the company's history.",
        &[r(
            "2025 had been the hardest year in the company's history",
            "Marcus Feld",
        )],
    ),
    p(
        "reported+adverbial+title-name",
        "IMF managing director Kristalina Dobreva said last week that global growth would slow to 2.8%.",
        &[r("global growth would slow to 2.8%", "Kristalina Dobreva")],
    ),
    p(
        "reported+parenthetical+surname+hard",
        "Foreign ministers Selin Aydin and Ilse Vermeer spoke separately after the meeting. Aydin said that the talks had stalled. Vermeer, however, argued that a deal was still possible before summer.",
        &[
            r("the talks had stalled", "Selin Aydin"),
            r("a deal was still possible before summer", "Ilse Vermeer"),
        ],
    ),
    p(
        "reported+told-outlet+pronoun",
        "Labour Secretary Dana Whitfield said the figures were encouraging. She told CNBC that hiring had picked up in every region.",
        &[r("hiring had picked up in every region", "Dana Whitfield")],
    ),
    p(
        "reported-inside-quote+title",
        "“He said that we would be paid by Friday,” the worker said.",
        &[d("He said that we would be paid by Friday,", "worker")],
    ),
    p(
        "reported+nested-cue",
        "The ministry said that officials had warned that the dam could fail.",
        &[r(
            "officials had warned that the dam could fail",
            "ministry",
        )],
    ),
];
