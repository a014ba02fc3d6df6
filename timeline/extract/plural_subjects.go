package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// peoplePluralNouns are the plural role nouns that stand for people
// (vocab's people-plural-nouns): "the two presidents", not "the two
// sides".
var peoplePluralNouns = vocab.Set("people-plural-nouns")

// maxNamedPairReach is how many sentences back the people a counted
// plural subject stands for may be named.
const maxNamedPairReach = 2

// namedPairBefore gives the two people that a subject counting two of
// them ("the two presidents", "both leaders") stands for, named in the
// sentences just before: "Relations between President A and President B
// have warmed. The two leaders spoke by phone on Thursday." They are the
// last two people named with an office or title (heads of state or
// government only, when the subject calls them leaders), in the order
// named, with the index of the sentence that names the later of them, or
// -1 (party/named-pair), and of the sentence that names the earlier.
func (x *extraction) namedPairBefore(d *draft, u *unit) ([]party, int, int) {
	k := pluralSubjectAt(u, d.lo)
	if a := adjunctPluralSubject(u, d.lo, d.hi); a >= 0 {
		k = a // "The two leaders discussed trade in a phone call"
	}
	n, heads := countOf(u, k)
	if n != 2 || k < 1 || !peoplePluralNouns[u.toks[k].Lower] {
		return nil, -1, -1
	}
	word := joinText(u.toks[k-1 : k+1])
	office := officeOfPlural(u.toks[k].Lower) // "the two ministers": no senate president
	var pair []party
	var names []string
	at, earlier := -1, -1
	for i := d.unit - 1; i >= 0 && i >= d.unit-maxNamedPairReach && len(pair) < 2 && !x.units[i].headline; i-- {
		v := &x.units[i]
		for j := len(v.ents) - 1; j >= 0 && len(pair) < 2; j-- {
			e := v.ents[j]
			if e.Kind != entPerson || !e.party() || e.Role == "" && !e.Titled && !x.castHoldsOffice(e) || heads && e.Role != "" && !e.Head {
				// people introduced by an office or title, here or where
				// the article first names them ("Blinken told Wang …";
				// "Monte Generoso" may be a mountain)
				continue
			}
			p, ok := x.cast.participant(e, "")
			if !ok || p.Type != timeline.PersonParty || slices.Contains(names, p.Name) || office != "" && p.Role != "" && !roleHolds(p.Role, office) {
				continue
			}
			if at < 0 {
				at = i
			}
			earlier = i
			names = append(names, p.Name)
			pair = append(pair, party{e, because("party/named-pair", p.Name, word)})
		}
	}
	if len(pair) != 2 {
		return nil, -1, -1
	}
	pair[0], pair[1] = pair[1], pair[0]
	return pair, at, earlier
}

// namedPairFirst gives d the two people named just before (see
// namedPairBefore) when no event told before stands for them: none, one
// that was not theirs alone (a visit to a country), or one told before
// the later of them was named. It reports whether it did. Two people
// named in different sentences are no pair when the later of them took
// part in the event told before with someone else: "A and B held talks
// on Sunday. The talks came before a summit with C. A said … The two
// leaders last spoke in April" are A and B, C only passing through.
func (x *extraction) namedPairFirst(d *draft, u *unit, prev *draft) bool {
	pair, at, earlier := x.namedPairBefore(d, u)
	if pair == nil {
		return false
	}
	people := prev != nil && !slices.ContainsFunc(prev.m.Participants, func(p timeline.Participant) bool { return p.Type != timeline.PersonParty })
	if people && prev.unit >= at {
		return false
	}
	if people && earlier < at && x.pairedBefore(prev, pair[1]) {
		return false
	}
	d.m.Participants = x.resolveParties(&d.why, pair, nil)
	return true
}

// pairedBefore reports the person of e among the participants of prev,
// an event of two people.
func (x *extraction) pairedBefore(prev *draft, e party) bool {
	p, ok := x.cast.participant(e.entity, "")
	return ok && len(prev.m.Participants) == 2 && hasParticipant(prev.m.Participants, p.Name)
}

