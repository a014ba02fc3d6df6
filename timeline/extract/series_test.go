package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// "Their previous conversation took place on November 3", "their last
// phone call was on 3 February", "their previous meeting was held in Quito
// on 29 January": an earlier event of the series, with a date of its own
// after a verb of happening or a copula, is another event of the same
// parties; a conversation so told after a call is a call, unless a place
// says it was held there.
func TestEarlierOfASeries(t *testing.T) {
	const lead = "Chilean President Pedro Salas and Peruvian President Tomas Reyes discussed the border in a telephone conversation on Friday. "
	runDatedCases(t, lead, []datedCase{
		{"took place", "Their previous conversation took place on February 3.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-02-03..2023-02-03"},
		{"was on", "Their last phone call was on February 3.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-02-03..2023-02-03"},
		{"was held in a place", "Their previous meeting was held in Quito on January 29.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2023-01-29..2023-01-29"},
		{"talks held in a place", "They followed up on the talks held in Lima on January 29.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-01-29..2023-01-29"},
	})
	got := datedLead(lead + "Their last conversation was frank, officials said on Saturday.")
	assert.Len(t, got, 1, "a copula and no date: the same call")
}
