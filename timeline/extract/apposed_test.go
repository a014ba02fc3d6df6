package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A singular side noun right before a full name titles that person with
// the side's country: "Chinese diplomat Li Wen" is Li Wen of China, a
// party a meeting can be kept with.
func TestApposedRoleNounTitlesThePerson(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"diplomat", "Chilean Foreign Minister Ana Cruz met Chinese diplomat Li Wen in Lima on Friday.",
			"meeting|Ana Cruz,Li Wen|occurred|Lima 2023-03-03..2023-03-03"},
		{"top diplomat after a possessive", "Chilean Foreign Minister Ana Cruz met China's top diplomat Li Wen in Lima on Friday.",
			"meeting|Ana Cruz,Li Wen|occurred|Lima 2023-03-03..2023-03-03"},
		{"organisation's envoy", "Chilean President Pedro Salas received the UN envoy Maria Lopez in Santiago on Tuesday.",
			"meeting|Maria Lopez,Pedro Salas|occurred|Santiago 2023-02-28..2023-02-28"},
		{"negotiator", "Peruvian negotiator Luis Vega held talks with Chilean President Pedro Salas on Friday.",
			"talks|Luis Vega,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"official", "Chilean President Pedro Salas spoke by phone with US official John Reed on Friday.",
			"call|John Reed,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
	// The person keeps the side's country.
	var countries []string
	for _, m := range Extract(story("", "Chilean Foreign Minister Ana Cruz met Chinese diplomat Li Wen in Lima on Friday.")) {
		for _, p := range m.Participants {
			countries = append(countries, p.Name+"/"+p.Country)
		}
	}
	assert.Contains(t, countries, "Li Wen/China")
	// A side noun with no name after it stays a side.
	assert.Contains(t, datedLead("Chilean President Pedro Salas met the Chinese envoy in Lima on Friday."),
		"meeting|China,Pedro Salas|occurred|Lima 2023-03-03..2023-03-03")
}

// Country adjectives joined by "and" or commas share the office noun of
// the last: "the Chilean and Peruvian presidents" are two presidents.
func TestCountryAdjectivesShareAnOfficeNoun(t *testing.T) {
	runCapabilities(t, []capability{
		{"two presidents met", "The Chilean and Peruvian presidents met in Lima on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"two leaders spoke", "The Chilean and Peruvian leaders spoke by telephone on Monday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"three presidents", "The Colombian, Chilean and Peruvian presidents met in Lima on Monday.",
			[]string{"meeting|Colombia,Pedro Salas,Tomas Reyes|occurred|Lima"}}, // (no Colombian president is named)
	})
	// Each adjective takes the office with its own country.
	ents := recognise(tokenize("The Chilean and Peruvian foreign ministers met.", 0))
	var got []string
	for _, e := range ents {
		got = append(got, e.Role+"/"+e.Country)
	}
	assert.Equal(t, []string{"Foreign Minister/Chile", "Foreign Minister/Peru"}, got)
	// A name that is no adjective keeps its own reading.
	ents = recognise(tokenize("Chile and Peruvian officials met.", 0))
	assert.Equal(t, entCountry, ents[0].Kind)
	// Headlines share the noun between names: each leader meets.
	got = nil
	for _, m := range Extract(story("Chile, Peru leaders to meet in Lima", "Chilean President Pedro Salas will travel to Lima on Friday, his office said. Peruvian President Tomas Reyes welcomed the visit.")) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Lima")
	// A possessive keeps the office to its own country.
	ents = recognise(tokenize("Chile and Peru's president met.", 0))
	assert.Equal(t, entCountry, ents[0].Kind)
	// A hyphened pair shares it too: both countries' ministers met.
	ents = recognise(tokenize("Chile-Peru Foreign Ministers' Meeting", 0))
	got = nil
	for _, e := range ents {
		got = append(got, e.Role+"/"+e.Country)
	}
	assert.Equal(t, []string{"Foreign Minister/Chile", "Foreign Minister/Peru"}, got)
	got = datedBriefs(story("Chile-Peru Foreign Ministers' Meeting",
		"On March 3, Ms. Ana Cruz, Minister for Foreign Affairs of Chile, held a Foreign Ministers' Meeting with Mr. Luis Vega, Secretary of Foreign Affairs of the Republic of Peru, in Lima."))
	assert.Contains(t, got, "meeting|Ana Cruz,Luis Vega|occurred|Lima 2023-03-03..2023-03-03")
	for _, m := range got {
		assert.True(t, strings.HasPrefix(m, "meeting|Ana Cruz,Luis Vega|occurred|") && strings.HasSuffix(m, " 2023-03-03..2023-03-03"), "the headline's meeting is the lead's: %s", m)
	}
}