// adjunctPluralSubject is the index of the plural role noun of a clause
// whose subject counts its people ("the two presidents", "both leaders")
// and whose adjunct holds the event noun at lo:hi, which names no other
// side: "The two presidents discussed trade in a phone call on
// Thursday", "Following talks in Lima, both leaders signed a pact". The
// event is theirs, as it is with "their". -1 for none.
func adjunctPluralSubject(u *unit, lo, hi int) int {
	p := adjunctPreposition(u, lo, hi)
	if p < 0 || hi < len(u.toks) && withWords[u.toks[hi].Lower] {
		return -1
	}
	if p > 0 && !openingParticiple(u, p) {
		k := pluralSubjectAt(u, p)
		if k < 0 || p-k < 3 || clauseBreakBetween(u, k+1, p) {
			// The verb's object stands before the adjunct: "engaged
			// in discussions" is the verb's own complement, which may
			// refer back to the talks told before.
			return -1
		}
		return k
	}
	c := openingAdjunctEnd(u, hi)
	if c < 0 {
		return -1
	}
	k := c + 1
	if k < len(u.toks) && u.toks[k].Lower == "the" {
		k++
	}
	if k+2 >= len(u.toks) || pluralCounts[u.toks[k].Lower] == 0 || !pluralRoleNouns[u.toks[k+1].Lower] {
		return -1
	}
	if v := u.toks[k+2]; !v.Word || v.Cap || u.entAt[k+2] > 0 {
		return -1 // no verb after the subject
	}
	return k + 1
}

// clauseBreakBetween reports a clause break or a relative clause's
// opener in toks[lo:hi].
func clauseBreakBetween(u *unit, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if isClauseBreak(&u.toks[k]) || relativeOpeners[u.toks[k].Lower] {
			return true
		}
	}
	return false
}

// countOf reads the count of the plural role noun at k ("two", "both")
// and whether it calls its people leaders.
func countOf(u *unit, k int) (n int, heads bool) {
	if k < 1 {
		return 0, false
	}
	return pluralCounts[u.toks[k-1].Lower], leaderNouns[u.toks[k].Lower]
}

// pluralWithOthers reports a subject of the event word at lo that stands
// for people told before, "they" or a count of people ("the two leaders",
// "both leaders"), which another party named after the word then joins:
// "They will hold a trilateral summit with X".
func pluralWithOthers(u *unit, lo int) bool {
	if k := attendeeWord(u, lo); k >= 0 && u.toks[k].Lower == "they" {
		// (but "Salas said they talked with Reyes": Salas's side)
		return !slices.ContainsFunc(u.ents, func(e entity) bool { return e.Hi <= k && e.individual() })
	}
	if theirOfficials(u, openingDateEnd(u, lo), lo) >= 0 {
		return true // "Their foreign ministers held talks with X"
	}
	k := pluralSubjectAt(u, lo)
	if k < 1 || !peoplePluralNouns[u.toks[k].Lower] || pluralCounts[u.toks[k-1].Lower] == 0 {
		return false
	}
	for j := k + 1; j < lo; j++ {
		if !subjectSkip[u.toks[j].Lower] {
			return false // the count is the subject of another verb
		}
	}
	return true
}

// foreignAmong reports a participant of others of another country than
// the people of told: a person of another country or of none known, or an
// organisation. Officials named by their country alone ("U.S. Embassy
// officials") do not count.
func foreignAmong(others, told []timeline.Participant) bool {
	countries := map[string]bool{}
	for _, p := range told {
		if p.Type == timeline.PersonParty && p.Country != "" {
			countries[p.Country] = true
		}
	}
	for _, p := range others {
		switch {
		case p.Type == timeline.CountryParty:
			continue // officials named by their country alone may be anyone's
		case p.Type != timeline.PersonParty, p.Country == "" || !countries[p.Country]:
			return true
		}
	}
	return false
}

// setAsideOthers takes the parties named after the event word from d when
// a plural subject meets them besides ("they will hold a summit with X"):
// the people told before come first (see joinOthers).
func setAsideOthers(d *draft, s sides) []timeline.Participant {
	if !s.pluralWith {
		return nil
	}
	others := d.m.Participants
	d.m.Participants = nil
	return others
}

