package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file resolves who a pronoun, an office ("the President") or a
// first-person word stands for: the subject of an earlier sentence, the
// one holder of the office, the person quoted, the headline's author.

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
	s := x.firstPersonSpeaker(ui, k)
	if s == nil || x.sameCastMember(e, []entity{*s}) {
		return nil
	}
	return []entity{*s, e}
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
	office, the, ok := definiteOfficeAt(u, k)
	if !ok {
		office, the, ok = bareOfficeAt(u, k)
	}
	if ok {
		possessive := k+1 < lo && possessiveMarkAt(u, k+1)
		if the > 0 && !(u.brk[the-1] || u.toks[the-1].Text == ",") && !possessive {
			return nil // (but "discussed the President's visit": the office holder's)
		}
		if h := x.soleHolder(office, right); h != nil {
			return h
		}
		return x.unheldOrgHead(ui, k, office, right)
	}
	if honorificReference(u, k) {
		k-- // "His Highness also received X": as "he"
	} else if !personalPronouns[u.toks[k].Lower] {
		return nil
	}
	if !clauseStart(u, k) {
		return nil // "told him", "with her": not a subject
	}
	if k > 0 {
		// "X attended the funeral in Lima, where he met Y": a pronoun
		// inside the sentence stands for the person its own subject names
		if e, pronoun := x.sentenceSubject(u); e != nil && !pronoun && e.Hi <= k && !inGroup(*e, right) && !x.sameCastMember(*e, right) {
			return e
		}
	}
	return x.pronounReferent(ui, right)
}

// honorificReferences, after "His" or "Her", stand for a person named
// before, as "he" does (vocab's honorific-references).
var honorificReferences = vocab.Set("honorific-references")

// honorificReference reports "His Highness", "Her Majesty" ending at k
// with no name after it: a reference to a person the article named.
func honorificReference(u *unit, k int) bool {
	if k < 1 || !honorificReferences[u.toks[k].Lower] || u.entAt[k] > 0 || u.entAt[k-1] > 0 {
		return false
	}
	if w := u.toks[k-1].Lower; w != "his" && w != "her" {
		return false
	}
	return k+1 >= len(u.toks) || !u.toks[k+1].Cap || !u.toks[k+1].Word
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
		e, pronoun := x.sentenceSubject(p)
		if p.headline {
			// "On December 6, Vladimir Putin will visit India", then "It
			// is expected that during the talks with X, …": the person the
			// headline is about, when no sentence of the body named one.
			if e != nil && !pronoun && !others[e.Name] && !x.sameCastMember(*e, right) {
				return e
			}
			break
		}
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
		if k < len(p.toks) && p.entAt[k] > 0 && p.ents[p.entAt[k]-1].subjectParty() {
			// a name whose office opens it: "The head of Spanish
			// diplomacy, José Manuel Albares, will …"
			e := p.ents[p.entAt[k]-1]
			return &e, false, true
		}
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
		// "The Secretary will then travel …": the one person of the
		// article who holds the office.
		for n := 0; n <= 2 && k+n < len(p.toks); n++ {
			if office, _, ok := definiteOfficeAt(p, k+n); ok {
				return x.soleHolder(office, nil), false, true
			}
		}
		return nil, false, false
	}
	if e, pro, ok := at(0); ok {
		return e, pro
	}
	for k := 1; k < len(p.toks) && k < 16; k++ {
		if p.toks[k].Text == "," {
			// "On Wednesday, 19 April, Mr Cassis …": an opening phrase
			// may hold commas of its own; the subject follows the first
			// comma that a name or pronoun follows.
			if e, pro, ok := at(k + 1); ok {
				return e, pro
			}
		}
	}
	return nil, false
}

// clauseStart reports whether token k opens its clause, subjectLeaders
// aside: "He met", "…, he met", "Then he met".
func clauseStart(u *unit, k int) bool {
	for k > 0 && u.inTx[k-1] {
		k-- // "Two days later he met …": an opening date
	}
	if k > 0 && subjectLeaders[u.toks[k-1].Lower] {
		k--
	}
	return k == 0 || u.brk[k-1] || u.toks[k-1].Text == ","
}

// subjectLeaders may stand before the subject of a sentence.
var subjectLeaders = vocab.Set("subject-leaders")

