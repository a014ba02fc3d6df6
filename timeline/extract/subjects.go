package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file finds the subject of an event word whose clause names none
// next to it: subjectRules, tried in order, each a named rule.

// impliedSubject finds the subject of an event word whose clause names
// none next to it, by trying subjectRules in order. home is the country of
// the place visited, "" for other events.
func (x *extraction) impliedSubject(ui, lo, hi int, right []entity, home string) []party {
	q := subjectQuery{ui: ui, u: &x.units[ui], lo: lo, hi: hi, right: right, home: home}
	q.word = joinText(q.u.toks[lo:min(hi, len(q.u.toks))])
	for _, r := range subjectRules {
		if found, done := r(x, &q); done {
			return found
		}
	}
	return nil
}

// subjectQuery is what a subject rule looks at: the event word at
// toks[lo:hi] of unit ui, its other parties, the country of the place
// visited.
type subjectQuery struct {
	ui, lo, hi int
	u          *unit
	right      []entity
	home       string
	word       string // the event word, for reasons
}

// A subjectRule finds the subject of an event word, or settles that there
// is none (done with nothing found), or leaves the question to the next
// rule (not done).
type subjectRule func(x *extraction, q *subjectQuery) (found []party, done bool)

// subjectRules are tried in order; each is named by the reason it gives.
var subjectRules = []subjectRule{
	carriedSubject,          // "a tour that will also take him to Israel"
	relativeClauseSubject,   // "talks with X, who arrived in Moscow on a visit"
	openingPhraseSubject,    // "During a call with X, President Biden said …"
	speechPossessiveSubject, // "thank you for your visit", "my talks with X", "our meeting"
	pluralOwnersSubject,     // "reached by the two heads of state during their phone call"
	possessiveSubject,       // "his talks with X", "his visit to X"
	secondPersonSubject,     // "You met with X last week", in a transcript
	firstPersonSubject,      // "I will meet with X"
	participleSubject,       // "He will end the trip in Israel, meeting with X"
	coordinatedVerbSubject,  // "A will meet B and hold talks with C"
	nearestPersonSubject,    // "…, says President Zelenskyy after call with Biden"
	pronounOrOfficeSubject,
	clauseSubject,         // "The Secretary will travel to Algiers for meetings with X"
	openingCountrySubject, // "Peru opened negotiations with Bolivia"
	quotedSpeakerSubject,  // in a first-person quotation, the person quoted
}

// relativeClauseSubject: in "talks with President X, who arrived in Moscow
// on a working visit" X is the visitor, although X is the object of the
// main clause.
func relativeClauseSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	if e := relativeAntecedent(q.u, q.lo); e != nil && !inGroup(*e, q.right) {
		return partiesOf(joinedBefore(q.u, *e), func(p entity) reason { return because("party/relative-clause", q.u.surface(p)) }), true
	}
	if e := relativeClauseOwner(q.u, q.lo); e != nil && !inGroup(*e, q.right) {
		return partiesOf(joinedBefore(q.u, *e), func(p entity) reason { return because("party/relative-clause", q.u.surface(p)) }), true
	}
	return nil, false
}

// maxRelativeReach is how many words a clause opened by "who" may hold
// before its event word: "who arrived last night from a meeting with".
const maxRelativeReach = 8

