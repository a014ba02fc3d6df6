package extract

import "github.com/dateline/dateline/timeline/vocab"

// This file reads an event told only on a condition, or as possible: "a
// summit between A and B could be held later this year if the talks
// succeed", "would meet X in Lima unless talks fail", "a meeting … is
// possible next month". The annotation guide counts what is announced,
// not what may or may not be arranged. (A modal alone, "may travel to
// Peru in August, his spokesman said", is read as a plan: see
// TestConsideredAndMayEvents.)

// conditionalModals are vocab's conditional-modals: "could", "might",
// "may", "would" (in lower case: "May" is a month).
var conditionalModals = vocab.Set("conditional-modals")

// conditionOpeners are vocab's condition-openers: "if", "unless".
var conditionOpeners = vocab.Set("condition-openers")

// speculativePredicates are vocab's speculative-predicates: "is possible".
var speculativePredicates = vocab.Set("speculative-predicates")

// maxSpeculativeSubject is how many words the noun phrase of an event
// noun that is its clause's subject may run after the noun before its
// verb: "a summit between President A and General Secretary B could".
const maxSpeculativeSubject = 14

// speculativeClause reports an event word at toks[lo:hi] told only on a
// condition or as possible: a modal of conditional-modals right before
// the verb (an auxiliary or adverb aside) with a condition after the
// event ("would meet X if the talks succeed"), the same as the verb of
// the clause whose subject is the event noun ("a summit … could be held
// … if"), or a predicate of speculative-predicates after a copula there
// ("a meeting … is possible next month").
func speculativeClause(u *unit, lo, hi int) bool {
	for k := lo - 1; k >= 0 && k >= lo-3; k-- {
		t := u.toks[k]
		if conditionalModals[t.Lower] && !t.Cap {
			return conditionAfter(u, hi)
		}
		if !subjectSkip[t.Lower] || u.brk[k] {
			break
		}
	}
	j := lo - 1
	for j >= 0 && lo-j <= 3 && u.toks[j].Word && !u.toks[j].Cap && !determiners[u.toks[j].Lower] {
		j-- // "a possible summit", "an informal meeting"
	}
	if j < 0 || !determiners[u.toks[j].Lower] || !clauseStart(u, j) {
		return false
	}
	for k := hi; k < len(u.toks) && k < hi+maxSpeculativeSubject; k++ {
		t := u.toks[k]
		if t.Text == "," || u.brk[k] || relativeOpeners[t.Lower] {
			return false
		}
		if conditionalModals[t.Lower] && !t.Cap {
			return conditionAfter(u, k)
		}
		if speculativePredicates[t.Lower] && k > 0 && presentCopulas[u.toks[k-1].Lower] {
			return true
		}
	}
	return false
}

// conditionAfter reports a condition opened after hi in the sentence:
// "would meet X if the talks succeed". With it, "would" is the
// conditional, not the future of reported speech ("said he would visit").
func conditionAfter(u *unit, hi int) bool {
	for k := hi; k < len(u.toks); k++ {
		if conditionOpeners[u.toks[k].Lower] {
			return true
		}
	}
	return false
}

// determiners open the noun phrase of an event noun that may be its
// clause's subject (vocab's subject-determiners): "a summit", "the
// meeting", "any talks".
var determiners = vocab.Set("subject-determiners")
