package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file finds who takes part in an event: the names before and after
// its trigger, the subject of the sentence when the trigger has none, and
// their resolution against the article's cast.

// leftGroup finds the subject of a trigger: the nearest run of names before
// it in its clause ("Biden and Putin", "US President and his Ukrainian
// counterpart", "Russian-Serbian").
func leftGroup(u *unit, lo int) []entity {
	k := lo - 1
	skipped := 0
	for k >= 0 {
		if u.entEnd[k] > 0 {
			break
		}
		t := u.toks[k]
		if t.Text == "," {
			// Only a comma that sets off a date ("Biden, on Thursday, held")
			// may be crossed: others end an apposition or a phrase.
			if !(k > 0 && (u.inTx[k-1] || u.toks[k-1].Text == ")") || k+1 < len(u.toks) && u.inTx[k+1]) {
				return nil
			}
		} else if !subjectSkip[t.Lower] && !eventAdjectives[t.Lower] && !u.inTx[k] {
			if _, side := genericRoles[t.Lower]; !side {
				return nil
			}
		}
		if skipped++; skipped > 8 {
			return nil
		}
		k--
	}
	if k < 0 {
		return nil
	}
	var group []entity
	listed := false // an "and" joined the last item of a list
	serial := false // a comma inside the list was crossed: "A, B and C"
	for k >= 0 {
		e := u.ents[u.entEnd[k]-1]
		if e.Kind == entPlace || e.Kind == entFormat {
			break
		}
		group = append(group, e)
		k = e.Lo - 1
		if g, ok := titleRunBefore(u, k); ok {
			k = g // "…, and Assistant Secretary of Defense for … Chris Maier"
		}
		glue, comma, and := 0, false, false
		for k >= 0 && u.entEnd[k] == 0 && groupGlue[u.toks[k].Lower] && glue < 3 {
			comma = comma || u.toks[k].Text == ","
			and = and || u.toks[k].Lower == "and" || u.toks[k].Text == "&"
			k--
			glue++
		}
		// "In Israel, Mr. Sullivan will meet …": a comma alone ends the
		// subject; "Russian and US officials" and "Russian-Serbian" go on,
		// and so does a list whose last item came after "and" ("A, B, C,
		// and D held a call"), unless the item before the comma is the
		// object of a preposition ("In Israel, A and B met").
		if k < 0 || u.entEnd[k] == 0 || glue == 0 {
			break
		}
		// A headline writes "Russia, Ukraine hold talks" for "and".
		listed = listed || and || comma && u.headline
		if comma && !and {
			prev := u.ents[u.entEnd[k]-1]
			// The head of a serial list ("advisers from A, B, C and D")
			// is in the list whatever stands before it; a single name
			// before a comma is not ("In Israel, A and B met").
			headed := prev.Lo > 0 && (objectMarkers[u.toks[prev.Lo-1].Lower] || placePrepositions[u.toks[prev.Lo-1].Lower])
			if !listed || headed && !serial {
				break
			}
			serial = true
		}
	}
	// Text order.
	for i, j := 0, len(group)-1; i < j; i, j = i+1, j-1 {
		group[i], group[j] = group[j], group[i]
	}
	return group
}