// soleHolder is the one person of the article's cast whom office stands
// for, other than the other parties; nil when there is none or more than
// one. A person whose written title holds the office noun ("Secretary of
// State Blinken" for "the Secretary") is looked for first, then one who
// holds one of its roles ("the Minister": a person titled Foreign
// Minister).
func (x *extraction) soleHolder(office definiteOffice, right []entity) *entity {
	titled := func(m *castMember) bool {
		for _, o := range m.Offices {
			if strings.Contains(" "+o+" ", " "+office.noun+" ") || len(office.noun) >= 2 && abbreviates(office.noun, o) {
				return true // (or "EAM" for "External Affairs Minister")
			}
		}
		return false
	}
	for _, holds := range []func(*castMember) bool{
		titled,
		func(m *castMember) bool { return slices.Contains(office.roles, m.Role) },
	} {
		found, several := x.soleCastMember(holds, right)
		if several {
			// Two of them: the one the headline names, when it names
			// one, is the person the release is about ("Federal
			// Councillor X to visit Morocco … the head of the FDFA will
			// meet his Moroccan counterpart"); else the text does not
			// say which.
			if found, _ = x.soleCastMember(func(m *castMember) bool { return holds(m) && x.namedInHeadline(m) }, right); found == nil {
				// … or the one holder the text gives the office with no
				// country, where the others' are qualified ("Prime
				// Minister Shri Narendra Modi will visit …", "Prime
				// Minister of Japan H.E. Mr. Fumio Kishida"): the
				// release's own.
				if found, _ = x.soleCastMember(func(m *castMember) bool { return holds(m) && unqualifiedOffice(m, office.noun) }, right); found == nil {
					return nil
				}
			}
		}
		if found != nil {
			return &entity{Kind: entPerson, Name: found.Name, Key: found.Key, Role: found.Role, Country: found.Country, Titled: true}
		}
	}
	return nil
}

// unqualifiedOffice reports an office m was given before the name that
// is noun alone, but for courtesy titles ("prime minister shri"; not
// "prime minister of japan h.e. mr.", "australian prime minister" nor
// "secretary general" for "secretary").
func unqualifiedOffice(m *castMember, noun string) bool {
	for _, o := range m.Offices {
		rest, ok := strings.CutPrefix(strings.TrimPrefix(o, "the "), noun)
		if !ok || rest != "" && rest[0] != ' ' {
			continue
		}
		if !slices.ContainsFunc(strings.Fields(rest), func(w string) bool { return !courtesyWords[w] }) {
			return true
		}
	}
	return false
}

// courtesyWords are the words of the courtesy titles of offices.tsv
// ("shri", "h.e.", "mr."), lower case.
var courtesyWords = func() map[string]bool {
	set := map[string]bool{}
	for _, o := range vocab.Offices() {
		if o.Courtesy {
			for _, t := range o.Titles {
				for _, w := range strings.Fields(strings.ToLower(t)) {
					set[w] = true
				}
			}
		}
	}
	return set
}()

// bareOfficeAt reads a title written without "the" as a clause's
// subject, ending at k and followed by no name: "From Hiroshima, Prime
// Minister will travel to …", as government releases write of their own
// head. The title opens the sentence or follows a comma.
func bareOfficeAt(u *unit, k int) (office definiteOffice, the int, ok bool) {
	if k+1 >= len(u.toks) || !u.toks[k].Cap || u.toks[k+1].Cap || !u.toks[k+1].Word {
		return definiteOffice{}, 0, false
	}
	for start := max(0, k-2); start <= k; start++ {
		if start > 0 && u.toks[start-1].Text != "," {
			continue
		}
		if u.toks[start].Mask&firstTitle == 0 {
			continue
		}
		if ti, n := lex.titles.match(u.toks, start); start+n == k+1 && ti.Role != "" && !ti.Courtesy {
			return definiteOffice{strings.ToLower(joinText(u.toks[start : k+1])), []string{ti.Role}}, start, true
		}
	}
	return definiteOffice{}, 0, false
}

// soleCastMember is the one member of the cast, other than a reporter or
// a party in right, for whom holds is true; several reports that more than
// one is (found is then nil).
func (x *extraction) soleCastMember(holds func(*castMember) bool, right []entity) (found *castMember, several bool) {
	for _, m := range x.cast.order {
		if !holds(m) || m.Reporter {
			continue
		}
		if x.sameCastMember(entity{Kind: entPerson, Name: m.Name, Key: m.Key}, right) {
			continue
		}
		if found != nil {
			return nil, true
		}
		found = m
	}
	return found, false
}

// namedInHeadline reports a cast member the headline names.
func (x *extraction) namedInHeadline(m *castMember) bool {
	for i := range x.units {
		u := &x.units[i]
		if !u.headline {
			continue
		}
		for _, e := range u.ents {
			if e.Kind == entPerson && e.Key == m.Key {
				return true
			}
		}
	}
	return false
}

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

// quoteReach is how many sentences of a paragraph are searched for the
// attribution of a quotation.
const quoteReach = 4

var firstPersonWords = vocab.Set("first-person-words")

// firstPerson reports a first-person word in toks: "we", "our", "I" (not
// a lower-case roman "i"), "us" (not "US").
func firstPerson(toks []token) bool { return firstPersonAt(toks) >= 0 }

