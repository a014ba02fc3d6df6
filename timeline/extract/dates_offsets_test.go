package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An event that a counted span sets apart from a dated event of its
// sentence is dated that span away, at the span's granularity: "six weeks
// after a visit" is a week, "two months after talks" a month.
func TestDateBySpanFromEvent(t *testing.T) {
	for _, c := range []struct {
		name, body string
		lead       bool
		want       []string
	}{
		{"weeks after a visit", "Salas held talks with Reyes in Lima on Friday, six weeks after a visit to Ecuador.", false,
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03", "visit|Ecuador,Pedro Salas|occurred| 2023-01-16..2023-01-22"}},
		{"days after talks", "Salas flew to Quito on 2 March, two days after talks with Reyes in Lima.", false,
			[]string{"visit|Ecuador,Pedro Salas|occurred|Quito 2023-03-02..2023-03-02", "talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-02-28..2023-02-28"}},
		{"months after a visit", "Salas arrived in Quito on 2 March, two months after a visit to Brazil.", false,
			[]string{"visit|Ecuador,Pedro Salas|occurred|Quito 2023-03-02..2023-03-02", "visit|Brazil,Pedro Salas|occurred| 2023-01-01..2023-01-31"}},
		{"days before a visit", "Salas spoke by phone with Reyes on Tuesday, three days before a visit to Ecuador.", false,
			[]string{"call|Pedro Salas,Tomas Reyes|occurred| 2023-02-28..2023-02-28", "visit|Ecuador,Pedro Salas|occurred| 2023-03-03..2023-03-03"}},
		{"days before a planned visit", "Salas will speak by phone with Reyes on Tuesday, three days before a visit to Ecuador.", false,
			[]string{"call|Pedro Salas,Tomas Reyes|planned| 2023-03-07..2023-03-07", "visit|Ecuador,Pedro Salas|planned| 2023-03-10..2023-03-10"}},
		{"no count, no span", "Salas arrived in Quito on 2 March, weeks after a visit to Brazil.", false,
			[]string{"visit|Ecuador,Pedro Salas|occurred|Quito 2023-03-02..2023-03-02", "visit|Brazil,Pedro Salas|occurred| undated"}},
		{"the lead's news", "A day after talks with Peruvian President Tomas Reyes, Chilean President Pedro Salas said the border would open.", true,
			[]string{"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-05..2023-03-05"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := datedMentions(c.body)
			if c.lead {
				got = datedLead(c.body)
			}
			assert.Equal(t, c.want, got, c.body)
		})
	}
}

// "In two weeks", "in three days' time" date a planned event that many
// units after the day of writing, with the unit for granularity.
func TestInSpanFromWriting(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"weeks name the ISO week", "Chilean President Pedro Salas will visit Peru in two weeks.",
			"visit|Pedro Salas,Peru|planned| 2023-03-20..2023-03-26"},
		{"days' time names the day", "Chilean President Pedro Salas will visit Peru in three days' time.",
			"visit|Pedro Salas,Peru|planned| 2023-03-09..2023-03-09"},
		{"a month", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes in Lima in a month.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-04-01..2023-04-30"},
		{"a frame of the sentence", "In two weeks, Chilean President Pedro Salas will meet Peruvian President Tomas Reyes in Lima.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-20..2023-03-26"},
		// A length of the event is no date; a past event is not counted so.
		{"a length", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes in Lima in two days of talks next month.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-04-01..2023-04-30"},
		{"a past event", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima in two weeks of talks.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06"},
	})
}

// "On the sidelines" with no "of" are those of the dated gathering told
// last before: its days and place; not those of one still to come when
// the event is told as done.
func TestBareSidelines(t *testing.T) {
	got := datedLead("APEC leaders opened their annual summit in Lima on Friday, with trade on the agenda. " +
		"On the sidelines, Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03")
	got = datedLead("Chilean President Pedro Salas will attend the APEC summit in Lima on March 20. " +
		"On the sidelines, he held talks with Peruvian President Tomas Reyes.")
	for _, m := range got {
		assert.NotContains(t, m, "talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-20", m)
	}
	// "Southeast Asian leaders" are ASEAN's.
	assert.Contains(t, datedLead("Southeast Asian leaders opened their annual summit in Jakarta on Friday."),
		"summit|ASEAN|occurred|Jakarta 2023-03-03..2023-03-03")
}

// Talks told as a counted span after an arrival ("arrived in Lima on
// Sunday, a day before his talks with X") are counted from the arrival,
// not dated by the trip's day.
func TestTalksCountedFromAnArrival(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"a day before his talks", "Chilean President Pedro Salas arrived in Lima on Sunday, a day before his talks with Peruvian President Tomas Reyes.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06"},
	})
	runDatedCases(t, "", []datedCase{
		{"talks on the trip", "Chilean President Pedro Salas arrived in Lima on Sunday for talks with Peruvian President Tomas Reyes.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-05..2023-03-05"},
	})
}