// joinOthers adds the parties set aside to the people told before that
// the plural subject stands for (not the country they visited). With no
// two told before, the subject is read as it would be without the
// others; with only a side's own people met, or officials named by their
// country alone ("they also met with U.S. Embassy officials"), there is
// no event.
func (x *extraction) joinOthers(d *draft, s sides, others []timeline.Participant, right []party) {
	if !s.pluralWith {
		return
	}
	d.m.Participants = slices.DeleteFunc(d.m.Participants, func(p timeline.Participant) bool { return p.Type != timeline.PersonParty })
	switch {
	case len(d.m.Participants) < 2:
		d.m.Participants = x.resolveParties(&d.why, s.ownLeft, right)
	case !foreignAmong(others, d.m.Participants):
		d.m.Participants = nil
	default:
		for _, p := range others {
			d.m.Participants = addParticipant(d.m.Participants, p)
		}
	}
}

// sentencePartiesBefore lists the parties the sentence names before lo,
// for a plural subject or owner to stand for.
func (x *extraction) sentencePartiesBefore(u *unit, lo int) []entity {
	var out []entity
	for _, e := range u.ents {
		if e.Hi > lo {
			break
		}
		if e.party() || e.Kind == entCountry && !e.Adj || e.Kind == entRole && e.Side {
			out = append(out, e)
		}
	}
	return out
}

// membersBodyBefore is the organisation whose members ("the foreign
// ministers of ASEAN") the sentence names before lo, or nil.
func membersBodyBefore(u *unit, lo int) *entity {
	for i := range u.ents {
		if e := &u.ents[i]; e.Hi <= lo && e.Kind == entOrg && membersOf(u, e.Lo) {
			return e
		}
	}
	return nil
}

// clausePluralSubject reports a clause of its own, opened by a comma or a
// word of clause-openers, whose subject before the event word at lo counts
// two people: "A and B agreed to expand trade, as the two leaders met in
// Manila", "… when both presidents spoke by phone". The people are those
// the sentence names before (see sentencePartiesBefore).
func clausePluralSubject(u *unit, lo int) bool {
	k := -1
	for c := lo - 1; c > 0 && lo-c <= maxCountReach+1; c-- {
		if u.toks[c].Text == "," || clauseOpeners[u.toks[c].Lower] {
			k = c + 1
			break
		}
	}
	if k < 0 {
		return false
	}
	if u.toks[k].Lower == "the" {
		k++
	}
	if k+1 >= lo || pluralCounts[u.toks[k].Lower] == 0 || !pluralRoleNouns[u.toks[k+1].Lower] {
		return false
	}
	for j := k + 2; j < lo; j++ {
		if !subjectSkip[u.toks[j].Lower] && !eventAdjectives[u.toks[j].Lower] && !u.inTx[j] && !compoundPart(u, j) { // ("a 2+2 meeting", 'a "2+2" meeting')
			return false
		}
	}
	return true
}

// openingEventParticiple reports an event word at lo that is the
// participle opening a body sentence: "Hosting Peruvian President Tomas
// Reyes on Wednesday, Salas pledged …", "Speaking by phone with X, Y
// said …". Its subject is the main clause's, after the comma (a
// headline's "Meeting with X" has none).
func openingEventParticiple(u *unit, lo int) bool {
	return lo == 0 && !u.headline && len(u.toks) > 0 && len(u.toks[0].Lower) > 5 && strings.HasSuffix(u.toks[0].Lower, "ing")
}

// castHoldsOffice reports a person named without an office here whom the
// article names with one elsewhere: "Blinken" of "U.S. Secretary of State
// Antony Blinken".
func (x *extraction) castHoldsOffice(e entity) bool {
	m := x.cast.find(e)
	return m != nil && m.Role != ""
}

// openingGroupOf is the group of people that ends with e and opens its
// clause, two or more, before a copula: "A and B were among the leaders
// at the summit" are both its subject, though "and" makes B look like an
// object. nil for none.
func openingGroupOf(u *unit, e entity) []entity {
	g := leftGroup(u, e.Hi)
	if len(g) < 2 || !clauseStart(u, g[0].Lo) || slices.ContainsFunc(g, func(p entity) bool { return p.Kind != entPerson || !p.subjectParty() }) {
		return nil
	}
	if end := g[len(g)-1].Hi; end >= len(u.toks) || !presentCopulas[u.toks[end].Lower] && !pastCopulas[u.toks[end].Lower] {
		return nil // only a copula's subject: "A and B discussed it at a meeting with unions" is not theirs
	}
	return g
}

