package extract

import "testing"

// A session's name is read whole. A gathering noun before an event noun
// is its modifier ("Ministerial Meeting"), and a hyphened pair of the two
// parties' countries that opens the name makes the session bilateral, a
// meeting; a named format before the name is the session's owner, one
// session with the format's members. The lead is dated Monday 6 March
// 2023.
func TestSessionNamesReadWhole(t *testing.T) {
	runLeadCases(t, []leadCase{
		{"a bilateral ministerial meeting",
			"Chilean Foreign Minister Pedro Salas held the first Chile-Peru Foreign and Defense Ministerial Meeting with Peruvian Foreign Minister Rosa Vega in Lima on Saturday.",
			[]string{"meeting|Pedro Salas,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04"},
			[]string{"summit|Pedro Salas|occurred|Lima 2023-03-06..2023-03-06"}},
		{"a pair of adjectives",
			"Chilean Foreign Minister Pedro Salas co-chaired the Chilean-Peruvian Ministerial Meeting with Peruvian Foreign Minister Rosa Vega in Lima on Saturday.",
			[]string{"meeting|Pedro Salas,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04"}, nil},
		{"a format's ministerial meeting",
			"Chilean Foreign Minister Pedro Salas will attend the Quad Foreign Ministerial Meeting in Melbourne on Friday.",
			[]string{"summit|Australia,India,Japan,Pedro Salas,United States|planned|Melbourne 2023-03-10..2023-03-10"},
			[]string{"summit|Pedro Salas|planned|Melbourne 2023-03-10..2023-03-10"}},
		{"an organisation's summit named in capitals",
			"The Extraordinary Summit of the African Union on terrorism will take place in Malabo on 27 May.",
			[]string{"summit|African Union|planned|Malabo 2023-05-27..2023-05-27"}, nil},
		{"a ministerial meeting of many stays a summit",
			"Chilean Foreign Minister Pedro Salas attended the Andean Foreign Ministerial Meeting in Quito on Saturday.",
			[]string{"summit|Pedro Salas|occurred|Quito 2023-03-04..2023-03-04"}, nil},
	})
}