// relativeClauseOwner is the person "who" stands for when the event word
// at lo stands later in the clause it opens, with no name between but a
// place after a preposition: in "Turkey's ambassador to Athens who
// arrived last night from a meeting with X", the ambassador met X; in
// "talks with X, who arrived in Russia on an official visit", X visits.
// A posting after the person ("to Athens") is passed over. nil when there
// is no such clause.
func relativeClauseOwner(u *unit, lo int) *entity {
	// (only words count towards the reach: "who held the inaugural
	// "2+2" dialogue")
	for k, words := lo-1, 0; k >= 1 && words < maxRelativeReach; k-- {
		t := u.toks[k]
		if t.Word {
			words++
		}
		if u.entAt[k] > 0 && !placeInPhrase(u, k) || t.Text == "," && u.toks[k-1].Lower != "who" || t.Text == ";" || t.Text == "." || reportingVerbs[t.Lower] {
			return nil // (but "who arrived in Russia on an official visit": a place on the way)
		}
		if t.Lower != "who" {
			continue
		}
		j := k - 1
		if u.toks[j].Text == "," {
			j--
		}
		if j < 0 || u.entEnd[j] == 0 {
			return nil
		}
		e := u.ents[u.entEnd[j]-1]
		if (e.Kind == entPlace || e.Kind == entCountry) && e.Lo >= 2 && (u.toks[e.Lo-1].Lower == "to" || u.toks[e.Lo-1].Lower == "in") && u.entEnd[e.Lo-2] > 0 {
			e = u.ents[u.entEnd[e.Lo-2]-1] // the posting of "ambassador to Athens"
		}
		// The clause names its antecedent: an office with its country
		// ("Turkey's ambassador") stands for that country.
		if !e.subjectParty() && !(e.Kind == entRole && e.Country != "" && !e.Reporter) {
			return nil
		}
		return &e
	}
	return nil
}

// openingPhraseSubject: a sentence-initial phrase ("During a call with X,
// President Biden said …", "A day after talks with X, …", "Hosting X on
// Wednesday, Y pledged …") takes the subject after its comma.
func openingPhraseSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	toks := q.u.toks
	if !opensWithPreposition(toks) && !openingEventParticiple(q.u, q.lo) {
		return nil, false
	}
	for k := q.lo - 1; k >= 1; k-- {
		if toks[k].Text == "," {
			// "On 5 June, the head of the FDFA will meet X, the …": the
			// opening phrase ended before the event word, which belongs
			// to the main clause; but "On 8 February, following his
			// visits to A, B and C, Mr X …" opens a second phrase.
			if k+1 < q.lo && !prepositionOpeners[toks[k+1].Lower] {
				return nil, false
			}
			break
		}
	}
	end := q.hi
	for _, e := range q.right {
		end = max(end, e.Hi)
	}
	for k := end; k < len(toks) && k < end+16; k++ {
		if toks[k].Text == "," {
			g := forwardGroup(q.u, k+1, 1)
			if len(g) > 0 && !g[0].Reporter && g[0].individual() {
				return []party{{g[0], because("party/opening-phrase", q.u.surface(g[0]))}}, true
			}
			if len(g) > 0 && !g[0].individual() {
				continue // "following his visits to India, the Republic of Korea and China, Mr Cassis …": a list goes on
			}
			break
		}
	}
	return nil, false
}

// speechPossessives are the possessives of the speaker and of the person
// spoken to.
var speechPossessives = vocab.Set("speech-possessives")

// possessiveSubject: "his talks with X": the owner is the subject of the
// sentence; "his visit to X": the nearest person who does not live in X.
func possessiveSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	u, toks := q.u, q.u.toks
	for k := q.lo - 1; k >= 0 && k >= q.lo-5 && !u.brk[k]; k-- {
		if !possessives[toks[k].Lower] && !possessedModifier(toks, k) {
			break // "his party out pending meetings": "his" owns "party"
		}
		if !possessives[toks[k].Lower] {
			continue
		}
		owner := func(e entity) []party {
			return []party{{e, because("party/possessive", u.surface(e), toks[k].Text)}}
		}
		if e, ok := accompanied(u, k); ok {
			return owner(e), true // "accompanying President X on his state visit": X's
		}
		if q.home != "" {
			// The visitor is from elsewhere: the nearest person known to
			// be, before one whose country is not known ("Scholz will visit
			// Washington for talks with President Biden, his first visit
			// to the White House": Scholz's).
			for pass := 0; pass < 2; pass++ {
				for j := len(u.ents) - 1; j >= 0; j-- {
					e := u.ents[j]
					if c := x.countryOf(e); e.Hi <= q.lo && e.subjectParty() && c != q.home && (pass == 1 || c != "") {
						return owner(e), true
					}
				}
			}
		} else {
			for _, e := range u.ents {
				if e.Hi <= q.lo && e.subjectParty() {
					return owner(e), true
				}
			}
		}
		if personalPossessives[toks[k].Lower] && !personBefore(u, k) {
			// "His talks with X were useful.", "He said so during his
			// meeting with X": with no person named before it in the
			// sentence, "his" stands for the person the sentences before
			// are about, as "he" would.
			if p := x.pronounReferent(q.ui, q.right); p != nil && (q.home == "" || x.countryOf(*p) != q.home) {
				return []party{{*p, because("party/pronoun", toks[k].Text, p.Name)}}, true
			}
		}
		if q.home != "" {
			return nil, true
		}
		break
	}
	return nil, false
}

