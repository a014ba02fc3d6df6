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
