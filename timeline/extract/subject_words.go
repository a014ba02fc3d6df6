package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline/vocab"
)

// This file finds where the subject of an event word ends: the words
// that may stand between a subject and its event word, and the clause an
// agreement opens ("A and B agreed that talks would take place"), whose
// event is the subject's.

// subjectEnd walks back from the event word at lo over the words that
// may stand between a subject and it (auxiliaries, support verbs,
// asides, a date) to the last token of the subject's last name; -1 when
// something else stands there.
func subjectEnd(u *unit, lo int) int {
	k := lo - 1
	skipped := 0
	for k >= 0 {
		if u.entEnd[k] > 0 {
			if u.ents[u.entEnd[k]-1].Kind == entPlace {
				if j := adjunctEventBefore(u, k); j > 0 {
					k = j - 1 // "A and B agreed after talks in Lima to hold a summit": past the talks
					continue
				}
			}
			break
		}
		t := u.toks[k]
		if possessives[t.Lower] && !(t.Lower == "their" && k > 0 && holdVerbs[u.toks[k-1].Lower]) {
			return -1 // "briefed Zelenskyy on his talks with Lavrov": his, not Zelenskyy's
		}
		if (t.Text == "'" || t.Text == "’") && k > 0 && u.toks[k-1].End == t.Start && strings.HasSuffix(u.toks[k-1].Lower, "s") {
			k-- // "Vice President Harris' visit": the possessive of a name in -s
			continue
		}
		if j, ok := subjectBridge(u, k); ok {
			k = j
			break
		}
		if agreedThatAt(u, k, lo) {
			k -= 2 // "A and B agreed that talks would take place in Geneva": theirs
			continue
		}
		if t.Text == "," {
			if end := appositionClosedAt(u, k); end >= 0 {
				k = end // "A, the Austrian chancellor, met", "Hungary's president, B, met"
				break
			}
			if open := asideBefore(u, k); open > 0 && u.entEnd[open-1] > 0 {
				k = open - 1 // "A and B, who is in Chile on a state visit, held talks": past the aside
				continue
			}
			if pronounApposition(u, k) {
				k-- // "We, the leaders of A, B, and C, met": the apposition is the subject
				continue
			}
			// Only a comma that sets off a date ("Biden, on Thursday, held")
			// may be crossed: others end an apposition or a phrase.
			if !(k > 0 && (u.inTx[k-1] || u.toks[k-1].Text == ")") || k+1 < len(u.toks) && u.inTx[k+1]) {
				return -1
			}
		} else if !subjectSkip[t.Lower] && !inceptionVerbs[t.Lower] && !eventAdjectives[t.Lower] && !ordinalWords[t.Lower] && !u.inTx[k] && !compoundPart(u, k) && !(eventTopics[t.Lower] && !t.Cap) && !jointBodyWords[t.Lower] {
			if j := adjunctEventBefore(u, k); j > 0 {
				k = j - 1 // "A and B agreed in a phone call on Saturday to meet": past the call
				continue
			}
			if _, side := genericRoles[t.Lower]; !side {
				return -1
			}
		}
		if skipped++; skipped > 8 {
			return -1
		}
		k--
	}
	return k
}

// agreedThatAt reports the "that" at k of a clause agreed on whose subject
// is the event noun at lo, written without a definite determiner: in "A
// and B agreed that talks would take place in Geneva" the talks are A and
// B's, as in "A and B agreed to hold talks". ("Agreed that the talks …"
// refers back to talks told before: reportedBackRef.)
func agreedThatAt(u *unit, k, lo int) bool {
	if k < 1 || !complementOpeners[u.toks[k].Lower] || !agreementVerbs[u.toks[k-1].Lower] {
		return false
	}
	for j := k + 1; j < lo; j++ {
		if !indefiniteEventWords[u.toks[j].Lower] {
			return false
		}
	}
	// The clause must say the event is to happen ("would take place",
	// "should resume"), not judge it: "agreed that a meeting would be
	// useful" holds none.
	for s := lo + 1; s < len(u.toks) && s <= lo+maxAgreedPredicateReach; s++ {
		if u.brk[s] || u.toks[s].Text == "." || u.toks[s].Text == ";" {
			break
		}
		if _, n := agreedEventPredicates.match(u.toks, s); n > 0 {
			return true
		}
	}
	return false
}

// maxAgreedPredicateReach is how many words after the event noun (its
// other party and place between) the predicate of an agreed event may
// start: "that a meeting with President X in Lima would take place".
const maxAgreedPredicateReach = 12

// agreedEventPredicates say that an event agreed on is to happen (vocab's
// agreed-event-predicates).
var agreedEventPredicates *phraseTable[bool]

