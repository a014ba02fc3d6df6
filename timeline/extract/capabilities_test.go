package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// capability is one class of English the extraction must read, with
// made-up sentences (after intro) and the mentions of the last one, as
// brief writes them.
type capability struct {
	name, body string
	want       []string
}

func runCapabilities(t *testing.T, cases []capability) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentionsOf(t, c.body), c.body)
		})
	}
}

// Offices named in apposition, honorifics and ranks: the person is the
// participant, with the office's country, not the country of the posting.
func TestOfficesAndHonorifics(t *testing.T) {
	runCapabilities(t, []capability{
		{"envoy in apposition", "Salas met with the Norwegian Ambassador to Chile, His Excellency Lars Dahl, at the palace.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|"}},
		{"high commissioner with a rank", "Kenya's High Commissioner to Chile, Maj. Gen. Otieno Mwangi, met with Salas today.",
			[]string{"meeting|Otieno Mwangi,Pedro Salas|occurred|"}},
		{"a cabinet secretary's office in apposition", "Salas received the Cabinet Secretary for Foreign and Diaspora Affairs of the Republic of Kenya, Dr. Otieno Mwangi, on Friday.",
			[]string{"meeting|Otieno Mwangi,Pedro Salas|occurred|"}},
		{"an office of a state's formal name, in apposition", "Salas met with the President of the French Republic, Jean Dupont, in Santiago on Friday.",
			[]string{"meeting|Jean Dupont,Pedro Salas|occurred|Santiago"}},
		{"a first lady's title", "Reyes and First Lady Carmen Vidal hosted Salas for dinner on Friday.",
			[]string{"meeting|Carmen Vidal,Pedro Salas,Tomas Reyes|occurred|"}},
		{"courtesy honorific", "Salas received H.E. Lars Dahl, the Norwegian envoy.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|"}},
		{"an office with a remit, then the name", "Salas met with the EU Commissioner for Trade and Economic Security, Anna Weber, in Lima.",
			[]string{"meeting|Anna Weber,Pedro Salas|occurred|Lima"}},
		{"a remit in lower case is no office's", "Salas met with the Norwegian Ambassador for talks on trade, Lars Dahl said.",
			[]string{"talks|Norway,Pedro Salas|occurred|"}},
		{"federal councillor", "Federal Councillor Anna Weber met Salas in Bern.",
			[]string{"meeting|Anna Weber,Pedro Salas|occurred|Bern"}},
		{"state secretary", "State Secretary Anna Weber held talks with Reyes in Lima.",
			[]string{"talks|Anna Weber,Tomas Reyes|occurred|Lima"}},
		{"an office without a name", "Salas met the Norwegian Ambassador, who arrived on Monday.",
			[]string{"meeting|Norway,Pedro Salas|occurred|"}},
	})
}

// A meeting held at a distance is a call (GUIDE: "call: … videoconference,
// virtual meeting held remotely"); one in person stays a meeting.
func TestRemoteMeetingsAreCalls(t *testing.T) {
	runCapabilities(t, []capability{
		{"virtual meeting", "Salas held a virtual meeting with Reyes on Tuesday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a joint call of two subjects", "Salas and Reyes held a joint phone call with Colombian President Ana Cruz on Friday.", []string{"call|Ana Cruz,Pedro Salas,Tomas Reyes|occurred|"}},
		{"met virtually", "Salas and Reyes met virtually.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"meeting by video link", "Salas had a meeting with Reyes by video link.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"meeting online", "Salas will meet Reyes online next week.", []string{"call|Pedro Salas,Tomas Reyes|planned|"}},
		// The other party's name and office do not count towards the
		// reach of the cue after the word.
		{"a long name before the cue", "Salas held a summit meeting with Peruvian President Tomas Reyes via video conference on Tuesday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a long name and an office before the cue", "Salas held a meeting with the Foreign Minister of Peru, Rosa Vega, by video link on Tuesday.", []string{"call|Pedro Salas,Rosa Vega|occurred|"}},
		// Nor do the articles and words of a delegation that names it.
		{"a delegation led by the other party", "Salas met with a delegation led by Peruvian Foreign Minister Rosa Vega via video link on Thursday.", []string{"call|Pedro Salas,Rosa Vega|occurred|"}},
		{"a delegation headed by the other party", "On Monday Salas met with the delegation headed by Peruvian Foreign Minister Rosa Vega by video.", []string{"call|Pedro Salas,Rosa Vega|occurred|"}},
		{"in person", "Salas met Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a delegation in person", "Salas met with a delegation led by Peruvian Foreign Minister Rosa Vega in Lima, whose video link to Quito failed.", []string{"meeting|Pedro Salas,Rosa Vega|occurred|Lima"}},
		{"a cue of another clause", "Salas met Reyes in Lima, where the phone network was down.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// A city the curated tables do not know is placed through the gazetteer,
// but only where the sentence makes it a place.
func TestGazetteerPlaces(t *testing.T) {
	runCapabilities(t, []capability{
		{"arrived in a city", "Salas arrived in Mombasa on Monday.", []string{"visit|Kenya,Pedro Salas|occurred|Mombasa"}},
		{"met in a city", "Salas met Reyes in Erbil.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Erbil"}},
		{"a city's name as a person's", "Salas met Victoria Lopez of Spain in Lima.", []string{"meeting|Pedro Salas,Victoria Lopez|occurred|Lima"}},
		{"a longer capitalised name is no city", "Salas met Reyes in Independence Square.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// People met or called one by one are one event each; people of several
// countries met together, a call in the singular, and "between" are one.
func TestOneByOne(t *testing.T) {
	runCapabilities(t, []capability{
		{"met one country's officials", "In Lima, Salas met with President Reyes, Prime Minister Ana Cruz and Speaker Luis Paz of Peru.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima", "meeting|Ana Cruz,Pedro Salas|occurred|Lima", "meeting|Luis Paz,Pedro Salas|occurred|Lima"}},
		{"spoke with several", "Salas spoke by phone with Reyes and King Olaf Berg of Norway.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|", "call|Olaf Berg,Pedro Salas|occurred|"}},
		{"calls in the plural", "Salas held calls with Reyes and King Olaf Berg of Norway.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|", "call|Olaf Berg,Pedro Salas|occurred|"}},
		{"a call in the singular", "Salas held a call with Reyes and King Olaf Berg of Norway.",
			[]string{"call|Olaf Berg,Pedro Salas,Tomas Reyes|occurred|"}},
		{"a joint call", "Salas spoke jointly with Reyes and King Olaf Berg of Norway by phone.",
			[]string{"call|Olaf Berg,Pedro Salas,Tomas Reyes|occurred|"}},
		{"two offices, one person", "Salas met with Foreign Minister and Deputy Prime Minister Ana Cruz of Peru.",
			[]string{"meeting|Ana Cruz,Pedro Salas|occurred|"}},
	})
}

// "The Secretary", "the Minister": the one person of the article whose
// title holds the noun, else who holds such an office; a country after a
// preposition is no subject.
func TestDefiniteOffices(t *testing.T) {
	runCapabilities(t, []capability{
		{"the Secretary", "Secretary of State Ana Cruz of Bolivia arrived. The Secretary will meet with Reyes on Friday.",
			[]string{"meeting|Ana Cruz,Tomas Reyes|planned|"}},
		{"the Secretary among foreign ministers", "Secretary of State Ana Cruz of Peru met Foreign Minister Luis Paz of Bolivia. The Secretary will meet with Salas on Friday.",
			[]string{"meeting|Ana Cruz,Luis Paz|occurred|", "meeting|Ana Cruz,Pedro Salas|planned|"}},
		{"two secretaries: nobody", "Secretary of State Ana Cruz of Peru and Secretary General Luis Paz arrived. The Secretary will meet with Salas on Friday.",
			[]string(nil)},
		{"a country after a preposition", "Salas landed. In Bolivia, he will meet with Foreign Minister Luis Paz of Bolivia.",
			[]string{"meeting|Luis Paz,Pedro Salas|planned|"}},
	})
}

// A visit whose reported content is a meeting or talks is that meeting
// or talks; the meeting takes the trip's days when the text gives it none.
// Two visits to different countries stay two; a trip to come does not
// date a meeting held.
func TestTripsAndTheirMeetings(t *testing.T) {
	type dated struct{ brief, when string }
	run := func(body string) []dated {
		var out []dated
		for _, m := range Extract(story("", intro+body)) {
			w := "-"
			if m.When != nil {
				w = m.When.Value + " " + m.When.Range.First.String() + ".." + m.When.Range.Last.String()
			}
			out = append(out, dated{brief(m), w})
		}
		return out
	}
	assert.Equal(t, []dated{
		{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima", "2023-03-01 2023-03-01..2023-03-02"},
	}, run("Salas traveled to Peru March 1-2. In Lima, he met with President Reyes."), "the visit is the meeting")
	assert.Equal(t, []dated{
		{"meeting|Luis Paz,Pedro Salas|planned|", "2023-04 2023-04-01..2023-04-30"},
		{"meeting|Ana Cruz,Pedro Salas|planned|La Paz", "2023-04 2023-04-01..2023-04-30"},
	}, run("Salas will travel to Peru and Bolivia in April. In Peru, he will meet with Foreign Minister Luis Paz. In La Paz, he will meet with Ana Cruz."),
		"each leg is absorbed by the meeting in its country")
	assert.Equal(t, []dated{
		{"visit|Bolivia,Pedro Salas|planned|", "2023-04 2023-04-01..2023-04-30"},
		{"meeting|Luis Paz,Pedro Salas|planned|", "2023-04 2023-04-01..2023-04-30"},
	}, run("Salas will travel to Peru and Bolivia in April. In Peru, he will meet with Foreign Minister Luis Paz."),
		"a leg with no meeting of its own stays a visit")
	got := run("Salas met with Reyes on Tuesday. Salas invited Reyes to visit Chile early next year.")
	assert.Equal(t, []dated{{"meeting|Pedro Salas,Tomas Reyes|occurred|", "2023-02-28 2023-02-28..2023-02-28"}}, got, "an invitation is no visit, and dates no meeting")
}

// An invitation not (yet) accepted, a wish and a readiness are no events,
// dated or not; an accepted invitation is a planned event.
func TestInvitationsAndWishes(t *testing.T) {
	runCapabilities(t, []capability{
		{"invited", "Salas invited Reyes to visit Chile in May.", []string(nil)},
		{"extended an invitation", "Salas extended an invitation to Reyes to visit Chile.", []string(nil)},
		{"accepted", "Reyes accepted an invitation to visit Chile.", []string{"visit|Chile,Tomas Reyes|planned|"}},
		{"accepted, from someone, dated", "Reyes accepted an invitation from Salas to visit Santiago in May.", []string{"visit|Chile,Tomas Reyes|planned|Santiago"}},
		{"hopes to meet", "Salas hopes to meet Reyes in the spring.", []string(nil)},
		{"would like to", "Salas said he would like to visit Peru soon.", []string(nil)},
		{"will meet", "Salas will meet Reyes in the spring.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"would welcome", "Salas would welcome a meeting with Reyes.", []string(nil)},
		{"ready to", "Salas said he was ready to meet Reyes in Lima next month.", []string(nil)},
		{"willing to", "Salas is willing to hold talks with Reyes next week.", []string(nil)},
	})
}

// A clause that a verb of denial governs did not happen: "denied that
// he had spoken with X" reports no call.
func TestDenials(t *testing.T) {
	runCapabilities(t, []capability{
		{"denied that", "Salas denied that he had spoken with Reyes on Monday.", []string(nil)},
		{"denies meeting", "Salas denies meeting Reyes in Lima.", []string(nil)},
		{"a denial after the event", "Salas met Reyes on Monday, but officials denied that a deal was reached.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// A Title Case headline capitalises its verb: after an office, a verb of
// headlines is no name, and the office stands for its holder.
func TestTitleCaseHeadlineVerbs(t *testing.T) {
	for _, c := range []struct{ headline, body, want string }{
		{"President Holds Talks with Peruvian Leader", "President Pedro Salas of Chile held talks with President Tomas Reyes of Peru on Friday.", "talks|Pedro Salas,Tomas Reyes|occurred|"},
		{"President Meets Peruvian Envoy", "President Pedro Salas of Chile met Ambassador Lars Dahl of Peru on Friday.", "meeting|Lars Dahl,Pedro Salas|occurred|"},
	} {
		var got []string
		for _, m := range Extract(story(c.headline, c.body)) {
			got = append(got, brief(m))
			for _, p := range m.Participants {
				assert.NotContains(t, []string{"Holds", "Meets"}, p.Name, c.headline)
			}
		}
		assert.Contains(t, got, c.want, c.headline)
	}
}

// Names are well formed: a speaker label's repeated or glued name is cut
// where it repeats; a hyphenated name keeps its parts.
func TestWellFormedNames(t *testing.T) {
	for text, want := range map[string]string{
		"President of Peru Tomas Reyes Reyes TomasPresident of Peru(retranslated): Thank you.": "Tomas Reyes",
		"Prime Minister Ana Cruz Cruz AnaPrime Minister(retranslated): Good morning.":          "Ana Cruz",
		"President Nana Addo Dankwa Akufo-Addo met the envoy.":                                 "Nana Addo Dankwa Akufo-Addo",
		"Envoy Brett McGurk met the minister.":                                                 "Brett McGurk",
		"South Korean President Kim Dae-jung met the envoy.":                                   "Kim Dae-jung",
		"The envoy met H.E. Mr. KIM Min-su, President of the Republic of Korea.":               "Kim Min-su",
	} {
		toks := tokenize(text, 0)
		var got []string
		for _, e := range recognise(toks) {
			if e.Kind == entPerson {
				got = append(got, e.Name)
			}
		}
		assert.Contains(t, got, want, text)
		for _, n := range got {
			for _, w := range strings.Fields(n) {
				assert.False(t, gluedWords(w), "%s: %q is glued", text, n)
			}
		}
	}
}

// In a transcript, "I" is the speaker of the turn, and "we" the speaker
// and the person spoken to.
func TestTranscriptSpeakers(t *testing.T) {
	body := "Salas held talks with Reyes. Beginning of talks President of Chile Pedro Salas: Mr President, we met in Lima in June 2020. " +
		"I visited Bolivia last year. President of Peru Tomas Reyes Reyes TomasPresident of Peru(retranslated): Thank you. I visited Brazil in March 2021."
	var got []string
	for _, m := range Extract(story("Talks with President of Peru Tomas Reyes", intro+body)) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima", "we: the speaker and the person spoken to")
	assert.Contains(t, got, "visit|Bolivia,Pedro Salas|occurred|", "I: the speaker")
	assert.Contains(t, got, "visit|Brazil,Tomas Reyes|occurred|", "I: the next speaker")
}

// A posting between an office and a name ("Resident Coordinator in
// Chile", "Ambassador to Chile") leaves the person with the office, and
// an organisation's abbreviation in brackets opens no dateline.
func TestPostingsBeforeNames(t *testing.T) {
	for _, c := range []struct{ text, name, role, side string }{
		{"The United Nations (UN) Resident Coordinator in Chile Lars Dahl met with Salas.", "Lars Dahl", "Envoy", "United Nations"},
		{"Ambassador to the United Kingdom Lars Dahl met Salas in Santiago.", "Lars Dahl", "Envoy", ""},
		{"The Resident Coordinator in Lima Lars Dahl met Salas.", "Lars Dahl", "Envoy", ""},
	} {
		toks := tokenize(c.text, 0)
		var found *entity
		for _, e := range recognise(toks) {
			if e.Kind == entPerson {
				found = &e
				break
			}
		}
		require.NotNil(t, found, c.text)
		assert.Equal(t, []string{c.name, c.role, c.side}, []string{found.Name, found.Role, found.Country}, c.text)
	}
	a := story("UN Representative meets President", "The United Nations (UN) Resident Coordinator in Peru Lars Dahl met with President Tomas Reyes today.")
	var got []string
	for _, m := range Extract(a) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "meeting|Lars Dahl,Tomas Reyes|occurred|", "the body is not cut by a dateline")
}

// In a transcript, "your" before an event noun is the person spoken to,
// even when "I" is the subject of the sentence; "my", and "our" before
// talks with someone else, the speaker.
func TestTranscriptPossessives(t *testing.T) {
	body := "Salas held talks with Reyes. Beginning of talks President of Chile Pedro Salas: Mr President, welcome to Santiago. " +
		"President of Peru Tomas Reyes: Thank you. I would like to thank you, Mr President, for the information about your conversation with President of Bolivia Luis Mamani. " +
		"My talks with the King of Norway Olaf Berg were useful. Our talks with Prime Minister of Ecuador Rosa Vega will continue."
	var got []string
	for _, m := range Extract(story("Talks with President of Peru Tomas Reyes", intro+body)) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "meeting|Luis Mamani,Pedro Salas|occurred|", "your: the person spoken to")
	assert.NotContains(t, got, "meeting|Luis Mamani,Tomas Reyes|occurred|", "not the speaker who thanks")
	assert.Contains(t, got, "talks|Olaf Berg,Tomas Reyes|occurred|", "my: the speaker")
	assert.Contains(t, got, "talks|Rosa Vega,Tomas Reyes|planned|", "our, with another party: the speaker's side")

	body = "Salas held talks with Reyes. Beginning of talks President of Chile Pedro Salas: Welcome. " +
		"President of Peru Tomas Reyes: Thank you. A hundred years ago, representatives of our country arrived in Santiago. " +
		"The first talk of the year with Salas proves the special nature of our relations."
	got = nil
	for _, m := range Extract(story("Talks with President of Peru Tomas Reyes", intro+body)) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "visit|Chile,Peru|occurred|Santiago", "of our country: the speaker's country")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|", "of our relations, after the event word: the speaker")
}

// Wire-story forms: "has cancelled a trip", "paid a visit", "the visit of
// X to Y": the subject of a support verb, and the person after "by" or
// "of", make the visit.
func TestSupportVerbsAndVisitors(t *testing.T) {
	runCapabilities(t, []capability{
		{"has cancelled a trip", "Foreign Minister Ana Cruz of Peru has cancelled a trip to Bolivia.", []string{"visit|Ana Cruz,Bolivia|cancelled|"}},
		{"paid a visit", "Salas paid a state visit to Bolivia.", []string{"visit|Bolivia,Pedro Salas|occurred|"}},
		{"completed a two-day visit", "Salas completed a two-day visit to Bolivia.", []string{"visit|Bolivia,Pedro Salas|occurred|"}},
		{"the visit of X to Y", "The state visit of President Tomas Reyes of Peru to Bolivia ended.", []string{"visit|Bolivia,Tomas Reyes|occurred|"}},
		{"the visit by X, no place", "Salas stayed home for the visit by King Olaf Berg of Norway.", []string(nil)},
	})
}

// datedMentions extracts from body (after intro) and lists every mention
// as brief writes it, with its days.
func datedMentions(body string) []string { return datedLead(intro + body) }

// datedLead is datedMentions for a body with no intro, whose first
// sentence is the lead: news of the day of writing.
func datedLead(body string) []string {
	return datedBriefs(story("", body))
}

// leadBriefs lists the mentions of a body with no intro as brief writes
// them.
func leadBriefs(body string) []string {
	var out []string
	for _, m := range Extract(story("", body)) {
		out = append(out, brief(m))
	}
	return out
}

// A span of days written with two bounds dates the event from the first
// to the last: one expression ("17 to 22 March") or two ("from 28
// February to 2 March").
func TestDateSpans(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"days to a month", "Salas will visit Peru from 17 to 22 March.", "visit|Pedro Salas,Peru|planned| 2023-03-17..2023-03-22"},
		{"between days", "Salas will visit Peru between 3 and 5 May.", "visit|Pedro Salas,Peru|planned| 2023-05-03..2023-05-05"},
		{"two days in a row", "Salas will visit Peru on 3 and 4 April.", "visit|Pedro Salas,Peru|planned| 2023-04-03..2023-04-04"},
		{"two full dates", "Salas will visit Peru from 28 March to 2 April.", "visit|Pedro Salas,Peru|planned| 2023-03-28..2023-04-02"},
		{"month first", "Salas will visit Peru from March 30 through April 1.", "visit|Pedro Salas,Peru|planned| 2023-03-30..2023-04-01"},
		{"two days apart are no span", "Salas will visit Peru on 3 and 5 April.", "visit|Pedro Salas,Peru|planned| 2023-04-05..2023-04-05"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, []string{c.want}, datedMentions(c.body), c.body)
		})
	}
}

// A trip announced as a whole and then leg by leg: each leg runs from the
// day the text gives it to the day the next begins, and the meetings told
// after a leg are held on it.
func TestItineraries(t *testing.T) {
	got := datedMentions("Salas will travel to Peru, Bolivia and Ecuador from 17 to 22 March. " +
		"In the Peruvian capital, Lima, Salas will meet with Foreign Minister Luis Paz. " +
		"On 19 March, Salas will travel on from Peru to Bolivia. " +
		"During his talks with Foreign Minister Ana Cruz, Salas will stress trade. " +
		"Salas will end his journey with a visit to Ecuador from 20 to 22 March.")
	assert.Equal(t, []string{
		"visit|Ecuador,Pedro Salas|planned| 2023-03-20..2023-03-22",
		"meeting|Luis Paz,Pedro Salas|planned|Lima 2023-03-17..2023-03-19",
		"talks|Ana Cruz,Pedro Salas|planned| 2023-03-19..2023-03-20",
		"visit|Ecuador,Pedro Salas|planned| 2023-03-20..2023-03-22",
	}, got, "Ana Cruz's country is not given: her talks are on the leg told before them")
	got = datedMentions("Salas will travel to Peru and Bolivia from 17 to 22 March. Salas will meet with Foreign Minister Luis Paz.")
	assert.Equal(t, []string{
		"visit|Pedro Salas,Peru|planned| 2023-03-17..2023-03-22",
		"visit|Bolivia,Pedro Salas|planned| 2023-03-17..2023-03-22",
		"meeting|Luis Paz,Pedro Salas|planned| undated",
	}, got, "a meeting after a sentence of several legs is on none of them")
}

// Where an event is: a city named after a noun of places, and a phrase
// that opens the sentence and takes the tense of its main clause.
func TestPlacesAndFramingPhrases(t *testing.T) {
	runCapabilities(t, []capability{
		{"the capital, then its name", "In the Peruvian capital, Lima, Salas met with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"the port city of", "In the port city of Callao, Salas met with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Callao"}},
		{"the city, then its name", "In the city, Callao, Salas met with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Callao"}},
		{"an opening phrase in the future", "During his talks with Reyes, Salas will stress trade.", []string{"talks|Pedro Salas,Tomas Reyes|planned|"}},
		{"an opening phrase in the past", "During his talks with Reyes, Salas stressed trade.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"including with", "Salas will hold bilateral talks in Lima, including with Foreign Minister Luis Paz.", []string{"talks|Luis Paz,Pedro Salas|planned|Lima"}},
		{"travel on from one place to another", "Salas will travel on from Peru to Bolivia.", []string{"visit|Bolivia,Pedro Salas|planned|"}},
	})
}

// A body outside diplomacy and its officers take no part in diplomatic
// events, and the words of a conference's title are nobody's name.
func TestInstitutionsAndTitles(t *testing.T) {
	runCapabilities(t, []capability{
		{"officer of an academy", "Yesterday Salas met with the President of the Peruvian Academy of Sciences.", nil},
		{"chairman of a foundation", "Salas met with the chairman of the Andes Foundation.", nil},
		{"an academy beside a party", "Salas met with Reyes at the Peruvian Academy of Sciences.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a conference's title", "Salas attended the Conference on the Human Dimension of Peace of the OSCE in Lima on Monday.", []string{"summit|OSCE,Pedro Salas|occurred|Lima"}},
	})
}

// A trip under way hosts the meetings the text sets within it; a meeting
// to come after an arrival, with no such frame, is an event of its own.
func TestTripsUnderWay(t *testing.T) {
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-06..2023-03-06"},
		datedMentions("Salas arrived in Lima today. As part of his visit, Salas will hold talks with Reyes."))
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|occurred|Lima 2023-03-06..2023-03-06", "meeting|Pedro Salas,Tomas Reyes|planned| undated"},
		datedMentions("Salas landed in Lima today. He is expected to meet with Reyes later."))
}

// A relative clause reports an event of its own: it keeps its date and
// place, and lends them to the main clause's event of the same people.
func TestRelativeClauseEvents(t *testing.T) {
	assert.Equal(t, []string{
		"talks|Pedro Salas,Tomas Reyes|occurred| 2023-02-28..2023-02-28",
		"meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2023-01-01..2023-01-31",
	}, datedMentions("On Tuesday, Salas spoke with Reyes, whom he had already met in January in Quito."))
}

// Envoys of several countries met in a series: one meeting per country,
// all on the day the sentence gives.
func TestEnvoyLists(t *testing.T) {
	assert.Equal(t, []string{
		"meeting|Norway,Pedro Salas|planned| 2023-03-06..2023-03-06",
		"meeting|Pedro Salas,Sweden|planned| 2023-03-06..2023-03-06",
		"meeting|Iran,Pedro Salas|planned| 2023-03-06..2023-03-06",
		"meeting|Myanmar,Pedro Salas|planned| 2023-03-06..2023-03-06",
		"meeting|European Union,Pedro Salas|planned| 2023-03-06..2023-03-06",
	}, datedMentions("Salas is set to hold a series of meetings with the Ambassadors of Norway and Sweden, along with the High Commissioners of Iran and Myanmar, as well as a delegation from the European Union today at the palace."))
}

// People named after a call verb are called one by one, unless another
// report of the article, such as the headline, has them in one call.
func TestOneByOneRejoined(t *testing.T) {
	a := story("Salas's Call with President Reyes and King Olaf Berg of Norway",
		intro+"Salas spoke by phone today with Reyes and King Olaf Berg of Norway.")
	var got []string
	for _, m := range Extract(a) {
		got = append(got, brief(m))
	}
	assert.Equal(t, []string{"call|Olaf Berg,Pedro Salas,Tomas Reyes|occurred|", "call|Olaf Berg,Pedro Salas,Tomas Reyes|occurred|"}, got)
	assert.Equal(t, []string{"call|Pedro Salas,Tomas Reyes|occurred|", "call|Olaf Berg,Pedro Salas|occurred|"},
		mentionsOf(t, "Salas spoke by phone today with Reyes and King Olaf Berg of Norway."), "no other report: one call each")

	// A country covers one person of the split only: "Bolivian authorities"
	// sums up two meetings with two Bolivian ministers.
	b := story("Salas meets with Bolivian and Peruvian authorities",
		intro+"Salas held talks with Foreign Minister Ana Cruz of Bolivia and Trade Minister Luis Ortiz of Bolivia.")
	got = nil
	for _, m := range Extract(b) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "talks|Ana Cruz,Pedro Salas|occurred|")
	assert.Contains(t, got, "talks|Luis Ortiz,Pedro Salas|occurred|")
}

// A story written the day before it is dated says so in brackets ("this
// morning (5)"); the narrative's next sentences ("Following this", "The
// day concluded with") keep the day it last gave.
func TestNarrativeDays(t *testing.T) {
	assert.Equal(t, []string{
		"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-05..2023-03-05",
		"talks|Ana Cruz,Pedro Salas|occurred| 2023-03-05..2023-03-05",
	}, datedMentions("Salas opened a trade fair this morning (5). In the afternoon, Salas laid a wreath. "+
		"Following this, Salas met Reyes at the palace. The day concluded with bilateral discussions between Salas and Foreign Minister Ana Cruz."))
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|occurred| undated"},
		datedMentions("Salas and Reyes held discussions of the border between Chile and Peru."), "the border's 'between'")
}

