package extract

import (
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractGenericMentions: a clause that makes the event a topic, a
// wish or a state of affairs reports no event, unless it gives the event a
// date of its own.
func TestExtractGenericMentions(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"need for", "Salas stressed the need for talks with Reyes.", nil},
		{"need for resuming", "Both leaders underlined the need for resuming direct Bolivian-Brazilian talks soon.", nil},
		{"importance of starting", "Salas noted the importance of quickly starting negotiations with Peru.", nil},
		{"proposal for", "Salas backed a proposal for talks with Reyes.", nil},
		{"called for", "Salas called for negotiations with Peru.", nil},
		{"ready for", "Salas said Chile was ready for talks with Peru.", nil},
		{"resumption of", "Salas urged the resumption of talks with Reyes.", nil},
		{"cut off", "Bolivian-Brazilian talks have been cut off for two years.", nil},
		{"remain stalled", "Bolivian-Brazilian negotiations remain stalled.", nil},
		{"a date of its own", "Salas proposed talks with Reyes on March 20.", []string{"talks|Pedro Salas,Tomas Reyes|planned|"}},
		{"cue in another clause", "After the proposal was made, Salas met with Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestExtractMilitaryParties: armed forces are not a party to diplomacy.
func TestExtractMilitaryParties(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"only troops", "Salas met with Chilean troops in the north.", nil},
		{"forces of a country", "Salas met with Peruvian forces.", nil},
		{"a leader and forces", "Salas met with Reyes and Peruvian forces.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"officials are a party", "Salas met with Peruvian officials.", []string{"meeting|Pedro Salas,Peru|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestExtractFormatAsParty: a named format after "with" is the other party
// of a call or meeting and stands for its members.
func TestExtractFormatAsParty(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"leaders of a format", "Salas spoke by phone on Friday with the leaders of the Visegrad Group.",
			[]string{"call|Czech Republic,Hungary,Pedro Salas,Poland,Slovakia|occurred|"}},
		{"format directly", "Salas met with the Weimar Triangle.",
			[]string{"meeting|France,Germany,Pedro Salas,Poland|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentionsOf(t, tt.body)
			assert.Equal(t, tt.want, got, tt.body)
		})
	}
	ms := Extract(story("", intro+"Salas spoke by phone on Friday with the leaders of the Visegrad Group."))
	var formats []string
	for _, m := range ms {
		formats = append(formats, m.Format)
	}
	assert.Contains(t, formats, "Visegrad Group", "the call keeps the format's name")
}

// TestExtractVisitor: the visitor is not at home in the place visited.
func TestExtractVisitor(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"his visit after a host and guest: the visit is the meeting", "Salas received Reyes and his delegation at the end of his visit to Chile.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"the host thanked", "Reyes thanked Salas for the hospitality shown during the visit to Chile.",
			[]string{"visit|Chile,Tomas Reyes|occurred|"}},
		{"a possessive that owns another noun", "Salas kept his party out pending meetings with Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"possessive across a compound", "Salas thanked Reyes for the hospitality shown to the Chilean team during its long-awaited visit to Peru.",
			[]string{"visit|Pedro Salas,Peru|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestExtractPronounAndOfficeSubjects: "He", "The monarch" as the subject
// of an event word stand for a person named before.
func TestExtractPronounAndOfficeSubjects(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"he after a named subject", "Salas landed in Lima. He is expected to meet with Reyes later.",
			[]string{"visit|Pedro Salas,Peru|occurred|Lima", "meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"the monarch", "King Olaf Berg of Norway arrived. The monarch will meet Reyes on Friday.",
			[]string{"meeting|Olaf Berg,Tomas Reyes|planned|"}},
		{"country's monarch", "King Olaf Berg of Norway arrived. The Norwegian monarch met with Reyes.",
			[]string{"meeting|Olaf Berg,Tomas Reyes|occurred|"}},
		{"an office two people hold", "The president will meet with Prime Minister Ana Lima of Spain.", nil},
		{"an office of two words", "Vice President Ines Mora of Chile arrived. The Vice President also met with Reyes.",
			[]string{"meeting|Ines Mora,Tomas Reyes|occurred|"}},
		{"a chain of pronoun subjects", "Salas landed in Lima. After a short rest, he toured the port. Then he met with Prime Minister Ana Lima of Spain.",
			[]string{"visit|Pedro Salas,Peru|occurred|Lima", "meeting|Ana Lima,Pedro Salas|occurred|"}},
		{"the subject, not an earlier object", "After writing to Reyes, Salas flew home. He met with Prime Minister Ana Lima of Spain on Friday.",
			[]string{"meeting|Ana Lima,Pedro Salas|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
	// With no person named before, a pronoun stands for nobody.
	ms := Extract(story("", "Rain fell all day in Lima. It was cold. He met with Peruvian President Tomas Reyes."))
	assert.Empty(t, ms)
}

// TestRecogniseHyphenatedParticle: "el-", "al-" inside a name belong to it.
func TestRecogniseHyphenatedParticle(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"President Omar el-Rashid of Sudan spoke.", []string{"person:Omar el-Rashid/President/Sudan"}},
		{"Prime Minister Karim al-Sayed arrived.", []string{"person:Karim al-Sayed/Prime Minister/"}},
		{"Omar el - Rashid", []string{"person:Omar//", "person:Rashid//"}}, // spaced: not one name
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, entitySummary(tt.text))
		})
	}
}

