package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