func init() { agreedEventPredicates = phraseSet(vocab.List("agreed-event-predicates")) }

// agreementVerbs say what two sides settled between them (vocab's
// agreement-verbs); indefiniteEventWords may stand between their "that"
// and the event noun (indefinite-event-words).
var (
	agreementVerbs       = vocab.Set("agreement-verbs")
	indefiniteEventWords = vocab.Set("indefinite-event-words")
)

// maxAdjunctWords bounds an event adjunct crossed on the way to a subject:
// "in a brief telephone call on Saturday".
const maxAdjunctWords = 8

// adjunctEventBefore reports the event adjunct that ends at k, between a
// verb and its infinitive ("agreed in a phone call on Saturday to meet",
// "decided during their talks to meet again"): the index of its
// preposition (event-adjunct-prepositions), when only the words of an
// event's noun phrase and a date stand after it and an event word is among
// them; -1 for none.
func adjunctEventBefore(u *unit, k int) int {
	event := false
	for j := k; j >= 1 && k-j <= maxAdjunctWords; j-- {
		t := &u.toks[j]
		if u.entEnd[j] > 0 {
			// "after talks in Lima": a place named in the adjunct, with
			// its preposition
			e := u.ents[u.entEnd[j]-1]
			if e.Kind != entPlace || e.Lo < 2 || !placePrepositions[u.toks[e.Lo-1].Lower] {
				return -1
			}
			j = e.Lo - 1
			continue
		}
		switch {
		case j < k && adjunctPrepositionsOfEvents[t.Lower]:
			if event {
				return j
			}
			return -1
		case t.Mask&firstTrigger != 0:
			if info, n := lex.triggers.match(u.toks, j); n > 0 && info.Noun && j+n-1 <= k {
				event = true
			}
		case u.inTx[j], subjectSkip[t.Lower], eventAdjectives[t.Lower], possessives[t.Lower]:
		default:
			return -1
		}
	}
	return -1
}

// holdVerbs, right before "their", hold the subject's own event: "A and B
// held their first high-level dialogue in six years".
var holdVerbs = map[string]bool{"held": true, "hold": true, "holds": true, "holding": true, "had": true, "have": true, "has": true}

// eventTopics say, in lower case, what an event is about (vocab's
// event-topics): "their economic dialogue", "trade talks".
var eventTopics = vocab.Set("event-topics")

// agreedWith reads "X spoke with Y on Monday and agreed to meet in Lima":
// a verb of an event after "and", a verb of agreement-verbs and "to",
// with no party of its own, is held with the people the first verb of the
// coordination was held with. nil when the words are not so.
func agreedWith(u *unit, lo int) []entity {
	if lo < 4 || u.toks[lo-1].Lower != "to" || !agreementVerbs[u.toks[lo-2].Lower] || u.toks[lo-3].Lower != "and" {
		return nil
	}
	for k := lo - 4; k >= 0 && !u.brk[k]; k-- {
		if withWords[u.toks[k].Lower] && u.entAt[k+1] > 0 {
			return forwardGroup(u, k+1, 0)
		}
	}
	return nil
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

// joinedBefore is e with the people joined to it before by "and" or a
// comma ("A and B, who met in Geneva in June, …"): the antecedent of a
// relative clause is the whole list.
func joinedBefore(u *unit, e entity) []entity {
	group := []entity{e}
	for k := e.Lo - 1; k >= 1 && (u.toks[k].Lower == "and" || u.toks[k].Text == ",") && u.entEnd[k-1] > 0; {
		p := u.ents[u.entEnd[k-1]-1]
		if p.Kind != entPerson || !p.subjectParty() {
			break
		}
		group = append([]entity{p}, group...)
		k = p.Lo - 1
	}
	return group
}

// relativeGroupSubject makes two people or more joined by "and", whom a
// relative clause follows, the subject of its event word at lo when it
// names no one else: "A and B, who met in Geneva in June, spoke by phone
// on Thursday" tells a meeting of A and B in June (party/relative-clause).
func relativeGroupSubject(u *unit, lo int, s *sides) {
	if len(s.left) > 0 || len(s.right) > 0 {
		return
	}
	e := relativeAntecedent(u, lo)
	if e == nil {
		return
	}
	if g := joinedBefore(u, *e); len(g) >= 2 {
		s.left = partiesOf(g, func(p entity) reason { return because("party/relative-clause", u.surface(p)) })
	}
}

// jointBodyWords name, before an event noun, the joint body whose session
// it is ("a joint commission meeting", "the next Joint Working Group
// meeting"), part of the event's noun phrase (vocab's joint-body-words).
var jointBodyWords = vocab.Set("joint-body-words")
