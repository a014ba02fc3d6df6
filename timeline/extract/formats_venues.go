package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file makes the mentions of named formats ("the NATO-Russia
// Council") and of organisations named as venues of diplomacy ("talks at
// the OSCE").

// formatDraft adds the mention of a named format unless the sentence only
// talks about it as a topic ("discussed the dialogue on strategic stability").
// aheadModifiers, right before a format's name, make its session one
// still to come: "the upcoming NATO Summit in Vilnius".
var aheadModifiers = vocab.Set("ahead-modifiers")

func (x *extraction) formatDraft(ui int, e entity) {
	u := &x.units[ui]
	if topicBefore(u, e.Lo) {
		return
	}
	for k := len(x.drafts) - 1; k >= 0 && x.drafts[k].unit == ui; k-- {
		if x.drafts[k].m.Format == e.Format.Name && !x.drafts[k].venue {
			return // the party of a call or meeting of this sentence
		}
	}
	if e.Hi < len(u.toks) && formatNotEventAfter[u.toks[e.Hi].Lower] {
		return
	}
	for k := e.Lo - 1; k >= 0 && k >= e.Lo-3; k-- {
		if formatNotEventBefore[u.toks[k].Lower] {
			return
		}
	}
	d := &draft{unit: ui, lo: e.Lo, hi: e.Hi, venue: true}
	d.m.Kind = e.Format.Kind
	d.m.Format = e.Format.Name
	d.why.kind = formatKindReason(u, e)
	d.ahead = e.Lo > 0 && aheadModifiers[u.toks[e.Lo-1].Lower]
	if v, n := attendingVerb(u, e); v >= 0 && !isNegated(u, v) { // ("said he would not attend the Summit of the Americas")
		// "Putin took part in a session of the CSTO Collective Security
		// Council": the subject attends the session.
		verb := joinText(u.toks[v : v+n])
		if owner := infinitiveOwner(u, v); owner != nil {
			// "welcomed Peru's plan to host the APEC summit": Peru's
			d.m.Participants = x.resolveParties(&d.why, []party{{*owner, because("party/plan-owner", u.surface(*owner), verb)}}, nil)
		} else if left := leftGroup(u, v); len(left) > 0 {
			d.m.Participants = x.resolveParties(&d.why, partiesOf(left, func(a entity) reason {
				return because("party/attends", u.surface(a), verb)
			}), nil)
		} else if implied := x.impliedSubject(ui, v, v+n, nil, ""); len(implied) > 0 {
			// "she will attend the Munich Security Conference"
			d.m.Participants = x.resolveParties(&d.why, implied, nil)
		} else if presenceVerbs[u.toks[v].Lower] && pluralSubject(u, subjectWord(u, v)) {
			// "The two leaders will also attend the G20 summit": the
			// people of the event told before (only after a verb of
			// attending proper: "they addressed the Peace Summit" may
			// speak of it)
			if prev := x.pluralAntecedent(d, u); prev != nil {
				for _, p := range prev.m.Participants {
					if p.Type == timeline.PersonParty {
						x.addParty(d, p, because("party/plural-antecedent", p.Name, u.toks[subjectWord(u, v)].Text))
					}
				}
			}
		}
		// ("the possibility of holding a summit in the Normandy format"
		// is no session attended; "held the first meetings of the Normandy
		// format working groups" is the meetings', reported by their word)
		d.attended = len(d.m.Participants) > 0 && !genericMention(u, v, v+n) && !hypotheticalMention(u, v) && !triggerBetween(u, v+n, e.Lo)
		if s, _ := sidelinesEventBefore(u, e); s == v {
			d.sidelines = v + 1
		}
	}
	included := "" // the future phrase of an inclusion, which makes it planned
	if people, phrase := includedPeople(u, e.Hi); len(people) > 0 {
		// "a Summit of the Alliance for Development …, which will include
		// President A of Costa Rica, President B of …": who takes part
		for _, p := range x.participants(nil, people) {
			if p.Type == timeline.PersonParty {
				x.addParty(d, p, because("party/included", p.Name, phrase))
			}
		}
		d.attended = len(d.m.Participants) > 0
		if strings.HasPrefix(phrase, "which will ") || strings.HasPrefix(phrase, "that will ") {
			included = phrase
		}
	}
	if people, phrase := presentPeople(u, e.Hi); len(people) > 0 {
		// "the UN General Assembly adopted a resolution, with Mr Dahl in
		// attendance"
		for _, p := range x.participants(nil, people) {
			if p.Type == timeline.PersonParty {
				x.addParty(d, p, because("party/present", p.Name, phrase))
			}
		}
		d.attended = len(d.m.Participants) > 0
	}
	if k := participleAfter(u, e.Hi); k > 0 {
		// "the inaugural session of the U.S.-Kenya Strategic Dialogue in
		// Washington on March 12, co-chaired by A and B": who chaired it
		for _, p := range x.resolveParties(&d.why, participleParties(u, k), nil) {
			if p.Type == timeline.PersonParty {
				x.addParty(d, p, because("party/participle", p.Name, u.toks[k].Text))
			}
		}
		d.attended = len(d.m.Participants) > 0
	}
	if d.attended && e.Hi+1 < len(u.toks) && u.toks[e.Hi].Lower == "with" && u.entAt[e.Hi+1] > 0 {
		// "will hold the India-Japan Strategic Dialogue with Foreign
		// Minister X": the other side, by name
		with := partiesOf(forwardGroup(u, e.Hi+1, 0), func(a entity) reason { return because("party/with", u.surface(a), "with") })
		for _, p := range x.resolveParties(&d.why, with, nil) {
			x.addParty(d, p, because("party/with", p.Name, "with"))
		}
	}
	x.formatMembers(d, u, e)
	d.cue, d.cueWord = x.statusCue(u, e.Lo, e.Hi, false)
	if d.cue == timeline.Cancelled && absentFrom(u, e.Lo) {
		// "pulled out of the APEC summit": one member stays away; the
		// gathering is not called off (and the sentence tells of it
		// nothing but the absence)
		d.cue, d.cueWord = "", ""
	}
	if d.cue == "" && included != "" {
		d.cue, d.cueWord = timeline.Planned, included
	}
	if d.cue == "" && isNegated(u, e.Lo) {
		return
	}
	d.m.Place, d.why.place = x.place(u, e.Lo, e.Hi)
	x.drafts = append(x.drafts, d)
}

// sessionBodies end the name of an organisation that is itself a
// gathering (vocab's session-bodies).
var sessionBodies = vocab.Set("session-bodies")

// sessionParts and sessionFillers may stand between the verb and the
// organisation, the first naming a session (vocab's session-parts and
// session-fillers); bareAttendVerbs attend a session with no word of
// session-parts (vocab's bare-attend-verbs).
var (
	sessionParts    = vocab.Set("session-parts")
	sessionFillers  = vocab.Set("session-fillers")
	bareAttendVerbs = vocab.Set("bare-attend-verbs")
	// presenceVerbs say only that their subject is present at a session
	// (vocab's presence-verbs).
	presenceVerbs = vocab.Set("presence-verbs")
)

// isSessionBody reports an organisation that is itself a gathering: its
// canonical name ends with a word of session-bodies ("the UN General
// Assembly", "UNSC" for the UN Security Council).
func isSessionBody(e entity) bool {
	return e.Kind == entOrg && sessionBodies[strings.ToLower(lastWord(e.Name))]
}

// maxSessionAttendReach is how many words may stand between a verb of
// attending and the organisation whose session it is: "attending the
// opening week of the UN General Assembly".
const maxSessionAttendReach = 8

// attendedSession reads an organisation that is a gathering (its name
// ends with a word of session-bodies) attended in its clause: "will attend
// the UN General Assembly", "before attending the opening week of the
// UNGA"; or any organisation on whose sidelines an event is held: "met on
// the margins of the G20". It returns the organisation as a format whose sessions are
// summits and whose party it is; ok is false otherwise.
func attendedSession(u *unit, e entity) (entity, bool) {
	if !isSessionBody(e) {
		if e.Kind == entOrg {
			if v, _ := sidelinesEventBefore(u, e); v >= 0 {
				// "met on the margins of the G20": only a gathering has
				// sidelines, so the organisation names its session
				return sessionFormatOf(e), true
			}
		}
		return entity{}, false
	}
	v := attendVerbBefore(u, e.Lo)
	if v < 0 || e.Lo-v > maxSessionAttendReach {
		if addressVerbBefore(u, e) >= 0 {
			return sessionFormatOf(e), true // "told the UN General Assembly"
		}
		if v, _ := sidelinesEventBefore(u, e); v >= 0 {
			return sessionFormatOf(e), true // "met on the sidelines of the UN General Assembly"
		}
		return entity{}, false
	}
	_, n := attendVerbs.match(u.toks, v)
	named := false // a word that names a session: "the opening week of"
	for k := v + n; k < e.Lo; k++ {
		w := u.toks[k].Lower
		if !sessionParts[w] && !sessionFillers[w] {
			return entity{}, false // "attended a dinner with members of the Council": the dinner's guests
		}
		named = named || sessionParts[w]
	}
	if triggerBetween(u, v+n, e.Lo) {
		return entity{}, false // "chaired a session of the Council": the event word's
	}
	if !named && !bareAttendVerbs[u.toks[v].Lower] {
		return entity{}, false // "is chairing the Security Council this October": its presidency
	}
	return sessionFormatOf(e), true
}

// sessionVerbs, right after such an organisation, say that it sat
// (vocab's session-verbs).
var sessionVerbs = vocab.Set("session-verbs")

// sessionModals may stand between a gathering and its verb of sitting,
// which is then in the base form: "will meet", "is to convene" reads "to".
var sessionModals = vocab.Set("session-modals")

// sittingSession reads an organisation that is a gathering as the subject
// of a verb of sitting: "the UN Security Council adopted a resolution on
// 25 March", "the European Council met in Brussels on Thursday", "will
// meet on December 14" (an adverb may stand between: "unanimously
// adopted"). Not before "with":
// "the Council met with the envoy" is a meeting with it. It returns the
// organisation as a format whose sessions are summits; ok is false
// otherwise. (The session is kept only with a date of its own clause: see
// keep.)
func sittingSession(u *unit, e entity) (entity, bool) {
	if !isSessionBody(e) || e.Hi >= len(u.toks) {
		return entity{}, false
	}
	k := e.Hi
	for n := 0; n < 2 && sessionModals[u.toks[k].Lower] && k+1 < len(u.toks); n++ {
		k++ // "the European Council will meet on December 14", "is to convene"
	}
	if strings.HasSuffix(u.toks[k].Lower, "ly") && k+1 < len(u.toks) {
		k++ // "unanimously adopted"
	}
	if !sessionVerbs[u.toks[k].Lower] || k+1 < len(u.toks) && withWords[u.toks[k+1].Lower] {
		return entity{}, false
	}
	return sessionFormatOf(e), true
}

// datedSession reads an organisation that is a gathering named with the
// date of its session before it, after "the": "ahead of the December
// European Council", "at the September UN General Assembly" — that
// session, a summit dated by it. ok is false otherwise.
func datedSession(u *unit, e entity) (entity, bool) {
	if !isSessionBody(e) || e.Lo < 2 || !u.inTx[e.Lo-1] {
		return entity{}, false
	}
	k := e.Lo - 1
	for k > 0 && u.inTx[k-1] {
		k--
	}
	if k == 0 || u.toks[k-1].Lower != "the" {
		return entity{}, false
	}
	return sessionFormatOf(e), true
}

// sessionFormatOf is the organisation e as a format whose sessions are
// summits: the format the table gives its sessions, if any.
func sessionFormatOf(e entity) entity {
	f := e
	f.Kind = entFormat
	f.Format = sessionFormats[e.Name]
	if f.Format == nil || f.Format.Kind != timeline.Summit {
		f.Format = &format{Name: e.Name, Kind: timeline.Summit, Parties: []string{e.Name}}
	}
	return f
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// triggerBetween reports an event word among toks[lo:hi], other than one
// that describes a format named right after it ("a ministerial UN Security
// Council debate").
func triggerBetween(u *unit, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if u.toks[k].Mask&firstTrigger != 0 {
			if _, n := lex.triggers.match(u.toks, k); n > 0 && !modifiesFormat(u, k+n) {
				return true
			}
		}
	}
	return false
}

// inclusionPhrases say, in a relative clause after a gathering's name, who
// takes part in it: "…, which will include President A, President B".
var inclusionPhrases *phraseTable[bool]

func init() { inclusionPhrases = phraseSet(vocab.List("inclusion-phrases")) }

// maxNameTail is how many words of a gathering's name, past those read,
// may stand before the relative clause of inclusionPhrases.
const maxNameTail = 8

// includedPeople reads, after a gathering's name ending at hi (and its
// abbreviation in brackets), a relative clause of inclusionPhrases and
// the people it lists with a title ("President Carlos Alvarado of Costa
// Rica"); it returns them and the phrase.
func includedPeople(u *unit, hi int) ([]entity, string) {
	k := hi
	// the rest of a long name and its abbreviation: "… in Democracy (ADD)"
	for k < len(u.toks) && k < hi+maxNameTail && u.toks[k].Text != "," && (u.toks[k].Cap || !u.toks[k].Word || u.toks[k].Lower == "in" || u.toks[k].Lower == "of") && !u.brk[k] {
		k++
	}
	if k+1 >= len(u.toks) || u.toks[k].Text != "," || (u.toks[k+1].Lower != "which" && u.toks[k+1].Lower != "that") {
		return nil, ""
	}
	k += 2
	_, n := inclusionPhrases.match(u.toks, k)
	if n == 0 {
		return nil, ""
	}
	phrase := joinText(u.toks[k-1 : k+n])
	var people []entity
	for _, e := range u.ents {
		if e.Lo < k+n {
			continue
		}
		if u.brk[e.Lo] {
			break
		}
		if e.Kind == entPerson && e.Titled && !e.Reporter {
			people = append(people, e)
		}
	}
	return people, phrase
}

// ownerAfter is the organisation or country whose gathering the name
// before hi is: "of the OSCE", "by the African Union"; nil for none.
func ownerAfter(u *unit, hi int) *entity {
	if hi+1 >= len(u.toks) || (u.toks[hi].Lower != "of" && u.toks[hi].Lower != "by") {
		return nil
	}
	k := hi + 1
	if u.toks[k].Lower == "the" {
		k++
	}
	if k >= len(u.toks) || u.entAt[k] == 0 {
		return nil
	}
	e := u.ents[u.entAt[k]-1]
	if e.Kind != entOrg && e.Kind != entCountry {
		return nil
	}
	return &e
}

// attendingVerb finds the verb of someone taking part in the session of
// the format e: the event held on its sidelines (sidelinesEventBefore), a
// verb of attending (attendVerbBefore) or of speaking at it
// (addressVerbBefore). It returns the verb's first word and its length, or
// -1.
func attendingVerb(u *unit, e entity) (int, int) {
	if v, n := sidelinesEventBefore(u, e); v >= 0 {
		// "held talks with X on the sidelines of …": the event held
		// there, not the verb that holds it
		return v, n
	}
	if v := attendVerbBefore(u, e.Lo); v >= 0 {
		_, n := attendVerbs.match(u.toks, v)
		return v, n
	}
	if v := addressVerbBefore(u, e); v >= 0 {
		return v, 1
	}
	return -1, 0
}

// attendVerbBefore finds, a few words before a format's name at lo, the
// verb of someone taking part in its session ("took part in an
// extraordinary session of the …", "chaired the …"): the index of the
// verb's first word, or -1.
func attendVerbBefore(u *unit, lo int) int {
	for k := lo - 1; k >= 0 && k >= lo-maxAttendReach; k-- {
		if u.brk[k] {
			return -1
		}
		if u.toks[k].Cap && k > 0 && !u.headline {
			continue // "Chair of the African Union": a title, no verb, inside a sentence
		}
		if _, n := attendVerbs.match(u.toks, k); n > 0 && k+n <= lo {
			return k
		}
	}
	return -1
}

// attendVerbs are the verbs of taking part in a meeting of a format
// (vocab's attend-verbs), built in init once the tokenizer's tables are
// ready (see genericCues).
var attendVerbs *phraseTable[bool]

func init() { attendVerbs = phraseSet(vocab.List("attend-verbs")) }

// maxAttendReach is how many words before a format's name the verb of
// attending may stand in its clause ("took part in an extraordinary
// session of the …", "joined leaders of ASEAN member states and
// representatives from Australia, … and Russia during the annual …").
const maxAttendReach = 40

// topicWords before a format make it the topic of a conversation, not an
// event of its own.
var topicWords = vocab.Set("topic-words")

func topicBefore(u *unit, lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-5; k-- {
		t := u.toks[k]
		if topicWords[t.Lower] {
			return true
		}
		if t.Text == "," || clauseOpeners[t.Lower] {
			return false
		}
	}
	return false
}

// formatMembers gives d, the session of format e, the format's members
// as the tables list them; a gathering no table knows, those its
// sentence names: the organisation or country after it ("the Conference
// on the Human Dimension of the OSCE") and the hyphened pair its name
// opens with ("the U.S.-Kenya Strategic Dialogue").
func (x *extraction) formatMembers(d *draft, u *unit, e entity) {
	for _, p := range e.Format.Parties {
		x.addParty(d, groupParticipant(p), because("party/format-member", p, e.Format.Name))
	}
	if len(e.Format.Parties) > 0 {
		return
	}
	if o := ownerAfter(u, e.Hi); o != nil {
		x.addParty(d, hostOf(*o), because("party/with", u.surface(*o), u.toks[e.Hi].Text))
	}
	for _, p := range pairBeforeName(u, e) {
		x.addParty(d, groupParticipant(p.Name), p.why)
	}
}

// diplomacyWords in a sentence make "at the OSCE" a venue of talks.
var diplomacyWords = vocab.Set("diplomacy-words")

// venuePrepositions introduce an organisation as the place of talks.
var venuePrepositions = vocab.Set("venue-prepositions")

// venueDrafts adds a talks mention for each organisation named as a venue
// of diplomacy in a sentence that also names formats or talks: "… with the
// Strategic Stability Dialogue, at NATO through the NATO-Russia Council, and
// at the OSCE". An organisation whose list item also names a format ("at
// NATO through the NATO-Russia Council") is that format's venue, not an
// event of its own. The venue's other parties are the countries of the
// formats listed with it, else the countries the sentence names.
func (x *extraction) venueDrafts(ui, from int) {
	u := &x.units[ui]
	cue := false
	for k := range u.toks {
		if u.toks[k].Mask&firstDiplomacy != 0 { // diplomacyWords[t.Lower], precomputed
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	var countriesOfFormats []string
	for _, d := range x.drafts[from:] {
		if d.m.Format != "" {
			for _, p := range d.m.Participants {
				if p.Type == timeline.CountryParty {
					countriesOfFormats = appendUnique(countriesOfFormats, p.Name)
				}
			}
		}
	}
	for k, e := range u.ents {
		if e.Kind != entOrg || e.Lo == 0 {
			continue
		}
		if !venuePrepositions[u.toks[wordBeforeName(u, e.Lo)].Lower] {
			continue
		}
		// A format in the same list item makes the organisation its venue.
		ownFormat := false
		for j := k + 1; j < len(u.ents); j++ {
			if u.ents[j].Kind == entFormat && !hasComma(u.toks[e.Hi:u.ents[j].Lo]) {
				ownFormat = true
			}
			break
		}
		if ownFormat {
			continue
		}
		others := countriesOfFormats
		if len(others) == 0 {
			for _, o := range u.ents {
				if o.Kind == entCountry || o.Kind == entRole && o.Side {
					others = appendUnique(others, o.Country)
				}
			}
		}
		if len(others) == 0 {
			continue
		}
		d := &draft{unit: ui, lo: e.Lo, hi: e.Hi, venue: true}
		d.m.Kind = timeline.Talks
		d.m.Format = e.Name
		d.why.kind = because("kind/venue", u.surface(e))
		venue := groupParticipant(e.Name)
		d.m.Participants = append(d.m.Participants, venue)
		d.why.partyBecause(venue.Name, because("party/venue", e.Name))
		for _, c := range others {
			p := groupParticipant(c)
			d.m.Participants = append(d.m.Participants, p)
			d.why.partyBecause(p.Name, because("party/venue-country", p.Name))
		}
		d.cue, d.cueWord = x.statusCue(u, e.Lo, e.Hi, false)
		x.drafts = append(x.drafts, d)
	}
}

func hasComma(toks []token) bool {
	for _, t := range toks {
		if t.Text == "," || t.Text == ";" {
			return true
		}
	}
	return false
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// orgMembers reports an entity that names the members of an
// organisation: the organisation after a phrase of member-phrases ("Leaders
// of the Group of Seven"), or the organisation's office in the plural
// ("ASEAN foreign ministers", "Foreign ministers of ASEAN").
func orgMembers(u *unit, e entity) bool {
	switch {
	case e.Kind == entOrg:
		return membersOf(u, e.Lo)
	case e.Kind == entRole && !e.Side && orgNames[e.Country]:
		return slices.ContainsFunc(u.toks[e.Lo:e.Hi], func(t token) bool { return pluralRoleNouns[t.Lower] })
	}
	return false
}

// membersOf reports a phrase of member-phrases and "of" (and "the")
// before token k: "Leaders of the Group of Seven", "Foreign ministers of
// ASEAN".
func membersOf(u *unit, k int) bool {
	of := k - 1
	if of > 1 && u.toks[of-1].Lower == "the" {
		if _, ok := resolve.CountByName(u.toks[of].Lower); ok {
			of-- // "Foreign ministers of the 27 EU member states"
		}
	}
	if of > 0 && u.toks[of].Lower == "the" {
		of--
	}
	if of < 1 || u.toks[of].Lower != "of" && u.toks[of].Lower != "from" {
		return false // ("Foreign ministers from the Group of Seven nations")
	}
	for j := max(0, of-5); j < of; j++ {
		if _, n := memberPhrases.match(u.toks, j); n > 0 && j+n == of {
			return true
		}
	}
	return false
}

// maxParticipleReach is how many words after a format's name its
// participle of hosting or chairing may stand: "… Strategic Dialogue in
// Washington on March 12, co-chaired by A and B".
const maxParticipleReach = 12

// participleAfter finds, after a format's name ending at hi and in its
// clause, a participle of host-participles or session-participles with
// "by" after it: its index, or -1.
func participleAfter(u *unit, hi int) int {
	for k := hi; k+1 < len(u.toks) && k <= hi+maxParticipleReach; k++ {
		w := u.toks[k].Lower
		if (hostParticiples[w] || sessionParticiples[w]) && u.toks[k+1].Lower == "by" {
			return k
		}
		if u.brk[k] || u.toks[k].Text == ";" || u.toks[k].Text == "." {
			return -1
		}
	}
	return -1
}

// infinitiveOwner finds the owner of a plan whose infinitive is the verb at
// v: "Peru's plan to host", "Chile's bid to attend" (a noun of plan-nouns
// after a possessive). nil for none.
func infinitiveOwner(u *unit, v int) *entity {
	if v < 4 || u.toks[v-1].Lower != "to" || !planNouns[u.toks[v-2].Lower] || !possessiveMarkAt(u, v-3) || u.entEnd[v-4] == 0 {
		return nil
	}
	e := u.ents[u.entEnd[v-4]-1]
	if !allSides([]entity{e}) {
		return nil
	}
	return &e
}

// planNouns name a plan, an offer or a decision to do something (vocab's
// plan-nouns).
var planNouns = vocab.Set("plan-nouns")