// A counted span between two events dates one from the other whichever
// way it is written: "signed an accord on Friday, two days after they
// met" counts from the clause's own day when no event of the sentence is
// dated (and that day is not the meeting's); "will meet B two days after
// his talks with C on Tuesday" puts the meeting after the dated talks. A
// span before an event's noun is no length of it ("two days after his
// talks" is no two-day talks); the owner's name may stand in the phrase
// ("a week after Foreign Minister Ana Cruz's trip to Lima").
func TestSpansBetweenEventsAndClauses(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"from the clause's day", "Chilean President Pedro Salas and Peruvian President Tomas Reyes signed a border accord on Friday, two days after they met in Arica.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Arica 2023-03-01..2023-03-01"},
		{"a day after, not the day", "Chilean President Pedro Salas and Peruvian President Tomas Reyes agreed on Friday to revive a joint commission, a day after the two leaders met for the first time since 2019.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02"},
		{"the talks, dated", "Chilean President Pedro Salas will meet Bolivian President Luis Arce two days after his talks with Peruvian President Tomas Reyes on Tuesday.",
			"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-07..2023-03-07"},
		{"an owner's name in the phrase", "Chilean President Pedro Salas arrived in Quito on Thursday, a week after Chilean Foreign Minister Ana Cruz's trip to Lima.",
			"visit|Ana Cruz,Peru|occurred|Lima 2023-02-20..2023-02-26"},
		{"the meeting, counted from them", "Chilean President Pedro Salas will meet Bolivian President Luis Arce two days after his talks with Peruvian President Tomas Reyes on Tuesday.",
			"meeting|Luis Arce,Pedro Salas|planned| 2023-03-09..2023-03-09"},
	})
}

// A planned event with a stretch from the day of writing ("within the
// next two weeks", "in the coming three months", "within ten days") is
// dated over that stretch (date/within-stretch); one due before a date
// ("before Christmas", "before March", "before the end of the year") from
// the day of writing to the day before it, or to that end
// (date/deadline). "By March" keeps the month; "in two weeks" is a
// point, as before.
func TestStretchesAndDeadlinesOfPlans(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"within the next", "Chilean President Pedro Salas will travel to Lima within the next two weeks.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-06..2023-03-20"},
		{"in the coming", "Chilean President Pedro Salas will travel to Lima in the coming three months.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-06..2023-06-06"},
		{"within, no next", "Chilean President Pedro Salas will travel to Lima within ten days.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-06..2023-03-16"},
		{"before a holiday", "Chilean President Pedro Salas will travel to Lima before Easter.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-06..2023-04-08"},
		{"before the end of the year", "Chilean President Pedro Salas will travel to Lima before the end of the year.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-06..2023-12-31"},
		{"before a month", "Chilean President Pedro Salas will travel to Lima before May.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-06..2023-04-30"},
		{"by a month", "Chilean President Pedro Salas will travel to Lima by May.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-05-01..2023-05-31"},
		{"in two weeks, a point", "Chilean President Pedro Salas will travel to Lima in two weeks.",
			"visit|Pedro Salas,Peru|planned|Lima 2023-03-20..2023-03-26"},
	})
}

