package extract

import "testing"

// "Left for X", "is leaving for X", "will depart for X" tell a trip to X,
// as "travelled to X" does; "confer with X" is talks, as "conferred" is.
// A private person's trip or meeting ("astronaut X", "businessman Y") is
// no diplomacy.
func TestDeparturesAndConferring(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"left for", "Salas left for Quito on Friday.",
			"visit|Ecuador,Pedro Salas|occurred|Quito 2023-03-03..2023-03-03"},
		{"will depart for", "Reyes will depart for Bolivia on Sunday.",
			"visit|Bolivia,Tomas Reyes|planned| 2023-03-12..2023-03-12"},
		{"confer with", "Salas is scheduled to confer with Bolivian officials in La Paz on Friday.",
			"talks|Bolivia,Pedro Salas|planned|La Paz 2023-03-10..2023-03-10"},
	})
	runCapabilities(t, []capability{
		{"left for home", "Salas left for home on Friday.", nil},
		{"an astronaut leaving", "Hungarian astronaut Lajos Kiss is leaving for Chile on Monday to start a new career.", nil},
		{"a businessman met", "Bolivian businessman Jorge Ruiz met Salas on Monday.", nil},
		{"a singer met", "Reyes met Bolivian singer Rosa Vega in Lima on Monday.", nil},
		{"an office keeps its holder", "CIA director Ana Gil travelled to Lima on Monday.", []string{"visit|Ana Gil,Peru|occurred|Lima"}},
	})
}

// More ways of going: "flew into", "set off for", "jetted off to".
func TestMoreWaysOfGoing(t *testing.T) {
	runCapabilities(t, []capability{
		{"flew into", "Salas flew into Quito on Monday.", []string{"visit|Ecuador,Pedro Salas|occurred|Quito"}},
		{"set off for", "Salas set off for Quito on Monday.", []string{"visit|Ecuador,Pedro Salas|occurred|Quito"}},
		{"jetted off to", "Salas jetted off to Ecuador on Monday.", []string{"visit|Ecuador,Pedro Salas|occurred|"}},
		{"set off for home", "Salas set off for home on Monday.", nil},
		{"headed to", "Salas headed to Quito on Monday.", []string{"visit|Ecuador,Pedro Salas|occurred|Quito"}},
		{"will head to", "Salas will head to Bolivia next week.", []string{"visit|Bolivia,Pedro Salas|planned|"}},
		{"headed to for talks", "Salas headed to La Paz on Sunday for talks with Bolivian President Luis Arce.", []string{"talks|Luis Arce,Pedro Salas|occurred|La Paz"}},
		{"headed to no place", "Salas headed to the airport on Monday.", nil},
	})
}

// A trip for a gathering is that gathering, which the traveller attends,
// at the trip's place: "will travel to Brussels for a NATO summit".
func TestTripForAGathering(t *testing.T) {
	runCapabilities(t, []capability{
		{"for a summit", "Salas will travel to Brussels for a NATO summit on Friday.", []string{"summit|NATO,Pedro Salas|planned|Brussels"}},
		{"for a high-level debate", "Chilean Foreign Minister Ana Cruz will travel to New York for a high-level UN Security Council debate on Friday.",
			[]string{"summit|Ana Cruz,UN Security Council|planned|New York"}},
		{"arrived for a summit", "Reyes arrived in Quito on Sunday for a summit of the Andean Community.", []string{"summit|Andean Community,Tomas Reyes|occurred|Quito"}},
	})
}

// "His first trip as president to Peru": the office a trip is made in
// may stand between the trip and the place visited.
func TestTripAsAnOffice(t *testing.T) {
	runCapabilities(t, []capability{
		{"as president", "Salas will make his first foreign trip as president to Bolivia next week.", []string{"visit|Bolivia,Pedro Salas|planned|"}},
		{"as a title", "Reyes made his first visit as Prime Minister to Quito in May.", []string{"visit|Ecuador,Tomas Reyes|occurred|Quito"}},
		{"abroad", "Salas will make his first trip abroad to Bolivia next week.", []string{"visit|Bolivia,Pedro Salas|planned|"}},
	})
}