// rightGroup finds the other party after a trigger: after "with",
// "between" or "among" a few words on, or as the direct object of a verb
// that takes one ("met Putin").
func (x *extraction) rightGroup(u *unit, hi int, info triggerInfo) (group []entity, with, direct bool) {
	for k, steps := hi, 0; k < len(u.toks) && steps < 8; k, steps = k+1, steps+1 {
		t := u.toks[k]
		if info.Convertible && info.Base && t.Lower == "to" && steps == 0 {
			// "spoke to President X": a conversation with a person; "spoke
			// to reporters" names nobody and is no event.
			g := forwardGroup(u, k+1, 1)
			if len(g) > 0 && g[0].party() &&
				!(g[len(g)-1].Hi < len(u.toks) && u.toks[g[len(g)-1].Hi].Lower == "'s") { // "spoke to X's concerns"
				return g, true, false
			}
			return nil, false, false
		}
		if withWords[t.Lower] || info.Kind == timeline.Call && t.Lower == "from" || info.Kind == timeline.Summit && t.Lower == "of" {
			g := forwardGroup(u, k+1, 4)
			if len(g) == 0 && info.Kind != timeline.Summit {
				if f := leadingFormat(u, k+1, 4); f != nil {
					g = []entity{*f}
				}
			}
			return g, true, false
		}
		if info.Object && (steps == 0 || steps == 1 && u.toks[k-1].Lower == "the") && u.entAt[k] > 0 && !info.Destination {
			e := u.ents[u.entAt[k]-1]
			possessive := e.Hi < len(u.toks) && u.toks[e.Hi].Lower == "'s"
			if !possessive && e.individual() {
				return forwardGroup(u, k, 0), false, true
			}
		}
		if u.inTx[k] || t.Lower == "on" && k+1 < len(u.toks) && u.inTx[k+1] {
			continue
		}
		if end := channelAside(u, k); end > k {
			k = end // "had a meeting, via videoconference, with X"
			continue
		}
		if rightStops[t.Text] || rightStops[t.Lower] || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return nil, false, false
		}
		if _, n := lex.triggers.match(u.toks, k); n > 0 {
			return nil, false, false
		}
	}
	return nil, false, false
}

// channelAside reports an aside set off by commas that says how people
// talked ("…, via videoconference, …", "…, by telephone, …"), when token
// k is its opening comma: the index of its closing comma, else -1. A
// reader passes over it to find the other party after it.
func channelAside(u *unit, k int) int {
	if u.toks[k].Text != "," || k+2 >= len(u.toks) || !channelOpeners[u.toks[k+1].Lower] {
		return -1
	}
	remote := channelWords[u.toks[k+1].Lower]
	for j := k + 1; j < len(u.toks) && j <= k+maxChannelAside+1; j++ {
		switch t := u.toks[j]; {
		case t.Text == "," && j > k+1:
			if !remote {
				return -1 // "…, in particular, with": not about the channel
			}
			return j
		case u.entAt[j] > 0 || !t.Word && t.Text != "-":
			return -1 // a name or a mark: not a short aside on the channel
		case remoteCues[t.Lower] || channelWords[t.Lower]:
			remote = true
		}
	}
	return -1
}

// channelOpeners open an aside on how a conversation was held: "via
// videoconference", "by phone", "in video format", "over the phone",
// "online". The aside must also name the channel (a remote cue or one of
// channelWords).
var channelOpeners = vocab.Set("channel-openers")

// channelWords name a way of talking at a distance that remoteCues lack.
var channelWords = vocab.Set("channel-words")

// maxChannelAside is the most words such an aside has.
const maxChannelAside = 4

// titleRunBefore passes back over a long title that the title tables do
// not know, written before a name in a list ("Dr. A, General B, and
// Assistant Secretary of Defense for Special Operations and Low-Intensity
// Conflict C"): capitalised words and their connectors, ending at token
// k, preceded by a comma or "and" that follows another name. It returns
// that comma or "and".
func titleRunBefore(u *unit, k int) (int, bool) {
	if k < 1 || u.toks[k].Text == "," || u.toks[k].Lower == "and" {
		return 0, false // no title: the list's own glue
	}
	for j, n := k, 0; j >= 1 && n < maxTitleRun; j, n = j-1, n+1 {
		t := u.toks[j]
		if t.Text == "," || t.Lower == "and" {
			p := j - 1
			for p >= 0 && u.entEnd[p] == 0 && (u.toks[p].Text == "," || u.toks[p].Lower == "and") {
				p--
			}
			if j < k && p >= 0 && u.entEnd[p] > 0 {
				return j, true
			}
			if t.Text == "," {
				return 0, false
			}
			continue
		}
		if u.entEnd[j] > 0 || !(t.Cap && t.Word || titleConnectors[t.Lower]) {
			return 0, false
		}
	}
	return 0, false
}

// titleConnectors join the words of a title: "Secretary of Defense for
// Special Operations and Low-Intensity Conflict".
var titleConnectors = vocab.Set("title-connectors")

// maxTitleRun is the longest title titleRunBefore passes over.
const maxTitleRun = 14

