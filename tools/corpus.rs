//! Deterministic, dependency-free generator of a news-like markdown corpus,
//! used to benchmark `crosscheck`.
//!
//! Articles are grouped into stories: every story has a topic, a place, a cast
//! of people and organisations, and a set of shared facts (figures, dates,
//! times, quotes). Each outlet covering a story renders a random subset of
//! those facts in its own house style (date format, percent spelling, quote
//! marks, honorifics, money abbreviations), sometimes rounded or hedged, and
//! about one shared fact in ten gets a conflicting value in one outlet.
//!
//! Included by path from the bench and the `gen-corpus` example:
//! `#[path = "../tools/corpus.rs"] mod corpus;`

// Each including crate uses a different subset of this module.
#![allow(dead_code)]

use std::fmt::Write as _;

/// One generated article.
pub struct GeneratedDoc {
    /// Relative path, e.g. `story-0042/northern-ledger.md`.
    pub name: String,
    /// Markdown with YAML front matter.
    pub contents: String,
}

/// Deterministic: the same seed and size give byte-identical output.
///
/// Stories are generated one after another until the total size reaches
/// `target_bytes`; a smaller target yields a prefix of a larger one.
pub fn generate(seed: u64, target_bytes: usize) -> Vec<GeneratedDoc> {
    let mut docs = Vec::new();
    let mut total = 0usize;
    let mut idx = 0usize;
    while total < target_bytes {
        let mut rng = Rng::new(seed, idx as u64 + 1);
        let story = Story::new(&mut rng, idx);
        for doc in story.write(&mut rng) {
            total += doc.contents.len();
            docs.push(doc);
        }
        idx += 1;
    }
    docs
}

// ---------------------------------------------------------------------------
// PRNG (SplitMix64)
// ---------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Self {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03).rotate_left(23));
        rng.next_u64();
        rng
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + ((u128::from(self.next_u64()) * u128::from(hi - lo + 1)) >> 64) as u64
    }

    fn irange(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.range(0, (hi - lo) as u64) as i64
    }

    fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64) < p * 9_007_199_254_740_992.0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

// ---------------------------------------------------------------------------
// Static data
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cat {
    Conflict,
    Politics,
    Economy,
    Disaster,
    Health,
    Labour,
    Justice,
    Transport,
    Diplomacy,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Count,
    Money,
    Pct,
}

/// A measurable quantity. `#` in `np` / `clauses` is replaced by the value;
/// the clauses of one measure are paraphrases of the same fact.
struct Measure {
    key: &'static str,
    kind: Kind,
    lo: u64,
    hi: u64,
    np: &'static str,
    clauses: &'static [&'static str],
    /// Percentages that read naturally as "two-thirds of ...".
    frac: bool,
}

const fn cnt(
    key: &'static str,
    lo: u64,
    hi: u64,
    np: &'static str,
    clauses: &'static [&'static str],
) -> Measure {
    Measure {
        key,
        kind: Kind::Count,
        lo,
        hi,
        np,
        clauses,
        frac: false,
    }
}

const fn money(
    key: &'static str,
    lo: u64,
    hi: u64,
    np: &'static str,
    clauses: &'static [&'static str],
) -> Measure {
    Measure {
        key,
        kind: Kind::Money,
        lo,
        hi,
        np,
        clauses,
        frac: false,
    }
}

/// Percent measures; `lo`/`hi` are in tenths of a percent.
const fn pct(
    key: &'static str,
    lo: u64,
    hi: u64,
    np: &'static str,
    clauses: &'static [&'static str],
    frac: bool,
) -> Measure {
    Measure {
        key,
        kind: Kind::Pct,
        lo,
        hi,
        np,
        clauses,
        frac,
    }
}

const M: u64 = 1_000_000;
const B: u64 = 1_000_000_000;

static MEASURES: &[Measure] = &[
    cnt(
        "troops",
        2_000,
        150_000,
        "# troops",
        &[
            "# troops have been massed near the front",
            "the army has moved # troops into {region}",
            "# troops are taking part in the operation",
        ],
    ),
    cnt(
        "soldiers_killed",
        12,
        4_000,
        "# soldiers",
        &[
            "# soldiers have been killed since the offensive began",
            "the fighting has cost the lives of # soldiers",
            "# soldiers have died in the fighting",
        ],
    ),
    cnt(
        "civilians_killed",
        3,
        900,
        "# civilians",
        &[
            "# civilians have been killed",
            "the attacks have killed # civilians",
            "# civilians have lost their lives",
        ],
    ),
    cnt(
        "civilians_injured",
        10,
        2_500,
        "# people injured",
        &[
            "# people were injured",
            "# others were wounded",
            "the number of injured rose to #",
        ],
    ),
    cnt(
        "drones",
        10,
        800,
        "# drones",
        &[
            "# drones were launched overnight",
            "the attack involved # drones",
            "air defences tracked # drones",
        ],
    ),
    cnt(
        "missiles",
        2,
        120,
        "# missiles",
        &[
            "# missiles were fired at {city}",
            "the barrage included # missiles",
            "# missiles were launched",
        ],
    ),
    cnt(
        "prisoners",
        20,
        1_200,
        "# prisoners",
        &[
            "# prisoners were exchanged",
            "the swap involved # prisoners",
            "# prisoners of war returned home",
        ],
    ),
    cnt(
        "refugees",
        5_000,
        3_000_000,
        "# refugees",
        &[
            "# refugees have crossed into neighbouring countries",
            "the number of refugees has reached #",
            "# people have fled abroad",
        ],
    ),
    cnt(
        "children",
        500,
        400_000,
        "# children",
        &[
            "# children have been displaced",
            "the crisis has displaced # children",
            "# children have been forced from their homes",
        ],
    ),
    cnt(
        "grain",
        50_000,
        40_000_000,
        "# tonnes of grain",
        &[
            "# tonnes of grain have been shipped",
            "exports have reached # tonnes of grain",
            "the ports have handled # tonnes of grain",
        ],
    ),
    cnt(
        "vessels",
        3,
        400,
        "# ships",
        &[
            "# ships have left the port",
            "# vessels have used the corridor",
            "the route has handled # ships",
        ],
    ),
    cnt(
        "votes",
        50_000,
        25_000_000,
        "# votes",
        &[
            "# votes were cast",
            "voters cast # ballots",
            "the number of votes cast reached #",
        ],
    ),
    cnt(
        "voters",
        100_000,
        40_000_000,
        "# registered voters",
        &[
            "# voters were registered",
            "the electoral roll lists # voters",
            "# people were eligible to vote",
        ],
    ),
    cnt(
        "seats",
        20,
        300,
        "# seats",
        &[
            "the ruling party won # seats",
            "the ruling party secured # seats",
            "# seats went to the governing party",
        ],
    ),
    cnt(
        "lawmakers",
        100,
        450,
        "# lawmakers",
        &[
            "# lawmakers voted in favour",
            "the measure was backed by # lawmakers",
            "# members of parliament supported the bill",
        ],
    ),
    cnt(
        "jobs",
        200,
        60_000,
        "# jobs",
        &[
            "# jobs will be cut",
            "the plan puts # jobs at risk",
            "# positions will be eliminated",
        ],
    ),
    cnt(
        "workers",
        1_000,
        2_000_000,
        "# workers",
        &[
            "# workers joined the strike",
            "the walkout involved # workers",
            "# employees stayed away from work",
        ],
    ),
    cnt(
        "protesters",
        500,
        500_000,
        "# protesters",
        &[
            "# people took to the streets",
            "# protesters gathered in {city}",
            "the crowd numbered #",
        ],
    ),
    cnt(
        "arrests",
        10,
        2_000,
        "# people detained",
        &[
            "police detained # people",
            "# people were arrested",
            "# arrests were made",
        ],
    ),
    cnt(
        "police",
        200,
        20_000,
        "# police officers",
        &[
            "# police officers were deployed",
            "authorities deployed # officers",
            "# police were on duty",
        ],
    ),
    cnt(
        "deaths",
        3,
        5_000,
        "# people killed",
        &[
            "# people have been killed",
            "the death toll has risen to #",
            "# people have died",
        ],
    ),
    cnt(
        "injured",
        10,
        10_000,
        "# people injured",
        &[
            "# people were injured",
            "# others were hurt",
            "the number of injured stood at #",
        ],
    ),
    cnt(
        "homes",
        100,
        200_000,
        "# homes",
        &[
            "# homes were damaged or destroyed",
            "# houses were damaged",
            "the disaster damaged # homes",
        ],
    ),
    cnt(
        "evacuated",
        500,
        300_000,
        "# residents",
        &[
            "# residents have been evacuated",
            "# people have been moved to safety",
            "authorities have evacuated # people",
        ],
    ),
    cnt(
        "hectares",
        1_000,
        900_000,
        "# hectares",
        &[
            "# hectares have burned",
            "the fires have scorched # hectares",
            "# hectares of forest and farmland have been destroyed",
        ],
    ),
    cnt(
        "farmland",
        1_000,
        900_000,
        "# hectares of farmland",
        &[
            "# hectares of farmland are under water",
            "# hectares of crops have been lost",
            "the floods have swamped # hectares of farmland",
        ],
    ),
    cnt(
        "firefighters",
        100,
        10_000,
        "# firefighters",
        &[
            "# firefighters are battling the flames",
            "# firefighters have been deployed",
            "authorities have sent # firefighters",
        ],
    ),
    cnt(
        "rescuers",
        50,
        5_000,
        "# rescue workers",
        &[
            "# rescue workers are searching for survivors",
            "# rescuers have been deployed",
            "authorities have sent # rescue workers",
        ],
    ),
    cnt(
        "cases",
        100,
        500_000,
        "# cases",
        &[
            "# cases have been confirmed",
            "health officials have recorded # cases",
            "the number of infections has risen to #",
        ],
    ),
    cnt(
        "doses",
        10_000,
        30_000_000,
        "# vaccine doses",
        &[
            "# doses have been administered",
            "health workers have given # doses",
            "the campaign has administered # doses",
        ],
    ),
    cnt(
        "patients",
        1_000,
        300_000,
        "# patients",
        &[
            "# patients had appointments cancelled",
            "appointments for # patients were cancelled",
            "the walkout disrupted care for # patients",
        ],
    ),
    cnt(
        "teachers",
        1_000,
        400_000,
        "# teachers",
        &[
            "# teachers joined the walkout",
            "the strike involved # teachers",
            "# teachers stayed away from classrooms",
        ],
    ),
    cnt(
        "schools",
        20,
        8_000,
        "# schools",
        &[
            "# schools were closed",
            "# schools shut their doors",
            "classes were cancelled at # schools",
        ],
    ),
    cnt(
        "households",
        10_000,
        4_000_000,
        "# households",
        &[
            "# households were left without power",
            "power was cut to # households",
            "# homes lost electricity",
        ],
    ),
    cnt(
        "waiting_list",
        1_000,
        900_000,
        "# families on waiting lists",
        &[
            "# families are on waiting lists for social housing",
            "the waiting list for social housing has grown to # families",
            "# households are waiting for social housing",
        ],
    ),
    cnt(
        "megawatts",
        100,
        9_000,
        "# megawatts",
        &[
            "# megawatts of generating capacity were knocked out",
            "the grid lost # megawatts",
            "the attacks took # megawatts offline",
        ],
    ),
    cnt(
        "passengers",
        20,
        1_500,
        "# passengers",
        &[
            "# passengers were on board",
            "the vessel was carrying # passengers",
            "# people were on board",
        ],
    ),
    cnt(
        "travellers",
        10_000,
        2_000_000,
        "# travellers",
        &[
            "# travellers were affected",
            "the disruption hit # passengers",
            "# people saw their journeys cancelled",
        ],
    ),
    cnt(
        "missing",
        3,
        400,
        "# people missing",
        &[
            "# people remain missing",
            "# people are still unaccounted for",
            "the number of missing stands at #",
        ],
    ),
    cnt(
        "miners",
        5,
        150,
        "# miners",
        &[
            "# miners were trapped underground",
            "# miners are still trapped",
            "the collapse trapped # miners",
        ],
    ),
    cnt(
        "migrants",
        50,
        100_000,
        "# migrants",
        &[
            "# migrants have arrived",
            "# migrants made the crossing",
            "coastguards registered # arrivals",
        ],
    ),
    cnt(
        "boats",
        3,
        200,
        "# boats",
        &[
            "# boats were intercepted",
            "coastguards stopped # boats",
            "# vessels were turned back",
        ],
    ),
    cnt(
        "flights",
        50,
        5_000,
        "# flights",
        &[
            "# flights were cancelled",
            "airlines scrapped # flights",
            "# departures were cancelled",
        ],
    ),
    cnt(
        "barrels",
        50_000,
        12_000_000,
        "# barrels a day",
        &[
            "output rose to # barrels a day",
            "production reached # barrels per day",
            "the country is pumping # barrels a day",
        ],
    ),
    cnt(
        "companies",
        5,
        900,
        "# companies",
        &[
            "# companies were added to the list",
            "the measures target # companies",
            "# firms face restrictions",
        ],
    ),
    cnt(
        "individuals",
        10,
        2_000,
        "# individuals",
        &[
            "# individuals face travel bans",
            "the list names # individuals",
            "# people were placed under sanctions",
        ],
    ),
    cnt(
        "records",
        10_000,
        500_000_000,
        "# records",
        &[
            "# customer records were exposed",
            "the breach affected # accounts",
            "hackers obtained # records",
        ],
    ),
    cnt(
        "peacekeepers",
        500,
        20_000,
        "# peacekeepers",
        &[
            "# peacekeepers will be deployed",
            "the mission will include # peacekeepers",
            "the force will number #",
        ],
    ),
    cnt(
        "jets",
        4,
        120,
        "# F-16 fighter jets",
        &[
            "# F-16 jets will be delivered",
            "the deal covers # F-16 fighter jets",
            "the order includes # F-16 aircraft",
        ],
    ),
    cnt(
        "tanks",
        10,
        400,
        "# tanks",
        &[
            "# tanks will be supplied",
            "the package includes # tanks",
            "# armoured vehicles are being sent",
        ],
    ),
    cnt(
        "villages",
        2,
        60,
        "# villages",
        &[
            "# villages have changed hands",
            "forces have taken # villages",
            "the army has captured # villages",
        ],
    ),
    cnt(
        "km",
        2,
        400,
        "# kilometres",
        &[
            "forces have advanced # kilometres",
            "the front has moved # kilometres",
            "troops have pushed forward # kilometres",
        ],
    ),
    cnt(
        "farmers",
        1_000,
        500_000,
        "# farmers",
        &[
            "# farmers have been affected",
            "the drought has hit # farmers",
            "# farming households have lost crops",
        ],
    ),
    cnt(
        "witnesses",
        5,
        120,
        "# witnesses",
        &[
            "# witnesses are expected to testify",
            "the prosecution will call # witnesses",
            "the court will hear from # witnesses",
        ],
    ),
    cnt(
        "gas",
        B,
        60 * B,
        "# cubic metres of gas",
        &[
            "the pipeline will carry # cubic metres of gas a year",
            "the deal covers # cubic metres of gas annually",
            "deliveries will reach # cubic metres of gas a year",
        ],
    ),
    cnt(
        "sentence",
        2,
        30,
        "# years in prison",
        &[
            "prosecutors are seeking a sentence of # years",
            "the prosecution asked for # years in prison",
            "a jail term of # years is being sought",
        ],
    ),
    cnt(
        "contract_years",
        5,
        30,
        "# years",
        &[
            "the contract runs for # years",
            "the agreement covers # years",
            "the deal will last # years",
        ],
    ),
    cnt(
        "hours",
        2,
        96,
        "# hours",
        &[
            "the outage lasted # hours",
            "services were disrupted for # hours",
            "it took # hours to restore service",
        ],
    ),
    cnt(
        "sailors",
        10,
        900,
        "# sailors",
        &[
            "# sailors were on board",
            "the ship had a crew of # sailors",
            "the vessel was carrying # sailors",
        ],
    ),
    money(
        "aid_military",
        50 * M,
        70 * B,
        "# in military aid",
        &[
            "the military aid package is worth #",
            "allies have pledged # in military aid",
            "# in military aid has been approved",
        ],
    ),
    money(
        "aid_humanitarian",
        M,
        5 * B,
        "# in humanitarian aid",
        &[
            "donors have pledged # in humanitarian aid",
            "the humanitarian appeal seeks #",
            "# in emergency aid has been promised",
        ],
    ),
    money(
        "budget",
        100 * M,
        900 * B,
        "a budget of #",
        &[
            "the budget totals #",
            "spending will reach #",
            "lawmakers approved # in spending",
        ],
    ),
    money(
        "loan",
        100 * M,
        50 * B,
        "a loan of #",
        &[
            "the lender agreed a loan of #",
            "the loan is worth #",
            "the country will receive # in loans",
        ],
    ),
    money(
        "deal",
        10 * M,
        100 * B,
        "a deal worth #",
        &[
            "the deal is worth #",
            "the contract is valued at #",
            "the agreement is worth #",
        ],
    ),
    money(
        "damage",
        M,
        80 * B,
        "# in damage",
        &[
            "the damage is estimated at #",
            "losses could reach #",
            "the cost of repairs is put at #",
        ],
    ),
    money(
        "fine",
        100_000,
        5 * B,
        "a fine of #",
        &[
            "the court imposed a fine of #",
            "the company was fined #",
            "regulators levied a penalty of #",
        ],
    ),
    money(
        "embezzled",
        100_000,
        500 * M,
        "#",
        &[
            "the defendants are accused of embezzling #",
            "prosecutors say # was siphoned off",
            "# allegedly went missing from public funds",
        ],
    ),
    money(
        "ransom",
        50_000,
        50 * M,
        "a ransom of #",
        &[
            "the hackers demanded #",
            "the ransom demand was #",
            "the gang asked for # in cryptocurrency",
        ],
    ),
    money(
        "revenue",
        100 * M,
        200 * B,
        "# in revenue",
        &[
            "revenue reached #",
            "the sector brought in #",
            "sales totalled #",
        ],
    ),
    money(
        "debt",
        B,
        200 * B,
        "# in debt",
        &[
            "the country owes #",
            "total debt stands at #",
            "the restructuring covers # in bonds",
        ],
    ),
    money(
        "frozen",
        100 * M,
        300 * B,
        "# in frozen assets",
        &[
            "# in assets has been frozen",
            "authorities have frozen #",
            "frozen assets total #",
        ],
    ),
    money(
        "trade",
        B,
        800 * B,
        "# in annual trade",
        &[
            "trade between the two is worth # a year",
            "bilateral trade reached #",
            "annual trade totals #",
        ],
    ),
    money(
        "compensation",
        M,
        5 * B,
        "# in compensation",
        &[
            "workers will receive # in compensation",
            "the compensation package is worth #",
            "# has been set aside for severance",
        ],
    ),
    pct(
        "turnout",
        300,
        850,
        "turnout of #",
        &[
            "turnout was #",
            "turnout reached #",
            "voter turnout stood at #",
        ],
        false,
    ),
    pct(
        "vote_share",
        150,
        700,
        "# of the vote",
        &[
            "the ruling party won # of the vote",
            "the ruling party took # of the vote",
            "the governing party secured # of ballots cast",
        ],
        true,
    ),
    pct(
        "yes_share",
        300,
        800,
        "# of voters",
        &[
            "# of voters backed the proposal",
            "# of ballots were in favour",
            "the yes side won # of the vote",
        ],
        true,
    ),
    pct(
        "inflation",
        5,
        450,
        "inflation of #",
        &[
            "annual inflation reached #",
            "consumer prices rose # from a year earlier",
            "inflation stood at #",
        ],
        false,
    ),
    pct(
        "rate",
        5,
        300,
        "a key rate of #",
        &[
            "the central bank set its key rate at #",
            "the benchmark rate now stands at #",
            "policymakers moved the main rate to #",
        ],
        false,
    ),
    pct(
        "unemployment",
        20,
        250,
        "unemployment of #",
        &[
            "unemployment stood at #",
            "the jobless rate was #",
            "# of the workforce is out of work",
        ],
        false,
    ),
    pct(
        "growth",
        1,
        80,
        "growth of #",
        &[
            "the economy grew #",
            "output expanded #",
            "growth came in at #",
        ],
        false,
    ),
    pct(
        "tariff",
        50,
        1_000,
        "tariffs of #",
        &[
            "tariffs of # will apply",
            "the duty will rise to #",
            "importers will pay a levy of #",
        ],
        false,
    ),
    pct(
        "pay",
        20,
        250,
        "a pay rise of #",
        &[
            "the union is demanding a pay rise of #",
            "unions want wages raised by #",
            "the union's demand is for an increase of #",
        ],
        false,
    ),
    pct(
        "approval",
        150,
        750,
        "# of respondents",
        &[
            "# of respondents said they opposed the plan",
            "# of those polled were against the plan",
            "a poll found # of people opposed the plan",
        ],
        true,
    ),
    pct(
        "deficit",
        5,
        120,
        "a deficit of # of GDP",
        &[
            "the deficit is forecast at # of GDP",
            "the shortfall will equal # of economic output",
            "the budget gap is projected at # of GDP",
        ],
        false,
    ),
    pct(
        "haircut",
        100,
        700,
        "# of the debt",
        &[
            "creditors will write off # of the debt",
            "bondholders accepted losses of # on their holdings",
            "the write-down amounts to # of face value",
        ],
        true,
    ),
    pct(
        "workforce",
        20,
        300,
        "# of its workforce",
        &[
            "the cuts affect # of the workforce",
            "the company will lay off # of its staff",
            "# of employees will lose their jobs",
        ],
        false,
    ),
    pct(
        "harvest",
        50,
        600,
        "# of the harvest",
        &[
            "the harvest is expected to fall by #",
            "yields have dropped #",
            "output of staple crops is down #",
        ],
        false,
    ),
    pct(
        "rent",
        20,
        400,
        "a rise of # in rents",
        &[
            "rents rose # over the past year",
            "average rents climbed #",
            "the cost of renting increased #",
        ],
        false,
    ),
    pct(
        "power_demand",
        50,
        400,
        "a jump of # in electricity demand",
        &[
            "electricity demand rose #",
            "power consumption jumped #",
            "demand on the grid climbed #",
        ],
        false,
    ),
    pct(
        "coverage",
        300,
        990,
        "# of children",
        &[
            "# of children have been vaccinated",
            "coverage among children has reached #",
            "# of eligible children have received a dose",
        ],
        true,
    ),
    pct(
        "systems",
        100,
        900,
        "# of its systems",
        &[
            "the attack disabled # of the network",
            "# of systems were taken offline",
            "the hackers encrypted # of the servers",
        ],
        true,
    ),
    pct(
        "share_exports",
        100,
        600,
        "# of exports",
        &[
            "grain accounts for # of the country's exports",
            "the sector makes up # of exports",
            "# of export earnings come from the trade",
        ],
        true,
    ),
];

