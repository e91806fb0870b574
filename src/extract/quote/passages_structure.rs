//! Quote structure: interruptions, paragraphs, nesting, single marks,
//! partial quotes, stray marks and page furniture.

use super::passages::{Passage, d, p};

pub const PASSAGES: &[Passage] = &[
    p(
        "interrupted+surname",
        "Presidential aide Yuri Ushakov briefed journalists after the call.\n\n“We have agreed on the agenda,” Ushakov said. “The date of the meeting will be announced later.”",
        &[d(
            "We have agreed on the agenda, The date of the meeting will be announced later.",
            "Yuri Ushakov",
        )],
    ),
    p(
        "interrupted+inverted+title-name",
        "“If the banks keep raising rates,” said economist Marta Lindqvist, “households will cut spending well before Christmas.”",
        &[d(
            "If the banks keep raising rates, households will cut spending well before Christmas.",
            "Marta Lindqvist",
        )],
    ),
    p(
        "interrupted+surname+question",
        "Senator Paul Okafor was unimpressed by the proposal. “Why would we sign now?” Okafor asked. “Nothing in the text has changed since March.”",
        &[d(
            "Why would we sign now? Nothing in the text has changed since March.",
            "Paul Okafor",
        )],
    ),
    p(
        "interrupted+title",
        "“I have never seen the port this empty,” a dock worker said. “Even during the pandemic there were ships waiting outside.”",
        &[d(
            "I have never seen the port this empty, Even during the pandemic there were ships waiting outside.",
            "dock worker",
        )],
    ),
    p(
        "trailing+two-speakers+hard",
        "Foreign ministers Selin Aydin and Ilse Vermeer held a joint press conference. “We are ready to sign tomorrow,” Aydin said. “Our partners are not,” Vermeer replied.",
        &[
            d("We are ready to sign tomorrow,", "Selin Aydin"),
            d("Our partners are not,", "Ilse Vermeer"),
        ],
    ),
    p(
        "interrupted+pronoun",
        "Finance Minister Lena Marquardt took questions for an hour. “We have no illusions,” she said, “but we have a plan.”",
        &[d(
            "We have no illusions, but we have a plan.",
            "Lena Marquardt",
        )],
    ),
    p(
        "multipara+pronoun",
        "President Volodymyr Zelenskyy addressed parliament on Wednesday.\n\n“We did not start this war. We will not end it on terms written in Moscow.\n\n“Every town we give up is a town someone will have to liberate later,” he said.",
        &[d(
            "We did not start this war. We will not end it on terms written in Moscow. Every town we give up is a town someone will have to liberate later,",
            "Volodymyr Zelenskyy",
        )],
    ),
    p(
        "multipara+interrupted+hard",
        "“We are ready to talk,” Zelenskyy said. “But we will not trade territory for promises.\n\n“Those promises were broken in 2014, and again in 2022.”",
        &[d(
            "We are ready to talk, But we will not trade territory for promises. Those promises were broken in 2014, and again in 2022.",
            "Zelenskyy",
        )],
    ),
    p(
        "multipara+straight+pronoun",
        "Central bank governor Amara Obi spoke after the rate decision.\n\n\"Inflation is falling, but too slowly for comfort.\n\n\"We will keep rates where they are until the data tells us otherwise,\" she said.",
        &[d(
            "Inflation is falling, but too slowly for comfort. We will keep rates where they are until the data tells us otherwise,",
            "Amara Obi",
        )],
    ),
    p(
        "multipara+single-newline+title-name",
        "Labour Secretary Dana Whitfield opened the jobs summit.\n“Wages are rising faster than prices for the first time in three years.\n“That is not a victory lap. It is a starting point,” Whitfield said.",
        &[d(
            "Wages are rising faster than prices for the first time in three years. That is not a victory lap. It is a starting point,",
            "Dana Whitfield",
        )],
    ),
    p(
        "nested+same-marks+title+hard",
        "“Nobody in this building wants this “inglorious” war to drag on for another winter,” the former ambassador said.",
        &[d(
            "Nobody in this building wants this inglorious war to drag on for another winter,",
            "former ambassador",
        )],
    ),
    p(
        "nested+single-in-double+straight+hard",
        "\"When they tell us 'wait another year', we hear 'never',\" said Farida Osman, the head of the farmers' union.",
        &[d(
            "When they tell us 'wait another year', we hear 'never',",
            "Farida Osman",
        )],
    ),
    p(
        "nested+single-in-double",
        "“My grandmother used to say ‘bread first, politics later’, and she was right,” said Olek Marchuk, a baker in Kharkiv.",
        &[d(
            "My grandmother used to say ‘bread first, politics later’, and she was right,",
            "Olek Marchuk",
        )],
    ),
    p(
        "nested+single-in-double+surname",
        "\"The minister called it 'a temporary measure',\" Okafor said of the levy.",
        &[d("The minister called it 'a temporary measure',", "Okafor")],
    ),
    p(
        "nested+same-marks+straight+hard",
        "\"They keep saying \"next month\" and next month never comes,\" said Olek Marchuk.",
        &[d(
            "They keep saying next month and next month never comes,",
            "Olek Marchuk",
        )],
    ),
    p(
        "single+title",
        "‘We will not be blackmailed by anyone,’ the prime minister told MPs.",
        &[d("We will not be blackmailed by anyone,", "prime minister")],
    ),
    p(
        "single+apostrophes+inverted+hard",
        "‘It’s the workers’ money and the government’s mistake,’ said union chief Bernadette Kerr.",
        &[d(
            "It’s the workers’ money and the government’s mistake,",
            "Bernadette Kerr",
        )],
    ),
    p(
        "single+straight+title+hard",
        "'We have enough fuel for ten days,' the mayor of Kherson told local radio.",
        &[d("We have enough fuel for ten days,", "mayor of Kherson")],
    ),
    p(
        "single+partial",
        "Moscow warned Washington against supplying Kyiv with ‘American long-range weapons.’",
        &[d("American long-range weapons.", "Moscow")],
    ),
    p(
        "single+colon+title-name+hard",
        "Chancellor Anja Richter put it bluntly: ‘The money is not there.’",
        &[d("The money is not there.", "Anja Richter")],
    ),
    p(
        "partial+surname",
        "Kremlin spokesperson Dmitry Peskov reacted sharply to the proposal. Peskov said the seizure of frozen assets would cause “colossal damage” to the global financial system.",
        &[d("colossal damage", "Dmitry Peskov")],
    ),
    p(
        "partial+title-name",
        "Russia's new ambassador Aleksandr Darchiev said relations had hit “rock bottom” but could still be repaired.",
        &[d("rock bottom", "Aleksandr Darchiev")],
    ),
    p(
        "partial+reported-cue+straight+diacritics",
        "Hungarian Prime Minister Viktor Orbán wrote on X that Hungary \"stands ready to host\" a summit between the two leaders.",
        &[d("stands ready to host", "Viktor Orbán")],
    ),
    p(
        "partial+surname+told",
        "Foreign Minister Sergei Lavrov held talks in Riyadh on Tuesday. Lavrov told reporters that Moscow was “in no hurry” to answer the proposal.",
        &[d("in no hurry", "Sergei Lavrov")],
    ),
    p(
        "partial+appositive+hard",
        "Marta Lindqvist, who chairs the finance committee, said the plan was “dead on arrival” in its current form.",
        &[d("dead on arrival", "Marta Lindqvist")],
    ),
    p(
        "partial+one-word+org",
        "The ministry said the \"referendum\" had no legal force and would not be recognised.",
        &[d("referendum", "ministry")],
    ),
    p(
        "partial+called+title-name",
        "Union chief Bernadette Kerr called the offer “an insult to every nurse in the country” and promised more strikes.",
        &[d(
            "an insult to every nurse in the country",
            "Bernadette Kerr",
        )],
    ),
    p(
        "partial+furniture+heading",
        "# Peskov: West 'playing with fire'\n\nKremlin spokesperson Dmitry Peskov said on Monday that Western capitals were “playing with fire” by sending long-range missiles to Ukraine.",
        &[d("playing with fire", "Dmitry Peskov")],
    ),
    p(
        "furniture+trailing+title-name",
        "Advertisement\n\n“We expect the first deliveries in spring,” Defence Minister Ola Brandt said.\n\nShare this article",
        &[d("We expect the first deliveries in spring,", "Ola Brandt")],
    ),
    p(
        "unbalanced+trailing+title-name",
        "The statement began with a stray \"mark and never closed it.\n\n“We will rebuild the bridge by summer,” Mayor Ines Duval said.",
        &[d("We will rebuild the bridge by summer,", "Ines Duval")],
    ),
    p(
        "unbalanced+straight+title",
        "The 12\" shells were stored in a warehouse near the border.\n\n\"We found them by accident,\" a local farmer told police.",
        &[d("We found them by accident,", "local farmer")],
    ),
    p(
        "trailing+dash+pronoun",
        "Finance Minister Rafael Duarte was asked about the shortfall. “The problem — and everyone in this room knows it — is not money but time,” he said.",
        &[d(
            "The problem — and everyone in this room knows it — is not money but time,",
            "Rafael Duarte",
        )],
    ),
    p(
        "continuation+surname+hard",
        "President Volodymyr Zelenskyy spoke in his nightly address.\n\n“We need air defence, not sympathy,” Zelenskyy said.\n\n“Every day of delay costs lives.”",
        &[
            d("We need air defence, not sympathy,", "Volodymyr Zelenskyy"),
            d("Every day of delay costs lives.", "Volodymyr Zelenskyy"),
        ],
    ),
    p(
        "apostrophes-inside+surname",
        "Agriculture Minister Ivan Kovacs spoke after the meeting. \"We can't wait two weeks' time for Brussels to decide what Ukraine's farmers need,\" Kovacs said.",
        &[d(
            "We can't wait two weeks' time for Brussels to decide what Ukraine's farmers need,",
            "Ivan Kovacs",
        )],
    ),
];