// forwardGroup collects a list of names starting at or a few words after k.
// A name after a comma joins the list only when the list goes on after it
// ("with Biden, Macron and Scholz"), so that the subject of a main clause
// ("During a call with X, President Biden expressed …") is not taken.
func forwardGroup(u *unit, k, skip int) []entity {
	for s := 0; k < len(u.toks) && u.entAt[k] == 0 && s < skip; s++ {
		t := u.toks[k]
		if rightStops[t.Text] || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return nil
		}
		k++
	}
	var group []entity
	for k < len(u.toks) && u.entAt[k] > 0 {
		e := u.ents[u.entAt[k]-1]
		if e.Kind == entFormat {
			break
		}
		group = append(group, e)
		k = e.Hi
		sawComma, sawAnd := false, false
		glue := 0
		for k < len(u.toks) && u.entAt[k] == 0 && groupGlue[u.toks[k].Lower] && glue < 3 {
			if u.toks[k].Text == "," {
				sawComma = true
			} else if u.toks[k].Lower == "and" || u.toks[k].Text == "&" || u.toks[k].Lower == "as" {
				sawAnd = true
			}
			k++
			glue++
		}
		if glue == 0 || k >= len(u.toks) || u.entAt[k] == 0 {
			break
		}
		if sawComma && !sawAnd {
			// A list of names that ends the sentence or headline without
			// "and" ("Call with A, B, C") takes its last item too.
			next := u.ents[u.entAt[k]-1]
			atEnd := next.Hi >= len(u.toks) || u.toks[next.Hi].Text == "."
			if !(atEnd && len(group) >= 2) && (next.Hi >= len(u.toks) || !listContinues(u.toks[next.Hi])) {
				break
			}
		}
	}
	return group
}

// leadingFormat returns the named format that opens the group at or a few
// words after k ("with the leaders of the Bucharest Nine"), or nil.
func leadingFormat(u *unit, k, skip int) *entity {
	for s := 0; k < len(u.toks) && u.entAt[k] == 0 && s < skip; s++ {
		t := u.toks[k]
		if rightStops[t.Text] || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return nil
		}
		k++
	}
	if k < len(u.toks) && u.entAt[k] > 0 {
		if e := u.ents[u.entAt[k]-1]; e.Kind == entFormat {
			return &e
		}
	}
	return nil
}

func listContinues(t token) bool {
	return t.Text == "," || t.Lower == "and" || t.Text == "&"
}

// afterDestination are the lower-case words that may follow a visited
// country; any other lower-case word makes the country word an adjective.
var afterDestination = vocab.Set("after-destination")

// destination finds the place or country visited: "visited Moscow", "a
// visit to France", "arrived in Sochi", "trip to the White House".
func destination(u *unit, hi int) *entity {
	for k, s := hi, 0; k < len(u.toks) && s < 4; k, s = k+1, s+1 {
		if u.entAt[k] > 0 {
			e := u.ents[u.entAt[k]-1]
			if e.Kind == entCountry && e.Adj && e.Hi < len(u.toks) && u.toks[e.Hi].Word && !afterDestination[u.toks[e.Hi].Lower] {
				return nil // "visit Russian gas giant Gazprom": an adjective
			}
			switch e.Kind {
			case entPlace, entCountry, entOrg, entPerson:
				return &e
			case entRole:
				if !e.Side {
					return &e
				}
			}
			return nil
		}
		switch u.toks[k].Lower {
		case "to", "in", "the", "a", "an", "of", "by":
			continue
		}
		if u.inTx[k] {
			continue
		}
		return nil
	}
	return nil
}

