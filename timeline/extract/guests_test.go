package extract

import (
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/stretchr/testify/assert"
)

// The people of a body or of countries after "leaders of", "heads of
// state of" are the object of a host's or a meeting's verb.
func TestMembersAsObject(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"met leaders of an organisation", "Salas met leaders of the African Union on Friday.",
			"meeting|African Union,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
		{"hosted heads of state of an organisation", "Salas hosted heads of state of the Andean Community in Santiago on Friday.",
			"meeting|Andean Community,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"},
	})
}

// A summit told by its host and a region's leaders, none of them named,
// is the host's; a summit with one person and no one else named is not
// known to be diplomacy, and is no event.
func TestRegionalSummitHost(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"a summit of a region's leaders", "Salas hosted a summit of Pacific Island leaders in Santiago on Friday.",
			"summit|Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"},
		{"leaders of a region's nations", "Salas will host a summit with leaders of Caribbean nations in Santiago on Friday.",
			"summit|Pedro Salas|planned|Santiago 2023-03-10..2023-03-10"},
		{"a number of a region's states", "Salas convened a summit of leaders of 12 Central American states on Friday.",
			"summit|Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
	for _, body := range []string{
		"Salas hosted a summit in Santiago on Friday.",
		"Salas spoke at a summit on cybersecurity with business leaders on Friday.",
	} {
		assert.NotContains(t, leadBriefs(intro+body), "summit|Pedro Salas|occurred|", body)
	}
}

// A host's welcome "for a summit" is that summit: it takes the welcome's
// parties and place, and is told once.
func TestHostPurposeIsTheGathering(t *testing.T) {
	got := datedLead(intro + "Salas welcomed leaders of the Andean Community to La Moneda for a summit on Friday.")
	assert.Equal(t, []string{"summit|Andean Community,Pedro Salas|occurred|La Moneda 2023-03-03..2023-03-03"}, got,
		"one event: the welcome is not a meeting of its own")
}

// A summit, talks or meeting of a stated length whose clause says the day
// is its first or last lasts that many days; a relative clause after the
// event that says when it began or ended dates it.
func TestGatheringLength(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"began on", "Salas hosted leaders of Pacific Island nations in Santiago for a two-day summit that began on Thursday.",
			"summit|Pedro Salas|occurred|Santiago 2023-03-02..2023-03-03"},
		{"starting on", "Salas will attend a three-day summit of the African Union starting on Sunday.",
			"summit|African Union,Pedro Salas|planned| 2023-03-12..2023-03-14"},
		{"which ended on", "The two-day talks between Salas and Reyes, which ended on Friday, produced no agreement.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-02..2023-03-03"},
		{"which began on, no length", "Talks between Salas and Reyes, which began on Friday, produced no agreement.",
			"talks|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"no word of a bound: one day", "Salas attended a two-day summit of the African Union on Friday.",
			"summit|African Union,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
}

// A summit of two sides and no organisation or format is a meeting
// (GUIDE: a summit is multilateral): the protocol's word does not keep it
// apart from the meeting the headline reports.
func TestBilateralSummitIsMeeting(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"a summit with one counterpart", "Salas held a summit with Reyes in Geneva on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred|Geneva 2023-03-03..2023-03-03"},
		{"a pair's summit meeting", "Salas held a Chile-Peru Summit Meeting with Reyes on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"an organisation's summit stays one", "Salas attended a summit of the African Union on Friday.",
			"summit|African Union,Pedro Salas|occurred| 2023-03-03..2023-03-03"},
	})
	got := allMentions("President Salas Meets President of Peru", "On March 3, Chilean President Pedro Salas held a summit meeting with President Tomas Reyes of Peru.")
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03", "meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"}, got,
		"the headline's meeting takes the body's date")
}