// pluralBetween reports "between the two …" or "between both …" after the
// event word ending at hi, which stands for both sides of the event told
// before: "an earlier meeting between the two leaders", "a round between
// the two trading blocs".
func pluralBetween(u *unit, hi int) bool { return pluralBetweenAt(u, hi) >= 0 }

// pluralBetweenAt is the index of the plural role noun of pluralBetween,
// or -1.
func pluralBetweenAt(u *unit, hi int) int {
	k := hi
	if k >= len(u.toks) || u.toks[k].Lower != "between" {
		return -1
	}
	k++
	switch {
	case k+1 < len(u.toks) && u.toks[k].Lower == "the" && u.toks[k+1].Lower == "two":
		k += 2
	case k < len(u.toks) && u.toks[k].Lower == "both":
		k++
	default:
		return -1
	}
	// up to two adjectives: "the two trading blocs"
	for n := 0; n <= 2 && k < len(u.toks); n, k = n+1, k+1 {
		if pluralRoleNouns[u.toks[k].Lower] {
			return k
		}
		if !u.toks[k].Word || u.toks[k].Cap || u.entAt[k] > 0 {
			return -1
		}
	}
	return -1
}

// compoundPart reports a token of a compound modifier between a subject
// and its event noun: a word or mark of a hyphen or plus compound ("2+2",
// "two-plus-two"), or a quotation mark glued to one ('"2+2"').
func compoundPart(u *unit, j int) bool {
	if inHyphenCompound(u, j) {
		return true
	}
	switch u.toks[j].Text {
	case `"`, "“", "”":
		return j+1 < len(u.toks) && u.toks[j+1].Start == u.toks[j].End && inHyphenCompound(u, j+1) ||
			j > 0 && u.toks[j-1].End == u.toks[j].Start && inHyphenCompound(u, j-1)
	}
	return false
}

// officialsOfAfter reports "of" right after the event word at hi and, a
// few words on, a plural noun of people who are no leaders ("a meeting
// of foreign and defence ministers", "of their senior officials"): the
// event is those people's, not the leaders' of the event told before,
// whose countries then stand for them.
func officialsOfAfter(u *unit, hi int) bool {
	if hi >= len(u.toks) || u.toks[hi].Lower != "of" {
		return false
	}
	for k := hi + 1; k < len(u.toks) && k <= hi+maxOfficialsReach; k++ {
		t := &u.toks[k]
		if u.entAt[k] > 0 || !t.Word || t.Cap {
			return false
		}
		if peoplePluralNouns[t.Lower] || officialNouns[t.Lower] {
			return !leaderNouns[t.Lower]
		}
	}
	return false
}

// officialNouns are plural role nouns of people acting for a country
// below its leaders: "officials", "negotiators" (vocab's official-nouns).
var officialNouns = vocab.Set("official-nouns")

// maxOfficialsReach bounds the words between "of" and the plural noun:
// "of their foreign and defence ministers".
const maxOfficialsReach = 6

// officialsForLeaders puts, for each person of d whose country is known,
// that country, with the person's reason (see officialsOfAfter).
func officialsForLeaders(d *draft) {
	for i, p := range d.m.Participants {
		if p.Type != timeline.PersonParty || p.Country == "" {
			continue
		}
		r, _ := d.why.party.get(p.Name)
		d.m.Participants[i] = groupParticipant(p.Country)
		d.why.partyBecause(p.Country, r)
	}
}

// maxSidelinesLead is how many words may stand between "the sidelines
// of" and the gathering's event noun: "a trilateral foreign ministers'
// meeting".
const maxSidelinesLead = 6