// "Secretary of Foreign Affairs", as the Philippines and Mexico title
// their foreign minister, is the foreign minister's office.
func TestSecretaryOfForeignAffairs(t *testing.T) {
	for _, text := range []string{
		"Luis Vega, Secretary of Foreign Affairs of the Republic of Peru",
		"Peruvian Secretary of Foreign Affairs Luis Vega",
	} {
		ents := recognise(tokenize(text, 0))
		if assert.NotEmpty(t, ents, text) {
			assert.Equal(t, "Foreign Minister", ents[0].Role, text)
			assert.Equal(t, "Peru", ents[0].Country, text)
		}
	}
}

// Foreign ministers named by their portfolio: "Minister of External
// Affairs", "Minister of External Relations", and a portfolio with a
// second part before "of" and the country.
func TestForeignMinisterPortfolios(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"external affairs", "The Foreign Minister of Chile held talks with the Minister of External Affairs of Peru in Lima on Friday.",
			"talks|Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
		{"external relations, named", "Chilean President Pedro Salas met Angolan Minister of External Relations Joao Neto in Luanda on Friday.",
			"meeting|Joao Neto,Pedro Salas|occurred|Luanda 2023-03-03..2023-03-03"},
		{"a second part of the portfolio", "Chilean President Pedro Salas met the Minister of Foreign Affairs and International Cooperation of Italy in Rome on Friday.",
			"meeting|Italy,Pedro Salas|occurred|Rome 2023-03-03..2023-03-03"},
		{"a second part, then the name", "Chilean President Pedro Salas met the Minister of Foreign Affairs and Trade of Hungary Peter Szabo in Budapest on Friday.",
			"meeting|Pedro Salas,Peter Szabo|occurred|Budapest 2023-03-03..2023-03-03"},
	})
	// The role is the foreign minister's.
	ents := recognise(tokenize("the Minister of Foreign Affairs and Trade of Hungary Peter Szabo", 0))
	if assert.Len(t, ents, 1) {
		assert.Equal(t, "Foreign Minister/Hungary/Peter Szabo", ents[0].Role+"/"+ents[0].Country+"/"+ents[0].Name)
	}
}

// A title in the plural titles each of the names after it, however short:
// "Presidents Salas and Reyes", "Prime Ministers Cruz, Vega and Paz".
func TestPluralTitleSharedByNames(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"two surnames", "Presidents Salas and Reyes will meet in Lima on March 20.",
			"meeting|Reyes,Salas|planned|Lima 2023-03-20..2023-03-20"},
		{"two full names", "Presidents Pedro Salas and Tomas Reyes will meet in Lima on March 20.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-20..2023-03-20"},
		{"a list", "Foreign Ministers Cruz, Vega and Paz met in Lima on Friday.",
			"meeting|Cruz,Paz,Vega|occurred|Lima 2023-03-03..2023-03-03"},
		{"their summit", "Prime Ministers Cruz and Vega held their first annual summit in Lima on Friday.",
			"meeting|Cruz,Vega|occurred|Lima 2023-03-03..2023-03-03"},
	})
	// A singular title titles only the name right after it.
	for _, m := range datedLead("President Salas and Reyes met in Lima on Friday.") {
		assert.NotContains(t, m, "Reyes", m)
	}
	// Each keeps the office.
	ents := recognise(tokenize("Presidents Salas and Reyes met.", 0))
	if assert.Len(t, ents, 2) {
		assert.Equal(t, "President", ents[1].Role)
	}
}

