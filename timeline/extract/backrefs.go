package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline/vocab"
)

// This file finds the back references of a sentence: a definite event
// noun ("The call", "the talks") that names no party of its own and
// stands for an event told before, and where such a reference says the
// event is held.

// isBackRef reports a sentence that opens with "The call", "This visit",
// "The first meeting": a determiner as the first word and at most two
// words between it and the event noun.
func isBackRef(toks []token, lo int) bool {
	return lo > 0 && backRefs[toks[0].Lower] && determinerBefore(toks, lo) == 0
}

// bareBackRef reports a sentence that opens with a plural event noun and
// no determiner, said to take place or go on: "Talks will also be held at
// the OSCE on January 13", "Negotiations are to resume on Monday". Naming
// nobody, the noun stands for the event told before, as "The talks" does;
// its own day and place make it a later session.
func bareBackRef(u *unit, lo, hi int) bool {
	return lo == 0 && hi < len(u.toks) && u.toks[0].Cap && strings.HasSuffix(u.toks[hi-1].Lower, "s") &&
		(happenedAfter(u, hi) || continuesAfter(u, hi))
}

// reportedBackRef reports the same in a clause that says what was said
// or agreed, when the clause says the event takes place: "It was
// confirmed that the talks would take place in Geneva", "Officials said
// the meeting will be held on Monday". (Other such clauses speak of the
// event as a topic: "He stressed that the negotiations needed to …".)
func reportedBackRef(u *unit, lo, hi int) bool {
	k := determinerBefore(u.toks, lo)
	if k < 1 || !happenedAfter(u, hi) {
		return false
	}
	w := u.toks[k-1].Lower
	return complementOpeners[w] || reportingVerbs[w]
}

// determinerBefore is the index of the determiner of back-refs that
// opens the noun phrase of the event noun at lo, with at most two
// lower-case words between; -1 for none. The "that" of "said that talks"
// opens a clause and is no determiner.
func determinerBefore(toks []token, lo int) int {
	for k := lo - 1; k >= 0 && k >= lo-3; k-- {
		if k > 0 && complementOpeners[toks[k].Lower] {
			return -1
		}
		if backRefs[toks[k].Lower] {
			return k
		}
		if !toks[k].Word || toks[k].Cap {
			return -1
		}
	}
	return -1
}

// complementOpeners open a clause that says what was said or agreed:
// "confirmed that the talks …".
var complementOpeners = vocab.Set("complement-openers")

// refPlace is the place of a back reference's own clause ("The talks
// will take place in Geneva"), named before any other event word ("The
// talks followed an earlier meeting in Lima": Lima is the meeting's).
func (x *extraction) refPlace(u *unit, lo, hi int) (string, reason) {
	limit := hi + placeReach
	// "The latest round of the dialogue took place in Bern": the noun
	// after "of" is the same event.
	ofPhrase := hi < len(u.toks) && u.toks[hi].Lower == "of"
	for k := hi; k < len(u.toks) && k < limit; k++ {
		if u.toks[k].Mask&firstTrigger != 0 {
			if info, n := lex.triggers.match(u.toks, k); n > 0 && info.Noun {
				if ofPhrase {
					ofPhrase = false
					continue
				}
				limit = k // (a verb, "the meeting convened in Quito", is its own)
			}
		}
	}
	return x.placeUpTo(u, lo, hi, limit)
}

// continueVerbs say that the event told before goes on (vocab's
// continue-verbs).
var continueVerbs = vocab.Set("continue-verbs")

// continuesAfter reports a verb of continue-verbs right after the event
// noun ending at hi, auxiliaries aside: "talks will continue", "the
// discussion continued".
func continuesAfter(u *unit, hi int) bool {
	k := hi
	for k < len(u.toks) && k < hi+3 && (u.toks[k].Lower == "will" || u.toks[k].Lower == "would" || u.toks[k].Lower == "also" || u.toks[k].Lower == "then") {
		k++
	}
	return k < len(u.toks) && continueVerbs[u.toks[k].Lower]
}

// venueOrganisation finds the organisation a back reference's clause says
// its session is held at, "at the OSCE", before a comma or the end of the
// sentence; nil for none. (A place there is refPlace's.)
func venueOrganisation(u *unit, hi int) *entity {
	for k := hi; k+1 < len(u.toks) && k < hi+placeReach; k++ {
		t := u.toks[k]
		if u.brk[k] || t.Text == "." || t.Text == ";" || t.Text == "," {
			return nil
		}
		if t.Lower != "at" {
			continue
		}
		if e := nameAfter(u, k+1); e != nil && e.Kind == entOrg {
			return e
		}
	}
	return nil
}
