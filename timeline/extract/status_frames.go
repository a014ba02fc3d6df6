package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// trailingPhraseCue reads the plan of the main clause for an event noun
// at lo told in a phrase after it: "Macron and Scholz will hold a joint
// press conference after their talks" (the talks are planned, as the
// press conference is), "Salas will meet Reyes at the summit". The phrase
// opens with a word of frame-openers at most maxTrailingLead words
// before the noun, with only words of its noun phrase between; the main
// clause runs from the last break before it. Only a plan carries over:
// "cancelled the visit after talks" cancels no talks.
func trailingPhraseCue(u *unit, lo int) (timeline.Status, string) {
	if info, n := lex.triggers.match(u.toks, lo); n == 0 || !info.Noun {
		return "", "" // a verb's own tense tells its time
	}
	o := lo - 1
	for o > 0 && lo-o <= maxTrailingLead && nounPhraseWord(u, o) {
		o--
	}
	if o < 1 || !frameOpeners[u.toks[o].Lower] || u.brk[o-1] || u.toks[o-1].Text == "," {
		return "", ""
	}
	start := o - 1
	for start > 0 && !u.brk[start-1] && u.toks[start-1].Text != "," && !clauseOpeners[u.toks[start-1].Lower] {
		start--
	}
	for k := start; k < o; k++ {
		if _, n := lex.status.match(u.toks, k); n > 0 {
			if _, m := trailingPlanCues.match(u.toks, k); m > 0 && (k == 0 || !negations[u.toks[k-1].Lower]) {
				return timeline.Planned, joinText(u.toks[k:k+m]) + " … " + u.toks[o].Text
			}
			return "", "" // "cancelled the visit after talks", "agreed to reopen the border after talks"
		}
	}
	return "", ""
}

// trailingPlanCues are the words of a plan that put the main clause, and
// the phrase after it, in the future (vocab's trailing-plan-cues): not
// "agreed to", whose agreement came after the talks.
var trailingPlanCues *phraseTable[bool]

func init() { trailingPlanCues = phraseSet(vocab.List("trailing-plan-cues")) }

// maxTrailingLead is how many words of its noun phrase may stand between
// the opener of a trailing phrase and its event noun: "after their first
// face-to-face talks".
const maxTrailingLead = 5

// nounPhraseWord reports a word that may stand inside an event noun's
// phrase before the noun: an article, a possessive, an adjective of
// events, a length ("two-day").
func nounPhraseWord(u *unit, k int) bool {
	t := u.toks[k].Lower
	return objectArticles[t] || possessives[t] || eventAdjectives[t] || sequenceAdjectives[t] || lengthModifier(u, k)
}

// statusParticiple reports a word of the statuses table standing alone
// before an event noun, as its modifier: "their planned meeting", "the
// postponed talks".
func statusParticiple(u *unit, k int) bool {
	_, n := lex.status.match(u.toks, k)
	return n == 1 && u.toks[k].Word && !u.toks[k].Cap && (pastForm(u.toks[k].Lower) || u.toks[k].Lower == "upcoming" || u.toks[k].Lower == "forthcoming")
}