// companionVerbs say that their subject goes with their object on the
// object's trip: "accompanying President X on his state visit".
var companionVerbs = vocab.Set("companion-verbs")

// accompanied reports the person a companion verb takes as object right
// before "on" and the possessive at k: the owner of the trip.
func accompanied(u *unit, k int) (entity, bool) {
	if k < 3 || u.toks[k-1].Lower != "on" || u.entEnd[k-2] == 0 {
		return entity{}, false
	}
	e := u.ents[u.entEnd[k-2]-1]
	if e.Lo < 1 || !companionVerbs[u.toks[e.Lo-1].Lower] || !e.individual() {
		return entity{}, false
	}
	return e, true
}

// personalPossessives open a sentence for the person the sentences before
// are about: "His talks with X were useful."
var personalPossessives = vocab.Set("personal-possessives")

// firstPersonSubject: "I will meet with X": the speaker, never another
// person of the sentence ("I met with A, and tomorrow I will meet with B").
func firstPersonSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	toks := q.u.toks
	k := subjectWord(q.u, q.lo)
	if k < 0 || !firstPersonSubjects[toks[k].Lower] || toks[k].Lower == "i" && toks[k].Text != "I" {
		return nil, false
	}
	s := x.firstPersonSpeaker(q.ui, k)
	if s == nil {
		return nil, true
	}
	found := []party{{*s, because("party/first-person", toks[k].Text, s.Name)}}
	// "we met in Moscow in June", "you and I will talk": in a transcript,
	// the speaker and the person spoken to.
	youAndI := toks[k].Lower == "i" && k >= 2 && toks[k-1].Lower == "and" && toks[k-2].Lower == "you"
	if (toks[k].Lower == "we" || youAndI) && len(q.right) == 0 {
		var a *entity
		if t, ok := x.speakerAt(q.ui, k); ok {
			a = x.addressee(t)
		}
		if a == nil {
			a = quotedWeWith(q.u, k, *s) // "'We will meet again,' A said after talks with B": A and B
		}
		if a != nil {
			found = append(found, party{*a, because("party/addressee", toks[k].Text, a.Name)})
		}
	}
	return found, true
}

// maxOwnedGap is how many tokens, the possessive mark included, may stand
// between an owner's name and its event word: "X's long-awaited upcoming
// visit".
const maxOwnedGap = 4

