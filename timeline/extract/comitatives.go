package extract

import (
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads what a clause adds to its event past its parties: the
// people it adds with "together with", "along with" or "alongside" ("A met
// B in Lviv, together with C", "A, together with C, met B" — C took part
// too), and the talks a meeting was for ("met B for talks").

// comitativeParties adds to d the people, countries or organisations
// named after a phrase of comitative-phrases in d's clause: after the
// event's own words and parties (up to maxComitativeReach words on, past
// its date and place), or between its subject and its word, set off by
// commas right after the subject's name ("A, together with C, met B").
func (x *extraction) comitativeParties(d *draft, u *unit) {
	from := d.lo
	for from > 0 && !u.brk[from-1] {
		from--
	}
	for k := from; k < len(u.toks) && k < d.end+maxComitativeReach; k++ {
		if k >= d.lo && k < d.end {
			continue
		}
		if u.brk[k] && k >= d.end {
			return
		}
		_, n := comitativePhrases.match(u.toks, k)
		if n == 0 {
			continue
		}
		if k < d.lo && (k < 2 || u.toks[k-1].Text != "," || u.entEnd[k-2] == 0) {
			// ("A and B together with …" reads as the subject's own list;
			// "The next day, together with Japan, it organised …" adds to
			// no one named)
			continue
		}
		phrase := joinText(u.toks[k : k+n])
		for _, e := range forwardGroup(u, k+n, 1) {
			if !e.party() && e.Kind != entCountry && e.Kind != entOrg {
				continue
			}
			if p, ok := x.cast.participant(e, ""); ok {
				x.addParty(d, p, because("party/together-with", u.surface(e), phrase))
			}
		}
		return
	}
}

// maxComitativeReach is how many words past an event's last party a
// comitative phrase may open: "met B in Lviv in August last year,
// together with C".
const maxComitativeReach = 12

// comitativePhrases add a party to the event of their clause: "together
// with", "along with", "alongside".
var comitativePhrases *phraseTable[bool]

func init() { comitativePhrases = phraseSet(vocab.List("comitative-phrases")) }

// purposeTalks makes a meeting verb followed, right after its parties, by
// "for" and a noun of talks the talks it was held for: "A and B met for
// talks", "A met B for consultations", "sat down for talks"
// (kind/purpose).
func purposeTalks(d *draft, u *unit, info triggerInfo) {
	if d.m.Kind != timeline.Meeting || info.Noun || d.end+1 >= len(u.toks) || u.toks[d.end].Lower != "for" {
		return
	}
	k := d.end + 1
	for k < len(u.toks) && (eventAdjectives[u.toks[k].Lower] || separateCues[u.toks[k].Lower]) {
		k++ // "for official talks", "for separate talks"
	}
	if t, n := lex.triggers.match(u.toks, k); n > 0 && t.Kind == timeline.Talks && t.Noun {
		d.m.Kind, d.why.kind = timeline.Talks, because("kind/purpose", joinText(u.toks[d.end:k+n]), joinText(u.toks[d.lo:d.hi]))
	}
}

// mediators adds the mediators of an event, named after its last party
// by a participle of mediation-participles and "by": "Talks between
// Israel and Hamas, mediated by Qatar and Egypt, resumed in Doha" are
// talks of the four, the mediators at the table too (party/mediator).
func (x *extraction) mediators(d *draft, u *unit, right []party) {
	k := max(d.hi, d.end)
	for _, e := range right {
		k = max(k, e.Hi)
	}
	if k < len(u.toks) && u.toks[k].Text == "," {
		k++
	}
	if k+2 >= len(u.toks) || !mediationParticiples[u.toks[k].Lower] || u.toks[k+1].Lower != "by" {
		return
	}
	verb := u.toks[k].Text
	for _, e := range forwardGroup(u, k+2, 1) {
		if !e.party() && e.Kind != entCountry && e.Kind != entOrg {
			continue
		}
		if p, ok := x.cast.participant(e, ""); ok {
			x.addParty(d, p, because("party/mediator", u.surface(e), verb))
		}
	}
}

// mediationParticiples, before "by", name those who mediate an event as
// its parties: "mediated by Qatar" (vocab's mediation-participles).
var mediationParticiples = vocab.Set("mediation-participles")
