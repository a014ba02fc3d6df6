package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// monday is the publication day of the made-up articles below.
var monday = date.New(2023, 3, 6)

// story builds an article without a dateline, published on monday.
func story(headline, body string) timeline.Article {
	return timeline.Article{ID: "test.txt", Headline: headline, Published: monday, Body: body}
}

// cast of the made-up stories: introduced once, then referred to.
const intro = "Chilean President Pedro Salas and Peruvian President Tomas Reyes arrived. "

// brief renders a mention as "kind|participants|status|place"; participants
// are sorted so that tests do not depend on their order.
func brief(m timeline.Mention) string {
	var ps []string
	for _, p := range m.Participants {
		ps = append(ps, p.Name)
	}
	sort.Strings(ps)
	return fmt.Sprintf("%s|%s|%s|%s", m.Kind, strings.Join(ps, ","), m.Status, m.Place)
}

// mentionsOf extracts from body (after intro) and returns the mentions of
// the last sentence, rendered by brief.
func mentionsOf(t *testing.T, body string) []string {
	t.Helper()
	a := story("", intro+body)
	var out []string
	for _, m := range Extract(a) {
		if strings.Contains(body, m.Source.Sentence) {
			out = append(out, brief(m))
		}
	}
	return out
}

func TestExtractEvents(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"telephone call", "Salas held a telephone call with Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"spoke by phone", "Salas spoke with Reyes by phone.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"spoke, no phone cue", "Salas spoke with Reyes.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"talks over the phone", "Salas had talks with Reyes over the phone.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"video call", "Salas held a secure video call with Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"held talks with place", "Salas and Reyes held talks in Lima.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"met with", "Salas met with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"met, direct object", "Salas met Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"between", "The call between Salas and Reyes was short.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"visit a country", "Salas visited Peru.", []string{"visit|Pedro Salas,Peru|occurred|"}},
		{"arrived in a capital", "Salas arrived in Lima on a state visit.", []string{"visit|Pedro Salas,Peru|occurred|Lima"}},
		{"trip to", "Salas's trip to Bolivia ended.", []string{"visit|Bolivia,Pedro Salas|occurred|"}},
		{"country sides", "Bolivian and Brazilian officials are set to meet.", []string{"meeting|Bolivia,Brazil|planned|"}},
		{"hyphenated pair", "Bolivian-Brazilian talks resumed.", []string{"talks|Bolivia,Brazil|occurred|"}},
		{"sentence-initial phrase", "During a call with the Peru leader, President Salas praised the deal.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"counterpart", "The Chilean President and his Peruvian counterpart held a talk.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"list of three", "Salas met with Reyes, Prime Minister Ana Lima of Spain and King Olaf Berg of Norway.", []string{"meeting|Ana Lima,Olaf Berg,Pedro Salas,Tomas Reyes|occurred|"}},
		{"subject of a relative clause", "Salas welcomed Reyes, who arrived in Chile on a working visit.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}}, // the visit is the meeting
		{"summit of an organisation", "Salas attended a summit of the African Union.", []string{"summit|African Union,Pedro Salas|occurred|"}},
		{"virtual meeting", "Salas held a virtual meeting with Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"negotiations", "Peru opened negotiations with Bolivia.", []string{"talks|Bolivia,Peru|occurred|"}},
		{"object who arrived", "Salas held talks with President of Peru Tomas Reyes, who arrived in Santiago on a working visit.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Santiago"}}, // the visit is the talks
		{"who is in a country on a visit", "Salas held talks with President of Peru Tomas Reyes, who is in Chile on a working visit.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},     // the visit is the talks
		{"will welcome", "Salas will welcome Reyes to Santiago on Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|Santiago"}},
		{"a list after a preposition", "Advisers from Peru, Bolivia, Chile and Brazil met in Lima.", []string{"meeting|Bolivia,Brazil,Chile,Peru|occurred|Lima"}},
		{"a place before the comma is not in the list", "In Lima, Salas and Reyes met.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"spoke to a president", "Salas spoke to Peruvian President Tomas Reyes on Monday.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"dialled", "Salas dialled Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"telephonic conversation", "Salas held a telephonic conversation with Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"told in a call", "Salas told Reyes in a phone call that ties were strong.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"assured during a call", "Salas assured Reyes during their telephone conversation.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"aside on the channel", "Salas had a meeting, via videoconference, with Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"aside on the phone", "Salas held talks, by telephone, with Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"other asides still stop", "Salas had meetings, in particular, with Reyes.", nil},
		{"attending a format's session across a list", "Salas virtually joined leaders of ASEAN member states and representatives from Peru, Bolivia and Brazil during the annual East Asia Summit on Friday.", []string{"summit|ASEAN,Pedro Salas|occurred|"}},
		{"council of an organisation", "Salas took part in a Supreme Eurasian Economic Council meeting on Friday.", []string{"summit|Eurasian Economic Union,Pedro Salas|occurred|"}},
		{"federation, not committee", "Salas met with the head of the International Federation of Red Cross and Red Crescent Societies.", []string{"meeting|International Federation of Red Cross and Red Crescent Societies,Pedro Salas|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

func TestExtractNotEvents(t *testing.T) {
	tests := []string{
		"Salas said in a statement that ties with Peru were strong.",
		"Reyes posted a tweet about the talks.",
		"Salas made a call for calm in Peru.",
		"Reyes called for a ceasefire with Chile.",
		"Salas called on Peru to act.",
		"Protesters renewed calls to end the war with Peru.",
		"Salas held a business meeting with Reyes.",
		"Salas spoke to reporters after the vote.",
		"Salas spoke to Reyes's concerns about trade.",
		"Salas renewed his offer to host talks between Peru and Bolivia.",
		"Salas paid a hospital visit.",
		"Salas did not meet Reyes.",
		"Reyes refused to meet Salas.",
		"Salas gave a press conference with Reyes.",
		"Chilean troops moved toward the border of Peru.",
		"Parliament voted on the bill of Reyes.",
		"The phone records of Salas were released.",
		"Salas gave an interview to Peruvian television.",
		"Salas will meet the needs of Peru.",
		"Salas welcomed Peru's decision.",
		"Reyes plans to visit Peruvian gas fields.",
		"Salas discussed the Strategic Stability Dialogue on Friday.",
		"The Weimar Triangle accords of 2019 were praised.",
	}
	for _, body := range tests {
		t.Run(body, func(t *testing.T) {
			assert.Empty(t, mentionsOf(t, body), body)
		})
	}
}

func TestExtractStatus(t *testing.T) {
	tests := []struct {
		body string
		want timeline.Status
	}{
		{"Salas will meet Reyes.", timeline.Planned},
		{"Salas is set to meet Reyes.", timeline.Planned},
		{"Salas plans to visit Peru.", timeline.Planned},
		{"Salas and Reyes are scheduled to hold talks.", timeline.Planned},
		{"Salas cancelled his meeting with Reyes.", timeline.Cancelled},
		{"Salas called off his visit to Peru.", timeline.Cancelled},
		{"Salas postponed talks with Reyes.", timeline.Postponed},
		{"The meeting between Salas and Reyes was postponed.", timeline.Postponed},
		{"Salas met Reyes.", timeline.Occurred},
		{"Salas met Reyes on Friday.", timeline.Occurred},
		{"Salas meets Reyes next week.", timeline.Planned},
		{"Salas will meet Reyes on March 20.", timeline.Planned},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			got := mentionsOf(t, tt.body)
			require.Len(t, got, 1)
			assert.Equal(t, string(tt.want), strings.Split(got[0], "|")[2])
		})
	}
}

func TestExtractPlace(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Salas met Reyes in Geneva.", "Geneva"},
		{"Salas and Reyes are set to meet in person in Geneva on March 10.", "Geneva"},
		{"Salas met Reyes at the Kremlin.", "Kremlin"},
		{"In Lima, Salas met Reyes.", "Lima"},
		{"Salas met Reyes in private.", ""},
		{"Salas met Reyes, who was born in Geneva.", ""},
		{"Salas visited Kiev.", "Kyiv"},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			got := mentionsOf(t, tt.body)
			require.NotEmpty(t, got)
			assert.Equal(t, tt.want, strings.Split(got[0], "|")[3])
		})
	}
}

