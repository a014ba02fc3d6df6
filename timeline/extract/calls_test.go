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

// A phrase of time may stand between an event verb and its "with", after
// a phrase on how people talked or none, whatever preposition opens it:
// "spoke by telephone over the weekend with X".
func TestDateBetweenVerbAndWith(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"over the weekend, after a channel", "Chilean President Pedro Salas spoke by telephone over the weekend with Peruvian President Tomas Reyes.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-05"},
		{"over the weekend, before a channel", "Chilean President Pedro Salas spoke over the weekend with Peruvian President Tomas Reyes by telephone.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-05"},
		{"over the weekend, in person", "Chilean President Pedro Salas met over the weekend with Peruvian President Tomas Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-05"},
		{"throughout a week", "Chilean President Pedro Salas met throughout last week with Peruvian President Tomas Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-02-27..2023-03-05"},
		{"on a day, after a channel", "Chilean President Pedro Salas spoke by phone on Saturday with Peruvian President Tomas Reyes.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-04"},
	})
}

// The subject of a verb of joining whose object is the group before an
// event word takes part too: "A joined B and C on a video call", "A
// joined B in talks with C".
func TestJoinedOthersInAnEvent(t *testing.T) {
	runCapabilities(t, []capability{
		{"joined on a call", "Chilean President Pedro Salas joined Peruvian President Tomas Reyes and Bolivian President Luis Arce on a video call on Friday.",
			[]string{"call|Luis Arce,Pedro Salas,Tomas Reyes|occurred|"}},
		{"joined in talks with", "Chilean President Pedro Salas joined Peruvian President Tomas Reyes in talks with Bolivian President Luis Arce on Friday.",
			[]string{"talks|Luis Arce,Pedro Salas,Tomas Reyes|occurred|"}},
		{"will join at a meeting", "Chilean President Pedro Salas will join Peruvian President Tomas Reyes at a meeting with Bolivian President Luis Arce in Lima on Friday.",
			[]string{"meeting|Luis Arce,Pedro Salas,Tomas Reyes|planned|Lima"}},
	})
}

// "Conversed" is a conversation verb, as "conferred" is: with a phone cue,
// a call; in person, talks.
func TestConversed(t *testing.T) {
	runCapabilities(t, []capability{
		{"by phone", "Chilean President Pedro Salas conversed by phone with Peruvian President Tomas Reyes on Monday.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"in person", "Chilean President Pedro Salas conversed with Peruvian President Tomas Reyes in Lima on Monday.",
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// A state banquet given for someone, and a brief encounter with someone,
// are meetings, as a dinner for them is.
func TestBanquetsAndEncounters(t *testing.T) {
	runCapabilities(t, []capability{
		{"state banquet for", "Chilean President Pedro Salas hosted a state banquet for Peruvian President Tomas Reyes in Santiago on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"brief encounter with", "Chilean President Pedro Salas had a brief encounter with Peruvian President Tomas Reyes in Quito on Monday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Quito"}},
		{"an encounter of troops is none", "Chilean troops had an encounter with rebels near Arica on Monday.", nil},
	})
}
