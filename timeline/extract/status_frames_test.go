package extract

import "testing"

// An event told in a phrase after the main clause shares its plan: "will
// hold a joint press conference after their talks" (the talks are to
// come); a cancellation does not carry over, nor does a past clause.
// "Will host new German Chancellor X": a tenure adjective alone may stand
// before the object.
func TestTrailingPhraseSharesThePlan(t *testing.T) {
	runCapabilities(t, []capability{
		{"after their talks", "Salas and Reyes will hold a joint news conference after their talks.", []string{"talks|Pedro Salas,Tomas Reyes|planned|"}},
		{"at the summit", "Salas will sign the accord at the summit with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"past", "Salas and Reyes held a joint news conference after their talks.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"agreed to, after talks", "Salas and Reyes agreed to reopen the border after talks in Lima.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a new chancellor", "Salas will host new Bolivian President Luis Arce in Santiago.", []string{"meeting|Luis Arce,Pedro Salas|planned|Santiago"}},
	})
}
