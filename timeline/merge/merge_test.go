package merge

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Invented people used across the tests.
var (
	okafor   = person("Amara Okafor", "Nigeria")
	brenner  = person("Lukas Brenner", "Austria")
	marchett = person("Sofia Marchetti", "Italy")
	halvorse = person("Ingrid Halvorsen", "Norway")
	tanaka   = person("Kenji Tanaka", "Japan")
)

// bidenPutinReports is the shape of the December 2021 Biden–Putin coverage,
// in sentences of our own: an announcement, a readout, and a report from
// the other side published a day later in its own time zone, for each of
// two calls three weeks apart.
func bidenPutinReports() []timeline.Mention {
	biden := person("Joseph R. Biden, Jr.", "United States")
	putin := person("Vladimir Putin", "Russia")
	return mentions(
		mb{kind: timeline.Call, who: []timeline.Participant{biden, putin}, status: timeline.Planned, when: onDay("2021-12-07", timeline.FromText),
			article: "wh/announce-video-call", published: "2021-12-04", sentence: "The President will hold a video call with President Putin on Tuesday, December 7."},
		mb{kind: timeline.Call, who: []timeline.Participant{biden, putin}, when: onDay("2021-12-07", timeline.FromText),
			article: "wh/readout-video-call", published: "2021-12-07", sentence: "The President held a secure video call today with President Putin."},
		mb{kind: timeline.Meeting, who: []timeline.Participant{person("Vladimir Putin", "Russia"), person("Joseph Biden", "United States")}, when: onDay("2021-12-07", timeline.FromPublication),
			article: "kremlin/meeting-biden", published: "2021-12-07", sentence: "Putin had a long conversation with Joseph Biden."},
		mb{kind: timeline.Call, who: []timeline.Participant{biden, putin}, status: timeline.Planned, when: onDay("2021-12-30", timeline.FromText),
			article: "wh/announce-phone-call", published: "2021-12-29", sentence: "The President will hold a phone call with President Putin on Thursday, December 30."},
		mb{kind: timeline.Call, who: []timeline.Participant{biden, putin}, when: onDay("2021-12-30", timeline.FromText),
			article: "wh/readout-phone-call", published: "2021-12-30", sentence: "The President spoke today with President Putin."},
		mb{kind: timeline.Call, who: []timeline.Participant{putin, person("Biden", "")}, when: onDay("2021-12-31", timeline.FromPublication),
			article: "kremlin/phone-biden", published: "2021-12-31", sentence: "Putin had a telephone conversation with Biden."},
	)
}

func TestMergeBidenPutinCallsStaySeparateAndComplete(t *testing.T) {
	tl := Merge(bidenPutinReports())
	require.Len(t, tl.Events, 2)
	dec7, dec30 := tl.Events[0], tl.Events[1]

	assert.Equal(t, timeline.Call, dec7.Kind)
	assert.Equal(t, "2021-12-07", dec7.When.Start().String())
	assert.Equal(t, timeline.Occurred, dec7.Status)
	assert.ElementsMatch(t, []string{"wh/announce-video-call", "wh/readout-video-call", "kremlin/meeting-biden"}, articles(dec7))

	assert.Equal(t, timeline.Call, dec30.Kind)
	assert.Equal(t, "2021-12-30", dec30.When.Start().String())
	assert.Equal(t, "2021-12-30", dec30.When.End().String())
	assert.Equal(t, timeline.Occurred, dec30.Status)
	assert.ElementsMatch(t, []string{"wh/announce-phone-call", "wh/readout-phone-call", "kremlin/phone-biden"}, articles(dec30))
	assert.Empty(t, dec30.Conflicts)
	assert.Equal(t, "call-2021-12-30-biden-putin", dec30.ID)
	assert.Equal(t, "041", dec30.CAMEO)
	require.Len(t, dec30.Participants, 2)
	assert.Equal(t, "United States", dec30.Participants[0].Country)
}

func articles(e timeline.Event) []string {
	var out []string
	for _, s := range e.Sources {
		out = append(out, s.Article)
	}
	return out
}

