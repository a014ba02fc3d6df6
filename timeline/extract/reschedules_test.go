package extract

import (
	"testing"

	"github.com/dateline/dateline/timeline/merge"
	"github.com/stretchr/testify/assert"
)

// A rescheduled event is dated by the date it was moved to, not by the
// one it was first planned for; a date moved to makes the event
// postponed even when the verb ("moved") is no status word of its own.
// With no new date, the former one is all the sentence says of when.
func TestRescheduledEventNewDate(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"originally scheduled, postponed until a month",
			"The meeting between Salas and Reyes, originally scheduled for Thursday, was postponed until April.",
			"meeting|Pedro Salas,Tomas Reyes|postponed| 2023-04-01..2023-04-30"},
		{"postponed from a day to a day",
			"Talks between Salas and Reyes were postponed from Wednesday to Friday.",
			"talks|Pedro Salas,Tomas Reyes|postponed| 2023-03-10..2023-03-10"},
		{"pushed back to a date",
			"A summit between Salas and Reyes was pushed back to May 3.",
			"meeting|Pedro Salas,Tomas Reyes|postponed| 2023-05-03..2023-05-03"},
		{"moved to a day",
			"The talks between Salas and Reyes have been moved to Thursday.",
			"talks|Pedro Salas,Tomas Reyes|postponed| 2023-03-09..2023-03-09"},
		{"put off until next year",
			"A visit by Salas to Peru has been put off until next year.",
			"visit|Pedro Salas,Peru|postponed| 2024-01-01..2024-12-31"},
		{"will now take place", "The summit between Salas and Reyes set for Friday will now take place on Tuesday.",
			"meeting|Pedro Salas,Tomas Reyes|postponed| 2023-03-07..2023-03-07"},
		{"will now be held in a city", "The talks between Salas and Reyes, scheduled for Friday, will now be held in Lima on Thursday.",
			"talks|Pedro Salas,Tomas Reyes|postponed|Lima 2023-03-09..2023-03-09"},
		{"now with no other date", "Salas will now meet Reyes on Thursday.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-09..2023-03-09"},
		{"initially planned, only the former date",
			"The meeting between Salas and Reyes, initially planned for March 20, was postponed.",
			"meeting|Pedro Salas,Tomas Reyes|postponed| 2023-03-20..2023-03-20"},
		{"the object names its destination",
			"Salas postponed his visit to Peru until May.",
			"visit|Pedro Salas,Peru|postponed| 2023-05-01..2023-05-31"},
		{"the object names its other party",
			"Salas put off talks with Reyes until next month.",
			"talks|Pedro Salas,Tomas Reyes|postponed| 2023-04-01..2023-04-30"},
		// "March" and "May" are months after a plan's "for" and a
		// postponement's "to".
		{"pushed back to May",
			"A visit by Salas to Peru, originally scheduled for April, was pushed back to May.",
			"visit|Pedro Salas,Peru|postponed| 2023-05-01..2023-05-31"},
		{"only the former month, May",
			"A visit by Salas to Peru, which had been scheduled for May, has been postponed.",
			"visit|Pedro Salas,Peru|postponed| 2023-05-01..2023-05-31"},
	})
}

// A plan's participle after an event noun ("talks scheduled for June")
// dates that noun, not the event of the clause the noun is part of.
func TestDateOfAPlannedNoun(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"purpose", "Salas spoke by phone with Reyes to prepare for talks scheduled for June.",
			"call|Pedro Salas,Tomas Reyes|occurred| undated"},
		{"ahead of a summit set for a day", "Salas met Reyes on Monday ahead of a summit originally set for Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
		{"the noun is the event", "Salas and Reyes will hold talks scheduled for Friday.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-10..2023-03-10"},
		{"a visit planned for May", "Salas called Reyes to discuss a visit planned for May.",
			"call|Pedro Salas,Tomas Reyes|occurred| undated"},
	})
}

