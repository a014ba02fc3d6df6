package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An event told in the present as under way is the article's news, in
// any sentence: its publication day dates it (date/under-way).
func TestPresentUnderWay(t *testing.T) {
	const lead = "Foreign ministers of the Andean states met in Quito on Friday. "
	runDatedCases(t, lead, []datedCase{
		{"in a city for talks", "Chilean President Pedro Salas is in Lima for talks with Peruvian President Tomas Reyes.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06"},
		{"on a visit with its length", "Chilean President Pedro Salas is on a two-day visit to Peru.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-06..2023-03-06"},
		{"in a city on a visit", "Chilean President Pedro Salas is in Lima on an official visit.",
			"visit|Pedro Salas,Peru|occurred|Lima 2023-03-06..2023-03-06"},
		{"currently visiting", "Chilean President Pedro Salas is currently visiting Peru.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-06..2023-03-06"},
		{"holding talks", "Chilean President Pedro Salas is holding talks with Peruvian President Tomas Reyes in Lima.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06"},
		{"who is in a city", "Chilean President Pedro Salas, who is in Lima for talks with Peruvian President Tomas Reyes, said the border would reopen.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06"},
	})
}

// datedCase is a made-up sentence told after a lead, and one of the
// mentions datedLead gives for the two, with its days.
type datedCase struct{ name, body, want string }

// runDatedCases checks that each case's sentence, after lead, gives its
// mention.
func runDatedCases(t *testing.T, lead string, cases []datedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Contains(t, datedLead(lead+c.body), c.want, c.body)
		})
	}
}

// The past, another day, and the future are not under way.
func TestPresentUnderWayNot(t *testing.T) {
	const lead = "Foreign ministers of the Andean states met in Quito on Friday. "
	for _, body := range []string{
		"Chilean President Pedro Salas was in Lima for talks with Peruvian President Tomas Reyes.",
		"Chilean President Pedro Salas will be on a two-day visit to Peru.",
		"Chilean President Pedro Salas was visiting Peru.",
	} {
		for _, m := range datedLead(lead + body) {
			assert.NotContains(t, m, "2023-03-06..2023-03-06", body)
		}
	}
	assert.Contains(t, datedLead(lead+"Chilean President Pedro Salas was in Lima for talks with Peruvian President Tomas Reyes in 2019."),
		"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2019-01-01..2019-12-31", "a date of its own")
}

// A visit told in apposition to its visitor ("Salas, on his first
// official visit to Peru, also met …") is under way too: it dates what
// the sentence tells the visitor did on it.
func TestVisitInApposition(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes held talks in Lima on Monday. " +
		"Salas, on his first official visit to Peru since taking office in 2022, also met Foreign Minister Ana Cruz of Peru.")
	assert.Contains(t, got, "meeting|Ana Cruz,Pedro Salas|occurred| 2023-03-06..2023-03-06")
}

// Every leg of a tour told as under way is under way: "is on a tour of
// Peru and Ecuador".
func TestTourUnderWay(t *testing.T) {
	got := datedLead("Foreign ministers of the Andean states met in Quito on Friday. Chilean President Pedro Salas is on a tour of Peru and Ecuador.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|occurred| 2023-03-06..2023-03-06")
	assert.Contains(t, got, "visit|Ecuador,Pedro Salas|occurred| 2023-03-06..2023-03-06")
}