// impliedSubject finds the party of an event whose subject is not next to
// its trigger:
//   - a sentence-initial phrase ("During a call with X, President Biden
//     said …") takes the subject after its comma;
//   - otherwise the nearest person before the trigger in the sentence
//     ("…, says President Zelenskyy after call with Biden");
//   - "his visit to X": the owner is the nearest person before it who is
//     not at home in X (a visitor comes from elsewhere);
//   - "He will meet X": the person a pronoun subject stands for (see
//     pronounSubject);
//   - in a first-person quotation, the person quoted.
//
// home is the country of the place visited, "" for other events.
func (x *extraction) impliedSubject(ui, lo, hi int, right []entity, home string) []entity {
	u := &x.units[ui]
	toks := u.toks
	if e := relativeAntecedent(u, lo); e != nil && !inGroup(*e, right) {
		return []entity{*e}
	}
	if len(toks) > 0 && prepositionOpeners[toks[0].Lower] {
		end := hi
		for _, e := range right {
			if e.Hi > end {
				end = e.Hi
			}
		}
		for k := end; k < len(toks) && k < end+12; k++ {
			if toks[k].Text == "," {
				if g := forwardGroup(u, k+1, 1); len(g) > 0 && !g[0].Reporter {
					return g[:1]
				}
				break
			}
		}
	}
	// "his talks with X": the owner is the subject of the sentence; "his
	// visit to X": the nearest person who does not live in X.
	for k := lo - 1; k >= 0 && k >= lo-5 && !u.brk[k]; k-- {
		if !possessives[toks[k].Lower] && !possessedModifier(toks, k) {
			break // "his party out pending meetings": "his" owns "party"
		}
		if possessives[toks[k].Lower] {
			if home != "" {
				for j := len(u.ents) - 1; j >= 0; j-- {
					e := u.ents[j]
					if e.Hi <= lo && e.subjectParty() && x.countryOf(e) != home {
						return []entity{e}
					}
				}
				return nil
			}
			for _, e := range u.ents {
				if e.Hi <= lo && e.subjectParty() {
					return []entity{e}
				}
			}
			break
		}
	}
	if k := subjectWord(u, lo); k >= 0 && firstPersonSubjects[toks[k].Lower] && (toks[k].Lower != "i" || toks[k].Text == "I") {
		// "I will meet with X": the speaker, never another person of the
		// sentence ("I met with A, and tomorrow I will meet with B").
		if s := x.firstPersonSpeaker(ui); s != nil {
			return []entity{*s}
		}
		return nil
	}
	for k := len(u.ents) - 1; k >= 0; k-- {
		e := u.ents[k]
		if e.Hi > lo || !e.subjectParty() || inGroup(e, right) {
			continue
		}
		if e.Lo > 0 && objectMarkers[toks[e.Lo-1].Lower] {
			continue // the object of something else: "met with X, and …"
		}
		if home != "" && x.countryOf(e) == home {
			continue // the host, not the visitor
		}
		return []entity{e}
	}
	if p := x.pronounSubject(ui, lo, right); p != nil {
		return []entity{*p}
	}
	// A country or organisation opening the sentence is its subject:
	// "Peru opened negotiations with Bolivia".
	if len(u.ents) > 0 {
		e := u.ents[0]
		if e.Lo <= 1 && e.Hi <= lo && (e.Kind == entCountry || e.Kind == entOrg || e.Kind == entRole) && !inGroup(e, right) {
			return []entity{e}
		}
	}
	if firstPerson(toks) {
		if s := x.firstPersonSpeaker(ui); s != nil {
			return []entity{*s}
		}
	}
	return nil
}

// bodySubject is the first person, other than the party other, who is
// the subject of one of the first sentences of the body, as a
// participant.
func (x *extraction) bodySubject(other timeline.Participant) (timeline.Participant, bool) {
	seen := 0
	for j := range x.units {
		p := &x.units[j]
		if p.headline {
			continue
		}
		if seen++; seen > bodySubjectReach {
			break
		}
		if e, _ := x.sentenceSubject(p); e != nil {
			if ps := x.participants([]entity{*e}, nil); len(ps) == 1 && ps[0].Type == timeline.PersonParty && ps[0].Name != other.Name {
				return ps[0], true
			}
		}
	}
	return timeline.Participant{}, false
}

// bodySubjectReach is how many sentences of the body bodySubject reads.
const bodySubjectReach = 3

// definiteOfficeAt reads "the President", "the Vice President", "the
// Prime Minister" ending at token k: the normalised role and the index of
// "the".
func definiteOfficeAt(u *unit, k int) (role string, the int, ok bool) {
	if k >= 2 && u.toks[k-2].Lower == "the" {
		if role, ok := definiteOffices[u.toks[k-1].Lower+" "+u.toks[k].Lower]; ok {
			return role, k - 2, true
		}
	}
	if k >= 1 && u.toks[k-1].Lower == "the" {
		if role, ok := definiteOffices[u.toks[k].Lower]; ok {
			return role, k - 1, true
		}
	}
	return "", 0, false
}

