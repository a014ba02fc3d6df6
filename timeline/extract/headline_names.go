package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline/vocab"
)

// This file filters the names of an article before events are read:
// bare names of bodies the article never anchors ("the Security Council"),
// and untitled names of a Title Case headline the body never names.

// anchoredBodies are organisations whose name, written bare, is also the
// name of many a national body: "the Security Council" is the UN's in a
// story about the UN, and Russia's or Ukraine's in a Kremlin readout of
// "a meeting with permanent members of the Security Council". The value is
// the organisation that, written in the name ("UN Security Council") or
// anywhere in the article, makes the bare name the international one.
var anchoredBodies = map[string]string{
	"UN Security Council":     "United Nations",
	"UN General Assembly":     "United Nations",
	"UN Human Rights Council": "United Nations",
}

// dropUnanchoredBodies removes, from the entities of every unit, the bare
// names of anchoredBodies (and the named formats that stand for them) when
// the article never names their anchor.
func dropUnanchoredBodies(units []unit, all [][]entity) {
	bodyOf := func(e *entity) string {
		switch e.Kind {
		case entOrg:
			if _, ok := anchoredBodies[e.Name]; ok {
				return e.Name
			}
		case entFormat:
			for _, p := range e.Format.Parties {
				if _, ok := anchoredBodies[p]; ok {
					return p
				}
			}
		}
		return ""
	}
	bare := func(u *unit, e *entity) bool {
		for _, t := range u.toks[e.Lo:e.Hi] {
			if t.Lower == "un" || t.Lower == "u.n." || t.Lower == "united" {
				return false
			}
		}
		return true
	}
	anchors := map[string]bool{}
	found := false
	for i := range all {
		for k := range all[i] {
			e := &all[i][k]
			if b := bodyOf(e); b != "" {
				found = true
				if !bare(&units[i], e) {
					anchors[anchoredBodies[b]] = true
				}
			} else if e.Kind == entOrg {
				anchors[e.Name] = true
			}
		}
	}
	if !found {
		return
	}
	for i := range all {
		kept := all[i][:0]
		for k := range all[i] {
			e := &all[i][k]
			if b := bodyOf(e); b != "" && !anchors[anchoredBodies[b]] && bare(&units[i], e) {
				continue
			}
			kept = append(kept, *e)
		}
		all[i] = kept
	}
}

// isTitleCase reports a headline written in Title Case ("Troops Meet Little
// Resistance"), where capitals do not mark names. A long lower-case word
// other than a preposition or conjunction ("will meet with President X")
// shows sentence case, however many names the headline holds.
func isTitleCase(toks []token) bool {
	long, caps := 0, 0
	for _, t := range toks {
		if t.Word && len(t.Text) > 3 {
			long++
			if t.Cap {
				caps++
			} else if !titleCaseMinor[t.Lower] {
				return false
			}
		}
	}
	return long >= 3 && caps*10 >= long*7
}

// titleCaseMinor are the longer words that Title Case styles may leave in
// lower case: prepositions and conjunctions.
var titleCaseMinor = vocab.Set("title-case-minor")

// trustedHeadlineNames drops the untitled names of a Title Case headline
// that the body never names: there a run of capitals is as likely a phrase
// as a person.
//
// A titled name that the body never names and that opens with a verb of
// headlines is the title's office, not a person: in "President Holds Key
// Meetings", "President Returns to the Island" or "President Attends
// Inaugural Session" the capitals of the verb made it look like a name.
func trustedHeadlineNames(head []entity, body [][]entity) []entity {
	out := head[:0]
	named := bodyNames{body: body}
	for _, e := range head {
		if e.Kind == entPerson {
			e = headlineName(e, &named)
		}
		if e.Kind == entPerson && !named.person(e.Key) {
			switch {
			case !e.Titled:
				continue
			case e.Role != "" && headlineVerbs[strings.ToLower(leadingWord(e.Name))]:
				e = entity{Lo: e.Lo, Hi: e.Lo + officeLen(e), Kind: entRole, Role: e.Role, Country: e.Country, Head: e.Head, Reporter: e.Reporter}
			}
		}
		out = append(out, e)
	}
	return out
}

// headlineName trims a person's name read in a Title Case headline, where
// capitals run on past the name: a trailing headline verb ("Baker Cancels
// Trip" is Baker), and words before a surname that the body gives another
// full name ("Uk Hopes Howard'S Tokyo Trip" is the body's Michael Howard).
func headlineName(e entity, named *bodyNames) entity {
	body := named.body
	name := e.Name
	for {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !headlineVerbs[strings.ToLower(name[i+1:])] {
			break
		}
		name = name[:i]
		e.Hi--
	}
	if name == e.Name && !named.person(e.Key) {
		return e
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	e.Name, e.Key = name, surnameKey(last)
	if last != name && named.person(e.Key) && !namesExactly(body, e.Name) {
		e.Name = last
	}
	return e
}

// namesExactly reports whether any of ents is a person named name.
func namesExactly(ents [][]entity, name string) bool {
	for _, s := range ents {
		for k := range s {
			if s[k].Kind == entPerson && s[k].Name == name {
				return true
			}
		}
	}
	return false
}

// leadingWord is the first space-separated word of s.
func leadingWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// headlineVerbs are the verbs a Title Case headline capitalises after an
// office.
var headlineVerbs = vocab.Set("headline-verbs")

// officeLen is how many tokens the office words before e's name span: the
// words of e.Office, which the tokenizer split the same way.
func officeLen(e entity) int {
	n := len(tokenize(e.Office, 0))
	if n == 0 || n > e.Hi-e.Lo {
		return e.Hi - e.Lo
	}
	return n
}

// bodyNames answers namesPerson for the body, remembering the last key
// asked: a headline's name is asked about two or three times in a row
// (headlineName, then trustedHeadlineNames), each a scan of the body.
type bodyNames struct {
	body  [][]entity
	key   string
	asked bool
	has   bool
}

// person is namesPerson(n.body, key).
func (n *bodyNames) person(key string) bool {
	if !n.asked || key != n.key {
		n.key, n.has, n.asked = key, namesPerson(n.body, key), true
	}
	return n.has
}

// namesPerson reports whether any of ents is a person with surname key
// key. A headline has a name or two, so a scan of the body for each costs
// less than a set of every key the body holds.
func namesPerson(ents [][]entity, key string) bool {
	for _, s := range ents {
		for k := range s {
			if s[k].Kind == entPerson && s[k].Key == key {
				return true
			}
		}
	}
	return false
}
