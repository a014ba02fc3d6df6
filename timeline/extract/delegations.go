package extract

import (
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads the heads of delegations. A foreign ministry's release
// often names its country as the party of a meeting and the person who
// went in a sentence of its own: "Switzerland took part in the meeting
// … The Swiss delegation was led by Ambassador Alexandra Baumann", or
// "…, said Christine Löw, who led the Swiss delegation". The person then
// takes the country's place in the event the article reported before,
// as a person named in the event's own sentence would.

// delegationLeadVerbs say who is at the head of a delegation: "was led
// by", "who headed the".
var delegationLeadVerbs = vocab.Set("delegation-lead-verbs")

// delegationNouns name a country's delegation after its adjective: "the
// Swiss delegation", "the Chinese team".
var delegationNouns = vocab.Set("delegation-nouns")

// readDelegationHeads puts the head of a country's delegation in the place
// of the country in the last event before that names it
// (party/delegation-head).
func (x *extraction) readDelegationHeads() {
	if !slices.ContainsFunc(x.drafts, func(d *draft) bool { return hasPartyOf(d.m.Participants, timeline.CountryParty) }) {
		return // no event names a country for a head of delegation to stand for
	}
	for i := range x.units {
		u := &x.units[i]
		if u.headline || !mayNameDelegation(u.text[u.start:u.end]) {
			continue
		}
		for _, sh := range delegationHeads(u) {
			x.putDelegationHead(i, u, sh.side, sh.head)
		}
	}
}

// putDelegationHead puts head in the place of the country of side in the
// last event up to unit i that names it.
func (x *extraction) putDelegationHead(i int, u *unit, side, head entity) {
	d := x.lastEventNaming(i, side.Country)
	if d == nil {
		return
	}
	ps := x.participants(nil, []entity{head})
	if len(ps) != 1 || ps[0].Type != timeline.PersonParty || hasParticipant(d.m.Participants, ps[0].Name) {
		return
	}
	p := ps[0]
	if p.Country == "" {
		p.Country = side.Country
	}
	for k := range d.m.Participants {
		if d.m.Participants[k].Type == timeline.CountryParty && d.m.Participants[k].Name == side.Country {
			d.m.Participants[k] = p
			break
		}
	}
	d.why.partyBecause(p.Name, because("party/delegation-head", u.surface(head), u.surface(side)))
}

// delegationForms are the words of delegationNouns as text may write them
// (lower case and capitalised), for a quick test of a sentence's text.
var delegationForms = func() []string {
	var out []string
	for w := range delegationNouns {
		out = append(out, w, strings.ToUpper(w[:1])+w[1:])
	}
	return out
}()

// mayNameDelegation is a quick test that text holds a noun of
// delegationNouns, which spares most sentences the reading of
// delegationHead.
func mayNameDelegation(text string) bool {
	for _, f := range delegationForms {
		if strings.Contains(text, f) {
			return true
		}
	}
	return false
}

// sideHead is a delegation, by its country, and the person who led it.
type sideHead struct{ side, head entity }

// delegationHeads reads every head of a delegation a sentence names: the
// one delegationHead reads, a second in a clause whose verb is left out
// after it ("The Chilean delegation was headed by A, and the Peruvian
// side by B"), or the people of a plural of delegations, each for the
// country the text gives them ("The delegations were headed by A of Chile
// and B of Peru").
func delegationHeads(u *unit) []sideHead {
	if s, h, ok := delegationHead(u); ok {
		out := []sideHead{{s, h}}
		k := h.Hi
		if k+2 < len(u.toks) && u.toks[k].Text == "," && u.toks[k+1].Lower == "and" {
			k += 2
		}
		if k+1 < len(u.toks) && u.toks[k].Lower == "the" {
			k++
		}
		if k < len(u.toks) && u.entAt[k] > 0 {
			if e := u.ents[u.entAt[k]-1]; e.Lo == k && e.Side && e.Country != "" && e.Country != s.Country && e.Hi < len(u.toks) && u.toks[e.Hi].Lower == "by" {
				if p, ok := personAt(u, e.Hi+1); ok {
					out = append(out, sideHead{e, p})
				}
			}
		}
		return out
	}
	for k := 1; k+2 < len(u.toks) && k <= 3; k++ {
		if !delegationNouns[strings.TrimSuffix(u.toks[k].Lower, "s")] || !strings.HasSuffix(u.toks[k].Lower, "s") {
			continue
		}
		v := k + 1
		for v < len(u.toks) && auxiliaryBe[u.toks[v].Lower] {
			v++
		}
		if v+1 >= len(u.toks) || !delegationLeadVerbs[u.toks[v].Lower] || u.toks[v+1].Lower != "by" {
			return nil
		}
		var out []sideHead
		for _, e := range forwardGroup(u, v+2, 0) {
			if e.Kind == entPerson && !e.Reporter && e.Country != "" {
				out = append(out, sideHead{entity{Lo: k, Hi: k + 1, Kind: entCountry, Name: e.Country, Country: e.Country}, e})
			}
		}
		return out
	}
	return nil
}

// delegationHead reads a sentence that names the head of a country's
// delegation: "The Swiss delegation was led by Ambassador Alexandra
// Baumann" (the delegation, a verb of delegationLeadVerbs, "by", the
// person) or "Christine Löw, who led the Swiss delegation" (the person,
// the verb, the delegation).
func delegationHead(u *unit) (side, head entity, ok bool) {
	for i, t := range u.toks {
		if !delegationLeadVerbs[t.Lower] || i+2 >= len(u.toks) {
			continue
		}
		if u.toks[i+1].Lower == "by" {
			if h, ok := personAt(u, i+2); ok {
				if s, ok := delegationEndingBefore(u, i); ok {
					return s, h, true
				}
			}
			continue
		}
		if s, ok := delegationAt(u, i+1); ok {
			if h, ok := delegationHeadBefore(u, i); ok {
				return s, h, true
			}
		}
	}
	return entity{}, entity{}, false
}

// personAt is the person named at toks[k], after an article if any.
func personAt(u *unit, k int) (entity, bool) {
	if k < len(u.toks) && u.toks[k].Lower == "the" {
		k++
	}
	if k >= len(u.toks) || u.entAt[k] == 0 {
		return entity{}, false
	}
	e := u.ents[u.entAt[k]-1]
	return e, e.Lo == k && e.Kind == entPerson && !e.Reporter
}

// delegationAt is a country's delegation named at toks[k]: "the Swiss
// delegation".
func delegationAt(u *unit, k int) (entity, bool) {
	if k < len(u.toks) && u.toks[k].Lower == "the" {
		k++
	}
	if k >= len(u.toks) || u.entAt[k] == 0 {
		return entity{}, false
	}
	e := u.ents[u.entAt[k]-1]
	return e, e.Lo == k && isDelegation(u, e)
}

// isDelegation reports an entity that is a country's delegation: a side
// whose last word is a noun of delegationNouns.
func isDelegation(u *unit, e entity) bool {
	return (e.Kind == entRole || e.Kind == entCountry) && e.Side && e.Country != "" && e.Hi > e.Lo && delegationNouns[u.toks[e.Hi-1].Lower]
}

// delegationEndingBefore is the delegation that is the subject of the
// verb at toks[v]: "The Swiss delegation was led by", with at most an
// auxiliary between, or that the participle at v follows after a comma:
// "The Swiss delegation, led by Ambassador X, held talks …".
func delegationEndingBefore(u *unit, v int) (entity, bool) {
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		for _, e := range u.ents {
			if e.Hi == k+1 && isDelegation(u, e) {
				return e, true
			}
		}
		if !auxiliaryBe[u.toks[k].Lower] && !(k == v-1 && u.toks[k].Text == ",") {
			break
		}
	}
	return entity{}, false
}

