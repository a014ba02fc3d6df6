package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads the status of an event from a clause other than its
// own: the main clause of a phrase that opens the sentence ("During his
// talks with X, he will …"), or of a participle after "before" ("is
// scheduled to address parliament on Wednesday before flying to
// Kampala").

// mainClauseCue reads the status words of the main clause when the trigger
// at lo stands in a phrase that opens the sentence: "During his talks with
// the President, Mr Cassis will stress …" is planned because "will" is,
// "After the meeting, she flew home" occurred. The opening phrase starts
// with a word of frame-openers and ends at the first comma; the main clause
// is read up to its first break, at most eight words.
func mainClauseCue(u *unit, lo int) (timeline.Status, string) {
	o := frameOpening(u, lo)
	if o < 0 {
		return "", ""
	}
	comma := -1
	for k := o + 1; k < len(u.toks) && k < lo+24; k++ {
		if u.toks[k].Text == "," {
			comma = k
			break
		}
	}
	if comma < lo {
		return "", ""
	}
	return statusWithin(u, comma+1, comma+8)
}

// statusWithin is the first status phrase from token from to token last
// of u, before a break or a comma ends the clause, and its words.
func statusWithin(u *unit, from, last int) (timeline.Status, string) {
	for k := from; k < len(u.toks) && k <= last; k++ {
		if u.brk[k] || u.toks[k].Text == "," {
			break
		}
		if s, n := lex.status.match(u.toks, k); n > 0 {
			return s, joinText(u.toks[k : k+n])
		}
	}
	return "", ""
}

// frameOpening is the index of the word that opens the phrase framing the
// event at lo before its main clause: the sentence's first word ("During
// his talks with …, he will …"), or the first word of a clause after
// "that" ("It is expected that during the talks with …, the discussion
// will …"). -1 for none.
func frameOpening(u *unit, lo int) int {
	if len(u.toks) > 0 && frameOpeners[u.toks[0].Lower] {
		return 0
	}
	for k := lo - 1; k >= 1 && k >= lo-maxFrameReach; k-- {
		if frameOpeners[u.toks[k].Lower] && u.toks[k-1].Lower == "that" {
			return k
		}
		if !u.toks[k].Word {
			break
		}
	}
	return -1
}

// maxFrameReach is how many words before an event word a framing phrase
// after "that" may open: "that during their talks".
const maxFrameReach = 4

// frameOpeners open a phrase that sets an event before the main clause:
// "During his talks with …, he will …".
var frameOpeners = vocab.Set("frame-openers")

// futureOpeners introduce a clause whose present tense speaks of the
// future: "wait until the envoy visits Baghdad", "once the king arrives in
// Washington", "before Salas meets Reyes".
var futureOpeners = vocab.Set("future-openers")

// maxSequelReach is how many words may stand between "before" and the
// event word of its participle phrase: "before flying to", "before
// heading on to Quito for talks".
const maxSequelReach = 6

// sequelCue reads the status words of the main clause when the trigger at
// lo stands in a participle phrase after a word of gerund-openers
// ("before", "after", "while") that follows it: "Abiy is scheduled to address parliament on Wednesday
// before flying to Kampala" is planned because "scheduled to" is. The
// main clause is read from its start to the sequence word.
func sequelCue(u *unit, lo int) (timeline.Status, string) {
	for k := lo; k >= 1 && k > lo-maxSequelReach; k-- {
		t := u.toks[k]
		if !t.Word || u.brk[k] && k < lo {
			return "", ""
		}
		if !strings.HasSuffix(t.Lower, "ing") || !gerundOpeners[u.toks[k-1].Lower] {
			continue
		}
		from := 0
		for j := k - 2; j > 0; j-- {
			if u.brk[j] || u.toks[j].Text == "," {
				from = j + 1
				break
			}
		}
		return statusWithin(u, from, k-2)
	}
	return "", ""
}
