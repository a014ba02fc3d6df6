package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An event named after a preposition of time ("ahead of an Arab League
// summit", "after talks with X") is the reference point of its clause:
// the clause's date is not its date. After "ahead of", in the day's news,
// it is still to come.
func TestEventAfterAPrepositionOfTime(t *testing.T) {
	runLeadCases(t, []leadCase{
		{"ahead of a summit",
			"Chilean President Pedro Salas welcomed Peruvian President Tomas Reyes in Santiago on Friday ahead of an Arab League summit.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2023-03-03..2023-03-03", "summit|Arab League,Pedro Salas|planned|Santiago undated"},
			[]string{"summit|Arab League,Pedro Salas|occurred|Santiago 2023-03-06..2023-03-06"}},
		{"before a summit",
			"Chilean President Pedro Salas met Bolivian President Luis Mamani on Friday before an OAS summit.",
			[]string{"summit|Organization of American States,Pedro Salas|planned| undated"},
			[]string{"summit|Organization of American States,Pedro Salas|occurred| 2023-03-06..2023-03-06"}},
		{"before talks",
			"Chilean President Pedro Salas met Bolivian President Luis Mamani on Sunday before talks with Peruvian President Tomas Reyes.",
			[]string{"meeting|Luis Mamani,Pedro Salas|occurred| 2023-03-05..2023-03-05"},
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-05..2023-03-05"}},
		{"after talks",
			"Chilean President Pedro Salas left Lima on Sunday after talks with Peruvian President Tomas Reyes.",
			nil,
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-05..2023-03-05"}},
		{"the date after the event is its own",
			"Chilean President Pedro Salas will travel to Lima ahead of talks with Peruvian President Tomas Reyes on Friday.",
			[]string{"talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-10..2023-03-10"},
			nil},
		{"the eve of a summit, a day told",
			"Chilean President Pedro Salas hosted Peruvian President Tomas Reyes in Santiago on Thursday, on the eve of an OAS summit in Lima.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2023-03-02..2023-03-02", "summit|Organization of American States,Pedro Salas|occurred|Lima 2023-03-03..2023-03-03"},
			nil},
		{"the eve of a summit still to come",
			"Chilean President Pedro Salas will host Peruvian President Tomas Reyes in Santiago on Thursday, on the eve of an OAS summit in Lima.",
			[]string{"summit|Organization of American States,Tomas Reyes|planned|Lima 2023-03-10..2023-03-10"},
			nil},
		{"the eve of a summit after a plan, no day told",
			"Chilean President Pedro Salas will host Peruvian President Tomas Reyes on the eve of an OAS summit.",
			[]string{"summit|Organization of American States,Tomas Reyes|planned| undated"},
			[]string{"summit|Organization of American States,Tomas Reyes|occurred| 2023-03-06..2023-03-06"}},
		{"no day told: both are the day's news",
			"After an audience with King Olaf Berg of Norway, Chilean President Pedro Salas met Peruvian President Tomas Reyes.",
			[]string{"meeting|Olaf Berg,Pedro Salas|occurred| 2023-03-06..2023-03-06", "meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
			nil},
	})
}

// A trip of a stated length whose clause says it starts on the day given
// ("begins a three-day state visit on Monday", "starting Monday") spans
// its days from that one.
func TestTripStartsOnTheDayGiven(t *testing.T) {
	cases := []datedCase{
		{"begins", "Chilean President Pedro Salas begins a three-day state visit to Peru on Tuesday.",
			"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-09"},
		{"will begin", "Chilean President Pedro Salas will begin a four-day visit to Peru on Tuesday.",
			"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-10"},
		{"starting", "Chilean President Pedro Salas will pay a three-day state visit to Peru starting Tuesday.",
			"visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-09"},
		{"embarked", "Chilean President Pedro Salas embarked on a two-day visit to Peru on Thursday.",
			"visit|Pedro Salas,Peru|occurred| 2023-03-02..2023-03-03"},
		{"from, with no end", "Chilean President Pedro Salas will be on a two-day visit to Peru from March 14, his office said.",
			"visit|Pedro Salas,Peru|planned| 2023-03-14..2023-03-15"},
		{"from, with its end", "Chilean President Pedro Salas will be on a three-day visit to Peru from March 14 to 16.",
			"visit|Pedro Salas,Peru|planned| 2023-03-14..2023-03-16"},
	}
	runDatedCases(t, "", cases)
	got := datedLead("Chilean President Pedro Salas will pay a three-day visit to Peru, holding talks with President Tomas Reyes on Tuesday.")
	assert.NotContains(t, got, "visit|Pedro Salas,Peru|planned| 2023-03-07..2023-03-09", "which day of the visit Tuesday is, no word says")
}

// The two bounds of a span ("from June 3 to June 9") date one event
// together: with one-to-one pairing they must not be split between the
// legs of a trip.
func TestSpanDatesOneEventAsOne(t *testing.T) {
	for _, body := range []string{
		"Chilean Foreign Minister Ana Cruz will travel to Lima, Quito and Bogota from March 13 to March 17.",
		"Chilean Foreign Minister Ana Cruz will travel to Lima, Quito and Bogota between March 13 and March 17.",
	} {
		got := datedLead(body)
		for _, w := range []string{
			"visit|Ana Cruz,Peru|planned|Lima 2023-03-13..2023-03-17",
			"visit|Ana Cruz,Ecuador|planned|Quito 2023-03-13..2023-03-17",
			"visit|Ana Cruz,Colombia|planned|Bogota 2023-03-13..2023-03-17",
		} {
			assert.Contains(t, got, w, body)
		}
	}
}

// A gathering held on the sidelines of which an event still to come is
// told ("agreed to meet … on the sidelines of the informal CIS summit") is
// still to come too; a format's session named as upcoming is an event even
// with no date.
func TestGatheringsStillToCome(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. They agreed to meet in Lima at the end of March on the sidelines of the APEC summit.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-01..2023-03-31")
	assert.Contains(t, got, "summit|APEC|planned|Lima 2023-03-01..2023-03-31")
	got = datedLead("Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. They reviewed preparations for the upcoming NATO summit in Vilnius.")
	assert.Contains(t, got, "summit|NATO|planned|Vilnius undated")
	got = datedLead("Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes on Friday. They discussed diplomacy through the Normandy format.")
	assert.Len(t, got, 1, "a format as a frame is no event")
}

// A date at the end of a relative clause set off by commas dates that
// clause's event, not the reporting verb after the closing comma.
func TestDateClosingARelativeClause(t *testing.T) {
	assert.Contains(t, datedLead("Chilean President Pedro Salas, who met Peruvian President Tomas Reyes on Friday, said trade would grow."),
		"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03")
	assert.Contains(t, datedLead("Chilean President Pedro Salas, who held talks with Peruvian President Tomas Reyes on Thursday, told reporters the border would reopen."),
		"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02")
	got := datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima, the presidency said on Friday.")
	assert.NotContains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03", "the day of the saying")
}

// A day inside an aside set off by commas before "said" is the aside's
// event's, not the saying's: "X, speaking after a meeting with Y in Lima on
// Tuesday, said …", "X, after talks with Y on Monday, said …".
func TestDayInsideAnAsideBeforeSaid(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"participle", "Salas, speaking after a meeting with Reyes in Lima on Thursday, said ties were strong.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02"},
		{"time phrase", "Salas, after talks with Reyes on Friday, said the border would reopen.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
	})
	// The day of the saying itself is still no event's.
	for _, m := range datedLead(intro + "Salas, who met Reyes last year, said on Thursday that ties were strong.") {
		assert.NotContains(t, m, "2023-03-02..2023-03-02", m)
	}
}