// TestExtractPronounGroupsAndSpeakers: "He and X" opens a subject group;
// "I" is the speaker of a quotation, never another person of the sentence.
func TestExtractPronounGroupsAndSpeakers(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"he and a name", "He and Reyes will meet with Prime Minister Ana Lima of Spain on Friday.",
			[]string{"meeting|Ana Lima,Pedro Salas,Tomas Reyes|planned|"}},
		{"I without a speaker", "I met Prime Minister Ana Lima of Spain on Sunday, and tomorrow I will meet with Reyes.", nil},
		{"I with a speaker", `"I met Prime Minister Ana Lima of Spain on Sunday, and tomorrow I will meet with Reyes," Salas said.`,
			[]string{"meeting|Ana Lima,Pedro Salas|occurred|", "meeting|Pedro Salas,Tomas Reyes|planned|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestRecogniseMoreCountries: official names and smaller states.
func TestRecogniseMoreCountries(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Prime Minister of the Hellenic Republic Nikos Petrou spoke.", []string{"person:Nikos Petrou/Prime Minister/Greece"}},
		{"President of the Central African Republic Jean Doko spoke.", []string{"person:Jean Doko/President/Central African Republic"}},
		{"President Ama Mensah of Togo arrived.", []string{"person:Ama Mensah/President/Togo"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, entitySummary(tt.text))
		})
	}
}

// TestHeadlineCase: a headline full of names is still in sentence case
// when its verbs are in lower case, and then its names count.
func TestHeadlineCase(t *testing.T) {
	tests := []struct {
		headline string
		title    bool
	}{
		{"Troops Meet Little Resistance Near Border", true},
		{"Leaders Agree Deal With Rebels", true},
		{"On March 9, Pedro Salas will meet with President of Peru Tomas Reyes in Lima", false},
		{"Salas, Reyes hold talks in Lima", false},
	}
	for _, tt := range tests {
		t.Run(tt.headline, func(t *testing.T) {
			assert.Equal(t, tt.title, isTitleCase(tokenize(tt.headline, 0)))
		})
	}
	a := story("On March 9, Pedro Salas will meet with President of Peru Tomas Reyes in Lima", "The two leaders will discuss trade.")
	var got []string
	for _, m := range Extract(a) {
		got = append(got, brief(m)+"|"+m.When.Value)
	}
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|planned|Lima|2023-03-09"}, got)
}

