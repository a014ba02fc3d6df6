package extract

import "testing"

// A word of separate-cues opening the purpose or adjunct after a list of
// people makes one event with each; the place after that noun is the
// events' place, the "and" of the list joining no other event.
func TestSeparateEventsAfterTheList(t *testing.T) {
	runCapabilities(t, []capability{
		{"hosted for separate talks", "Salas hosted Reyes and Colombian President Ana Cruz for separate talks in Santiago on Tuesday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago", "meeting|Ana Cruz,Pedro Salas|occurred|Santiago"}},
		{"received in separate meetings", "Salas received Reyes and Colombian President Ana Cruz in separate meetings on Tuesday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|", "meeting|Ana Cruz,Pedro Salas|occurred|"}},
		{"met, then separately", "Salas met Reyes and Colombian President Ana Cruz separately in Lima on Tuesday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima", "meeting|Ana Cruz,Pedro Salas|occurred|Lima"}},
		// Without the cue, the people met together, where the purpose says.
		{"hosted for talks", "Salas hosted Reyes and Colombian President Ana Cruz for talks in Santiago on Tuesday.",
			[]string{"meeting|Ana Cruz,Pedro Salas,Tomas Reyes|occurred|Santiago"}},
	})
}
