package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A verb's object may be a country's officials or its delegation, named by
// the country's adjective: the country is the party, or the person said
// to lead the delegation. Officials of the subject's own country meet at
// home, which is no diplomacy.
func TestDelegationObjects(t *testing.T) {
	runCapabilities(t, []capability{
		{"a delegation", "Salas received a Bolivian delegation on Monday.",
			[]string{"meeting|Bolivia,Pedro Salas|occurred|"}},
		{"the delegation", "Reyes met the Ecuadorian delegation in Lima.",
			[]string{"meeting|Ecuador,Tomas Reyes|occurred|Lima"}},
		{"officials", "Salas met Bolivian officials in Santiago on Monday.",
			[]string{"meeting|Bolivia,Pedro Salas|occurred|Santiago"}},
		{"the delegation's head", "Reyes hosted a Bolivian delegation headed by Foreign Minister Ana Rojas.",
			[]string{"meeting|Ana Rojas,Tomas Reyes|occurred|"}},
		{"from a country, as before", "Salas received a delegation from Bolivia on Monday.",
			[]string{"meeting|Bolivia,Pedro Salas|occurred|"}},
		{"officials of home", "Salas met Chilean officials on Monday.", nil},
		{"a home delegation", "Reyes met the Peruvian delegation before the talks.", nil},
		{"no officials", "Salas met Bolivian students on Monday.", nil},
	})
}

// People named in apposition after as many offices of countries ("his
// Bolivian and Ecuadorian counterparts, Luis Arce and Luis Mora,") are
// those offices' holders, in order: two people, not two countries and two
// people.
func TestApposedNamesOfCounterparts(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas met his Bolivian and Ecuadorian counterparts, Luis Arce and Luis Mora, in Santiago on Friday.")
	assert.Equal(t, []string{"meeting|Luis Arce,Luis Mora,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"}, got)
	for _, m := range Extract(story("", "Chilean President Pedro Salas met his Bolivian and Ecuadorian counterparts, Luis Arce and Luis Mora, in Santiago on Friday.")) {
		for _, p := range m.Participants {
			if p.Name == "Luis Mora" {
				assert.Equal(t, "Ecuador", p.Country, "in order")
			}
		}
	}
}

// Both heads of delegation in one sentence: the second in a clause whose
// verb is left out, or both after a plural of delegations.
func TestBothHeadsOfDelegation(t *testing.T) {
	const held = "Political consultations between Chile and Ecuador took place in Quito on Friday. "
	runDatedCases(t, "", []datedCase{
		{"gapped second", held + "The Chilean delegation was headed by Deputy Foreign Minister Ana Cruz, and the Ecuadorean side by Vice Minister Rosa Vega.",
			"talks|Ana Cruz,Rosa Vega|occurred|Quito 2023-03-03..2023-03-03"},
		{"plural of delegations", held + "The delegations were headed by Deputy Foreign Minister Ana Cruz of Chile and Vice Minister Rosa Vega of Ecuador.",
			"talks|Ana Cruz,Rosa Vega|occurred|Quito 2023-03-03..2023-03-03"},
		{"one sentence each", held + "The Chilean delegation was headed by Deputy Foreign Minister Ana Cruz. The Ecuadorean delegation was led by Vice Minister Rosa Vega.",
			"talks|Ana Cruz,Rosa Vega|occurred|Quito 2023-03-03..2023-03-03"},
	})
}

// "The talks were led by A, …, and her counterpart, B": the two heads take
// the place of the countries the talks were told with, a head of no
// country known the one the other is not of.
func TestEventLedBy(t *testing.T) {
	const held = "Political consultations between Chile and Ecuador took place in Quito on Friday. "
	runDatedCases(t, "", []datedCase{
		{"led by two, with appositions", held + "The consultations were led by Ana Cruz, director general for South American affairs at the foreign ministry, and her Ecuadorean counterpart, Rosa Vega.",
			"talks|Ana Cruz,Rosa Vega|occurred|Quito 2023-03-03..2023-03-03"},
	})
	ms := Extract(story("", held+"The consultations were led by Ana Cruz, director general for South American affairs at the foreign ministry, and her Ecuadorean counterpart, Rosa Vega."))
	require.NotEmpty(t, ms)
	for _, p := range ms[0].Participants {
		if p.Name == "Ana Cruz" {
			assert.Equal(t, "Chile", p.Country, "the side the other head is not of")
		}
	}
}

// Wire abbreviations of country names: "S. Korea", "N. Korean".
func TestWireCountryAbbreviations(t *testing.T) {
	ms := Extract(story("S. Korea, Japan hold security talks", "South Korea and Japan held security talks in Seoul on Friday."))
	var got []string
	for _, m := range ms {
		got = append(got, brief(m))
	}
	assert.NotContains(t, strings.Join(got, "\n"), "S. Korea")
	assert.Contains(t, got, "talks|Japan,South Korea|occurred|")
}
