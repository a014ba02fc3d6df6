package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads who speaks at a gathering, and so takes part in it:
// "reiterated before the Security Council", "said at the G20 summit",
// "told the UN General Assembly".

// addressVerbs, addressPreps, addressFillers and addressObjectVerbs are
// vocab's address-verbs, address-preps, address-fillers and
// address-object-verbs.
var (
	addressVerbs       = vocab.Set("address-verbs")
	addressPreps       = vocab.Set("address-preps")
	addressFillers     = vocab.Set("address-fillers")
	addressObjectVerbs = vocab.Set("address-object-verbs")
	beforeBodies       = vocab.Set("before-bodies")
	sidelineNouns      = vocab.Set("sideline-nouns")
)

// presenceOpeners and presenceTails are vocab's presence-openers and
// presence-tails, built in init once the tokenizer's tables are ready.
var presenceOpeners, presenceTails *phraseTable[bool]

func init() {
	presenceOpeners = phraseSet(vocab.List("presence-openers"))
	presenceTails = phraseSet(vocab.List("presence-tails"))
}

// maxAddressFillers is how many words of address-fillers may stand between
// a verb of address-verbs and its preposition: "made a keynote speech at".
const maxAddressFillers = 4

// addressVerbBefore finds the verb of someone who speaks at the gathering
// named at toks[lo:hi]: a verb of address-verbs and a preposition of
// address-preps ("stressed before the Council", "said in a speech at the
// summit"), or a verb of address-object-verbs ("told the Assembly"), with
// words of session-parts and session-fillers before the name ("told the
// opening session of the Assembly"). It returns the index of the verb, or
// -1. Only a gathering whose name ends with a word of before-bodies may
// follow "before", for before a summit is a time ("said before the NATO
// summit that …"); nor may it be the subject of its own verb ("said before
// the Council meets"): that "before" is a time too.
func addressVerbBefore(u *unit, e entity) int {
	lo, hi := e.Lo, e.Hi
	if hi < len(u.toks) && sessionVerbs[u.toks[hi].Lower] {
		return -1
	}
	k := lo - 1
	for k >= 0 && lo-k <= maxSessionAttendReach && (sessionFillers[u.toks[k].Lower] || sessionParts[u.toks[k].Lower]) {
		k--
	}
	if k < 0 {
		return -1
	}
	// The verbs are reporting verbs, which end a clause (isClauseBreak):
	// only the words after them must be of one clause.
	w := u.toks[k].Lower
	if addressObjectVerbs[w] {
		return k
	}
	if !addressPreps[w] || w == "before" && !beforeBodies[strings.ToLower(lastWord(e.Name))] { // ("before" opens a clause: no brk check)
		return -1
	}
	for j := k - 1; j >= 0 && k-j <= maxAddressFillers+1; j-- {
		w := u.toks[j].Lower
		if addressVerbs[w] {
			return j
		}
		if u.brk[j] || !addressFillers[w] {
			return -1
		}
	}
	return -1
}

// sidelinesEventBefore finds the event held on the sidelines of the
// gathering e: "of" and a word of sideline-nouns before its name (words
// of session-parts and session-fillers aside), and an event word before
// them in the clause ("met him briefly in February on the sidelines of
// the UN General Assembly"). Whoever holds that event attended the
// gathering. It returns the event word's first index and length, or -1.
func sidelinesEventBefore(u *unit, e entity) (int, int) {
	k := e.Lo - 1
	for k >= 0 && e.Lo-k <= maxSessionAttendReach && u.toks[k].Lower != "of" && (sessionFillers[u.toks[k].Lower] || sessionParts[u.toks[k].Lower]) {
		k--
	}
	if k < 1 || u.toks[k].Lower != "of" || !sidelineNouns[u.toks[k-1].Lower] {
		return -1, 0
	}
	return eventBeforeSidelines(u, k)
}

// eventBeforeSidelines finds the event word before "the sidelines of",
// whose "of" is at k, in its clause: its first index and length, or -1.
func eventBeforeSidelines(u *unit, k int) (int, int) {
	for j := k - 2; j >= 0 && k-j <= maxAttendReach; j-- {
		if u.toks[j].Mask&firstTrigger != 0 {
			if _, n := lex.triggers.match(u.toks, j); n > 0 && j+n < k {
				return j, n
			}
		}
		if u.brk[j] {
			break
		}
	}
	return -1, 0
}

// maxPresenceName is how many words may stand between "with" and the
// phrase of presence-tails: a title and a name ("with Foreign Minister
// Lars Dahl in attendance").
const maxPresenceName = 8

// presentPeople reads, after the name of a gathering ending at hi and in
// its sentence, the people told as present at it: "…, with Mr Dahl in
// attendance", "… in the presence of President Salas". It returns them
// and the phrase that says so.
func presentPeople(u *unit, hi int) ([]entity, string) {
	person := func(k int) (entity, bool) {
		if k < len(u.toks) && u.entAt[k] > 0 {
			if e := u.ents[u.entAt[k]-1]; e.Kind == entPerson && !e.Reporter {
				return e, true
			}
		}
		return entity{}, false
	}
	for k := hi; k < len(u.toks); k++ {
		if t := u.toks[k].Text; t == ";" || t == "." {
			break
		}
		if _, n := presenceOpeners.match(u.toks, k); n > 0 {
			if e, ok := person(k + n); ok {
				return []entity{e}, joinText(u.toks[k : k+n])
			}
		}
		if u.toks[k].Lower != "with" {
			continue
		}
		var people []entity
		for j := k + 1; j < len(u.toks) && j <= k+maxPresenceName; j++ {
			if e, ok := person(j); ok {
				people = append(people, e)
				j = e.Hi - 1
				continue
			}
			if _, n := presenceTails.match(u.toks, j); n > 0 && len(people) > 0 {
				return people, "with … " + joinText(u.toks[j:j+n])
			}
		}
	}
	return nil, ""
}