struct Topic {
    key: &'static str,
    section: &'static str,
    cat: Cat,
    headlines: &'static [&'static str],
    /// Measure keys; the first one is the story's lead figure.
    measures: &'static [&'static str],
}

macro_rules! topic {
    ($key:expr, $section:expr, $cat:ident, [$($m:expr),* $(,)?], [$($h:expr),* $(,)?]) => {
        Topic {
            key: $key,
            section: $section,
            cat: Cat::$cat,
            measures: &[$($m),*],
            headlines: &[$($h),*],
        }
    };
}

static TOPICS: &[Topic] = &[
    topic!(
        "frontline-offensive",
        "world",
        Conflict,
        [
            "km",
            "soldiers_killed",
            "troops",
            "villages",
            "civilians_killed",
            "tanks"
        ],
        [
            "{dem} forces push forward in {region} as losses mount",
            "Troops advance {N} in {region}, military says",
            "Fierce fighting reported near {city} as offensive grinds on"
        ]
    ),
    topic!(
        "drone-strikes",
        "world",
        Conflict,
        [
            "drones",
            "missiles",
            "civilians_killed",
            "civilians_injured",
            "homes",
            "households"
        ],
        [
            "{N} launched at {city} in overnight attack",
            "Overnight drone barrage targets {city}",
            "Air defences scramble as {N} hit {place}"
        ]
    ),
    topic!(
        "military-aid",
        "world",
        Conflict,
        ["aid_military", "jets", "tanks", "missiles", "budget"],
        [
            "Allies approve {N} for {place}",
            "{place} wins new military aid package worth {V}",
            "Parliament backs fresh military aid as war drags on"
        ]
    ),
    topic!(
        "ceasefire-talks",
        "world",
        Diplomacy,
        ["prisoners", "troops", "civilians_killed", "km"],
        [
            "Ceasefire talks resume in {city2} amid scepticism",
            "Envoys meet in {city2} as pressure grows for truce",
            "{dem} negotiators signal progress on ceasefire"
        ]
    ),
    topic!(
        "prisoner-exchange",
        "world",
        Conflict,
        ["prisoners", "soldiers_killed", "children"],
        [
            "{N} freed in largest prisoner swap in months",
            "{place} and its rival exchange {N}",
            "Families wait anxiously as prisoner exchange goes ahead"
        ]
    ),
    topic!(
        "refugee-crisis",
        "world",
        Disaster,
        ["refugees", "children", "aid_humanitarian", "evacuated"],
        [
            "Refugee numbers top {V} as fighting spreads",
            "Aid agencies warn of strain as {N} flee {place}",
            "{org} appeals for help as refugee crisis deepens"
        ]
    ),
    topic!(
        "grain-exports",
        "business",
        Economy,
        ["grain", "vessels", "share_exports", "revenue"],
        [
            "{place} ships {N} despite blockade threats",
            "Grain corridor handles {N} as harvest peaks",
            "Port of {city} busier than ever as grain flows"
        ]
    ),
    topic!(
        "general-election",
        "politics",
        Politics,
        ["vote_share", "turnout", "seats", "votes", "voters"],
        [
            "Ruling party wins {N} in {place} election",
            "{place} election: ruling party claims victory",
            "Opposition cries foul as {place} election results come in"
        ]
    ),
    topic!(
        "budget-vote",
        "politics",
        Politics,
        ["budget", "deficit", "lawmakers", "jobs"],
        [
            "Parliament approves {V} budget",
            "{place} lawmakers pass budget after marathon session",
            "Budget of {V} clears final hurdle"
        ]
    ),
    topic!(
        "pension-reform",
        "politics",
        Labour,
        ["protesters", "workers", "budget", "approval"],
        [
            "{N} march against pension reform in {city}",
            "Pension overhaul sparks mass protests across {place}",
            "Government stands firm on pension plan despite protests"
        ]
    ),
    topic!(
        "interest-rates",
        "business",
        Economy,
        ["rate", "inflation", "growth", "unemployment"],
        [
            "Central bank sets key rate at {V}",
            "{place} central bank moves on rates to fight inflation",
            "Rate decision: {dem} central bank surprises markets"
        ]
    ),
    topic!(
        "inflation-data",
        "business",
        Economy,
        ["inflation", "rate", "unemployment", "growth"],
        [
            "Inflation in {place} hits {V}",
            "Consumer prices climb faster than expected in {place}",
            "{dem} inflation reading at {V} puts pressure on central bank"
        ]
    ),
    topic!(
        "factory-closure",
        "business",
        Economy,
        ["jobs", "workers", "compensation", "revenue"],
        [
            "Carmaker to cut {N} in {place}",
            "{N} at risk as plant closure confirmed",
            "Workers in {city} brace for factory shutdown"
        ]
    ),
    topic!(
        "trade-tariffs",
        "business",
        Economy,
        ["tariff", "trade", "jobs", "companies"],
        [
            "New tariffs of {V} to hit {dem} exports",
            "Trade row escalates as {place} imposes duties",
            "Exporters warn of losses after tariff announcement"
        ]
    ),
    topic!(
        "earthquake",
        "world",
        Disaster,
        [
            "deaths", "injured", "homes", "rescuers", "damage", "missing"
        ],
        [
            "Earthquake in {place} leaves {N}",
            "Rescuers search rubble after quake in {region}",
            "Death toll from {place} earthquake rises to {V}"
        ]
    ),
    topic!(
        "floods",
        "world",
        Disaster,
        ["evacuated", "deaths", "homes", "farmland", "damage"],
        [
            "Floods force {N} from their homes in {region}",
            "Floodwaters rise in {region} as rain continues",
            "{place} declares emergency after deadly floods"
        ]
    ),
    topic!(
        "wildfires",
        "world",
        Disaster,
        ["hectares", "evacuated", "firefighters", "homes", "deaths"],
        [
            "Wildfires scorch {N} in {region}",
            "Thousands flee as fires rage near {city}",
            "Firefighters battle blazes across {place}"
        ]
    ),
    topic!(
        "heatwave",
        "world",
        Health,
        ["deaths", "power_demand", "patients", "households"],
        [
            "Heatwave grips {place} as temperatures soar",
            "Heatwave in {place} leaves {N}",
            "Record heat pushes {dem} power grid to the limit"
        ]
    ),
    topic!(
        "disease-outbreak",
        "health",
        Health,
        ["cases", "deaths", "doses", "coverage", "patients"],
        [
            "{place} reports {N} in outbreak",
            "Health officials race to contain outbreak in {region}",
            "Outbreak cases climb to {V} in {place}"
        ]
    ),
    topic!(
        "hospital-strike",
        "health",
        Labour,
        ["patients", "workers", "pay", "approval"],
        [
            "Doctors strike in {place} as talks fail",
            "{N} affected by hospital walkout",
            "Nurses and doctors walk out over pay"
        ]
    ),
    topic!(
        "teachers-strike",
        "national",
        Labour,
        ["teachers", "schools", "pay", "children"],
        [
            "{N} walk out in teachers' strike",
            "Schools close across {place} as teachers strike",
            "Teachers demand pay rise of {V}"
        ]
    ),
    topic!(
        "energy-grid",
        "world",
        Conflict,
        ["households", "drones", "missiles", "megawatts", "hours"],
        [
            "{N} left without power after strikes on grid",
            "Energy grid hit as {place} braces for winter",
            "Power cuts spread after attack on {region} plant"
        ]
    ),
    topic!(
        "gas-pipeline",
        "business",
        Diplomacy,
        ["gas", "deal", "jobs", "contract_years"],
        [
            "New pipeline to carry {N}",
            "{place} signs landmark gas deal",
            "Gas deal with {place} raises questions in Brussels"
        ]
    ),
    topic!(
        "mining-accident",
        "world",
        Disaster,
        ["miners", "deaths", "rescuers", "hours"],
        [
            "{N} trapped after mine collapse in {region}",
            "Race to reach miners trapped underground in {place}",
            "Mine disaster in {place}: rescuers battle rising water"
        ]
    ),
    topic!(
        "ferry-disaster",
        "world",
        Transport,
        ["passengers", "deaths", "missing", "rescuers"],
        [
            "Ferry carrying {N} sinks off {place}",
            "Search continues for missing after ferry capsizes",
            "Survivors describe panic as ferry went down off {place}"
        ]
    ),
    topic!(
        "plane-crash",
        "world",
        Transport,
        ["passengers", "deaths", "injured", "rescuers"],
        [
            "Plane with {N} on board crashes near {city}",
            "Investigators examine wreckage of crashed airliner",
            "Airline grounds fleet after deadly crash in {place}"
        ]
    ),
    topic!(
        "mass-protests",
        "politics",
        Politics,
        ["protesters", "arrests", "police", "injured"],
        [
            "{N} rally in {city} against government",
            "Police detain hundreds as protests spread across {place}",
            "Protesters defy ban to march in {city}"
        ]
    ),
    topic!(
        "corruption-trial",
        "national",
        Justice,
        ["embezzled", "sentence", "witnesses", "fine"],
        [
            "Former minister accused of embezzling {V}",
            "Corruption trial opens in {city}",
            "Prosecutors seek {N} for ex-official"
        ]
    ),
    topic!(
        "cyberattack",
        "technology",
        Justice,
        ["records", "ransom", "hours", "systems"],
        [
            "Hackers expose {N} in data breach",
            "Cyberattack cripples public services in {place}",
            "Ransomware gang targets {dem} agencies"
        ]
    ),
    topic!(
        "migration",
        "world",
        Diplomacy,
        ["migrants", "boats", "deaths", "aid_humanitarian"],
        [
            "{N} reach {place} coast in a single week",
            "Migrant crossings surge as weather improves",
            "Deaths at sea rise as smugglers switch routes"
        ]
    ),
    topic!(
        "housing-crisis",
        "national",
        Economy,
        ["rent", "homes", "budget", "waiting_list"],
        [
            "Rents in {city} jump {V}",
            "Housing crisis deepens in {place} as rents soar",
            "Government unveils plan to build new homes"
        ]
    ),
    topic!(
        "tech-layoffs",
        "technology",
        Economy,
        ["jobs", "workforce", "revenue", "companies"],
        [
            "Tech firm to cut {N}",
            "Layoffs spread across {dem} tech sector",
            "Software maker slashes {N} as growth slows"
        ]
    ),
    topic!(
        "arms-contract",
        "world",
        Diplomacy,
        ["deal", "jets", "jobs", "contract_years"],
        [
            "{place} signs arms deal worth {V}",
            "Fighter jet order boosts {dem} defence industry",
            "Arms contract worth {V} draws criticism"
        ]
    ),
    topic!(
        "naval-incident",
        "world",
        Conflict,
        ["sailors", "vessels", "missing", "km"],
        [
            "Warship damaged in incident off {place}",
            "Navy says {N} rescued after ship struck",
            "Tensions rise after naval clash near {city}"
        ]
    ),
    topic!(
        "border-clashes",
        "world",
        Conflict,
        [
            "soldiers_killed",
            "troops",
            "civilians_killed",
            "villages",
            "evacuated"
        ],
        [
            "{N} killed in border clashes",
            "Border fighting flares between {place} and neighbour",
            "Villagers flee as border clashes intensify"
        ]
    ),
    topic!(
        "drought-harvest",
        "business",
        Economy,
        [
            "harvest",
            "grain",
            "farmers",
            "farmland",
            "aid_humanitarian"
        ],
        [
            "Drought cuts {dem} harvest by {V}",
            "Farmers in {region} count cost of drought",
            "Harvest forecast slashed as drought bites"
        ]
    ),
    topic!(
        "debt-restructuring",
        "business",
        Economy,
        ["debt", "haircut", "loan", "growth"],
        [
            "{place} reaches deal with creditors on {N}",
            "Bondholders agree to write-down on {dem} debt",
            "IMF backs {place} debt plan"
        ]
    ),
    topic!(
        "sanctions",
        "world",
        Diplomacy,
        ["companies", "frozen", "individuals", "trade"],
        [
            "New sanctions target {N}",
            "EU unveils fresh sanctions package",
            "Sanctions list grows as pressure on {place} mounts"
        ]
    ),
    topic!(
        "peacekeeping",
        "world",
        Diplomacy,
        ["peacekeepers", "budget", "civilians_killed", "evacuated"],
        [
            "U.N. to send {N} to {region}",
            "Security Council extends peacekeeping mission in {place}",
            "Peacekeepers face growing risks in {place}"
        ]
    ),
    topic!(
        "oil-output",
        "business",
        Economy,
        ["barrels", "revenue", "growth", "jobs"],
        [
            "{place} oil output rises to {N}",
            "Oil production hits record as prices slide",
            "Energy ministry touts output gains"
        ]
    ),
    topic!(
        "transport-strike",
        "national",
        Transport,
        ["flights", "travellers", "pay", "workers"],
        [
            "Strike grounds {N}",
            "Travel chaos in {place} as transport workers walk out",
            "Airport staff strike disrupts holiday travel"
        ]
    ),
    topic!(
        "referendum",
        "politics",
        Politics,
        ["yes_share", "turnout", "votes", "voters"],
        [
            "Voters back constitutional change with {N}",
            "Referendum result divides {place}",
            "Turnout high as {place} votes on constitutional change"
        ]
    ),
    topic!(
        "vaccination",
        "health",
        Health,
        ["doses", "coverage", "children", "budget"],
        [
            "{place} administers {N} in vaccination drive",
            "Vaccination campaign reaches remote {region}",
            "Health ministry hails progress in immunisation drive"
        ]
    ),
    topic!(
        "port-blockade",
        "business",
        Conflict,
        ["vessels", "grain", "damage", "sailors"],
        [
            "{N} stuck as blockade of {city} tightens",
            "Blockade of {city} port halts shipping",
            "Insurers balk as blockade threat grows"
        ]
    ),
];