// nearestPersonSubject: the nearest person before the event word who can
// be a subject, is not the object of something else, and, for a visit, is
// not at home in the country visited.
func nearestPersonSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	u, toks := q.u, q.u.toks
	if k := subjectWord(u, q.lo); k > 0 && personalPronouns[toks[k].Lower] && clauseStart(u, k) {
		return nil, false // "…, where he met Y": the pronoun's referent (pronounOrOfficeSubject)
	}
	if g := attendingGroup(u, q.lo); g != nil {
		return g, true // "A and B attended the APEC summit", "will co-chair the summit"
	}
	for k := len(u.ents) - 1; k >= 0; k-- {
		e := u.ents[k]
		if e.Hi > q.lo || !e.subjectParty() || inGroup(e, q.right) {
			continue
		}
		owns := e.Hi < q.lo && possessiveMarks[toks[e.Hi].Text] && q.lo-e.Hi <= maxOwnedGap // "preparations for X's upcoming visit": X's, whatever governs X
		if g := openingGroupOf(u, e); !owns && g != nil {                                   // "A and B were among the leaders at the summit"
			return partiesOf(g, func(p entity) reason { return because("party/nearest-person", u.surface(p), q.word) }), true
		}
		if e.Lo > 0 && objectMarkers[toks[e.Lo-1].Lower] && !owns {
			continue // the object of something else: "met with X, and …"
		}
		if e.Lo > 0 && triggerAt(u, e.Lo-1) && !owns && andToBetween(u, e.Hi, q.lo) {
			continue // "is to meet X and to take part in a summit": X is the first verb's object
		}
		if q.home != "" && x.countryOf(e) == q.home {
			continue // the host, not the visitor
		}
		if reportedClauseOwnSubject(u, e.Hi, q.lo) {
			return nil, false // "X said results are expected in Riyadh": the clause's subject is "results"
		}
		if g := leftGroup(u, e.Hi); len(g) > 0 && g[len(g)-1].Lo == e.Lo {
			if joiners := joinerOf(u, g); len(joiners) > 0 {
				// "A joined B in talks with C": A and B
				return append(joiners, partiesOf(g, func(p entity) reason { return because("party/nearest-person", u.surface(p), q.word) })...), true
			}
		}
		return []party{{e, because("party/nearest-person", u.surface(e), q.word)}}, true
	}
	return nil, false
}

// pronounOrOfficeSubject: "He will meet the Emir": the person a pronoun
// subject stands for; "The President will meet …": the one person of the
// article who holds the office (see pronounSubject).
func pronounOrOfficeSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	at := q.lo
	p := x.pronounSubject(q.ui, at, q.right)
	if v := attendVerbBefore(q.u, q.lo); p == nil && v > 0 && !triggerBetween(q.u, v+1, q.lo) {
		// "He will attend a conference on Gaza": the subject of the verb
		// of attending whose object the event noun heads
		at = v
		p = x.pronounSubject(q.ui, at, q.right)
	}
	if p == nil {
		return nil, false
	}
	k := subjectWord(q.u, at)
	if _, the, ok := definiteOfficeAt(q.u, k); ok {
		return []party{{*p, officeReason(joinText(q.u.toks[the:k+1]), p)}}, true
	}
	return []party{{*p, because("party/pronoun", q.u.toks[k].Text, p.Name)}}, true
}

// clauseSubject: an event noun in a phrase of the clause ("for meetings
// with X") whose subject is an office the sentence opens with ("The
// Secretary will travel to Algiers for meetings with X"): the one person
// of the article who holds it (see sentenceSubject).
func clauseSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	u := q.u
	k := subjectWord(u, q.lo)
	if k < 0 || !adjunctPrepositions[u.toks[k].Lower] || personBefore(u, q.lo) || countryBefore(u, k) {
		// Only an event in an adjunct of the clause ("for meetings
		// with X"), where no one else named may be its subject:
		// "noted the contribution that Russia had made to the
		// conference" is Russia's.
		return nil, false
	}
	open := 0
	if u.entAt[0] == 0 && !(len(u.toks) > 0 && u.toks[0].Lower == "the") {
		// After an opening phrase: "Then, the Secretary will …".
		for k := 1; k < len(u.toks) && k < 16 && k < q.lo; k++ {
			if u.toks[k].Text == "," {
				open = k + 1
				break
			}
		}
	}
	if open < q.lo && personalPronouns[u.toks[open].Lower] {
		// "He will fly to Berlin on Sunday for talks with X": the person
		// the pronoun stands for
		if p := x.pronounReferent(q.ui, q.right); p != nil {
			return []party{{*p, because("party/pronoun", u.toks[open].Text, p.Name)}}, true
		}
		return nil, false
	}
	for n := 1; n <= 2 && open+n < q.lo; n++ {
		if u.toks[open].Lower != "the" {
			break
		}
		if office, _, ok := definiteOfficeAt(u, open+n); ok {
			if p := x.soleHolder(office, q.right); p != nil {
				return []party{{*p, officeReason(joinText(u.toks[open:open+n+1]), p)}}, true
			}
			return nil, false
		}
	}
	return nil, false
}

