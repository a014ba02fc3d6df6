package extract

import (
	"fmt"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
	"github.com/rickb777/date/v2"
)

// This file dates an event whose sentence carries the narrative on
// ("Following this, …", "Salas later …") by the last day the story told
// before it.

// sequenceReach is how many sentences back a narrative's last day is
// looked for.
const sequenceReach = 3

// dateBySequence dates an undated mention whose sentence carries the
// narrative on ("Following this, the President met …", "The day
// concluded with talks …") by the last day the text gave before it, in
// the sequenceReach sentences before: "In the afternoon (of the 16th),
// he paid tribute … Following this, he met Zhao Leji" is the 16th.
func (x *extraction) dateBySequence() {
	for _, d := range x.drafts {
		if d.m.When != nil || d.ref || x.units[d.unit].headline {
			continue
		}
		cue := sequenceOpener(x.units[d.unit].toks)
		if cue == "" || pastPerfectBefore(x.units[d.unit].toks, d.lo) {
			continue
		}
		j := d.unit - 1
		tx, ok := resolve.Timex{}, false
		for ; j >= 0 && j >= d.unit-sequenceReach && !x.units[j].headline; j-- {
			if tx, ok = lastDay(&x.units[j]); ok {
				break
			}
		}
		if !ok {
			// "Salas later spoke by phone with X" with no day told in the
			// sentences just before: later than the lead's news
			if j = x.leadUnit(); j < 0 || j >= d.unit {
				continue
			}
			if tx, ok = lastDay(&x.units[j]); !ok {
				continue
			}
		}
		d.m.When = fromTimex(tx)
		d.m.When.Basis = timeline.FromReference
		d.m.When.Explain = fmt.Sprintf("%q carries on the narrative of %q: %s", cue, clip(x.units[j].text[x.units[j].start:x.units[j].end], 80), tx.Explain)
		d.m.Source.Explain = d.m.When.Explain
		d.why.date = because("date/sequence", cue, tx.Text)
	}
}

// leadUnit is the index of the story's lead, its first sentence after the
// headline (unit.lead), or -1 for none.
func (x *extraction) leadUnit() int {
	for j := range x.units {
		if x.units[j].lead {
			return j
		}
	}
	return -1
}

// pastPerfectBefore reports "had" among the few words before the event
// word at lo ("had met", "had also spoken"): the past perfect tells a
// time before the narrative's, not its day.
func pastPerfectBefore(toks []token, lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-3 && toks[k].Word; k-- {
		if toks[k].Lower == "had" {
			return true
		}
	}
	return false
}

// lastDay is the last date expression of u that names one day, outside a
// relative clause set off by commas: "Salas, who arrived on Saturday,
// also met business leaders" tells the arrival's day as background, not
// the day the narrative is at.
func lastDay(u *unit) (resolve.Timex, bool) {
	for k := len(u.txs) - 1; k >= 0; k-- {
		t := u.txs[k]
		if lo, _ := asideAround(u, u.txTok[k]); lo >= 0 {
			continue
		}
		if t.Range != nil && t.Range.First == t.Range.Last && t.Range.First != date.Zero {
			return t, true
		}
	}
	return resolve.Timex{}, false
}

// sequenceOpener is the phrase of sequence-openers that opens toks
// ("Following this", "Subsequently", "The day concluded"), "" for none.
func sequenceOpener(toks []token) string {
	if len(toks) == 0 || !toks[0].Word {
		return ""
	}
	if _, n := sequenceOpeners.match(toks, 0); n > 0 {
		return joinText(toks[:n])
	}
	// "Sudani later travelled to Abu Dhabi": an adverb of the sequence
	// right after a subject of capitalised words
	for k := 1; k < len(toks) && k <= maxSubjectWords; k++ {
		if !toks[k].Word {
			return ""
		}
		if !toks[k].Cap {
			if sequenceAdverbs[toks[k].Lower] {
				return toks[k].Text
			}
			return ""
		}
	}
	return ""
}

// sequenceAdverbs, after a subject, carry the narrative on to the day the
// sentence before gave, as sequence-openers do at the start of a sentence.
var sequenceAdverbs = vocab.Set("sequence-adverbs")

// maxSubjectWords is how many capitalised words a subject before an
// adverb of the sequence may have ("President Sheikh Mohamed bin Zayed").
const maxSubjectWords = 5

// sequenceOpeners open a sentence that carries the narrative on from the
// one before, on the same day unless it says otherwise.
var sequenceOpeners *phraseTable[bool]

func init() { sequenceOpeners = phraseSet(vocab.List("sequence-openers")) }

// maxWhileReach is how many words before an event word the "as" or
// "while" of its clause may stand: "as Bolivian President Luis Arce met".
const maxWhileReach = 10

// dateByWhileClause dates an event of a clause opened by "as" or "while"
// (while-openers) with the day of the event of the main clause before it,
// which it happened at the same time as: "The talks came as Bolivian
// President Arce met Ecuadorian President Vega in Quito", "Salas met
// Reyes on Sunday while their ministers held talks in Lima"
// (date/while-clause).
func (x *extraction) dateByWhileClause() {
	for _, d := range x.drafts {
		if d.m.When != nil || d.ref {
			continue
		}
		u := &x.units[d.unit]
		at := -1
		for k := d.lo - 1; k > 0 && k >= d.lo-maxWhileReach; k-- {
			if whileOpeners[u.toks[k].Lower] {
				at = k
				break
			}
			if u.brk[k] || u.inTx[k] {
				break
			}
		}
		if at < 0 || d.venue || u.entAt[at+1] == 0 || u.ents[u.entAt[at+1]-1].Hi > d.lo {
			continue // a clause with a subject of its own named ("as X met Y"), not "as a co-chair of the Minsk Group"
		}
		for _, o := range x.drafts {
			if o.unit != d.unit || o == d || o.hi > at || o.m.When == nil || o.m.When.Range.Days() != 1 {
				continue
			}
			w := *o.m.When
			w.Basis = timeline.FromReference
			w.Explain = fmt.Sprintf("at the time of the %s of the main clause: %s", o.m.Kind, o.m.When.Explain)
			d.m.When = &w
			d.m.Source.Explain = w.Explain
			d.why.date = because("date/while-clause", u.toks[at].Text, string(o.m.Kind))
			break
		}
	}
}

// whileOpeners open a clause whose event happens at the time of the main
// clause's (vocab's while-openers).
var whileOpeners = vocab.Set("while-openers")