/// Date-fact clauses (`#` = date phrase with its preposition) and time-fact
/// clauses (`#` = "at 3 p.m." style phrase), per category.
fn event_clauses(cat: Cat) -> (&'static [&'static str], &'static [&'static str]) {
    match cat {
        Cat::Conflict => (
            &[
                "defence ministers from allied countries are due to meet #",
                "the next round of talks is scheduled to begin #",
            ],
            &[
                "the first explosions were heard #",
                "air-raid sirens sounded across {city} #",
            ],
        ),
        Cat::Politics => (
            &[
                "final results are due to be certified #",
                "parliament will hold a second vote #",
            ],
            &["polling stations closed #", "the session was opened #"],
        ),
        Cat::Economy => (
            &[
                "the next policy decision is due #",
                "the new rules take effect #",
            ],
            &["the figures were published #", "the announcement came #"],
        ),
        Cat::Disaster => (
            &[
                "the state of emergency will be reviewed #",
                "schools are expected to reopen #",
            ],
            &["the alarm was raised #", "the first rescue teams arrived #"],
        ),
        Cat::Health => (
            &[
                "a second vaccination round is due to start #",
                "updated figures will be published #",
            ],
            &[
                "the health ministry issued its alert #",
                "the first patients were admitted #",
            ],
        ),
        Cat::Labour => (
            &[
                "the union has threatened a second walkout #",
                "talks with employers are set to resume #",
            ],
            &[
                "the strike began #",
                "picket lines formed outside the main depot #",
            ],
        ),
        Cat::Justice => (
            &["a verdict is expected #", "the next hearing is scheduled #"],
            &["the hearing opened #", "investigators raided the offices #"],
        ),
        Cat::Transport => (
            &[
                "full services are expected to resume #",
                "investigators will publish a preliminary report #",
            ],
            &[
                "contact was lost #",
                "the first cancellations were announced #",
            ],
        ),
        Cat::Diplomacy => (
            &[
                "the agreement is due to be signed #",
                "envoys will meet again #",
            ],
            &["the talks began #", "the joint statement was released #"],
        ),
    }
}

/// Person titles: (prefix used before the name, appositive role, short title).
type Title = (&'static str, &'static str, Option<&'static str>);

fn titles(cat: Cat) -> &'static [Title] {
    match cat {
        Cat::Conflict => &[
            ("Defense Minister", "the defense minister", None),
            ("Gen.", "the commander of the ground forces", Some("Gen.")),
            ("Lt. Gen.", "a senior army commander", Some("Gen.")),
            ("Col.", "a military spokesperson", Some("Col.")),
            ("regional governor", "the regional governor", None),
        ],
        Cat::Politics => &[
            ("President", "the president", Some("President")),
            ("Prime Minister", "the prime minister", None),
            ("opposition leader", "the leader of the opposition", None),
            ("Sen.", "a senior senator", Some("Sen.")),
            (
                "election commission chair",
                "the head of the election commission",
                None,
            ),
        ],
        Cat::Economy => &[
            ("Finance Minister", "the finance minister", None),
            ("central bank Governor", "the central bank governor", None),
            ("Economy Minister", "the economy minister", None),
            ("economist", "a senior economist", None),
            ("chief executive", "the company's chief executive", None),
        ],
        Cat::Disaster => &[
            ("Interior Minister", "the interior minister", None),
            ("Mayor", "the city's mayor", Some("Mayor")),
            (
                "emergency services chief",
                "the head of the emergency services",
                None,
            ),
            ("Red Cross coordinator", "a Red Cross coordinator", None),
        ],
        Cat::Health => &[
            ("Health Minister", "the health minister", None),
            ("Dr.", "an epidemiologist", Some("Dr.")),
            (
                "hospital director",
                "the director of the main hospital",
                None,
            ),
        ],
        Cat::Labour => &[
            ("union leader", "the head of the largest union", None),
            ("Labor Minister", "the labor minister", None),
            (
                "employers' representative",
                "a spokesperson for the employers",
                None,
            ),
        ],
        Cat::Justice => &[
            ("chief prosecutor", "the chief prosecutor", None),
            ("Judge", "the presiding judge", Some("Judge")),
            ("police chief", "the national police chief", None),
            ("researcher", "a cybersecurity researcher", None),
        ],
        Cat::Transport => &[
            ("Transport Minister", "the transport minister", None),
            ("coast guard commander", "the coast guard commander", None),
            (
                "airline spokesperson",
                "a spokesperson for the airline",
                None,
            ),
        ],
        Cat::Diplomacy => &[
            ("Foreign Minister", "the foreign minister", None),
            ("special envoy", "the special envoy", None),
            (
                "Ambassador",
                "the ambassador to the U.N.",
                Some("Ambassador"),
            ),
            (
                "Secretary-General",
                "the organisation's secretary-general",
                None,
            ),
        ],
    }
}

static GENERIC_TITLES: &[Title] = &[
    ("Prof.", "a political scientist", Some("Prof.")),
    ("analyst", "an analyst at a private think tank", None),
    ("government spokesperson", "a government spokesperson", None),
    ("Rep.", "a member of parliament", Some("Rep.")),
    ("Deputy Prime Minister", "the deputy prime minister", None),
];

fn cat_orgs(cat: Cat) -> &'static [&'static str] {
    match cat {
        Cat::Conflict => &[
            "the Defense Ministry",
            "the General Staff",
            "the Institute for the Study of Conflict",
            "NATO",
            "the regional military administration",
        ],
        Cat::Politics => &[
            "the Central Election Commission",
            "the Constitutional Court",
            "the ruling Unity Party",
            "the opposition Civic Alliance",
            "the OSCE",
        ],
        Cat::Economy => &[
            "the central bank",
            "the Finance Ministry",
            "the Chamber of Commerce",
            "the IMF",
            "ratings agency Northbridge",
        ],
        Cat::Disaster => &[
            "the State Emergency Service",
            "the Red Cross",
            "the national weather service",
            "the Civil Protection Agency",
            "Médecins Sans Frontières",
        ],
        Cat::Health => &[
            "the Health Ministry",
            "the World Health Organization",
            "the National Institute of Public Health",
            "UNICEF",
        ],
        Cat::Labour => &[
            "the National Union of Workers",
            "the Federation of Trade Unions",
            "the Employers' Association",
            "the Labor Ministry",
        ],
        Cat::Justice => &[
            "the Prosecutor General's Office",
            "the Anti-Corruption Bureau",
            "the Supreme Court",
            "the National Cyber Security Centre",
        ],
        Cat::Transport => &[
            "the Civil Aviation Authority",
            "the Transport Ministry",
            "the coast guard",
            "the national rail operator",
        ],
        Cat::Diplomacy => &[
            "the Foreign Ministry",
            "the European Union",
            "the U.N. Security Council",
            "the African Union",
            "the Organization of American States",
        ],
    }
}

static GENERIC_ORGS: &[&str] = &[
    "the United Nations",
    "the European Commission",
    "the World Bank",
    "the Meridian Institute",
    "the Centre for Strategic Analysis",
    "the National Statistics Office",
    "the Interior Ministry",
    "the Institute for Economic Research",
    "Horizon Relief",
    "the Global Policy Forum",
    "the Open Data Watch",
    "the Council on Regional Affairs",
];

struct Place {
    country: &'static str,
    city: &'static str,
    dem: &'static str,
    /// UTC offset in minutes.
    utc: i32,
    /// 'u' dollar, 'e' euro, 'g' pound.
    cur: char,
}

const fn place(
    country: &'static str,
    city: &'static str,
    dem: &'static str,
    utc: i32,
    cur: char,
) -> Place {
    Place {
        country,
        city,
        dem,
        utc,
        cur,
    }
}

static PLACES: &[Place] = &[
    place("Ukraine", "Kyiv", "Ukrainian", 180, 'u'),
    place("Poland", "Warsaw", "Polish", 120, 'e'),
    place("Germany", "Berlin", "German", 120, 'e'),
    place("France", "Paris", "French", 120, 'e'),
    place("Kenya", "Nairobi", "Kenyan", 180, 'u'),
    place("Nigeria", "Lagos", "Nigerian", 60, 'u'),
    place("Egypt", "Cairo", "Egyptian", 180, 'u'),
    place("the Philippines", "Manila", "Philippine", 480, 'u'),
    place("Indonesia", "Jakarta", "Indonesian", 420, 'u'),
    place("Peru", "Lima", "Peruvian", -300, 'u'),
    place("Colombia", "Bogotá", "Colombian", -300, 'u'),
    place("Mexico", "Mexico City", "Mexican", -360, 'u'),
    place("Turkey", "Ankara", "Turkish", 180, 'u'),
    place("Georgia", "Tbilisi", "Georgian", 240, 'u'),
    place("Moldova", "Chisinau", "Moldovan", 180, 'e'),
    place("Romania", "Bucharest", "Romanian", 180, 'e'),
    place("Greece", "Athens", "Greek", 180, 'e'),
    place("Spain", "Madrid", "Spanish", 120, 'e'),
    place("Canada", "Ottawa", "Canadian", -240, 'u'),
    place("Australia", "Canberra", "Australian", 600, 'u'),
    place("South Korea", "Seoul", "South Korean", 540, 'u'),
    place("Japan", "Tokyo", "Japanese", 540, 'u'),
    place("India", "New Delhi", "Indian", 330, 'u'),
    place("Pakistan", "Islamabad", "Pakistani", 300, 'u'),
    place("Bangladesh", "Dhaka", "Bangladeshi", 360, 'u'),
    place("Vietnam", "Hanoi", "Vietnamese", 420, 'u'),
    place("Thailand", "Bangkok", "Thai", 420, 'u'),
    place("Ethiopia", "Addis Ababa", "Ethiopian", 180, 'u'),
    place("Sudan", "Port Sudan", "Sudanese", 120, 'u'),
    place("Congo", "Kinshasa", "Congolese", 60, 'u'),
    place("South Africa", "Johannesburg", "South African", 120, 'u'),
    place("Chile", "Santiago", "Chilean", -180, 'u'),
    place("Argentina", "Buenos Aires", "Argentine", -180, 'u'),
    place("Venezuela", "Caracas", "Venezuelan", -240, 'u'),
    place("the United States", "Washington", "American", -240, 'u'),
    place("Belgium", "Brussels", "Belgian", 120, 'e'),
    place("Britain", "London", "British", 60, 'g'),
    place("Lebanon", "Beirut", "Lebanese", 180, 'u'),
    place("Jordan", "Amman", "Jordanian", 180, 'u'),
    place("Iraq", "Baghdad", "Iraqi", 180, 'u'),
    place("Brazil", "São Paulo", "Brazilian", -180, 'u'),
    place("Italy", "Rome", "Italian", 120, 'e'),
    place("Lithuania", "Vilnius", "Lithuanian", 180, 'e'),
    place("Serbia", "Belgrade", "Serbian", 120, 'e'),
    place("Armenia", "Yerevan", "Armenian", 240, 'u'),
    place("Kazakhstan", "Astana", "Kazakh", 300, 'u'),
    place("Valdoria", "Port Alvar", "Valdorian", 120, 'e'),
    place("Kestrania", "Novi Brod", "Kestranian", 180, 'e'),
    place("Samaran", "Teluk Rani", "Samarani", 480, 'u'),
    place("Maravia", "San Telmo", "Maravian", -300, 'u'),
];

static REGION_NAMES: &[&str] = &[
    "Verkhnia", "Solano", "Kaddara", "Lowmarsh", "Marisco", "Halden", "Tavira", "Bystra", "Ardent",
    "Korova", "Selvana", "Nordheim", "Ostrov", "Dalmar", "Serrano", "Ulmen",
];

static FEMALE: &[&str] = &[
    "Anna",
    "Maria",
    "Olena",
    "Sofia",
    "Amara",
    "Fatima",
    "Ingrid",
    "Leila",
    "Chiara",
    "Mei",
    "Priya",
    "Nadia",
    "Elena",
    "Grace",
    "Hana",
    "Irina",
    "Julia",
    "Katarzyna",
    "Lucía",
    "Marta",
    "Nour",
    "Oksana",
    "Paula",
    "Rosa",
    "Sara",
    "Tamar",
    "Yasmin",
    "Zainab",
    "Aiko",
    "Beatriz",
    "Claire",
    "Daria",
    "Eva",
    "Farah",
    "Gabriela",
    "Helen",
];

static MALE: &[&str] = &[
    "Luis", "Ivan", "Tomas", "Ahmed", "Daniel", "Emre", "Felix", "Gregor", "Hassan", "Igor",
    "Jonas", "Kenji", "Lukas", "Marco", "Nikolai", "Omar", "Pavel", "Rafael", "Samuel", "Tariq",
    "Viktor", "Wei", "Yusuf", "Andrei", "Bogdan", "Carlos", "Dmytro", "Erik", "Farid", "Georg",
    "Hugo", "James", "Kwame", "Mateo", "Oleksiy", "Łukasz", "José",
];