// "Earlier," carries the narrative on to the day it last gave, as
// "Following this" does; a clause in the past perfect ("had met") tells
// an earlier time, which it does not date.
func TestEarlierSameDay(t *testing.T) {
	assert.Equal(t, []string{
		"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
		"meeting|Ana Cruz,Lars Dahl,Pedro Salas|occurred| 2023-03-06..2023-03-06",
		"talks|Luis Ortiz,Pedro Salas|occurred| undated",
	}, datedMentions("Salas met today with Reyes. Earlier, Salas participated in a trilateral meeting with Colombian Foreign Minister Ana Cruz and Norwegian Foreign Minister Lars Dahl. "+
		"Earlier, Salas had held talks with Ecuadorian Foreign Minister Luis Ortiz."))
}

// A bare title before a surname ("Secretary Austin", "Minister Cruz")
// finds the person the article named with a fuller title of that office.
func TestBareTitleFindsFullerOffice(t *testing.T) {
	assert.Equal(t, []string{
		"meeting|Lars Dahl,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
		"visit|Japan,Lars Dahl|planned| 2023-03-10..2023-03-10",
	}, datedMentions("Norwegian Secretary of Defense Lars Dahl met today with Reyes. Secretary Dahl will visit Japan on Friday."))
}

// An office's portfolio, place or second title stands between it and the
// name; the person holds the office.
func TestOfficesBeforeNames(t *testing.T) {
	runCapabilities(t, []capability{
		{"a portfolio", "Salas met with Norwegian Secretary of Foreign Affairs Lars Dahl.", []string{"meeting|Lars Dahl,Pedro Salas|occurred|"}},
		{"a portfolio of two words", "Salas met the Norwegian minister of Economy and Finance Lars Dahl.", []string{"meeting|Lars Dahl,Pedro Salas|occurred|"}},
		{"a place", "Salas met Crown Prince of Abu Dhabi Sheikh Khalid Al Nasser.", []string{"meeting|Khalid Al Nasser,Pedro Salas|occurred|"}},
		{"a second title", "Salas met with Holy See Secretary of State Cardinal Marco Ricci.", []string{"meeting|Marco Ricci,Pedro Salas|occurred|"}},
		{"an organisation's head with a doctorate", "Salas met World Health Organization Director-General Dr. Amara Okafor.", []string{"meeting|Amara Okafor,Pedro Salas|occurred|"}},
	})
}

// An infinitive's subject is the sentence's, not the places named before
// it; the people met one by one share the day their trip gives any of
// them.
func TestInfinitivesOnTrips(t *testing.T) {
	assert.Equal(t, []string{
		"visit|Pedro Salas,Peru|planned| 2023-03-26..2023-03-30",
		"visit|Bolivia,Pedro Salas|planned| 2023-03-26..2023-03-30",
		"visit|Ecuador,Pedro Salas|planned| 2023-03-26..2023-03-30",
	}, datedMentions("Salas will travel to Peru, Bolivia, and Ecuador March 26-30 to consult with partners."))
}

// A later reference that dates its event more precisely ("The trip is set
// for April 6-8") dates the event it refers to.
func TestBackReferenceDates(t *testing.T) {
	assert.Equal(t, []string{
		"visit|Pedro Salas,Peru|planned|Lima 2023-04-06..2023-04-08",
		"visit|Pedro Salas,Peru|planned|Lima 2023-04-06..2023-04-08",
	}, datedMentions("Salas will visit Lima next month for meetings with officials. The trip is set for April 6-8, his office said."))
}

// A roster after the event ("Joining the call were the following
// leaders:") lists its parties; an office's department stands between a
// country and a title; the topic after the other party says nothing of
// the status; a long name does not hide an invitation.
func TestRostersDepartmentsTopics(t *testing.T) {
	a := story("", intro+"Salas spoke by phone today with the leaders of the Andean group.\n\nJoining the call were the following leaders:\n\n- Peruvian President Tomas Reyes - Bolivian President Ana Cruz\n")
	var got []string
	for _, m := range Extract(a) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "call|Ana Cruz,Pedro Salas,Tomas Reyes|occurred|")
	runCapabilities(t, []capability{
		{"a department before the title", "Salas spoke by phone with Norway's National Security Bureau Chief Lars Dahl.", []string{"call|Lars Dahl,Pedro Salas|occurred|"}},
		{"a topic after the party", "Salas spoke by phone with Reyes about plans to open an embassy.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"an invitation across a long name", "Salas invited President Kassym-Jomart Tokayev of Kazakhstan to come on a visit to Chile early next year.", nil},
	})
}

// A story's lead reports the day's news: a meeting of the same people
// that the text recalls from months before does not date it; a one-sided
// verb with a plural subject and no guest is no meeting.
func TestLeadIsNews(t *testing.T) {
	run := func(body string) []string {
		var out []string
		for _, m := range Extract(story("", body)) {
			w := "undated"
			if m.When != nil {
				w = m.When.Range.First.String() + ".." + m.When.Range.Last.String()
			}
			out = append(out, brief(m)+" "+w)
		}
		return out
	}
	assert.Equal(t, []string{
		"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06",
		"meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2022-06-01..2022-06-30",
	}, run("Chilean President Pedro Salas held talks in Lima with Peruvian President Tomas Reyes. Salas last met Reyes in June 2022 in Quito."))
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06"},
		run("Chilean President Pedro Salas held talks in Lima with Peruvian President Tomas Reyes. \"Thank you for the gifts, which we have received,\" Salas said."))
}

// A council's debate is a session of it; a place in a clause that opens
// the sentence ("Before attending … in New York,") is not where the main
// clause's meeting is.
func TestCouncilDebatesAndOpeningClauses(t *testing.T) {
	runCapabilities(t, []capability{
		{"a council's debate", "Salas will chair a high-level UN Security Council debate on 16 July.", []string{"summit|Pedro Salas,UN Security Council|planned|"}},
		{"a place before the main clause", "Before attending the summit in New York, Salas will meet Reyes in Ottawa.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|Ottawa"}},
	})
}

// A gathering named by its own name ("the Munich Security Conference",
// "the Summit for Democracy") is a summit; the one who attends it takes
// part, on the gathering's own days, not the day it was announced.
func TestNamedGatherings(t *testing.T) {
	assert.Equal(t, []string{"summit|Pedro Salas|planned| 2023-03-18..2023-03-20"},
		datedMentions("Salas said on Monday he will attend the March 18-20 Lima Security Conference."))
	runCapabilities(t, []capability{
		{"a gathering of something", "Salas attended the Conference on Andean Water in Quito on Monday.", []string{"summit|Pedro Salas|occurred|Quito"}},
		{"an organisation's summit stays the organisation's", "Salas attended the ASEAN Summit in Jakarta on Monday.", []string{"summit|ASEAN,Pedro Salas|occurred|Jakarta"}},
	})
}

// Capitalised words before the noun of a body ("Working Group",
// "Community", "Council") name the body, not a person; a body that the
// organisations table knows by an abbreviation holds its summit.
func TestBodiesAreNoPeople(t *testing.T) {
	runCapabilities(t, []capability{
		{"a working group is no person to meet", "Salas met the Anti-Corruption Working Group in Lima on Monday.", nil},
		{"nor is a committee", "Salas met the Water Resources Committee in Quito on Monday.", nil},
		{"a person's name before a body's noun is still a name", "Salas met Reyes at the Andean Water Working Group meeting in Quito on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Quito"}},
		{"a community's summit", "Salas attended the European Political Community summit in Prague on Monday.", []string{"summit|European Political Community,Pedro Salas|occurred|Prague"}},
		{"a summit under the body's abbreviation", "Salas will attend the upcoming EPC summit on 5 October.", []string{"summit|European Political Community,Pedro Salas|planned|"}},
	})
}

// An event held during another takes its days; habitual contact is no
// event; a date that opens a coordinated clause dates what follows it.
func TestDuringHabitsAndCoordination(t *testing.T) {
	got := datedMentions("Salas said they talked with Reyes during the Andean Summit held in Quito two years ago.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Quito 2021-01-01..2021-12-31")
	assert.Empty(t, mentionsOf(t, "Salas has regular telephone conversations with Reyes."))
	assert.Equal(t, []string{
		"meeting|Ana Cruz,Pedro Salas|occurred| undated",
		"meeting|Luis Paz,Pedro Salas|planned| 2023-03-07..2023-03-07",
	}, datedMentions("Salas said: \"I have already met with Foreign Minister Ana Cruz of Bolivia, and tomorrow, I will meet with Defence Minister Luis Paz of Peru.\""))
}

// Wire copy of the 1980s: historic states and bodies (the Soviet Union,
// the European Community, Comecon), a visitor named after the trip and its
// date, an office's department before its title, a status word denied.
func TestWireArchives(t *testing.T) {
	runCapabilities(t, []capability{
		{"historic bodies", "The European Community and Soviet-led Comecon held talks on Monday.", []string{"talks|Comecon,European Community|occurred|"}},
		{"the visitor after the trip", "Officials pin hopes on the trip to Lima next week by Trade Affairs Minister Lars Dahl of Norway.", []string{"visit|Lars Dahl,Peru|planned|Lima"}},
	})
	a := story("U.S.-Peru Talks Seen No Delay To Tariffs", intro+"Officials said so.")
	var got []string
	for _, m := range Extract(a) {
		got = append(got, brief(m))
	}
	assert.Equal(t, []string{"talks|Peru,United States|occurred|"}, got, "'No Delay' postpones nothing")
}

// A party's abbreviation in brackets stays in its list; talks ended,
// resumed or opened are the subject's.
func TestAbbreviationsAndSupportVerbs(t *testing.T) {
	runCapabilities(t, []capability{
		{"abbreviation in brackets", "The European Community (EC) and Soviet-led Comecon ended talks here on Friday.", []string{"talks|Comecon,European Community|occurred|"}},
		{"resumed talks", "Peru and Bolivia resumed talks on Friday.", []string{"talks|Bolivia,Peru|occurred|"}},
	})
}