// A back reference several sentences after an earlier event told in
// passing ("discussed the outcomes of the June summit") is the news of
// the day; right after it, it is that event. A call is not dated by a
// meeting of the same two: they are not one event.
func TestBackReferenceSkipsPassingEvent(t *testing.T) {
	body := "Salas had a long phone conversation with Reyes. In particular, the two presidents discussed the outcomes of the January 2023 Chilean-Peruvian summit in Lima. They recalled the treaty. They discussed trade. The meeting also included an exchange of views on security."
	for _, m := range Extract(story("", intro+body)) {
		if strings.HasPrefix(m.Source.Sentence, "The meeting") {
			assert.False(t, m.When != nil && m.When.Value == "2023-01", "several sentences later, not the summit told in passing")
		}
		if m.Kind == timeline.Call {
			assert.False(t, m.When != nil && m.When.Value == "2023-01", "a call takes no meeting's date: they are not one event")
		}
	}
	near := "Salas met Reyes in Lima in January. The meeting lasted three hours."
	for _, m := range Extract(story("", intro+near)) {
		if strings.HasPrefix(m.Source.Sentence, "The meeting") {
			assert.Equal(t, "2023-01", m.When.Value, "right after it, the meeting told before")
		}
	}
}

// An aside set off by dashes between a subject and its verb lists who the
// subject is ("The leaders of three Andean nations - Chile, Peru and
// Bolivia - will meet"); when the subject is a format's members, the
// event is the format's session, dated and planned by its own clause.
func TestDashAsideSubject(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"the members an aside lists", "The leaders of three Andean nations - Chile, Peru and Bolivia - will meet in Lima on Friday.",
			"meeting|Bolivia,Chile,Peru|planned|Lima 2023-03-10..2023-03-10"},
		{"a format's members", "Foreign ministers of the Quad countries - the United States, Japan, India and Australia - will meet in Tokyo on Saturday.",
			"summit|Australia,India,Japan,United States|planned|Tokyo 2023-03-11..2023-03-11"},
		{"an aside about the subject", "Salas - who is on a tour of South America - will meet Reyes in Lima on Friday.",
			"meeting|Pedro Salas,Tomas Reyes|planned|Lima 2023-03-10..2023-03-10"},
	})
	got := datedLead(intro + "Foreign ministers of the Quad countries - the United States, Japan, India and Australia - will meet in Tokyo on Saturday.")
	assert.Len(t, got, 1, "one event: the format's session")
}

// "They", "the two leaders", "the leaders" opening a clause that attends a
// session stand for the people of the event told before; a verb that may
// speak of the session ("addressed") makes no one its party.
func TestPluralSubjectAttendsSession(t *testing.T) {
	const lead = "Salas and Reyes will hold talks in Lima on Friday. "
	runDatedCases(t, intro+lead, []datedCase{
		{"the two leaders", "The two leaders will also attend a summit of the Andean Community on March 20.",
			"summit|Andean Community,Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"the leaders", "The leaders will also attend a summit of the Andean Community on March 20.",
			"summit|Andean Community,Pedro Salas,Tomas Reyes|planned| 2023-03-20..2023-03-20"},
		{"they, a format", "They will then attend the G20 summit in Bali on March 20.",
			"summit|G20,Pedro Salas,Tomas Reyes|planned|Bali 2023-03-20..2023-03-20"},
	})
	for _, m := range datedLead(intro + lead + "They also addressed the war and the G20 summit in Bali on March 20.") {
		if strings.HasPrefix(m, "summit|") {
			assert.NotContains(t, m, "Pedro Salas", "addressed: spoke of it")
		}
	}
}

// "Chilean-Peruvian talks will continue in an expanded format": the event
// told before goes on, and is that event; with none told before, the talks
// are news of their own.
func TestContinuationIsTheEventToldBefore(t *testing.T) {
	got := datedLead(intro + "Salas met Reyes in Lima on Friday. Chilean-Peruvian talks will continue in an expanded format with the participation of the delegations.")
	assert.Equal(t, []string{
		"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03",
		"meeting|Pedro Salas,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03",
	}, got)
	got = datedLead("Chilean-Peruvian talks will continue in Lima on March 20.")
	assert.Equal(t, []string{"talks|Chile,Peru|planned|Lima 2023-03-20..2023-03-20"}, got)
}