// A counterpart in apposition after a name, owned by a possessive ("met
// Tomas Reyes, his Peruvian counterpart,") is that person's office, as
// "Tomas Reyes, the Peruvian president," is: one party, of that country,
// and a list may go on after it.
func TestCounterpartInApposition(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"object", "Chilean President Pedro Salas met Tomas Reyes, his Peruvian counterpart, in Lima on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		{"after with", "Chilean Foreign Minister Ana Cruz held talks with Rosa Vega, her Peruvian counterpart, on Friday.",
			"talks|Ana Cruz,Rosa Vega|occurred| 2023-03-03..2023-03-03"},
		{"a list goes on", "Chilean President Pedro Salas met Tomas Reyes, his Peruvian counterpart, and Luis Arce, the Bolivian president, in Lima on Friday.",
			"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
	// One event, with no side for the counterpart's country.
	got := datedLead("Chilean President Pedro Salas met Tomas Reyes, his Peruvian counterpart, in Lima on Friday.")
	assert.Len(t, got, 1, got)
	// The person takes the country.
	var countries []string
	for _, m := range Extract(story("", "Chilean Foreign Minister Ana Cruz held talks with Rosa Vega, her Peruvian counterpart, on Friday.")) {
		for _, p := range m.Participants {
			countries = append(countries, p.Name+"/"+p.Country)
		}
	}
	assert.Contains(t, countries, "Rosa Vega/Peru")
	// The counterpart named before the name reads as before.
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		datedLead("Chilean President Pedro Salas met his Peruvian counterpart, Tomas Reyes, in Lima on Friday."))
}

// Names in apposition after as many offices of countries after "with"
// ("with his Peruvian and Bolivian counterparts, Tomas Reyes and Luis
// Arce,") are those people, each of the country in its place: two
// parties, not four.
func TestApposedNamesAfterWith(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas held phone talks with his Peruvian and Bolivian counterparts, Tomas Reyes and Luis Arce, on Friday.")
	assert.ElementsMatch(t, []string{"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03", "call|Luis Arce,Pedro Salas|occurred| 2023-03-03..2023-03-03"}, got)
}

// Two countries' possessives joined by "and" share the office noun of the
// second: "Peru's and Chile's presidents" are the president of each.
func TestPossessiveCountriesShareAnOffice(t *testing.T) {
	runCapabilities(t, []capability{
		{"two presidents", "Peru's and Chile's presidents met in Lima on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
	ents := recognise(tokenize("Peru's and Chile's foreign ministers met.", 0))
	var got []string
	for _, e := range ents {
		got = append(got, e.Role+"/"+e.Country)
	}
	assert.Equal(t, []string{"Foreign Minister/Peru", "Foreign Minister/Chile"}, got)
}

// A sentence whose subject is a name that an office opens, set off by
// commas ("The head of Chilean diplomacy, Marta Diaz, will …"), has that
// person as the subject a later pronoun of the sentence stands for.
func TestOfficeOpenedSubjectIsThePronounsPerson(t *testing.T) {
	runCapabilities(t, []capability{
		{"where she will meet", "The head of Chilean diplomacy, Marta Diaz, will travel next week to Peru, where she will meet Peruvian Foreign Minister Rosa Vega.",
			[]string{"meeting|Marta Diaz,Rosa Vega|planned|"}},
		{"a second clause", "The head of Chilean diplomacy, Marta Diaz, arrived in Lima on Monday and she met Peruvian Foreign Minister Rosa Vega there.",
			[]string{"meeting|Marta Diaz,Rosa Vega|occurred|Lima"}},
	})
}

// An office of a country in apposition to the first of two people joined
// by "and" is that person's when the second is named with a title of
// their own: "X, President of Chile, and President Y of Peru" are two.
func TestOfficeInAppositionBeforeATitledSecond(t *testing.T) {
	runCapabilities(t, []capability{
		{"titled second", "Pedro Salas, President of Chile, and President Tomas Reyes of Peru discussed the border during a phone call on Monday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"an honorific before the first", "Sheikh Khalid Salem, President of Qatar, and President Tomas Reyes of Peru discussed trade during a phone call on Monday.",
			[]string{"call|Khalid Salem,Tomas Reyes|occurred|"}},
	})
}