// firstPersonPair reads "Chancellor Scholz and I just had a meeting":
// the person named, and the speaker "I" stands for (see
// firstPersonSpeaker), as the subject of the event word at lo. nil when
// the subject is not of that form or the speaker is unknown.
func (x *extraction) firstPersonPair(ui, lo int) []entity {
	u := &x.units[ui]
	k := subjectWord(u, lo)
	if k < 2 || u.toks[k].Text != "I" || u.toks[k-1].Lower != "and" || u.entEnd[k-2] == 0 {
		return nil
	}
	e := u.ents[u.entEnd[k-2]-1]
	if !e.subjectParty() || !clauseStart(u, e.Lo) {
		return nil
	}
	s := x.firstPersonSpeaker(ui)
	if s == nil || x.sameCastMember(e, []entity{*s}) {
		return nil
	}
	return []entity{*s, e}
}

// relativeAntecedent is the person a relative clause opening just before
// the event word at lo is about: in "talks with President X, who arrived
// in Moscow on a working visit" X is the visitor, although X is the object
// of the main clause. nil when there is no such clause.
func relativeAntecedent(u *unit, lo int) *entity {
	k := lo - 1
	for k >= 0 && subjectSkip[u.toks[k].Lower] {
		k--
	}
	// "X, who is in Russia on a working visit": the place of the visit
	// stands between the pronoun and the visit.
	if k >= 2 && u.entEnd[k] > 0 && k+1 < lo && u.toks[k+1].Lower == "on" {
		if e := u.ents[u.entEnd[k]-1]; (e.Kind == entPlace || e.Kind == entCountry) && e.Lo >= 2 && u.toks[e.Lo-1].Lower == "in" {
			k = e.Lo - 2
			for k >= 0 && subjectSkip[u.toks[k].Lower] {
				k--
			}
		}
	}
	if k < 2 || u.toks[k].Lower != "who" || u.toks[k-1].Text != "," || u.entEnd[k-2] == 0 {
		return nil
	}
	e := u.ents[u.entEnd[k-2]-1]
	if !e.subjectParty() {
		return nil
	}
	return &e
}

// possessedModifier reports whether toks[k] may stand between a possessive
// and the event noun it owns: an auxiliary-like or adjective word of
// subjectSkip, a word of eventModifiers, or a part of a hyphenated
// compound ("its top-level visit").
func possessedModifier(toks []token, k int) bool {
	t := toks[k]
	if t.Text == "-" || subjectSkip[t.Lower] || eventModifiers[t.Lower] {
		return true
	}
	return k+1 < len(toks) && toks[k+1].Text == "-" || k > 0 && toks[k-1].Text == "-"
}

// eventModifiers are adjectives of an event noun after a possessive:
// "his recent visit", "her current trip", "their upcoming talks".
var eventModifiers = vocab.Set("event-modifiers")

// countryOf is the country of a person entity, from the entity or from the
// article's cast.
func (x *extraction) countryOf(e entity) string {
	if e.Country != "" {
		return e.Country
	}
	if e.Kind == entPerson {
		if m := x.cast.find(e); m != nil {
			return m.Country
		}
	}
	return ""
}

// pronounReach is how many sentences back a pronoun subject is resolved.
const pronounReach = 2

// pronounSubject resolves a pronoun that is the subject of the event word
// at lo ("He is expected to meet the Emir", "She later met X"): the first
// person named in the nearest earlier sentence of the body that names one,
// other than the event's other party. The first person of a sentence is
// most often its subject, and English carries a subject on with "he".
func (x *extraction) pronounSubject(ui, lo int, right []entity) *entity {
	u := &x.units[ui]
	k := subjectWord(u, lo)
	if k < 0 {
		return nil
	}
	if role, the, ok := definiteOfficeAt(u, k); ok {
		if the > 0 && !(u.brk[the-1] || u.toks[the-1].Text == ",") {
			return nil
		}
		return x.soleHolder(role, right)
	}
	if !personalPronouns[u.toks[k].Lower] {
		return nil
	}
	if !clauseStart(u, k) {
		return nil // "told him", "with her": not a subject
	}
	return x.pronounReferent(ui, right)
}

