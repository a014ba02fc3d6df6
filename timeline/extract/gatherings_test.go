package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A gathering told by an event noun after "the sidelines of" is one
// others meet aside of: multilateral, a summit (kind/sidelines-gathering),
// of the people of the event held on its sidelines and those named with
// it, on that event's day. The event on the sidelines stays an event of
// its own.
func TestGatheringOnWhoseSidelines(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Chilean Foreign Minister Ana Cruz and her Peruvian counterpart Rosa Vega met in Lima on Saturday on the sidelines of a trilateral foreign ministers' meeting with Bolivia.",
			[]string{"meeting|Ana Cruz,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04", "summit|Ana Cruz,Bolivia,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04"}},
		{"Chilean Foreign Minister Ana Cruz met Peruvian Foreign Minister Rosa Vega in Lima on Saturday on the sidelines of a meeting of Andean Community foreign ministers.",
			[]string{"meeting|Ana Cruz,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04", "summit|Ana Cruz,Andean Community,Rosa Vega|occurred|Lima 2023-03-04..2023-03-04"}},
		{"Chilean Foreign Minister Ana Cruz will meet Peruvian Foreign Minister Rosa Vega on Friday on the margins of a regional meeting with Bolivia and Ecuador.",
			[]string{"meeting|Ana Cruz,Rosa Vega|planned| 2023-03-10..2023-03-10", "summit|Ana Cruz,Bolivia,Ecuador,Rosa Vega|planned| 2023-03-10..2023-03-10"}},
	} {
		assert.ElementsMatch(t, c.want, datedLead(c.body), c.body)
	}
	// A meeting that is no gathering's sidelines keeps its kind.
	assert.Equal(t, []string{"meeting|Ana Cruz,Bolivia|occurred|Lima 2023-03-04..2023-03-04"},
		datedLead("Chilean Foreign Minister Ana Cruz attended a meeting with Bolivia in Lima on Saturday."))
}
