package extract

import "testing"

// "Convened a secure call on Monday with X": an adjective of events
// before "call" makes it the noun, not "call on X".
func TestSecureCallOnADay(t *testing.T) {
	runCapabilities(t, []capability{
		{"secure call on a day", "Salas convened a secure call on Monday with Reyes and Bolivian President Luis Arce.", []string{"call|Luis Arce,Pedro Salas,Tomas Reyes|occurred|"}},
		{"a courtesy call on a person", "Salas will call on Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
	})
}

// A conversation held in person is a meeting; with a phone or video cue,
// a call.
func TestConversationsInPerson(t *testing.T) {
	runCapabilities(t, []capability{
		{"had a conversation", "Salas had a conversation with Reyes at the Government Palace in Lima on Sunday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a conversation took place", "A conversation took place between Salas and Reyes in Arica on Sunday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Arica"}},
		{"telephone conversation", "Salas had a telephone conversation with Reyes on Sunday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"conversation by phone", "Salas had a conversation with Reyes by phone on Sunday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}