// auxiliaryBe are the forms of "be" of a passive: "was led by".
var auxiliaryBe = map[string]bool{"was": true, "is": true, "were": true, "are": true, "will": true, "would": true, "be": true, "been": true, "has": true, "had": true}

// delegationHeadBefore is the person a verb at toks[v] tells of: the nearest
// person before it in its clause ("Christine Löw, deputy head of the
// division, who led …").
func delegationHeadBefore(u *unit, v int) (entity, bool) {
	var best entity
	found := false
	for _, e := range u.ents {
		if e.Hi <= v && e.Kind == entPerson && !e.Reporter {
			best, found = e, true
		}
	}
	if !found {
		return entity{}, false
	}
	for k := best.Hi; k < v; k++ {
		if u.brk[k] && u.toks[k].Lower != "who" {
			return entity{}, false // another clause: "X said that Y, who led …"
		}
	}
	return best, true
}

// lastEventNaming is the last event before unit i (or, when there is none,
// the first after it in the next two sentences) that names country as a
// party.
func (x *extraction) lastEventNaming(i int, country string) *draft {
	names := func(d *draft) bool {
		if d.generic && d.tx == nil {
			return false // a topic or a process, which keep drops
		}
		for _, p := range d.m.Participants {
			if p.Type == timeline.CountryParty && p.Name == country {
				return true
			}
		}
		return false
	}
	for k := len(x.drafts) - 1; k >= 0; k-- {
		if d := x.drafts[k]; d.unit <= i && !d.ref && !x.units[d.unit].headline && names(d) {
			return d
		}
	}
	for _, d := range x.drafts {
		if d.unit > i && d.unit <= i+2 && !d.ref && names(d) {
			return d
		}
	}
	return nil
}

