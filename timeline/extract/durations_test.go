package extract

import "testing"

// A length of time after "for" may stand between a verb and "with" and
// the other party: "met for 90 minutes with X". "Waited for two hours
// with reporters" names no party.
func TestLengthBeforeTheOtherParty(t *testing.T) {
	runCapabilities(t, []capability{
		{"minutes", "Salas met for 90 minutes with Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"nearly an hour, by phone", "Salas spoke for nearly an hour by phone with Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"more than two hours", "Salas talked for more than two hours with Reyes.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"the better part of an hour", "Salas met for the better part of an hour with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"no party", "Salas waited for two hours with reporters.", nil},
		{"a purpose, not a length", "Salas met for talks with Reyes.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}