// Participants are the right kind of thing: a title with its portfolio
// after "for" yields the person; the owner of "his talks" is the
// sentence's subject, not the one briefed.
func TestRightKindOfParticipants(t *testing.T) {
	runCapabilities(t, []capability{
		{"title for a portfolio", "Deputy National Security Advisor for International Economics Lars Dahl met with Reyes on Monday.", []string{"meeting|Lars Dahl,Tomas Reyes|occurred|"}},
		{"briefed on his talks", "Salas briefed Reyes on his talks with Foreign Minister Ana Cruz of Bolivia.", []string{"talks|Ana Cruz,Pedro Salas|occurred|"}},
		{"flew home after meeting", "Salas flew home after meeting Reyes in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// A headline of remarks without "Remarks by" ("A and B Before Their
// Meeting") reports their meeting; an organisation's abbreviation in
// brackets stands between it and the office.
func TestRemarksHeadlinesAndBracketedAbbreviations(t *testing.T) {
	a := story("Foreign Minister Lars Dahl and Peruvian President Tomas Reyes Before Their Meeting", "Lima.")
	var got []string
	for _, m := range Extract(a) {
		got = append(got, brief(m))
	}
	assert.Equal(t, []string{"meeting|Lars Dahl,Tomas Reyes|occurred|"}, got)
	runCapabilities(t, []capability{
		{"(WHO) before the office", "Salas met with World Health Organization (WHO) Director-General Dr. Amara Okafor today.", []string{"meeting|Amara Okafor,Pedro Salas|occurred|"}},
	})
}

// A meeting verb in the passive has its agent after "by".
func TestPassiveMeetings(t *testing.T) {
	runCapabilities(t, []capability{
		{"was received by", "On Monday, Salas was received by President Tomas Reyes of Peru.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"is to be received by", "Salas is to be received by Reyes, the president of Peru, on 5 June.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
	})
}

// "The two ministers previously met in November 2022": a plural subject
// stands for the people of the event told before.
func TestPluralSubjects(t *testing.T) {
	got := datedMentions("Salas met with Foreign Minister Ana Cruz of Bolivia in Lima today. The two ministers previously met in November 2022 in La Paz.")
	assert.Equal(t, []string{
		"meeting|Ana Cruz,Pedro Salas|occurred|Lima 2023-03-06..2023-03-06",
		"meeting|Ana Cruz,Pedro Salas|occurred|La Paz 2022-11-01..2022-11-30",
	}, got)
}

// "called" is a call when its object is a person, and a verb coordinated
// with it shares the object; calling someone a name is no call.
func TestCalledVerbs(t *testing.T) {
	runCapabilities(t, []capability{
		{"called and congratulated", "Yesterday, Salas called and congratulated Reyes on his victory.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"called someone a name", "Salas called Reyes a friend of the region.", nil},
		{"called for", "Salas called for calm.", nil},
		{"have called for another meeting", "Salas said: \"We have called for another meeting with Reyes.\"", nil},
	})
}

// The date of a relative clause ("…, which were established in
// September 2021") is not shared with the events of the main clause.
func TestListDatesStayInTheirClause(t *testing.T) {
	got := datedMentions("France, Germany, Russia and Ukraine recently held the first meetings of the Normandy format working groups, which were set up at a meeting in the Normandy format in June 2014.")
	require.Len(t, got, 2, "the meetings, and the format named in the relative clause")
	assert.NotContains(t, got[0], "2014-06", "the main clause's meetings are not dated by the relative clause")
	assert.Contains(t, got[1], "2014-06")
}

// A city written with its accents, or followed by its own country, is a
// place, not a person's name: "San José, Costa Rica".
func TestCitiesWithAccents(t *testing.T) {
	runCapabilities(t, []capability{
		{"city and country", "Salas then travelled to San José, Costa Rica, on Monday.", []string{"visit|Costa Rica,Pedro Salas|occurred|San Jose"}},
		{"accented capital", "Salas met Reyes in Bogotá on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Bogota"}},
	})
}

// A stopover is a visit that dates the meetings "during his visit"; a
// session of an organisation reported twice is one event with the
// attendee the other report names; a trip to attend a summit is that
// summit, which takes its day and place.
func TestStopoversAndSessions(t *testing.T) {
	got := datedMentions("Salas will make a stopover in Lima on 3 November. During his visit, he will meet Reyes.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-11-03..2023-11-03")
	a := story("Salas to visit Peru for Francophonie Ministerial Conference",
		intro+"Salas will take part in the Francophonie Ministerial Conference on 4 and 5 November in Lima.")
	var briefs []string
	for _, m := range Extract(a) {
		briefs = append(briefs, brief(m))
	}
	// The visit "for" the conference is that session: a trip whose
	// content is a summit is the summit.
	assert.Equal(t, []string{
		"summit|International Organisation of La Francophonie,Pedro Salas|planned|",
		"summit|International Organisation of La Francophonie,Pedro Salas|planned|Lima",
	}, briefs, "the headline's session takes the attendee the body names")
	// Two sessions told side by side in one sentence are two gatherings:
	// the one that names its body alone takes no one from the other.
	// The date after both names dates both.
	got = datedMentions("Salas met Reyes on the sidelines of the 20th ASEAN-Chile Summit and 18th East Asia Summit in Jakarta on Friday.")
	assert.Contains(t, got, "summit|ASEAN|occurred|Jakarta 2023-03-03..2023-03-03")
	assert.Contains(t, got, "summit|ASEAN,Chile|occurred| 2023-03-03..2023-03-03")
	assert.NotContains(t, got, "summit|ASEAN,Chile|occurred|Jakarta 2023-03-03..2023-03-03")
	assert.Equal(t, []string{"summit|Commonwealth of Independent States,Pedro Salas|planned|Lima 2023-03-29..2023-03-29"},
		datedMentions("Salas will travel to Lima on 29 March to attend the summit of the CIS."), "the day and place of the trip")
	assert.Equal(t, []string{"summit|Commonwealth of Independent States,Pedro Salas|occurred|Lima 2023-03-02..2023-03-02"},
		datedMentions("Salas travelled to Lima on 2 March to attend the summit of the CIS."), "attended: the main verb's tense")
	assert.Equal(t, []string{"summit|Commonwealth of Independent States,Pedro Salas|planned|Lima undated"},
		datedMentions("Salas plans to take part in the summit of the CIS in Lima."))
}

// A courtesy title between an office and the name ("Secretary to the
// President Dr. Ana Cruz"), and an office with its posting before a
// titled name ("High Commissioner of Norway to Chile H.E Lars Dahl").
func TestCourtesyAfterOffices(t *testing.T) {
	runCapabilities(t, []capability{
		{"courtesy after office", "A meeting between Secretary to the President Dr. Ana Cruz and High Commissioner of Norway to Chile H.E Lars Dahl took place today (6).", []string{"meeting|Ana Cruz,Lars Dahl|occurred|"}},
	})
}

// Nominal events told in passing: "Harris' visit to Singapore in
// August", "held a High-Level Economic Dialogue in September" (talks);
// wishes ("I hope that you will visit") and anniversaries of a
// conference are no events; a date in a subordinate clause before the
// event ("as they plan for elections later this year, I will attend …")
// is not the event's.
func TestNominalPastEventsAndWishes(t *testing.T) {
	runCapabilities(t, []capability{
		{"possessive in -s'", "They built on the momentum of Foreign Minister Luis Paredes' visit to Peru in August.", []string{"visit|Luis Paredes,Peru|occurred|"}},
		{"held a dialogue", "Peru and Bolivia held a High-Level Economic Dialogue in September.", []string{"talks|Bolivia,Peru|occurred|"}},
		{"a wish", "\"I hope that you will visit Chile,\" Reyes told Salas.", nil},
	})
	got := datedMentions("As they plan for elections later this year, Salas will attend the Lima Conference on Peace next month.")
	require.Len(t, got, 1)
	assert.Contains(t, got[0], "2023-04-01..2023-04-30", "next month, not later this year")
}

// "their September 9 phone call" is an event of its own, of the people
// of the event told before or named before in the sentence; "their
// discussion" without a date of its own is the event told before.
func TestTheirEvents(t *testing.T) {
	got := datedMentions("Salas will hold a virtual meeting with Reyes on Monday. Following their September 9 phone call, the two leaders will discuss trade.")
	assert.Contains(t, got, "call|Pedro Salas,Tomas Reyes|occurred| 2022-09-09..2022-09-09")
	got = datedMentions("The presidents of Bolivia and Ecuador and the prime minister of Peru will meet at their meeting in Lima on 26 March.")
	assert.Contains(t, got, "meeting|Bolivia,Ecuador,Peru|planned|Lima 2023-03-26..2023-03-26")
	assert.Empty(t, mentionsOf(t, "Salas and Reyes speak regularly over the phone."), "habitual")
}

// A country's adjective before something other than a side ("the Swiss
// community", "Ukrainian civil society") is no party; the subject after
// an opening phrase is the person after its list, not the list's next
// country.
func TestAdjectivesAndOpeningLists(t *testing.T) {
	runCapabilities(t, []capability{
		{"community", "Salas met with members of the Chilean community in Lima on Monday.", nil},
		{"civil society", "Salas met with Peruvian civil society on Monday.", nil},
	})
	got := datedMentions("On 8 March, following his visits to Peru, Bolivia and Ecuador, Salas travelled to Colombia.")
	for _, g := range got {
		assert.Contains(t, g, "Pedro Salas", g)
	}
	require.NotEmpty(t, got)
}

// "A and B meet separately with C": two meetings, each with C.
func TestSeparateSubjects(t *testing.T) {
	runCapabilities(t, []capability{
		{"meet separately", "Salas and Reyes will meet separately on Friday with Foreign Minister Ana Cruz of Bolivia.", []string{"meeting|Ana Cruz,Pedro Salas|planned|", "meeting|Ana Cruz,Tomas Reyes|planned|"}},
		{"meet together", "Salas and Reyes will meet on Friday with Foreign Minister Ana Cruz of Bolivia.", []string{"meeting|Ana Cruz,Pedro Salas,Tomas Reyes|planned|"}},
	})
}

// The object of a meeting verb may follow a possessive as it follows an
// article: "met his Peruvian counterpart X", "received her Chilean
// counterpart"; "met his wife" names no party.
func TestObjectsAfterPossessives(t *testing.T) {
	runCapabilities(t, []capability{
		{"his counterpart named", "Salas met his Bolivian counterpart Ana Cruz in La Paz.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|La Paz"}},
		{"her counterpart unnamed", "Salas received his Bolivian counterpart at the palace.", []string{"meeting|Bolivia,Pedro Salas|occurred|"}},
		{"in a relative clause", "Salas travelled to Lima, where he met his Bolivian counterpart Ana Cruz.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|Lima"}},
		{"their guest", "Salas and Reyes welcomed their Bolivian counterpart Ana Cruz.", []string{"meeting|Ana Cruz,Pedro Salas,Tomas Reyes|occurred|"}},
		{"not a party", "Salas met his wife in Lima.", nil},
	})
}

// Spanish and Portuguese names carry two surnames, and an article goes on
// with the first ("Mr González-Olaechea", "President Lula"): the short
// name finds the person, and travels as an alias, since a reader cannot
// derive it from the full name.
func TestInnerSurnames(t *testing.T) {
	cases := []struct {
		body, short, full string
	}{
		{"Foreign Minister Javier González-Olaechea Franco of Peru arrived. Salas met Mr González-Olaechea in Lima.", "González-Olaechea", "Javier González-Olaechea Franco"},
		{"Luiz Inácio Lula da Silva, the president of Brazil, arrived. Salas met President Lula in Brasília.", "Lula", "Luiz Inácio Lula da Silva"},
		{"Foreign Minister Ana María Cruz Vega of Bolivia arrived on Monday. Ms Cruz held talks with Salas.", "Cruz", "Ana María Cruz Vega"},
	}
	for _, c := range cases {
		t.Run(c.short, func(t *testing.T) {
			var found bool
			for _, m := range Extract(story("", intro+c.body)) {
				for _, p := range m.Participants {
					if p.Name == c.full {
						found = true
						assert.Contains(t, p.Aliases, c.short, "aliases of %s", p.Name)
					}
				}
			}
			assert.True(t, found, "no event names %s: %s", c.full, c.body)
		})
	}
	t.Run("shared inner word", func(t *testing.T) {
		body := "Ana María Cruz Vega and Luis Cruz Ortiz arrived. Salas met Ms Cruz in Lima."
		ms := Extract(story("", intro+body))
		require.NotEmpty(t, ms)
		for _, m := range ms {
			for _, p := range m.Participants {
				assert.NotContains(t, []string{"Ana María Cruz Vega", "Luis Cruz Ortiz"}, p.Name, "two people carry the word, it picks neither")
			}
		}
	})
}

// "His talks with X …" opening a sentence: "his" stands for the person the
// sentences before are about, as "he" would.
func TestPossessiveOpeners(t *testing.T) {
	runCapabilities(t, []capability{
		{"his talks", "Salas arrived in La Paz on Monday. His talks with Foreign Minister Ana Cruz of Bolivia were useful.", []string{"talks|Ana Cruz,Pedro Salas|occurred|La Paz"}},
		{"her meeting", "Foreign Minister Ana Cruz of Bolivia flew to Lima. Her meeting with Reyes lasted an hour.", []string{"meeting|Ana Cruz,Tomas Reyes|occurred|Lima"}},
		{"his visit", "Salas left for Asia. His visit to Japan ends on Friday.", []string{"visit|Japan,Pedro Salas|occurred|"}},
		{"within the sentence", "Salas arrived on Monday. Reporters asked about his talks with Bolivia.", []string{"talks|Bolivia,Pedro Salas|occurred|"}},
		{"a person named before takes it", "Salas arrived on Monday. Reyes said his talks with Bolivia went well.", []string{"talks|Bolivia,Tomas Reyes|occurred|"}},
	})
}

// A region, sea or people whose name holds a country's name or adjective
// is no party: "Latin American" is not the United States, "the South China
// Sea" not China. A trip may be a "tour".
func TestRegionNamesAndTours(t *testing.T) {
	runCapabilities(t, []capability{
		{"latin american tour", "Salas began his Latin American tour in Brasília on Monday.", []string{"visit|Brazil,Pedro Salas|occurred|Brasilia"}},
		{"south american trip", "Salas began a South American trip in Quito.", []string{"visit|Ecuador,Pedro Salas|occurred|Quito"}},
		{"a sea", "Salas and Reyes held talks on the South China Sea.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"an ocean", "Salas met Indian Ocean envoys.", nil},
		{"a country after all", "Salas met North Korean envoys.", []string{"meeting|North Korea,Pedro Salas|occurred|"}},
		{"tour of duty", "Salas served a tour of duty in Iraq.", nil},
	})
}

// An office written in lower case after "the", then the person who holds
// it after a comma: the person is the party, with the office and the
// country of its "of" phrase.
func TestOfficesInApposition(t *testing.T) {
	runCapabilities(t, []capability{
		{"portfolio", "Salas held talks with the minister of economy and finance, Ana Cruz, in Lima.", []string{"talks|Ana Cruz,Pedro Salas|occurred|Lima"}},
		{"country adjective", "Salas met the Bolivian minister of trade, Ana Cruz.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|"}},
		{"titled person", "Salas met with the secretary of state of the Holy See, Cardinal Luigi Bassi.", []string{"meeting|Luigi Bassi,Pedro Salas|occurred|"}},
		{"the office said", "Salas met Reyes after the minister said, Ana Cruz agreed.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
	// A list after the comma is no apposition: the office stays unnamed.
	for _, e := range recognise(tokenize("Salas met the minister, Ana Cruz and Luis Ortiz.", 0)) {
		assert.NotEqual(t, "Minister", e.Role, "%s takes no office from a list", e.Name)
	}
	// The person takes the office and the country.
	found := false
	for _, m := range Extract(story("", intro+"Salas met with the secretary of state of the Holy See, Cardinal Luigi Bassi.")) {
		for _, p := range m.Participants {
			if p.Name == "Luigi Bassi" {
				found = true
				assert.Equal(t, "Holy See", p.Country)
				assert.Equal(t, "Foreign Minister", p.Role)
			}
		}
	}
	assert.True(t, found, "no event with Luigi Bassi")
}

// An event noun followed at once by "with" its other party, in a sentence
// that names no one before it, takes the person the sentences before are
// about: press releases go on about their protagonist.
func TestNarrativeSubjects(t *testing.T) {
	runCapabilities(t, []capability{
		{"focus of discussions", "Salas arrived in La Paz on Monday. Trade was the focus of discussions with Foreign Minister Ana Cruz of Bolivia.", []string{"talks|Ana Cruz,Pedro Salas|occurred|La Paz"}},
		{"after a dated opener", "On Monday, 3 January, Salas opened the embassy. Trade was the focus of talks with Foreign Minister Ana Cruz of Bolivia.", []string{"talks|Ana Cruz,Pedro Salas|occurred|"}},
		// Not Salas's talks: the sentence names someone before them.
		{"someone named before", "Salas arrived in La Paz. The envoy of Bolivia, who came from talks with Reyes, left.", []string{"visit|Bolivia,Pedro Salas|occurred|La Paz"}},
		{"an owner after the noun", "Salas arrived. The meeting of EU leaders with Reyes went well.", nil},
	})
}

// In a Title Case headline capitals run on past a name: a trailing verb
// ("Salas Cancels Trip") is no part of it, and words before a surname
// that the body gives in full ("Chile Hopes Salas'S Lima Trip") are not
// either. Each names the body's person.
func TestTitleCaseHeadlineNames(t *testing.T) {
	for _, c := range []struct{ headline, body string }{
		{"Chile'S Salas Cancels Trip To Peru", "President Pedro Salas of Chile has cancelled a trip to Peru."},
		{"Chile Hopes Salas'S Lima Trip Will Ease Tensions", "The trip to Lima next week by President Pedro Salas of Chile may ease tensions."},
		{"Salas Postpones Visit To Peru", "President Pedro Salas of Chile has postponed his visit to Peru."},
	} {
		t.Run(c.headline, func(t *testing.T) {
			ms := Extract(story(c.headline, c.body))
			require.NotEmpty(t, ms)
			for _, m := range ms {
				var names []string
				for _, p := range m.Participants {
					names = append(names, p.Name)
				}
				assert.Contains(t, names, "Pedro Salas", "%q: %s", m.Source.Sentence, brief(m))
			}
		})
	}
}

// GUIDE: "Domestic meetings (officials of one country among themselves)
// are not events". Parties of one known country make none; an
// organisation, or a person of unknown country, may come from elsewhere.
func TestDomesticMeetings(t *testing.T) {
	runCapabilities(t, []capability{
		{"president and own minister", "Salas met Foreign Minister Ana Cruz of Chile in Santiago.", nil},
		{"president and own country", "Salas held talks with Chilean officials.", nil},
		{"two countries", "Salas met Foreign Minister Ana Cruz of Bolivia in Santiago.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|Santiago"}},
		{"an organisation", "Salas met UN envoys in Santiago.", []string{"meeting|Pedro Salas,United Nations|occurred|Santiago"}},
		{"a call too", "Salas phoned Foreign Minister Ana Cruz of Chile.", nil},
	})
}

// A name after an office and a comma is its holder only where an
// apposition can end ("…, Lars Dahl, at the palace"); before a verb the
// name is the subject of a clause of its own, unless the office follows
// "as".
func TestAppositionsAndSubjects(t *testing.T) {
	runCapabilities(t, []capability{
		{"opening phrase", "At the request of the President of Bolivia, Salas phoned Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"as the office", "Salas phoned Ana Cruz. As the Foreign Minister of Bolivia, Ana Cruz met Reyes.", []string{"call|Ana Cruz,Pedro Salas|occurred|", "meeting|Ana Cruz,Tomas Reyes|occurred|"}},
		{"apposition", "Salas met the Foreign Minister of Bolivia, Ana Cruz, at the palace.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|"}},
	})
	// The subject keeps its own country: Salas is not Bolivia's president.
	for _, m := range Extract(story("", intro+"At the request of the President of Bolivia, Salas phoned Reyes.")) {
		for _, p := range m.Participants {
			if p.Name == "Pedro Salas" {
				assert.Equal(t, "Chile", p.Country)
			}
		}
	}
}

// Offices of several words in lower case, postings before a plain name,
// and time and place between "took place" and the parties.
func TestOfficesPostingsAndHappenPhrases(t *testing.T) {
	runCapabilities(t, []capability{
		{"lower-case title", "Salas met the secretary to the President Dr. Ana Cruz of Bolivia.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|"}},
		{"posting then name", "Salas met the Bolivian Ambassador to Chile Luis Ortiz.", []string{"meeting|Luis Ortiz,Pedro Salas|occurred|"}},
		{"took place", "A meeting took place this afternoon at the Presidential Palace in Santiago between Salas and Foreign Minister Ana Cruz of Bolivia.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|Santiago"}},
		{"was held", "Talks were held on Monday morning at the palace between Salas and Reyes.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"too far without it", "A meeting on trade, on fisheries, on mining and on the border of the two countries between Salas and Reyes.", nil},
	})
}

// A paragraph that opens with a day ("On Monday, 10 January, …") frames
// the undated past events of its next sentences, up to a sentence that
// may name a day of its own.
func TestParagraphFrames(t *testing.T) {
	dated := func(body string) []string {
		var out []string
		for _, m := range Extract(story("", intro+body)) {
			if !strings.Contains(body, m.Source.Sentence) {
				continue
			}
			w := "-"
			if m.When != nil {
				w = m.When.Value
			}
			out = append(out, brief(m)+w)
		}
		return out
	}
	// story() publishes on Monday 6 March 2023.
	assert.Equal(t, []string{"talks|Ana Cruz,Pedro Salas|occurred|2023-01-10"},
		dated("On Tuesday, 10 January, Salas opened the new embassy. The ceremony was short. Trade was the focus of talks with Foreign Minister Ana Cruz of Bolivia."))
	assert.Equal(t, []string{"talks|Ana Cruz,Pedro Salas|occurred|-"},
		dated("On Tuesday, 10 January, Salas opened the new embassy.\n\nTrade was the focus of talks with Foreign Minister Ana Cruz of Bolivia."), "another paragraph")
	assert.Equal(t, []string{"talks|Ana Cruz,Pedro Salas|occurred|-"},
		dated("On Tuesday, 10 January, Salas opened the new embassy. On Wednesday he left. Trade was the focus of talks with Foreign Minister Ana Cruz of Bolivia."), "another day between")
}

// "The Secretary" opening a sentence is the one person of the article who
// holds the office: a pronoun after it stands for that person, and an
// event noun in an adjunct of its clause ("for meetings with X") is theirs.
func TestDefiniteOfficeSubjects(t *testing.T) {
	runCapabilities(t, []capability{
		{"pronoun after the office", "Secretary of State Ana Cruz of Bolivia arrived. In these talks, the Secretary will stress trade. In Lima, she will meet with Reyes.", []string{"meeting|Ana Cruz,Tomas Reyes|planned|Lima"}},
		{"for meetings with", "Secretary of State Ana Cruz of Bolivia arrived. The Secretary will then travel to Lima, Peru for meetings with Reyes.", []string{"meeting|Ana Cruz,Tomas Reyes|planned|Lima"}},
		{"not the subject of a relative clause", "Secretary of State Ana Cruz of Bolivia arrived. The Secretary noted the help that Peru had given to the conference.", nil},
	})
}

// An event noun after "after", "before" or "following" in a clause whose
// subject is a pronoun or an office takes that subject, as one after
// "for" does: "She spoke after a meeting with X".
func TestAdjunctOfTimeSubjects(t *testing.T) {
	const lead = "Secretary of State Ana Cruz of Bolivia spoke on Monday. "
	runCapabilities(t, []capability{
		{"after, a pronoun", lead + "She spoke to reporters after a meeting with Reyes.", []string{"meeting|Ana Cruz,Tomas Reyes|occurred|"}},
		{"before, an office", lead + "The Secretary spoke briefly before talks with Reyes.", []string{"talks|Ana Cruz,Tomas Reyes|occurred|"}},
		{"following, a pronoun", lead + "She was upbeat following talks with Reyes.", []string{"talks|Ana Cruz,Tomas Reyes|occurred|"}},
		{"a named subject", lead + "Salas spoke after a meeting with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// The countries of a hyphenated pair before the event noun ("the
// Chile-Bolivia strategic dialogue") are its sides; the person the
// sentence opens with, of one of them, stands for that side.
func TestPairSubjectPeople(t *testing.T) {
	runCapabilities(t, []capability{
		{"co-chaired, with the other side's person", "Chilean Foreign Minister Ana Cruz co-chaired the Chile-Bolivia strategic dialogue with her Bolivian counterpart Luis Rojas in Santiago on Monday.",
			[]string{"talks|Ana Cruz,Luis Rojas|occurred|Santiago"}},
		{"held, the other side a country", "Chilean Foreign Minister Ana Cruz held the third round of Chile-Bolivia consultations in Santiago on Monday.",
			[]string{"talks|Ana Cruz,Bolivia|occurred|Santiago"}},
		{"a subject of neither country", "Norwegian envoy Lars Dahl observed the Chile-Bolivia consultations in Santiago on Monday.",
			[]string{"talks|Bolivia,Chile|occurred|Santiago"}},
	})
}

// A country's name used as an adjective of people who do not act for it
// ("U.S. business representatives") names no party.
func TestNonStateGroups(t *testing.T) {
	runCapabilities(t, []capability{
		{"business", "Salas will meet with U.S. business representatives in Lima.", nil},
		{"students", "Salas met UK students on Monday.", nil},
		{"officials", "Salas met with U.S. officials on Monday.", []string{"meeting|Pedro Salas,United States|occurred|"}},
	})
}

// A country's name before a topic noun that ends its phrase ("on the
// Bolivia crisis") names what the event was about, not a party; before
// a role ("Bolivia security officials") it is still the country's side.
func TestCountryBeforeTopicNoun(t *testing.T) {
	runCapabilities(t, []capability{
		{"crisis", "Salas held talks on Monday with envoys on the Bolivia crisis.", nil},
		{"war", "Salas spoke by phone on Monday with aides about the Ukraine war.", nil},
		{"conflict, with a named party", "Salas held talks on Monday with Reyes on the Bolivia conflict.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a role after the noun", "Salas met with Bolivia security officials on Monday.", []string{"meeting|Bolivia,Pedro Salas|occurred|"}},
		{"the country itself", "Salas held talks on Monday with Bolivia on trade.", []string{"talks|Bolivia,Pedro Salas|occurred|"}},
	})
}

// "Later this week" is the rest of a period that holds the day of
// writing: an event dated by it is still to come.
func TestLaterWithinPeriod(t *testing.T) {
	runCapabilities(t, []capability{
		{"later this week", "Salas hopes his visit to Lima later this week will help.", []string{"visit|Pedro Salas,Peru|planned|Lima"}},
		{"later today", "Salas meets Reyes later today in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|Lima"}},
		{"this week, done", "Salas met Reyes this week in Lima.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"later that day, a narrative", "Salas arrived in Lima today and met Reyes later that day.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// allMentions extracts a whole made-up article and renders every mention
// by brief, with its date range, in text order.
func allMentions(headline, body string) []string {
	return datedBriefs(story(headline, body))
}

// datedBriefs extracts a and renders every mention by brief, with its
// date range ("undated" for none), in text order.
func datedBriefs(a timeline.Article) []string {
	var out []string
	for _, m := range Extract(a) {
		w := "undated"
		if m.When != nil {
			w = m.When.Range.First.String() + ".." + m.When.Range.Last.String()
		}
		out = append(out, brief(m)+" "+w)
	}
	return out
}

// A release names its country as the party and, in a sentence of its own,
// the person who led its delegation: the person takes the country's place.
func TestDelegationHeads(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"led by, passive",
			"Chile took part in talks with Peru in Lima on 2 March. The Chilean delegation was led by Ambassador Ana Rojas.",
			"talks|Ana Rojas,Peru|occurred|Lima 2023-03-02..2023-03-02"},
		{"who headed, after the person",
			"Chile held talks with Peru in Lima on 2 March. \"The talks were frank,\" said Ambassador Ana Rojas, who headed the Chilean delegation.",
			"talks|Ana Rojas,Peru|occurred|Lima 2023-03-02..2023-03-02"},
		{"both delegations",
			"Chile held talks with Peru in Lima on 2 March. The Chilean delegation was led by Ana Rojas. The Peruvian delegation was led by Luis Vega.",
			"talks|Ana Rojas,Luis Vega|occurred|Lima 2023-03-02..2023-03-02"},
		{"led by, set off by commas",
			"The Chilean delegation, led by Ambassador Ana Rojas, held talks with Peruvian officials in Lima on 2 March.",
			"talks|Ana Rojas,Peru|occurred|Lima 2023-03-02..2023-03-02"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := allMentions("", c.body)
			require.NotEmpty(t, got, c.body)
			assert.Equal(t, c.want, got[0], c.body)
		})
	}
	// The person must lead the delegation: a person merely named is not.
	got := allMentions("", "Chile held talks with Peru in Lima on 2 March. The Chilean delegation thanked Ambassador Ana Rojas.")
	require.NotEmpty(t, got)
	assert.Equal(t, "talks|Chile,Peru|occurred|Lima 2023-03-02..2023-03-02", got[0])
}

// "The dialogue with Peru took place on …" leaves out the side the article
// is about, which its headline names; and "dialogue" is an event only with
// a date of its own, for it names a process as often ("the ongoing
// dialogue", "engaging in dialogue with …").
func TestOneSidedReportsAndDialogues(t *testing.T) {
	got := allMentions("Human rights dialogue between Chile and Peru",
		"The 12th human rights dialogue with Peru took place on 2 and 3 March in Lima.")
	assert.Equal(t, []string{
		"talks|Chile,Peru|occurred| 2023-03-02..2023-03-03",
		"talks|Chile,Peru|occurred|Lima 2023-03-02..2023-03-03",
	}, got)
	assert.Empty(t, allMentions("", intro+"Salas said Chile remains committed to dialogue with Peru."))
	assert.Empty(t, allMentions("", intro+"While engaging in dialogue with Peru, Salas will insist on guarantees. The talks reaffirmed the positions."),
		"a back reference does not take the parties of a process")
}

// A base-form event word after "and" shares the modal or "to" of the verb
// it is joined to: "will attend the forum … and meet with …" is planned,
// and a trip announced in the same sentence dates it.
func TestJoinedVerbsShareTheirPlan(t *testing.T) {
	assert.Equal(t, []string{"meeting|Pedro Salas,Peru|planned|Lima 2023-05-18..2023-05-20"},
		datedMentions("Salas will travel to Lima, May 18-20, where he will attend the Andean Water Forum to discuss cooperation on migration and meet with Peruvian officials."))
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima undated"},
		datedMentions("Salas attended the forum in Lima and met with Reyes."))
}

// A summit is named by who meets and for whom ("a meeting of the heads of
// state of the CIS", "of the CIS heads of state", "of the Peruvian and
// Bolivian foreign ministers"); its attendance list, in a sentence of its
// own, adds its principals; and a habitual word ("annual", "regular")
// describes one event that "took place" or that a city "hosted".
func TestSummitsByMembersAndAttendance(t *testing.T) {
	runCapabilities(t, []capability{
		{"heads of state of an organisation", "A meeting of the heads of state of the CIS took place in Lima on Monday.", []string{"summit|Commonwealth of Independent States|occurred|Lima"}},
		{"an organisation's heads of state", "A meeting of the CIS heads of state took place in Lima on Monday.", []string{"summit|Commonwealth of Independent States|occurred|Lima"}},
		{"two countries' ministers", "A meeting of the Peruvian and Bolivian foreign ministers took place in Lima on Monday.", []string{"meeting|Bolivia,Peru|occurred|Lima"}},
		{"members and then 'with'", "A meeting of the heads of the EU bodies with Salas and Reyes is scheduled for Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"'of' far from the event word is no party", "Salas welcomed the revival of Peru-Bolivia ties.", nil},
		{"a body's meeting is not its members'", "Salas chaired the fourth meeting of the Peru-Bolivia Strategic Consultative Group.", nil},
		{"an annual summit that took place", "The annual summit of the CIS took place in Lima on Monday.", []string{"summit|Commonwealth of Independent States|occurred|Lima"}},
		{"a city that hosted an annual summit", "Lima hosted the annual informal summit of the CIS on Monday.", []string{"summit|Commonwealth of Independent States|occurred|"}},
		{"a habit stays a habit", "The CIS holds an annual summit in Lima.", nil},
		{"a session attended needs no date", "Salas will attend the G20 summit in Rome.", []string{"summit|G20,Pedro Salas|planned|Rome"}},
		{"a potential session is none", "Salas said Kiev impedes the potential holding of a new summit in the Normandy format.", nil},
		{"a purpose to continue is no event", "Salas and Reyes signed a treaty in Lima to continue the consultations between the two sides.", nil},
		{"a possible visit is none, even dated", "Salas will discuss it during Reyes's possible visit to Chile early next year.", nil},
	})
	got := allMentions("", "Lima hosted the informal summit of the CIS heads of state on 2 March. The meeting was attended by President of Chile Pedro Salas, President of the Kyrgyz Republic Sadyr Japarov and Peruvian Foreign Minister Ana Cruz.")
	require.NotEmpty(t, got)
	assert.Equal(t, "summit|Ana Cruz,Commonwealth of Independent States,Pedro Salas,Sadyr Japarov|occurred| 2023-03-02..2023-03-02", got[0])
	got = allMentions("", intro+"Salas held talks with Reyes in Lima on 2 March. The talks were attended by Foreign Minister Ana Cruz.")
	require.NotEmpty(t, got)
	assert.Equal(t, "talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02", got[0], "at talks of two sides, those attending are aides")
}

// "Between the two leaders", "the two presidents discussed the outcomes of
// the Chilean-Peruvian summit" stand for the sides of the event told
// before, skipping what was only called for; "The talks …" after news
// dated by its publication day takes that day; "departed Chile for a
// visit to Peru" leaves Chile out of the visit.
func TestTheTwoSidesToldBefore(t *testing.T) {
	assert.Equal(t, []string{
		"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
		"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
		"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2022-09-01..2022-09-30",
	}, allMentions("", intro+"Salas held talks with Reyes today. The talks followed an earlier meeting between the two presidents in Lima last September."))
	assert.Equal(t, []string{
		"talks|Bolivia,Peru|occurred| 2023-03-06..2023-03-06",
		"talks|Bolivia,Peru|occurred| 2023-03-06..2023-03-06",
		"talks|Bolivia,Peru|occurred| 2022-09-01..2022-09-30",
	}, allMentions("", "Peru and Bolivia ended talks here, delegates said. \"We have called for another meeting,\" said Ana Cruz. The talks followed an earlier round between the two trading blocs here last September."))
	got := allMentions("", intro+"Salas held talks with Reyes today. In particular, the two presidents discussed the outcomes of the June 2022 Chilean-Peruvian summit in Lima.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2022-06-01..2022-06-30") // (a summit of two sides: see TestBilateralSummitIsMeeting)
	got = allMentions("", intro+"At the invitation of President Reyes, President Salas departed Chile yesterday (05) on a state visit to Peru.")
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|occurred| 2023-03-05..2023-03-05"}, got)
}

// The object of a verb of departure is the place left, never the subject
// of the visit that follows it.
func TestDepartureObjectIsNoSubject(t *testing.T) {
	for _, c := range []struct {
		sentence, event string
		want            []string
	}{
		{"Salas departed Chile yesterday on a state visit to Peru.", "visit", nil},
		{"Salas left Chile on an official visit to Peru.", "visit", nil},
		{"Chile and Peru held talks on Sunday.", "talks", []string{"Chile", "Peru"}},
	} {
		var b extractBuffers
		x := newExtraction(story("", c.sentence), &b)
		u := &x.units[len(x.units)-1]
		lo := -1
		for k, tok := range u.toks {
			if tok.Text == c.event {
				lo = k
			}
		}
		require.GreaterOrEqual(t, lo, 0, c.sentence)
		var got []string
		for _, e := range leftGroup(u, lo) {
			got = append(got, e.Name)
		}
		assert.Equal(t, c.want, got, c.sentence)
		x.release()
	}
}

// A trip told as "to A, Country, on D1 and B, Country, on D2" dates each
// leg by the date after it; "The Under Secretary" is the article's one
// holder of that office.
func TestLegsWithTheirOwnDates(t *testing.T) {
	assert.Equal(t, []string{
		"visit|Peru,Rosa Diaz|planned|Lima 2023-03-17..2023-03-17",
		"visit|Bolivia,Rosa Diaz|planned|La Paz 2023-03-19..2023-03-19",
	}, datedMentions("Under Secretary of State Rosa Diaz will travel to Lima, Peru, on March 17 and La Paz, Bolivia, on March 19 to engage with officials."))
	got := datedMentions("Under Secretary of State Rosa Diaz will travel to Lima, Peru, on March 17. The Under Secretary will also meet with Peruvian Minister of Health Luis Vega.")
	assert.Contains(t, got, "meeting|Luis Vega,Rosa Diaz|planned|Lima 2023-03-17..2023-03-17")
}

// A gathering whose relative clause lists who will take part ("…, which
// will include President A of …") is an event of those people, planned,
// and one told in a "where" clause after a leg of a trip takes its day and
// place.
func TestGatheringsThatIncludePeople(t *testing.T) {
	got := datedMentions("Salas will travel to Lima, Peru, on March 19, where he will support regional integration through a Summit of the Andean Alliance for Water in Democracy (AAWD), which will include President Luis Vega of Bolivia and President Ana Cruz of Ecuador.")
	assert.Contains(t, got, "summit|Ana Cruz,Luis Vega|planned|Lima 2023-03-19..2023-03-19")
}

// An office of a country's body ("General Secretary of the Communist Party
// of Vietnam") is of that country, its holder may follow after the body's
// abbreviation ("(CPV), H.E. Tô Lâm"), and sentence adverbs ("Later
// today") and a body's noun ("Party", "Headquarters") are no names.
func TestOfficesOfACountrysBody(t *testing.T) {
	runCapabilities(t, []capability{
		{"office of a party of a country, holder after its abbreviation",
			"Later today, Salas is scheduled to meet with General Secretary of the Socialist Party of Peru (SPP), H.E. Luis Vega, at the Party’s Central Committee Headquarters in Lima.",
			[]string{"meeting|Luis Vega,Pedro Salas|planned|Lima"}},
		{"office of a council of a country",
			"Salas met with Secretary of the National Defence Council of Peru Luis Vega on Monday.",
			[]string{"meeting|Luis Vega,Pedro Salas|occurred|"}},
	})
}

// "The head of the Federal Department of Foreign Affairs (FDFA)", "the head
// of the FDFA" is the article's one minister, as "the Minister" would be;
// "the head of state" is no such office.
func TestHeadOfADepartment(t *testing.T) {
	got := allMentions("Federal Councillor Ana Cruz to visit Peru",
		"The head of the Department of Foreign Affairs (DFA) will visit Lima on 22 and 23 June. She will meet her Peruvian counterpart Luis Vega.")
	assert.Contains(t, got, "meeting|Ana Cruz,Luis Vega|planned|Lima 2023-06-22..2023-06-23") // the lead's city, the headline's trip
	got = allMentions("Federal Councillor Ana Cruz to visit Spain",
		"The head of the DFA is to be received by José Ortiz, the Spanish minister for foreign affairs, on 5 June.")
	assert.Contains(t, got, "meeting|Ana Cruz,José Ortiz|planned| 2023-06-05..2023-06-05")
	// Two ministers in the article: the one the headline names.
	got = allMentions("Federal Councillor Ana Cruz to visit Peru",
		"The head of the DFA will visit Lima on 22 June.\n\nFederal Councillor Ana Cruz's trip follows a visit to Bern by Peruvian Foreign Minister Luis Vega in December 2021.")
	assert.Contains(t, got, "visit|Ana Cruz,Peru|planned|Lima 2023-06-22..2023-06-22")
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The head of the Department of Foreign Affairs (DFA) will", true},
		{"The head of the DFA will", true},
		{"The head of state will", false},
		{"The head of the delegation will", false},
	} {
		toks := tokenize(c.text, 0)
		u := &unit{toks: toks, brk: make([]bool, len(toks))}
		_, ok := headOfBodyEndingAt(u, len(toks)-2)
		assert.Equal(t, c.want, ok, c.text)
	}
}

// A lower-case title modifier does not end a list of people met one by one:
// "…, and former Speaker X" is met too.
func TestFormerOfficesInAList(t *testing.T) {
	assert.Equal(t, []string{
		"meeting|Pedro Salas,Tomas Reyes|occurred|Lima",
		"meeting|Luis Vega,Pedro Salas|occurred|Lima",
	}, mentionsOf(t, "In Lima, Salas met with President Tomas Reyes and former Speaker Luis Vega."))
}

// "on", "for" and "to" after "call" make a demand ("called on Reyes to
// resign"); after another call word they give its topic: "held a
// videoconference on the anniversary of the treaty" is a call.
func TestCallTopicsAndDemands(t *testing.T) {
	runCapabilities(t, []capability{
		{"a videoconference on a topic", "Salas and Reyes held a videoconference on the anniversary of the treaty on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a phone call on a topic", "Salas and Reyes held a phone call on the border on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a call on someone to act", "Salas renewed his call on Reyes to resign on Monday.", nil},
		// A day after "on" is when the call was held, and "with" names
		// the other party past it.
		{"a call on a day", "Salas held a call on Monday with Reyes.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"separate calls on a day", "Salas held separate calls on Monday with Reyes and Colombian President Ana Cruz.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|", "call|Ana Cruz,Pedro Salas|occurred|"}},
		{"the parties before", "Salas and Reyes had a brief call on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		// A verb "called on" before a day is still a demand.
		{"a demand on a day", "Salas called on Monday for restraint at the border.", nil},
		{"a demand on a day with a party", "Salas called on Monday on Reyes to resign.", nil},
	})
}

// "His counterpart" before a name is a title, as "his Peruvian
// counterpart" is; attending in the past tense ("took part in",
// "attended", "chaired") is one session of an annual meeting; and a
// participle glued to the word before ("German-speaking",
// "long-awaited") is part of an adjective, not an event's verb.
func TestCounterpartsSessionsAndCompounds(t *testing.T) {
	runCapabilities(t, []capability{
		{"counterpart before a name", "Salas met his counterpart Lars Dahl in Lima.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|Lima"}},
		{"counterparts before a list", "Salas met with his counterparts Lars Dahl of Norway and Anna Weber of Austria.",
			[]string{"meeting|Anna Weber,Lars Dahl,Pedro Salas|occurred|"}},
		{"counterpart in apposition", "Salas met his counterpart, Lars Dahl, in Lima.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|Lima"}},
		{"a bare counterpart is still the other office", "Salas met his counterpart in Lima.", nil},
		{"took part in an annual meeting", "Salas took part in the annual foreign ministers' meeting of Spanish-speaking countries alongside his counterpart Lars Dahl of Norway.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|"}},
		{"chaired an annual meeting", "Salas chaired the annual meeting with Reyes in Lima.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"an annual habit stays a habit", "Salas holds an annual meeting with Reyes.", nil},
		{"a participle in an adjective", "Salas welcomed the cooperation of Spanish-speaking countries.", nil},
		{"a long-awaited meeting", "The long-awaited meeting between Salas and Reyes took place in Lima.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// Clergy act for no state: a meeting among clerics is none, whoever else
// the sentence names; a cleric who meets a foreign leader is a party.
func TestClergyAmongThemselves(t *testing.T) {
	runCapabilities(t, []capability{
		{"cardinal and bishop", "A meeting was held yesterday at the Presidential Secretariat between His Eminence Jorge Cardinal Ruiz, Archbishop of Lima, the members of the Bishops' Conference of Peru and President Tomas Reyes. " +
			"The Archbishop of Lima was accompanied by the members of the conference led by its President Bishop Luis Soto.", nil},
		{"cardinal and a foreign president", "Cardinal Jorge Ruiz of Peru met President of Chile Pedro Salas in Santiago.", []string{"meeting|Jorge Ruiz,Pedro Salas|occurred|Santiago"}},
	})
}

// An opening phrase gives its subject to the event words inside it only:
// "On 5 June, X is to be received by Y, the … minister" has X as subject,
// not the apposition after Y; "On 8 February, following his visits to A
// and B, X travelled to C" opens a second phrase that holds the visits.
func TestOpeningPhrasesEndAtTheirComma(t *testing.T) {
	var got []string
	for _, m := range Extract(story("Foreign Minister Ana Cruz of Chile to visit Oslo",
		"On 5 June, the head of the MFA is to be received by Lars Dahl, the Norwegian minister for foreign affairs.")) {
		got = append(got, brief(m))
	}
	assert.Contains(t, got, "meeting|Ana Cruz,Lars Dahl|planned|Oslo", "the office before the event word is the subject")
	got = datedMentions("On 8 February, following his visits to Peru and Bolivia, Salas travelled to Ecuador.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|occurred| 2023-02-08..2023-02-08")
	assert.Contains(t, got, "visit|Bolivia,Pedro Salas|occurred| 2023-02-08..2023-02-08")
}

// "talk" is a verb as well as a noun ("will talk next week"); "you and I"
// in a transcript are the speaker and the person spoken to; a plan does
// not take the date of a past event of the same people; and a party's
// own congress is no meeting of states.
func TestTalkPlansAndPartyCongresses(t *testing.T) {
	runCapabilities(t, []capability{
		{"talk as a verb", "Salas and Reyes will talk in Lima next week.", []string{"talks|Pedro Salas,Tomas Reyes|planned|Lima"}},
		{"talk with", "Salas will talk with Reyes by phone next week.", []string{"call|Pedro Salas,Tomas Reyes|planned|"}},
		{"a party congress", "Next year Salas and Reyes will attend the 20th Congress of the Socialist Party of Chile.", nil},
	})
	body := "Salas held talks with Reyes. Beginning of talks President of Chile Pedro Salas: Mr President, in June we held a videoconference. " +
		"As we agreed, you and I will talk again."
	got := []string{}
	for _, m := range Extract(story("Talks with President of Peru Tomas Reyes", intro+body)) {
		w := "undated"
		if m.When != nil {
			w = m.When.Value
		}
		got = append(got, brief(m)+" "+w)
	}
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|planned| undated", "you and I, with no date of June")
}

// A summit's own sentence may name who attends it ("would be attended by
// X") and who holds it ("Organised by A in collaboration with B"): both
// are its parties.
func TestSummitHostsAndAttendeesInOneSentence(t *testing.T) {
	runCapabilities(t, []capability{
		{"hosts and an attendee", "Organised by Peru in collaboration with the African Union, the March 15-19 conference would be attended by United Nations Secretary General Lars Dahl, officials said.",
			[]string{"summit|African Union,Lars Dahl,Peru|planned|"}},
		{"hosted by, then attended by", "The conference, hosted by Bolivia, will be attended by United Nations Secretary General Lars Dahl.",
			[]string{"summit|Bolivia,Lars Dahl|planned|"}},
		{"an attendee alone is not enough", "The conference will be attended by United Nations Secretary General Lars Dahl.", nil},
	})
}

// "the ambassador, who arrived last night from a meeting with X": the
// person "who" stands for is the party of the meeting in its clause, and
// that meeting is not dated by the main clause's talks.
func TestRelativeClauseOwners(t *testing.T) {
	runCapabilities(t, []capability{
		{"office with its country", "Salas held talks with Norway's ambassador to Lima who arrived last night from a meeting with Reyes.",
			[]string{"talks|Norway,Pedro Salas|occurred|", "meeting|Norway,Tomas Reyes|occurred|"}},
		{"a named person", "Salas welcomed Lars Dahl, who had come from talks with Reyes in Quito.",
			[]string{"meeting|Lars Dahl,Pedro Salas|occurred|", "talks|Lars Dahl,Tomas Reyes|occurred|Quito"}},
		// Two people joined by "and" before "who" are both its subject,
		// however far the event noun (only words count: "the inaugural
		// "2+2" dialogue").
		{"two named people, a far noun", `Salas was joined by Foreign Minister Ana Cruz and Defence Minister Luis Mora, who held the inaugural "2+2" dialogue with their Peruvian counterparts in Lima on Monday.`,
			[]string{"talks|Ana Cruz,Luis Mora,Peru|occurred|Lima"}},
	})
	assert.Equal(t, []string{
		"talks|Norway,Pedro Salas|occurred| 2023-03-06..2023-03-06",
		"meeting|Norway,Tomas Reyes|occurred| undated",
	}, datedMentions("Today Salas held talks with Norway's ambassador to Lima who arrived from a meeting with Reyes."))
}

// An event word written before a named format describes it: "a
// ministerial UN Security Council debate" is one session of the Council,
// attended by whoever chairs it, on the day of its own clause.
func TestWordsDescribingFormats(t *testing.T) {
	runCapabilities(t, []capability{
		{"ministerial before a format", "Salas chaired a ministerial UN Security Council debate.",
			[]string{"summit|Pedro Salas,UN Security Council|occurred|"}},
		{"ministerial as a noun", "Salas attended a ministerial meeting of NATO.",
			[]string{"summit|NATO,Pedro Salas|occurred|"}},
	})
	assert.Equal(t, []string{
		"summit|Pedro Salas,UN Security Council|planned| 2023-10-21..2023-10-21",
		"summit|Pedro Salas,UN Security Council|planned| 2023-10-29..2023-10-29",
	}, datedMentions("Salas will chair a UN Security Council meeting on 21 October. Salas will return to New York on 29 October to chair a ministerial UN Security Council debate on the Middle East."))
}

// A format named as the frame of something else ("the governance
// structure of AUKUS", "under the auspices of the OSCE Minsk Group") is
// the organisation, not one of its sessions.
func TestFormatsAsFrames(t *testing.T) {
	runCapabilities(t, []capability{
		{"structure of", "The working groups became part of the governance structure of the Normandy format in June 2014.", nil},
		{"under the auspices of", "Salas and Reyes spoke on Monday under the auspices of the Normandy format.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"the mandate of", "The mandate of the Normandy format was set in 2015.", nil},
	})
}

// A meeting "of" an organisation or a named format is one of its
// sessions (GUIDE: summit, or the format's kind), attended by the
// subject; a meeting of several countries' officials stays a meeting.
func TestMeetingsOfBodies(t *testing.T) {
	runCapabilities(t, []capability{
		{"of an organisation", "Salas attended a meeting of NATO.", []string{"summit|NATO,Pedro Salas|occurred|"}},
		{"of an organisation, dated", "Salas chaired a meeting of the OSCE in Vienna on Monday.", []string{"summit|OSCE,Pedro Salas|occurred|Vienna"}},
		{"of its heads of state", "Salas attended a meeting of the heads of state of the CIS.", []string{"summit|Commonwealth of Independent States,Pedro Salas|occurred|"}},
		{"of a format", "Salas attended a meeting of the Normandy format in Paris.", []string{"talks|France,Germany,Pedro Salas,Russia,Ukraine|occurred|Paris"}},
		{"of two countries' ministers", "Salas attended a meeting of the Russian and Chinese foreign ministers.", []string{"meeting|China,Pedro Salas,Russia|occurred|"}},
	})
}

// A visitor "on a state visit" whose visit names no destination is
// staying in the city the sentence places them in; a visit one returns
// from, or a country named as a topic, gives no destination.
func TestVisitsWithoutDestination(t *testing.T) {
	runCapabilities(t, []capability{
		{"on a state visit, in a city", "Prime Minister Lars Dahl of Norway, who is on a state visit, laid a wreath in Lima.",
			[]string{"visit|Lars Dahl,Peru|occurred|Lima"}},
		{"welcomed on arrival", "The welcome ceremony for Prime Minister Lars Dahl of Norway, who arrived on an official visit, took place at Independence Square in Quito.",
			[]string{"visit|Ecuador,Lars Dahl|occurred|Quito"}},
		{"returned from a visit", "Salas returned from a state visit on Monday and met Reyes in Lima.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a country as a topic", "Prime Minister Lars Dahl of Norway, on a three-day visit, spoke about elections in Bolivia.", nil},
	})
}

// A visit of a stated length spans its days: the day of an arrival is
// the first, the day of a return that concludes it the last, also when
// that day is the publication's; the day of a meeting held during it
// says nothing of which day of the visit it was.
func TestVisitLengths(t *testing.T) {
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|occurred|Lima 2023-03-06..2023-03-08"},
		datedMentions("Salas arrived in Lima on Monday for a three-day visit."))
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|planned|Lima 2023-03-10..2023-03-13"},
		datedMentions("Salas will travel to Lima on 10 March for a four-day state visit."))
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|occurred| 2023-03-04..2023-03-06"},
		datedMentions("Salas returned to Chile this afternoon, concluding his three-day official visit to Peru."))
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06"},
		datedMentions("Salas met Reyes on Monday during a three-day visit to Peru."))
	lead := datedLead
	assert.Equal(t, []string{"visit|Bolivia,Pedro Salas|occurred| 2023-03-05..2023-03-06"},
		lead("Chilean President Pedro Salas flew home aboard an aircraft of the host country's air force, wrapping up his 2-day visit to Bolivia."),
		"the publication day of the news is the last day")
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|occurred| 2023-03-06..2023-03-06"},
		lead("During a three-day visit to Peru, Chilean President Pedro Salas opened an embassy."),
		"a visit noun alone: which of its days the publication's is, is not said")
}

// "returned from Lima" reports a visit to Peru that has ended; "has just
// returned" makes it news of the article's days: the trip ended by the
// day of writing, on days not told, so its date is the month when the
// week before lies in it, else that week. A past visit with no date at
// all would be one in passing.
func TestReturnsFromVisits(t *testing.T) {
	runCapabilities(t, []capability{
		{"returned from a city", "Salas returned from Lima on Friday.", []string{"visit|Pedro Salas,Peru|occurred|Lima"}},
		{"will return from", "Salas will return from Lima on Friday.", []string{"visit|Pedro Salas,Peru|planned|Lima"}},
		{"returned from talks", "Salas returned from talks with Reyes in Lima.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"back from the brink", "Salas pulled the talks back from the brink.", nil},
		{"stepped back from a capital's demands", "Salas stepped back from Moscow's demands on Monday.", nil},
	})
	const envoy = "Salas told reporters that special envoy Lars Dahl, who has just returned from Lima, found the mood bleak."
	assert.Equal(t, []string{"visit|Lars Dahl,Peru|occurred|Lima 2023-02-27..2023-03-06"}, datedMentions(envoy),
		"written on 6 March: the week before, across two months")
	a := story("", intro+envoy)
	a.Published = date.New(2023, time.March, 20)
	ms := Extract(a)
	require.Len(t, ms, 1)
	assert.Equal(t, "2023-03", ms[0].When.Value, "written on 20 March: March")
	assert.Equal(t, "2023-03-01..2023-03-31", ms[0].When.Range.First.String()+".."+ms[0].When.Range.Last.String())
	assert.Equal(t, []string{"visit|Lars Dahl,Peru|occurred|Lima undated"},
		datedMentions("Salas told reporters that special envoy Lars Dahl, who returned from Lima, found the mood bleak."),
		"without 'just', a past visit of unknown date (built timelines leave it out, as in passing)")
}

// A grouping described in lower case ("the seven major industrial
// nations", as the organisations table writes it) is the grouping.
func TestDescribedGroupings(t *testing.T) {
	runCapabilities(t, []capability{
		{"attended their summit", "Salas attended the summit of the seven major industrial nations in Venice in June.",
			[]string{"summit|G7,Pedro Salas|occurred|Venice"}},
		{"a forthcoming summit", "The forthcoming summit of the seven leading industrial nations will be held in Venice in June.",
			[]string{"summit|G7|planned|Venice"}},
	})
}

// "his Bolivian counterpart, Ana Cruz": the name set off by commas is the
// counterpart, who takes the country; the comma that closes it does not
// end the clause, whose verb still sets the status.
func TestCounterpartsInApposition(t *testing.T) {
	runCapabilities(t, []capability{
		{"counterpart, name", "Salas met his Bolivian counterpart, Ana Cruz.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|"}},
		{"counterpart, office and name", "Salas met his Bolivian counterpart, Foreign Minister Ana Cruz, on Monday.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|"}},
		{"planned after the apposition", "Salas will raise pressing matters. A bilateral meeting with his Bolivian counterpart, Ana Cruz, is also planned on the margins of the event.",
			[]string{"meeting|Ana Cruz,Pedro Salas|planned|"}},
		{"a relative clause after it", "Salas met his Bolivian counterpart, Ana Cruz, who will fly to Quito next week.",
			[]string{"meeting|Ana Cruz,Pedro Salas|occurred|", "visit|Ana Cruz,Ecuador|planned|Quito"}},
	})
	got := Extract(story("", intro+"Salas met his Bolivian counterpart, Ana Cruz."))
	require.NotEmpty(t, got)
	assert.Equal(t, "Bolivia", got[len(got)-1].Participants[1].Country)
}

// An event with no subject in the article's first sentences belongs to
// the person the headline is about; a framing phrase after "that" ("It is
// expected that during the talks with X, the discussion will …") takes
// the status of the clause it frames.
func TestHeadlineSubjectsAndFramedClauses(t *testing.T) {
	var got []string
	for _, m := range Extract(story("On 10 March, President Pedro Salas of Chile will visit Peru",
		"It is expected that during the talks with Peruvian President Tomas Reyes, the discussion will focus on trade.")) {
		got = append(got, brief(m)+" "+m.When.Range.First.String())
	}
	// (the visit is the talks held on it)
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|planned| 2023-03-10"}, got)
	runCapabilities(t, []capability{
		{"said that during", "Salas said that during his talks with Reyes, both sides will sign a treaty.", []string{"talks|Pedro Salas,Tomas Reyes|planned|"}},
		{"said that during, past", "Salas said that during his talks with Reyes, both sides signed a treaty.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// The session of an organisation's body ("the G20 Anti-Corruption
// Working Group (ACWG) ministerial meeting") is a summit of the
// organisation; a later "The meeting, which took place on 12 August"
// or "The summit took place on 12 August" dates it more precisely; a
// meeting room is no meeting.
func TestBodySessionsAndTheirDates(t *testing.T) {
	runCapabilities(t, []capability{
		{"a body's session", "Salas took part in the G20 Anti-Corruption Working Group (ACWG) ministerial meeting in Kolkata.",
			[]string{"summit|G20,Pedro Salas|occurred|Kolkata"}},
		{"a meeting room", "Salas met Reyes at the NATO Headquarters meeting room.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
	dated := func(body string) []string {
		a := story("Chile at G20 meeting", body)
		a.Published = date.New(2023, 8, 14)
		var out []string
		for _, m := range Extract(a) {
			if m.Source.Sentence != a.Headline {
				out = append(out, brief(m)+" "+m.When.Range.First.String()+".."+m.When.Range.Last.String())
			}
		}
		return out
	}
	assert.Equal(t, []string{
		"summit|G20,Pedro Salas|occurred| 2023-08-12..2023-08-12",
		"summit|G20,Pedro Salas|occurred| 2023-08-12..2023-08-12",
	}, dated("Chilean President Pedro Salas took part in this year's G20 Anti-Corruption Working Group ministerial meeting. The meeting, which took place on 12 August 2023, allowed Chile to contribute."))
	assert.Equal(t, []string{
		"summit|NATO,Pedro Salas|occurred| 2023-08-12..2023-08-12",
		"summit|NATO,Pedro Salas|occurred| 2023-08-12..2023-08-12",
	}, dated("Chilean President Pedro Salas took part in this year's NATO summit. The summit took place on 12 August."))
}

// An organisation that is itself a gathering ("the UN General Assembly",
// "the European Council") attended in its clause is one of its sessions,
// of the format the table gives its sessions; holding a seat on it or
// chairing it for a month is no session, nor is a dinner with its members.
func TestAttendedAssemblies(t *testing.T) {
	runCapabilities(t, []capability{
		{"attend its opening week", "Salas will attend the opening week of the UN General Assembly in New York.", []string{"summit|Pedro Salas,UN General Assembly|planned|New York"}},
		{"attended the council", "Salas attended the European Council in Brussels on Friday.", []string{"summit|European Council,Pedro Salas|occurred|Brussels"}},
		{"a seat on it", "Chile holds a non-permanent seat on the UN Security Council.", nil},
		{"joined it", "Chile joined the UN Security Council in January.", nil},
		{"its presidency", "Chile is chairing the UN Security Council this October.", nil},
		{"a dinner with its members", "Salas attended a dinner with members of the UN Security Council.", nil},
		{"a session word", "Salas chaired a high-level session of the UN Security Council on Monday.", []string{"summit|Pedro Salas,UN Security Council|occurred|"}},
	})
	var formats []string
	for _, m := range Extract(story("", intro+"Salas will chair an open debate of the UN Security Council on 29 October. Salas will chair a UN Security Council meeting on 29 October.")) {
		formats = append(formats, m.Format)
	}
	assert.Equal(t, []string{"UN Security Council meeting", "UN Security Council meeting"}, formats, "one format for the Council's sessions, however named")
}

// Participles after a meeting's noun name its parties: "a ministerial
// meeting hosted by A and attended by B".
func TestParticipleParties(t *testing.T) {
	runCapabilities(t, []capability{
		{"hosted and attended", "The initiative will be the focus of a ministerial meeting hosted by Reyes and attended by Salas during the opening week of the General Assembly.",
			[]string{"summit|Pedro Salas,Tomas Reyes|planned|"}},
		{"attend a meeting hosted by", "Salas will attend a ministerial meeting hosted by Reyes.", []string{"summit|Pedro Salas,Tomas Reyes|planned|"}},
		{"one host alone", "A meeting chaired by Salas was held in Lima.", nil},
	})
}

// An organisation that is a gathering, as the subject of a verb of
// sitting ("adopted", "met", "voted"), held a session on the day of its
// clause; "met with X" is a meeting with X, and an undated sitting is
// none (nothing places it).
func TestSittingsOfAssemblies(t *testing.T) {
	assert.Equal(t, []string{"summit|UN Security Council|occurred| 2023-02-25..2023-02-25"},
		datedMentions("On 25 February, the UN Security Council adopted a resolution on the Middle East."))
	assert.Equal(t, []string{"summit|European Council|occurred|Brussels 2023-03-02..2023-03-02"},
		datedMentions("The European Council met in Brussels on Thursday."))
	assert.Equal(t, []string{"summit|UN General Assembly|occurred| 2023-03-06..2023-03-06"},
		datedMentions("The UN General Assembly overwhelmingly voted on Monday to suspend the envoy."))
	assert.Equal(t, []string{"meeting|Pedro Salas,UN Security Council|occurred| 2023-03-03..2023-03-03"},
		datedMentions("The UN Security Council met with Salas on Friday."))
	assert.Empty(t, datedMentions("The UN Security Council adopted a resolution."))
}

// An official named after a person's possessive ("Reyes's foreign
// minister Juan Ortiz") is the party, not the person who owns the office;
// a spokesman so named reports and is no party.
func TestPossessedOfficials(t *testing.T) {
	runCapabilities(t, []capability{
		{"possessive, office, name", "Salas met Reyes's foreign minister Juan Ortiz today.", []string{"meeting|Juan Ortiz,Pedro Salas|occurred|"}},
		{"titled owner", "Salas met President Tomas Reyes's national security adviser Juan Ortiz today.", []string{"meeting|Juan Ortiz,Pedro Salas|occurred|"}},
		{"a relative is no official", "Salas met Reyes's wife today.", nil},
		{"a spokesman reports", "Reyes's spokesman Juan Ortiz said Salas met Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// "Led by A and B, both sides agreed …": A and B head the two sides of
// the event told before and take their place.
func TestSideHeads(t *testing.T) {
	runCapabilities(t, []capability{
		{"led by both", "Senior officials of Chile met today with Bolivian counterparts on trade. Led by Foreign Minister Ana Cruz and Trade Minister Luis Paz, both sides agreed on next steps.",
			[]string{"meeting|Ana Cruz,Luis Paz|occurred|"}},
		{"led by one", "Salas met Reyes today. Led by Foreign Minister Ana Cruz, the delegations agreed on next steps.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// A journalist, moderator or correspondent reports and is no party: a
// conversation with one is no diplomatic event.
func TestJournalistsAreNoParties(t *testing.T) {
	runCapabilities(t, []capability{
		{"conversation with a journalist", "Salas will participate in a virtual conversation with journalist Lars Dahl on Monday.", nil},
		{"interview with a correspondent", "Salas gave an interview to correspondent Lars Dahl.", nil},
		{"a meeting still", "Salas met Reyes, who later spoke with journalist Lars Dahl, on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// Whoever speaks at a gathering takes part in it: "told the Assembly",
// "stressed before the Council", "said at the summit". Before a summit,
// "before" is a time, and a gathering that is the subject of its own verb
// after "before" is a time too.
func TestSpeakersAtGatherings(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"told the assembly", "Salas told the UN General Assembly on Monday that the war must end.",
			"summit|Pedro Salas,UN General Assembly|occurred| 2023-03-06..2023-03-06"},
		{"before the council, with an object", "Salas reiterated the point before the UN Security Council on 2 March.",
			"summit|Pedro Salas,UN Security Council|occurred| 2023-03-02..2023-03-02"},
		{"said at a summit", "Salas said at the G20 summit in Rome on 2 March that trade mattered.",
			"summit|G20,Pedro Salas|occurred|Rome 2023-03-02..2023-03-02"},
		{"a statement to", "On 2 March Salas made a statement to the UN General Assembly.",
			"summit|Pedro Salas,UN General Assembly|occurred| 2023-03-02..2023-03-02"},
		{"briefed the council", "Salas briefed the European Council in Brussels on 2 March.",
			"summit|European Council,Pedro Salas|occurred|Brussels 2023-03-02..2023-03-02"},
		{"before a summit is a time", "Salas said before the G20 summit in Rome on 2 March that trade mattered.",
			"summit|G20|occurred|Rome 2023-03-02..2023-03-02"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, []string{c.want}, datedMentions(c.body), c.body)
		})
	}
	assert.Empty(t, datedMentions("Salas said on 2 March that he would speak before the UN Security Council meets."),
		"before the Council meets: a time")
}

// An event held on the sidelines of a gathering says that its subject
// attended the gathering, on the event's days.
func TestSidelinesOfGatherings(t *testing.T) {
	assert.Equal(t, []string{
		"talks|Pedro Salas,Tomas Reyes|occurred| undated",
		"meeting|Pedro Salas,Tomas Reyes|occurred|New York 2023-02-01..2023-02-28",
		"summit|Pedro Salas,UN General Assembly|occurred|New York 2023-02-01..2023-02-28",
	}, datedMentions("Salas spoke with Reyes, whom he had already met briefly in February on the sidelines of the UN General Assembly in New York."))
	assert.Equal(t, []string{
		"meeting|Pedro Salas,Tomas Reyes|occurred|Rome 2023-02-01..2023-02-28",
		"summit|G20,Pedro Salas|occurred|Rome 2023-02-01..2023-02-28",
	}, datedMentions("In February, Salas met Reyes on the margins of the G20 summit in Rome."))
	assert.Empty(t, datedMentions("On the sidelines of the UN General Assembly, the ministers discussed trade."),
		"no event on the sidelines")
}

// A person told as present at a gathering ("with X in attendance", "in
// the presence of X") takes part in it.
func TestPresentAtGatherings(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"with, in attendance", "On 2 March, the UN General Assembly adopted a resolution by a large majority, with Salas in attendance.",
			"summit|Pedro Salas,UN General Assembly|occurred| 2023-03-02..2023-03-02"},
		{"with, present", "The European Council convened in Brussels on 2 March, with President Tomas Reyes present.",
			"summit|European Council,Tomas Reyes|occurred|Brussels 2023-03-02..2023-03-02"},
		{"in the presence of", "On 2 March the UN Security Council adopted the plan in the presence of Salas.",
			"summit|Pedro Salas,UN Security Council|occurred| 2023-03-02..2023-03-02"},
		{"with, absent", "On 2 March the UN Security Council adopted the plan, with Salas absent.",
			"summit|UN Security Council|occurred| 2023-03-02..2023-03-02"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, []string{c.want}, datedMentions(c.body), c.body)
		})
	}
}

// An audience with a pope or a monarch is a meeting; an audience of
// listeners is none. NATO's council is NATO.
func TestAudiencesAndCouncils(t *testing.T) {
	runCapabilities(t, []capability{
		{"an audience with", "Salas had an audience with Pope Francis on Monday.", []string{"meeting|Francis,Pedro Salas|occurred|"}},
		{"a private audience with", "On Monday, Reyes was granted a private audience with King Carl Gustaf.", []string{"meeting|Carl Gustaf,Tomas Reyes|occurred|"}},
		{"an audience of listeners", "Salas told an audience in Lima on Monday that trade mattered.", nil},
		{"the North Atlantic Council", "Salas consulted with the North Atlantic Council on Monday.", []string{"talks|NATO,Pedro Salas|occurred|"}},
	})
}

// A place written right before a visit noun, as its modifier, is the
// place visited ("the Moscow visit of X", "X's White House visit"), and a
// date between the determiner and the noun is the visit's own ("the 2
// March White House visit"), whatever other event is as near. A country's
// adjective is no destination: "the Chilean visit" may be Chile's.
func TestAttributiveDestinations(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"the city visit of", "The 2 March Moscow visit of Peruvian President Reyes went well.",
			[]string{"visit|Russia,Tomas Reyes|occurred|Moscow 2023-03-02..2023-03-02"}},
		{"a possessive visitor", "Reyes's Moscow visit on 2 March went well.",
			[]string{"visit|Russia,Tomas Reyes|occurred|Moscow 2023-03-02..2023-03-02"}},
		{"a seat of government, after another event", "Salas met today with Peruvian Foreign Minister Juan Ortiz following the 2 March White House visit of Peruvian President Reyes.",
			[]string{"meeting|Juan Ortiz,Pedro Salas|occurred| 2023-03-06..2023-03-06", "visit|Tomas Reyes,United States|occurred|White House 2023-03-02..2023-03-02"}},
		{"an adjective is no destination", "Reyes praised the Chilean visit on 2 March.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, datedMentions(c.body), c.body)
		})
	}
}

// A deputy holds another office than the one whose name follows
// "Deputy", and leads no state; an official named only by office and
// country stands for the country, and keeps the office, so that merging
// can tell a deputy's meeting from the leaders' (merge's officesAgree).
func TestDeputiesAndUnnamedOfficials(t *testing.T) {
	roles := func(body string) []string {
		var out []string
		for _, m := range Extract(story("", intro+body)) {
			if !strings.Contains(body, m.Source.Sentence) {
				continue
			}
			for _, p := range m.Participants {
				out = append(out, p.Name+"/"+string(p.Type)+"/"+p.Role)
			}
		}
		return out
	}
	assert.Equal(t, []string{"Pedro Salas/person/President", "Lars Dahl/person/Deputy Prime Minister"},
		roles("Salas met Deputy Prime Minister Lars Dahl on Monday."))
	assert.Equal(t, []string{"Pedro Salas/person/President", "Lars Dahl/person/Deputy Prime Minister"},
		roles("Salas met Peruvian Deputy Prime Minister Lars Dahl on Monday."))
	assert.Equal(t, []string{"Pedro Salas/person/President", "Peru/country/Deputy Prime Minister"},
		roles("Salas met the Deputy Prime Minister of Peru on Monday."))
	assert.Equal(t, []string{"Pedro Salas/person/President", "Lars Dahl/person/President"},
		roles("Salas met Acting President Lars Dahl on Monday."), "a modifier that names no office of its own")
}

// A definite event noun with a date of its own inside its noun phrase
// ("the February 7 videoconference", "the March 2019 summit"), naming
// nobody, is an event of the parties the article told before, on that
// date; a reporting verb before it does not take the date. With no party
// told before, it is news of its own, whose parties a later clause gives.
func TestDatedDefiniteReferences(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"the dated videoconference", "Salas had a telephone conversation with Reyes on Monday. The conversation focused on the agreement reached during the February 7 videoconference.", []string{
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-02-07..2023-02-07"}},
		{"after a reporting verb", "Salas met Reyes on Monday. They recalled the March 2019 summit in Lima.", []string{
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
			"summit|Pedro Salas,Tomas Reyes|occurred|Lima 2019-03-01..2019-03-31"}},
		{"no party told before", "The June 15-19 conference would be attended by United Nations Secretary General Lars Dahl, officials said.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, datedMentions(c.body), c.body)
		})
	}
}

// A relative clause set off by commas after an event word does not stand
// between the event and the date of its main clause ("The talks, which
// are held twice a year, will take place on 27 November"); and a later
// day than the headline's news, said of it, is another event, not the
// headline's day.
func TestDatesAcrossAsides(t *testing.T) {
	assert.Equal(t, []string{
		"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
		"talks|Pedro Salas,Tomas Reyes|planned| 2023-11-27..2023-11-27",
	}, datedMentions("Salas met Reyes today. The talks, which are held twice a year, will take place in their new format on 27 November."))
	assert.Equal(t, []string{
		"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
		"talks|Pedro Salas,Tomas Reyes|planned| 2023-11-27..2023-11-27",
	}, allMentions("Salas meets Reyes", intro+"The consultations, which are held twice a year, will take place in their new format on 27 November."))
	assert.Equal(t, []string{
		"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06",
	}, datedMentions("Salas met Reyes, who arrived from Lima on Sunday, today."), "a date inside the aside is not the main clause's")
}

// A side named as the predicate of a pronoun ("He is the first high-level
// U.S. official to visit Peru") is the person the pronoun stands for, who
// takes its country in every sentence of the article.
func TestCopularSubjects(t *testing.T) {
	ms := Extract(story("", intro+"Undersecretary of State Lars Dahl will visit Lima next week. He is the first high-level U.S. official to visit Peru since March."))
	var got []string
	for _, m := range ms {
		for _, p := range m.Participants {
			if p.Type == "person" && p.Name == "Lars Dahl" {
				got = append(got, string(m.Kind)+"|"+p.Name+"|"+p.Country)
			}
		}
	}
	assert.Equal(t, []string{"visit|Lars Dahl|United States", "visit|Lars Dahl|United States"}, got)
	assert.Equal(t, []string{"visit|Peru,United States|planned|"},
		mentionsOf(t, "He said that a U.S. official is to visit Peru next week."), "no pronoun subject: the side itself")
}

// "Here" in a datelined story is the dateline's place: "a visit here next
// week by X" is X's visit to the dateline's city. Without a dateline,
// "here" names no place.
func TestHereIsTheDateline(t *testing.T) {
	body := "TOKYO, March 3 - A visit here next week by Peruvian President Tomas Reyes is planned."
	a := story("", body)
	a.Dateline = timeline.Dateline{Place: "Tokyo", Country: "Japan", End: 15}
	var got []string
	for _, m := range Extract(a) {
		got = append(got, brief(m))
	}
	assert.Equal(t, []string{"visit|Japan,Tomas Reyes|planned|Tokyo"}, got)
	assert.Empty(t, Extract(story("", "A visit here next week by Peruvian President Tomas Reyes is planned.")))
}

// Officials of one country named after a verb of meeting had a meeting
// each when the report tells what was held; a meeting still to come with
// them is the programme of a visit, one planned event.
func TestPlannedMeetingsWithOneGovernment(t *testing.T) {
	runCapabilities(t, []capability{
		{"held: one each", "On Monday Salas met with Peruvian Foreign Minister Ana Cruz and Peruvian Trade Minister Luis Paz.",
			[]string{"meeting|Ana Cruz,Pedro Salas|occurred|", "meeting|Luis Paz,Pedro Salas|occurred|"}},
		{"to come: one", "On Monday Salas will meet with Peruvian Foreign Minister Ana Cruz and Peruvian Trade Minister Luis Paz.",
			[]string{"meeting|Ana Cruz,Luis Paz,Pedro Salas|planned|"}},
		{"calls to come: one each", "On Monday Salas will speak by phone with Peruvian Foreign Minister Ana Cruz and Peruvian Trade Minister Luis Paz.",
			[]string{"call|Ana Cruz,Pedro Salas|planned|", "call|Luis Paz,Pedro Salas|planned|"}},
	})
}

// A name particle misread with a capital I ("Farhan AI Saud") is the
// particle "Al", inside a name; a leading "AI" starts no name.
func TestMisreadNameParticles(t *testing.T) {
	runCapabilities(t, []capability{
		{"inside a name", "On Monday Salas met Foreign Minister Lars bin Farhan AI Dahl of Peru.", []string{"meeting|Lars bin Farhan Al Dahl,Pedro Salas|occurred|"}},
		{"as written", "On Monday Salas met Foreign Minister Lars bin Farhan Al Dahl of Peru.", []string{"meeting|Lars bin Farhan Al Dahl,Pedro Salas|occurred|"}},
	})
}

// A visit the speaker is pleased to make, or thanks the host for the
// occasion of, is under way as the words are said: the article's news,
// not a plan; one would be pleased to make is no event.
func TestVisitsUnderWay(t *testing.T) {
	body := "Salas spoke to the press. President of Chile Pedro Salas: I am pleased to visit Peru during this significant year. " +
		"Thank you once again for giving me an opportunity to visit Lima. I would be pleased to visit Cusco next year."
	var got []string
	for _, m := range Extract(story("", intro+body)) {
		if strings.Contains(m.Source.Sentence, "visit ") {
			w := "undated"
			if m.When != nil {
				w = m.When.Range.First.String()
			}
			got = append(got, brief(m)+" "+w)
		}
	}
	assert.Equal(t, []string{
		"visit|Pedro Salas,Peru|occurred| 2023-03-06",
		"visit|Pedro Salas,Peru|occurred|Lima 2023-03-06",
	}, got, "a visit one would be pleased to make is none")
}

// A meeting placed in another country than a visit told before is not
// held on that visit, and does not take its date.
func TestMeetingsOffTheTrip(t *testing.T) {
	got := datedMentions("During Salas's visit to Peru in 2019, the two leaders signed a treaty. On the sidelines, Reyes welcomed Salas to Santiago.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|occurred| 2019-01-01..2019-12-31")
	for _, m := range got {
		assert.False(t, strings.HasPrefix(m, "meeting|") && strings.HasSuffix(m, "2019-01-01..2019-12-31"), "the Santiago welcome is not on the 2019 visit to Peru: %v", got)
	}
}

// A clause opened by "when", "while" or "as" happens at the time of the
// clause it hangs on: a date of either dates an event of the other. Other
// clause breaks ("but") still part them.
func TestSimultaneousClauses(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"date before when", "Salas was in Lima 30 years ago as part of his father's delegation when he visited Peru.", "visit|Pedro Salas,Peru|occurred|Lima 1993-01-01..1993-12-31"}, // (in Lima: TestPresenceAbroadIsAVisit)
		{"date in the when clause", "Salas visited Peru when he was a minister in 2019.", "visit|Pedro Salas,Peru|occurred| 2019-01-01..2019-12-31"},
		{"while", "Salas met Reyes in Lima while the two were ministers in 2019.", "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2019-01-01..2019-12-31"},
		{"but parts them", "Salas did not say when he would visit Peru, but officials expected the trip in May.", "visit|Pedro Salas,Peru|planned| undated"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Contains(t, datedMentions(c.body), c.want, c.body)
		})
	}
}

// "Of <country>" after the last of several people met is said of them all;
// and a headline's singular "Meeting with Peruvian Officials" joins the
// meetings a body splits one by one.
func TestSharedCountriesAndJointHeadlines(t *testing.T) {
	var got []string
	for _, m := range Extract(story("", intro+"On Monday Salas met with Foreign Minister Ana Cruz and Trade Minister Luis Paz of Peru.")) {
		for _, p := range m.Participants {
			if p.Name == "Ana Cruz" || p.Name == "Luis Paz" {
				got = append(got, p.Name+"/"+p.Country)
			}
		}
	}
	assert.Equal(t, []string{"Ana Cruz/Peru", "Luis Paz/Peru"}, got)
	var briefs []string
	for _, m := range Extract(story("Salas's Meeting with Peruvian Officials", intro+"Salas met today with Foreign Minister Ana Cruz and Trade Minister Luis Paz of Peru.")) {
		briefs = append(briefs, brief(m))
	}
	assert.Contains(t, briefs, "meeting|Ana Cruz,Luis Paz,Pedro Salas|occurred|", "one meeting, as the headline says")
	assert.NotContains(t, briefs, "meeting|Ana Cruz,Pedro Salas|occurred|")
}

// "The following day", "two days later" count from the day the sentence
// before named, whether or not that sentence reports an event; with no day
// named before, from the article's day.
func TestNarrativeDayOpeners(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"after a reported event", "Salas arrived in Lima on 1 March. The following day, Salas met Reyes.", "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-02..2023-03-02"},
		{"after a sentence of no event", "On 1 March, the ministers laid a wreath at the memorial. The following day, Salas met Reyes.", "meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02"},
		{"two days later", "On 1 March, the ministers laid a wreath at the memorial. Two days later, Salas met Reyes.", "meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"no day before", "The ministers laid a wreath at the memorial. The following day, Salas will meet Reyes.", "meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-07..2023-03-07"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Contains(t, datedMentions(c.body), c.want, c.body)
		})
	}
}

// A leg of a trip with no date of its own takes the date of its "where"
// clause, the clause's last that is not part of a name, and the meetings
// held at its destination take it in turn.
func TestLegsDatedByWhereClauses(t *testing.T) {
	got := datedMentions("Salas will chair a debate in Lima on 29 October. From there, he will travel on to Quito, where a follow-up conference to the June 2023 Summit for Peace will be held on 30 October. Salas will hold bilateral talks in Quito, including with Reyes.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|planned|Quito 2023-10-30..2023-10-30")
	assert.Equal(t, []string{"visit|Ecuador,Pedro Salas|planned|Quito undated"},
		datedMentions("Salas will travel to Quito, where the June 2023 Summit for Peace was held."), "a date inside a name dates nothing")
}

// "The day before the Council debate", "on the eve of the summit", "two
// days after the meeting" date an event by its distance in days from one
// the article dated before: the one whose sentence has the noun, else the
// one of the noun's kind. With nothing dated before, nothing is counted.
func TestDatesCountedFromEvents(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"the day before the debate", "On 2 March, Salas took part in a debate of the UN Security Council. The day before the Council debate, the UN General Assembly adopted a resolution, with Salas in attendance.",
			"summit|Pedro Salas,UN General Assembly|occurred| 2023-03-01..2023-03-01"},
		{"the eve of the summit", "Reyes will host the summit in Lima on 9 March. On the eve of the summit, Salas will meet Reyes.",
			"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-08..2023-03-08"},
		{"two days after the meeting", "Salas met Reyes in Lima on 2 March. Two days after the meeting, Salas spoke with Reyes by phone.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-04..2023-03-04"},
		{"nothing dated before", "Salas met Reyes in Lima. Two days after the meeting, Salas spoke with Reyes by phone.",
			"call|Pedro Salas,Tomas Reyes|occurred| undated"},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Contains(t, datedMentions(c.body), c.want, c.body)
		})
	}
}

// An organisation named right before a meeting noun, with at most two
// adjectives between, holds that meeting as one of its sessions: "the
// Inter-American Development Bank annual meeting".
func TestOrganisationsOwnMeetings(t *testing.T) {
	runCapabilities(t, []capability{
		{"annual meeting", "Salas attended the Inter-American Development Bank annual meeting in Lima on Monday.", []string{"summit|Inter-American Development Bank,Pedro Salas|occurred|Lima"}},
		{"ministerial meeting", "On Monday Salas attended the OPEC ministerial meeting in Vienna.", []string{"summit|OPEC,Pedro Salas|occurred|Vienna"}},
	})
}

// A gathering attended in the present participle at the story's own place
// ("Bankers, attending the … annual meeting here, said") is under way as
// the story is written: news of its day, and one session however
// "annual". Elsewhere, or told as past, it is no news of the day.
func TestAttendingHere(t *testing.T) {
	runCapabilities(t, []capability{
		{"attending here", "Bankers, attending the Inter-American Development Bank annual meeting here, said the plan was good.", []string{"summit|Inter-American Development Bank|occurred|"}},
	})
	assert.Equal(t, []string{"summit|Inter-American Development Bank|occurred| 2023-03-06..2023-03-06"},
		datedMentions("Bankers, attending the Inter-American Development Bank annual meeting here, said the plan was good."))
	assert.Equal(t, []string{"summit|G20,Pedro Salas|occurred|Rome undated"},
		datedMentions("Salas, attending the G20 summit in Rome, said trade mattered."), "not here: no news of the day")
}

// The departure and the return a trip's sentence gives span its days ("who
// was to have left April 30 and returned May 6"); "the trip by X" refers
// to X's trip told before, which takes them; the trip of someone else is
// not it.
func TestTripsFromDepartureToReturn(t *testing.T) {
	assert.Contains(t, datedMentions("Salas will visit Peru, leaving on 12 March and returning on 15 March."),
		"visit|Pedro Salas,Peru|planned| 2023-03-12..2023-03-15")
	got := datedMentions("Salas has cancelled a trip to Peru. Asked if the trip by Salas, who was to have left April 30 and returned May 6, had been dropped, the spokesman said yes.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|cancelled| 2023-04-30..2023-05-06")
	got = datedMentions("Salas has cancelled a trip to Peru. The visit this week by Reyes to Chile is also off.")
	assert.NotContains(t, got, "visit|Pedro Salas,Peru|cancelled| 2023-03-06..2023-03-12", "another visitor's trip does not date it")
}

// A back reference to a trip told before, with a relative clause of
// starting or ending ("during his trip, which starts on Saturday"), gives
// the trip's first or last day: the trip runs from that day to the end of
// the period told before, or from its start to that day. A day far from
// that period, or "his trip" after legs to several places, changes
// nothing.
func TestTripBoundsByBackReference(t *testing.T) {
	got := datedMentions("Salas will visit Lima next week, officials said. Salas said he would raise trade during his trip, which starts on Saturday.")
	assert.Equal(t, []string{
		"visit|Pedro Salas,Peru|planned|Lima 2023-03-11..2023-03-19",
		"visit|Pedro Salas,Peru|planned|Lima 2023-03-11..2023-03-19",
	}, got, "Saturday, before next week, is the first day")
	got = datedMentions("Salas will visit Lima next month. He said that during his trip, which begins on 3 April, he would meet students.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|planned|Lima 2023-04-03..2023-04-30", "a first day inside the month told")
	got = datedMentions("Salas will visit Lima next week. He will see the port during his visit, which is due to end on 15 March.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|planned|Lima 2023-03-13..2023-03-15", "a last day")
	got = datedMentions("Salas will visit Lima next week. He will see the port during his visit, which starts on 2 May.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|planned|Lima 2023-03-13..2023-03-19", "a day weeks away is another trip")
	got = datedMentions("Salas will visit Lima next week and then travel to Quito. He will see the port during his trip, which starts on Saturday.")
	assert.Contains(t, got, "visit|Pedro Salas,Peru|planned|Lima 2023-03-13..2023-03-19", "his trip after two legs: the tour, not the leg")
	assert.NotContains(t, strings.Join(got, "\n"), "2023-03-11", "his trip after two legs: the tour, not the leg")
}

// A definite event noun with a participle clause of its place and date
// ("the talks held in Lima on November 25") is another event of the
// article's parties, on that day and at that place, however the sentence
// goes on; a participle clause with other words before its date ("held to
// ease tensions") dates nothing of the noun.
func TestHeldOnDateReferences(t *testing.T) {
	const call = "Salas had a telephone conversation with Reyes. "
	got := datedMentions(call + "As a follow-up to the talks held in Lima on November 25, 2022, the leaders continued their discussion of trade.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Lima 2022-11-25..2022-11-25")
	got = datedMentions(call + "They recalled the meeting convened on 3 February in Quito.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Quito 2023-02-03..2023-02-03")
	got = datedMentions(call + "The leaders reviewed progress since the talks held in Santiago, Chile, on January 12.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Santiago 2023-01-12..2023-01-12")
	got = datedMentions(call + "Both welcomed the talks held to ease tensions on the border on Friday.")
	assert.NotContains(t, strings.Join(got, "\n"), "talks|", "a purpose clause between: no date of the talks")
}

// Only a gathering has sidelines or margins: an organisation after "on
// the margins of" names its session, which whoever holds the event there
// attended. A capitalised word of attending inside a sentence is a title
// ("Chair of the African Union"), not the verb.
func TestMarginsOfOrganisations(t *testing.T) {
	runCapabilities(t, []capability{
		{"margins", "Salas met with President Lars Dahl of Norway on the margins of the G20.", []string{
			"meeting|Lars Dahl,Pedro Salas|occurred|", "summit|G20,Pedro Salas|occurred|"}},
		{"sidelines", "Salas held talks with Reyes on the sidelines of APEC in Lima.", []string{
			"talks|Pedro Salas,Tomas Reyes|occurred|Lima", "summit|APEC,Pedro Salas|occurred|Lima"}},
		{"no gathering", "Salas spoke about the margins of error in the G20 data.", nil},
	})
	got := mentionsOf(t, "Salas met with President Lars Dahl of Norway, Chair of the African Union, on the margins of the G20.")
	assert.Contains(t, got, "summit|G20,Pedro Salas|occurred|", "the subject attends, not the chair named in apposition")
	assert.NotContains(t, got, "summit|G20,Lars Dahl|occurred|")
}

// In a transcript, an event with one named party and no subject, after
// sentences about no one, is the speaker's: "During the talks with
// President X held yesterday, agreements were reached". A reporter's turn
// lends no party.
func TestSpeakersOwnEvents(t *testing.T) {
	speech := func(label, line string) []string {
		body := "Ceremony at the palace. " + label + ": Ladies and gentlemen, trade between our countries grew. " +
			"Our partnership covers many areas. Investment rose by a third. " + line
		var got []string
		for _, m := range Extract(story("Speech at the ceremony", intro+body)) {
			got = append(got, brief(m))
		}
		return got
	}
	got := speech("President of Chile Pedro Salas", "During the useful talks with President Lars Dahl of Norway held yesterday, agreements were reached.")
	assert.Contains(t, got, "talks|Lars Dahl,Pedro Salas|occurred|")
	got = speech("President of Chile Pedro Salas", "At the meeting with Prime Minister Eva Huber of Austria, the sides signed three accords.")
	assert.Contains(t, got, "meeting|Eva Huber,Pedro Salas|occurred|")
	got = speech("Question", "During the useful talks with President Lars Dahl of Norway held yesterday, agreements were reached.")
	assert.NotContains(t, strings.Join(got, "\n"), "talks|Lars Dahl,Pedro Salas", "no speaker named: nobody's talks")
}

// A definite event noun of a series ("the last", "the previous", "the
// first") followed by its place and date is another occurrence of the
// event the article tells, on that date and at that place; without a
// date right after it, it is no event of its own.
func TestSeriesReferences(t *testing.T) {
	const talks = "Salas held talks with Reyes in Lima on Monday. "
	got := datedMentions(talks + "Since the last talks in Santiago in 2018, trade has doubled.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Santiago 2018-01-01..2018-12-31")
	got = datedMentions(talks + "They recalled the previous meeting in Santiago in March 2019.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2019-03-01..2019-03-31")
	got = datedMentions(talks + "Both praised the first round last year in Quito.")
	assert.Contains(t, got, "talks|Pedro Salas,Tomas Reyes|occurred|Quito 2022-01-01..2022-12-31")
	got = datedMentions(talks + "Both said the last talks had been difficult.")
	assert.Len(t, got, 1, "no date after the noun: the talks told, not another")
	got = datedMentions(talks + "It was the first meeting to discuss trade in 2023.")
	assert.Len(t, got, 1, "a purpose clause before the date: no date of the noun")
}

// The visitor of a visit noun may be named after a copula and "by" ("The
// last visit to Bolivia was by then President Ana Cruz in 2008"), and the
// date after the name is the visit's; the person after "by" right after
// the noun is the visitor, never the place visited ("a visit by a Chilean
// president to Bolivia").
func TestVisitorsAfterCopulas(t *testing.T) {
	got := datedMentions("Salas is visiting Bolivia. The last visit by a Chilean president to Bolivia was by then President of the Republic Ana Cruz in 2008.")
	assert.Contains(t, got, "visit|Ana Cruz,Bolivia|occurred| 2008-01-01..2008-12-31")
	got = datedMentions("The last visit to Bolivia was made by former President Ana Cruz in 2008.")
	assert.Equal(t, []string{"visit|Ana Cruz,Bolivia|occurred| 2008-01-01..2008-12-31"}, got)
	got = datedMentions("A visit by President Ana Cruz to Bolivia took place in 2008.")
	assert.Equal(t, []string{"visit|Ana Cruz,Bolivia|occurred| 2008-01-01..2008-12-31"}, got)
	got = datedMentions("The visit to Bolivia was by all accounts a success.")
	assert.Empty(t, got, "no one named after 'was by'")
}

// A dated summit of a series ("the first summit last year in Peru") after
// a summit of one organisation told before is another session of that
// organisation, on its own date and at its own place; after summits of
// two organisations, which one is not said.
func TestSeriesSummits(t *testing.T) {
	const next = "The next OPEC summit will take place in Vienna on 5 October. "
	got := datedMentions(next + "Chile was represented by Salas at the first summit last year in Peru and at the second summit last June in Bolivia.")
	assert.Contains(t, got, "summit|OPEC|occurred| 2022-01-01..2022-12-31", "in a country: no place of the summit told before")
	assert.Contains(t, got, "summit|OPEC|occurred| 2022-06-01..2022-06-30")
	got = datedMentions(next + "Salas attended the previous summit in Lima in 2019.")
	assert.Contains(t, got, "summit|OPEC|occurred|Lima 2019-01-01..2019-12-31")
	got = datedMentions("The next OPEC summit and the next APEC summit will take place in Vienna on 5 October. Salas attended the previous summit in Lima in 2019.")
	assert.NotContains(t, strings.Join(got, "\n"), "2019", "two series: which one is not said")
}

// A date's possessive before an event noun with its place ("after last
// month's talks in Geneva") is another occurrence of the article's event,
// on that date; without a place ("yesterday's meetings") it may be any of
// that day's events and is none of its own.
func TestDatedPossessives(t *testing.T) {
	lead := datedLead
	const call = "Chilean President Pedro Salas spoke with Peruvian President Tomas Reyes by phone. "
	assert.Contains(t, lead(call+"They discussed progress after last month's talks in Geneva."),
		"talks|Pedro Salas,Tomas Reyes|occurred|Geneva 2023-02-01..2023-02-28")
	assert.Contains(t, lead(call+"Both recalled Friday’s meeting in Lima."),
		"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03")
	assert.Len(t, lead(call+"For both, yesterday's meetings were very productive."), 1)
}

// A date range written with an en dash inside a gathering's noun phrase
// ("the March 18–20 Munich Security Conference") breaks no clause: the
// verb of attending before it still reaches the gathering, whose own date
// the range is.
func TestDashedRangesInNames(t *testing.T) {
	for _, body := range []string{
		"Salas will attend the March 18–20 Munich Security Conference, his office said.",
		"Salas will attend the 18–20 March Munich Security Conference, his office said.",
		"Salas will attend the March 18-20 Munich Security Conference, his office said.",
	} {
		assert.Equal(t, []string{"summit|Pedro Salas|planned| 2023-03-18..2023-03-20"}, datedMentions(body), body)
	}
}

// "Gave a warm welcome to X" receives X: a meeting. A welcome to a place
// or to a crowd is a greeting, no event.
func TestWelcomesAreMeetings(t *testing.T) {
	runCapabilities(t, []capability{
		{"warm welcome", "Salas gave a warm welcome to Reyes in Santiago on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Santiago"}},
		{"ceremonial welcome", "Salas accorded a ceremonial welcome to President Lars Dahl of Norway at the palace.", []string{"meeting|Lars Dahl,Pedro Salas|occurred|"}},
		{"a place", "Salas said: a warm welcome to Chile, friends.", nil},
		{"a crowd", "Salas extended a warm welcome to the delegates of the conference.", nil},
	})
}

// "Spoke individually with A and B", "will meet separately with A and
// B": one event per counterpart, whatever their countries.
func TestIndividualCounterparts(t *testing.T) {
	runCapabilities(t, []capability{
		{"individually", "Salas spoke individually with President Lars Dahl of Norway and Prime Minister Eva Huber of Austria.", []string{
			"talks|Lars Dahl,Pedro Salas|occurred|", "talks|Eva Huber,Pedro Salas|occurred|"}},
		{"separately", "Salas will meet separately with President Lars Dahl of Norway and Prime Minister Eva Huber of Austria.", []string{
			"meeting|Lars Dahl,Pedro Salas|planned|", "meeting|Eva Huber,Pedro Salas|planned|"}},
		{"together", "Salas spoke with President Lars Dahl of Norway and Prime Minister Eva Huber of Austria.", []string{
			"talks|Eva Huber,Lars Dahl,Pedro Salas|occurred|"}},
	})
}

// "His Peruvian counterpart" of a minister is Peru's holder of that
// office, or Peru: not the Peruvian president the article names, as it
// is for a head of state or someone of no known office.
func TestCounterpartOfAMinister(t *testing.T) {
	runCapabilities(t, []capability{
		{"a minister's", "Chilean Foreign Minister Ana Cruz held talks with her Peruvian counterpart in Lima on Monday.", []string{"talks|Ana Cruz,Peru|occurred|Lima"}},
		{"ministers', plural", "Chilean Foreign Minister Ana Cruz and Defence Minister Luis Mora held talks with their Peruvian counterparts in Lima on Monday.", []string{"talks|Ana Cruz,Luis Mora,Peru|occurred|Lima"}},
		{"a head's", "Salas held talks with his Peruvian counterpart in Lima on Monday.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}},
	})
}

// A mayor's trip abroad is a city's, not a state's: no diplomatic visit
// (offices.tsv flags the office local). A head of government's is one.
func TestCityOfficesMakeNoVisits(t *testing.T) {
	runCapabilities(t, []capability{
		{"mayor", "Santiago Mayor Ana Cruz visited Lima on Monday.", nil},
		{"mayor in apposition", "The mayor of Santiago, Ana Cruz, flew to Lima on Monday.", nil},
		{"president", "Salas visited Lima on Monday.", []string{"visit|Pedro Salas,Peru|occurred|Lima"}},
	})
}

// A sentence that opens with a plural subject ("The leaders", "The two
// leaders", "Both presidents") and goes on to an event word stands for
// the two sides of the event told before: "The leaders will meet again
// on 12 May". A country's leaders, or a group's, are no such pair.
func TestOpeningPluralSubjects(t *testing.T) {
	lead := func(body string) []string {
		return leadBriefs("Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes on Monday. " + body)
	}
	assert.Contains(t, lead("The leaders will meet again on 12 May."), "meeting|Pedro Salas,Tomas Reyes|planned|")
	assert.Contains(t, lead("The two leaders will meet in Lima on 12 May."), "meeting|Pedro Salas,Tomas Reyes|planned|Lima")
	assert.Contains(t, lead("The leaders agreed to meet again on 12 May."), "meeting|Pedro Salas,Tomas Reyes|planned|")
	assert.Len(t, lead("Russian leaders will meet on 12 May."), 1)
	// (the leaders of an organisation meeting are its summit, not the pair)
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|occurred|", "summit|G7|planned|"}, lead("The leaders of the G7 will meet on 12 May."))
}

// A facility is no participant: "Camp", "Fort", "Base", "Hospital" …
// (not-name-words) make a run of capitalised words no person's name, so
// "visited Camp Liya" is no visit of a person, and "at Camp David" is a
// place.
func TestFacilitiesAreNoPeople(t *testing.T) {
	runCapabilities(t, []capability{
		{"camp", "Salas visited Camp Liya on Monday.", nil},
		{"hospital", "Salas visited Mercy Hospital on Monday.", nil},
		{"camp david", "Salas hosted Reyes at Camp David on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Camp David"}},
	})
}

// "A and B held their first meeting" is an event of A and B; "A and B
// postponed their meeting" with no event told before is news of its own;
// after one, "the leaders continued their discussion" is that event, and
// generic owners ("the ministers held their first meeting") name no one.
func TestTheirOwnEvents(t *testing.T) {
	lead := leadBriefs
	const both = "Chilean President Pedro Salas and Peruvian President Tomas Reyes "
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}, lead(both+"held their first meeting in Lima on Monday."))
	assert.Equal(t, []string{"talks|Pedro Salas,Tomas Reyes|occurred|Lima"}, lead(both+"held their first talks in Lima on Monday."))
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|postponed|"}, lead(both+"postponed their meeting until April."))
	const call = "Chilean President Pedro Salas spoke with Peruvian President Tomas Reyes by phone. "
	assert.Equal(t, []string{"call|Pedro Salas,Tomas Reyes|occurred|", "call|Pedro Salas,Tomas Reyes|occurred|"},
		lead(call+"The leaders continued their discussion of trade."))
	assert.Equal(t, []string{"call|Pedro Salas,Tomas Reyes|occurred|"}, lead(call+"The foreign ministers held their first meeting in such format."))
}

