package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The people of a body or of countries after "leaders of", "heads of
// state of" are the object of a host's or a meeting's verb.
func TestMembersAsObject(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"met leaders of an organisation", "Salas met leaders of the African Union on Friday.",
			"meeting|African Union,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"hosted heads of state of an organisation", "Salas hosted heads of state of the Andean Community in Santiago on Friday.",
			"meeting|Andean Community,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"},
	})
}

// A summit told by its host and a region's leaders, none of them named,
// is the host's; a summit with one person and no one else named is not
// known to be diplomacy, and is no event.
func TestRegionalSummitHost(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"a summit of a region's leaders", "Salas hosted a summit of Pacific Island leaders in Santiago on Friday.",
			"summit|Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"},
		{"leaders of a region's nations", "Salas will host a summit with leaders of Caribbean nations in Santiago on Friday.",
			"summit|Pedro Salas|planned|Santiago 2023-03-10..2023-03-10"},
		{"a number of a region's states", "Salas convened a summit of leaders of 12 Central American states on Friday.",
			"summit|Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
	for _, body := range []string{
		"Salas hosted a summit in Santiago on Friday.",
		"Salas spoke at a summit on cybersecurity with business leaders on Friday.",
	} {
		assert.NotContains(t, leadBriefs(intro+body), "summit|Pedro Salas|occurred|", body)
	}
}

// A host's welcome "for a summit" is that summit: it takes the welcome's
// parties and place, and is told once.
func TestHostPurposeIsTheGathering(t *testing.T) {
	got := datedLead(intro + "Salas welcomed leaders of the Andean Community to La Moneda for a summit on Friday.")
	assert.Equal(t, []string{"summit|Andean Community,Pedro Salas|occurred|La Moneda 2023-03-03..2023-03-03"}, got,
		"one event: the welcome is not a meeting of its own")
}

// A summit, talks or meeting of a stated length whose clause says the day
// is its first or last lasts that many days; a relative clause after the
// event that says when it began or ended dates it.
func TestGatheringLength(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"began on", "Salas hosted leaders of Pacific Island nations in Santiago for a two-day summit that began on Thursday.",
			"summit|Pedro Salas|occurred|Santiago 2023-03-02..2023-03-03"},
		{"starting on", "Salas will attend a three-day summit of the African Union starting on Sunday.",
			"summit|African Union,Pedro Salas|planned| 2023-03-12..2023-03-14"},
		{"which ended on", "The two-day talks between Salas and Reyes, which ended on Friday, produced no agreement.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-03"},
		{"which began on, no length", "Talks between Salas and Reyes, which began on Friday, produced no agreement.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"no word of a bound: one day", "Salas attended a two-day summit of the African Union on Friday.",
			"summit|African Union,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
}