// pronounReferent is the person a pronoun subject stands for: the
// subject of the nearest earlier sentence of the body whose subject is a
// person other than the event's other parties. A sentence whose own
// subject is a pronoun passes the search on to the one before it ("Bush
// arrived. After a pause, he spoke. Then he met …" → Bush); a sentence
// with another kind of subject uses up one of pronounReach steps.
func (x *extraction) pronounReferent(ui int, right []entity) *entity {
	others := map[string]bool{}
	for _, e := range right {
		others[e.Name] = true
	}
	steps := 0
	for j := ui - 1; j >= 0 && j >= ui-pronounChain && steps < pronounReach; j-- {
		p := &x.units[j]
		if p.headline {
			break
		}
		e, pronoun := x.sentenceSubject(p)
		switch {
		case pronoun:
			continue
		case e != nil && !others[e.Name] && !x.sameCastMember(*e, right):
			return e
		}
		steps++
	}
	return nil
}

// pronounChain is how many sentences back a chain of pronoun subjects may
// be followed.
const pronounChain = 5

// sentenceSubject finds the subject of a sentence: a person named at its
// start ("King Olaf Berg of Norway arrived", "The Norwegian monarch met")
// or after an opening phrase set off by a comma ("Also today, King …",
// "After a pause, he …"). pronoun reports a pronoun subject.
func (x *extraction) sentenceSubject(p *unit) (e *entity, pronoun bool) {
	at := func(k int) (*entity, bool, bool) {
		for k < len(p.toks) && subjectLeaders[p.toks[k].Lower] {
			k++
		}
		if k >= len(p.toks) {
			return nil, false, false
		}
		if personalPronouns[p.toks[k].Lower] {
			return nil, true, true
		}
		if i := p.entAt[k]; i > 0 {
			e := p.ents[i-1]
			if e.subjectParty() {
				return &e, false, true
			}
			return nil, false, true
		}
		return nil, false, false
	}
	if e, pro, ok := at(0); ok {
		return e, pro
	}
	for k := 1; k < len(p.toks) && k < 16; k++ {
		if p.toks[k].Text == "," {
			e, pro, _ := at(k + 1)
			return e, pro
		}
	}
	return nil, false
}

// clauseStart reports whether token k opens its clause, subjectLeaders
// aside: "He met", "…, he met", "Then he met".
func clauseStart(u *unit, k int) bool {
	if k > 0 && subjectLeaders[u.toks[k-1].Lower] {
		k--
	}
	return k == 0 || u.brk[k-1] || u.toks[k-1].Text == ","
}

// subjectLeaders may stand before the subject of a sentence.
var subjectLeaders = vocab.Set("subject-leaders")

// soleHolder is the one person of the article's cast who holds role and is
// not among the other parties; nil when there is none or more than one.
func (x *extraction) soleHolder(role string, right []entity) *entity {
	var found *castMember
	for _, m := range x.cast.order {
		if m.Role != role || m.Reporter {
			continue
		}
		if x.sameCastMember(entity{Kind: entPerson, Name: m.Name, Key: m.Key}, right) {
			continue
		}
		if found != nil {
			return nil
		}
		found = m
	}
	if found == nil {
		return nil
	}
	return &entity{Kind: entPerson, Name: found.Name, Key: found.Key, Role: found.Role, Country: found.Country, Titled: true}
}

// subjectWord is the index of the word in subject position before the
// event word at lo: the first one, going back, that is not an auxiliary,
// adverb or date ("He is expected to meet"); -1 for none.
func subjectWord(u *unit, lo int) int {
	k := lo - 1
	for k >= 0 && (subjectSkip[u.toks[k].Lower] || eventAdjectives[u.toks[k].Lower] || u.inTx[k]) {
		k--
	}
	return k
}

// eventAdjectives describe an event between its verb and its noun: "had a
// very productive meeting", "held lengthy talks".
var eventAdjectives = vocab.Set("event-adjectives")