// "Met a delegation led by X": X, who heads it, is the other party, as in
// "received a delegation from Peru led by X".
func TestDelegationLedBy(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"a delegation led by", "Salas met a delegation led by Peruvian Foreign Minister Rosa Vega in Santiago on Friday.",
			"meeting|Pedro Salas,Rosa Vega|occurred|Santiago 2023-03-03..2023-03-03"},
		{"a high-level delegation headed by", "Salas received a high-level delegation headed by Peruvian Foreign Minister Rosa Vega on Friday.",
			"meeting|Pedro Salas,Rosa Vega|occurred| 2023-03-03..2023-03-03"},
	})
}

// The parties of an event in a phrase of "during" or "in" are the subject
// that opens the sentence, as after "after" ("A and B agreed … during a
// 90-minute phone call"); "ministers from the G7 nations met" is a session
// of the G7.
func TestAdjunctEventAndOrgNations(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"during a call", "Salas and Reyes agreed to keep channels open during a 90-minute phone call on Friday.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"in a call", "Salas and Reyes agreed on new trade rules in a lengthy phone call on Friday.",
			"call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"},
		{"ministers from an organisation's nations", "Foreign ministers from the Group of Seven nations met in Lima on Thursday.",
			"summit|G7|occurred|Lima 2023-03-02..2023-03-02"},
	})
}

// Who takes part in a body's session is a party beside the body and those
// named after it ("participated in the APEC Leaders' Meeting hosted by
// X"); the owner of an event written "X's" is its party whatever governs
// the name ("preparations for X's upcoming visit").
func TestAttendeeAndOwnerAfterAPreposition(t *testing.T) {
	assert.Contains(t, mentionsOf(t, "Salas participated in the Asia-Pacific Economic Cooperation (APEC) Virtual Leaders' Meeting hosted by Reyes on Friday."),
		"summit|APEC,Pedro Salas,Tomas Reyes|occurred|")
	assert.Contains(t, leadBriefs(intro+"They reviewed preparations for Reyes's upcoming visit to Chile in June."),
		"visit|Chile,Tomas Reyes|planned|")
}

// "A and B spoke by phone on Monday and agreed to meet in person in
// March": the verb joined after "and" shares the subject, and the phone
// cue of the first clause does not make the planned meeting a call; the
// two are two events. "Will receive X" is a meeting as "received X" is.
func TestJoinedPlanAfterACall(t *testing.T) {
	got := datedLead(intro + "Salas and Reyes spoke by phone on Friday and agreed to meet in person in April.")
	assert.Contains(t, got, "call|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned| 2023-04-01..2023-04-30")
	assert.Contains(t, datedLead(intro+"Reyes will receive Salas at the Government Palace on Thursday."),
		"meeting|Pedro Salas,Tomas Reyes|planned| 2023-03-09..2023-03-09")
}

// An invitation accepted later in the sentence ("…, and X accepted the
// invitation") is a planned event; "the two leaders" stand for two heads
// told before, not for a trip to a country.
func TestInvitationAcceptedLater(t *testing.T) {
	got := datedLead(intro + "Salas and Reyes spoke by phone on Friday. Salas invited Reyes to visit Chile next year, and Reyes accepted the invitation. The two leaders also agreed to meet in Quito.")
	assert.Contains(t, got, "visit|Chile,Tomas Reyes|planned| 2024-01-01..2024-12-31")
	assert.NotContains(t, got, "meeting|Chile,Tomas Reyes|planned|Quito undated")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|Quito undated")
	assert.NotContains(t, datedLead(intro+"Salas invited Reyes to visit Chile next year."), "visit|Chile,Tomas Reyes|planned| 2024-01-01..2024-12-31")
}