// An event after "ahead of", "before" or "in preparation for" comes after
// the event of its clause: its bare weekday is the first on or after that
// event's day, whatever the tense of the clause's verb ("hosted … on
// Wednesday ahead of a summit on Saturday" is the Saturday after).
func TestWeekdayOfAnEventAhead(t *testing.T) {
	// (the lead's anchor is Monday 2023-03-06)
	runDatedCases(t, "", []datedCase{
		{"ahead of, still to come", "Chilean President Pedro Salas hosted Peruvian President Tomas Reyes for dinner on Saturday ahead of a summit of the Pacific Alliance in Lima on Tuesday.",
			"summit|Pacific Alliance,Pedro Salas|planned|Lima 2023-03-07..2023-03-07"},
		{"the clause's own day", "Chilean President Pedro Salas hosted Peruvian President Tomas Reyes for dinner on Saturday ahead of a summit of the Pacific Alliance in Lima on Tuesday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-04"},
		{"days before, already held", "Chilean President Pedro Salas met Peruvian President Tomas Reyes on Wednesday, days before talks with Bolivian President Luis Arce on Friday.",
			"talks|Luis Arce,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"in preparation for", "Chilean President Pedro Salas met Peruvian President Tomas Reyes on Saturday in preparation for a summit of the Pacific Alliance on Tuesday.",
			"summit|Pacific Alliance,Pedro Salas|planned| 2023-03-07..2023-03-07"},
	})
	// After "after", the event named is the earlier one: its weekday keeps
	// the clause's tense.
	assert.Contains(t, datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes on Saturday after talks with Bolivian President Luis Arce on Thursday."),
		"talks|Luis Arce,Pedro Salas|occurred| 2023-03-02..2023-03-02")
}

