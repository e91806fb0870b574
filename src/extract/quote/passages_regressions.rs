//! Passages cut from three longer invented articles that were run through
//! the finder by eye after the scored batches passed; what they exposed was
//! fixed in general form, and they stay here as regressions.

use super::passages::{Passage, d, p, r};

pub const PASSAGES: &[Passage] = &[
    p(
        "partial+accusing+org",
        "Talks broke up on Wednesday, with Turkey accusing Russia of \"moving the goalposts\" and Moscow saying its conditions had not changed.",
        &[d("moving the goalposts", "Turkey")],
    ),
    p(
        "reported+pronoun+org-not-person+hard",
        "\"People got ahead of themselves,\" said Olivia Grant, an analyst at Harbor Commodities in London. She added that a new round of talks was unlikely before July.",
        &[
            d("People got ahead of themselves,", "Olivia Grant"),
            r(
                "a new round of talks was unlikely before July",
                "Olivia Grant",
            ),
        ],
    ),
    p(
        "single+partial+weak-close+hard",
        "The Chancellor has insisted the Budget will ‘fix the foundations’ of the economy.",
        &[d("fix the foundations", "Chancellor")],
    ),
    p(
        "single+partial+name-apposition+hard",
        "But the shadow chancellor, Mark Doyle, said the government's plans were ‘a recipe for stagnation’.",
        &[d("a recipe for stagnation", "Mark Doyle")],
    ),
    p(
        "reported+org-of+adverbial",
        "The Institute for Fiscal Studies said in a report published on Friday that the Treasury faced a £22bn gap.",
        &[r(
            "the Treasury faced a £22bn gap",
            "Institute for Fiscal Studies",
        )],
    ),
    p(
        "partial+day-between",
        "President Donald Trump on Monday said he was \"very disappointed\" with the Russian leader.",
        &[d("very disappointed", "Donald Trump")],
    ),
    p(
        "negative+dubbed+years",
        "Critics have dubbed the plan 'Austerity 2.0', and the '80s-style strikes many feared have not materialised.",
        &[],
    ),
    p(
        "interrupted+nested+platform+title-name",
        "\"We've heard 'two weeks' before,\" Sen. Chris Murphy wrote on X. \"Two weeks is the president's favorite unit of time.\"",
        &[d(
            "We've heard 'two weeks' before, Two weeks is the president's favorite unit of time.",
            "Chris Murphy",
        )],
    ),
    p(
        "adverb-before-name+platform",
        "The count ran late into the night. Meanwhile Carla Mendes posted on Facebook: \u{201c}The port stays open to every ship.\u{201d} Afterwards Hollis said: \u{201c}Nothing has been signed.\u{201d}",
        &[
            d("The port stays open to every ship.", "Carla Mendes"),
            d("Nothing has been signed.", "Hollis"),
        ],
    ),
    p(
        "pronoun+previous-subject-not-earlier-speaker+hard",
        "Governor Alan Price wrote on X: \u{201c}We are watching the river closely.\u{201d}\n\nMayor Tomas Reyes moved quickly. \u{201c}The city is ready. Our crews are on the banks now,\u{201d} he said an hour after Price\u{2019}s message.",
        &[
            d("We are watching the river closely.", "Alan Price"),
            d(
                "The city is ready. Our crews are on the banks now,",
                "Tomas Reyes",
            ),
        ],
    ),
    p(
        "pronoun+role-subject-not-object+hard",
        "Most of the governor's week went on his talks with Rafael Delgado on Tuesday. Afterwards he wrote on Facebook: \u{201c}We made real progress.\u{201d}",
        &[d("We made real progress.", "governor")],
    ),
];