// A negation that opens a phrase saying the event was called off ("will
// no longer travel", "did not take place") makes it cancelled; it does not
// deny that it was ever planned. Other negations still do.
func TestNegatedCancellations(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"no longer", "Salas will no longer travel to Peru next week, his office said.",
			"visit|Pedro Salas,Peru|cancelled| 2023-03-13..2023-03-19"},
		{"did not take place", "A meeting between Salas and Reyes planned for Friday did not take place.",
			"meeting|Pedro Salas,Tomas Reyes|cancelled| 2023-03-10..2023-03-10"},
		{"will not go ahead", "Talks between Salas and Reyes scheduled for Friday will not go ahead.",
			"talks|Pedro Salas,Tomas Reyes|cancelled| 2023-03-10..2023-03-10"},
		{"suspended", "Peru suspended talks with Chile that were due to take place on Friday.",
			"talks|Chile,Peru|cancelled| 2023-03-10..2023-03-10"},
	})
	// The predicate of a long subject: past the names, places, dates and
	// phrases of the event's noun phrase to its verb group.
	runDatedCases(t, intro, []datedCase{
		{"a long subject", "A planned meeting between the foreign ministers of Chile and Peru on the sidelines of the OAS summit did not take place.",
			"meeting|Chile,Peru|cancelled| undated"},
		{"axed", "Salas axed a planned trip to Peru next week.",
			"visit|Pedro Salas,Peru|cancelled| 2023-03-13..2023-03-19"},
		{"nixed plans", "Salas nixed plans to visit Lima this month.",
			"visit|Pedro Salas,Peru|cancelled|Lima 2023-03-01..2023-03-31"},
		{"two subjects failed to meet as planned", "Salas and Reyes failed to meet in Arica on Friday as planned.",
			"meeting|Pedro Salas,Tomas Reyes|cancelled|Arica 2023-03-03..2023-03-03"},
		{"expected in a relative clause", "A visit by Salas to Peru, which had been expected next week, has been called off.",
			"visit|Pedro Salas,Peru|cancelled| 2023-03-13..2023-03-19"},
		{"a plan and a place before the predicate", "A meeting between Salas and Reyes planned for Friday in Arica was cancelled.",
			"meeting|Pedro Salas,Tomas Reyes|cancelled|Arica 2023-03-10..2023-03-10"},
	})
	for _, m := range datedLead(intro + "A meeting between Salas and Reyes led to talks that were cancelled.") {
		assert.NotContains(t, m, "meeting|Pedro Salas,Tomas Reyes|cancelled", "a relative clause of another event is not the meeting's predicate")
	}
	for _, m := range datedLead(intro + "Salas and Reyes failed to meet in Arica on Friday.") {
		assert.NotContains(t, m, "meeting|Pedro Salas,Tomas Reyes", "a failure to meet, with no plan named, is no event")
	}
	for _, m := range datedLead(intro + "Salas did not travel to Peru next week.") {
		assert.NotContains(t, m, "visit|Pedro Salas,Peru", "a denial is no event")
	}
}

// "From X to Y" is a span unless a verb that moves a date stands before
// it; a weekday that closes a span to come follows the one that opens it.
func TestRescheduleIsNoSpan(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"a span to come", "Salas will visit Peru from Friday to Monday.",
			"visit|Pedro Salas,Peru|planned| 2023-03-10..2023-03-13"},
		{"a span of dates", "Salas will visit Peru from March 20 to March 22.",
			"visit|Pedro Salas,Peru|planned| 2023-03-20..2023-03-22"},
		{"moved from one date to another", "A visit by Salas to Peru was moved from March 20 to March 27.",
			"visit|Pedro Salas,Peru|postponed| 2023-03-27..2023-03-27"},
	})
}

// A phrase that opens the sentence takes the tense of the clause it
// opens: the stay is to come, and so is the meeting.
func TestOpeningPhraseDatesAhead(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"during a stay, then will meet", "During his stay in Lima from Tuesday to Thursday, Salas will meet Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-07..2023-03-09"},
	})
}