static SURNAMES: &[&str] = &[
    "Kovac",
    "Ortega",
    "Petrenko",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Novak",
    "Moreau",
    "Rossi",
    "Schmidt",
    "Kowalski",
    "Tanaka",
    "Mensah",
    "Silva",
    "Popescu",
    "Andersen",
    "Kaya",
    "Demir",
    "Ibrahim",
    "Nakamura",
    "Varga",
    "Horvat",
    "Melnyk",
    "Bondarenko",
    "Shevchenko",
    "Álvarez",
    "Castillo",
    "Reyes",
    "Nguyen",
    "Tran",
    "Chen",
    "Park",
    "Singh",
    "Sharma",
    "Khan",
    "Rahman",
    "Osei",
    "Abebe",
    "Mwangi",
    "Otieno",
    "Dlamini",
    "Fischer",
    "Weber",
    "Dubois",
    "Laurent",
    "Costa",
    "Ferreira",
    "Jansen",
    "de Vries",
    "Nielsen",
    "Berg",
    "Halvorsen",
    "Kuznetsov",
    "Volkov",
    "Marin",
    "Stoica",
    "Georgiou",
    "Papadopoulos",
    "Yilmaz",
    "Aziz",
    "Farouk",
    "Mahmoud",
    "Okonkwo",
    "Adeyemi",
    "Banda",
    "Phiri",
    "Moyo",
    "Walsh",
    "O'Brien",
    "McAllister",
    "Brennan",
    "Hughes",
    "Carter",
    "Bennett",
    "Foster",
    "Grant",
    "Lopez",
    "Herrera",
    "Vargas",
    "Mendoza",
    "Quispe",
    "Müller",
    "Núñez",
    "Sørensen",
    "Tkachenko",
    "Hosseini",
];

/// Outlet kinds: 'u' US-style, 'k' British-style, 'w' wire agency, 'i' international.
static OUTLETS: &[(&str, &str, char)] = &[
    ("Northern Ledger", "northernledger.com", 'u'),
    ("The Harbour Times", "harbourtimes.co.uk", 'k'),
    ("Meridian Wire", "meridianwire.net", 'w'),
    ("Continental Press Agency", "cpa-news.eu", 'w'),
    ("Daily Sentinel", "dailysentinel.com", 'u'),
    ("The Evening Courier", "eveningcourier.co.uk", 'k'),
    ("Baltic Observer", "balticobserver.eu", 'i'),
    ("Globe Dispatch", "globedispatch.com", 'u'),
    ("Atlas News Network", "atlasnews.tv", 'u'),
    ("Pacific Herald", "pacificherald.com.au", 'k'),
    ("The Civic Record", "civicrecord.org", 'u'),
    ("Riverside Gazette", "riversidegazette.com", 'u'),
    ("Capital Bulletin", "capitalbulletin.com", 'u'),
    ("Frontier Chronicle", "frontierchronicle.com", 'i'),
    ("Eastern Review", "easternreview.eu", 'i'),
    ("Westbrook Tribune", "westbrooktribune.com", 'u'),
    ("Union Telegraph", "uniontelegraph.co.uk", 'k'),
    ("Summit Daily News", "summitdailynews.com", 'u'),
    ("The Lantern", "thelantern.news", 'i'),
    ("Crossroads Journal", "crossroadsjournal.com", 'u'),
    ("Open Field Media", "openfield.media", 'i'),
    ("Beacon Wire", "beaconwire.com", 'w'),
    ("The Morning Standard", "morningstandard.co.uk", 'k'),
    ("Global Affairs Today", "globalaffairstoday.com", 'i'),
    ("Harbor City Post", "harborcitypost.com", 'u'),
    ("Danube Monitor", "danubemonitor.eu", 'i'),
    ("Savanna Times", "savannatimes.co.ke", 'k'),
    ("Andes Report", "andesreport.com", 'i'),
    ("The Weekly Compass", "weeklycompass.com", 'u'),
    ("Mercury Business Daily", "mercurybusiness.com", 'u'),
    ("Lakeshore Independent", "lakeshoreindependent.com", 'u'),
    ("Northern Echo Press", "northernechopress.co.uk", 'k'),
    ("Asia Pacific Wire", "apwire.asia", 'w'),
    ("Citizen Voice", "citizenvoice.ng", 'k'),
    ("The Policy Desk", "policydesk.org", 'u'),
    ("Channel Nine World", "c9world.com", 'u'),
    ("Steppe Herald", "steppeherald.kz", 'i'),
    ("Gulf Evening Star", "gulfeveningstar.com", 'k'),
    ("Metro Express", "metroexpress.com", 'u'),
    ("The Ridge Review", "ridgereview.com", 'u'),
    ("Coastal Courier", "coastalcourier.net", 'u'),
    ("Iberia Daily", "iberiadaily.es", 'i'),
    ("The Global Mail", "theglobalmail.ca", 'u'),
    ("Independent Wire Service", "iws.news", 'w'),
];

// --- Sentence templates ----------------------------------------------------
//
// Placeholders: {P} speaker (full name on first mention, then surname or
// pronoun), {Pn} speaker without pronoun, {P2} second person, {he} pronoun,
// {C} fact clause, {N} fact noun phrase, {V} fact value, {Vp} earlier value
// of the same measure, {Q}/{Q2} shared quote parts, {org}/{org2},
// {outlet}, {other_outlet}, {place}, {city}, {city2}, {dem}, {region},
// {when} (event day relative to publication), {future}, {past_month},
// {year}, {next_year}, {time}, {lq}/{rq} (house quote marks), {frag} (short
// shared quote fragment), {said}, story-level reference numbers ({section},
// {case}, {phone}, {flight}, {res}, {brigade}, {highway}, {pop}, ...) and
// per-article detail figures ({d_pct}, {d_n2} ... {d_n5}, {d_small}).

/// Fact sentences usable for every fact (numbers, dates, times).
static FACT_TEMPLATES: &[&str] = &[
    "{C}, {P} said {when}.",
    "{P} said {when} that {C}.",
    "According to {org}, {C}.",
    "Officials said {C}.",
    "{P} told reporters in {city} that {C}.",
    "{C}, {P} wrote in a post on social media {when}.",
    "{P} confirmed that {C} but gave no further details.",
    "It is understood that {C}.",
    "Speaking at a news conference at {time}, {P} said {C}.",
    "An internal document seen by {outlet} says {C}.",
    "{org} said in a statement that {C}.",
    "Separately, {C}, {org} said.",
    "{P} acknowledged that {C}, calling the situation {lq}{frag}{rq}.",
    "In {city}, {C}, a spokesperson for {org} said.",
    "Government sources said {C}, a claim {org} did not dispute.",
    "{dem} officials say {C}.",
    "Of particular concern, {P} said, is that {C}.",
    "{C}, a senior official told {outlet} on condition of anonymity.",
    "{P} said in a statement {when} that {C}.",
    "{org} confirmed {when} that {C}.",
    "Reporters were told {when} that {C}.",
    "{C}, {P} {said}.",
];

/// Fact sentences that only make sense for counts.
static COUNT_TEMPLATES: &[&str] = &[
    "{P} put the figure at {N}.",
    "Local officials have so far reported {N}.",
    "That brings the total to {N}, {P} said.",
    "In all, {C}, {P} said.",
    "{org} has confirmed {N}.",
    "Figures from {org} put the total at {V}.",
];

/// Fact sentences that only make sense for figures.
static NUM_TEMPLATES: &[&str] = &[
    "As of {time} {when}, {C}, officials said.",
    "{C} — a figure {Pn} described as {lq}{frag}{rq}.",
    "The figure of {V} was first reported by {other_outlet}.",
    "Independent monitors at {org2} gave a similar estimate of {V}.",
    "{C}, according to figures released by {org} {when}.",
    "{org} estimated that {C}, though the figure could not be independently verified.",
    "By the count of {org}, {C}.",
    "The latest figures show that {C}.",
    "Data released {when} showed that {C}.",
    "Estimates vary, but {org} says {C}.",
    "Preliminary data suggest that {C}.",
    "{P} {said} that {C}, adding that the numbers were likely to change.",
];

/// Secondary details, each mentioned by only some outlets; their figures are
/// fixed per story so outlets agree: {d_pct} percent,
/// {d_n2} 20-99, {d_n3} 100-999, {d_n4} 1,000-9,999, {d_n5} 10,000-99,999,
/// {d_small} a small number in words.
static DETAILS: &[&str] = &[
    "A survey of {d_n4} adults carried out for {org2} found that {d_pct} were worried about the situation.",
    "About {d_n2} journalists attended the briefing, which lasted {d_small} hours.",
    "The ministry said it had received more than {d_n4} calls to its hotline.",
    "At one shelter in {city}, volunteers said they had served {d_n4} meals in a single day.",
    "The committee, made up of {d_n2} members, is due to report {future}.",
    "The agency employs roughly {d_n5} people nationwide.",
    "Officials said {d_pct} of the money had already been allocated.",
    "One local official said {d_small} teams had been sent to {region}.",
    "A petition calling for an independent inquiry has gathered more than {d_n5} signatures.",
    "The government's statement ran to {d_n2} pages.",
    "Traffic on the main road out of {city} backed up for {d_n2} kilometres.",
    "Some {d_n3} volunteers signed up within hours of the appeal.",
    "The hotline is staffed by {d_n2} operators working in shifts of {d_small} hours.",
    "Around {d_pct} of people questioned in a separate poll said they trusted the official figures.",
    "The city council held an emergency session attended by {d_n2} of its members.",
    "Local television showed a queue of about {d_n3} people outside the main office.",
];

/// Follow-ups comparing a figure ({Vp} = earlier value of the same measure).
static COMPARISONS: &[&str] = &[
    "That compares with {Vp} a year earlier.",
    "The equivalent figure last year was {Vp}.",
    "A month ago, the figure stood at {Vp}.",
    "Officials had reported {Vp} in their previous update.",
    "In {year}, the comparable figure was {Vp}.",
    "{org2} had forecast {Vp}.",
];

/// Attribution forms for direct quotes; {Q2} is the quote's second part.
static QUOTE_FORMS: &[&str] = &[
    "{lq}{Q},{rq} {P} said.",
    "{lq}{Q},{rq} said {Pn}.",
    "{P} said: {lq}{Q}.{rq}",
    "{lq}{Q},{rq} {P} told reporters in {city}.",
    "{lq}{Q},{rq} {P} said in a statement.",
    "{P} told {outlet}: {lq}{Q}.{rq}",
    "{lq}{Q},{rq} {P} wrote on social media.",
    "Asked about the figures, {P} replied: {lq}{Q}.{rq}",
    "{P} added: {lq}{Q}.{rq}",
    "{lq}{Q},{rq} {P} {said} at a briefing at {time}.",
];

static QUOTE_FORMS2: &[&str] = &[
    "{lq}{Q},{rq} {P} said {when}. {lq}{Q2}.{rq}",
    "{lq}{Q},{rq} {P} said in a televised address. {lq}{Q2}.{rq}",
    "In an interview, {P} said: {lq}{Q}. {Q2}.{rq}",
    "{lq}{Q},{rq} {P} told {outlet}. {lq}{Q2}.{rq}",
];

static REACTIONS: &[&str] = &[
    "{P} called the decision {lq}{frag}{rq} and said {he} expected further talks {future}.",
    "Critics, including {Pn}, described the plan as {lq}{frag}{rq} and demanded a vote in parliament.",
    "{P} urged {org} to act quickly, warning that time was running out.",
    "{P} declined to comment on the figures.",
    "{P} is expected to travel to {city2} {future} for further talks.",
    "{P} said {he} would meet {P2} {future} to discuss the matter.",
    "Asked about the numbers, {P} said {he} had {lq}full confidence{rq} in the data.",
    "{P} rejected the criticism, saying the government had acted {lq}within the law{rq}.",
    "In a post on X, {P} thanked officials and foreign partners for their support.",
    "{P} has not said whether {he} will seek re-election in {next_year}.",
    "{P} told {outlet} that the situation was {lq}{frag}{rq}.",
    "Speaking to reporters at {time}, {P} said the government was {lq}considering all options{rq}.",
    "{P} did not respond to repeated requests for comment.",
    "Allies of {Pn} said privately that the numbers had come as a shock.",
];

static BACKGROUND: &[&str] = &[
    "{org} did not immediately respond to a request for comment.",
    "The figures could not be independently verified.",
    "{place} has faced mounting pressure over the issue since {year}.",
    "The last comparable crisis, in {year}, took months to resolve.",
    "Officials from {org} and {org2} are due to meet {future}.",
    "It was not immediately clear how the decision would affect {region}.",
    "The U.S. State Department said it was following developments closely.",
    "Under Section {section} of the emergency law, ministers must report to parliament within {days} days.",
    "Residents were told to call the hotline on {phone} for updates.",
    "{P2}, who has held the post since {year}, has not commented publicly.",
    "Analysts at {org2} said the true figure was likely to be higher but declined to give an estimate.",
    "The issue is expected to feature prominently when G7 leaders meet {future}.",
    "The U.N. Security Council last discussed the matter in {year}, when it adopted Resolution {res}.",
    "Journalists have not been allowed into the area.",
    "{outlet} was unable to verify the claims independently.",
    "The dispute dates back to at least {year}.",
    "In {past_month}, a similar announcement set off weeks of political wrangling.",
    "Local media reported that the meeting ran late into the night.",
    "The government has set up a website and a hotline, {phone}, for people seeking information.",
    "Speaking on condition of anonymity, one official described the mood as {lq}{frag}{rq}.",
    "The opposition has called for a full parliamentary inquiry.",
    "More details are expected {future}.",
    "{city}, a city of roughly {pop} people, has been at the centre of the crisis.",
    "Both sides have accused each other of inflating the figures.",
    "The European Union and the U.K. issued a joint statement urging restraint.",
    "{P2} is due to brief lawmakers {future}.",
    "Few observers expect a quick resolution.",
    "The government's critics say the response has been slow and poorly coordinated.",
    "A spokesperson for {org} said more information would be released {future}.",
    "Officials in {city2} said they were watching the situation closely.",
    "Nearly a dozen countries have offered assistance, according to diplomats.",
    "Roughly two-thirds of those questioned in a survey last year said they distrusted official statistics.",
];

/// Scene-setting and analysis sentences.
static COLOUR: &[&str] = &[
    "By late afternoon, queues had formed outside government offices in {city}.",
    "Shops in central {city} stayed open, but many streets were noticeably quieter than usual.",
    "For many residents, the announcement confirmed what they had feared for weeks.",
    "State television interrupted its regular programming to carry the announcement live.",
    "The decision is likely to face legal challenges.",
    "Independent economists have questioned the assumptions behind the government's projections.",
    "Opinion polls suggest the public is deeply divided on the issue.",
    "The ministry's website briefly went down under the weight of traffic after the update was posted.",
    "Several regional newspapers led with the story on their front pages.",
    "The issue has become a central theme in the country's political debate.",
    "Officials acknowledged that the data were incomplete and would be revised.",
    "Videos showing long queues circulated widely on social media, although not all could be verified.",
    "Neighbouring countries have said they are ready to help if asked.",
    "The government has promised a detailed plan by the end of the month.",
    "Questions remain over how the measures will be paid for.",
    "Some lawmakers from the governing coalition have privately expressed unease.",
    "Human rights groups have urged the authorities to publish a full breakdown of the data.",
    "Historians note that the country has weathered similar shocks before, most recently in {year}.",
    "The prime minister's office declined to say when the cabinet would next discuss the matter.",
    "Schools and public offices in parts of {region} were closed for the day.",
    "Trains between {city} and {city2} ran with delays of up to an hour.",
    "A second briefing, originally scheduled for {time}, was postponed without explanation.",
    "Markets in {city2} opened slightly lower.",
    "Diplomats in {city2} said the issue had been raised in private meetings.",
    "Observers will be watching closely to see whether the numbers hold up.",
    "The mood in {city} was subdued, with small groups gathering to follow the news on their phones.",
    "Officials have so far resisted calls to declare a national emergency.",
];

