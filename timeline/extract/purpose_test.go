package extract

import "testing"

// "To discuss", "to review" right after the other party open what the
// event was for: a plan or a coming event in those words is the topic's,
// not the event's status.
func TestPurposeWordsSetNoStatus(t *testing.T) {
	runCapabilities(t, []capability{
		{"upcoming summit as topic", "Salas spoke today with Reyes to discuss the upcoming summit.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"planned visit as topic", "Salas met Reyes in Lima on Monday to review plans for a state visit.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"scheduled talks as topic", "Salas spoke by phone with Reyes to prepare for talks scheduled for May.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		// The event's own words still count.
		{"a plan before the topic", "Salas will meet Reyes in Lima to discuss the border.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|planned|Lima"}},
		{"an event verb after to", "Salas spoke with Reyes on Monday and agreed to meet in Lima.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|", "meeting|Pedro Salas,Tomas Reyes|planned|Lima"}},
	})
}
