package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file tells event words that are no event: a trigger whose
// neighbours make it something else ("a press conference", "a call for
// calm", "at the ministerial level").

// notAnEvent reports a trigger that its neighbours make something else: a
// "union meeting" (but an "African Union summit"), "a call for calm",
// "talks via videoconference" (the means of another event), "did not
// meet", "invited him to visit", "hopes to meet".
func notAnEvent(u *unit, lo, hi int, info triggerInfo) bool {
	toks := u.toks
	switch {
	case lo > 0 && notEventBefore[toks[lo-1].Lower] && u.entEnd[lo-1] == 0:
		return true
	case info.Kind == timeline.Call && hi < len(toks) && notEventAfter[toks[hi].Lower] &&
		(!topicPrepositionsAfterCall[toks[hi].Lower] || hi-lo == 1 && demandCallWords[toks[lo].Lower] && !callOnDay(u, lo, hi)):
		// "a call centre", "phone records"; "call on X to", "calls for
		// calm" — but "a videoconference on the anniversary of the
		// treaty" is a call about it
		return true
	case info.Kind == timeline.Call && info.Noun && lo > 0 && modeWords[toks[lo-1].Lower]:
		return true
	case info.Kind == timeline.Meeting && hi-lo == 2 && toks[hi-1].Lower == "on" && demandCallWords[toks[lo].Lower]:
		return !courtesyCall(u, hi) // "called on the President to resign"
	case info.Kind == timeline.Visit && hi-lo == 1 && toks[lo].Lower == "visiting" && hi < len(toks) && u.entAt[hi] > 0 && u.ents[u.entAt[hi]-1].individual():
		return true // "met with visiting Brazilian President X": who visits, not a visit to Brazil
	case info.Dated && info.Noun && nounOfEventAfter(u, hi):
		return true // "the previous round of Russian-Brazilian consultations": the consultations tell it
	case info.Kind == timeline.Summit && legislatureOf(u, hi):
		return true // "a joint session of the Philippine Congress": one country's, no meeting of states
	case hi-lo == 1 && adjectivalTriggers[toks[lo].Lower] && modifiesNounAfter(u, hi):
		return true // "at the vice-ministerial level", "a ministerial strategic dialogue": an adjective
	case hi-lo == 1 && hi < len(toks) && toks[hi].Lower == "by" && hostParticiples[toks[lo].Lower] && lo > 0 && triggerAt(u, lo-1):
		return true // "the summit convened by Peru": the summit's host, no second event
	case info.Kind == timeline.Visit && delegationNouns[toks[lo].Lower] && !ledBefore(u, lo):
		return true // "a trade delegation to Peru signed contracts", "sent a delegation to Lima": no one said to travel
	}
	if ownAbsence(u, lo, hi, info) != "" {
		// "pulled out of a trip to Bolivia", "pulled out of a meeting
		// with X": one's own trip, or a meeting of two, stayed away
		// from is called off, not denied (see completeDraft)
		return notYetAnEvent(u, lo)
	}
	return isNegated(u, lo) || notYetAnEvent(u, lo)
}

// adjectivalTriggers are event words that are also adjectives
// ("ministerial"): before a noun of level or an event noun they qualify it
// (vocab's adjectival-triggers).
var adjectivalTriggers = vocab.Set("adjectival-triggers")

// levelNouns, after an adjectival trigger, name a rank, not an event: "at
// the ministerial level" (vocab's level-nouns).
var levelNouns = vocab.Set("level-nouns")

// modifiesNounAfter reports, at hi right after an adjectival trigger, a
// noun of level-nouns or an event noun, past up to two lower-case words
// of its phrase: "level", "strategic dialogue".
func modifiesNounAfter(u *unit, hi int) bool {
	for k := hi; k < len(u.toks) && k <= hi+2; k++ {
		if levelNouns[u.toks[k].Lower] {
			return true
		}
		if info, n := lex.triggers.match(u.toks, k); n > 0 && info.Noun {
			return true
		}
		if t := u.toks[k]; !t.Word || t.Cap || phraseFollowers[t.Lower] || clauseOpeners[t.Lower] {
			return false // ("the ministerial in Lima", "the ministerial will open")
		}
	}
	return false
}