fn cat_background(cat: Cat) -> &'static [&'static str] {
    match cat {
        Cat::Conflict => &[
            "The {brigade} Brigade, which has fought in {region} since {year}, was among the units involved.",
            "{place} has repeatedly asked its allies for more F-16 jets and Patriot air-defence systems.",
            "NATO officials have stressed that Article 5 applies only to member states.",
            "Air-raid sirens sounded across {city} again shortly after {time}.",
            "Satellite images taken last week appear to show new fortifications along Highway {highway}.",
            "Smoke could be seen rising over the outskirts of {city} for much of the morning.",
            "Residents spent the night in basements and metro stations.",
            "Military analysts said the fighting had settled into a grinding pattern of small advances.",
            "Both sides use cheap drones in large numbers, and air defences are stretched thin.",
        ],
        Cat::Politics => &[
            "Parliament has {seats_total} seats, so a majority requires {majority}.",
            "The electoral commission said final results would be published {future}.",
            "Observers from the OSCE said the process had been largely orderly, despite isolated irregularities.",
            "The constitution, amended in {year}, limits the president to two terms.",
            "Campaign posters still lined the main boulevards of {city}.",
            "Supporters of the ruling party gathered outside its headquarters late into the night.",
            "The result is likely to shape coalition talks for weeks.",
            "Turnout varied widely between urban and rural districts.",
        ],
        Cat::Economy => &[
            "The central bank meets again {future}.",
            "The local currency weakened slightly against the U.S. dollar after the announcement.",
            "Economists polled by {other_outlet} had expected a smaller change.",
            "Government bond yields rose {bp} basis points after the announcement.",
            "The IMF last revised its forecast for {place} in {past_month}.",
            "Shoppers in {city} said they had noticed prices rising for months.",
            "The main stock index fell in early trading before recovering.",
            "Small businesses say they are struggling with higher borrowing costs.",
            "Exporters have lobbied hard for relief.",
        ],
        Cat::Disaster => &[
            "The national weather service issued a red alert for {region} at {time}.",
            "Emergency crews worked through the night, using heavy machinery to clear blocked roads.",
            "Donations can be made through the Red Cross on {phone}.",
            "It is the worst disaster to hit {region} since {year}.",
            "A dozen countries have offered to send specialist teams.",
            "Roads into {region} were blocked by debris and fallen trees.",
            "Volunteers handed out water and blankets at makeshift shelters.",
            "Aid workers said access to the worst-affected areas remained difficult.",
            "Mobile networks were down across much of the area.",
            "Hospitals in {city} said they were treating patients in corridors.",
        ],
        Cat::Health => &[
            "The World Health Organization said it was sending a team of experts.",
            "Officials urged anyone with symptoms to call the health hotline on {phone}.",
            "The outbreak is the largest since COVID-19 swept the region in 2020.",
            "Hospitals in {city} have postponed non-urgent surgery.",
            "Pharmacies in {city} reported shortages of basic medicines.",
            "Health workers went door to door in the worst-affected districts.",
            "Clinics extended their opening hours to cope with demand.",
        ],
        Cat::Labour => &[
            "Talks at the labor ministry broke up without agreement shortly before {time}.",
            "Management said contingency plans were in place.",
            "The last national strike, in {year}, lasted a week.",
            "Under Section {section} of the labor code, unions must give {days} days' notice of a strike.",
            "Picket lines were largely peaceful.",
            "Commuters faced long delays as replacement services struggled to cope.",
            "Union members voted overwhelmingly in favour of the action.",
        ],
        Cat::Justice => &[
            "The case, registered as No. {case}, is due to return to court {future}.",
            "The defendants deny all charges.",
            "Prosecutors said the scheme ran from {year} until last spring.",
            "The authorities have not said how the investigation began.",
            "The courtroom was packed with journalists and relatives of the defendants.",
            "Defence lawyers said they would appeal any conviction.",
            "The case is being closely watched by foreign investors.",
        ],
        Cat::Transport => &[
            "Flight {flight} was the last to leave before operations were suspended.",
            "The operator said services would resume {future}.",
            "Investigators from the national transport safety board have arrived at the scene.",
            "Passengers were advised to check the operator's hotline, {phone}, before travelling.",
            "Passengers described scenes of confusion at the main terminal.",
            "The operator has apologised and promised refunds.",
            "Departure boards at the main station showed a long list of cancellations.",
        ],
        Cat::Diplomacy => &[
            "The talks in {city2} are the first direct contact between the two sides since {year}.",
            "Diplomats said a draft text was circulating but that key issues remained unresolved.",
            "The U.N. Security Council is expected to take up the matter under Resolution {res}.",
            "Washington and Brussels have both welcomed the move.",
            "Delegations arrived in {city2} under tight security.",
            "The talks are being held behind closed doors.",
            "Neither side has published its list of demands.",
        ],
    }
}

/// Quote contents (no final punctuation).
static QUOTES_GENERIC: &[&str] = &[
    "We are doing everything we can, but the situation remains extremely difficult",
    "Nobody should be under any illusion about what is at stake here",
    "This is not the end of the process. It is the beginning",
    "The numbers are not in dispute. What we do about them is",
    "We will not be rushed into a decision that the people of {place} will pay for",
    "I have asked {org} to give us a full account by the end of the week",
    "Frankly, we expected this. What we did not expect was the speed",
    "The figure of {V} is, if anything, a conservative one",
    "There is no plan B, and everyone in this room knows it",
    "People want answers, and they deserve them",
    "We have been warning about this for years",
    "I do not think anyone in {city} will be surprised by these figures",
    "It is too early to say what this means for the rest of the year",
    "We will publish everything once the review is complete",
];

fn cat_quotes(cat: Cat) -> &'static [&'static str] {
    match cat {
        Cat::Conflict => &[
            "Our forces are holding their positions and will continue to do so",
            "Every day of delay costs lives",
            "They attacked sleeping cities. There is no other word for that but terror",
            "We need air defence now, not next year",
            "We did not start this war, but we intend to end it on our terms",
        ],
        Cat::Politics => &[
            "The people of {place} have spoken and we will respect their decision",
            "This is a bad law, badly drafted, and we will challenge it in court",
            "We have the votes. What we need now is the will",
            "Democracy is not a spectator sport",
        ],
        Cat::Economy => &[
            "Inflation is coming down, but it is not coming down fast enough",
            "Businesses need certainty, and right now they do not have it",
            "We are not going to balance the books on the backs of pensioners",
            "Markets have already priced in most of this",
        ],
        Cat::Disaster => &[
            "The water came so fast that people had no time to take anything",
            "We are still pulling people out of the rubble",
            "Whole streets are simply gone",
            "My house, my car, my shop — everything is gone",
        ],
        Cat::Health => &[
            "Our hospitals are full and our staff are exhausted",
            "The virus does not respect borders",
            "We have the vaccines. The challenge is getting them to people",
        ],
        Cat::Labour => &[
            "We did not want to strike, but we were left with no choice",
            "Our members have not had a real pay rise in a decade",
            "The door to negotiations is open, but we will not be blackmailed",
        ],
        Cat::Justice => &[
            "No one is above the law",
            "The attackers knew exactly what they were looking for",
            "We take the security of our systems extremely seriously",
        ],
        Cat::Transport => &[
            "Passengers should check with their operator before travelling",
            "Safety has always been and will remain our first priority",
            "We owe the families a full and honest account of what happened",
        ],
        Cat::Diplomacy => &[
            "We came here to listen, and we have listened",
            "Nothing is agreed until everything is agreed",
            "Sanctions work, but only if they are enforced",
        ],
    }
}

static FRAGMENTS: &[&str] = &[
    "deeply worrying",
    "a turning point",
    "completely unacceptable",
    "a political stunt",
    "long overdue",
    "a step in the right direction",
    "reckless",
    "a betrayal",
    "the worst we have seen",
    "not the end of the story",
    "a dangerous escalation",
    "a matter of survival",
    "tense but calm",
    "far from over",
];

static SUBHEADS: &[&str] = &[
    "What happens next",
    "Background",
    "Reaction",
    "The numbers",
    "A long road ahead",
    "Questions remain",
    "What we know",
    "Growing pressure",
];

static SAID: &[&str] = &[
    "said",
    "said",
    "said",
    "told reporters",
    "noted",
    "stressed",
];

static AP_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
static MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
static WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
static SMALL: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

// ---------------------------------------------------------------------------
// Dates and numbers
// ---------------------------------------------------------------------------

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month 1-12, day) for a day number (0 = 1970-01-01).
fn civil(day: i64) -> (i64, usize, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m as usize, d as u32)
}

fn weekday(day: i64) -> &'static str {
    WEEKDAYS[(day + 3).rem_euclid(7) as usize]
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum DateStyle {
    Ap,
    UsFull,
    Uk,
}

fn fmt_date(day: i64, style: DateStyle, with_year: bool) -> String {
    let (y, m, d) = civil(day);
    match (style, with_year) {
        (DateStyle::Ap, false) => format!("{} {d}", AP_MONTHS[m - 1]),
        (DateStyle::Ap, true) => format!("{} {d}, {y}", AP_MONTHS[m - 1]),
        (DateStyle::UsFull, false) => format!("{} {d}", MONTHS[m - 1]),
        (DateStyle::UsFull, true) => format!("{} {d}, {y}", MONTHS[m - 1]),
        (DateStyle::Uk, false) => format!("{d} {}", MONTHS[m - 1]),
        (DateStyle::Uk, true) => format!("{d} {} {y}", MONTHS[m - 1]),
    }
}

fn pow10(e: u32) -> u64 {
    10u64.pow(e)
}

fn num_digits(n: u64) -> u32 {
    if n == 0 { 1 } else { n.ilog10() + 1 }
}

fn sig_digits(n: u64) -> u32 {
    if n == 0 {
        return 1;
    }
    let mut n = n;
    let mut zeros = 0;
    while n.is_multiple_of(10) {
        n /= 10;
        zeros += 1;
    }
    num_digits(n * pow10(zeros)) - zeros
}

fn round_sig(n: u64, d: u32) -> u64 {
    let digits = num_digits(n);
    if digits <= d {
        return n;
    }
    let p = pow10(digits - d);
    (n + p / 2) / p * p
}

/// "68,000"
fn sep(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `n / scale` with up to two decimals, trailing zeros trimmed: "66.5", "1.25", "3".
fn scaled(n: u64, scale: u64) -> String {
    let int = n / scale;
    let frac = (n % scale) * 100 / scale;
    if frac == 0 {
        int.to_string()
    } else if frac.is_multiple_of(10) {
        format!("{int}.{}", frac / 10)
    } else {
        format!("{int}.{frac:02}")
    }
}

/// Plain count: "three", "68,000", "1.25 million", "12.5 billion".
fn count_plain(n: u64, words: bool) -> String {
    if words && n < 10 {
        SMALL[n as usize].to_string()
    } else if n >= B && n.is_multiple_of(10 * M) {
        format!("{} billion", scaled(n, B))
    } else if n >= M && n.is_multiple_of(10_000) {
        format!("{} million", scaled(n, M))
    } else {
        sep(n)
    }
}

/// Tenths of a percent as a number: "12.5", "40".
fn tenths(v: u64) -> String {
    if v.is_multiple_of(10) {
        (v / 10).to_string()
    } else {
        format!("{}.{}", v / 10, v % 10)
    }
}

fn ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn gen_value(rng: &mut Rng, m: &Measure) -> u64 {
    match m.kind {
        Kind::Pct => {
            let v = rng.range(m.lo, m.hi);
            if v >= 20 && rng.chance(0.5) {
                (v + 5) / 10 * 10
            } else {
                v
            }
        }
        Kind::Count | Kind::Money => {
            let (dlo, dhi) = (num_digits(m.lo), num_digits(m.hi));
            let d = rng.range(u64::from(dlo), u64::from(dhi)) as u32;
            let base = pow10(d - 1);
            let v = rng.range(base, base * 10 - 1).clamp(m.lo, m.hi);
            if v < 100 {
                return v;
            }
            let sig = if m.kind == Kind::Money {
                *rng.pick(&[2, 2, 3, 3, 1])
            } else {
                *rng.pick(&[1, 2, 2, 2, 3, 3, 3, 9, 9])
            };
            round_sig(v, sig).max(1)
        }
    }
}

/// A different value for a conflicting report.
fn perturb(rng: &mut Rng, kind: Kind, v: u64) -> u64 {
    for _ in 0..20 {
        let k = if rng.chance(0.5) {
            rng.range(55, 88)
        } else {
            rng.range(115, 190)
        };
        let mut w = round_sig(v * k / 100, sig_digits(v));
        if kind == Kind::Pct {
            w = w.clamp(1, 999);
        }
        if w != v && w > 0 {
            return w;
        }
    }
    v + 1
}

fn slugify(s: &str, max_words: usize) -> String {
    let mut out = String::new();
    let mut words = 0;
    let mut dash = true;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                if words + 1 >= max_words {
                    break;
                }
                out.push('-');
                words += 1;
            }
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if c != '\'' && c != '’' && c != '.' && c != ',' {
            dash = true;
        }
    }
    out
}

fn title_case(s: &str) -> String {
    const SMALL_WORDS: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "as", "by", "with", "from",
    ];
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if i > 0 && SMALL_WORDS.contains(&w) {
            out.push_str(w);
        } else {
            let mut cs = w.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        }
    }
    out
}

/// Capitalise the first letter (after any opening quote mark).
fn capitalize(s: &mut String) {
    let idx = s
        .char_indices()
        .find(|(_, c)| !matches!(c, '“' | '"' | '‘' | ' '));
    if let Some((i, c)) = idx
        && c.is_lowercase()
    {
        let up: String = c.to_uppercase().collect();
        s.replace_range(i..i + c.len_utf8(), &up);
    }
}

// ---------------------------------------------------------------------------
// Outlet house styles
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
struct Style {
    date: DateStyle,
    /// 0 "%", 1 " percent", 2 " per cent"
    pct: u8,
    /// 0 curly double, 1 straight double, 2 curly single
    quotes: u8,
    curly_apos: bool,
    /// 0 surname only, 1 "Ms. Kovac", 2 "Ms Kovac"
    honorific: u8,
    /// 0 "$1.2 billion", 1 "$1.2bn", 2 "US$1.2 billion"
    money: u8,
    /// 0 "CITY, Oct. 17 (Outlet) — ", 1 "CITY, Country — ", 2 "CITY — ", 3 none, 4 "CITY (Outlet) - "
    dateline: u8,
    /// 0 "By A", 1 "*By A*", 2 "By A, Outlet correspondent", 3 "A | Outlet", 4 none
    byline: u8,
    /// 0 none, 1 "Published: ...", 2 "Updated ..."
    stamp: u8,
    title_case: bool,
    title_suffix: bool,
    uk: bool,
    wire: bool,
    clock24: bool,
    subheads: bool,
}

fn outlet_style(idx: usize) -> Style {
    let kind = OUTLETS[idx].2;
    let mut r = Rng::new(0x0C0F_FEE0, idx as u64);
    let mut s = Style {
        date: DateStyle::Ap,
        pct: 0,
        quotes: 0,
        curly_apos: r.chance(0.7),
        honorific: 0,
        money: 0,
        dateline: 0,
        byline: 0,
        stamp: r.below(3) as u8,
        title_case: r.chance(0.4),
        title_suffix: r.chance(0.3),
        uk: false,
        wire: false,
        clock24: false,
        subheads: r.chance(0.5),
    };
    match kind {
        'k' => {
            s.uk = true;
            s.date = DateStyle::Uk;
            s.pct = if r.chance(0.6) { 2 } else { 0 };
            s.quotes = if r.chance(0.7) { 2 } else { 0 };
            s.honorific = 2;
            s.money = 1;
            s.dateline = *r.pick(&[2, 3, 3]);
            s.byline = *r.pick(&[0, 2, 3]);
        }
        'w' => {
            s.wire = true;
            s.pct = 0;
            s.quotes = 1;
            s.curly_apos = false;
            s.money = 2;
            s.dateline = *r.pick(&[0, 0, 4]);
            s.byline = *r.pick(&[0, 4]);
            s.title_case = false;
            s.subheads = false;
        }
        'i' => {
            s.date = *r.pick(&[DateStyle::Ap, DateStyle::UsFull, DateStyle::Uk]);
            s.pct = r.below(3) as u8;
            s.quotes = r.below(3) as u8;
            s.honorific = r.below(3) as u8;
            s.money = r.below(3) as u8;
            s.dateline = r.below(5) as u8;
            s.byline = r.below(4) as u8;
            s.clock24 = r.chance(0.5);
        }
        _ => {
            s.date = if r.chance(0.7) {
                DateStyle::Ap
            } else {
                DateStyle::UsFull
            };
            s.pct = if r.chance(0.5) { 1 } else { 0 };
            s.quotes = if r.chance(0.7) { 0 } else { 1 };
            s.honorific = if r.chance(0.3) { 1 } else { 0 };
            s.money = if r.chance(0.8) { 0 } else { 2 };
            s.dateline = *r.pick(&[0, 0, 1, 2]);
            s.byline = *r.pick(&[0, 0, 1, 2, 3]);
        }
    }
    s
}

