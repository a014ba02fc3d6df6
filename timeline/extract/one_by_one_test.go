package extract

import "testing"

// A word of separate-cues opening the purpose or adjunct after a list of
// people makes one event with each; the place after that noun is the
// events' place, the "and" of the list joining no other event.
func TestSeparateEventsAfterTheList(t *testing.T) {
	runCapabilities(t, []capability{
		{"hosted for separate talks", "Salas hosted Reyes and Colombian President Ana Cruz for separate talks in Santiago on Tuesday.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Santiago", "talks|Ana Cruz,Pedro Salas|occurred|Santiago"}},
		{"received in separate meetings", "Salas received Reyes and Colombian President Ana Cruz in separate meetings on Tuesday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|", "meeting|Ana Cruz,Pedro Salas|occurred|"}},
		{"met, then separately", "Salas met Reyes and Colombian President Ana Cruz separately in Lima on Tuesday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima", "meeting|Ana Cruz,Pedro Salas|occurred|Lima"}},
		// Without the cue, the people met together, where the purpose says.
		{"hosted for talks", "Salas hosted Reyes and Colombian President Ana Cruz for talks in Santiago on Tuesday.",
			[]string{"talks|Ana Cruz,Pedro Salas,Tomas Reyes|occurred|Santiago"}},
	})
}

// "Separately" after the other party splits the subjects as it does after
// the event word: "A and B will meet X separately" is two meetings.
func TestSeparatelyAfterTheObject(t *testing.T) {
	runCapabilities(t, []capability{
		{"after the object", "Chilean President Pedro Salas and Foreign Minister Ana Cruz will meet Peruvian President Tomas Reyes separately on Saturday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|", "meeting|Ana Cruz,Tomas Reyes|planned|"}},
		{"no cue, one meeting", "Chilean President Pedro Salas and Foreign Minister Ana Cruz will meet Peruvian President Tomas Reyes on Saturday.",
			[]string{"meeting|Ana Cruz,Pedro Salas,Tomas Reyes|planned|"}},
	})
}

// A long office in apposition to the second of two subjects, which opens
// with its title and names a body no table knows, is passed over: both
// are the subject.
func TestLongOfficeAfterTheSecondSubject(t *testing.T) {
	runCapabilities(t, []capability{
		{"chairman of a body", "Chilean President Pedro Salas and Rosa Vega, chairman of the Standing Committee of the Andean Parliament of the Region, will meet Peruvian President Tomas Reyes on Saturday.",
			[]string{"meeting|Pedro Salas,Rosa Vega,Tomas Reyes|planned|"}},
	})
}