func TestMergeRules(t *testing.T) {
	w02 := inRange("2031-W15", "2031-04-07", "2031-04-13", resolve.GranWeek)
	cases := []struct {
		name  string
		in    []mb
		count int
		// check, when set, inspects the events.
		check func(t *testing.T, es []timeline.Event)
	}{
		{"talks held and a meeting called off, undated, are two events", []mb{
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromText), article: "a", published: "2031-03-02"},
			{kind: timeline.Meeting, who: []timeline.Participant{brenner, okafor}, status: timeline.Postponed, article: "a", published: "2031-03-02"},
		}, 2, nil},
		{"a planned meeting and its postponement, undated, are one event", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, when: onDay("2031-03-06", timeline.FromText), article: "a", published: "2031-03-02"},
			{kind: timeline.Meeting, who: []timeline.Participant{brenner, okafor}, status: timeline.Postponed, article: "b", published: "2031-03-03"},
		}, 1, func(t *testing.T, es []timeline.Event) { assert.Equal(t, timeline.Postponed, es[0].Status) }},
		{"a body's session and its members who came are one summit", []mb{
			{kind: timeline.Summit, who: []timeline.Participant{org("Mercosur")}, place: "Montevideo", when: onDay("2031-03-02", timeline.FromText), article: "a", published: "2031-03-02"},
			{kind: timeline.Summit, who: []timeline.Participant{org("Mercosur"), country("Argentina"), country("Uruguay")}, place: "Montevideo", when: onDay("2031-03-02", timeline.FromText), article: "a", published: "2031-03-02", index: 1},
		}, 1, nil},
		{"a body's session elsewhere, or on another day, is another", []mb{
			{kind: timeline.Summit, who: []timeline.Participant{org("Mercosur")}, place: "Asuncion", when: onDay("2031-03-02", timeline.FromText), article: "a", published: "2031-03-02"},
			{kind: timeline.Summit, who: []timeline.Participant{org("Mercosur"), country("Argentina"), country("Uruguay")}, place: "Montevideo", when: onDay("2031-03-02", timeline.FromText), article: "b", published: "2031-03-02"},
			{kind: timeline.Summit, who: []timeline.Participant{org("Mercosur"), country("Argentina")}, place: "Montevideo", when: onDay("2031-05-02", timeline.FromText), article: "c", published: "2031-05-02"},
		}, 3, nil},
		{"two reports of one call", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromText), article: "a", published: "2031-03-02"},
			{kind: timeline.Call, who: []timeline.Participant{brenner, okafor}, when: onDay("2031-03-02", timeline.FromText), article: "b", published: "2031-03-03"},
		}, 1, nil},
		{"reports alike but for participant order and roles", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, {Name: "Lukas Brenner", Type: "person", Role: "Chancellor"}}, when: onDay("2031-03-02", timeline.FromText), article: "a", sentence: "same"},
			{kind: timeline.Call, who: []timeline.Participant{{Name: "Lukas Brenner", Type: "person", Role: "Minister"}, okafor}, when: onDay("2031-03-02", timeline.FromText), article: "a", sentence: "same"},
		}, 1, nil},
		{"a trip told more often than the talks held on it is those talks", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, place: "Vienna", when: inRange("2031-03-01", "2031-03-01", "2031-03-04", resolve.GranDay), article: "a", published: "2031-03-04"},
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, place: "Vienna", when: inRange("2031-03-01", "2031-03-01", "2031-03-04", resolve.GranDay), article: "a", published: "2031-03-04", index: 1},
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-03-02", timeline.FromText), article: "b", published: "2031-03-02"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, timeline.Talks, es[0].Kind, "GUIDE: a trip whose reported content is talks is those talks")
		}},
		{"a visit to a country is the talks held in its capital that day", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, status: timeline.Planned, when: onDay("2031-03-02", timeline.FromText), article: "a", published: "2031-02-20"},
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-03-02", timeline.FromPublication), article: "b", published: "2031-03-02"},
			{kind: timeline.Talks, who: []timeline.Participant{country("Nigeria"), country("Austria")}, when: onDay("2031-03-02", timeline.FromPublication), article: "b", published: "2031-03-02", index: 1},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, timeline.Talks, es[0].Kind)
			assert.Len(t, es[0].Sources, 3)
		}},
		{"an article's news of the day and its other event of the day before stay two", []mb{
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromPublication), article: "a", published: "2031-03-02"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-01", timeline.FromText), article: "a", published: "2031-03-02", index: 1},
		}, 2, nil},
		{"another article's publication day keeps its slack", []mb{
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromPublication), article: "b", published: "2031-03-02"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-01", timeline.FromText), article: "a", published: "2031-03-02", index: 1},
		}, 1, nil},
		{"one kind in one article may still be one event a day apart", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{country("Nigeria"), brenner}, when: onDay("2031-03-02", timeline.FromPublication), article: "a", published: "2031-03-02"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-01", timeline.FromText), article: "a", published: "2031-03-02", index: 1},
		}, 1, nil},
		{"a visit and talks held in another country stay two", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, place: "Rome", when: onDay("2031-03-02", timeline.FromText), article: "b"},
		}, 2, nil},
		{"a deputy's meeting in the week is not the leaders' meeting of its day", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{{Name: "Amara Okafor", Type: "person", Role: "President", Country: "Nigeria"}, {Name: "Lukas Brenner", Type: "person", Role: "Prime Minister", Country: "Austria"}},
				when: onDay("2031-04-09", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{{Name: "Amara Okafor", Type: "person", Role: "President", Country: "Nigeria"}, {Name: "Austria", Type: "country", Role: "Deputy Prime Minister"}},
				when: w02, article: "a", index: 1},
		}, 2, nil},
		{"an unnamed leader's meeting is the named leader's", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{{Name: "Amara Okafor", Type: "person", Role: "President", Country: "Nigeria"}, {Name: "Lukas Brenner", Type: "person", Role: "Prime Minister", Country: "Austria"}},
				when: onDay("2031-04-09", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{{Name: "Amara Okafor", Type: "person", Role: "President", Country: "Nigeria"}, country("Austria")},
				when: w02, article: "a", index: 1},
		}, 1, nil},
		{"a deputy's meeting joins the meeting of a named deputy", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{{Name: "Amara Okafor", Type: "person", Role: "President", Country: "Nigeria"}, {Name: "Lukas Brenner", Type: "person", Role: "Deputy Prime Minister", Country: "Austria"}},
				when: onDay("2031-04-09", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{{Name: "Amara Okafor", Type: "person", Role: "President", Country: "Nigeria"}, {Name: "Austria", Type: "country", Role: "Deputy Prime Minister"}},
				when: w02, article: "a", index: 1},
		}, 1, nil},
		{"an arrival joins the talks of its trip the next day", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, place: "Vienna", when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, place: "Vienna", status: timeline.Planned, when: onDay("2031-03-03", timeline.FromText), article: "b"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, timeline.Talks, es[0].Kind)
			assert.Equal(t, "2031-03-03", es[0].When.Value)
			assert.Equal(t, timeline.Planned, es[0].Status, "the arrival does not make the talks happen")
			assert.Len(t, es[0].Sources, 2)
			assert.Empty(t, es[0].Conflicts)
		}},
		{"talks a week after an arrival are another trip's", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, place: "Vienna", when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-03-09", timeline.FromText), article: "b"},
		}, 2, nil},
		{"talks in another country are not the trip's", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, place: "Vienna", when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, place: "Rome", when: onDay("2031-03-03", timeline.FromText), article: "b"},
		}, 2, nil},
		{"a readout's bilateral headline is not the trilateral meeting of its day", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-03-02", timeline.FromText), article: "a", sentence: "Headline of a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-03-02", timeline.FromText), article: "a", index: 1},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner, person("Ana Cruz", "Peru")}, place: "Vienna", when: onDay("2031-03-02", timeline.FromText), article: "b"},
		}, 2, func(t *testing.T, es []timeline.Event) {
			for _, e := range es {
				if len(e.Participants) == 2 {
					assert.Len(t, e.Sources, 2, "the headline and the body of the readout")
				}
			}
		}},
		{"a trilateral meeting does not chain the bilaterals of its day", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner, person("Ana Cruz", "Peru")}, when: onDay("2031-03-02", timeline.FromText), article: "b"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, person("Ana Cruz", "Peru")}, when: onDay("2031-03-02", timeline.FromText), article: "c"},
		}, 2, func(t *testing.T, es []timeline.Event) {
			for _, e := range es {
				var names []string
				for _, p := range e.Participants {
					names = append(names, p.Name)
				}
				assert.False(t, slices.Contains(names, "Lukas Brenner") && slices.Contains(names, "Ana Cruz") && len(e.Sources) == 3,
					"one event took both bilaterals: %v", names)
			}
		}},
		{"a trilateral meeting takes a report of two of its parties", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner, person("Ana Cruz", "Peru")}, when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromText), article: "b"},
		}, 1, nil},
		{"a call is not a visit", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Visit, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-03-02", timeline.FromText), article: "b"},
		}, 2, nil},
		{"same sides, different people are different calls", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Call, who: []timeline.Participant{person("Chidi Eze", "Nigeria"), person("Hanna Gruber", "Austria")}, when: onDay("2031-03-02", timeline.FromText), article: "b"},
		}, 2, nil},
		{"one side: the same two officials, not one of them", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, person("Chidi Eze", "Nigeria")}, when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, person("Bola Ade", "Nigeria")}, when: onDay("2031-03-02", timeline.FromText), article: "b"},
			{kind: timeline.Meeting, who: []timeline.Participant{person("Okafor", ""), person("Eze", "")}, when: onDay("2031-03-02", timeline.FromText), article: "c"},
		}, 2, nil},
		{"one shared side is not enough", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, marchett}, when: onDay("2031-03-02", timeline.FromText), article: "b"},
		}, 2, nil},
		{"different days do not merge", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromText), article: "a"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-04", timeline.FromText), article: "b"},
		}, 2, nil},
		{"a day inside a week merges and the day wins", []mb{
			{kind: timeline.Talks, who: []timeline.Participant{country("Norway"), country("Japan")}, status: timeline.Planned, when: w02, article: "a", index: 1},
			{kind: timeline.Meeting, who: []timeline.Participant{country("Japan"), country("Norway")}, place: "Oslo", status: timeline.Planned, when: onDay("2031-04-09", timeline.FromText), article: "a", index: 2},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "2031-04-09", es[0].When.Value)
			assert.Equal(t, "Oslo", *es[0].Place)
			assert.Equal(t, timeline.Planned, es[0].Status)
			assert.Empty(t, es[0].Conflicts)
		}},
		{"a country and a person of it are one side", []mb{
			{kind: timeline.Call, who: []timeline.Participant{country("Norway"), country("Japan")}, when: onDay("2031-05-01", timeline.FromText), article: "a"},
			{kind: timeline.Call, who: []timeline.Participant{halvorse, tanaka}, when: onDay("2031-05-01", timeline.FromText), article: "b"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, []string{"Ingrid Halvorsen", "Kenji Tanaka"}, participantNames(es[0]), "countries covered by their people are not listed again")
		}},
		{"surname only and spelling variants are one person", []mb{
			{kind: timeline.Call, who: []timeline.Participant{person("Volodymyr Zelenskyy", "Ukraine"), person("Halvorsen", "")}, when: onDay("2031-05-01", timeline.FromText), article: "a"},
			{kind: timeline.Call, who: []timeline.Participant{person("Zelensky", ""), halvorse}, when: onDay("2031-05-01", timeline.FromText), article: "b"},
			{kind: timeline.Call, who: []timeline.Participant{person("President Zelenskiy", ""), person("Ingrid Halvorsen", "")}, when: onDay("2031-05-01", timeline.FromText), article: "c"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, []string{"Volodymyr Zelenskyy", "Ingrid Halvorsen"}, participantNames(es[0]))
		}},
		{"the legs of one trip are visits to different countries", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{person("Ines Mora", ""), person("Tomas Vidal", ""), country("Kenya")}, when: inRange("2031-W10", "2031-03-03", "2031-03-09", resolve.GranWeek), article: "a"},
			{kind: timeline.Visit, who: []timeline.Participant{person("Ines Mora", ""), person("Tomas Vidal", ""), country("Niger")}, when: inRange("2031-W10", "2031-03-03", "2031-03-09", resolve.GranWeek), article: "a", index: 1},
		}, 2, nil},
		{"a same-day publisher's next-day readout is another event", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-06", timeline.FromText), article: "press/a.txt", published: "2031-06-06"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-07", timeline.FromPublication), article: "press/b.txt", published: "2031-06-07"},
		}, 2, nil},
		{"a next-day publisher's undated report joins the day before", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-06", timeline.FromText), article: "wire/a.txt", published: "2031-06-07"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-07", timeline.FromPublication), article: "wire/b.txt", published: "2031-06-07"},
		}, 1, nil},
		{"another publisher's undated report joins the day before", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-06", timeline.FromText), article: "press/a.txt", published: "2031-06-06"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-07", timeline.FromPublication), article: "wire/b.txt", published: "2031-06-07"},
		}, 1, nil},
		{"a named session of an organisation and a mention of its summit with a leader are one event", []mb{
			{kind: timeline.Summit, format: "CIS Council of Heads of State", who: []timeline.Participant{org("Commonwealth of Independent States")}, status: timeline.Planned, when: onDay("2031-12-28", timeline.FromText), article: "press/a.txt", published: "2031-12-27"},
			{kind: timeline.Summit, who: []timeline.Participant{okafor, org("Commonwealth of Independent States")}, when: onDay("2031-12-28", timeline.FromPublication), article: "press/b.txt", published: "2031-12-28"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "CIS Council of Heads of State", es[0].Format)
			assert.Equal(t, []string{"Commonwealth of Independent States", "Amara Okafor"}, participantNames(es[0]))
		}},
		{"a named session with one who came to it, and a report of the others, are one event", []mb{
			{kind: timeline.Summit, format: "CIS Council of Heads of State", who: []timeline.Participant{org("Commonwealth of Independent States"), okafor}, status: timeline.Planned, when: onDay("2031-12-28", timeline.FromText), article: "press/a.txt", published: "2031-12-27"},
			{kind: timeline.Summit, who: []timeline.Participant{org("Commonwealth of Independent States"), brenner, person("Ana Cruz", "Chile")}, when: onDay("2031-12-28", timeline.FromText), article: "press/b.txt", published: "2031-12-28"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "CIS Council of Heads of State", es[0].Format)
			assert.ElementsMatch(t, []string{"Commonwealth of Independent States", "Amara Okafor", "Lukas Brenner", "Ana Cruz"}, participantNames(es[0]))
		}},
		{"a format of an organisation and a country does not take a session of the organisation", []mb{
			{kind: timeline.Summit, format: "Harbour Union-Chile summit", who: []timeline.Participant{org("Harbour Union"), country("Chile")}, when: onDay("2031-12-28", timeline.FromText), article: "a"},
			{kind: timeline.Summit, who: []timeline.Participant{org("Harbour Union"), brenner}, when: onDay("2031-12-28", timeline.FromText), article: "b"},
		}, 2, nil},
		{"a call told by one source is a call, however many say meeting", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromPublication), article: "press/a.txt", published: "2031-03-02"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-03-02", timeline.FromPublication), article: "press/a.txt", published: "2031-03-02", index: 1},
			{kind: timeline.Call, who: []timeline.Participant{brenner, okafor}, when: onDay("2031-03-02", timeline.FromText), article: "wire/b.txt", published: "2031-03-02"},
		}, 1, func(t *testing.T, es []timeline.Event) { assert.Equal(t, timeline.Call, es[0].Kind) }},
		{"a session of one organisation does not take a summit of another", []mb{
			{kind: timeline.Summit, format: "CIS Council of Heads of State", who: []timeline.Participant{org("Commonwealth of Independent States")}, when: onDay("2031-12-28", timeline.FromText), article: "a"},
			{kind: timeline.Summit, who: []timeline.Participant{okafor, org("African Union")}, when: onDay("2031-12-28", timeline.FromText), article: "b"},
		}, 2, nil},
		{"one publisher's reports dated only by publication days a day apart are two events", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-10", timeline.FromPublication), article: "press/a.txt", published: "2031-06-10"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-11", timeline.FromPublication), article: "press/b.txt", published: "2031-06-11"},
		}, 2, nil},
		{"one publisher's reports of a named gathering a day apart are the one gathering", []mb{
			{kind: timeline.Summit, format: "Harbour Forum summit", who: []timeline.Participant{okafor, org("Harbour Forum")}, when: onDay("2031-06-10", timeline.FromPublication), article: "press/a.txt", published: "2031-06-10"},
			{kind: timeline.Summit, format: "Harbour Forum summit", who: []timeline.Participant{okafor, org("Harbour Forum")}, when: onDay("2031-06-11", timeline.FromPublication), article: "press/b.txt", published: "2031-06-11"},
		}, 1, nil},
		{"and so is a report dated by its text the next day", []mb{
			{kind: timeline.Summit, format: "Harbour Forum summit", who: []timeline.Participant{okafor, org("Harbour Forum")}, when: onDay("2031-06-11", timeline.FromText), article: "press/b.txt", published: "2031-06-11"},
			{kind: timeline.Summit, format: "Harbour Forum summit", who: []timeline.Participant{okafor, org("Harbour Forum")}, when: onDay("2031-06-10", timeline.FromPublication), article: "press/a.txt", published: "2031-06-10"},
		}, 1, nil},
		{"but not two calls of the one press office a day apart, one dated by its text", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-11", timeline.FromText), article: "press/b.txt", published: "2031-06-11"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-10", timeline.FromPublication), article: "press/a.txt", published: "2031-06-10"},
		}, 2, nil},
		{"reports dated only by the same publication day are one event", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-10", timeline.FromPublication), article: "a", published: "2031-06-10"},
			{kind: timeline.Call, who: []timeline.Participant{brenner, okafor}, when: onDay("2031-06-10", timeline.FromPublication), article: "b", published: "2031-06-10"},
		}, 1, nil},
		{"a weak publication date is one day either side", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-10", timeline.FromText), article: "a"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-11", timeline.FromPublication), article: "b"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-09", timeline.FromPublication), article: "c"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "2031-06-10", es[0].When.Value, "a text date wins over publication dates")
		}},
		{"a publication date two days off is another event", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-10", timeline.FromText), article: "a"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-12", timeline.FromPublication), article: "b"},
		}, 2, nil},
		{"publication dates alone: the earliest", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-12", timeline.FromPublication), article: "moscow/b.txt"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-06-11", timeline.FromPublication), article: "washington/a.txt"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "2031-06-11", es[0].When.Start().String())
		}},
		{"different named formats never merge", []mb{
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: w02, article: "a"},
			{kind: timeline.Talks, format: "Barents Council", who: []timeline.Participant{org("NATO"), country("Russia")}, when: w02, article: "a", index: 1},
			{kind: timeline.Talks, format: "Barents Council", who: []timeline.Participant{country("Norway"), country("Russia")}, when: w02, article: "b"},
		}, 2, nil},
		{"a format-less mention joins the format whose parties it names", []mb{
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: w02, article: "a"},
			{kind: timeline.Talks, format: "Barents Council", who: []timeline.Participant{org("NATO"), country("Russia")}, when: w02, article: "a", index: 1},
			{kind: timeline.Summit, who: []timeline.Participant{org("OSCE"), country("Russia"), country("Norway")}, when: w02, article: "a", index: 2},
			{kind: timeline.Meeting, who: []timeline.Participant{country("Russia"), country("Norway")}, place: "Tromsø", when: onDay("2031-04-08", timeline.FromText), article: "a", index: 3},
		}, 3, func(t *testing.T, es []timeline.Event) {
			e := es[len(es)-1] // the day sorts after the weeks that contain it
			require.Equal(t, "2031-04-08", e.When.Start().String())
			assert.Equal(t, "Arctic Shelf Dialogue", e.Format)
			assert.Equal(t, "Tromsø", *e.Place)
			assert.Len(t, e.Sources, 2)
			assert.Equal(t, "Norway – Russia Arctic Shelf Dialogue", e.Title)
			// Equal dates sort by id: summit-… before talks-….
			assert.Equal(t, "OSCE – Russia – Norway summit", es[0].Title)
			assert.Equal(t, "talks-2031-04-07-barents-council-nato-russia", es[1].ID)
		}},
		{"an organisation in one mention only keeps them apart", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{country("Norway"), country("Russia")}, when: w02, article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{org("OSCE"), country("Russia"), country("Norway")}, when: w02, article: "b"},
		}, 2, nil},
		{"announcement and readout: occurred wins", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, when: onDay("2031-07-03", timeline.FromText), article: "a", published: "2031-07-01"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, status: timeline.Occurred, when: onDay("2031-07-03", timeline.FromText), article: "b", published: "2031-07-03"},
		}, 1, func(t *testing.T, es []timeline.Event) { assert.Equal(t, timeline.Occurred, es[0].Status) }},
		{"the latest report postpones a plan", []mb{
			{kind: timeline.Summit, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, when: onDay("2031-07-20", timeline.FromText), article: "a", published: "2031-07-01"},
			{kind: timeline.Summit, who: []timeline.Participant{okafor, brenner}, status: timeline.Postponed, when: onDay("2031-07-20", timeline.FromText), article: "b", published: "2031-07-15"},
		}, 1, func(t *testing.T, es []timeline.Event) { assert.Equal(t, timeline.Postponed, es[0].Status) }},
		{"a later plan after a cancellation is planned again", []mb{
			{kind: timeline.Summit, who: []timeline.Participant{okafor, brenner}, status: timeline.Cancelled, when: onDay("2031-07-20", timeline.FromText), article: "a", published: "2031-07-01"},
			{kind: timeline.Summit, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, when: onDay("2031-07-20", timeline.FromText), article: "b", published: "2031-07-15"},
		}, 1, func(t *testing.T, es []timeline.Event) { assert.Equal(t, timeline.Planned, es[0].Status) }},
		{"call and talks on one day with the same sides", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-08-01", timeline.FromText), article: "a"},
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-08-01", timeline.FromText), article: "a", index: 1},
		}, 1, func(t *testing.T, es []timeline.Event) { assert.Equal(t, timeline.Call, es[0].Kind) }},
		{"call and talks in one week stay apart", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-04-08", timeline.FromText), article: "a"},
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, when: w02, article: "b"},
		}, 2, nil},
		{"visit and meeting at one place merge", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-09-01", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "vienna", when: onDay("2031-09-01", timeline.FromText), article: "b"},
		}, 1, nil},
		{"visit and meeting in different places stay apart", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-09-01", timeline.FromText), article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Salzburg", when: onDay("2031-09-01", timeline.FromText), article: "b"},
		}, 2, nil},
		{"meetings in two known cities stay apart", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Geneva", when: w02, article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-04-08", timeline.FromText), article: "b"},
		}, 2, nil},
		{"a city and its country are one place", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Austria", when: w02, article: "a"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Vienna", when: onDay("2031-04-08", timeline.FromText), article: "b"},
		}, 1, nil},
		{"undated mention joins its article's event", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-10-01", timeline.FromText), article: "a", published: "2031-10-02"},
			{kind: timeline.Call, who: []timeline.Participant{person("Okafor", ""), person("Brenner", "")}, article: "a", index: 1, published: "2031-10-02"},
		}, 1, func(t *testing.T, es []timeline.Event) { assert.Len(t, es[0].Sources, 2) }},
		{"undated mention joins the only candidate near its publication", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-10-01", timeline.FromText), article: "a", published: "2031-10-01"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, article: "b", published: "2031-10-04"},
		}, 1, nil},
		{"undated mention with two candidates stays undated", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-10-01", timeline.FromText), article: "a", published: "2031-10-01"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-10-03", timeline.FromText), article: "c", published: "2031-10-03"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, article: "b", published: "2031-10-04"},
		}, 3, func(t *testing.T, es []timeline.Event) {
			assert.Nil(t, es[2].When, "never given an invented date")
			assert.Contains(t, es[2].ID, "undated")
		}},
		{"undated mention far from any event stays undated", []mb{
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-10-01", timeline.FromText), article: "a", published: "2031-10-01"},
			{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, article: "b", published: "2031-12-20"},
		}, 2, nil},
		{"undated plan and undated report a few days apart are one event", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, article: "a", published: "2031-10-01"},
			{kind: timeline.Meeting, who: []timeline.Participant{person("Okafor", ""), person("Brenner", "")}, status: timeline.Occurred, place: "Abuja", article: "b", published: "2031-10-04"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Nil(t, es[0].When)
			assert.Equal(t, timeline.Occurred, es[0].Status)
		}},
		{"undated copies of one story join each other, not the look-alike", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Geneva", status: timeline.Occurred, article: "a", published: "2031-10-01"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Vienna", status: timeline.Occurred, article: "b", published: "2031-10-03"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, article: "c1", published: "2031-10-01"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, article: "c2", published: "2031-10-01"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, article: "c3", published: "2031-10-01"},
		}, 3, func(t *testing.T, es []timeline.Event) {
			var sizes []int
			for _, e := range es {
				sizes = append(sizes, len(e.Sources))
			}
			assert.ElementsMatch(t, []int{1, 1, 3}, sizes)
		}},
		{"across articles an undated mention needs the same kind", []mb{
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-10-02", timeline.FromText), article: "a", published: "2031-10-02"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, article: "b", published: "2031-10-03"},
		}, 2, nil},
		{"an undated plan joins the one report of the same kind", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, brenner}, place: "Vienna", status: timeline.Planned, article: "a", published: "2031-10-01"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, place: "Vienna", status: timeline.Occurred, article: "b", published: "2031-10-03"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, article: "c1", published: "2031-10-01"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, article: "c2", published: "2031-10-01"},
		}, 2, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, []string{"c1", "c2", "b"}, articles(es[0]))
			assert.Equal(t, timeline.Occurred, es[0].Status)
		}},
		{"within its article an undated mention may differ in kind", []mb{
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-10-02", timeline.FromText), article: "a", published: "2031-10-02"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, article: "a", index: 1, published: "2031-10-02"},
		}, 1, nil},
		{"undated reports a month apart stay apart", []mb{
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, article: "a", published: "2031-10-01"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, article: "b", published: "2031-11-04"},
		}, 2, nil},
		{"a publication date prefers the event on its own day", []mb{
			{kind: timeline.Talks, who: []timeline.Participant{okafor, brenner}, status: timeline.Planned, when: onDay("2031-11-30", timeline.FromText), article: "a", published: "2031-11-29"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-12-01", timeline.FromText), article: "b", published: "2031-12-01"},
			{kind: timeline.Meeting, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-11-30", timeline.FromPublication), article: "c", published: "2031-11-30"},
		}, 2, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, []string{"a", "c"}, articles(es[0]))
			assert.Equal(t, timeline.Occurred, es[0].Status)
		}},
		{"one format on adjacent days: the day more sources give wins", []mb{
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: onDay("2031-04-09", timeline.FromText), article: "a"},
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: onDay("2031-04-10", timeline.FromText), article: "c"},
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: onDay("2031-04-10", timeline.FromText), article: "b"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "2031-04-10", es[0].When.Value)
			require.Len(t, es[0].Conflicts, 1)
			assert.Equal(t, "2031-04-09", es[0].Conflicts[0].Value)
		}},
		{"a month from the text and the day a readout gives it as news: the day", []mb{
			{kind: timeline.Summit, format: "Harbour Forum summit", who: []timeline.Participant{okafor, org("Harbour Forum")}, when: inRange("2031-10", "2031-10-01", "2031-10-31", resolve.GranMonth), article: "b", published: "2031-11-12"},
			{kind: timeline.Summit, format: "Harbour Forum summit", who: []timeline.Participant{okafor, org("Harbour Forum")}, when: onDay("2031-10-26", timeline.FromPublication), article: "a", published: "2031-10-26"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "2031-10-26", es[0].When.Value)
			assert.Empty(t, es[0].Conflicts)
		}},
		{"a span of days from the text is not narrowed to a day of news", []mb{
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, when: inRange("2031-10-05", "2031-10-05", "2031-10-07", resolve.GranDay), article: "b", published: "2031-10-04"},
			{kind: timeline.Visit, who: []timeline.Participant{okafor, country("Austria")}, when: onDay("2031-10-06", timeline.FromPublication), article: "a", published: "2031-10-06"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "2031-10-05", es[0].When.Start().String())
			assert.Equal(t, "2031-10-07", es[0].When.End().String())
		}},
		{"a month from the text keeps its month when no news day falls in it", []mb{
			{kind: timeline.Summit, format: "Harbour Forum summit", who: []timeline.Participant{okafor, org("Harbour Forum")}, when: inRange("2031-10", "2031-10-01", "2031-10-31", resolve.GranMonth), article: "b", published: "2031-11-12"},
		}, 1, func(t *testing.T, es []timeline.Event) { assert.Equal(t, "2031-10", es[0].When.Value) }},
		{"one format two days apart stays two events", []mb{
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: onDay("2031-04-09", timeline.FromText), article: "a"},
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: onDay("2031-04-11", timeline.FromText), article: "b"},
		}, 2, nil},
		{"one format on adjacent days: merged, other day kept as conflict", []mb{
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: onDay("2031-04-09", timeline.FromText), article: "a"},
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: onDay("2031-04-09", timeline.FromText), article: "c"},
			{kind: timeline.Talks, format: "Arctic Shelf Dialogue", who: []timeline.Participant{country("Norway"), country("Russia")}, when: onDay("2031-04-10", timeline.FromText), article: "b"},
		}, 1, func(t *testing.T, es []timeline.Event) {
			assert.Equal(t, "2031-04-09", es[0].When.Value)
			require.Len(t, es[0].Conflicts, 1)
			assert.Equal(t, "2031-04-10", es[0].Conflicts[0].Value)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := mentions(tc.in...)
			tl := Merge(in)
			assert.Equal(t, timeline.Schema, tl.Schema)
			require.Len(t, tl.Events, tc.count, "events: %s", summary(tl))
			if tc.check != nil {
				tc.check(t, tl.Events)
			}
			// Every case is also order-independent.
			want := mustJSON(t, tl)
			for i := 0; i < 5; i++ {
				shuffled := append([]timeline.Mention(nil), in...)
				rand.New(rand.NewPCG(uint64(i), 7)).Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
				require.Equal(t, want, mustJSON(t, Merge(shuffled)))
			}
		})
	}
}

