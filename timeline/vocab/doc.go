// Package vocab is the diplomatic vocabulary that every stage of dateline
// reads: countries and their cities, organisations, offices, the phrases
// that report events, named formats, news agencies, the spellings of
// names, and the closed word classes the extraction rules use.
//
// The vocabulary is data, not code. Each concept is one table in data/, a
// tab-separated file whose "#" header says what a row means and what its
// columns hold; list cells separate their items with "|". A linguist adds
// a row without reading Go:
//
//	data/countries.tsv      countries: name, ISO codes, capital, names, adjectives
//	data/cities.tsv         cities, venues and areas, with their country and variant spellings
//	data/regions.tsv        states, nations and territories that datelines name
//	data/organisations.tsv  international organisations and their forms
//	data/offices.tsv        offices, the titles that name them, and their flags
//	data/role-nouns.tsv     "officials", "leader": a country's side or head
//	data/handles.tsv        social-media handles of offices ("potus")
//	data/triggers.tsv       phrases that report an event, with kind and frame
//	data/statuses.tsv       cues of a cancelled, postponed or planned event
//	data/formats.tsv        named formats: kind, parties and forms
//	data/agencies.tsv       news agencies of datelines
//	data/nicknames.tsv      short given names ("bill" → "william")
//	data/name-spellings.tsv transliteration variants ("skiy" → "sky")
//	data/wordsets.tsv       named word sets, one per rule (vocab.Set("negations"))
//
// Each concept is defined once. Extraction builds its phrase tables from
// these rows; the dateline reader, name matching (package names) and the
// merger look places and countries up here too, so that "Ivory Coast" and
// "Côte d'Ivoire" are one country everywhere and a meeting in Gomel is in
// Belarus for every stage.
//
// The tables are read once, when the package is initialised. A malformed
// row (a missing cell, an unknown flag, a word set a rule asks for that
// the table lacks) panics then, naming the file and line: it cannot reach
// a user, and go test finds it. The tests of this package check that the
// tables agree with each other: no form names two countries, every
// capital is a city, every format's parties are known, and so on.
//
// Lookups ignore case and cost one map access: CountryOf("u.s."),
// PlaceOf("Kiev") (Kyiv's row), CityCountry("Gomel"), RegionOf("Ill."),
// OrganisationOf("European Union"), AgencyOf("Reuters"). The rows
// themselves come from Countries, Places, Offices, Triggers, Formats and
// the like, for the packages that compile them into their own tables.
package vocab