// A day counted from the narrative ("the next day", "a day later")
// anywhere in a sentence counts from the day the sentence before named,
// as it does opening the sentence.
func TestNarrativeDaysInsideSentences(t *testing.T) {
	const visit = "Salas will visit Peru on 12 May. "
	assert.Contains(t, datedMentions(visit+"He will meet Reyes the next day."), "meeting|Pedro Salas,Tomas Reyes|planned| 2023-05-13..2023-05-13")
	assert.Contains(t, datedMentions(visit+"The next day, he will meet Reyes."), "meeting|Pedro Salas,Tomas Reyes|planned| 2023-05-13..2023-05-13")
	assert.Contains(t, datedMentions("Salas arrived in Lima on 2 March. He met Reyes a day later."), "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03")
}

// People named for the countries they act for ("negotiators from A, B and
// C", "officials from A and B") are the subject of a plan told with a
// copula ("are set to meet", "are to meet"), and every country of the list
// is a party; a place before an infinitive is still where a trip goes.
func TestPeopleFromCountriesPlan(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Officials from Chile and Peru are set to meet in Lima next week.", "meeting|Chile,Peru|planned|Lima 2023-03-13..2023-03-19"},
		{"Officials from Chile and Peru are to meet in Lima next week.", "meeting|Chile,Peru|planned|Lima 2023-03-13..2023-03-19"},
		{"Negotiators from Egypt, Qatar and the United States are scheduled to meet in Doha next week, officials said.", "meeting|Egypt,Qatar,United States|planned|Doha 2023-03-13..2023-03-19"},
		{"Representatives of Chile, Peru and Bolivia held talks in Lima on Friday.", "talks|Bolivia,Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
	} {
		assert.Equal(t, []string{c.want}, datedLead(c.body), c.body)
	}
}