// TestExtractLists: every name of a list takes part.
func TestExtractLists(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"subject list with a final and", "Today, Prime Minister Ana Lima of Spain, King Olaf Berg of Norway, Reyes, and Salas held a call.",
			[]string{"call|Ana Lima,Olaf Berg,Pedro Salas,Tomas Reyes|occurred|"}},
		{"a long title the tables do not know", "Salas, Reyes, and Deputy Commissioner for Fisheries and Coastal Affairs Ana Lima met in Quito.",
			[]string{"meeting|Ana Lima,Pedro Salas,Tomas Reyes|occurred|Quito"}},
		{"a place before the list", "In Spain, Salas and Reyes held a call.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"object list without and", "Salas held a call with Reyes, Prime Minister Ana Lima of Spain, King Olaf Berg of Norway.",
			[]string{"call|Ana Lima,Olaf Berg,Pedro Salas,Tomas Reyes|occurred|"}},
		{"one name after a comma", "During a call with Reyes, Salas praised the deal.",
			[]string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestExtractStateActors: a meeting or talks needs one party that acts for
// a state or an international organisation.
func TestExtractStateActors(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"private people", "Yesterday Mark Olsen met with Dana Whitfield over lunch.", nil},
		{"company heads", "Chairman Mark Olsen held talks with Dana Whitfield.", nil},
		{"a minister", "Foreign Minister Mark Olsen met with Dana Whitfield.", []string{"meeting|Dana Whitfield,Mark Olsen|occurred|"}},
		{"a person of a country", "Mark Olsen of Denmark met with Dana Whitfield.", []string{"meeting|Dana Whitfield,Mark Olsen|occurred|"}},
		{"a call is kept", "Mark Olsen held a phone call with Dana Whitfield.", []string{"call|Dana Whitfield,Mark Olsen|occurred|"}},
		{"a state named in the sentence", "The meeting of EU leaders with Mark Olsen and Dana Whitfield went well.", []string{"meeting|Dana Whitfield,Mark Olsen|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestExtractFilledOffice: "the President of Chile" later in an article
// names the one person of unknown office and country.
func TestExtractFilledOffice(t *testing.T) {
	a := story("Call with President of Peru Tomas Reyes",
		"Pedro Salas had a telephone conversation with President of Peru Tomas Reyes. The President of Chile congratulated his colleague.")
	ms := Extract(a)
	require.NotEmpty(t, ms)
	var salas timeline.Participant
	for _, p := range ms[0].Participants {
		if p.Name == "Pedro Salas" {
			salas = p
		}
	}
	assert.Equal(t, timeline.Participant{Name: "Pedro Salas", Type: timeline.PersonParty, Role: "President", Country: "Chile"}, salas)

	// An office after a preposition is someone else's.
	c := story("", "Pedro Salas, Senior Advisor to the President of Chile, had a telephone conversation with President of Peru Tomas Reyes.")
	for _, m := range Extract(c) {
		for _, p := range m.Participants {
			assert.NotEqual(t, "Chile", p.Country, p.Name)
		}
	}

	// Two people of unknown country: nothing is guessed.
	b := story("", "Pedro Salas had a telephone conversation with Tomas Reyes. The President of Chile congratulated his colleague.")
	for _, m := range Extract(b) {
		for _, p := range m.Participants {
			assert.Empty(t, p.Country, p.Name)
		}
	}
}

// TestRecogniseSecurityCouncilSecretary: a national security council's
// secretary is not an officer of the UN Security Council.
func TestRecogniseSecurityCouncilSecretary(t *testing.T) {
	assert.Equal(t, []string{"person:Lena Berg/National Security Advisor/Norway"},
		entitySummary("National Security Council Secretary Lena Berg of Norway arrived."))
}

// TestExtractMeetingsOnATrip: undated meetings in the country of a dated
// trip take the trip's days.
func TestExtractMeetingsOnATrip(t *testing.T) {
	a := story("", intro+"Salas traveled to Peru on March 1. In Lima, Salas met with Reyes. Salas also met with Prime Minister Ana Lima of Spain.")
	got := map[string]string{}
	for _, m := range Extract(a) {
		got[brief(m)] = dated(m)
	}
	assert.Equal(t, "2023-03-01 2023-03-01..2023-03-01 reference", got["meeting|Pedro Salas,Tomas Reyes|occurred|Lima"], "a meeting in the country visited")
	assert.Equal(t, "nil", got["meeting|Ana Lima,Pedro Salas|occurred|"], "a meeting with no place stays undated")

	// ("Salas later held …" would carry the narrative's day on: dateBySequence)
	b := story("", intro+"Salas traveled to Peru on March 1. Salas also held a phone call with Reyes in Lima.")
	for _, m := range Extract(b) {
		if m.Kind == timeline.Call {
			assert.Nil(t, m.When, "a call does not take a trip's date")
		}
	}
}

// TestExtractFutureClauses: a present tense after "until", "once" or
// "before" speaks of the future.
func TestExtractFutureClauses(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"until", "Salas will wait until Reyes visits Chile.", []string{"visit|Chile,Tomas Reyes|planned|"}},
		{"once", "The deal will be signed once Salas meets Reyes.", []string{"meeting|Pedro Salas,Tomas Reyes|planned|"}},
		{"past tense after until", "Salas waited until Reyes visited Chile.", []string{"visit|Chile,Tomas Reyes|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestExtractWithWhom: the name before "with whom" is the other party of
// the relative clause's event.
func TestExtractWithWhom(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"with whom", "Salas carried a message from Reyes, with whom he met on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"whom as the object", "Salas praised Reyes, whom he met on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"whom with a verb that takes no object", "Salas praised Reyes, whom he spoke about on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestExtractSummitOfAnOrganisation: an organisation written before a
// summit word names it; the sentence's subject attends.
func TestExtractSummitOfAnOrganisation(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"leaders' meeting", "Salas took part in the ASEAN Leaders' Meeting.", []string{"summit|ASEAN,Pedro Salas|occurred|"}},
		{"curly apostrophe", "Salas took part in the ASEAN Leaders’ Meeting.", []string{"summit|ASEAN,Pedro Salas|occurred|"}},
		{"adjective between", "Salas took part in the ASEAN virtual summit.", []string{"summit|ASEAN,Pedro Salas|occurred|"}},
		{"org summit", "Salas attended the African Union summit.", []string{"summit|African Union,Pedro Salas|occurred|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mentionsOf(t, tt.body), tt.body)
		})
	}
}

// TestPhraseTableApostrophes: a phrase written with a straight apostrophe
// also matches a curly one.
func TestPhraseTableApostrophes(t *testing.T) {
	tab := newPhraseTable[string](false)
	tab.add("leaders' summit", "summit")
	for _, in := range []string{"leaders' summit", "Leaders’ Summit"} {
		v, n := tab.match(tokenize(in, 0), 0)
		assert.Equal(t, "summit", v, in)
		assert.Equal(t, 3, n, in)
	}
}

// TestExtractHeadlineSummitParties: the headline's summit takes the
// parties the body names for it.
func TestExtractHeadlineSummitParties(t *testing.T) {
	a := story("Readout of the ASEAN Leaders' Meeting", "Today Chilean President Pedro Salas took part in the ASEAN Leaders' Meeting.")
	ms := Extract(a)
	require.NotEmpty(t, ms)
	for _, m := range ms {
		assert.Equal(t, "summit|ASEAN,Pedro Salas|occurred|", brief(m), m.Source.Sentence)
	}
}