// A count and a unit with "from" before a day ("a week from Wednesday",
// "two weeks from today", "three days from tomorrow") date the event
// that many units after that day (date/counted-from); "the 20th of this
// month" is the resolver's one day.
func TestCountedFromADay(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"a week from Wednesday", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes a week from Wednesday.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-15..2023-03-15"},
		{"two weeks from today", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes two weeks from today.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"the 20th of this month", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes on the 20th of this month.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
	})
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-08..2023-03-08"},
		datedLead("Chilean President Pedro Salas will hold talks with Peruvian President Tomas Reyes for three days from Wednesday."),
		"a length from the day: the talks begin on it")
	ms := Extract(story("", "Chilean President Pedro Salas will meet Peruvian President Tomas Reyes a week from Wednesday."))
	require.Len(t, ms, 1)
	assert.Equal(t, "a week from Wednesday", ms[0].Source.DateText, "the source's date text covers the count")
}

// A summit of two, which is a meeting, has sidelines as a gathering
// does: "on the sidelines of the summit", "during the summit" and "at the
// summit" after it are its days and place.
func TestSidelinesOfASummitOfTwo(t *testing.T) {
	const lead = "Chilean President Pedro Salas and Peruvian President Tomas Reyes held a summit in Lima on Friday. "
	runDatedCases(t, lead, []datedCase{
		{"on the sidelines of the summit", "Chilean Foreign Minister Ana Cruz held separate talks with her Peruvian counterpart Luis Vega on the sidelines of the summit.",
			"talks|Ana Cruz,Luis Vega|occurred|Lima 2023-03-03..2023-03-03"},
		{"during the summit", "Chilean Foreign Minister Ana Cruz held talks with her Peruvian counterpart Luis Vega during the summit.",
			"talks|Ana Cruz,Luis Vega|occurred|Lima 2023-03-03..2023-03-03"},
		{"at the summit", "Chilean Foreign Minister Ana Cruz met her Peruvian counterpart Luis Vega at the summit.",
			"meeting|Ana Cruz,Luis Vega|occurred|Lima 2023-03-03..2023-03-03"},
	})
	// The summit of a body, as before.
	assert.Contains(t, datedLead("Chilean President Pedro Salas attended the Mercosur summit in Lima on Friday. Chilean Foreign Minister Ana Cruz met her Peruvian counterpart Luis Vega on the sidelines of the summit."),
		"meeting|Ana Cruz,Luis Vega|occurred|Lima 2023-03-03..2023-03-03")
}

// A sentence that opens "Before the talks," or "After the meeting," sets
// its undated event on the day of that event told before; with a count
// ("Two days after the talks,") or "ahead of", no day is taken.
func TestFramedByAnEventToldBefore(t *testing.T) {
	const lead = "Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes in Lima on Friday. "
	runDatedCases(t, lead, []datedCase{
		{"before the talks", "Before the talks, Salas met Bolivian President Luis Arce.",
			"meeting|Luis Arce,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"after the long talks", "After the two-hour talks, Salas spoke by phone with Bolivian President Luis Arce.",
			"call|Luis Arce,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
	for _, body := range []string{
		"Two days after the talks, Salas met Bolivian President Luis Arce.",
		"Ahead of the talks, Salas met Bolivian President Luis Arce.",
	} {
		for _, m := range datedLead(lead + body) {
			if strings.Contains(m, "Luis Arce") {
				assert.NotContains(t, m, "2023-03-03..2023-03-03", body)
			}
		}
	}
}

// A release that writes "the Summit" in capitals points back to the
// summit it told, as "the summit" does.
func TestSidelinesOfTheSummitInCapitals(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas will attend the Andean Community Summit in Quito on Friday. " +
		"On the sidelines of the Summit, President Salas will hold a bilateral meeting with Peruvian President Tomas Reyes.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Quito 2023-03-10..2023-03-10")
}

// "The gathering" in a phrase of an offset stands for the summit told
// before: "on the eve of the gathering" is the day before it.
func TestEveOfTheGathering(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"eve of the gathering", "Chilean President Pedro Salas hosted a regional summit on migration in Arica on Sunday. Salas held a bilateral meeting with Peruvian President Tomas Reyes on the eve of the gathering.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-04"},
		{"the day after the gathering", "Chilean President Pedro Salas hosted a regional summit on migration in Arica on Sunday. The day after the gathering, Salas met Peruvian President Tomas Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
	})
}