// dated renders a mention's date as "value first..last basis".
func dated(m timeline.Mention) string {
	if m.When == nil {
		return "nil"
	}
	return fmt.Sprintf("%s %s..%s %s", m.When.Value, m.When.Range.First, m.When.Range.Last, m.When.Basis)
}

func TestExtractDates(t *testing.T) {
	tests := []struct {
		name, headline, body string
		want                 []string // one per mention: "kind date"
	}{
		{"own date", "", intro + "Salas met Reyes on Friday.",
			[]string{"meeting 2023-03-03 2023-03-03..2023-03-03 text"}},
		{"reporting date is not the event's", "", "Officials gave no details. " + intro + "Salas said on Sunday that he had met Reyes.",
			[]string{"meeting nil"}},
		{"date before a reporting verb", "", "Officials gave no details. " + intro + "Salas on Sunday said he had met Reyes.",
			[]string{"meeting nil"}},
		{"nearest event takes the date", "", intro + "Salas spoke with Reyes by phone on Sunday, days before Bolivian and Brazilian officials are set to meet in Lima on March 20.",
			[]string{"call 2023-03-05 2023-03-05..2023-03-05 text", "meeting 2023-03-20 2023-03-20..2023-03-20 text"}},
		{"the call refers back", "", intro + "Salas held a phone call with Reyes on Friday. The call lasted an hour.",
			[]string{"call 2023-03-03 2023-03-03..2023-03-03 text", "call 2023-03-03 2023-03-03..2023-03-03 reference"}},
		{"same parties refer forward", "", intro + "After talks with Reyes over the phone, Salas praised the deal. Salas held a phone call with Reyes on Friday.",
			[]string{"call 2023-03-03 2023-03-03..2023-03-03 reference", "call 2023-03-03 2023-03-03..2023-03-03 text"}},
		{"headline and lead without date", "Salas meets Reyes in Lima", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima.",
			[]string{"meeting 2023-03-06 2023-03-06..2023-03-06 published", "meeting 2023-03-06 2023-03-06..2023-03-06 published"}},
		{"later undated mention stays undated", "", "Officials gave no details. " + intro + "Later, Salas met Reyes.",
			[]string{"meeting nil"}},
		{"planned without date stays undated", "", intro + "Salas will visit Peru.",
			[]string{"visit nil"}},
		{"a date that frames the sentence", "", intro + "Last week, Salas was in Lima where he met Reyes.",
			[]string{"meeting 2023-W09 2023-02-27..2023-03-05 text"}},
		{"no frame for what someone said", "", "Officials gave no details. " + intro + "On Sunday, Salas said that he met Reyes.",
			[]string{"meeting nil"}},
		{"legs of a trip, each on its day", "", intro + "Salas will travel to Lima on Wednesday and to Quito on Thursday.",
			[]string{"visit 2023-03-08 2023-03-08..2023-03-08 text", "visit 2023-03-09 2023-03-09..2023-03-09 text"}},
		{"a list of destinations shares the trip's days", "", intro + "Salas will travel to Lima, Peru, Quito, Ecuador, and La Paz, Bolivia, March 20-23.",
			[]string{"visit 2023-03-20 2023-03-20..2023-03-23 text", "visit 2023-03-20 2023-03-20..2023-03-23 text", "visit 2023-03-20 2023-03-20..2023-03-23 text"}},
		{"a leg after 'and the'", "", intro + "Salas will travel to Peru and the West Bank on Friday.",
			[]string{"visit 2023-03-10 2023-03-10..2023-03-10 text", "visit 2023-03-10 2023-03-10..2023-03-10 text"}},
		{"and then to", "", intro + "Salas travelled to Lima on Friday and then to Quito.",
			[]string{"visit 2023-03-03 2023-03-03..2023-03-03 text", "visit nil"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Extract(story(tt.headline, tt.body)) {
				got = append(got, string(m.Kind)+" "+dated(m))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestExtractBoundByReference: "ahead of the call" ends a coarse range on
// the day before the call it refers to.
func TestExtractBoundByReference(t *testing.T) {
	friday := date.New(2023, 3, 10)
	a := timeline.Article{ID: "t", Published: friday, Body: intro +
		"Salas held a phone call with Reyes on Thursday. Reyes spoke with Prime Minister Ana Lima of Spain earlier this week ahead of the call."}
	ms := Extract(a)
	require.Len(t, ms, 2)
	assert.Equal(t, "call 2023-03-09 2023-03-09..2023-03-09 text", string(ms[0].Kind)+" "+dated(ms[0]))
	w := ms[1].When
	require.NotNil(t, w)
	assert.Equal(t, date.New(2023, 3, 8), w.Range.Last, "the day before the call")
	assert.True(t, w.Range.First <= w.Range.Last)
	assert.Contains(t, w.Explain, "before the call")
}

func TestExtractFormatList(t *testing.T) {
	body := intro + "The ministers backed diplomacy, starting next week with the Normandy format, at NATO through the NATO-Russia Council, and at the OSCE."
	var got []string
	for _, m := range Extract(story("", body)) {
		got = append(got, m.Format+": "+brief(m)+" "+dated(m))
	}
	assert.Equal(t, []string{
		"Normandy format: talks|France,Germany,Russia,Ukraine|planned| 2023-W11 2023-03-13..2023-03-19 text",
		"NATO-Russia Council: summit|NATO,Russia|planned| 2023-W11 2023-03-13..2023-03-19 text",
		"OSCE: talks|France,Germany,OSCE,Russia,Ukraine|planned| 2023-W11 2023-03-13..2023-03-19 text",
	}, got)
}

func TestExtractQuoteSpeaker(t *testing.T) {
	got := mentionsOf(t, `"Our first talk of the year with Reyes was warm," Salas said.`)
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}, got)
}

func TestExtractHeadlineCues(t *testing.T) {
	a := story("Salas holds call with Reyes", intro+"Salas spoke with Reyes on Sunday.")
	ms := Extract(a)
	require.Len(t, ms, 2)
	require.NotNil(t, ms[0].When)
	assert.Equal(t, timeline.Call, ms[1].Kind, "the headline's call makes 'spoke with' a call")
	assert.Equal(t, "2023-03-05", ms[0].When.Value, "the headline refers to the dated call")
	assert.Equal(t, timeline.FromReference, ms[0].When.Basis)
}

// A headline that names one side and a lead that names only the other
// report one event with both sides.
func TestExtractHeadlineAndLeadSides(t *testing.T) {
	a := story("Telephone conversation with President Tomas Reyes",
		"President Pedro Salas had a telephone conversation with the head of the neighbouring state.")
	ms := Extract(a)
	require.Len(t, ms, 2)
	for _, m := range ms {
		assert.Equal(t, "call|Pedro Salas,Tomas Reyes|occurred|", brief(m))
	}
}

// A headline that names one side takes the other from the lead.
func TestExtractHeadlineSubject(t *testing.T) {
	a := story("Telephone conversation with President of Peru Tomas Reyes",
		"Pedro Salas had a telephone conversation with President of Peru Tomas Reyes.")
	ms := Extract(a)
	require.Len(t, ms, 2)
	for _, m := range ms {
		assert.Equal(t, "call|Pedro Salas,Tomas Reyes|occurred|", brief(m))
	}
}

// A headline that opens with the event takes its subject from the body
// even when the body never reports the event in other words.
func TestExtractHeadlineSubjectFromBody(t *testing.T) {
	a := story("Telephone conversation with President of Peru Tomas Reyes",
		"The leaders discussed trade. Pedro Salas noted the importance of ties with Lima.")
	ms := Extract(a)
	require.Len(t, ms, 1)
	assert.Equal(t, "call|Pedro Salas,Tomas Reyes|occurred|", brief(ms[0]))
}

// A headline's event noun has no tense: it takes the status of the report
// it heads.
func TestExtractHeadlineTakesStatus(t *testing.T) {
	ms := Extract(story("President Salas's Visit to Peru", "Chilean President Pedro Salas will visit Peru on March 20."))
	require.Len(t, ms, 2)
	for _, m := range ms {
		assert.Equal(t, timeline.Planned, m.Status, m.Source.Sentence)
	}
}

// "I" in a statement is its author, whom the headline names.
func TestExtractStatementAuthor(t *testing.T) {
	ms := Extract(story("Statement by President Pedro Salas of Chile on Trade", "Today I spoke with President Tomas Reyes of Peru."))
	require.Len(t, ms, 1)
	assert.Equal(t, "talks|Pedro Salas,Tomas Reyes|occurred|", brief(ms[0]))
	assert.Empty(t, Extract(story("Trade news", "Today I spoke with President Tomas Reyes of Peru.")), "no author: no event")
}

// "Remarks by A and B Before Bilateral Meeting": the speakers meet.
func TestExtractRemarksBeforeMeeting(t *testing.T) {
	ms := Extract(story("Remarks by President Pedro Salas of Chile and President Tomas Reyes of Peru Before Bilateral Meeting", "PRESIDENT SALAS: Welcome to Santiago."))
	require.Len(t, ms, 1)
	assert.Equal(t, "meeting|Pedro Salas,Tomas Reyes|occurred|", brief(ms[0]))
	assert.Empty(t, Extract(story("Remarks by President Pedro Salas of Chile at a Business Meeting", "Thank you all.")))
	ms = Extract(story("Remarks by President Pedro Salas of Chile Before Bilateral Meeting with President Tomas Reyes of Peru", "Thank you all."))
	require.Len(t, ms, 1)
	assert.Equal(t, "meeting|Pedro Salas,Tomas Reyes|occurred|", brief(ms[0]))
}

// "President Reyes and I just had a very productive meeting", in remarks
// whose headline names their author.
func TestExtractFirstPersonPair(t *testing.T) {
	ms := Extract(story("Remarks by President Pedro Salas of Chile at Press Conference", "Good afternoon. President Tomas Reyes of Peru and I just had a very productive meeting."))
	require.Len(t, ms, 1)
	assert.Equal(t, "meeting|Pedro Salas,Tomas Reyes|occurred|", brief(ms[0]))
}

// A headline lists its parties with a comma where prose writes "and".
func TestExtractHeadlineCommaList(t *testing.T) {
	ms := Extract(story("Chile, Peru hold talks", "The talks went well, officials said."))
	require.NotEmpty(t, ms)
	assert.Equal(t, "talks|Chile,Peru|occurred|", brief(ms[0]))
}

// The words of a name break no clause: "States" in "United States" is not
// the reporting verb, so the date after it still dates the event.
func TestExtractNameIsNoClauseBreak(t *testing.T) {
	a := story("", "A telephone conversation between the President of Chile and the President of the United States will take place on March 10.")
	ms := Extract(a)
	require.Len(t, ms, 1)
	require.NotNil(t, ms[0].When)
	assert.Equal(t, "2023-03-10", ms[0].When.Value)
}

func TestExtractSource(t *testing.T) {
	a := story("Head", intro+"  Salas met Reyes on Friday.  ")
	ms := Extract(a)
	require.Len(t, ms, 1)
	s := ms[0].Source
	assert.Equal(t, "test.txt", s.Article)
	assert.Equal(t, "Head", s.Headline)
	assert.Equal(t, "2023-03-06", s.Published.String())
	assert.Equal(t, "Salas met Reyes on Friday.", s.Sentence)
	require.NotEmpty(t, s.DateText)
	assert.Equal(t, s.DateText, s.Sentence[s.DateStart:s.DateEnd])
	assert.NotEmpty(t, s.Explain)
	assert.Equal(t, "test.txt", ms[0].Article)
}

// The dateline is not part of any sentence and its date dates nothing.
func TestExtractSkipsDateline(t *testing.T) {
	body := "LIMA, March 7 (Wire) - Chilean President Pedro Salas met Peruvian President Tomas Reyes."
	a := story("", body)
	a.Dateline = timeline.Dateline{Date: date.New(2023, 3, 7), End: strings.Index(body, "- ") + 2}
	ms := Extract(a)
	require.Len(t, ms, 1)
	assert.NotContains(t, ms[0].Source.Sentence, "LIMA")
	require.NotNil(t, ms[0].When)
	assert.Equal(t, timeline.FromPublication, ms[0].When.Basis, "the dateline's March 7 is not the meeting's date")
}

// A huge article with no sentence ends is still handled in linear time;
// the check is that it finishes and finds the repeated event.
func TestExtractLongRunOnArticle(t *testing.T) {
	body := intro + strings.Repeat("Salas met Reyes in Lima and ", 20000)
	ms := Extract(story("", body))
	assert.NotEmpty(t, ms)
}

func TestExtractTitleCaseHeadline(t *testing.T) {
	ms := Extract(story("Rebels Meet Little Resistance In Capital", "Fighting went on."))
	assert.Empty(t, ms, "capitals of a Title Case headline are not names")
	ms = Extract(story("Salas Meets Tomas Reyes In Lima", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima."))
	require.Len(t, ms, 2)
	assert.Equal(t, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima", brief(ms[0]))
}

func TestExtractEmptyAndOdd(t *testing.T) {
	assert.Empty(t, Extract(timeline.Article{}))
	assert.Empty(t, Extract(timeline.Article{Body: "\x00\xff\xfe met with"}))
	a := timeline.Article{Body: "Salas met Reyes.", Dateline: timeline.Dateline{End: 9999}}
	assert.NotPanics(t, func() { Extract(a) })
}

// Extract reuses pooled buffers: concurrent calls must not disturb each
// other and must give the same mentions as a lone call.
func TestExtractConcurrent(t *testing.T) {
	a := sampleArticle(t)
	want := toGolden(Extract(a))
	done := make(chan []goldenMention)
	for g := 0; g < 8; g++ {
		go func() {
			var last []goldenMention
			for i := 0; i < 20; i++ {
				last = toGolden(Extract(a))
			}
			done <- last
		}()
	}
	for g := 0; g < 8; g++ {
		assert.Equal(t, want, <-done)
	}
}

// TestExtractAnchoredBodies checks that "the Security Council" is the UN's
// only in an article that names the UN: many countries have a security
// council of their own.
func TestExtractAnchoredBodies(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a national security council", "Salas held a meeting with permanent members of the Security Council on Friday.", nil},
		{"the UN named in the same sentence", "Reyes attended a UN Security Council meeting on Friday.", []string{"summit|Tomas Reyes,UN Security Council|occurred|"}},
		{"the UN named elsewhere", "Reyes spoke at the United Nations on Monday. He attended a Security Council meeting on Friday.", []string{"summit|Tomas Reyes,UN Security Council|occurred|"}},
		{"a national council's meeting", "Reyes attended a Security Council meeting on Friday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Extract(story("", intro+tt.body)) {
				if strings.Contains(m.Source.Sentence, "Security Council") {
					got = append(got, brief(m))
				}
			}
			assert.Equal(t, tt.want, got, tt.body)
		})
	}
}