fn outlet_slug(idx: usize) -> String {
    let name = OUTLETS[idx].0;
    slugify(name.strip_prefix("The ").unwrap_or(name), 10)
}

// ---------------------------------------------------------------------------
// Stories
// ---------------------------------------------------------------------------

struct Person {
    first: &'static str,
    last: &'static str,
    female: bool,
    title: Title,
}

#[derive(Clone, Copy)]
enum FKind {
    Num(&'static Measure),
    Date,
    Time,
}

struct Fact {
    kind: FKind,
    clauses: &'static [&'static str],
    /// Count / currency units / tenths of a percent / day number / minute of day.
    value: i64,
    /// Article slot that reports a different value, and that value.
    conflict: Option<(usize, i64)>,
    /// An earlier value of the same measure, for comparisons.
    prev: i64,
}

struct Quote {
    speaker: usize,
    parts: Vec<String>,
}

struct Story {
    idx: usize,
    topic: &'static Topic,
    place: &'static Place,
    city2: &'static str,
    region: String,
    people: Vec<Person>,
    orgs: Vec<&'static str>,
    event: i64,
    future: i64,
    past_month: i64,
    year: i64,
    /// Local minute of day for background mentions.
    clock: u32,
    facts: Vec<Fact>,
    quotes: Vec<Quote>,
    /// Quote templates not used by shared quotes, for article-only quotes.
    adhoc_quotes: Vec<usize>,
    frags: [&'static str; 3],
    cur: char,
    outlets: Vec<usize>,
    pub_days: Vec<i64>,
    lengths: Vec<usize>,
    /// (source slot, outlet) of a syndicated near-copy.
    copy: Option<(usize, usize)>,
    section: u64,
    case_no: String,
    phone: String,
    flight: String,
    res: u64,
    brigade: String,
    highway: u64,
    pop: u64,
    seats_total: u64,
    bp: u64,
    /// Seed for the figures in detail sentences.
    detail_seed: u64,
    days: u64,
}

fn find_measure(key: &str) -> &'static Measure {
    MEASURES
        .iter()
        .find(|m| m.key == key)
        .expect("unknown measure key")
}

fn make_person(rng: &mut Rng, title: Title, used: &mut Vec<&'static str>) -> Person {
    let female = rng.chance(0.45);
    let first = if female {
        *rng.pick(FEMALE)
    } else {
        *rng.pick(MALE)
    };
    let mut last = *rng.pick(SURNAMES);
    while used.contains(&last) {
        last = *rng.pick(SURNAMES);
    }
    used.push(last);
    Person {
        first,
        last,
        female,
        title,
    }
}

impl Story {
    fn new(rng: &mut Rng, idx: usize) -> Story {
        let topic = rng.pick(TOPICS);
        let cat = topic.cat;
        let place = rng.pick(PLACES);
        let mut city2 = rng.pick(PLACES).city;
        while city2 == place.city {
            city2 = rng.pick(PLACES).city;
        }
        let rname = *rng.pick(REGION_NAMES);
        let region = match rng.below(4) {
            0 => format!("the eastern {rname} region"),
            1 => format!("the southern {rname} region"),
            2 => format!("{rname} province"),
            _ => format!("the {rname} district"),
        };

        // People: category titles first, then generic ones.
        let mut used_names = Vec::new();
        let mut cat_titles: Vec<Title> = titles(cat).to_vec();
        rng.shuffle(&mut cat_titles);
        let mut gen_titles: Vec<Title> = GENERIC_TITLES.to_vec();
        rng.shuffle(&mut gen_titles);
        let n_cat = (2 + rng.below(2)).min(cat_titles.len());
        let n_gen = 1 + rng.below(2);
        let mut people = Vec::new();
        for &t in cat_titles
            .iter()
            .take(n_cat)
            .chain(gen_titles.iter().take(n_gen))
        {
            people.push(make_person(rng, t, &mut used_names));
        }

        let mut orgs: Vec<&'static str> = cat_orgs(cat).to_vec();
        rng.shuffle(&mut orgs);
        orgs.truncate(2);
        let mut generic: Vec<&'static str> = GENERIC_ORGS.to_vec();
        rng.shuffle(&mut generic);
        orgs.extend(generic.into_iter().take(2));

        let jan1 = days_from_civil(2025, 1, 1);
        let event = jan1 + rng.irange(6, 358);
        let future = event + rng.irange(5, 70);
        let past_month = event - rng.irange(45, 240);
        let year = rng.irange(2008, 2024);
        let clock = (rng.range(0, 47) * 30) as u32;

        // Facts: the lead figure, 2-4 further figures, a date and a time.
        let mut facts = Vec::new();
        let mut keys: Vec<&'static str> = topic.measures[1..].to_vec();
        rng.shuffle(&mut keys);
        keys.truncate(3 + rng.below(3));
        keys.insert(0, topic.measures[0]);
        for key in keys {
            let m = find_measure(key);
            facts.push(Fact {
                kind: FKind::Num(m),
                clauses: m.clauses,
                value: gen_value(rng, m) as i64,
                conflict: None,
                prev: 0,
            });
        }
        let (date_clauses, time_clauses) = event_clauses(cat);
        facts.push(Fact {
            kind: FKind::Date,
            clauses: std::slice::from_ref(rng.pick(date_clauses)),
            value: event + rng.irange(3, 40),
            conflict: None,
            prev: 0,
        });
        facts.push(Fact {
            kind: FKind::Time,
            clauses: std::slice::from_ref(rng.pick(time_clauses)),
            value: (rng.range(0, 95) * 15) as i64,
            conflict: None,
            prev: 0,
        });

        // Outlets and article slots.
        let with_copy = rng.below(8) == 0;
        let n = if with_copy {
            3 + rng.below(5)
        } else {
            3 + rng.below(6)
        };
        let mut order: Vec<usize> = (0..OUTLETS.len()).collect();
        rng.shuffle(&mut order);
        let outlets: Vec<usize> = order[..n].to_vec();
        let copy = with_copy.then(|| (rng.below(n), order[n]));
        let pub_days: Vec<i64> = (0..n)
            .map(|_| event + *rng.pick(&[0, 0, 0, 1, 1, 2]))
            .collect();
        let lengths: Vec<usize> = outlets
            .iter()
            .map(|&o| {
                // Skewed towards shorter pieces; wire copy is shorter still.
                let spread = if OUTLETS[o].2 == 'w' { 3_200 } else { 6_900 };
                let a = rng.range(0, spread);
                let b = rng.range(0, spread);
                2_400 + a.min(b).max(rng.range(0, spread) / 3) as usize
            })
            .collect();

        // Keep votes cast consistent with registered voters and turnout.
        let find = |facts: &[Fact], key: &str| {
            facts
                .iter()
                .position(|f| matches!(f.kind, FKind::Num(m) if m.key == key))
        };
        if let (Some(votes), Some(voters)) = (find(&facts, "votes"), find(&facts, "voters")) {
            let turnout =
                find(&facts, "turnout").map_or(rng.range(450, 800) as i64, |t| facts[t].value);
            let cast = facts[voters].value * turnout / 1_000;
            facts[votes].value = round_sig(cast as u64, 3) as i64;
        }

        // Earlier values, and conflicts: about one shared fact in ten
        // differs in one outlet.
        for f in &mut facts {
            if let FKind::Num(m) = f.kind {
                f.prev = perturb(rng, m.kind, f.value as u64) as i64;
            }
            if rng.chance(0.1) {
                let slot = rng.below(n);
                let other = match f.kind {
                    FKind::Num(m) => perturb(rng, m.kind, f.value as u64) as i64,
                    FKind::Date => f.value + *rng.pick(&[-3, -2, -1, 1, 1, 2, 7]),
                    FKind::Time => {
                        (f.value + *rng.pick(&[-120, -60, 60, 60, 120, 180])).rem_euclid(1440)
                    }
                };
                f.conflict = Some((slot, other));
            }
        }

        let mut frags: Vec<&'static str> = FRAGMENTS.to_vec();
        rng.shuffle(&mut frags);
        let cur = match place.cur {
            'e' if rng.chance(0.75) => 'e',
            'g' if rng.chance(0.8) => 'g',
            _ if rng.chance(0.08) => 'e',
            _ => 'u',
        };
        let phone = format!(
            "+{} {} {} {:04}",
            rng.range(30, 99),
            rng.range(10, 99),
            rng.range(200, 899),
            rng.range(0, 9999)
        );
        let seats_total = rng.range(120, 600);
        let mut story = Story {
            idx,
            topic,
            place,
            city2,
            region,
            people,
            orgs,
            event,
            future,
            past_month,
            year,
            clock,
            facts,
            quotes: Vec::new(),
            adhoc_quotes: Vec::new(),
            frags: [frags[0], frags[1], frags[2]],
            cur,
            outlets,
            pub_days,
            lengths,
            copy,
            section: *rng.pick(&[12, 19, 47, 101, 127, 230, 302, 404]),
            case_no: format!("{}-{}", rng.range(19, 25), rng.range(100, 9_999)),
            phone,
            flight: format!(
                "{}{}",
                ["KX", "NA", "PS", "TR", "VL", "MZ"][rng.below(6)],
                rng.range(100, 2_999)
            ),
            res: rng.range(1_400, 2_760),
            brigade: ordinal(rng.range(3, 155)),
            highway: rng.range(1, 99),
            pop: round_sig(rng.range(150_000, 9_000_000), 2),
            seats_total,
            bp: rng.range(4, 60),
            detail_seed: rng.next_u64(),
            days: *rng.pick(&[7, 10, 14, 30, 60, 90]),
        };

        // Shared quotes.
        let mut pool: Vec<usize> = (0..story.quote_pool_len()).collect();
        rng.shuffle(&mut pool);
        let nq = 2 + rng.below(3);
        for _ in 0..nq {
            let speaker = rng.below(story.people.len());
            let mut parts = vec![story.quote_text(pool.pop().unwrap_or(0))];
            if rng.chance(0.4) {
                parts.push(story.quote_text(pool.pop().unwrap_or(1)));
            }
            story.quotes.push(Quote { speaker, parts });
        }
        story.adhoc_quotes = pool;
        story
    }

    fn quote_pool_len(&self) -> usize {
        cat_quotes(self.topic.cat).len() + QUOTES_GENERIC.len()
    }

    /// Fills a quote template with story-level values.
    fn quote_text(&self, i: usize) -> String {
        let cat = cat_quotes(self.topic.cat);
        let tpl = if i < cat.len() {
            cat[i]
        } else {
            QUOTES_GENERIC[i - cat.len()]
        };
        let mut s = tpl
            .replace("{place}", self.place.country)
            .replace("{city}", self.place.city);
        if s.contains("{org}") {
            s = s.replace("{org}", self.orgs[0]);
        }
        if s.contains("{V}") {
            let v = match self.facts[0].kind {
                FKind::Num(m) => match m.kind {
                    Kind::Count => count_plain(self.facts[0].value as u64, false),
                    Kind::Money => money_fmt(self.facts[0].value as u64, self.cur, 0),
                    Kind::Pct => format!("{}%", tenths(self.facts[0].value as u64)),
                },
                _ => String::from("that"),
            };
            s = s.replace("{V}", &v);
        }
        capitalize(&mut s);
        s
    }

    fn write(&self, rng: &mut Rng) -> Vec<GeneratedDoc> {
        let dir = format!("story-{:04}", self.idx);
        let mut docs = Vec::with_capacity(self.outlets.len() + 1);
        for slot in 0..self.outlets.len() {
            let outlet = self.outlets[slot];
            let mut w = Writer {
                story: self,
                rng: &mut *rng,
                style: outlet_style(outlet),
                outlet,
                slot,
                pub_day: self.pub_days[slot],
                mentioned: vec![false; self.people.len()],
                last_person: None,
                decks: Default::default(),
                adhoc: 0,
                detail_rng: Rng(0),
            };
            let contents = w.article();
            docs.push(GeneratedDoc {
                name: format!("{dir}/{}.md", outlet_slug(outlet)),
                contents,
            });
        }
        if let Some((src, outlet)) = self.copy {
            let contents = self.near_copy(rng, &docs[src].contents, self.outlets[src], outlet);
            docs.push(GeneratedDoc {
                name: format!("{dir}/{}.md", outlet_slug(outlet)),
                contents,
            });
        }
        docs
    }

    /// Syndicated copy of an article: new front matter, a few words changed.
    fn near_copy(&self, rng: &mut Rng, orig: &str, orig_outlet: usize, outlet: usize) -> String {
        let body_start = orig[4..].find("\n---\n").map_or(0, |i| i + 9);
        let (front, body) = orig.split_at(body_start);
        let (name, domain, _) = OUTLETS[outlet];
        let mut out = String::with_capacity(orig.len() + 64);
        for line in front.lines() {
            if line.starts_with("source:") {
                let _ = writeln!(out, "source: {name}");
            } else if let Some(url) = line.strip_prefix("url: https://") {
                let path = url.split_once('/').map_or("", |(_, p)| p);
                let _ = writeln!(out, "url: https://{domain}/{path}");
            } else if line.starts_with("title:") && line.contains(OUTLETS[orig_outlet].0) {
                out.push_str(&line.replace(OUTLETS[orig_outlet].0, name));
                out.push('\n');
            } else {
                out.push_str(line);
                out.push('\n');
            }
        }
        const SUBS: &[(&str, &str)] = &[
            (" said ", " told reporters "),
            (" officials ", " authorities "),
            (" about ", " around "),
            (" more than ", " over "),
            (" also ", " "),
            (" However, ", " But "),
            (" announced ", " said "),
            (" warned ", " cautioned "),
            (" residents ", " locals "),
            (" people ", " residents "),
            (" the country", " the nation"),
            (" quickly", " swiftly"),
            (" due to ", " set to "),
            (" figures ", " numbers "),
        ];
        let mut body = body.to_string();
        let mut subs: Vec<&(&str, &str)> = SUBS.iter().collect();
        rng.shuffle(&mut subs);
        let want = 2 + rng.below(5);
        let mut done = 0;
        for (from, to) in subs {
            if done == want {
                break;
            }
            if let Some(pos) = body.rfind(from) {
                body.replace_range(pos..pos + from.len(), to);
                done += 1;
            }
        }
        if rng.chance(0.5) {
            body = body.replacen(
                &format!("({})", OUTLETS[orig_outlet].0),
                &format!("({name})"),
                1,
            );
        }
        // Syndicated copy is often trimmed at the end.
        if rng.chance(0.4) && body.len() > 3_000 {
            let trimmed = body.trim_end_matches('\n');
            if let Some(cut) = trimmed.rfind("\n\n") {
                body.truncate(cut + 1);
            }
        }
        if done == 0 || rng.chance(0.3) {
            let _ = writeln!(
                body,
                "\nThis article was distributed by {}.",
                OUTLETS[orig_outlet].0
            );
        }
        out.push_str(&body);
        out
    }
}

fn money_fmt(v: u64, cur: char, style: u8) -> String {
    let (scale, word, abbr) = if v >= 1_000 * B {
        (1_000 * B, "trillion", "tn")
    } else if v >= B {
        (B, "billion", "bn")
    } else if v >= M {
        (M, "million", "m")
    } else {
        (1, "", "")
    };
    let (sym, name) = match cur {
        'e' => ("€", "euros"),
        'g' => ("£", "pounds"),
        _ => ("$", "dollars"),
    };
    if scale == 1 {
        return match (cur, style) {
            ('u', 2) => format!("US${}", sep(v)),
            _ => format!("{sym}{}", sep(v)),
        };
    }
    let n = scaled(v, scale);
    match (cur, style) {
        ('u', 1) => format!("${n}{abbr}"),
        ('u', 2) => format!("US${n} {word}"),
        ('u', 3) => format!("US${n}{abbr}"),
        (_, 1) => format!("{sym}{n}{abbr}"),
        (_, 2) | (_, 3) => format!("{n} {word} {name}"),
        _ => format!("{sym}{n} {word}"),
    }
}