// bothSides name the two sides of the event told before (vocab's
// both-sides), built in init once the tokenizer's tables are ready.
var bothSides *phraseTable[bool]

func init() { bothSides = phraseSet(vocab.List("both-sides")) }

// readSideHeads reads a sentence that opens with the heads of both sides
// of the event told before: "Led by Principal Deputy National Security
// Advisor Jon Finer and Head of Cabinet Bjoern Seibert, both sides agreed
// …", or "The talks were led by A and her counterpart, B". The two people
// take the place of the event's parties (party/side-heads): the event
// told before named the sides as countries, bodies or "officials". When
// it named two countries, a person of no country known takes the one the
// other person is not of.
func (x *extraction) readSideHeads() {
	for i := range x.units {
		u := &x.units[i]
		if u.headline || len(u.toks) < 8 {
			continue
		}
		g, ok := ledByBothSides(u)
		if !ok {
			g, ok = eventLedBy(u)
		}
		if !ok {
			continue
		}
		d := x.lastEventBefore(i)
		if d == nil || d.m.Kind == timeline.Visit {
			continue
		}
		ps := x.participants(nil, g)
		if len(ps) != 2 || ps[0].Type != timeline.PersonParty || ps[1].Type != timeline.PersonParty {
			continue
		}
		sideCountries(ps, d.m.Participants)
		d.m.Participants = ps
		for _, p := range ps {
			d.why.partyBecause(p.Name, because("party/side-heads", p.Name, clip(u.text[u.start:u.end], 80)))
		}
	}
}

// sideCountries gives the one of two people with no country the country
// of sides (two countries) that the other is not of.
func sideCountries(people, sides []timeline.Participant) {
	if len(people) != 2 || len(sides) != 2 || sides[0].Type != timeline.CountryParty || sides[1].Type != timeline.CountryParty {
		return
	}
	for i := range people {
		other := people[1-i].Country
		if people[i].Country != "" || other == "" {
			continue
		}
		for _, s := range sides {
			if s.Name != other {
				people[i].Country = s.Name
			}
		}
	}
}

// ledByBothSides reads "Led by A and B, both sides agreed …": the two
// people.
func ledByBothSides(u *unit) ([]entity, bool) {
	if u.toks[0].Lower != "led" || u.toks[1].Lower != "by" {
		return nil, false
	}
	g := forwardGroup(u, 2, 1)
	if len(g) != 2 || g[0].Kind != entPerson || g[1].Kind != entPerson {
		return nil, false
	}
	end := g[1].Hi
	if end+1 >= len(u.toks) || u.toks[end].Text != "," {
		return nil, false
	}
	_, n := bothSides.match(u.toks, end+1)
	return g, n > 0
}

// eventLedBy reads "The talks were led by A, director general …, and her
// Japanese counterpart, B": a sentence that opens with a definite event
// noun, a passive of delegation-lead-verbs and the two people named
// after "by", whatever apposition stands between them.
func eventLedBy(u *unit) ([]entity, bool) {
	if u.toks[0].Lower != "the" {
		return nil, false
	}
	info, n := lex.triggers.match(u.toks, 1)
	if n == 0 || !info.Noun {
		return nil, false
	}
	v := 1 + n
	for v < len(u.toks) && auxiliaryBe[u.toks[v].Lower] {
		v++
	}
	if v == 1+n || v+1 >= len(u.toks) || !delegationLeadVerbs[u.toks[v].Lower] || u.toks[v+1].Lower != "by" {
		return nil, false
	}
	var g []entity
	for _, e := range u.ents {
		if e.Lo > v+1 && e.Kind == entPerson && e.party() {
			g = append(g, e)
		}
	}
	return g, len(g) == 2
}

// delegationFrom reads a delegation as the object of an event verb at k:
// "a delegation from Sudan" is Sudan, and "a delegation from Sudan led
// by Ambassador X" the ambassador, who heads it. nil when k holds no
// delegation noun with "from" or "of" and a side after it.
func delegationFrom(u *unit, k int) []entity {
	if !delegationNouns[u.toks[k].Lower] || k+2 >= len(u.toks) {
		return nil
	}
	if head := ledBy(u, k+1); head != nil {
		return []entity{*head} // "met a delegation led by State Minister X"
	}
	if u.toks[k+1].Lower != "from" && u.toks[k+1].Lower != "of" {
		return nil
	}
	j := k + 2
	for j+1 < len(u.toks) && u.entAt[j] == 0 && countryFiller[u.toks[j].Lower] {
		j++ // "from the Republic of the Sudan"
	}
	g := forwardGroup(u, j, 0)
	if len(g) == 0 {
		return nil
	}
	if head := ledBy(u, g[len(g)-1].Hi); head != nil {
		if head.Country == "" && len(g) == 1 {
			head.Country = g[0].Country
		}
		return []entity{*head}
	}
	return g
}