// A phrase of the plan between an event's noun phrase and its predicate,
// with no commas around it ("scheduled for Saturday", "that were due to
// take place on Thursday"), leaves the status to the predicate after it.
func TestPredicateAfterThePlan(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"scheduled, then scrapped",
			"A meeting between Salas and Reyes scheduled for Saturday has been scrapped.",
			"meeting|Pedro Salas,Tomas Reyes|cancelled| 2023-03-11..2023-03-11"},
		{"a relative of the plan, then postponed",
			"Talks between Salas and Reyes that were due to take place in Quito on Thursday were postponed indefinitely.",
			"talks|Pedro Salas,Tomas Reyes|postponed|Quito 2023-03-09..2023-03-09"},
		{"planned, then called off",
			"A visit by Salas to Peru planned for next week was called off.",
			"visit|Pedro Salas,Peru|cancelled| 2023-03-13..2023-03-19"},
		{"a past perfect relative after the parties, then postponed",
			"A summit between ASEAN leaders and the European Union that had been planned for later this month has been postponed until next year.",
			"summit|ASEAN,European Union|postponed| 2024-01-01..2024-12-31"},
		{"a relative after the parties, then cancelled",
			"A meeting between Salas and the Peruvian leader that had been set for March 11 was cancelled.",
			"meeting|Pedro Salas,Tomas Reyes|cancelled| 2023-03-11..2023-03-11"},
		// A plan with no predicate of cancellation stays a plan.
		{"scheduled, then going ahead",
			"A meeting between Salas and Reyes scheduled for Saturday will go ahead.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-11..2023-03-11"},
		{"scheduled, then confirmed",
			"A meeting between Salas and Reyes scheduled for Saturday was confirmed by both offices.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-11..2023-03-11"},
	})
}

// "Later this year" is the rest of the year after the day of writing:
// a visit planned so begins after the day's own news, which stays an
// event of its own.
func TestLaterWithinStartsAfterTheDay(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Santiago today. Salas said he would visit Peru later this year.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2023-03-06..2023-03-06")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|planned| 2023-03-07..2023-12-31")
	// Merged, the plan and the day's meeting are two events.
	tl := merge.Merge(Extract(story("Salas meets Reyes", "Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes today. Salas said he would visit Peru later this year.")))
	assert.Len(t, tl.Events, 2)
	// A past period is its days before the day of writing (the resolver's
	// range of "earlier this year").
	assert.Contains(t, datedLead("Chilean President Pedro Salas visited Peru earlier this year."),
		"visit|Pedro Salas,Peru|occurred| 2023-01-01..2023-03-05")
	// "Later in the week", "later in the month": the same, though the
	// date expression is only "the week", "the month".
	assert.Contains(t, datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Santiago today. Salas will visit Peru later in the week."),
		"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-12")
	assert.Contains(t, datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Santiago today. Salas will visit Peru later in the month."),
		"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-31")
	assert.Contains(t, datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Santiago today. Earlier in the week, Salas visited Peru."),
		"visit|Pedro Salas,Peru|occurred| 2023-02-27..2023-03-05")
}

// A plan that did not come about ("had been due to meet", "was supposed
// to visit", "was to have met") is cancelled; a verb phrase joined by
// "and" after the first event's object and its place and date ("meet X
// in Lima on Tuesday and to attend a summit") has the first event's
// subject.
func TestUnfulfilledPlans(t *testing.T) {
	runCapabilities(t, []capability{
		{"had been due to", "Salas had been due to meet Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|cancelled|Lima"}},
		{"was supposed to", "Salas was supposed to visit Bolivia.", []string{"visit|Bolivia,Pedro Salas|cancelled|"}},
		{"was to have", "Salas was to have met Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|cancelled|Lima"}},
	})
	got := datedLead("Chilean President Pedro Salas had been due to meet Peruvian President Tomas Reyes in Lima on Friday and to attend a regional summit on Saturday.")
	for _, m := range got {
		assert.NotContains(t, m, "summit|Tomas Reyes", "the summit is the subject's")
	}
	assert.Contains(t, got, "summit|Pedro Salas|occurred|Lima 2023-03-04..2023-03-04")
}

// An event brought forward to a day is planned on that day, still to
// come, not postponed; one pushed back to it is postponed.
func TestBroughtForward(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"brought forward", "The summit between Salas and Reyes has been brought forward to Thursday.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-09..2023-03-09"},
		{"moved up", "The meeting between Salas and Reyes was moved up to Thursday.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-09..2023-03-09"},
		{"pushed back", "The meeting between Salas and Reyes was pushed back to Thursday.",
			"meeting|Pedro Salas,Tomas Reyes|postponed| 2023-03-09..2023-03-09"},
	})
}

