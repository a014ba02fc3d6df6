package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An event told only on a condition (a modal of conditional-modals with
// "if" or "unless" after it) or as possible ("is possible") is no
// announced event; one told with "will", a modal alone, or "would" in
// reported speech is a plan.
func TestConditionalEventsAreNotPlans(t *testing.T) {
	for _, body := range []string{
		"Officials said a summit between Chilean President Pedro Salas and Peruvian President Tomas Reyes could be held later this year if the talks succeed.",
		"A meeting between Chilean President Pedro Salas and Peruvian President Tomas Reyes is possible next month.",
		"Chilean President Pedro Salas would meet Peruvian President Tomas Reyes in Lima if the talks succeed.",
		"Chilean President Pedro Salas might travel to Lima next week unless the strike goes on.",
		"A summit of Chilean President Pedro Salas and Peruvian President Tomas Reyes would follow in Lima unless talks fail.",
	} {
		assert.Empty(t, datedLead(body), body)
	}
	runDatedCases(t, "", []datedCase{
		{"will", "Chilean President Pedro Salas will visit Peru next month, officials said.",
			"visit|Pedro Salas,Peru|planned| 2023-04-01..2023-04-30"},
		{"likely, two subjects", "Chilean President Pedro Salas and Peruvian President Tomas Reyes are likely to meet in Lima next week.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-13..2023-03-19"},
		{"a modal alone", "Chilean President Pedro Salas could visit Peru next month, officials said.",
			"visit|Pedro Salas,Peru|planned| 2023-04-01..2023-04-30"},
		{"would, reported", "Chilean President Pedro Salas said he would meet Peruvian President Tomas Reyes in Lima next week.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-13..2023-03-19"},
		{"May, the month", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes in May in Lima if possible.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-05-01..2023-05-31"},
		{"a modal in another clause", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Friday, and a trade deal could follow if prices fall.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
	})
}
