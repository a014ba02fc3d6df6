package extract

import "testing"

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