// "called on President X" is a courtesy call, a meeting; "called on X to
// resign" and "called on X for restraint" are demands, no event.
func TestCourtesyCallOn(t *testing.T) {
	runCapabilities(t, []capability{
		{"a courtesy call", "Salas called on President Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a planned call on", "Salas will call on Prime Minister Tomas Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"an envoy's call", "The Norwegian Ambassador Lars Dahl called on President Reyes at the Secretariat on Monday.", []string{"meeting|Lars Dahl,Tomas Reyes|occurred|"}},
		{"a demand to act", "Salas called on Reyes to resign on Monday.", nil},
		{"a demand for", "Salas called on Reyes for restraint on Monday.", nil},
		{"a country urged", "Salas called on Peru to release the prisoners.", nil},
	})
}

// A title written in capitals stands for its holder: "EAM will call on
// …" after "External Affairs Minister X", "The PM will meet …" after
// "Prime Minister Y".
func TestTitleAcronymsStandForHolders(t *testing.T) {
	got := datedLead("External Affairs Minister Lars Dahl will pay an official visit to Peru from 23 to 25 March. EAM will then travel to Bolivia on 26 March. " +
		"Chilean Prime Minister Pedro Salas arrived in Lima on Monday. The PM will meet Tomas Reyes on Tuesday.")
	assert.Contains(t, got, "visit|Bolivia,Lars Dahl|planned| 2023-03-26..2023-03-26")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-07..2023-03-07")
}

// A family name written in capitals after a courtesy title ("Ms. KAMIKAWA
// Yoko") is part of the name, written as a name; an office of a country
// set off by commas after a name ("Pedro Salas, Prime Minister of Chile,
// held talks") is that person's, who is the subject, not the country.
func TestCapitalFamilyNamesAndOfficesAfterNames(t *testing.T) {
	runCapabilities(t, []capability{
		{"an office after the name", "Pedro Salas, Prime Minister of Chile, held talks with Reyes on Friday.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"two offices in a list", "Salas met with Luis Ortiz, Foreign Minister of Ecuador, and Ana Cruz, Foreign Minister of Colombia, on Friday.", []string{"meeting|Ana Cruz,Luis Ortiz,Pedro Salas|occurred|"}},
		{"capital family names", "On March 3, Mr. SATO Kenji, Prime Minister of Japan, held talks with H.E. Mr. KIM Min-su, President of the Republic of Korea.", []string{"talks|Kenji Sato,Kim Min-su|occurred|"}},
	})
	got := datedLead("On March 3, Ms. SATO Yumi, Minister for Foreign Affairs of Japan, held talks with Reyes. Minister Sato will visit Peru on 20 March.")
	assert.Contains(t, got, "visit|Peru,Yumi Sato|planned| 2023-03-20..2023-03-20", "the family name finds her")
}

// Looking forward to an event is a wish, no event.
func TestLookForwardIsAWish(t *testing.T) {
	runCapabilities(t, []capability{
		{"looked forward", "Salas said he looked forward to visiting Peru soon.", nil},
		{"looks forward", "Salas looks forward to meeting Reyes again.", nil},
	})
}

// A measure of the event ("four days of talks") leaves it the subject of
// its clause; talks in a phrase of "after" that names no one are those of
// the two or more parties that open the sentence.
func TestMeasuredTalksAndAfterPhrases(t *testing.T) {
	runCapabilities(t, []capability{
		{"days of talks", "Chile and Peru held four days of talks in Lima on Friday.", []string{"talks|Chile,Peru|occurred|Lima"}},
		{"after talks", "Chile and Peru agreed to restore ties after four days of talks in Lima on Friday.", []string{"talks|Chile,Peru|occurred|Lima"}},
		{"after talks, two named", "Salas and Reyes signed the accord after talks on Friday.", []string{"talks|Pedro Salas,Tomas Reyes|occurred|"}},
		{"after talks, one named", "Salas signed the accord after talks on Friday.", nil},
	})
}

// A delegation as the object of an event verb is its country, or the
// person it is led by; the head of an organisation's commission is the
// organisation's head.
func TestDelegationsReceived(t *testing.T) {
	runCapabilities(t, []capability{
		{"led by", "Salas today received a delegation from Peru led by Ambassador Luis Ortiz.", []string{"meeting|Luis Ortiz,Pedro Salas|occurred|"}},
		{"from a country", "Salas today received a delegation from the Republic of Peru.", []string{"meeting|Pedro Salas,Peru|occurred|"}},
		{"a commission's head", "The Chairperson of the African Union Commission, H.E. Amara Okafor, today received a delegation from the Republic of Peru led by Ambassador Luis Ortiz.",
			[]string{"meeting|Amara Okafor,Luis Ortiz|occurred|"}},
	})
}

// A relative clause set off by commas between a subject and its verb
// ("A and B, who is in Chile on a state visit, held talks") and an
// apposition to an opening "We" ("We, the leaders of A, B, and C, met")
// leave the subject to the verb.
func TestSubjectsPastAsidesAndAppositions(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Chilean President Pedro Salas and Peruvian President Tomas Reyes, who is in Chile on a state visit, held talks in Santiago.", "talks|Pedro Salas,Tomas Reyes|occurred|Santiago 2023-03-06..2023-03-06"},
		{"We, the leaders of Chile, Peru, and Bolivia, met in Lima on Friday.", "meeting|Bolivia,Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
		{"We, the foreign ministers of Chile and Peru, met in Lima on Friday.", "meeting|Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
	} {
		assert.Equal(t, []string{c.want}, datedLead(c.body), c.body)
	}
}

// The talks a trip is for take the subject of the trip's clause, a
// pronoun too: "He will fly to Berlin on Sunday for talks with X".
func TestPurposeTalksTakeThePronounSubject(t *testing.T) {
	assert.Equal(t, []string{"talks|Lars Dahl,Pedro Salas|planned|Berlin 2023-03-12..2023-03-12"},
		datedLead("Chilean President Pedro Salas arrived. He will fly to Berlin on Sunday for talks with Norwegian Foreign Minister Lars Dahl."))
}

// Under a headline of two countries' talks, the lead's person of no
// country yet is the side the other person does not take: "Chilean-
// Peruvian talks" over "Pedro Salas and President of Peru Tomas Reyes
// held talks" makes Salas Chile's side, so the two reports are one event.
func TestSidesFromHeadline(t *testing.T) {
	ms := Extract(story("Chilean-Peruvian talks", "Pedro Salas and President of Peru Tomas Reyes held talks in Lima."))
	var countries []string
	for _, m := range ms {
		for _, p := range m.Participants {
			if p.Name == "Pedro Salas" {
				countries = append(countries, p.Country)
			}
		}
	}
	assert.Equal(t, []string{"Chile"}, countries)
}

// A sentence that opens with a date ("Yesterday, the two leaders had an
// informal meeting") has its plural subject after the comma; an event of
// another kind that it dates away from the day of writing is not the
// lead's news ("held talks" stays today's).
func TestOpeningDatePluralSubjectIsAnotherEvent(t *testing.T) {
	assert.Equal(t, []string{
		"talks|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06",
		"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-05..2023-03-05",
	}, datedLead("Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes in Lima. Yesterday, the two leaders had an informal meeting that lasted more than four hours."))
}

// "the President's visit" anywhere in the sentence is the visit of the
// one person of the article who holds the office.
func TestOfficePossessiveOwnsTheEvent(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas held talks with Peruvian Prime Minister Tomas Reyes in Lima. The leaders also discussed the President's visit to Israel last week.")
	assert.Contains(t, got, "visit|Israel,Pedro Salas|occurred| 2023-02-27..2023-03-05")
}

// A family name with an article ("al-Sudani") is named alone without it
// ("Sudani later travelled …"), and "later" after a subject carries the
// narrative's day on, as "Later," does.
func TestArticleSurnamesAndLaterAfterSubject(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas received Iraqi Prime Minister Karim Hadi al-Rawi in Santiago on Monday. " +
		"Rawi later travelled to Lima, where he was received by Peruvian President Tomas Reyes.")
	assert.Contains(t, got, "meeting|Karim Hadi al-Rawi,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06")
}

// A measure of the event in days after its own date spans it: "met in
// Lima on Monday night for two days of informal talks" runs Monday and
// Tuesday; a day's event with no such measure keeps its day.
func TestMeasuredEventLength(t *testing.T) {
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-07"},
		datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes met in Lima on Monday night for two days of informal talks."))
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-06..2023-03-06"},
		datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes met in Lima on Monday night for several hours."))
}

// "The trip is set for Thursday and Friday": "is set for" looks ahead, two
// days in a row joined by "and" are a span, and the later reference dates
// the trip told before more precisely.
func TestSetForConsecutiveDays(t *testing.T) {
	assert.Equal(t, []string{
		"visit|Pedro Salas,Peru|planned| 2023-03-09..2023-03-10",
		"visit|Pedro Salas,Peru|planned| 2023-03-09..2023-03-10",
	}, datedLead("Chilean President Pedro Salas will travel to Peru this week. The trip is set for Thursday and Friday."))
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|planned| 2023-03-09..2023-03-09"},
		datedLead("Chilean President Pedro Salas will visit Peru on Thursday and Saturday."), "two days apart are no span")
}

// A plan of another kind ("The two presidents agreed to meet in Astana in
// the first half of the year") does not date the lead's news ("had a
// telephone conversation"), nor the headline that heads it.
func TestPlanDoesNotDateTheNews(t *testing.T) {
	got := map[string]string{}
	for _, m := range Extract(story("Telephone conversation with President of Peru Tomas Reyes",
		"Chilean President Pedro Salas had a telephone conversation with President of Peru Tomas Reyes. The two presidents agreed to meet in Lima in the first half of the year.")) {
		if m.When != nil {
			got[m.Source.Sentence] = m.When.Value
		}
	}
	assert.Equal(t, map[string]string{
		"Telephone conversation with President of Peru Tomas Reyes":                                      "2023-03-06",
		"Chilean President Pedro Salas had a telephone conversation with President of Peru Tomas Reyes.": "2023-03-06",
		"The two presidents agreed to meet in Lima in the first half of the year.":                       "2023-H1",
	}, got)
}

// "The two leaders previously met …" after a meeting held on the
// sidelines of a gathering are the two people, not the gathering's.
func TestTwoLeadersAreNotTheGathering(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas met with Peruvian President Tomas Reyes on the sidelines of the United Nations General Assembly in New York. The two leaders previously met in Lima in February.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-02-01..2023-02-28")
}

// What a trip told in the past was for happened with it: "traveled to
// Lima on Friday to meet with X" is a meeting that occurred; "will travel
// … to meet" is planned.
func TestPastTripPurposeOccurred(t *testing.T) {
	assert.Contains(t, datedLead("Chilean President Pedro Salas traveled to Lima on Friday to meet with Peruvian President Tomas Reyes."),
		"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03")
	assert.Contains(t, datedLead("Chilean President Pedro Salas will travel to Lima on Friday to meet with Peruvian President Tomas Reyes."),
		"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-10..2023-03-10")
}

// A meeting is held on a trip only if their dates can agree: "recalled his
// state visit to India in December" is not the morning's meeting's trip,
// and stays an event of its own.
func TestTripAndMeetingOnOtherDates(t *testing.T) {
	got := datedLead("Indian Foreign Minister Lars Dahl called on President Pedro Salas at the Secretariat this morning. President Salas recalled his state visit to India in December last year.")
	assert.Contains(t, got, "visit|India,Pedro Salas|occurred| 2022-12-01..2022-12-31")
	assert.Contains(t, got, "meeting|Lars Dahl,Pedro Salas|occurred| 2023-03-06..2023-03-06")
}

// "The leaders will meet again at the summit in September" is not the
// call they held today: a plan does not take the date of an event of the
// day told with no cue of plan.
func TestPlanIsNotTodaysCall(t *testing.T) {
	var got []string
	for _, m := range Extract(story("Readout of President Salas's Call with President Tomas Reyes of Peru",
		"Chilean President Pedro Salas spoke today with Peruvian President Tomas Reyes. The leaders will meet again at the OPEC summit in Lima in September.")) {
		got = append(got, brief(m)+" "+m.When.Range.First.String()+".."+m.When.Range.Last.String())
	}
	assert.Contains(t, got, "call|Pedro Salas,Tomas Reyes|occurred| 2023-03-06..2023-03-06")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-09-01..2023-09-30")
}

// "met with visiting Brazilian President X" is a meeting with the
// visitor, not a visit of the subject to Brazil; a channel phrase between
// the event word and "with" ("held talks via video link with X") leaves
// the other party to "with", and makes the talks a call.
func TestVisitingAdjectiveAndChannelPhrase(t *testing.T) {
	runCapabilities(t, []capability{
		{"visiting", "Salas met with visiting Colombian President Ana Cruz on Friday.", []string{"meeting|Ana Cruz,Pedro Salas|occurred|"}},
		{"video link", "Salas held talks via video link with Colombian President Ana Cruz on Friday.", []string{"call|Ana Cruz,Pedro Salas|occurred|"}},
	})
	var got []string
	for _, m := range Extract(story("Salas meets visiting Colombian president", "Chilean President Pedro Salas on Friday met with visiting Colombian President Ana Cruz in Santiago.")) {
		got = append(got, brief(m))
	}
	// (the body's place, which the visit says, is the headline's too)
	assert.Equal(t, []string{"meeting|Ana Cruz,Pedro Salas|occurred|Santiago", "meeting|Ana Cruz,Pedro Salas|occurred|Santiago"}, got, "the headline's visitor is met")
}

// A summit a trip is for is the traveller's, held on the trip: "arrived in
// Tokyo on Thursday for the G7 summit".
func TestSummitATripIsFor(t *testing.T) {
	assert.Equal(t, []string{"summit|G7,Pedro Salas|occurred|Tokyo 2023-03-02..2023-03-02"},
		datedLead("Chilean President Pedro Salas arrived in Tokyo on Thursday for the G7 summit."))
	assert.Equal(t, []string{"summit|NATO,Pedro Salas|planned|Vilnius 2023-03-09..2023-03-09"},
		datedLead("Chilean President Pedro Salas will travel to Vilnius on Thursday for the NATO summit."))
}

// "Leaders of the Group of Seven met in Hiroshima": the leaders of an
// organisation meeting are a session of it, a summit.
func TestLeadersOfAnOrganisationMet(t *testing.T) {
	assert.Equal(t, []string{"summit|G7|occurred|Hiroshima 2023-03-03..2023-03-03"},
		datedLead("Leaders of the Group of Seven met in Hiroshima on Friday."))
	assert.Equal(t, []string{"summit|ASEAN|occurred|Jakarta 2023-02-28..2023-02-28"},
		datedLead("ASEAN foreign ministers met in Jakarta on Tuesday."))
	assert.Equal(t, []string{"summit|ASEAN|occurred|Jakarta 2023-02-28..2023-02-28"},
		datedLead("Foreign ministers of ASEAN held talks in Jakarta on Tuesday."))
}

// In a transcript, "our meeting" with a date of its own away from the day
// of writing ("I remember our meeting in Moscow in 2022") is another
// event of the speaker and the person spoken to; "our meeting today" is
// the one under way.
func TestOurDatedMeeting(t *testing.T) {
	got := datedLead("Chilean President Pedro Salas met with Peruvian President Tomas Reyes in Lima. " +
		"President of Chile Pedro Salas: Mr President, I remember our meeting in Santiago in 2022. Thank you for our meeting today.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|occurred|Santiago 2022-01-01..2022-12-31")
	assert.Len(t, got, 2)
}

// A Title Case headline's infinitive ("To Host", "To Visit") is no part
// of a department before a title: "Biden To Host Japanese PM Kishida At
// White House On April 10" is Biden's planned meeting with Kishida.
func TestTitleCaseHeadlineInfinitive(t *testing.T) {
	var got []string
	for _, m := range Extract(story("Salas To Host Peruvian President Reyes At La Moneda On April 10",
		"Chilean President Pedro Salas will welcome President Tomas Reyes of Peru for an official visit.")) {
		if m.Source.Sentence == m.Source.Headline {
			got = append(got, brief(m)+" "+m.When.Value)
		}
	}
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|planned|La Moneda 2023-04-10"}, got)
}

// "spoke by phone with the leaders of A, B and C" is a call with each,
// as with the leaders named; "held a call with the leaders of A and B"
// is one call.
func TestCallsWithTheLeadersOf(t *testing.T) {
	runCapabilities(t, []capability{
		{"one by one", "Salas spoke by phone with the leaders of Peru, Bolivia and Ecuador on Monday.",
			[]string{"call|Pedro Salas,Peru|occurred|", "call|Bolivia,Pedro Salas|occurred|", "call|Ecuador,Pedro Salas|occurred|"}},
		{"one call", "Salas held a call with the leaders of Peru and Bolivia on Monday.", []string{"call|Bolivia,Pedro Salas,Peru|occurred|"}},
	})
}

// Two offices of one country before one name are one person's: "Saudi
// Crown Prince and Prime Minister Mohammed bin Salman", as "Foreign
// Minister and Alternate Prime Minister Lapid".
func TestTwoOfficesOfOnePerson(t *testing.T) {
	runCapabilities(t, []capability{
		{"country's two offices", "Salas met with Peruvian Crown Prince and Prime Minister Tomas Reyes on Friday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// An infinitive after a person ranked by "the first", "the only", "the
// highest-ranking" tells a visit made, not planned: "He is the first
// Chilean leader to visit Peru in ten years" is the visit under way, news
// of the day; "was the first … to visit Peru in 2018" a visit of 2018.
func TestRankInfinitiveIsNoPlan(t *testing.T) {
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|occurred| 2023-03-06..2023-03-06"},
		datedLead("Chilean President Pedro Salas is the first Chilean leader to visit Peru in ten years."))
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|occurred| 2018-01-01..2018-12-31"},
		datedLead("Chilean President Pedro Salas was the highest-ranking Chilean official to visit Peru in 2018."))
	assert.Equal(t, []string{"visit|Pedro Salas,Peru|planned| undated"},
		datedLead("Chilean President Pedro Salas plans to visit Peru."), "a plan stays one")
}

// "EAM" stands for the person titled "External Affairs Minister Dr. X",
// though another foreign minister is named: the capitals abbreviate the
// title written before X's name (a courtesy "Dr." aside). A verb joined
// by "and" to the event such a title is the subject of shares it.
func TestTitleAcronymAmongOfficeHolders(t *testing.T) {
	got := datedLead("External Affairs Minister Dr. Lars Dahl paid an official visit to Peru from 1-3 March. " +
		"During the visit, EAM called on President Tomas Reyes and held delegation level talks with Foreign Minister Rosa Vega.")
	assert.Contains(t, got, "meeting|Lars Dahl,Tomas Reyes|occurred| 2023-03-01..2023-03-03")
	assert.Contains(t, got, "talks|Lars Dahl,Rosa Vega|occurred| 2023-03-01..2023-03-03")
	assert.NotContains(t, got, "talks|Rosa Vega,Tomas Reyes|occurred| 2023-03-01..2023-03-03")
}

// A count of times since some time after an event ("have spoken by phone
// three times since November", "have met twice since 2019") tells
// several events and none of them: no event. A count of times followed by
// the days ("met twice, on Monday and on Thursday") tells each, and "the
// third time since November" after a dated call is that call.
func TestTimesSince(t *testing.T) {
	for _, body := range []string{
		"Salas and Reyes have spoken by phone three times since November.",
		"Salas and Reyes have met twice since 2019.",
		"Salas and Reyes have met several times so far this year.",
	} {
		assert.Empty(t, mentionsOf(t, body), body)
	}
	assert.Len(t, datedLead("Chilean President Pedro Salas met Peruvian President Tomas Reyes twice, on Wednesday and on Friday."), 2)
	assert.Equal(t, []string{"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-02"},
		datedLead("Chilean President Pedro Salas and Peruvian President Tomas Reyes spoke by phone on Thursday, the third time since November."))
}

// An organisation's body or officers after its possessive mark ("the
// Andean Community's council of foreign ministers", "the Pacific
// Alliance's trade ministers") meeting with no one else named is a
// session of the organisation; a country's minister is that minister.
func TestSessionOfAnOrganisationsBody(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"council of", "The Andean Community's council of foreign ministers met in Lima on Friday.",
			"summit|Andean Community|occurred|Lima 2023-03-03..2023-03-03"},
		{"a committee", "The African Union's peace and security committee will meet in Addis Ababa next week.",
			"summit|African Union|planned|Addis Ababa 2023-03-13..2023-03-19"},
	})
	assert.Equal(t, []string{"meeting|Chile,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		datedLead("Chile's foreign minister met Peruvian President Tomas Reyes on Friday."))
}