// participleParties reads, right after an event noun at hi, the
// participles that name its parties: "hosted by Mélanie Joly and attended
// by Ignazio Cassis", "chaired by A" (host-participles and
// session-participles, each before "by"). nil when none follows.
func participleParties(u *unit, hi int) []party {
	if ps := attendanceParties(u, hi); len(ps) > 0 {
		return ps
	}
	var out []party
	k := hi
	if j := participleAfter(u, hi); j > hi && hostParticiples[u.toks[j].Lower] && !triggerBetween(u, hi, j) && !hasComma(u.toks[hi:j]) && !copulaBetween(u, hi, j) {
		// "a conference on Gaza in Jordan co-hosted by A, B and C", "a
		// summit in Amman on Tuesday hosted by A": its hosts past its
		// topic, place and date (but "The meeting was attended by …" is
		// a clause of its own: see readAttendance)
		k = j
	}
	for k+1 < len(u.toks) {
		if u.toks[k].Text == "," || u.toks[k].Lower == "and" {
			k++
			continue
		}
		w := u.toks[k].Lower
		if !hostParticiples[w] && !sessionParticiples[w] || u.toks[k+1].Lower != "by" {
			break
		}
		g := forwardGroup(u, k+2, 1)
		if len(g) == 0 {
			if len(out) == 0 {
				// "the mini-summit convened by the Chairperson of the
				// Commission in Addis Ababa on 16 February with the
				// Presidents of A and B": a host no name gives, then
				// the parties
				return withAfterSetting(u, agentPhraseEnd(u, k+2))
			}
			break
		}
		verb := u.toks[k].Text
		out = append(out, partiesOf(g, func(e entity) reason { return because("party/participle", u.surface(e), verb) })...)
		k = g[len(g)-1].Hi
	}
	if len(out) > 0 {
		out = append(out, withAfterSetting(u, k)...)
	}
	return out
}

// maxAgentWords bounds the words of an agent's phrase that names no one
// extraction knows: "the Chairperson of the Commission".
const maxAgentWords = 6

// agentPhraseEnd is the index after the agent's phrase at k: "the", "of"
// and capitalised words, at most maxAgentWords of them.
func agentPhraseEnd(u *unit, k int) int {
	j := k
	for j < len(u.toks) && j < k+maxAgentWords && u.entAt[j] == 0 && u.toks[j].Word && (u.toks[j].Cap || u.toks[j].Lower == "the" || u.toks[j].Lower == "of") {
		j++
	}
	return j
}

// maxSettingWords is how many words of place and date may stand between
// a participle's agent and the "with" of the event's other parties.
const maxSettingWords = 10

// withAfterSetting reads, at k after the host of an event ("convened by
// Peru"), its place and date, then "with" and the parties named after it:
// "the summit convened by Peru in Lima on Friday with the presidents of
// Bolivia and Ecuador" (party/with). nil when anything else stands there.
func withAfterSetting(u *unit, k int) []party {
	for j := k; j+1 < len(u.toks) && j <= k+maxSettingWords; j++ {
		t := &u.toks[j]
		switch {
		case t.Lower == "with":
			g := forwardGroup(u, j+1, 4) // ("with the presidents of A and B")
			return partiesOf(g, func(e entity) reason { return because("party/with", u.surface(e), "with") })
		case u.inTx[j] || t.Lower == "in" || t.Lower == "on" || t.Lower == "at" || t.Lower == "the" || t.Text == ",":
		case u.entAt[j] > 0 && u.ents[u.entAt[j]-1].Kind == entPlace:
			j = u.ents[u.entAt[j]-1].Hi - 1
		default:
			return nil
		}
	}
	return nil
}

// attendanceParties reads, in the sentence after an event noun at hi,
// "with" and the people said to be there: "A summit of South American
// leaders opened in Brasilia on Tuesday, with A and B in attendance"
// (attendance-phrases). nil when the sentence says no such thing.
func attendanceParties(u *unit, hi int) []party {
	for k := hi; k+2 < len(u.toks) && k < hi+maxAttendanceReach; k++ {
		if u.toks[k].Lower != "with" || u.entAt[k+1] == 0 {
			continue
		}
		g := forwardGroup(u, k+1, 0)
		if len(g) == 0 {
			return nil
		}
		end := g[len(g)-1].Hi
		_, n := attendancePhrases.match(u.toks, end)
		if n == 0 {
			return nil
		}
		phrase := joinText(u.toks[end : end+n])
		return partiesOf(g, func(e entity) reason { return because("party/in-attendance", u.surface(e), phrase) })
	}
	return nil
}

// maxAttendanceReach is how many words after the event noun "with" may
// stand: "a summit … opened in Brasilia on Tuesday, with …".
const maxAttendanceReach = 14

// attendancePhrases say, after "with" and names, that those named are at
// the event (vocab's attendance-phrases).
var attendancePhrases *phraseTable[bool]

func init() { attendancePhrases = phraseSet(vocab.List("attendance-phrases")) }
