package extract

import "testing"

// Wire copy names people first and gives their offices in apposition,
// also for both subjects of one verb: each person is a party, with the
// office's country.
func TestOfficesInAppositionOfTwoSubjects(t *testing.T) {
	runCapabilities(t, []capability{
		{"name, the office,", "Lars Dahl, the Norwegian foreign minister, met Salas in Oslo.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|Oslo"}},
		{"two names each with an office", "Lars Dahl, the Norwegian foreign minister, and Ana Cruz, Spain's foreign minister, met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
		{"office after the first name only", "Lars Dahl, the Norwegian foreign minister, and Spanish Foreign Minister Ana Cruz met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
		{"office after the second name only", "Norwegian Foreign Minister Lars Dahl and Ana Cruz, Spain's foreign minister, met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
		{"offices before the names", "Norway's foreign minister, Lars Dahl, and Spain's foreign minister, Ana Cruz, met in Oslo.",
			[]string{"meeting|Ana Cruz,Lars Dahl|occurred|Oslo"}},
	})
}

// An aside after the event's noun phrase (", planned for Friday,") does
// not hide its predicate: the event called off is cancelled, the one
// put off postponed.
func TestStatusAfterAnAside(t *testing.T) {
	runCapabilities(t, []capability{
		{"called off", "Talks between Salas and Reyes, planned for Friday, were called off.",
			[]string{"talks|Pedro Salas,Tomas Reyes|cancelled|"}},
		{"scrapped", "A summit between Salas and Reyes, planned for next week in Lima, was scrapped.",
			[]string{"summit|Pedro Salas,Tomas Reyes|cancelled|Lima"}},
		{"put off", "A meeting between Salas and Reyes, scheduled for Monday, has been postponed.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|postponed|"}},
		{"an aside alone is the plan", "A meeting between Salas and Reyes, planned for next week, will focus on trade.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"no status after the aside", "A meeting between Salas and Reyes, the first since 2019, took place on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// Meals and hosting are in-person meetings; touching down is arriving.
func TestMealsHostsAndArrivals(t *testing.T) {
	runCapabilities(t, []capability{
		{"had lunch with", "Salas had lunch with Reyes on Tuesday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a working dinner", "Salas will hold a working dinner with Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|Lima"}},
		{"a state dinner for", "Salas hosted a state dinner for Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"over dinner", "Salas and Reyes discussed the border over dinner.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"played host to", "Salas played host to Reyes at La Moneda.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"touched down in", "Salas touched down in Lima on Monday.", []string{"visit|Pedro Salas,Peru|occurred|Lima"}},
		{"a dinner with no one of a state", "Salas attended a dinner with business leaders.", nil},
	})
}