// adjunctPrepositions open a phrase of a clause in which an event noun
// takes the clause's subject: "will travel to Algiers for meetings with X".
var adjunctPrepositions = vocab.Set("adjunct-prepositions")

// countryBefore reports a country or organisation before token k that is
// not a place gone to ("travel to Algiers, Algeria"): it may be the
// subject.
func countryBefore(u *unit, k int) bool {
	for _, e := range u.ents {
		if e.Hi > k {
			break
		}
		if (e.Kind == entCountry || e.Kind == entOrg) && !(e.Lo > 0 && (placePrepositions[u.toks[e.Lo-1].Lower] || u.toks[e.Lo-1].Lower == "to" || u.toks[e.Lo-1].Text == ",")) {
			return true
		}
	}
	return false
}

// nameBefore reports a name, a personal pronoun or a relative word
// before token lo of u: someone the sentence names may be the subject of
// what follows.
func nameBefore(u *unit, lo int) bool {
	for k := 0; k < lo; k++ {
		if u.entAt[k] > 0 || personalPronouns[u.toks[k].Lower] || relativeOpeners[u.toks[k].Lower] {
			return true
		}
	}
	return false
}

// openingCountrySubject: a country or organisation opening the sentence
// is its subject: "Peru opened negotiations with Bolivia".
func openingCountrySubject(x *extraction, q *subjectQuery) ([]party, bool) {
	u := q.u
	if len(u.ents) == 0 {
		return nil, false
	}
	e := u.ents[0]
	// "In Morocco, he will meet …": a country after a preposition is a
	// place, not the subject.
	opens := e.Lo == 0 || e.Lo == 1 && !u.toks[0].Word || e.Lo == 1 && u.toks[0].Lower == "the"
	if opens && e.Hi <= q.lo && (e.Kind == entCountry || e.Kind == entOrg || e.Kind == entRole) && !inGroup(e, q.right) {
		return []party{{e, because("party/opening-country", u.surface(e))}}, true
	}
	return nil, false
}

// quotedSpeakerSubject: in a first-person quotation, the person quoted;
// the speaker's country when the first person, before the event word,
// only names it ("representatives of our country arrived in Moscow"; but
// "the talk with X proves the special nature of our relations" is the
// speaker's).
func quotedSpeakerSubject(x *extraction, q *subjectQuery) ([]party, bool) {
	toks := q.u.toks
	k := firstPersonAt(toks)
	if k < 0 {
		return nil, false
	}
	s := x.firstPersonSpeaker(q.ui, k)
	if s == nil {
		return nil, false
	}
	if k > 0 && k+1 < q.lo && toks[k-1].Lower == "of" && speakersSide[toks[k].Lower] && countryNouns[toks[k+1].Lower] {
		c := x.countryOf(*s)
		if c == "" {
			return nil, true
		}
		side := entity{Lo: k, Hi: k + 1, Kind: entCountry, Name: c, Country: c}
		return []party{{side, because("party/speakers-country", toks[k-1].Text+" "+toks[k].Text, c, s.Name)}}, true
	}
	return []party{{*s, because("party/first-person", toks[k].Text, s.Name)}}, true
}

// speakersSide are the possessives that, after "of" and before a noun of
// countryNouns, name the speaker's country rather than the speaker:
// "representatives of our country".
var speakersSide = map[string]bool{"our": true, "my": true}

// countryNouns stand for a country after a possessive: "our country",
// "my government".
var countryNouns = vocab.Set("country-nouns")

