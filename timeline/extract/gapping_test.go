package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An event told again with its verb left out ("held talks with A on
// Monday and with B on Tuesday", "met A on Monday, and B in Quito on
// Tuesday") is a second event of the same subject and kind, with its own
// party, place and date; "met A and B on Monday" stays one meeting.
func TestGappedEvents(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"and with", "Salas held talks with Bolivian President Luis Arce on Thursday and with Ecuadorian President Luis Mora on Friday.",
			"talks|Luis Mora,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"a comma and a place", "Salas met Bolivian President Luis Arce in La Paz on Thursday, and Ecuadorian President Luis Mora in Quito on Friday.",
			"meeting|Luis Mora,Pedro Salas|occurred|Quito 2023-03-03..2023-03-03"},
		{"the first stays", "Salas met Bolivian President Luis Arce in La Paz on Thursday, and Ecuadorian President Luis Mora in Quito on Friday.",
			"meeting|Luis Arce,Pedro Salas|occurred|La Paz 2023-03-02..2023-03-02"},
	})
	got := datedLead(intro + "Salas met Bolivian President Luis Arce and Ecuadorian President Luis Mora on Friday.")
	assert.Equal(t, []string{"meeting|Luis Arce,Luis Mora,Pedro Salas|occurred| 2023-03-03..2023-03-03"}, got, "one meeting")
}

// The same event told again on another day, its verb and parties left
// out ("met A on Monday in Lima and again on Wednesday in Arica"), is a
// second event, each dated and placed by its own words; the days of one
// event ("on 4 and 5 March", "on Monday and Tuesday") are not.
func TestEventToldAgainOnAnotherDay(t *testing.T) {
	const met = "Chilean President Pedro Salas met Peruvian President Tomas Reyes on Tuesday in Lima and again on Thursday in Arica."
	runDatedCases(t, "", []datedCase{
		{"the first", met, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-02-28..2023-02-28"},
		{"the second", met, "meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-02..2023-03-02"},
		{"and on", "Chilean Foreign Minister Ana Cruz held talks with Peruvian Foreign Minister Rosa Vega on Tuesday and on Thursday.",
			"talks|Ana Cruz,Rosa Vega|occurred| 2023-03-02..2023-03-02"},
	})
	for _, body := range []string{
		"Chilean President Pedro Salas will attend a summit of the Pacific Alliance on 14 and 15 March in Lima.",
		"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Monday and Tuesday in Lima.",
		"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Monday in Lima and on Wednesday signed a trade pact.",
	} {
		assert.Len(t, datedLead(body), 1, body)
	}
}

// A list of days, each with its own place, after an event and a comma
// or "twice" ("met B twice, on Monday in Lima and on Wednesday in
// Arica", "on Monday in Lima, on Wednesday in Arica and again on Friday
// in Quito") tells the event once for each day.
func TestEventToldAgainInAList(t *testing.T) {
	const twice = "Chilean Foreign Minister Ana Cruz met twice with her Peruvian counterpart Rosa Vega, on Wednesday in Lima and on Friday in Arica."
	const three = "Chilean President Pedro Salas met Peruvian President Tomas Reyes on Wednesday in Lima, on Thursday in Tacna and again on Friday in Arica."
	runDatedCases(t, "", []datedCase{
		{"twice, the first", twice, "meeting|Ana Cruz,Rosa Vega|occurred|Lima 2023-03-01..2023-03-01"},
		{"twice, the second", twice, "meeting|Ana Cruz,Rosa Vega|occurred|Arica 2023-03-03..2023-03-03"},
		{"three, the first", three, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-01..2023-03-01"},
		{"three, the second", three, "meeting|Pedro Salas,Tomas Reyes|occurred|Tacna 2023-03-02..2023-03-02"},
		{"three, the third", three, "meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-03..2023-03-03"},
	})
	for _, body := range []string{
		"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Friday, and Reyes said the talks had gone well.",
		"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Friday, March 3, in Lima.",
		"Chilean President Pedro Salas met Peruvian President Tomas Reyes on Thursday in Lima, and on Friday signed a trade pact.",
	} {
		assert.Len(t, datedLead(body), 1, body)
	}
}

// A word of sequence-adverbs after "and" tells a second event of the
// subject with another party, dated or not: "spoke by telephone with A
// on Friday, and later with B", "called A and then B on Friday" (both
// that day).
func TestSequencedSecondEvent(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"and later with", "Chilean President Pedro Salas spoke by telephone with Peruvian President Tomas Reyes on Friday, and later with Bolivian President Luis Arce.",
			"call|Luis Arce,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"the first, with its date", "Chilean President Pedro Salas spoke by telephone with Peruvian President Tomas Reyes on Friday, and later with Bolivian President Luis Arce.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"and then, the first", "Chilean President Pedro Salas called Peruvian President Tomas Reyes and then Bolivian President Luis Arce on Friday.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"and then, the second", "Chilean President Pedro Salas called Peruvian President Tomas Reyes and then Bolivian President Luis Arce on Friday.",
			"call|Luis Arce,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
	// With no word of sequence and no date on each side, "A and B" are
	// the parties of one event, read as before.
	assert.Equal(t, []string{"meeting|Luis Arce,Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		datedLead("Chilean President Pedro Salas held a joint meeting with Peruvian President Tomas Reyes and Bolivian President Luis Arce on Friday."))
}

// "Later" carries on the narrative of the last day told before, in the
// main clause: a relative clause set off by commas ("Salas, who arrived
// on Saturday, …") tells background. With no day in the sentences just
// before, the lead's day is the narrative's.
func TestLaterAfterBackground(t *testing.T) {
	const lead = "Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Sunday to reopen the border after talks in Arica. "
	runDatedCases(t, lead, []datedCase{
		{"past a relative clause", "Salas, who arrived in Peru on Saturday for a two-day visit, also met business leaders in Lima. Salas later spoke by phone with Bolivian President Luis Arce.",
			"call|Luis Arce,Pedro Salas|occurred| 2023-03-05..2023-03-05"},
		{"the lead, far before", "The border has been shut since 2019. Traders have lost millions. Truck drivers waited for weeks. Salas later spoke by phone with Bolivian President Luis Arce.",
			"call|Luis Arce,Pedro Salas|occurred| 2023-03-05..2023-03-05"},
		{"a main clause's day", "Salas met business leaders in Lima on Saturday. He later spoke by phone with Bolivian President Luis Arce.",
			"call|Luis Arce,Pedro Salas|occurred| 2023-03-04..2023-03-04"},
	})
}
