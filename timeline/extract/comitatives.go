package extract

import "github.com/dateline/dateline/timeline/vocab"

// This file reads the people an event's clause adds to its sides with
// "together with", "along with" or "alongside": "A met B in Lviv, together
// with C", "A, together with C, met B" — C took part too.

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