// firstPersonSubjects are the pronouns that make the speaker of a
// quotation the subject of an event word.
var firstPersonSubjects = vocab.Set("first-person-subjects")

// pronounPartner resolves a pronoun that opens the subject group of an
// event word together with a name: "He and Palestinian leader X meet …".
func (x *extraction) pronounPartner(ui int, left, right []entity) *entity {
	if len(left) == 0 {
		return nil
	}
	u := &x.units[ui]
	k := left[0].Lo - 1
	if k < 1 || u.toks[k].Lower != "and" || !personalPronouns[u.toks[k-1].Lower] {
		return nil
	}
	if k-1 > 0 && !(u.brk[k-2] || u.toks[k-2].Text == ",") {
		return nil
	}
	return x.pronounReferent(ui, append(append([]entity(nil), left...), right...))
}

// sameCastMember reports whether e names the same person as one of group.
func (x *extraction) sameCastMember(e entity, group []entity) bool {
	m := x.cast.find(e)
	if m == nil {
		return false
	}
	for _, g := range group {
		if g.Kind == entPerson && x.cast.find(g) == m {
			return true
		}
	}
	return false
}

// possessives before an event noun name its owner: "his talks with X".
var possessives = vocab.Set("possessives")

// objectMarkers before a name make it the object of another word, not a
// possible subject.
var objectMarkers = vocab.Set("object-markers")

func inGroup(e entity, group []entity) bool {
	for _, g := range group {
		if g.Lo == e.Lo {
			return true
		}
	}
	return false
}

// quoteReach is how many sentences of a paragraph are searched for the
// attribution of a quotation.
const quoteReach = 4

// referenceWindow is how many mentions before and after a mention are
// searched for the one it refers to. References are local; the bound keeps
// a huge article linear.
const referenceWindow = 40

// window returns the bounds of the drafts within referenceWindow of i.
func (x *extraction) window(i int) (lo, hi int) {
	lo, hi = i-referenceWindow, i+referenceWindow+1
	if lo < 0 {
		lo = 0
	}
	if hi > len(x.drafts) {
		hi = len(x.drafts)
	}
	return lo, hi
}

var firstPersonWords = vocab.Set("first-person-words")

func firstPerson(toks []token) bool {
	for _, t := range toks {
		if firstPersonWords[t.Lower] && (t.Lower != "us" || t.Text == "us") && (t.Text != "I" || true) {
			if t.Lower == "i" && t.Text != "I" {
				continue
			}
			return true
		}
	}
	return false
}

// firstPersonSpeaker is who "I" and "we" stand for in unit ui: the person
// quoted (see quoteSpeaker), else the author the headline names
// ("Statement by President Biden on …"). nil when none is known.
// Transcripts' speaker labels ("Vladimir Putin: …") are not read: in the
// transcripts at hand they are glued to section titles often enough to
// give wrong names, and their events are told in the lead as well.
func (x *extraction) firstPersonSpeaker(ui int) *entity {
	if s := x.quoteSpeaker(ui); s != nil {
		return s
	}
	return x.headlineAuthor()
}

// headlineAuthor is the person a headline names as the author of the
// text: "Statement by President Biden on …", "Remarks of X", "Address by
// X". nil for other headlines and for spokespeople.
func (x *extraction) headlineAuthor() *entity {
	if len(x.units) == 0 || !x.units[0].headline {
		return nil
	}
	u := &x.units[0]
	for k := 0; k+2 < len(u.toks) && k < 4; k++ {
		if !authoredBy(u, k) || u.entAt[k+2] == 0 {
			continue
		}
		e := u.ents[u.entAt[k+2]-1]
		if !e.party() {
			return nil
		}
		return &e
	}
	return nil
}

// authoredBy reports "Statement by", "Remarks of" at token k of a
// headline: the names after it are the text's authors.
func authoredBy(u *unit, k int) bool {
	return authoredTexts[u.toks[k].Lower] && authorWords[u.toks[k+1].Lower]
}

// authoredTexts name a text written or spoken in the first person by the
// person named after authorWords.
var (
	authoredTexts = vocab.Set("authored-texts")
	authorWords   = vocab.Set("author-words")
)

