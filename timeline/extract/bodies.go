package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads the sessions an organisation holds, named by the
// organisation before the meeting noun: "the OPEC ministerial meeting",
// "the July APEC meeting".

// bodySession makes a meeting or summit noun with no subject of its own
// the session of the organisation (or of its body) named before it, which
// the clause's subject attends.
func bodySession(d *draft, u *unit, info triggerInfo, lo, hi int, word string, s *sides) {
	at := standingStart(u, lo) // "the IADB annual meeting"
	if info.Noun && len(s.left) == 1 && len(s.right) == 0 && s.left[0].Kind == entOrg && s.left[0].Hi == at && orgModifierBefore(u, at) {
		s.left = nil // "attended the July APEC meeting": APEC's session
	}
	if len(s.left) == 0 && info.Noun && (d.m.Kind == timeline.Meeting || d.m.Kind == timeline.Summit) &&
		!(hi < len(u.toks) && compoundHeads[u.toks[hi].Lower]) {
		if org := bodyOwnerBefore(u, at); org != nil {
			// "the G20 Anti-Corruption Working Group (ACWG) ministerial
			// meeting": a session of the organisation's body, which the
			// subject of the clause attends
			s.right = append([]party{{*org, because("party/body-session", u.surface(*org), word)}}, s.right...)
			d.m.Kind, d.why.kind = timeline.Summit, because("kind/session-of", u.surface(*org))
			s.with = true
		}
	}
}

// maxStandingAdjectives bounds the adjectives between an organisation's
// name and the noun of its session: "the OSCE annual informal meeting".
const maxStandingAdjectives = 2

// standingStart is where the phrase of the event noun at lo starts, past
// the adjectives of its standing before it ("annual", "informal"): the
// organisation whose session it is stands right before.
func standingStart(u *unit, lo int) int {
	at := lo
	for at > 0 && eventAdjectives[u.toks[at-1].Lower] && at > lo-maxStandingAdjectives {
		at--
	}
	return at
}

// orgModifierBefore reports an organisation written right before the
// event noun at lo as its modifier, after a determiner, a possessive
// mark or a date ("the NATO meeting", "the July APEC meeting", "last
// week's OPEC meeting"): the organisation's own session, not a subject
// meeting someone.
func orgModifierBefore(u *unit, lo int) bool {
	if lo < 1 || u.entEnd[lo-1] == 0 {
		return false
	}
	e := u.ents[u.entEnd[lo-1]-1]
	if e.Kind != entOrg || e.Lo == 0 {
		return false
	}
	before := u.toks[e.Lo-1]
	return definiteRefs[before.Lower] || before.Lower == "a" || before.Lower == "an" || before.Lower == "'s" || u.inTx[e.Lo-1]
}

// bodyOwnerBefore finds, right before the event noun at lo, the name of
// a body of an organisation — capitalised words ending with a word of
// body-name-ends, perhaps with its abbreviation in brackets and an
// adjective ("ministerial") — and returns the organisation named first.
// nil when the words before lo are no such name.
func bodyOwnerBefore(u *unit, lo int) *entity {
	k := lo - 1
	for words := 0; k >= 0 && words < 2 && !u.toks[k].Cap && u.toks[k].Word && !nounPhraseOpener(u.toks[k].Lower); words++ {
		k-- // "ministerial": an adjective of the event noun
		for k >= 1 && u.toks[k].Text == "-" && gluedHyphen(u.toks, k) && u.toks[k-1].Word && !u.toks[k-1].Cap {
			k -= 2 // "mid-year coordination meeting": a compound is one word
		}
	}
	if k >= 2 && u.toks[k].Text == ")" && u.toks[k-2].Text == "(" {
		k -= 3 // "(ACWG)"
	}
	if k >= 0 && (k < lo-1 || orgModifierBefore(u, lo)) && u.entEnd[k] > 0 {
		// "the Inter-American Development Bank annual meeting", "the EU
		// foreign ministers meeting": the organisation's own session
		if e := u.ents[u.entEnd[k]-1]; e.Kind == entOrg {
			return &e
		}
	}
	if k < 0 || !bodyNameEnds[u.toks[k].Lower] || !u.toks[k].Cap {
		return nil
	}
	for j := k; j >= 0 && j > k-maxBodyNameWords; j-- {
		if u.entEnd[j] > 0 {
			e := u.ents[u.entEnd[j]-1]
			if e.Kind != entOrg || j == k {
				return nil
			}
			return &e
		}
		if !u.toks[j].Cap && u.toks[j].Text != "-" {
			return nil
		}
	}
	return nil
}

