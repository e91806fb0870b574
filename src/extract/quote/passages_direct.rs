//! Direct quotes with the attribution after, before, or inverted.

use super::passages::{Passage, d, p};

pub const PASSAGES: &[Passage] = &[
    p(
        "trailing+name",
        "“We are not going to accept any ultimatum,” Yuri Ushakov said on Tuesday.",
        &[d(
            "We are not going to accept any ultimatum,",
            "Yuri Ushakov",
        )],
    ),
    p(
        "trailing+title-name+straight",
        "\"The talks were useful but difficult,\" Kremlin spokesperson Dmitry Peskov told reporters in Moscow.",
        &[d("The talks were useful but difficult,", "Dmitry Peskov")],
    ),
    p(
        "inverted+name",
        "“There will be no ceasefire before the elections,” said Hanna Kovalenko, a senior adviser to the Ukrainian president.",
        &[d(
            "There will be no ceasefire before the elections,",
            "Hanna Kovalenko",
        )],
    ),
    p(
        "inverted+title-name+straight",
        "\"Nobody should expect miracles from one phone call,\" said European Council President Antonio Mendes.",
        &[d(
            "Nobody should expect miracles from one phone call,",
            "Antonio Mendes",
        )],
    ),
    p(
        "inverted+title+hard",
        "“That is simply a lie,” said the Kremlin aide, Yuri Ushakov.",
        &[d("That is simply a lie,", "Yuri Ushakov")],
    ),
    p(
        "trailing+title",
        "“The grain corridor will stay open through the winter,” Turkish officials told journalists in Istanbul.",
        &[d(
            "The grain corridor will stay open through the winter,",
            "Turkish officials",
        )],
    ),
    p(
        "leading+surname+truth-social",
        "President Donald Trump weighed in late on Sunday.\n\nTrump wrote on Truth Social: “The tariffs stay until we get a fair deal. Very simple!”",
        &[d(
            "The tariffs stay until we get a fair deal. Very simple!",
            "Donald Trump",
        )],
    ),
    p(
        "trailing+truth-social",
        "“Russia must come to the table or face very big consequences,” Trump said in a post on Truth Social.",
        &[d(
            "Russia must come to the table or face very big consequences,",
            "Trump",
        )],
    ),
    p(
        "leading+pronoun",
        "Defence Minister Ola Brandt visited the air base on Friday. He said: “Our pilots need more spare parts, and they need them now.”",
        &[d(
            "Our pilots need more spare parts, and they need them now.",
            "Ola Brandt",
        )],
    ),
    p(
        "leading+title-name",
        "Foreign Minister Ilse Vermeer told journalists in Brussels: “Europe has to pay for its own security now.”",
        &[d(
            "Europe has to pay for its own security now.",
            "Ilse Vermeer",
        )],
    ),
    p(
        "leading+name",
        "Asked about the new sanctions, Peskov said, “We have learned to live with them.”",
        &[d("We have learned to live with them.", "Peskov")],
    ),
    p(
        "leading+title-name",
        "As he left the courthouse, Senator Paul Okafor shouted: “See you at the appeal!”",
        &[d("See you at the appeal!", "Paul Okafor")],
    ),
    p(
        "leading+org",
        "In a statement released on Saturday, the Kremlin said: “The decision of the Finnish authorities will not go unanswered.”",
        &[d(
            "The decision of the Finnish authorities will not go unanswered.",
            "Kremlin",
        )],
    ),
    p(
        "leading+surname+video",
        "Ukrainian President Volodymyr Zelenskyy did not attend the summit in person.\n\nZelenskyy said in a video message on Sunday: “Not a single city will be handed over without a fight.”",
        &[d(
            "Not a single city will be handed over without a fight.",
            "Volodymyr Zelenskyy",
        )],
    ),
    p(
        "trailing+title-name+video",
        "“Do not believe the rumours, the dam is holding,” Governor Tomas Reyes said in a video message posted overnight.",
        &[d(
            "Do not believe the rumours, the dam is holding,",
            "Tomas Reyes",
        )],
    ),
    p(
        "trailing+org+statement",
        "“The strike hit a residential building, not a military target,” the ministry said in a statement.",
        &[d(
            "The strike hit a residential building, not a military target,",
            "ministry",
        )],
    ),
    p(
        "trailing+org",
        "“No agreement has been reached, and none is imminent,” the White House said on Wednesday.",
        &[d(
            "No agreement has been reached, and none is imminent,",
            "White House",
        )],
    ),
    p(
        "trailing+spokesman",
        "“The president has no plans to meet him this month,” Trump's spokesman said.",
        &[d(
            "The president has no plans to meet him this month,",
            "Trump's spokesman",
        )],
    ),
    p(
        "trailing+spokesman+title-name",
        "“We reject these claims entirely,” the chancellor's spokesman Jan Hollander said.",
        &[d("We reject these claims entirely,", "Jan Hollander")],
    ),
    p(
        "trailing+title-name",
        "“The front is not collapsing, but it is bending,” retired Gen. Keith Kellogg said in an interview.",
        &[d(
            "The front is not collapsing, but it is bending,",
            "Keith Kellogg",
        )],
    ),
    p(
        "leading+title-name",
        "Defense Secretary Pete Hegseth told senators: “We will not send troops without a clear mission and a clear exit.”",
        &[d(
            "We will not send troops without a clear mission and a clear exit.",
            "Pete Hegseth",
        )],
    ),
    p(
        "trailing+title",
        "“We will respond at a time of our choosing,” the US President said.",
        &[d(
            "We will respond at a time of our choosing,",
            "US President",
        )],
    ),
    p(
        "leading+appositive+hard",
        "Dmitry Peskov, the Kremlin spokesman, said: “There are no plans for a new round of talks yet.”",
        &[d(
            "There are no plans for a new round of talks yet.",
            "Dmitry Peskov",
        )],
    ),
    p(
        "trailing+surname",
        "“Our position has not changed,” Peskov told the state news agency TASS on Monday.",
        &[d("Our position has not changed,", "Peskov")],
    ),
    p(
        "trailing+surname+honorific",
        "Kremlin spokesperson Dmitry Peskov spoke to reporters by phone. “I have nothing to add to what the president said yesterday,” Mr Peskov said.",
        &[d(
            "I have nothing to add to what the president said yesterday,",
            "Dmitry Peskov",
        )],
    ),
    p(
        "leading+title-name",
        "Retired Gen. Keith Kellogg told Fox News: “The president wants a deal. He does not want a deal at any price.”",
        &[d(
            "The president wants a deal. He does not want a deal at any price.",
            "Keith Kellogg",
        )],
    ),
    p(
        "leading+title-name+diacritics",
        "Polish Foreign Minister Radosław Sikorski said: “Europe cannot outsource its defence to anyone.”",
        &[d(
            "Europe cannot outsource its defence to anyone.",
            "Radosław Sikorski",
        )],
    ),
    p(
        "trailing+title-name+particles+hard",
        "“Europe will stand with Ukraine for as long as it takes,” European Commission President Ursula von der Leyen said.",
        &[d(
            "Europe will stand with Ukraine for as long as it takes,",
            "Ursula von der Leyen",
        )],
    ),
    p(
        "leading+title-name+initials+hard",
        "Vice President J.D. Vance told reporters: “We want peace, not another forever war.”",
        &[d("We want peace, not another forever war.", "J.D. Vance")],
    ),
    p(
        "inverted+title-name",
        "“Enough is enough!” said Mayor Ines Duval as the third blackout in a week hit the city.",
        &[d("Enough is enough!", "Ines Duval")],
    ),
    p(
        "trailing+org+pronoun",
        "The Russian Defence Ministry said its air defences had downed 40 drones overnight. “All targets were destroyed over the Belgorod region,” it said.",
        &[d(
            "All targets were destroyed over the Belgorod region,",
            "Russian Defence Ministry",
        )],
    ),
    p(
        "trailing+title",
        "“This is a historic day for our country,” the president said after signing the decree.",
        &[d("This is a historic day for our country,", "president")],
    ),
    p(
        "trailing+surname+added",
        "Foreign Minister Selin Aydin said the talks were over for now. “The border will stay closed,” Aydin added.",
        &[d("The border will stay closed,", "Selin Aydin")],
    ),
    p(
        "trailing+title-name+platform",
        "“NATO is more united than ever,” Secretary General Mark Rutten wrote on X.",
        &[d("NATO is more united than ever,", "Mark Rutten")],
    ),
    p(
        "trailing+adverb+surname",
        "“We will see,” Peskov later told reporters.",
        &[d("We will see,", "Peskov")],
    ),
];