// sidelinesOf is the index of the "of" of "the sidelines of" (or another
// word of sideline-nouns) before the event noun at lo, past its
// determiner and modifiers, or -1: "on the sidelines of a trilateral
// foreign ministers' meeting".
func sidelinesOf(u *unit, lo int) int {
	k := lo - 1
	for k > 0 && lo-k <= maxSidelinesLead && u.toks[k].Lower != "of" && !u.brk[k] && u.entAt[k] == 0 {
		k--
	}
	if k < 1 || u.toks[k].Lower != "of" || !sidelineNouns[u.toks[k-1].Lower] {
		return -1
	}
	return k
}

// officeHeld reports the office of "their …" (theirOfficials) held by
// every person of d: "The two foreign ministers met … Their foreign
// ministers" names no one else.
func officeHeld(d *draft, u *unit) bool {
	j := theirOfficials(u, openingDateEnd(u, d.lo), d.lo)
	office := officeOfPlural(u.toks[j].Lower)
	for _, p := range d.m.Participants {
		if p.Type != timeline.PersonParty || !roleHolds(p.Role, office) {
			return false
		}
	}
	return len(d.m.Participants) > 0
}

// maxTheirModifiers is how many words may stand between "their" and the
// plural of an office: "their foreign ministers", "their deputy foreign
// ministers".
const maxTheirModifiers = 2

// theirOfficials is the index of the plural of an office (office-plural-
// nouns) after "their" at k that opens the subject of the event word at
// lo, with nothing but words of subject-skip between: "Their foreign
// ministers will meet", "Their envoys held talks"; -1 for none.
func theirOfficials(u *unit, k, lo int) int {
	if k >= lo || u.toks[k].Lower != "their" {
		return -1
	}
	j := k + 1
	for j < lo && j <= k+maxTheirModifiers && !officePluralNouns[u.toks[j].Lower] && u.toks[j].Word && !u.toks[j].Cap {
		j++
	}
	if j >= lo || !officePluralNouns[u.toks[j].Lower] {
		return -1
	}
	for m := j + 1; m < lo; m++ {
		if !subjectSkip[u.toks[m].Lower] && !eventAdjectives[u.toks[m].Lower] {
			return -1
		}
	}
	return j
}

// openingPluralSubject reports a sentence that opens with a plural
// subject, the two sides of the article's event, and goes on to the
// event word at lo through words a subject may be followed by: "The two
// leaders will meet in Lima", "The leaders agreed to meet again".
func openingPluralSubject(u *unit, lo int) bool {
	k := openingDateEnd(u, lo) // "Yesterday, the two leaders had an informal meeting"
	start := k
	if k < lo && u.toks[k].Lower == "the" {
		k++
	} else if k >= 0 && theirOfficials(u, k, lo) >= 0 {
		return true // "Their foreign ministers will meet in Quito"
	}
	if k < lo && pluralCounts[u.toks[k].Lower] > 0 {
		k++ // "two", "both", "three"
	}
	if k == start || k >= lo || !pluralRoleNouns[u.toks[k].Lower] {
		return false
	}
	for j := k + 1; j < lo; j++ {
		if !subjectSkip[u.toks[j].Lower] && !eventAdjectives[u.toks[j].Lower] && !compoundPart(u, j) && !jointBodyWords[u.toks[j].Lower] { // ("a 2+2 meeting", 'a "2+2" meeting', "a joint commission meeting")
			return false
		}
	}
	return true
}

// sidelinesHolders gives a gathering that an event of its sentence was
// held on the sidelines of (d.sidelines, set for an event noun by
// triggerKind) the people of that event, who attended it: "A and her
// counterpart B met in Busan on the sidelines of a trilateral ministers'
// meeting with C" is a gathering of A, B and C (party/sidelines-subject).
func (x *extraction) sidelinesHolders(d *draft, u *unit) {
	if d.sidelines == 0 || d.m.Kind != timeline.Summit {
		return
	}
	v := d.sidelines - 1
	word := joinText(u.toks[d.lo:d.hi])
	for i := len(x.drafts) - 1; i >= 0 && x.drafts[i].unit == d.unit; i-- {
		if e := x.drafts[i]; e.lo <= v && v < e.hi && !e.ref {
			for _, p := range e.m.Participants {
				x.addParty(d, p, because("party/sidelines-subject", p.Name, word))
			}
			return
		}
	}
}