// ---------------------------------------------------------------------------
// Article writer
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Default)]
struct Slots {
    fact: usize,
    sp: usize,
    sp2: usize,
    quote: usize,
}

#[derive(Default)]
struct Deck {
    order: Vec<usize>,
    pos: usize,
}

struct Writer<'a> {
    story: &'a Story,
    rng: &'a mut Rng,
    style: Style,
    outlet: usize,
    slot: usize,
    pub_day: i64,
    mentioned: Vec<bool>,
    last_person: Option<usize>,
    /// Shuffled template decks, one per template list.
    decks: [Deck; 10],
    /// Article-only quotes written so far.
    adhoc: usize,
    /// Draws the figures of the current detail sentence.
    detail_rng: Rng,
}

impl Writer<'_> {
    fn value(&self, f: usize) -> i64 {
        let fact = &self.story.facts[f];
        match fact.conflict {
            Some((slot, v)) if slot == self.slot => v,
            _ => fact.value,
        }
    }

    fn includes_fact(&mut self, f: usize) -> bool {
        let fact = &self.story.facts[f];
        if f == 0 || matches!(fact.conflict, Some((s, _)) if s == self.slot) {
            return true;
        }
        let p = match fact.kind {
            FKind::Num(_) => 0.75,
            FKind::Date => 0.6,
            FKind::Time => 0.5,
        };
        self.rng.chance(p)
    }

    fn lq(&self) -> &'static str {
        match self.style.quotes {
            0 => "“",
            1 => "\"",
            _ => "‘",
        }
    }

    fn rq(&self) -> &'static str {
        match self.style.quotes {
            0 => "”",
            1 => "\"",
            _ => "’",
        }
    }

    /// Draws from a per-article shuffled deck, so a template is not reused
    /// until the whole list has been used.
    fn draw(&mut self, list: usize, len: usize) -> usize {
        let deck = &mut self.decks[list];
        if deck.pos >= deck.order.len() {
            deck.order = (0..len).collect();
            self.rng.shuffle(&mut deck.order);
            deck.pos = 0;
        }
        deck.pos += 1;
        deck.order[deck.pos - 1]
    }

    fn pick_template(&mut self, list: usize, items: &'static [&'static str]) -> &'static str {
        items[self.draw(list, items.len())]
    }

    // --- values -----------------------------------------------------------

    fn qualifier(&mut self, rounded: u64, exact: u64) -> &'static str {
        const UP: &[&str] = &[
            "nearly",
            "almost",
            "close to",
            "about",
            "around",
            "up to",
            "just under",
        ];
        const DOWN: &[&str] = &[
            "more than",
            "over",
            "at least",
            "about",
            "around",
            "some",
            "just over",
        ];
        const SAME: &[&str] = &[
            "about",
            "some",
            "around",
            "roughly",
            "an estimated",
            "at least",
            "approximately",
        ];
        let list = match rounded.cmp(&exact) {
            std::cmp::Ordering::Greater => UP,
            std::cmp::Ordering::Less => DOWN,
            std::cmp::Ordering::Equal => SAME,
        };
        list[self.rng.below(list.len())]
    }

    fn count_text(&mut self, n: u64, vague_ok: bool) -> String {
        let words = !self.style.wire || n < 5;
        let r = self.rng.below(100);
        if vague_ok && r < 6 {
            let vague = match n {
                12 => Some("a dozen"),
                20..=99 => Some("dozens of"),
                200..=999 => Some("hundreds of"),
                2_000..=99_999 => Some("thousands of"),
                _ => None,
            };
            if let Some(v) = vague {
                return v.to_string();
            }
        }
        if r < 60 || n < 20 {
            let s = count_plain(n, words);
            if self.rng.chance(0.15) {
                let q = self.rng.pick(&["at least", "some", "about", "more than"]);
                return format!("{q} {s}");
            }
            return s;
        }
        let d = if n >= 1_000 && self.rng.chance(0.6) {
            2
        } else {
            1
        };
        let r = round_sig(n, d);
        let q = self.qualifier(r, n);
        format!("{q} {}", count_plain(r, words))
    }

    fn money_text(&mut self, v: u64) -> String {
        let style = if self.rng.chance(0.1) {
            self.rng.below(4) as u8
        } else {
            self.style.money
        };
        let cur = self.story.cur;
        if self.rng.chance(0.65) {
            let s = money_fmt(v, cur, style);
            if self.rng.chance(0.1) {
                return format!("{} {s}", self.rng.pick(&["about", "some", "more than"]));
            }
            return s;
        }
        let d = if self.rng.chance(0.6) { 2 } else { 1 };
        let r = round_sig(v, d);
        let q = self.qualifier(r, v);
        format!("{q} {}", money_fmt(r, cur, style))
    }

    fn pct_suffix(&mut self) -> &'static str {
        let style = if self.rng.chance(0.05) {
            self.rng.below(3) as u8
        } else {
            self.style.pct
        };
        match style {
            0 => "%",
            1 => " percent",
            _ => " per cent",
        }
    }

    fn pct_text(&mut self, v: u64, frac: bool) -> String {
        if frac && self.rng.chance(0.35) {
            const FRACS: &[(u64, &str)] = &[
                (200, "one in five"),
                (250, "a quarter"),
                (333, "a third"),
                (500, "half"),
                (667, "two-thirds"),
                (750, "three-quarters"),
            ];
            for &(at, word) in FRACS {
                if v.abs_diff(at) <= 20 {
                    let q = match v.cmp(&at) {
                        std::cmp::Ordering::Less => {
                            *self.rng.pick(&["nearly ", "almost ", "about ", ""])
                        }
                        std::cmp::Ordering::Greater => {
                            *self.rng.pick(&["more than ", "over ", "about ", ""])
                        }
                        std::cmp::Ordering::Equal => self.rng.pick(&["about ", "", ""]),
                    };
                    return format!("{q}{word}");
                }
            }
        }
        let suffix = self.pct_suffix();
        if self.rng.chance(0.7) {
            return format!("{}{suffix}", tenths(v));
        }
        let r = if !v.is_multiple_of(10) {
            (v + 5) / 10 * 10
        } else if v >= 100 {
            (v + 25) / 50 * 50
        } else {
            v
        };
        let q = self.qualifier(r, v);
        format!("{q} {}{suffix}", tenths(r))
    }

    fn clock_local(&mut self, tm: u32) -> String {
        let (h, m) = (tm / 60, tm % 60);
        if self.style.clock24 {
            return format!("{h:02}:{m:02}");
        }
        if m == 0 && h == 12 {
            return "noon".into();
        }
        if m == 0 && h == 0 {
            return "midnight".into();
        }
        let (h12, pm) = match h {
            0 => (12, false),
            1..=11 => (h, false),
            12 => (12, true),
            _ => (h - 12, true),
        };
        match (self.style.uk, m) {
            (true, 0) => format!("{h12}{}", if pm { "pm" } else { "am" }),
            (true, _) => format!("{h12}.{m:02}{}", if pm { "pm" } else { "am" }),
            (false, 0) => format!("{h12} {}", if pm { "p.m." } else { "a.m." }),
            (false, _) => format!("{h12}:{m:02} {}", if pm { "p.m." } else { "a.m." }),
        }
    }

    fn clock_gmt(&mut self, tm: u32) -> String {
        let g = (tm as i32 - self.story.place.utc).rem_euclid(1440) as u32;
        if self.style.wire || self.rng.chance(0.5) {
            format!("{:02}{:02} GMT", g / 60, g % 60)
        } else {
            format!(
                "{:02}:{:02} {}",
                g / 60,
                g % 60,
                self.rng.pick(&["GMT", "UTC"])
            )
        }
    }

    fn time_phrase(&mut self, tm: u32) -> String {
        let local = self.clock_local(tm);
        match self.rng.below(8) {
            0 | 1 => format!("at {local}"),
            2 => format!("at about {local}"),
            3 => format!("shortly after {local}"),
            4 => format!("at {local} local time"),
            5 => format!("at {}", self.clock_gmt(tm)),
            _ => format!("at {local} ({})", self.clock_gmt(tm)),
        }
    }

    /// Day relative to the publication date: "on Thursday", "last week", "on Sept. 12".
    fn rel_date(&mut self, day: i64) -> String {
        let diff = self.pub_day - day;
        let (ey, em, _) = civil(day);
        let (py, pm, _) = civil(self.pub_day);
        let wd = weekday(day);
        let abs = format!("on {}", fmt_date(day, self.style.date, ey != py));
        let month_diff = (py - ey) * 12 + pm as i64 - em as i64;
        let month = if ey == py {
            MONTHS[em - 1].to_string()
        } else {
            format!("{} {ey}", MONTHS[em - 1])
        };
        let mut opts: Vec<String> = Vec::with_capacity(5);
        match diff {
            0 => {
                opts.extend([
                    format!("on {wd}"),
                    format!("on {wd}"),
                    "today".into(),
                    format!("earlier on {wd}"),
                ]);
            }
            1 => opts.extend([
                format!("on {wd}"),
                format!("on {wd}"),
                "yesterday".into(),
                abs,
            ]),
            2..=6 => opts.extend([format!("on {wd}"), format!("on {wd}"), abs]),
            7..=13 => opts.extend(["last week".into(), abs]),
            -1 => opts.extend([format!("on {wd}"), "tomorrow".into()]),
            -6..=-2 => opts.extend([format!("on {wd}"), format!("on {wd}"), abs]),
            -13..=-7 => opts.extend(["next week".into(), abs]),
            d if d > 0 => {
                opts.extend([abs.clone(), abs, format!("in {month}")]);
                if month_diff == 1 {
                    opts.push("last month".into());
                }
                if ey == py && month_diff > 2 {
                    opts.push("earlier this year".into());
                }
            }
            _ => {
                opts.extend([abs.clone(), abs, format!("in {month}")]);
                if month_diff == -1 {
                    opts.push("next month".into());
                }
                if ey == py && month_diff < -2 {
                    opts.push("later this year".into());
                }
                if ey == py + 1 {
                    opts.push("next year".into());
                }
            }
        }
        let i = self.rng.below(opts.len());
        opts.swap_remove(i)
    }

    fn value_text(&mut self, f: usize, vague_ok: bool) -> String {
        let v = self.value(f);
        self.render_value(f, v, vague_ok)
    }

    fn render_value(&mut self, f: usize, v: i64, vague_ok: bool) -> String {
        match self.story.facts[f].kind {
            FKind::Num(m) => match m.kind {
                Kind::Count => self.count_text(v as u64, vague_ok),
                Kind::Money => self.money_text(v as u64),
                Kind::Pct => self.pct_text(v as u64, m.frac),
            },
            FKind::Date => self.rel_date(v),
            FKind::Time => self.time_phrase(v as u32),
        }
    }

    fn with_value(&mut self, f: usize, pattern: &str) -> String {
        let vague_ok = pattern.starts_with("# ");
        let v = self.value_text(f, vague_ok);
        if self.rng.chance(0.025) && pattern.contains("# ") {
            pattern.replacen("# ", &format!("{v}\u{a0}"), 1)
        } else {
            pattern.replacen('#', &v, 1)
        }
    }

    // --- people -------------------------------------------------------------

    fn title_text(&self, t: &'static str) -> String {
        if self.style.uk {
            t.replace("Defense", "Defence").replace("Labor", "Labour")
        } else {
            t.to_string()
        }
    }

    fn name(&mut self, p: &Person) -> String {
        let full = format!("{} {}", p.first, p.last);
        if self.rng.chance(0.012) {
            full.to_lowercase()
        } else {
            full
        }
    }

    fn mention(&mut self, i: usize, pronoun_ok: bool, out: &mut String) {
        let story = self.story;
        let p = &story.people[i];
        if !self.mentioned[i] {
            self.mentioned[i] = true;
            let name = self.name(p);
            if self.rng.chance(0.25) {
                let role = self.title_text(p.title.1);
                let _ = write!(out, "{name}, {role},");
            } else {
                let title = self.title_text(p.title.0);
                let _ = write!(out, "{title} {name}");
            }
        } else if pronoun_ok && self.last_person == Some(i) && self.rng.chance(0.4) {
            out.push_str(if p.female { "she" } else { "he" });
        } else {
            let last = if self.rng.chance(0.01) {
                p.last.to_lowercase()
            } else {
                p.last.to_string()
            };
            match (self.style.honorific, p.title.2) {
                (0, _) => out.push_str(&last),
                (1, Some(t)) => {
                    let _ = write!(out, "{t} {last}");
                }
                (2, Some(t)) => {
                    let _ = write!(out, "{} {last}", t.trim_end_matches('.'));
                }
                (1, None) => {
                    let _ = write!(out, "{} {last}", if p.female { "Ms." } else { "Mr." });
                }
                _ => {
                    let _ = write!(out, "{} {last}", if p.female { "Ms" } else { "Mr" });
                }
            }
        }
        self.last_person = Some(i);
    }

    // --- templates ----------------------------------------------------------

    fn fill(&mut self, tpl: &str, s: Slots) -> String {
        let story = self.story;
        let mut out = String::with_capacity(tpl.len() + 80);
        let mut rest = tpl;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let Some(j) = after.find('}') else {
                out.push_str(&rest[i..]);
                rest = "";
                break;
            };
            let key = &after[..j];
            rest = &after[j + 1..];
            match key {
                "P" => self.mention(s.sp, true, &mut out),
                "Pn" => self.mention(s.sp, false, &mut out),
                "P2" => self.mention(s.sp2, false, &mut out),
                "he" => out.push_str(if story.people[s.sp].female {
                    "she"
                } else {
                    "he"
                }),
                "C" => {
                    let clause = *self.rng.pick(story.facts[s.fact].clauses);
                    let c = self.with_value(s.fact, clause);
                    let c = self.fill(&c, s);
                    out.push_str(&c);
                }
                "N" => {
                    let np = match story.facts[s.fact].kind {
                        FKind::Num(m) => m.np,
                        _ => "#",
                    };
                    let n = self.with_value(s.fact, np);
                    out.push_str(&n);
                }
                "V" => {
                    let v = self.value_text(s.fact, false);
                    out.push_str(&v);
                }
                "d_pct" => {
                    let v = self.detail_rng.range(5, 95);
                    let suffix = self.pct_suffix();
                    let _ = write!(out, "{v}{suffix}");
                }
                "d_n2" => {
                    let _ = write!(out, "{}", self.detail_rng.range(20, 99));
                }
                "d_n3" => {
                    let _ = write!(out, "{}", self.detail_rng.range(10, 99) * 10);
                }
                "d_n4" => out.push_str(&sep(self.detail_rng.range(10, 99) * 100)),
                "d_n5" => out.push_str(&sep(self.detail_rng.range(10, 99) * 1_000)),
                "d_small" => out.push_str(SMALL[self.detail_rng.range(2, 9) as usize]),
                "Vp" => {
                    let v = self.render_value(s.fact, story.facts[s.fact].prev, false);
                    out.push_str(&v);
                }
                "Q" | "Q2" => {
                    let q = &story.quotes[s.quote];
                    let part = if key == "Q" {
                        &q.parts[0]
                    } else {
                        &q.parts[q.parts.len() - 1]
                    };
                    let text = self.misquote(part);
                    out.push_str(&text);
                }
                "org" => out.push_str(story.orgs[*self.rng.pick(&[0, 0, 1, 2])]),
                "org2" => out.push_str(story.orgs[3]),
                "outlet" => out.push_str(OUTLETS[self.outlet].0),
                "other_outlet" => {
                    let mut o = self.rng.below(OUTLETS.len());
                    if o == self.outlet {
                        o = (o + 1) % OUTLETS.len();
                    }
                    out.push_str(OUTLETS[o].0);
                }
                "place" => out.push_str(story.place.country),
                "city" => out.push_str(story.place.city),
                "city2" => out.push_str(story.city2),
                "dem" => out.push_str(story.place.dem),
                "region" => out.push_str(&story.region),
                "when" => {
                    let d = self.rel_date(story.event);
                    out.push_str(&d);
                }
                "future" => {
                    let d = self.rel_date(story.future);
                    out.push_str(&d);
                }
                "past_month" => {
                    let (y, m, _) = civil(story.past_month);
                    let (py, _, _) = civil(self.pub_day);
                    if y == py {
                        out.push_str(MONTHS[m - 1]);
                    } else {
                        let _ = write!(out, "{} {y}", MONTHS[m - 1]);
                    }
                }
                "year" => {
                    let _ = write!(out, "{}", story.year);
                }
                "next_year" => {
                    let _ = write!(out, "{}", 2026 + (story.idx % 3));
                }
                "time" => {
                    let t = self.clock_local(story.clock);
                    out.push_str(&t);
                }
                "lq" => out.push_str(self.lq()),
                "rq" => out.push_str(self.rq()),
                "frag" => out.push_str(story.frags[self.rng.below(3)]),
                "said" => out.push_str(SAID[self.rng.below(SAID.len())]),
                "section" => {
                    let _ = write!(out, "{}", story.section);
                }
                "case" => out.push_str(&story.case_no),
                "phone" => out.push_str(&story.phone),
                "flight" => out.push_str(&story.flight),
                "res" => {
                    let _ = write!(out, "{}", story.res);
                }
                "brigade" => out.push_str(&story.brigade),
                "highway" => {
                    let _ = write!(out, "{}", story.highway);
                }
                "pop" => out.push_str(&count_plain(story.pop, false)),
                "seats_total" => {
                    let _ = write!(out, "{}", story.seats_total);
                }
                "majority" => {
                    let _ = write!(out, "{}", story.seats_total / 2 + 1);
                }
                "bp" => {
                    let _ = write!(out, "{}", story.bp);
                }
                "days" => {
                    let _ = write!(out, "{}", story.days);
                }
                other => {
                    out.push('{');
                    out.push_str(other);
                    out.push('}');
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// Occasionally alters a quote slightly, as different outlets do.
    fn misquote(&mut self, q: &str) -> String {
        if !self.rng.chance(0.08) {
            return q.to_string();
        }
        const CONTRACTIONS: &[(&str, &str)] = &[
            ("do not ", "don't "),
            ("did not ", "didn't "),
            ("will not ", "won't "),
            ("It is ", "It's "),
            ("is not ", "isn't "),
            ("We are ", "We're "),
            ("We have ", "We've "),
            ("There is ", "There's "),
        ];
        for (from, to) in CONTRACTIONS {
            if q.contains(from) {
                return q.replacen(from, to, 1);
            }
        }
        // Drop one word from the middle.
        let words: Vec<&str> = q.split(' ').collect();
        if words.len() > 5 {
            let drop = 2 + self.rng.below(words.len() - 3);
            let kept: Vec<&str> = words
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != drop)
                .map(|(_, w)| *w)
                .collect();
            return kept.join(" ");
        }
        q.to_string()
    }

    fn sentence(&mut self, tpl: &str, s: Slots) -> String {
        let mut out = self.fill(tpl, s);
        for (from, to) in [
            (",,", ","),
            (",.", "."),
            (", .", "."),
            (",:", ":"),
            (" to up to ", " to as many as "),
            ("..", "."),
        ] {
            if out.contains(from) {
                out = out.replace(from, to);
            }
        }
        capitalize(&mut out);
        if self.style.curly_apos && out.contains('\'') {
            out = out.replace('\'', "’");
        }
        out
    }

    fn speakers(&mut self) -> (usize, usize) {
        let n = self.story.people.len();
        let sp = self.rng.below(n);
        let sp2 = (sp + 1 + self.rng.below(n - 1)) % n;
        (sp, sp2)
    }

    /// Compares a figure with an earlier value of the same measure.
    fn comparison_sentence(&mut self, f: usize) -> String {
        let tpl = self.pick_template(7, COMPARISONS);
        let (sp, sp2) = self.speakers();
        self.sentence(
            tpl,
            Slots {
                fact: f,
                sp,
                sp2,
                quote: 0,
            },
        )
    }

    fn fact_sentence(&mut self, f: usize) -> String {
        let tpl = match self.story.facts[f].kind {
            FKind::Num(m) if m.kind == Kind::Count && self.rng.chance(0.2) => {
                self.pick_template(2, COUNT_TEMPLATES)
            }
            FKind::Num(_) if self.rng.chance(0.4) => self.pick_template(1, NUM_TEMPLATES),
            _ => self.pick_template(0, FACT_TEMPLATES),
        };
        let (sp, sp2) = self.speakers();
        self.sentence(
            tpl,
            Slots {
                fact: f,
                sp,
                sp2,
                quote: 0,
            },
        )
    }

    fn quote_sentence(&mut self, q: usize) -> String {
        let quote = &self.story.quotes[q];
        let tpl = if quote.parts.len() > 1 {
            *self.rng.pick(QUOTE_FORMS2)
        } else {
            *self.rng.pick(QUOTE_FORMS)
        };
        let sp = quote.speaker;
        let n = self.story.people.len();
        let sp2 = (sp + 1) % n;
        self.sentence(
            tpl,
            Slots {
                fact: 0,
                sp,
                sp2,
                quote: q,
            },
        )
    }

    fn reaction_sentence(&mut self) -> String {
        let tpl = self.pick_template(9, REACTIONS);
        let (sp, sp2) = self.speakers();
        self.sentence(
            tpl,
            Slots {
                fact: 0,
                sp,
                sp2,
                quote: 0,
            },
        )
    }

    fn detail_sentence(&mut self) -> String {
        let i = self.draw(6, DETAILS.len());
        let tpl = DETAILS[i];
        // Detail figures are story-level, so outlets that mention the same
        // detail agree on it.
        self.detail_rng = Rng::new(self.story.detail_seed, i as u64);
        let (sp, sp2) = self.speakers();
        self.sentence(
            tpl,
            Slots {
                fact: 0,
                sp,
                sp2,
                quote: 0,
            },
        )
    }

    fn colour_sentence(&mut self) -> String {
        let tpl = self.pick_template(5, COLOUR);
        let (sp, sp2) = self.speakers();
        self.sentence(
            tpl,
            Slots {
                fact: 0,
                sp,
                sp2,
                quote: 0,
            },
        )
    }

    fn background_sentence(&mut self) -> String {
        let tpl = if self.rng.chance(0.35) {
            self.pick_template(4, cat_background(self.story.topic.cat))
        } else {
            self.pick_template(3, BACKGROUND)
        };
        let (sp, sp2) = self.speakers();
        self.sentence(
            tpl,
            Slots {
                fact: 0,
                sp,
                sp2,
                quote: 0,
            },
        )
    }

    fn reporter(&mut self) -> String {
        let first = if self.rng.chance(0.5) {
            *self.rng.pick(FEMALE)
        } else {
            *self.rng.pick(MALE)
        };
        format!("{first} {}", self.rng.pick(SURNAMES))
    }

    // --- the article --------------------------------------------------------

    fn article(&mut self) -> String {
        let story = self.story;
        let st = self.style;
        let (oname, domain, _) = OUTLETS[self.outlet];
        let (py, pm, pd) = civil(self.pub_day);

        // Headline and front matter.
        let htpl = *self.rng.pick(story.topic.headlines);
        let mut headline = self.fill(htpl, Slots::default());
        capitalize(&mut headline);
        if st.title_case {
            headline = title_case(&headline);
        }
        if st.curly_apos {
            headline = headline.replace('\'', "’");
        }
        let title = if st.title_suffix {
            format!("{headline} | {oname}")
        } else {
            headline.clone()
        };
        let mut url = format!(
            "https://{domain}/{}/{}/{py}/{pm:02}/{pd:02}/{}",
            story.topic.section,
            story.topic.key,
            slugify(&headline, 9)
        );
        if st.wire {
            let _ = write!(url, "-{}", 10_000 + story.idx * 7 + self.slot);
        }
        let mut doc = String::with_capacity(story.lengths[self.slot] + 1_500);
        let _ = write!(
            doc,
            "---\nsource: {oname}\npublished: {py}-{pm:02}-{pd:02}\nurl: {url}\ntitle: \"{}\"\n---\n\n# {headline}\n\n",
            title.replace('\\', "\\\\").replace('"', "\\\"")
        );

        // Byline and timestamp.
        let a = self.reporter();
        let byline = match st.byline {
            0 if self.rng.chance(0.3) => format!("By {a} and {}", self.reporter()),
            0 => format!("By {a}"),
            1 => format!("*By {a}*"),
            2 => format!("By {a}, {oname} correspondent"),
            3 => format!("{a} | {oname}"),
            _ => String::new(),
        };
        if !byline.is_empty() {
            doc.push_str(&byline);
            doc.push_str("\n\n");
        }
        let stamp_min = (story.clock + 60 + self.rng.range(0, 600) as u32) % 1440;
        match st.stamp {
            1 => {
                let t = self.clock_local(stamp_min);
                let _ = write!(
                    doc,
                    "Published: {}, {t}\n\n",
                    fmt_date(self.pub_day, st.date, true)
                );
            }
            2 => {
                let t = self.clock_gmt(stamp_min);
                let _ = write!(
                    doc,
                    "Updated {} {t}\n\n",
                    fmt_date(self.pub_day, st.date, true)
                );
            }
            _ => {}
        }

        // Dateline.
        let city = if self.rng.chance(0.1) {
            story.city2
        } else {
            story.place.city
        };
        let city_up = city.to_uppercase();
        let mut dl_date = fmt_date(self.pub_day, st.date, false);
        if self.rng.chance(0.05) {
            dl_date = dl_date.replacen(' ', "\u{a0}", 1);
        }
        let dateline = match st.dateline {
            0 => format!("{city_up}, {dl_date} ({oname}) — "),
            1 if city == story.place.city => format!("{city_up}, {} — ", story.place.country),
            1 | 2 => format!("{city_up} — "),
            4 => format!("{city_up} ({oname}) - "),
            _ => String::new(),
        };

        // Which shared facts and quotes this outlet reports.
        let mut facts: Vec<usize> = (1..story.facts.len())
            .filter(|&f| self.includes_fact(f))
            .collect();
        self.rng.shuffle(&mut facts);
        let mut quotes: Vec<usize> = (0..story.quotes.len())
            .filter(|_| self.rng.chance(0.75))
            .collect();
        self.rng.shuffle(&mut quotes);
        let reported: Vec<usize> = std::iter::once(0).chain(facts.iter().copied()).collect();

        // Lede.
        let mut paras: Vec<String> = Vec::new();
        let mut lede = dateline;
        lede.push_str(&self.fact_sentence(0));
        if self.rng.chance(0.4) {
            lede.push(' ');
            let s = match facts.pop() {
                Some(f) => self.fact_sentence(f),
                None => self.reaction_sentence(),
            };
            lede.push_str(&s);
        }
        paras.push(lede);

        let target = story.lengths[self.slot];
        let header_len = doc.len();
        let mut body_len = paras[0].len();
        let mut subhead_done = !st.subheads || target < 5_500;
        while header_len + body_len < target && paras.len() < 200 {
            let roll = self.rng.below(100);
            let mut sentences: Vec<String> = Vec::with_capacity(3);
            let early = paras.len() < 4;
            if !facts.is_empty() && (roll < 40 || (early && roll < 70)) {
                let f = facts.pop().unwrap_or(0);
                sentences.push(self.fact_sentence(f));
                if matches!(story.facts[f].kind, FKind::Num(_)) && self.rng.chance(0.25) {
                    sentences.push(self.comparison_sentence(f));
                }
                if self.rng.chance(0.35) {
                    let extra = match facts.pop() {
                        Some(f) => self.fact_sentence(f),
                        None => self.background_sentence(),
                    };
                    sentences.push(extra);
                }
            } else if roll < 62 {
                if let Some(q) = quotes.pop() {
                    sentences.push(self.quote_sentence(q));
                } else {
                    sentences.push(self.adhoc_quote());
                }
                if self.rng.chance(0.3) {
                    sentences.push(self.reaction_sentence());
                }
            } else if roll < 74 {
                sentences.push(self.reaction_sentence());
                if self.rng.chance(0.3) {
                    sentences.push(self.background_sentence());
                }
            } else if roll < 84 && facts.is_empty() {
                // Restate an already reported figure.
                let f = *self.rng.pick(&reported);
                sentences.push(self.fact_sentence(f));
                if matches!(story.facts[f].kind, FKind::Num(_)) && self.rng.chance(0.3) {
                    sentences.push(self.comparison_sentence(f));
                }
            } else if roll < 90 {
                let n = 1 + self.rng.below(3);
                for _ in 0..n {
                    let s = if self.rng.chance(0.4) {
                        self.detail_sentence()
                    } else {
                        self.colour_sentence()
                    };
                    sentences.push(s);
                }
            } else {
                let n = 1 + self.rng.below(3);
                for _ in 0..n {
                    let s = if self.rng.chance(0.3) {
                        self.detail_sentence()
                    } else {
                        self.background_sentence()
                    };
                    sentences.push(s);
                }
            }
            let para = sentences.join(" ");
            body_len += para.len() + 2;
            paras.push(para);
            if !subhead_done && header_len + body_len > target / 2 {
                subhead_done = true;
                let sh = format!("## {}", self.rng.pick(SUBHEADS));
                body_len += sh.len() + 2;
                paras.push(sh);
            }
        }

        // Messy bits: a duplicated paragraph, site furniture.
        if paras.len() > 3 && self.rng.chance(0.04) {
            let i = 1 + self.rng.below(paras.len() - 1);
            let dup = paras[i].clone();
            paras.insert(i + 1, dup);
        }
        if paras.len() > 4 && self.rng.chance(0.05) {
            let i = 2 + self.rng.below(paras.len() - 2);
            let line = match self.rng.below(3) {
                0 => "Advertisement".to_string(),
                1 => format!("READ MORE: {}", self.other_headline()),
                _ => format!("**Related:** {}", self.other_headline()),
            };
            paras.insert(i, line);
        }
        let mut tail: Vec<String> = Vec::new();
        if st.wire && self.rng.chance(0.7) {
            tail.push(format!(
                "(Reporting by {} in {}; Editing by {})",
                self.reporter(),
                story.place.city,
                self.reporter()
            ));
        }
        if self.rng.chance(0.1) {
            let lines: &[&str] = match self.rng.below(4) {
                0 => &["Share this article"],
                1 => &[
                    "LEAVE A REPLY",
                    "Please enter your comment!",
                    "Please enter your name here",
                ],
                2 => &[
                    "Share this article",
                    "Copy link",
                    "Subscribe to our newsletter for daily updates.",
                ],
                _ => &[
                    "Follow us on X and Facebook.",
                    "LEAVE A REPLY",
                    "Please enter your comment!",
                ],
            };
            tail.extend(lines.iter().map(|s| s.to_string()));
        }
        if self.rng.chance(0.04) {
            tail.push(format!("© {py} {oname}. All rights reserved."));
        }

        // Keep the article within 10 KB.
        let tail_len: usize = tail.iter().map(|t| t.len() + 2).sum();
        let mut total = header_len + paras.iter().map(|p| p.len() + 2).sum::<usize>() + tail_len;
        while total > 10_100 && paras.len() > 2 {
            total -= paras.pop().map_or(0, |p| p.len() + 2);
        }
        for p in paras.iter().chain(tail.iter()) {
            doc.push_str(p);
            doc.push_str("\n\n");
        }
        doc.pop();
        doc
    }

    /// A quote made up for this article only (not shared across outlets).
    fn adhoc_quote(&mut self) -> String {
        let story = self.story;
        if self.adhoc >= 4 || story.adhoc_quotes.is_empty() {
            return self.colour_sentence();
        }
        self.adhoc += 1;
        let i = self.draw(8, story.adhoc_quotes.len());
        let text = story.quote_text(story.adhoc_quotes[i]);
        let n = self.story.people.len();
        let sp = self.rng.below(n);
        let lq = self.lq();
        let rq = self.rq();
        let tpl = match self.rng.below(4) {
            0 => format!("{lq}{text},{rq} {{P}} said."),
            1 => format!("{{P}} said: {lq}{text}.{rq}"),
            2 => format!("{lq}{text},{rq} {{P}} added."),
            _ => format!("{lq}{text},{rq} said {{Pn}}."),
        };
        self.sentence(
            &tpl,
            Slots {
                fact: 0,
                sp,
                sp2: (sp + 1) % n,
                quote: 0,
            },
        )
    }

    fn other_headline(&mut self) -> String {
        let t = self.rng.pick(TOPICS);
        let p = self.rng.pick(PLACES);
        let h = t
            .headlines
            .iter()
            .find(|h| !h.contains("{N}") && !h.contains("{V}") && !h.contains("{org}"))
            .unwrap_or(&"Markets steady as investors weigh outlook");
        let mut s = h
            .replace("{place}", p.country)
            .replace("{city}", p.city)
            .replace("{dem}", p.dem)
            .replace("{region}", "the region")
            .replace("{city2}", p.city);
        capitalize(&mut s);
        s
    }
}