// definiteOfficeAt reads "the President", "the Vice President", "the
// Prime Minister" ending at token k: the normalised role and the index of
// "the".
func definiteOfficeAt(u *unit, k int) (office definiteOffice, the int, ok bool) {
	if k >= 3 && u.toks[k-3].Lower == "the" && u.toks[k-1].Text == "-" {
		noun := u.toks[k-2].Lower + "-" + u.toks[k].Lower // "the Secretary-General"
		if roles, ok := definiteOffices[noun]; ok {
			return definiteOffice{noun, roles}, k - 3, true
		}
	}
	if k >= 2 && u.toks[k-2].Lower == "the" {
		noun := u.toks[k-1].Lower + " " + u.toks[k].Lower
		if roles, ok := definiteOffices[noun]; ok {
			return definiteOffice{noun, roles}, k - 2, true
		}
	}
	if k >= 1 && u.toks[k-1].Lower == "the" {
		if roles, ok := definiteOffices[u.toks[k].Lower]; ok {
			return definiteOffice{u.toks[k].Lower, roles}, k - 1, true
		}
	}
	if the, ok := headOfBodyEndingAt(u, k); ok {
		return definiteOffice{"head of", definiteOffices["head of"]}, the, true
	}
	if t := &u.toks[k]; t.Word && t.Mask&firstTitle != 0 && acronym(t.Text) && (k+1 == len(u.toks) || !u.toks[k+1].Cap) {
		// "EAM will call on …": a title written in capitals stands for its
		// holder without "the", as a name does (and "PM Modi" is the
		// title of a name)
		if ti, n := lex.titles.match(u.toks, k); n == 1 && ti.Role != "" {
			return definiteOffice{t.Lower, []string{ti.Role}}, k, true
		}
	}
	return definiteOffice{}, 0, false
}

// maxBodyPhrase bounds the words of "the head of the Federal Department
// of Foreign Affairs (FDFA)".
const maxBodyPhrase = 12

// headOfBodyEndingAt reads, ending at token k, "the head of" a body named
// with capitals ("the head of the Federal Department of Foreign Affairs
// (FDFA)", "the head of the FDFA"): a ministry's or department's head, who
// in a release about one minister is that minister (the offices whose
// definite nouns hold "head of"). It returns the index of "the".
func headOfBodyEndingAt(u *unit, k int) (int, bool) {
	if k < 0 || k >= len(u.toks) || !(u.toks[k].Cap || u.toks[k].Text == ")") {
		return 0, false
	}
	for j := k - 1; j >= 1 && j >= k-maxBodyPhrase; j-- {
		t := u.toks[j]
		if t.Lower == "of" && u.toks[j-1].Lower == "head" {
			if j >= 2 && u.toks[j-2].Lower == "the" && j+1 <= k {
				n := j + 1
				if u.toks[n].Lower == "the" {
					n++
				}
				if n <= k && u.toks[n].Cap {
					return j - 2, true
				}
			}
			return 0, false
		}
		if !(t.Cap || t.Lower == "of" || t.Lower == "the" || t.Lower == "and" || t.Lower == "for" || t.Text == "(" || t.Text == ")") {
			return 0, false
		}
	}
	return 0, false
}