// "Is meeting X on Friday", "is flying to Quito on Friday": the present
// progressive of an arrangement is planned, on the day ahead.
func TestArrangementsAhead(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"is meeting", "Salas is meeting Reyes on Friday.", "meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-10..2023-03-10"},
		{"is hosting", "Salas is hosting Reyes in Santiago on Friday.", "meeting|Pedro Salas,Tomas Reyes|planned|Santiago 2023-03-10..2023-03-10"},
		{"is flying to", "Salas is flying to Quito on Friday.", "visit|Ecuador,Pedro Salas|planned|Quito 2023-03-10..2023-03-10"},
		{"is travelling for talks", "Salas is travelling to La Paz on Friday for talks with Bolivian President Luis Arce.", "talks|Luis Arce,Pedro Salas|planned|La Paz 2023-03-10..2023-03-10"},
		{"was meeting", "Salas was meeting Reyes on Friday when the news broke.", "meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
	})
}

// Taking part from afar: "dialled in to the G20 summit", "logged on to
// the APEC virtual summit" attend it, as "attended" does.
func TestRemoteAttendance(t *testing.T) {
	runCapabilities(t, []capability{
		{"dial in to", "Salas will dial in to the NATO summit on Friday.", []string{"summit|NATO,Pedro Salas|planned|"}},
		{"dialled in to", "Salas dialled in to the G20 summit on Friday.", []string{"summit|G20,Pedro Salas|occurred|"}},
		{"logged on to", "Salas logged on to the APEC virtual summit on Friday.", []string{"summit|APEC,Pedro Salas|occurred|"}},
	})
}

// A date may split a trip phrase: "flew on Friday to Quito", "will travel
// next Monday to Lima", "arrived Sunday in La Paz".
func TestTripPhrasesSplitByADate(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"flew on a day to", "Salas flew on Friday to Quito.", "visit|Ecuador,Pedro Salas|occurred|Quito 2023-03-03..2023-03-03"},
		{"travel next day to", "Salas will travel next Monday to Quito.", "visit|Ecuador,Pedro Salas|planned|Quito 2023-03-13..2023-03-13"},
		{"arrived day in", "Salas arrived Sunday in La Paz.", "visit|Bolivia,Pedro Salas|occurred|La Paz 2023-03-05..2023-03-05"},
	})
	runCapabilities(t, []capability{{"not a date between", "Salas left the company for a post in Quito.", nil}})
}

// A departure's place left may stand between its verb and the
// preposition of its destination, with a date or not: "left Santiago for
// Lima on Friday", "departed Santiago on Friday for Lima" are trips to
// Peru, not to the place left.
func TestDepartureWithThePlaceLeft(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"left X for Y", "Chilean President Pedro Salas left Santiago for Lima on Friday.",
			"visit|Pedro Salas,Peru|occurred|Lima 2023-03-03..2023-03-03"},
		{"departed X on a day for Y", "Chilean President Pedro Salas departed Santiago on Friday for Lima.",
			"visit|Pedro Salas,Peru|occurred|Lima 2023-03-03..2023-03-03"},
	})
	// The place left is no visit.
	runDatedCases(t, "", []datedCase{
		{"one trip only", "Chilean President Pedro Salas departed Santiago on Friday for Lima.",
			"visit|Pedro Salas,Peru|occurred|Lima 2023-03-03..2023-03-03"},
	})
	if got := datedLead("Chilean President Pedro Salas departed Santiago on Friday for Lima."); len(got) != 1 {
		t.Errorf("want one trip, got %v", got)
	}
}

// An event verb right after "and", with no date of its own, is on the
// day of the event its clause told before it: "concluded his visit to
// Peru on Friday and flew to Bolivia".
func TestCoordinatedVerbSharesTheDay(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"and flew", "Chilean President Pedro Salas concluded his visit to Peru on Friday and flew to Bolivia.",
			"visit|Bolivia,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"and met", "Chilean President Pedro Salas arrived in Lima on Friday and met Peruvian President Tomas Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03"},
		// A month tells no order: the second keeps its own reading.
		{"a month", "Chilean President Pedro Salas visited Peru in February and will travel to Bolivia next week.",
			"visit|Bolivia,Pedro Salas|planned| 2023-03-13..2023-03-19"},
	})
}
