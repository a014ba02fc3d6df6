package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// capability is one class of English the extraction must read, with
// made-up sentences (after intro) and the mentions of the last one, as
// brief writes them.
type capability struct {
	name, body string
	want       []string
}

func runCapabilities(t *testing.T, cases []capability) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentionsOf(t, c.body), c.body)
		})
	}
}

// Offices named in apposition, honorifics and ranks: the person is the
// participant, with the office's country, not the country of the posting.
func TestOfficesAndHonorifics(t *testing.T) {
	runCapabilities(t, []capability{
		{"envoy in apposition", "Salas met with the Norwegian Ambassador to Chile, His Excellency Lars Dahl, at the palace.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|"}},
		{"high commissioner with a rank", "Kenya's High Commissioner to Chile, Maj. Gen. Otieno Mwangi, met with Salas today.",
			[]string{"meeting|Otieno Mwangi,Pedro Salas|occurred|"}},
		{"courtesy honorific", "Salas received H.E. Lars Dahl, the Norwegian envoy.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|"}},
		{"federal councillor", "Federal Councillor Anna Weber met Salas in Bern.",
			[]string{"meeting|Anna Weber,Pedro Salas|occurred|Bern"}},
		{"state secretary", "State Secretary Anna Weber held talks with Reyes in Lima.",
			[]string{"talks|Anna Weber,Tomas Reyes|occurred|Lima"}},
		{"an office without a name", "Salas met the Norwegian Ambassador, who arrived on Monday.",
			[]string{"meeting|Norway,Pedro Salas|occurred|"}},
	})
}

// A meeting held at a distance is a call (GUIDE: "call: … videoconference,
// virtual meeting held remotely"); one in person stays a meeting.
func TestRemoteMeetingsAreCalls(t *testing.T) {
	runCapabilities(t, []capability{
		{"virtual meeting", "Salas held a virtual meeting with Reyes on Tuesday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"met virtually", "Salas and Reyes met virtually.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"meeting by video link", "Salas had a meeting with Reyes by video link.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"meeting online", "Salas will meet Reyes online next week.", []string{"call|Pedro Salas,Tomas Reyes|planned|"}},
		{"in person", "Salas met Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a cue of another clause", "Salas met Reyes in Lima, where the phone network was down.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// A city the curated tables do not know is placed through the gazetteer,
// but only where the sentence makes it a place.
func TestGazetteerPlaces(t *testing.T) {
	runCapabilities(t, []capability{
		{"arrived in a city", "Salas arrived in Mombasa on Monday.", []string{"visit|Kenya,Pedro Salas|occurred|Mombasa"}},
		{"met in a city", "Salas met Reyes in Erbil.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Erbil"}},
		{"a city's name as a person's", "Salas met Victoria Lopez of Spain in Lima.", []string{"meeting|Pedro Salas,Victoria Lopez|occurred|Lima"}},
		{"a longer capitalised name is no city", "Salas met Reyes in Independence Square.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}