// The day an event was called off is not the event's: "on Wednesday
// cancelled a planned trip", "was scrapped on Wednesday" leave the event
// undated unless the sentence gives its own day.
func TestCallOffDates(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"on a day cancelled", "Salas on Friday cancelled a planned trip to Bolivia.", "visit|Bolivia,Pedro Salas|cancelled| undated"},
		{"on a day postponed", "Salas on Friday postponed a visit to Bolivia.", "visit|Bolivia,Pedro Salas|postponed| undated"},
		{"was scrapped on a day", "A meeting between Salas and Reyes was scrapped on Friday.", "meeting|Pedro Salas,Tomas Reyes|cancelled| undated"},
		{"its own day besides", "Salas on Friday called off talks with Reyes that had been scheduled for Saturday.", "talks|Pedro Salas,Tomas Reyes|cancelled| 2023-03-04..2023-03-04"},
		{"the day moved to", "Salas on Friday postponed his visit to Bolivia until April 3.", "visit|Bolivia,Pedro Salas|postponed| 2023-04-03..2023-04-03"},
		{"a day of a trip held", "Salas arrived in Bolivia on Friday.", "visit|Bolivia,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
}

// Staying away from a gathering is no calling off of it: "pulled out of
// the APEC summit" tells nothing of the summit but the absence. Staying
// away from one's own trip, or from a meeting of two, calls it off.
func TestAbsenceFromAGathering(t *testing.T) {
	runCapabilities(t, []capability{
		{"pulled out of", "Salas pulled out of the APEC summit in Lima on Friday.", nil},
		{"will skip", "Salas will skip the APEC summit in Lima next week.", []string{"summit|APEC|planned|Lima"}},
		// One's own trip stayed away from is called off.
		{"a trip pulled out of", "Salas pulled out of a trip to Bolivia.", []string{"visit|Bolivia,Pedro Salas|cancelled|"}},
		{"a visit skipped", "Salas will skip his visit to Bolivia next week.", []string{"visit|Bolivia,Pedro Salas|cancelled|"}},
		// So is an event of two with "with": it cannot be held without
		// the subject.
		{"a meeting with X pulled out of", "Salas pulled out of a meeting with Reyes scheduled for Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|cancelled|"}},
		{"talks with X skipped", "Salas will skip talks with Reyes in Lima next week.", []string{"talks|Pedro Salas,Tomas Reyes|cancelled|Lima"}},
		{"a bilateral summit withdrawn from", "Salas withdrew from a summit with Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|cancelled|Lima"}},
	})
}

// A delay in days or weeks after the verb of postponement moves the day
// the event was planned for: "scheduled for Friday, was delayed by a day"
// is on Saturday. A delay in months says no day.
func TestDelayedByDays(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"by a day", "The meeting between Chilean President Pedro Salas and Peruvian President Tomas Reyes, scheduled for Friday, was delayed by a day.",
			"meeting|Pedro Salas,Tomas Reyes|postponed| 2023-03-11..2023-03-11"},
		{"by two weeks", "The talks between Chilean President Pedro Salas and Peruvian President Tomas Reyes planned for March 10 were postponed by two weeks.",
			"talks|Pedro Salas,Tomas Reyes|postponed| 2023-03-24..2023-03-24"},
		{"pushed back by", "Chilean President Pedro Salas's visit to Peru on March 10 has been pushed back by a week.",
			"visit|Pedro Salas,Peru|postponed| 2023-03-17..2023-03-17"},
	})
	got := datedLead("The talks between Chilean President Pedro Salas and Peruvian President Tomas Reyes planned for March 10 were postponed by a month.")
	for _, m := range got {
		assert.NotContains(t, m, "2023-04-10", "a month says no day")
	}
}

// A back reference that opens the clause after "but" or "and" tells what
// happened to the event told right before it: "had been due to visit
// Lima this month but the trip was pushed back to July" is postponed to
// July; "…, but the visit was cancelled" is cancelled.
func TestChangeToldAfterTheEvent(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"pushed back to a month", "Chilean President Pedro Salas had been due to visit Lima this month but the trip was pushed back to July.",
			"visit|Pedro Salas,Peru|postponed|Lima 2023-07-01..2023-07-31"},
		{"postponed until, after a comma", "Chilean President Pedro Salas had been due to visit Lima this month, but the trip has been postponed until July.",
			"visit|Pedro Salas,Peru|postponed|Lima 2023-07-01..2023-07-31"},
		{"a plan, then cancelled", "Chilean President Pedro Salas was scheduled to visit Lima on Friday, but the visit was cancelled.",
			"visit|Pedro Salas,Peru|cancelled|Lima 2023-03-10..2023-03-10"},
	})
}