func participantNames(e timeline.Event) []string {
	var out []string
	for _, p := range e.Participants {
		out = append(out, p.Name)
	}
	return out
}

func summary(tl timeline.Timeline) string {
	var s string
	for _, e := range tl.Events {
		s += "\n  " + e.ID + " " + e.Title
	}
	return s
}

func mustJSON(t testing.TB, v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	return string(b)
}

func TestMergeIsOrderIndependent(t *testing.T) {
	in := append(bidenPutinReports(), goldenMentions()...)
	in = append(in, syntheticMentions(300, 11)...)
	want := mustJSON(t, Merge(in))
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		shuffled := append([]timeline.Mention(nil), in...)
		r.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		require.Equal(t, want, mustJSON(t, Merge(shuffled)), "shuffle %d", i)
	}
}

func TestMergeIDsAreUnique(t *testing.T) {
	tl := Merge(syntheticMentions(3000, 5))
	seen := map[string]bool{}
	for _, e := range tl.Events {
		require.False(t, seen[e.ID], "duplicate id %s", e.ID)
		seen[e.ID] = true
	}
}

func TestMergeEmpty(t *testing.T) {
	tl := Merge(nil)
	assert.Equal(t, timeline.Schema, tl.Schema)
	assert.NotNil(t, tl.Events)
	assert.Empty(t, tl.Events)
}

