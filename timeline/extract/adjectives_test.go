package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The adjectives of countries whose names are several words, and the
// adjectives made from a country's longer name ("Saudi Arabian",
// "Kazakhstani"), give a titled person their country; "his Saudi
// Arabian counterpart X" is X, not Saudi Arabia.
func TestLongCountryAdjectives(t *testing.T) {
	for _, c := range []struct{ text, name, country string }{
		{"Papua New Guinean Prime Minister James Kora", "James Kora", "Papua New Guinea"},
		{"Cape Verdean President Jose Neves", "Jose Neves", "Cabo Verde"},
		{"East Timorese President Jose Horta", "Jose Horta", "Timor-Leste"},
		{"Saudi Arabian Foreign Minister Adel Amin", "Adel Amin", "Saudi Arabia"},
		{"Bahamian Prime Minister Philip Davis", "Philip Davis", "Bahamas"},
		{"Kazakhstani Foreign Minister Arman Tulegenov", "Arman Tulegenov", "Kazakhstan"},
	} {
		ents := recognise(tokenize(c.text, 0))
		if assert.Len(t, ents, 1, c.text) {
			assert.Equal(t, c.name, ents[0].Name, c.text)
			assert.Equal(t, c.country, ents[0].Country, c.text)
		}
	}
	runDatedCases(t, "", []datedCase{
		{"Saudi Arabian counterpart", "Chilean Foreign Minister Ana Cruz held talks with her Saudi Arabian counterpart Adel Amin in Lima on Friday.",
			"talks|Adel Amin,Ana Cruz|occurred|Lima 2023-03-03..2023-03-03"},
		{"Kazakhstani counterpart", "Chilean Foreign Minister Ana Cruz met her Kazakhstani counterpart Arman Tulegenov in Lima on Friday.",
			"meeting|Ana Cruz,Arman Tulegenov|occurred|Lima 2023-03-03..2023-03-03"},
	})
}

// "North and South Korea": two countries whose names share their last
// words, the first written without them; "East and West German" the same
// with adjectives. Words that make no country so are left alone.
func TestEllipticCountries(t *testing.T) {
	ents := recognise(tokenize("North and South Korea", 0))
	if assert.Len(t, ents, 2) {
		assert.Equal(t, "North Korea", ents[0].Name)
		assert.Equal(t, "South Korea", ents[1].Name)
	}
	ents = recognise(tokenize("East and West German officials", 0))
	if assert.Len(t, ents, 2) {
		assert.Equal(t, "East Germany", ents[0].Country) // the officials of East Germany
		assert.Equal(t, "Germany", ents[1].Country)
	}
	ents = recognise(tokenize("North and Central America", 0))
	for _, e := range ents {
		assert.NotEqual(t, "North Korea", e.Name)
	}
	runDatedCases(t, "", []datedCase{
		{"leaders of both", "The leaders of North and South Korea met in Seoul on Friday.",
			"meeting|North Korea,South Korea|occurred|Seoul 2023-03-03..2023-03-03"},
		{"the other order", "Officials of South and North Korea held talks in Seoul on Friday.",
			"talks|North Korea,South Korea|occurred|Seoul 2023-03-03..2023-03-03"},
		{"adjectives", "North and South Korean officials held talks in Seoul on Friday.",
			"talks|North Korea,South Korea|occurred|Seoul 2023-03-03..2023-03-03"},
		{"a summit put off", "The summit between the leaders of North and South Korea, scheduled for Friday, has been postponed.",
			"meeting|North Korea,South Korea|postponed| 2023-03-10..2023-03-10"},
	})
}

// "The foreign ministers of the 27 EU member states": a count between
// the article and the organisation leaves it the body whose members act,
// as subject and as object.
func TestCountedMembersOfABody(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"subject, digits", "The foreign ministers of the 27 EU member states will meet in Brussels on Friday.",
			"summit|European Union|planned|Brussels 2023-03-10..2023-03-10"},
		{"subject, an old body", "The leaders of the 12 European Community nations met in Brussels on Friday.",
			"summit|European Community|occurred|Brussels 2023-03-03..2023-03-03"},
		{"object", "Chilean President Pedro Salas met the foreign ministers of the 10 ASEAN countries in Santiago on Friday.",
			"meeting|ASEAN,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"},
		{"a meeting of them", "Chilean President Pedro Salas hosted a meeting of the foreign ministers of the 27 EU member states in Santiago on Friday.",
			"summit|European Union,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"},
		{"a number word", "The leaders of the ten ASEAN countries will meet in Jakarta on Friday.",
			"summit|ASEAN|planned|Jakarta 2023-03-10..2023-03-10"},
	})
}

// The press's nouns for a ruler ("strongman", "dictator", "autocrat")
// stand, after a country's adjective, as "leader" does: before a name the
// person is the party, alone the country.
func TestRulerNounsAfterAdjective(t *testing.T) {
	runCapabilities(t, []capability{
		{"strongman before a name", "Chilean President Pedro Salas met Bolivian strongman Tomas Reyes in Lima on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"dictator before a name", "Chilean President Pedro Salas hosted Bolivian dictator Tomas Reyes in Lima on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"the strongman alone", "Chilean President Pedro Salas will meet the Bolivian strongman in Lima next week.",
			[]string{"meeting|Bolivia,Pedro Salas|planned|Lima"}},
	})
}