// firstPersonAt is the index of the first first-person word of toks, -1
// for none.
func firstPersonAt(toks []token) int {
	for k, t := range toks {
		if !firstPersonWords[t.Lower] || t.Lower == "us" && t.Text != "us" || t.Lower == "i" && t.Text != "I" {
			continue
		}
		return k
	}
	return -1
}

// firstPersonSpeaker is who "I" and "we" at toks[k] of unit ui stand for: the person
// quoted (see quoteSpeaker), else the author the headline names
// ("Statement by President Biden on …"). nil when none is known.
// In a transcript, the speaker of the turn (see turns) is who "I" is, and
// nobody when the label names nobody ("Question:").
func (x *extraction) firstPersonSpeaker(ui, k int) *entity {
	if t, ok := x.speakerAt(ui, k); ok {
		return t.who
	}
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

// copulas are vocab's copulas, built in init once the tokenizer's tables
// are ready.
var copulas *phraseTable[bool]

func init() { copulas = phraseSet(vocab.List("copulas")) }

// maxPredicateWords is how many words may stand between a copula and the
// predicate noun: "is the first high-level" (hyphens aside).
const maxPredicateWords = 4

// copularSubject resolves the subject of an event word whose only left
// party is a generic side named as a predicate noun after a pronoun and a
// copula: "He is the first high-level U.S. official to visit Japan" is his
// visit, not any official's. lo is where the side's name starts; nil when
// the sentence is not so.
func (x *extraction) copularSubject(ui, lo int, right []entity) *entity {
	u := &x.units[ui]
	for k := lo - 1; k >= 1 && k >= lo-maxPredicateWords-4; k-- {
		if !u.toks[k].Word && u.toks[k].Text != "-" { // ("high-level")
			return nil
		}
		if _, n := copulas.match(u.toks, k); n > 0 && k+n <= lo {
			if e := u.entEnd[k-1]; e > 0 && u.ents[e-1].Kind == entPerson && clauseStart(u, u.ents[e-1].Lo) {
				p := u.ents[e-1] // "Blinken is the highest-ranking American official to visit China"
				return &p
			}
			if !personalPronouns[u.toks[k-1].Lower] || !clauseStart(u, k-1) {
				return nil
			}
			return x.pronounReferent(ui, right)
		}
	}
	return nil
}

// readCopularCountries gives a person of the article's cast with no
// country the country of a side named as their predicate: "He is the
// first high-level U.S. official to visit Japan" makes him American, in
// every sentence that names him.
func (x *extraction) readCopularCountries() {
	for ui := range x.units {
		for _, e := range x.units[ui].ents {
			if !e.Side || e.Country == "" || orgNames[e.Country] {
				continue
			}
			if p := x.copularSubject(ui, e.Lo, nil); p != nil {
				if m := x.cast.find(*p); m != nil && m.Country == "" {
					m.Country = e.Country
				}
			}
		}
	}
}

// speechPossessiveSubject: the possessives of speech own an event word
// before the subject of the clause does. "I would like to thank you for
// the information about your conversation with the US President": in a
// transcript, "your" is the person spoken to, not the speaker who is the
// sentence's subject; "my talks with X" and "our talks with X" are the
// speaker; "our meeting" the speaker and the person spoken to. Outside a
// transcript "your" is left to the other rules.
func speechPossessiveSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	u, toks := q.u, q.u.toks
	for k := q.lo - 1; k >= 0 && k >= q.lo-5 && !u.brk[k]; k-- {
		w := toks[k].Lower
		if !speechPossessives[w] {
			if possessedModifier(toks, k) {
				continue
			}
			return nil, false
		}
		t, inTurn := x.speakerAt(q.ui, k)
		var found []party
		if w != "your" {
			if s := x.firstPersonSpeaker(q.ui, k); s != nil {
				found = append(found, party{*s, because("party/first-person", toks[k].Text, s.Name)})
			}
		}
		if inTurn && (w == "your" || w == "our" && len(q.right) == 0) {
			if a := x.addressee(t); a != nil {
				why := because("party/spoken-to-owner", toks[k].Text, a.Name)
				if w == "our" {
					why = because("party/addressee", toks[k].Text, a.Name)
				}
				found = append(found, party{*a, why})
			}
		}
		if w == "your" && !inTurn {
			return nil, false
		}
		return found, true
	}
	return nil, false
}