// quoteSpeaker finds who is quoted in the paragraph of unit ui: the person
// next to a reporting verb in this or a following sentence of the
// paragraph ("… of Ukraine," Zelenskyy said in a tweet).
func (x *extraction) quoteSpeaker(ui int) *entity {
	para := x.units[ui].para
	for j := ui; j < len(x.units) && j < ui+quoteReach && x.units[j].para == para; j++ {
		u := &x.units[j]
		for k, t := range u.toks {
			if !reportingVerbs[t.Lower] {
				continue
			}
			for _, e := range u.ents {
				if e.party() && (e.Hi == k || e.Hi == k-1 || e.Lo == k+1) {
					return &e
				}
			}
		}
	}
	return nil
}

// participants resolves the two sides of an event against the article's
// cast. "his Ukrainian counterpart" takes the office of the person on the
// other side. A country drops out when a person of that country takes part.
func (x *extraction) participants(left, right []entity) []timeline.Participant {
	var out []timeline.Participant
	role := func(group []entity) string {
		for _, e := range group {
			if e.Kind == entPerson || e.Kind == entRole && !e.Counter {
				if p, ok := x.cast.participant(e, ""); ok && p.Type == timeline.PersonParty && p.Role != "" {
					return p.Role
				}
				if e.Role != "" {
					return e.Role
				}
			}
		}
		return ""
	}
	lr, rr := role(left), role(right)
	for _, e := range left {
		if p, ok := x.cast.participant(e, rr); ok {
			out = addParticipant(out, p)
		}
	}
	for _, e := range right {
		if p, ok := x.cast.participant(e, lr); ok {
			out = addParticipant(out, p)
		}
	}
	return dropRepresented(out)
}

func addParticipant(list []timeline.Participant, p timeline.Participant) []timeline.Participant {
	if p.Name == "" {
		return list
	}
	for i, q := range list {
		if q.Name == p.Name {
			if list[i].Role == "" {
				list[i].Role = p.Role
			}
			if list[i].Country == "" {
				list[i].Country = p.Country
			}
			return list
		}
	}
	return append(list, p)
}

// dropRepresented removes countries and organisations that a person of
// theirs already stands for.
func dropRepresented(ps []timeline.Participant) []timeline.Participant {
	out := ps[:0:0]
	for _, p := range ps {
		if p.Type != timeline.PersonParty {
			represented := false
			for _, q := range ps {
				if q.Type == timeline.PersonParty && q.Country == p.Name {
					represented = true
				}
			}
			if represented {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// fillOffices gives an office to the one person of the article who can
// hold it: when the text speaks of "the President of Russia" or "the
// Russian leader" and no one of the cast is known to hold that office for
// that country, the single cast member of unknown country whose role is
// unknown or the same takes it. A Kremlin item names "Vladimir Putin" and
// later "the President of Russia"; a readout names "President Biden" and
// later "the U.S. President". With two or more candidates nothing is
// guessed, and an office named as the object of a preposition ("Advisor
// to the President of Turkey", "talks with the Russian President") is not
// taken as said of the article's people.
func fillOffices(c *cast, units []unit, sents [][]entity) {
	for i, ents := range sents {
		toks := units[i].toks
		for _, e := range ents {
			if e.Kind != entRole || e.Side || e.Counter || e.Reporter || e.Role == "" || e.Country == "" || orgNames[e.Country] {
				continue
			}
			k := e.Lo - 1
			if k >= 0 && toks[k].Lower == "the" {
				k--
			}
			if k >= 0 && (objectMarkers[toks[k].Lower] || placePrepositions[toks[k].Lower]) {
				continue
			}
			if c.byRole(e.Role, e.Country, e.Head) != nil {
				continue
			}
			var only *castMember
			n := 0
			for _, m := range c.order {
				if m.Reporter || m.Country != "" || m.Role != "" && m.Role != e.Role || !strings.Contains(m.Name, " ") {
					continue
				}
				only = m
				n++
			}
			if n == 1 {
				only.Role, only.Country, only.Head = e.Role, e.Country, e.Head
			}
		}
	}
}
