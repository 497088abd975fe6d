//! Places as a resume's job header writes them after a title or a company: a city, then a
//! state's or province's code (`Austin, TX`, `Toronto, ON`) or a country (`London, UK`,
//! `Berlin, Germany`).
//!
//! A header line often sets the city after the title or the company with a space alone
//! (`Initech Austin, TX`, as a PDF copies a right-aligned place). Without a list of every city,
//! the city is told by its place in the line: the capitalised words right before the code or
//! country — one word, or two or three when they read as one city's name (`San Francisco`,
//! `Salt Lake City`, `Mountain View`). [`crate::layout::HeaderParts`] uses these tests.

/// The codes of the United States' states and Canada's provinces, which follow a city in a
/// resume's place (`San Francisco, CA`, `Toronto, ON`).
const REGION_CODES: &[&str] = &[
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA",
    "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY", "AB", "BC", "MB", "NB", "NL", "NS",
    "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];

/// Countries a resume commonly names after a city (`London, UK`), as written there.
const COUNTRIES: &[&str] = &[
    "UK",
    "U.K.",
    "USA",
    "U.S.A.",
    "US",
    "U.S.",
    "United Kingdom",
    "United States",
    "England",
    "Scotland",
    "Ireland",
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Colombia",
    "Germany",
    "France",
    "Spain",
    "Portugal",
    "Italy",
    "Netherlands",
    "The Netherlands",
    "Belgium",
    "Switzerland",
    "Austria",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Poland",
    "Czech Republic",
    "Czechia",
    "Estonia",
    "Romania",
    "Ukraine",
    "Greece",
    "Turkey",
    "Israel",
    "UAE",
    "India",
    "Pakistan",
    "China",
    "Japan",
    "Korea",
    "South Korea",
    "Singapore",
    "Vietnam",
    "Indonesia",
    "Philippines",
    "Australia",
    "New Zealand",
    "South Africa",
    "Nigeria",
    "Kenya",
    "Egypt",
];

/// Words that start a city's name of two or three words (`San Francisco`, `Salt Lake City`).
const CITY_FIRST_WORDS: &[&str] = &[
    "Abu", "Ann", "Baton", "Boca", "Buenos", "Cape", "Carson", "Cedar", "Chapel", "College", "Colorado", "Corpus",
    "Culver", "Daly", "Des", "El", "Fort", "Foster", "Ft.", "Grand", "Half", "Ho", "Hong", "Jersey", "Kansas", "Kuala",
    "La", "Lake", "Las", "Long", "Los", "Menlo", "Mexico", "Mountain", "New", "Oklahoma", "Overland", "Palm", "Palo",
    "Redwood", "Rio", "Round", "Saint", "Salt", "San", "Santa", "Sao", "São", "Sioux", "St", "St.", "Tel", "Thousand",
    "Virginia", "Walnut",
];

/// Words that end a city's name of two words (`Mountain View`, `Jersey City`, `Menlo Park`).
const CITY_LAST_WORDS: &[&str] = &[
    "Bay", "Beach", "City", "Creek", "Falls", "Heights", "Hills", "Park", "Rapids", "Springs", "View",
];

/// Words that end a company's name, never a city's (`Acme Corp, UK` names no city).
const COMPANY_WORDS: &[&str] = &[
    "AG",
    "AI",
    "Analytics",
    "Bank",
    "Capital",
    "Cloud",
    "Co",
    "Co.",
    "Company",
    "Consulting",
    "Corp",
    "Corp.",
    "Corporation",
    "Data",
    "Digital",
    "Games",
    "GmbH",
    "Group",
    "Health",
    "Holdings",
    "Inc",
    "Inc.",
    "Labs",
    "LLC",
    "LLP",
    "Ltd",
    "Ltd.",
    "Limited",
    "Media",
    "Networks",
    "Partners",
    "Payments",
    "PLC",
    "Robotics",
    "SA",
    "Security",
    "Services",
    "Software",
    "Solutions",
    "Studio",
    "Studios",
    "Systems",
    "Technologies",
    "Technology",
];

/// Most words of a city set after a title or a company with a space alone (`Salt Lake City`).
pub const MAX_CITY_WORDS: usize = 3;

/// Whether a header segment is a state's or province's code alone (see [`REGION_CODES`]).
fn is_region_code(segment: &str) -> bool {
    REGION_CODES.contains(&segment)
}

/// Whether a header segment is what follows a city: a state's or province's code or a common
/// country (`TX`, `UK`, `Germany`).
pub fn follows_city(segment: &str) -> bool {
    is_region_code(segment) || COUNTRIES.iter().any(|c| c.eq_ignore_ascii_case(segment))
}

/// How many of `words`' last words name a city (`Austin`, `San Francisco`, `Salt Lake City`):
/// the last word alone, with the word before it when the two read as one city's name, and so
/// on up to [`MAX_CITY_WORDS`]. None when the last word is a company's (`Corp`) or a word is
/// not capitalised.
pub fn trailing_city_words(words: &[&str]) -> Option<usize> {
    let last = words.last()?;
    if COMPANY_WORDS.contains(last) || !capitalised(last) {
        return None;
    }
    let mut count = 1;
    while count < MAX_CITY_WORDS && count < words.len() {
        let before = words[words.len() - count - 1];
        let first = words[words.len() - count];
        let joins = CITY_FIRST_WORDS.contains(&before) || (count == 1 && CITY_LAST_WORDS.contains(&first));
        if !joins || !capitalised(before) {
            break;
        }
        count += 1;
    }
    Some(count)
}

/// Whether a word ends a company's name, never a person's or a city's (`Corp`, `Labs`, `GmbH`).
pub fn is_company_word(word: &str) -> bool {
    COMPANY_WORDS.contains(&word)
}

/// Whether a word starts with a capital letter.
fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(segment: &str) -> Option<String> {
        let words: Vec<&str> = segment.split_whitespace().collect();
        trailing_city_words(&words).map(|n| words[words.len() - n..].join(" "))
    }

    #[test]
    fn a_city_is_the_last_word_or_a_known_shape_of_several() {
        assert_eq!(city("Initech Austin").as_deref(), Some("Austin"));
        assert_eq!(city("Acme Robotics Boston").as_deref(), Some("Boston"));
        assert_eq!(city("Acme Corp San Francisco").as_deref(), Some("San Francisco"));
        assert_eq!(city("Hooli Salt Lake City").as_deref(), Some("Salt Lake City"));
        assert_eq!(city("Google Mountain View").as_deref(), Some("Mountain View"));
        assert_eq!(city("Initech New York").as_deref(), Some("New York"));
    }

    #[test]
    fn a_company_word_or_a_lower_case_word_is_no_city() {
        assert_eq!(city("Acme Corp"), None);
        assert_eq!(city("Globex Labs"), None);
        assert_eq!(city("Initech austin"), None);
    }

    #[test]
    fn codes_and_countries_follow_a_city() {
        for segment in ["TX", "ON", "UK", "Germany", "germany", "United Kingdom"] {
            assert!(follows_city(segment), "{segment}");
        }
        for segment in ["Tx", "Acme", "Remote", "XX"] {
            assert!(!follows_city(segment), "{segment}");
        }
    }
}
