//! Passages with no quote a fact-checker would want: apostrophes, names and
//! titles in marks, scare quotes without a speaker, stray marks, furniture.

use super::passages::{Passage, p};

pub const PASSAGES: &[Passage] = &[
    p(
        "negative+apostrophe",
        "The Joneses' house was the last one standing after the floods, and repairs could take two weeks' time.",
        &[],
    ),
    p(
        "negative+apostrophe+hard",
        "The band, famous in the '90s for its rock 'n' roll covers, played Kyiv's main square on Saturday.",
        &[],
    ),
    p(
        "negative+apostrophe",
        "Inflation has not been this high since the ’90s, when Poland’s economy was still in transition.",
        &[],
    ),
    p(
        "negative+apostrophe+hard",
        "Prices last rose this fast in the ‘90s, before the central bank’s reforms.",
        &[],
    ),
    p(
        "negative+scare",
        "European leaders met in Paris to discuss the so-called \"coalition of the willing\" and its role after a ceasefire.",
        &[],
    ),
    p(
        "negative+name",
        "The aircraft carrier \"Admiral Kuznetsov\" has been in dry dock in Murmansk since 2017.",
        &[],
    ),
    p(
        "negative+title-of-work",
        "Her memoir, \"The Long Road From Kherson\", spent six weeks on the bestseller list.",
        &[],
    ),
    p(
        "negative+headline",
        "The tabloid ran the front page \"Markets Panic As Pound Slides\" on Thursday morning.",
        &[],
    ),
    p(
        "negative+nickname",
        "Former boxer Vitali \"The Hammer\" Drozd now runs a logistics firm in Lviv.",
        &[],
    ),
    p(
        "negative+product+hard",
        "Sales of its \"Galaxy Fold\" phone fell 12% in the quarter, the company said.",
        &[],
    ),
    p(
        "negative+unbalanced+inch",
        "Officials said the 6\" pipe burst at 3 a.m. and flooded the station.\n\nRepairs are expected to take until Friday, the city said.",
        &[],
    ),
    p(
        "negative+title-of-work",
        "The song \"Stefania\" topped the charts again after the victory.",
        &[],
    ),
    p(
        "negative+scare",
        "Analysts now use the word \"stagflation\" more often than at any time since 2008.",
        &[],
    ),
    p(
        "negative+apostrophe",
        "The teachers' strike entered its third week as the governors' meeting ended without a deal.",
        &[],
    ),
    p(
        "negative+nickname+single",
        "Colleagues nicknamed him 'the Bulldozer' during his years at the finance ministry.",
        &[],
    ),
    p(
        "negative+title-of-work",
        "The report, titled \"Energy Security in a Fragmented World,\" was published on Monday.",
        &[],
    ),
    p(
        "negative+single+letters",
        "Ratings agency Fitch cut the country to 'B' from 'BB-' on Friday.",
        &[],
    ),
    p(
        "negative+apostrophe+scare+hard",
        "Sean O'Brien's office declined to comment on the Taliban's 'morality' police.",
        &[],
    ),
    p(
        "negative+unbalanced",
        "The sign on the door read \"Closed for repairs.\n\nThe shop has not reopened since.",
        &[],
    ),
    p(
        "negative+scare",
        "Voters chose between \"yes\" and \"no\" in Sunday's referendum.",
        &[],
    ),
    p(
        "negative+heading",
        "## Analysis: Why \"peace deal\" talk is premature\n\nDiplomats in Geneva expect months of preparatory meetings.",
        &[],
    ),
    p(
        "negative+heading+single",
        "# Kremlin calls talks 'constructive'\n\nThe talks lasted three hours and ended without a joint statement.",
        &[],
    ),
    p(
        "negative+furniture+hard",
        "Advertisement\n\nShare this article\n\nThe parliament voted 230 to 110 to pass the budget on Thursday.\n\nRead more: 'We are running out of time' – inside the race to save the harvest",
        &[],
    ),
    p(
        "negative+no-that",
        "Ushakov said the meeting could take place in Budapest.",
        &[],
    ),
    p(
        "negative+according-document",
        "According to the timetable, trains will resume on June 3.",
        &[],
    ),
    p(
        "negative+according-document",
        "Retail sales rose 5% in March, according to figures released on Monday.",
        &[],
    ),
    p(
        "negative+question",
        "Who said that? Nobody in the room would answer.",
        &[],
    ),
    p(
        "negative+scare+single",
        "Dozens of tankers in Russia’s so-called ‘shadow fleet’ were sanctioned on Friday.",
        &[],
    ),
    p(
        "negative+unbalanced+inch",
        "The storm dumped 12\" of snow on Boston's suburbs overnight, and more is expected by Sunday's game.",
        &[],
    ),
    p(
        "negative+denied",
        "The minister denied that any deal had been made with the opposition.",
        &[],
    ),
    p(
        "negative+spaced-marks+hard",
        "Markets ' rallied ' as ‘ the dollar ’ slipped \" and \" gold rose.",
        &[],
    ),
    p(
        "negative+apostrophe+elision+hard",
        "Rock ’n’ roll never died in Lviv’s cellar bars, where they still play ’em the old records.",
        &[],
    ),
    p(
        "negative+scare+possessive",
        "The rebels' \"liberation\" of the town lasted four days.",
        &[],
    ),
];