// theirLeaders reads "agreed to hold a summit meeting of their leaders",
// "a meeting of their heads of state": the event is between the countries
// of the people who agreed, whose leaders hold it; each person of the
// draft with a known country gives way to that country
// (party/their-leaders).
func theirLeaders(d *draft, u *unit) {
	k := d.hi
	if k+2 >= len(u.toks) || u.toks[k].Lower != "of" || u.toks[k+1].Lower != "their" || !genericRoles[u.toks[k+2].Lower] {
		return
	}
	ps := d.m.Participants[:0:0]
	for _, p := range d.m.Participants {
		if p.Type == timeline.PersonParty && p.Country != "" {
			p = groupParticipant(p.Country)
			d.why.partyBecause(p.Name, because("party/their-leaders", p.Name, joinText(u.toks[k:k+3])))
		}
		ps = addParticipant(ps, p)
	}
	d.m.Participants = ps
}

// nounPhraseOpener reports a word that opens the event noun's phrase, so
// that nothing before it is the noun's modifier: an article, a possessive
// or a preposition ("commitment to NATO during their meeting": NATO holds
// no meeting).
func nounPhraseOpener(w string) bool {
	return w == "a" || w == "an" || definiteRefs[w] || possessives[w] || placePrepositions[w] || adjunctPrepositionsOfEvents[w] || withWords[w]
}

// maxOrgBodyWords bounds the words of a body after its organisation's
// possessive mark: "'s council of foreign ministers".
const maxOrgBodyWords = 5

// orgBodyNouns are vocab's org-body-nouns: "council", "committee".
var orgBodyNouns = vocab.Set("org-body-nouns")

// orgBodyBefore is the organisation whose body ("council",
// org-body-nouns) or officers in the plural ("foreign ministers") stand
// between its possessive mark and the event word at lo, in lower case:
// "The Andean Community's council of foreign ministers met in Lima" is
// a session of the Andean Community. ok is false for none.
func orgBodyBefore(u *unit, lo int) (entity, bool) {
	k := lo - 1
	body := false
	for n := 0; k > 1 && n < maxOrgBodyWords && !possessiveMarks[u.toks[k].Text]; n++ {
		t := u.toks[k]
		if !t.Word || t.Cap || u.entEnd[k] > 0 || u.brk[k] {
			return entity{}, false
		}
		body = body || orgBodyNouns[t.Lower] || pluralRoleNouns[t.Lower]
		k--
	}
	if !body || k < 1 || !possessiveMarks[u.toks[k].Text] || u.entEnd[k-1] == 0 {
		return entity{}, false
	}
	org := u.ents[u.entEnd[k-1]-1]
	return org, org.Kind == entOrg
}

// orgBodySession makes an event word with no parties around it, after an
// organisation's body or officers (orgBodyBefore), a session of that
// organisation: "The Andean Community's council of foreign ministers met
// in Lima" (kind/session-of, party/body-session).
func orgBodySession(d *draft, u *unit, lo int, word string, s *sides) {
	if len(s.left) > 0 || len(s.right) > 0 || d.m.Kind != timeline.Meeting && d.m.Kind != timeline.Summit {
		return
	}
	if org, ok := orgBodyBefore(u, lo); ok {
		s.left = []party{{org, because("party/body-session", u.surface(org), word)}}
		d.m.Kind, d.why.kind = timeline.Summit, because("kind/session-of", u.surface(org))
		s.with = true
	}
}

// orgOwnSession reports an organisation alone as the subject of the noun
// of a meeting or summit with no other side: "The Arab League will hold
// an emergency meeting on Saturday" is a session of it (keep makes it a
// summit: kind/organisation-session). A verb is left to the rules of
// sessions: "before the Security Council meets" is a time.
func orgOwnSession(d *draft, info triggerInfo, left []party) bool {
	return info.Noun && len(left) == 1 && left[0].Kind == entOrg && (d.m.Kind == timeline.Meeting || d.m.Kind == timeline.Summit)
}