// A format's session "co-chaired by A and B", written after its place and
// date, has A and B for parties.
func TestFormatSessionChairedBy(t *testing.T) {
	got := leadBriefs("Chile and Peru held the inaugural session of the Chile-Peru Strategic Dialogue in Lima on Friday, co-chaired by Chilean Foreign Minister Ana Cruz and Peruvian Foreign Minister Rosa Vega.")
	found := false
	for _, m := range got {
		found = found || strings.Contains(m, "Ana Cruz") && strings.Contains(m, "Rosa Vega")
	}
	assert.True(t, found, "%v", got)
}

// "Held separate talks with the prime ministers of A and B", "will meet A
// and B separately": one event per counterpart.
func TestSeparateEvents(t *testing.T) {
	got := leadBriefs(intro + "Salas held separate talks with the foreign ministers of Bolivia and Ecuador in Lima on Friday.")
	assert.Contains(t, got, "talks|Bolivia,Pedro Salas|occurred|Lima")
	assert.Contains(t, got, "talks|Ecuador,Pedro Salas|occurred|Lima")
	got = leadBriefs(intro + "Salas will meet Reyes and Bolivian President Luis Arce separately on Friday.")
	assert.Contains(t, got, "meeting|Pedro Salas,Tomas Reyes|planned|")
	assert.Contains(t, got, "meeting|Luis Arce,Pedro Salas|planned|")
}

// A verb of start or end before the measured noun ("ended two days of
// talks on Friday", "began three days of talks on Monday") says which of
// its days the date is.
func TestGatheringLengthByTheVerbBefore(t *testing.T) {
	runDatedCases(t, intro, []datedCase{
		{"ended", "Salas and Reyes ended two days of talks in Geneva on Friday.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Geneva 2023-03-02..2023-03-03"},
		{"wrapped up", "Salas and Reyes wrapped up two days of talks in Geneva on Friday.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Geneva 2023-03-02..2023-03-03"},
		{"concluded two-day", "Salas and Reyes concluded two-day talks in Geneva on Friday.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Geneva 2023-03-02..2023-03-03"},
		{"will start", "Salas and Reyes will start three days of talks in Geneva on Wednesday.",
			"talks|Pedro Salas,Tomas Reyes|planned|Geneva 2023-03-08..2023-03-10"},
		{"no such verb: one day", "Salas and Reyes held two days of talks in Geneva on Friday.",
			"talks|Pedro Salas,Tomas Reyes|occurred|Geneva 2023-03-03..2023-03-03"},
	})
}

// A summit one person hosts or attends, dated in its own clause, is a
// gathering even when no other party is named; one with no date of its
// own, one spoken at, and one only proposed ("an initiative to convene a
// summit") are not.
func TestDatedSummitTakenPart(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"will host", "Chilean President Pedro Salas will host a peace summit in Santiago on Saturday.",
			"summit|Pedro Salas|planned|Santiago 2023-03-11..2023-03-11"},
		{"hosted", "Chilean President Pedro Salas hosted a summit in Santiago on Friday.",
			"summit|Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"},
		{"attended", "Chilean President Pedro Salas attended a regional summit in Quito on Friday.",
			"summit|Pedro Salas|occurred|Quito 2023-03-03..2023-03-03"},
		{"a conference", "Chilean President Pedro Salas will attend an international conference on Gaza in Cairo on Saturday.",
			"summit|Pedro Salas|planned|Cairo 2023-03-11..2023-03-11"},
	})
	for _, body := range []string{
		"Chilean President Pedro Salas hosted a summit in Santiago.",
		"Chilean President Pedro Salas spoke at a summit in Santiago on Friday.",
		"Chilean President Pedro Salas backed Peru's initiative to convene a summit in 2025.",
	} {
		for _, m := range datedLead(body) {
			assert.NotContains(t, m, "summit|", body)
		}
	}
}