// objectDelegation is the delegation that the verb ending at hi has as its
// object, read at toks[k], steps words after hi, or nil: "received a
// delegation from Sudan led by Ambassador X", "met a high-level delegation
// led by X", "met a Peruvian delegation" (the country), "hosted the
// Peruvian delegation headed by Foreign Minister X" (its head).
func objectDelegation(u *unit, hi, k, steps int, info triggerInfo) []entity {
	if !info.Object || info.Destination || steps > 4 {
		return nil
	}
	determined := steps >= 1 && objectArticles[u.toks[hi].Lower] && nounModifiers(u, hi+1, k)
	if determined {
		if g := delegationFrom(u, k); len(g) > 0 {
			return g
		}
	}
	if !determined && steps != 0 || u.entAt[k] == 0 {
		return nil
	}
	e := u.ents[u.entAt[k]-1]
	if e.Lo != k || !e.Side || e.Kind != entRole || e.Country == "" {
		return nil
	}
	if head := ledBy(u, e.Hi); head != nil {
		if head.Country == "" {
			head.Country = e.Country
		}
		return []entity{*head}
	}
	return []entity{e}
}

// objectArticles may open the noun phrase of a verb's object: "met a
// delegation", "received the delegation".
var objectArticles = vocab.Set("object-articles")

// ledBy reads "led by X", "headed by X" at k, after a
// delegation: X, a person who heads it, or nil.
func ledBy(u *unit, k int) *entity {
	if k+2 >= len(u.toks) || !delegationLeadVerbs[u.toks[k].Lower] || u.toks[k+1].Lower != "by" || u.entAt[k+2] == 0 {
		return nil
	}
	if head := u.ents[u.entAt[k+2]-1]; head.Kind == entPerson {
		return &head
	}
	return nil
}

// nounModifiers reports that toks[from:to] are lower-case words and
// hyphens only: the modifiers of a noun ("a high-level delegation").
func nounModifiers(u *unit, from, to int) bool {
	for k := from; k < to; k++ {
		if t := u.toks[k]; t.Cap || !t.Word && t.Text != "-" {
			return false
		}
	}
	return true
}

// readSessionChairs puts, in an event whose sides are countries or
// organisations, the people its sentence says chaired it for their side:
// "The EU-Chile Association Council held its 15th meeting in Brussels,
// chaired by High Representative Josep Borrell and Foreign Minister Ana
// Cruz" is Borrell's and Cruz's (party/chaired-by). Only a person of a
// side's country or organisation takes its place.
func (x *extraction) readSessionChairs() {
	for _, d := range x.drafts {
		if d.ref || d.m.Kind == timeline.Visit || len(d.m.Participants) < 2 {
			continue
		}
		u := &x.units[d.unit]
		chairs := chairsAfter(u, max(d.hi, d.end))
		if len(chairs) == 0 {
			continue
		}
		people := x.participants(nil, chairs)
		for i, p := range d.m.Participants {
			if p.Type == timeline.PersonParty {
				continue
			}
			for _, c := range people {
				if c.Type == timeline.PersonParty && c.Country == p.Name {
					d.m.Participants[i] = c
					d.why.partyBecause(c.Name, because("party/chaired-by", c.Name, p.Name))
					break
				}
			}
		}
	}
}

// chairsAfter reads, after the event ending at from, in its sentence, a
// participle of chairing and "by" with the people who chaired it: ",
// chaired by A and B", "co-chaired by A and B". nil for none.
func chairsAfter(u *unit, from int) []entity {
	for k := from; k+2 < len(u.toks) && k < from+maxChairReach; k++ {
		if u.brk[k] {
			return nil
		}
		if chairParticiples[u.toks[k].Lower] && u.toks[k+1].Lower == "by" {
			g := forwardGroup(u, k+2, 0)
			if len(g) == 0 || g[0].Kind != entPerson {
				return nil
			}
			return g
		}
	}
	return nil
}

// maxChairReach is how many words after the event the participle of
// chairing may stand: "held its meeting in Brussels on Friday, chaired by".
const maxChairReach = 12

// chairParticiples say who chaired a session (vocab's chair-participles).
var chairParticiples = vocab.Set("chair-participles")