// A month after "in" after an event noun that a preposition of time
// sets ahead of the clause's event ("spoke with X ahead of the summit in
// Quito in July") dates that noun, not the clause's event; a phrase that
// looks ahead makes it still to come (the lead's anchor is Monday
// 2023-03-06).
func TestMonthOfAnEventAhead(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas spoke by phone with Peruvian President Tomas Reyes ahead of the Pacific Alliance summit in Lima in July.")
	assert.Contains(t, got, "call|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06")
	for _, m := range got {
		assert.NotContains(t, m, "call|Pedro Salas,Tomas Reyes|occurred| 2022-07", "July is the summit's")
	}
	assert.Contains(t, datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes discussed preparations for the Pacific Alliance summit in Lima in July."),
		"summit|Pacific Alliance,Pedro Salas|planned|Lima 2023-07-01..2023-07-31")
	// A day, or a period not after "in", may be either's: the clause's.
	assert.Contains(t, datedLead("Chilean President Pedro Salas spoke with Peruvian President Tomas Reyes ahead of the call earlier this week."),
		"talks|Pedro Salas,Tomas Reyes|occurred| 2023-02-27..2023-03-05")
}

// A year between a determiner and a capitalised name modifies that name
// ("the 2030 World Expo", "the 2026 World Cup"): it dates no event of the
// sentence, unless an event word heads the name ("the June 2022
// Chilean-Peruvian summit").
func TestYearOfANameDatesNoEvent(t *testing.T) {
	for _, body := range []string{
		"Chilean President Pedro Salas will travel to Paris to attend a reception in support of Chile's bid to host the 2030 World Expo.",
		"Chilean President Pedro Salas will travel to Paris next week for a reception on the 2026 World Cup.",
	} {
		for _, m := range datedLead(body) {
			assert.NotContains(t, m, "2030-", body)
			assert.NotContains(t, m, "2026-", body)
		}
	}
	assert.Contains(t, datedLead("Chilean President Pedro Salas will travel to Paris next week for a reception on the 2026 World Cup."),
		"visit|France,Pedro Salas|planned|Paris 2023-03-13..2023-03-19")
	assert.Contains(t, datedLead("The ministers discussed the outcomes of the June 2022 Chilean-Peruvian summit in Lima."),
		"meeting|Chile,Peru|occurred|Lima 2022-06-01..2022-06-30")
}

// A phrase of during-words that opens the sentence ("During the March
// 20-22 trip, …") dates the undated events of its main clause with the
// days of the event it names.
func TestOpeningDuringPhraseDatesTheClause(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"during the trip", "Chilean President Pedro Salas will make a state visit to Peru next month. During the April 20-22 trip, Salas will hold talks with Peruvian President Tomas Reyes.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-04-20..2023-04-22"},
		{"during the summit", "During the March 2 summit of the Pacific Alliance, Chilean President Pedro Salas met Peruvian President Tomas Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02"},
	})
}

// leadCase is a made-up lead (dated Monday 6 March 2023), the mentions it
// must give (as datedLead writes them) and those it must not.
type leadCase struct {
	name, body string
	want, not  []string
}

func runLeadCases(t *testing.T, cases []leadCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := datedLead(c.body)
			for _, w := range c.want {
				assert.Contains(t, got, w, c.body)
			}
			for _, w := range c.not {
				assert.NotContains(t, got, w, c.body)
			}
		})
	}
}