// A banquet is a meal like a dinner: the people at table meet; one
// "given by" a host has the host as a party, as one "hosted by" does. A
// welcoming ceremony for a guest is the host's meeting with the guest.
func TestBanquetsAndWelcomeCeremonies(t *testing.T) {
	runCapabilities(t, []capability{
		{"a banquet hosted by", "Salas attended a state banquet hosted by Reyes on Tuesday.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a banquet given by", "Salas attended a banquet given by Reyes.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a welcoming ceremony", "Reyes held a welcoming ceremony for Salas in Lima.",
			[]string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a banquet of no one named", "The banquet was attended by three hundred guests.", nil},
		{"a prize given by", "Salas received a prize given by the university.", nil},
	})
}

// "Leaders from" countries are their people as "leaders of" them are, and
// a host who welcomes them at a gathering, as for one, makes one event,
// the gathering.
func TestHostedAtAGathering(t *testing.T) {
	got := datedLead(intro + "Salas hosted leaders from Bolivia, Ecuador and Colombia at a regional summit in Santiago on Friday.")
	assert.Equal(t, []string{"summit|Bolivia,Colombia,Ecuador,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"}, got)
	got = datedLead(intro + "Salas met leaders from Bolivia and Ecuador in Santiago on Friday.")
	assert.Equal(t, []string{"meeting|Bolivia,Ecuador,Pedro Salas|occurred|Santiago 2023-03-03..2023-03-03"}, got)
	got = datedLead(intro + "Salas hosted Reyes on Friday. He spoke at a conference in Santiago on Saturday.")
	assert.Equal(t, []string{"meeting|Pedro Salas,Tomas Reyes|occurred| 2023-03-03..2023-03-03"}, got, "another clause's gathering")
}

// "With A and B in attendance" after a gathering names some of those at
// it: the gathering is theirs, and stays a summit with two named.
func TestInAttendance(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"in attendance", "A summit of Andean leaders opened in Quito on Friday, with Chilean President Pedro Salas and Peruvian President Tomas Reyes in attendance.",
			"summit|Pedro Salas,Tomas Reyes|occurred|Quito 2023-03-03..2023-03-03"},
		{"present", "A summit of Andean leaders opened in Quito on Friday with Chilean President Pedro Salas present.",
			"summit|Pedro Salas|occurred|Quito 2023-03-03..2023-03-03"},
	})
	assert.Empty(t, datedLead("A summit of Andean leaders opened in Quito on Friday, with talks on trade expected."), "no one named")
}

