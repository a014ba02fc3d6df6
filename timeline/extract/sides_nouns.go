package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline/vocab"
)

// The nouns after a country that name its side or its head ("Russian
// officials", "the Ukrainian leader", "his Estonian opposite number").

// counterpartNouns name a person by the office of the event's other party
// (vocab's counterpart-nouns): "his Peruvian counterpart", "her peer",
// "his opposite number". counterpartStarts holds their first words, which
// the quick filter of mayStartEntity lets through ("opposite").
var counterpartNouns, counterpartStarts = func() (nouns, starts map[string]bool) {
	nouns, starts = vocab.Set("counterpart-nouns"), map[string]bool{}
	for w := range nouns {
		first, _, _ := strings.Cut(w, " ")
		starts[first] = true
	}
	return nouns, starts
}()

// counterpartAt is how many tokens the counterpart noun at j spans: 1 for
// "counterpart", 2 for "opposite number", 0 for none.
func counterpartAt(toks []token, j int) int {
	w := toks[j].Lower
	if !counterpartStarts[w] {
		return 0
	}
	if counterpartNouns[w] {
		return 1
	}
	if j+1 < len(toks) && toks[j+1].Word && counterpartNouns[w+" "+toks[j+1].Lower] {
		return 2
	}
	return 0
}

// sideOf extends a country or organisation entity over a following role
// noun ("Russian officials", "Ukraine leader", "Russia's president") and
// records what the role says.
func sideOf(toks []token, lo, hi int, e entity) entity {
	e.Lo, e.Hi = lo, hi
	j := hi
	if j < len(toks) && toks[j].Lower == "'s" {
		j++
	}
	for j < len(toks) && toks[j].Word {
		if j+1 < len(toks) && (toks[j+1].Text == "'" || toks[j+1].Text == "’") && toks[j+1].Start == toks[j].End {
			break // "APEC Leaders' Meeting": the leaders' event, not a side
		}
		if counterpartAt(toks, j) == 2 {
			// "his Estonian opposite number": one counterpart noun
			e.Kind, e.Head, e.Side, e.Counter = entRole, true, false, true
			j += 2
			continue
		}
		head, ok := genericRoles[toks[j].Lower]
		if !ok {
			// "prime minister", "foreign minister" and other titles without a
			// name after them.
			if toks[j].Mask&firstTitle == 0 {
				break
			}
			if ti, n := lex.titles.match(toks, j); n > 0 && !ti.Courtesy && nameRun(toks, j+n) == 0 {
				e.Kind, e.Role, e.Head, e.Reporter = entRole, ti.Role, ti.Head, ti.Reporter
				j += n
				continue
			}
			break
		}
		if e.Kind != entRole {
			e.Kind = entRole
			e.Side = !head
		}
		if head {
			e.Head = true
			e.Side = false
		}
		if counterpartNouns[toks[j].Lower] {
			e.Counter = true
		}
		j++
	}
	if e.Kind != entRole && j > hi && toks[hi].Lower == "'s" {
		j = hi
	}
	e.Hi = j
	// "his Russian counterpart Nikolay Patrushev", "the Ukrainian leader
	// Volodymyr Zelenskyy": the office words are a title. So is a singular
	// side noun right before a full name ("Chinese diplomat Li Wen").
	if e.Kind == entRole && (!e.Side || apposedRoleNouns[toks[j-1].Lower]) {
		at := j
		if at < len(toks) && toks[at].Mask&firstTitle != 0 {
			// "his Saudi counterpart Prince Faisal bin Farhan": a title
			// between the office words and the name
			if _, n := lex.titles.match(toks, at); n > 0 && nameRun(toks, at+n) >= 2 {
				at += n
			}
		}
		if n := nameRun(toks, at); n >= 2 {
			p := personEntity(toks, lo, at, at+n, titleInfo{Role: e.Role, Head: e.Head, Reporter: e.Reporter}, e.Country)
			p.Titled = true
			return p
		}
	}
	if e.Kind == entRole && e.Role == "" && e.Head {
		e.Role = ""
	}
	return e
}