// secondPersonSubject: "Yesterday, you had a meeting with X", said in a
// transcript: the person spoken to (see addressee), never the speaker.
// Outside a transcript whom "you" stands for is not known, and no other
// person of the sentence is the subject: the event has no subject. ("You
// and I" is the speaker's and the addressee's: firstPersonSubject.)
func secondPersonSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	toks := q.u.toks
	k := subjectWord(q.u, q.lo)
	if k < 0 || !secondPersonSubjects[toks[k].Lower] || !subjectPosition(q.u, k) {
		return nil, false
	}
	t, inTurn := x.speakerAt(q.ui, k)
	if !inTurn {
		return nil, true
	}
	a := x.addressee(t)
	if a == nil {
		return nil, true
	}
	return []party{{*a, because("party/you", toks[k].Text, a.Name)}}, true
}

// subjectPosition reports a word that may be its clause's subject: it
// opens the clause (see clauseStart), a clause of what was said ("I know
// that you …"), or follows only a date that opens the sentence ("Last week
// you …").
func subjectPosition(u *unit, k int) bool {
	if clauseStart(u, k) || k > 0 && complementOpeners[u.toks[k-1].Lower] {
		return true
	}
	for j := range k {
		if !u.inTx[j] {
			return false
		}
	}
	return true
}

// secondPersonSubjects stand for the person spoken to.
var secondPersonSubjects = vocab.Set("second-person-subjects")

// unheldOrgHead is the head of an organisation that a definite title of
// bareOrgHeadTitles stands for when the article names no one who holds
// it: "The Secretary-General met today with …" in a readout that names
// no one as Secretary-General. The organisation is the one the article
// names up to the sentence, else the United Nations, whose
// Secretary-General the bare title means in diplomatic English; nil when
// the article names several. In the title's own sentence (unit ui, the
// title at token at) only those named before it count: "The
// Secretary-General met with the Special Envoy of the African Union" is
// the UN's, meeting the other organisation. Nor does the organisation
// of the event's other party (right): its head meeting its own envoy is
// no event, so the title is another organisation's.
func (x *extraction) unheldOrgHead(ui, at int, office definiteOffice, right []entity) *entity {
	if !bareOrgHeadTitles[office.noun] {
		return nil
	}
	org := ""
	for j := 0; j <= ui; j++ {
		for _, e := range x.units[j].ents {
			// an organisation, or its people ("foreign ministers of the OAS")
			if !orgNames[e.Country] || e.Country == org || j == ui && e.Lo >= at || slices.ContainsFunc(right, func(r entity) bool { return r.Country == e.Country }) {
				continue
			}
			if org != "" {
				return nil
			}
			org = e.Country
		}
	}
	if org == "" {
		org = defaultOrgOfHeadTitles
	}
	return &entity{Kind: entRole, Role: headOfOrganization, Country: org}
}

// officeReason says why the office written as text is p: its one holder
// the article names, or the head of an organisation no one is named as.
func officeReason(text string, p *entity) reason {
	if p.Kind == entRole {
		return because("party/unheld-office", text, p.Country)
	}
	return because("party/office", text, p.Name)
}

// bareOrgHeadTitles are the definite titles of an organisation's head
// that stand for one without its organisation's name.
var bareOrgHeadTitles = vocab.Set("bare-org-head-titles")

// defaultOrgOfHeadTitles is whose head a title of bareOrgHeadTitles is
// when the article names no organisation.
const defaultOrgOfHeadTitles = "United Nations"

// headOfOrganization is the role of offices.tsv that heads of
// organisations hold.
const headOfOrganization = "Head of Organization"

// abbreviates reports whether letters are the initials of the last words
// of a lower-case office, abbreviations ("dr.") left out: "eam" for
// "external affairs minister dr.", so that a title written in capitals
// finds the person whose title it abbreviates. It allocates nothing: it
// runs for every member of the cast each time such a title is read.
func abbreviates(letters, office string) bool {
	var buf [24]byte
	n := 0
	for i := 0; i < len(office); {
		j := i
		for j < len(office) && office[j] != ' ' {
			j++
		}
		if j > i && office[j-1] != '.' && n < len(buf) {
			buf[n] = office[i]
			n++
		}
		i = j + 1
	}
	return n >= len(letters) && string(buf[n-len(letters):n]) == letters
}

// quotedWeWith is the person a quoted "we" at k joins its speaker with:
// the one the sentence names after "with" outside the quotation, as the
// other party of the speaker's event ("'We will meet again,' A said after
// talks with B"); nil for none or several.
func quotedWeWith(u *unit, k int, speaker entity) *entity {
	if !insideQuote(u, k) {
		return nil
	}
	var found *entity
	for i := range u.ents {
		e := &u.ents[i]
		if e.Lo < 1 || insideQuote(u, e.Lo) || !e.party() || e.Name == speaker.Name || u.toks[e.Lo-1].Lower != "with" {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// personBefore reports a person named in the unit before token k.
func personBefore(u *unit, k int) bool {
	for _, e := range u.ents {
		if e.Hi <= k && (e.Kind == entPerson || e.Kind == entRole && !e.Side) {
			return true
		}
	}
	return false
}