// A summit of two held at a distance is a call, as a virtual meeting is;
// a body's virtual summit stays a summit. "A one-on-one" and "a
// pull-aside" are meetings.
func TestRemoteBilateralSummits(t *testing.T) {
	runCapabilities(t, []capability{
		{"virtual summit with", "Salas held a virtual summit with Reyes on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"online summit of two", "Salas and Reyes held an online summit on Monday.", []string{"call|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a summit in person", "Salas held a summit with Reyes in Lima on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|Lima"}},
		{"a body's virtual summit", "Salas attended the virtual summit of the Andean Community on Monday.", []string{"summit|Andean Community,Pedro Salas|occurred|"}},
		{"a one-on-one", "Salas held a one-on-one with Reyes on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
		{"a pull-aside", "Salas held a brief pull-aside with Reyes on the margins of the assembly on Monday.", []string{"meeting|Pedro Salas,Tomas Reyes|occurred|"}},
	})
}

// People coming together for a gathering ("gathered on Friday in Lima for
// the Andean Community summit") are that gathering, on the day of their
// coming together; an event on its bare sidelines told next is of that
// day.
func TestGatheredForASummit(t *testing.T) {
	got := datedLead("The presidents of Bolivia, Ecuador and Peru gathered on Friday in Lima for the Andean Community summit. " +
		"Peruvian President Tomas Reyes held bilateral talks with his Bolivian counterpart Luis Arce on the sidelines.")
	assert.Equal(t, []string{
		"summit|Andean Community,Bolivia,Ecuador,Peru|occurred|Lima 2023-03-03..2023-03-03",
		"talks|Luis Arce,Tomas Reyes|occurred|Lima 2023-03-03..2023-03-03",
	}, got)
}

// A body two sides hold together, named by their hyphened pair ("the
// EU-Chile Association Council held its 15th meeting"), meets as the two
// sides, and the people said to have chaired it take their sides'
// places; an association of one country is no such body.
func TestJointBodies(t *testing.T) {
	runDatedCases(t, "", []datedCase{
		{"joint body and chairs", "The EU-Peru Association Council held its 15th meeting in Brussels on Friday, chaired by EU High Representative Ana Gil and Peruvian Foreign Minister Rosa Vega.",
			"meeting|Ana Gil,Rosa Vega|occurred|Brussels 2023-03-03..2023-03-03"},
		{"joint commission", "The Chile-Peru Joint Commission met in Lima on Friday.",
			"meeting|Chile,Peru|occurred|Lima 2023-03-03..2023-03-03"},
	})
	assert.Empty(t, datedLead("The Peru Football Association Council met in Lima on Friday."), "one country's body")
}

// A named gathering no table knows, its name opened by a hyphened pair
// ("the Chile-Peru Strategic Dialogue"), is held by that pair; "the next
// round of" it is its own session, not the event told before; and a
// relative clause that says it will convene dates and places it, though
// the sentence only discussed its preparations.
func TestNamedDialogueOfAPair(t *testing.T) {
	const lead = "Chilean Foreign Minister Ana Cruz met Peruvian Foreign Minister Rosa Vega in Santiago on Monday. "
	for _, c := range []struct{ name, body, want string }{
		{"the next round of it", "The next round of the Chile-Peru Strategic Dialogue will take place in Lima in June.", "talks|Chile,Peru|planned|Lima 2023-06-01..2023-06-30"},
		{"a relative clause that convenes it", "They also discussed preparations for the Chile-Peru Strategic Dialogue, which will convene in Lima in June.", "talks|Chile,Peru|planned|Lima 2023-06-01..2023-06-30"},
		{"the next round of the talks told", "The next round of the talks will take place in Lima in June.", "talks|Ana Cruz,Rosa Vega|planned|Lima 2023-06-01..2023-06-30"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := datedLead(lead + c.body)
			assert.Contains(t, got, c.want)
			assert.Contains(t, got, "meeting|Ana Cruz,Rosa Vega|occurred|Santiago 2023-03-06..2023-03-06", "the meeting told before keeps its day and place")
			assert.NotContains(t, got, "meeting|Ana Cruz,Rosa Vega|occurred|Lima 2023-03-06..2023-03-06", "no report of it in Lima")
		})
	}
}

// A grouping of states the tables do not know, named where a
// gathering's session or members are ("a ministerial meeting of the
// Lima Group"), is the gathering's body; a company's group is not named
// so.
func TestUnknownGroupings(t *testing.T) {
	runCapabilities(t, []capability{
		{"a meeting of the group", "Salas attended a ministerial meeting of the Quito Group in Lima on Friday.", []string{"summit|Pedro Salas,Quito Group|occurred|Lima"}},
		{"a contact group on a topic", "Salas attended a meeting of the Contact Group on Haiti in Lima on Friday.", []string{"summit|Contact Group,Pedro Salas|occurred|Lima"}},
		{"a company's chairman", "Salas met the chairman of the Andes Mining Group in Lima on Friday.", nil},
		{"its members as the subject", "Foreign ministers of the Quito Group met in Lima on Friday.", []string{"summit|Quito Group|occurred|Lima"}},
	})
	for _, m := range Extract(story("", intro+"Salas attended a ministerial meeting of the Quito Group in Lima on Friday.")) {
		for _, p := range m.Participants {
			if p.Name == "Quito Group" {
				assert.Equal(t, timeline.OrganizationParty, p.Type, "a grouping is an organisation")
			}
		}
	}
}