func TestEventsSorted(t *testing.T) {
	tl := Merge(syntheticMentions(2000, 3))
	for i := 1; i < len(tl.Events); i++ {
		assert.LessOrEqual(t, timeline.CompareEvents(tl.Events[i-1], tl.Events[i]), 0)
	}
}

// TestMergeSampleArticleShape feeds Merge the mentions the extractor is
// expected to produce for the project's sample article (a wire story of
// 2 January 2022) and checks the six events the project promises.
func TestMergeSampleArticleShape(t *testing.T) {
	biden := person("Joe Biden", "United States")
	zel := person("Volodymyr Zelenskyy", "Ukraine")
	putin := person("Vladimir Putin", "Russia")
	us, ru := country("United States"), country("Russia")
	w02 := inRange("2022-W02", "2022-01-10", "2022-01-16", resolve.GranWeek)
	earlier := inRange("2021-W52", "2021-12-27", "2022-01-01", resolve.GranWeek)
	const art, pub = "seed.txt", "2022-01-02"
	in := mentions(
		mb{kind: timeline.Call, who: []timeline.Participant{biden, zel}, when: onDay("2022-01-02", timeline.FromReference), article: art, published: pub, index: 0},
		mb{kind: timeline.Talks, who: []timeline.Participant{person("Biden", ""), zel}, when: onDay("2022-01-02", timeline.FromText), article: art, published: pub, index: 1},
		mb{kind: timeline.Call, who: []timeline.Participant{person("President Biden", "United States"), person("Zelenskyy", "")}, when: onDay("2022-01-02", timeline.FromReference), article: art, published: pub, index: 2},
		mb{kind: timeline.Talks, format: "Strategic Stability Dialogue", who: []timeline.Participant{us, ru}, status: timeline.Planned, when: w02, article: art, published: pub, index: 3},
		mb{kind: timeline.Summit, format: "NATO-Russia Council", who: []timeline.Participant{org("NATO"), ru}, status: timeline.Planned, when: w02, article: art, published: pub, index: 4},
		mb{kind: timeline.Talks, format: "Strategic Stability Dialogue", who: []timeline.Participant{us, ru}, status: timeline.Planned, when: w02, article: art, published: pub, index: 5},
		mb{kind: timeline.Summit, format: "NATO-Russia Council", who: []timeline.Participant{org("NATO"), ru}, status: timeline.Planned, when: w02, article: art, published: pub, index: 6},
		mb{kind: timeline.Summit, who: []timeline.Participant{org("OSCE"), us, ru}, status: timeline.Planned, when: w02, article: art, published: pub, index: 7},
		mb{kind: timeline.Meeting, who: []timeline.Participant{ru, us}, place: "Geneva", status: timeline.Planned, when: onDay("2022-01-10", timeline.FromText), article: art, published: pub, index: 8},
		mb{kind: timeline.Call, who: []timeline.Participant{zel, person("Antony Blinken", "United States")}, when: earlier, article: art, published: pub, index: 9},
		mb{kind: timeline.Call, who: []timeline.Participant{biden, putin}, when: onDay("2021-12-30", timeline.FromText), article: art, published: pub, index: 10},
		mb{kind: timeline.Call, who: []timeline.Participant{person("Biden", ""), person("Putin", "")}, when: onDay("2021-12-30", timeline.FromReference), article: art, published: pub, index: 11},
	)
	tl := Merge(in)
	var got []string
	for _, e := range tl.Events {
		got = append(got, fmt.Sprintf("%s %s %s %s..%s %s %d", e.Kind, strings.Join(participantNames(e), "+"), e.Status, e.When.Start(), e.When.End(), deref(e.Place), len(e.Sources)))
	}
	assert.Equal(t, []string{
		"call Volodymyr Zelenskyy+Antony Blinken occurred 2021-12-27..2022-01-01  1",
		"call Joe Biden+Vladimir Putin occurred 2021-12-30..2021-12-30  2",
		"call Joe Biden+Volodymyr Zelenskyy occurred 2022-01-02..2022-01-02  3",
		"talks United States+Russia planned 2022-01-10..2022-01-10 Geneva 3",
		"summit NATO+Russia planned 2022-01-10..2022-01-16  2",
		"summit OSCE+United States+Russia planned 2022-01-10..2022-01-16  1",
	}, got)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestMergeOddInput(t *testing.T) {
	cases := []struct {
		name string
		in   []timeline.Mention
		want int
	}{
		{"no participants", []timeline.Mention{{Kind: timeline.Call, Status: timeline.Occurred, Article: "a"}}, 1},
		{"blank names", []timeline.Mention{{Kind: timeline.Call, Participants: []timeline.Participant{{Name: "  "}, {Name: "Mr."}}, Article: "a"}}, 1},
		{"zero date range is undated", []timeline.Mention{{Kind: timeline.Call, Participants: []timeline.Participant{okafor, brenner}, When: &timeline.MentionDate{Basis: timeline.FromText}, Article: "a"}}, 1},
		{"unknown kind and status", []timeline.Mention{{Kind: "parade", Status: "rumoured", Participants: []timeline.Participant{okafor, brenner}, Article: "a"}}, 1},
		{"unknown kinds tie", []timeline.Mention{
			{Kind: "parade", Participants: []timeline.Participant{okafor, brenner}, Article: "a"},
			{Kind: "gala", Participants: []timeline.Participant{okafor, brenner}, Article: "a", Index: 1}}, 2},
		{"identical mentions twice", append(mentions(mb{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-01-01", timeline.FromText), article: "a"}),
			mentions(mb{kind: timeline.Call, who: []timeline.Participant{okafor, brenner}, when: onDay("2031-01-01", timeline.FromText), article: "a"})...), 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var tl timeline.Timeline
			require.NotPanics(t, func() { tl = Merge(tc.in) })
			require.Len(t, tl.Events, tc.want)
			for _, e := range tl.Events {
				assert.NotEmpty(t, e.ID)
				assert.NotEmpty(t, e.CAMEO)
				assert.NotNil(t, e.Sources)
				assert.NotNil(t, e.Participants, "participants is [] in JSON, never null")
			}
		})
	}
}

// Two mentions extraction found in one sentence, with other sides, are two
// events: "A and B met on the sidelines of a trilateral meeting with C"
// is the meeting of two and the gathering of three, though a meeting and
// a summit of one day may otherwise be one event. A reference back in the
// same sentence, and a visit with the meeting held on it, still merge.
func TestSentenceSiblingsStayApart(t *testing.T) {
	const s = "A and B met in Busan on Saturday on the sidelines of a trilateral meeting with C."
	a, b, c := person("Ana Cruz", "Chile"), person("Rosa Vega", "Peru"), country("Bolivia")
	tl := Merge(mentions(
		mb{kind: timeline.Meeting, who: []timeline.Participant{a, b}, when: onDay("2024-08-24", timeline.FromText), article: "x/1.txt", index: 0, sentence: s},
		mb{kind: timeline.Summit, who: []timeline.Participant{a, b, c}, when: onDay("2024-08-24", timeline.FromText), article: "x/1.txt", index: 1, sentence: s},
	))
	require.Len(t, tl.Events, 2)
	kinds := []timeline.Kind{tl.Events[0].Kind, tl.Events[1].Kind}
	assert.ElementsMatch(t, []timeline.Kind{timeline.Meeting, timeline.Summit}, kinds)

	// The same two, told in two sentences, are one event, as before.
	tl = Merge(mentions(
		mb{kind: timeline.Meeting, who: []timeline.Participant{a, b}, when: onDay("2024-08-24", timeline.FromText), article: "x/1.txt", index: 0, sentence: s},
		mb{kind: timeline.Summit, who: []timeline.Participant{a, b, c}, when: onDay("2024-08-24", timeline.FromText), article: "x/1.txt", index: 1, sentence: "The three met in Busan on Saturday."},
	))
	assert.Len(t, tl.Events, 1)

	// A reference back in the same sentence is the event it refers to.
	tl = Merge(mentions(
		mb{kind: timeline.Meeting, who: []timeline.Participant{a, b}, when: onDay("2024-08-24", timeline.FromText), article: "x/1.txt", index: 0, sentence: s},
		mb{kind: timeline.Meeting, who: []timeline.Participant{a, b, c}, when: onDay("2024-08-24", timeline.FromReference), article: "x/1.txt", index: 1, sentence: s},
	))
	assert.Len(t, tl.Events, 1)
}