// definiteOffice is an office noun read after "the" and the roles it may
// stand for.
type definiteOffice struct {
	noun  string
	roles []string
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

// subjectWord is the index of the word in subject position before the
// event word at lo: the first one, going back, that is not an auxiliary,
// adverb or date ("He is expected to meet"); -1 for none.
func subjectWord(u *unit, lo int) int {
	k := lo - 1
	for k >= 0 {
		if o := dashAsideOpen(u, k); o > 0 {
			k = o - 1 // "Foreign ministers of the Quad - the United States, Japan, India and Australia - will meet"
			continue
		}
		if !(subjectSkip[u.toks[k].Lower] || eventAdjectives[u.toks[k].Lower] || u.inTx[k] || inHyphenCompound(u, k) ||
			eventTopics[u.toks[k].Lower] && !u.toks[k].Cap || jointBodyWords[u.toks[k].Lower]) { // "the two sides will hold treaty negotiations", "a joint commission meeting"
			break
		}
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

// openingDateEnd is the index after a date that opens the sentence and
// a comma after it ("Yesterday, …", "On Monday, …"), or 0.
func openingDateEnd(u *unit, lo int) int {
	k := 0
	if k < lo && (u.toks[k].Lower == "on" || u.toks[k].Lower == "in") {
		k++
	}
	if k >= lo || !u.inTx[k] {
		return 0
	}
	end, ok := commaAfterDate(u, k, lo)
	if !ok {
		return 0
	}
	return end + 1
}

// pluralSubjectsForCountries puts, in an event whose sides are countries
// only, the people of the event told before for their countries when the
// sentence's subject stands for them: "the two presidents discussed the
// outcomes of the June 2021 Russian-American summit" after a meeting of
// the Russian and American presidents is their summit
// (party/plural-antecedent).
func (x *extraction) pluralSubjectsForCountries(d *draft, u *unit) {
	ps := d.m.Participants
	if at := pluralSubjectAt(u, d.lo); len(ps) < 2 || at < 0 || countryNouns[u.toks[at].Lower] { // ("the two countries" are countries)
		return
	}
	for _, p := range ps {
		if p.Type != timeline.CountryParty {
			return
		}
	}
	prev := x.lastPairBefore(d.unit)
	if prev == nil {
		return
	}
	people := make([]timeline.Participant, len(ps))
	for i, c := range ps {
		n := 0
		for _, p := range prev.m.Participants {
			if p.Type == timeline.PersonParty && p.Country == c.Name {
				people[i] = p
				n++
			}
		}
		if n != 1 {
			return
		}
	}
	d.m.Participants = people
	word := u.toks[pluralSubjectAt(u, d.lo)].Text
	for _, p := range people {
		d.why.partyBecause(p.Name, because("party/plural-antecedent", p.Name, word))
	}
}

// pluralSubjectAt is the index of the plural role noun of a sentence
// whose subject, before the event word at lo, is "the two …" or "both …"
// of plural-role-nouns, after an opening phrase if any, or opening a
// clause of its own: "In particular, the two presidents discussed …", "A
// and B agreed to …, as the two leaders met in Manila"; -1 for none.
func pluralSubjectAt(u *unit, lo int) int {
	opens := func(j int) bool { return u.toks[j].Text == "," || clauseOpeners[u.toks[j].Lower] }
	for k := 1; k < lo; k++ {
		if k >= 12 && lo-k > maxCountReach {
			continue // (a clause of its own opens near its verb)
		}
		if pluralRoleNouns[u.toks[k].Lower] && (u.toks[k-1].Lower == "two" || u.toks[k-1].Lower == "both") {
			if j := k - 1; j == 0 || u.toks[j].Lower == "both" && opens(j-1) || j >= 1 && u.toks[j-1].Lower == "the" && (j == 1 || opens(j-2)) {
				return k
			}
		}
	}
	return -1
}

// nextInSeries, between "their" and an event noun, name the owners'
// coming session of a series, which the article's pair told before holds:
// "Their next meeting is scheduled for June" (vocab's next-in-series).
var nextInSeries = vocab.Set("next-in-series")

// pluralOwner reports "their" owning the event noun at lo, past its date
// and adjectives: "their September 9 phone call"; or "our" owning one with
// a date of its own, another event of the speaker and the person spoken
// to, or of the authors: "I remember our meeting in Moscow in 2022". (An
// undated "our meeting" in a transcript is mostly the one under way, whose
// kind the article's report gives.)
func (x *extraction) pluralOwner(u *unit, lo int) bool {
	k := lo - 1
	for k >= 0 && lo-k <= maxOwnerModifiers && (u.inTx[k] || eventAdjectives[u.toks[k].Lower] || eventTopics[u.toks[k].Lower] && !u.toks[k].Cap || inHyphenCompound(u, k) || genericCueWord(u, k) || statusParticiple(u, k) || nextInSeries[u.toks[k].Lower]) {
		k-- // "their annual 2+2 ministerial dialogue", "their planned meeting", "their next meeting" ("their first meeting" is a new one)
	}
	return k >= 0 && (u.toks[k].Lower == "their" || u.toks[k].Lower == "our" && x.ownDateAway(u, lo))
}

// narrativeSubject is the subject of an event noun followed at once by
// "with" its other party, in a sentence with no subject for it: "Relations
// were the focus of discussions with the minister." ("The meeting of EU
// leaders with X" names its owner.) A release goes on
// about the person it is about; the subject is the one the sentences
// before are about, as for "he" (see pronounReferent).
func (x *extraction) narrativeSubject(d *draft, u *unit, right []party) []party {
	if nameBefore(u, d.lo) {
		return nil // someone the sentence names may be the subject: "X, who arrived from talks with Y"
	}
	p := x.pronounReferent(d.unit, entitiesOf(right))
	if p == nil {
		// In a transcript, when the sentences before are about no one,
		// the event is the speaker's: "During the talks with President X
		// held yesterday, agreements were reached", said by the host.
		if t, ok := x.speakerAt(d.unit, d.lo); ok && t.who != nil && t.who.Kind == entPerson && !t.who.Reporter && !inGroup(*t.who, entitiesOf(right)) {
			return []party{{*t.who, because("party/speaker", joinText(u.toks[d.lo:d.hi]), t.who.Name)}}
		}
		return nil
	}
	if inGroup(*p, entitiesOf(right)) {
		return nil
	}
	return []party{{*p, because("party/narrative", joinText(u.toks[d.lo:d.hi]), p.Name)}}
}

// leftSides settles who makes the event when the words before it do not
// say it plainly: the person a predicate side stands for ("He is the first
// U.S. official to visit Japan"), the visitor named after the visit word,
// or the one named before a place that modifies it ("Reyes's Moscow
// visit").
func (x *extraction) leftSides(ui int, u *unit, lo int, word string, visitor *entity, s *sides) {
	if len(s.left) == 1 && s.left[0].Side && lo > 0 && u.toks[lo-1].Lower == "to" {
		// "He is the first high-level U.S. official to visit Japan"
		if p := x.copularSubject(ui, s.left[0].Lo, entitiesOf(s.right)); p != nil {
			who := *p
			if who.Country == "" {
				who.Country = s.left[0].Country // a "U.S. official" is American
			}
			s.left = []party{{who, because("party/copular-subject", u.surface(s.left[0].entity), p.Name)}}
		}
	}
	if visitor != nil {
		s.left = []party{{*visitor, because("party/visitor", u.surface(*visitor), word)}}
	} else if s.attributive {
		// "Reyes's Moscow visit": the visitor is named before the place
		s.left = partiesOf(leftGroup(u, s.dest.Lo), func(e entity) reason { return because("party/subject", u.surface(e), word) })
	}
}

// seriesOwnerAt finds "their" in "their first meeting", "their second
// round", "their first security talks": one of a series of events of the
// people named before "their", with up to two lower-case modifiers
// between the ordinal and the noun. Its index, or -1.
func seriesOwnerAt(u *unit, lo int) int {
	k := lo - 1
	for n := 0; n < 2 && k > 1 && u.toks[k].Word && !u.toks[k].Cap && !sequenceAdjectives[u.toks[k].Lower] && u.toks[k].Lower != "their"; n++ {
		k--
	}
	if k < 1 || !sequenceAdjectives[u.toks[k].Lower] || u.toks[k-1].Lower != "their" {
		return -1
	}
	return k - 1
}

// andToBetween reports "and to" between hi and lo, in one clause: a second
// infinitive coordinated with the first, whose subject they share.
func andToBetween(u *unit, hi, lo int) bool {
	for k := hi; k+1 < lo; k++ {
		if u.brk[k] {
			return false
		}
		if u.toks[k].Lower == "and" && u.toks[k+1].Lower == "to" {
			return true
		}
	}
	return false
}
