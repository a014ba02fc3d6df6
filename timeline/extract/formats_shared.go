package extract

import (
	"strings"
)

// This file reads two named formats written with one shared plural noun:
// "the G7 and NATO summits", "the October US-ASEAN and East Asia Summits".
// English drops the first noun of a coordination ("the G7 [summit] and the
// NATO summit"); the table knows "G7 summit" and "NATO summit", not the
// plural, so without this the recogniser sees a country or an organisation
// and one plural trigger, and reports one summit of the wrong parties or
// none.

// sharedHeads maps the plural of the last word of a format's forms to
// that word: "summits" to "summit", "councils" to "council". Words that
// already end in "s" ("talks") have no plural of their own and are left
// out.
var sharedHeads = func() map[string]string {
	heads := map[string]string{}
	for _, f := range formats {
		for _, form := range f.Forms {
			toks := tokenize(form, 0)
			if len(toks) < 2 {
				continue // a one-word form ("AUKUS") has no noun to share
			}
			last := toks[len(toks)-1].Lower
			if strings.HasSuffix(last, "s") || !toks[len(toks)-1].Word {
				continue
			}
			heads[last+"s"] = last
		}
	}
	return heads
}()

// nameJoiners are the marks that join the words of a format's name
// ("EU-China", "P5+1").
var nameJoiners = map[string]bool{"-": true, "–": true, "+": true, "/": true}

// maxSharedModifier bounds the words of each modifier of a shared noun
// ("US-ASEAN" is three tokens, "East Asia" two).
const maxSharedModifier = 4

// splitSharedFormats finds, in the entities ents[from:] of toks, two
// formats that share a plural noun ("X and Y summits", where the table has
// "X summit" and "Y summit"), and puts one format entity for each in
// place of the entities their words held. The first covers its modifier
// ("G7"), the second its modifier and the noun ("NATO summits"). It
// returns ents, changed only where such a pair was found.
func splitSharedFormats(toks []token, ents []entity, from int) []entity {
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Lower != "and" {
			continue
		}
		h := sharedHeadAfter(toks, k)
		if h < 0 {
			continue
		}
		second, ok := formatWithHead(toks, k+1, h, h)
		if !ok {
			continue
		}
		var first entity
		found := false
		for n := min(maxSharedModifier, k); n >= 1 && !found; n-- {
			first, found = formatWithHead(toks, k-n, k, h)
		}
		if !found {
			continue
		}
		second.Hi = h + 1
		first.Shared, second.Shared = true, true
		ents = replaceEntities(ents, from, first, second)
		k = h
	}
	return ents
}

// sharedHeadAfter returns the plural noun of sharedHeads that follows the
// "and" at k after one to maxSharedModifier words, or -1.
func sharedHeadAfter(toks []token, k int) int {
	for h := k + 2; h < len(toks) && h <= k+1+maxSharedModifier; h++ {
		if !toks[h].Word && !nameJoiners[toks[h].Text] || toks[h].Para != toks[k].Para {
			return -1 // a comma or a stop ends the coordination
		}
		if _, ok := sharedHeads[toks[h].Lower]; ok {
			return h
		}
	}
	return -1
}

// formatWithHead matches the modifier toks[lo:hi] followed by the
// singular of the shared plural noun at h against the formats table, and
// returns the modifier as a format entity when the phrase is one form.
func formatWithHead(toks []token, lo, hi, h int) (entity, bool) {
	if lo < 0 || hi <= lo || hi-lo > maxSharedModifier || !toks[lo].Word {
		return entity{}, false
	}
	var buf [maxSharedModifier + 1]token
	phrase := append(buf[:0], toks[lo:hi]...)
	head := toks[h]
	head.Lower = sharedHeads[head.Lower]
	head.Text = head.Text[:len(head.Lower)]
	phrase = append(phrase, head)
	f, n := lex.formats.match(phrase, 0)
	if n != len(phrase) {
		return entity{}, false
	}
	return entity{Lo: lo, Hi: hi, Kind: entFormat, Name: f.Name, Format: f}, true
}

// replaceEntities puts a and b (a before b) in ents[from:] in place of the
// entities that overlap them, keeping the order by position.
func replaceEntities(ents []entity, from int, a, b entity) []entity {
	kept := ents[:from]
	var rest []entity
	for _, e := range ents[from:] {
		if e.Hi <= a.Lo {
			kept = append(kept, e)
		} else if e.Lo >= b.Hi {
			rest = append(rest, e)
		}
	}
	kept = append(kept, a, b)
	return append(kept, rest...)
}

// formatKindReason says why a format's mention has its kind: the format
// named, or named with a plural noun it shares with another.
func formatKindReason(u *unit, e entity) reason {
	if e.Shared {
		return because("kind/format-shared-noun", u.surface(e), e.Format.Name, string(e.Format.Kind))
	}
	return because("kind/format", u.surface(e), string(e.Format.Kind))
}
