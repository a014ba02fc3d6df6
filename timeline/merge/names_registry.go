package merge

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/dateline/dateline/timeline/vocab"
)

// nameRegistry knows every participant named in a set of mentions and maps
// each written name to one canonical participant, so that "Biden" in one
// article and "Joseph R. Biden, Jr." in another are one person with one
// country. It is built from the whole input, so the result does not depend
// on which article is read first.
type nameRegistry struct {
	persons map[string]*personEntry // by personName.Key()+"/"+Initials
	groups  map[string]*groupEntry  // countries and organisations by canonical name
	// raw caches what each written name was found to be, as names repeat.
	raw map[rawName]rawInfo
}

// rawName is a participant's name and type as written in a mention.
type rawName struct {
	name string
	typ  timeline.PartyType
}

// rawInfo is what a written name stands for: a group's canonical name, or a
// person's entry.
type rawInfo struct {
	group  string
	org    bool
	person *personEntry
}

// personEntry gathers what the mentions say about one written person name.
type personEntry struct {
	name      names.Person
	id        string
	count     int
	countries map[string]int
	roles     map[string]int
	forms     map[string]int // written forms, as given
	aliases   map[string]bool
	canon     *personEntry // the entry this name stands for (itself when fullest)
	shown     string       // display(), once worked out
}

// groupEntry gathers the written forms of a country or organisation.
type groupEntry struct {
	name  string
	typ   timeline.PartyType
	forms map[string]int
}

// isGroup reports whether p is a country or organisation: by its Type, or,
// when Type is empty, because its name is a known one.
func isGroup(p timeline.Participant) bool {
	if p.Type != "" {
		return timeline.PartyType(strings.ToLower(string(p.Type))).IsGroup()
	}
	c := names.CanonicalGroup(p.Name)
	org := names.IsOrganisation(c)
	_, country := vocab.CountryOf(c)
	return org || country
}

func personID(n names.Person) string { return n.Key() + "/" + n.Initials }

func newNameRegistry(mentions []timeline.Mention) *nameRegistry {
	r := &nameRegistry{persons: map[string]*personEntry{}, groups: map[string]*groupEntry{}, raw: map[rawName]rawInfo{}}
	for i := range mentions {
		for _, p := range mentions[i].Participants {
			r.note(p)
		}
	}
	r.canonicalise()
	for k, v := range r.raw {
		if v.person != nil {
			v.person = v.person.canon
			r.raw[k] = v
		}
	}
	return r
}

// lookup returns what a participant's written name stands for; ok is false
// when the name is empty or has no words.
func (r *nameRegistry) lookup(p timeline.Participant) (rawInfo, bool) {
	v, ok := r.raw[rawName{p.Name, p.Type}]
	if !ok {
		v, ok = r.classify(p)
		if ok && v.person != nil {
			v.person = r.persons[v.person.id].canon
		}
	}
	return v, ok
}

// classify works out what a written name stands for without the cache.
func (r *nameRegistry) classify(p timeline.Participant) (rawInfo, bool) {
	if strings.TrimSpace(p.Name) == "" {
		return rawInfo{}, false
	}
	if isGroup(p) {
		name := names.CanonicalGroup(p.Name)
		isOrg := names.IsOrganisation(name)
		isOrg = isOrg || strings.HasPrefix(strings.ToLower(string(p.Type)), "organi")
		return rawInfo{group: name, org: isOrg}, true
	}
	n := names.ParsePerson(p.Name)
	if len(n.Words) == 0 {
		return rawInfo{}, false
	}
	e := r.persons[personID(n)]
	if e == nil {
		return rawInfo{}, false
	}
	return rawInfo{person: e}, true
}

func (r *nameRegistry) note(p timeline.Participant) {
	if strings.TrimSpace(p.Name) == "" {
		return
	}
	key := rawName{p.Name, p.Type}
	if v, ok := r.raw[key]; ok {
		if v.group != "" {
			r.groups[v.group].forms[v.group]++
			return
		}
		r.notePerson(v.person, p)
		return
	}
	if isGroup(p) {
		name := names.CanonicalGroup(p.Name)
		g := r.groups[name]
		if g == nil {
			g = &groupEntry{name: name, typ: p.Type, forms: map[string]int{}}
			r.groups[name] = g
		}
		if g.typ == "" {
			g.typ = p.Type
		}
		g.forms[name]++
		isOrg := names.IsOrganisation(name)
		r.raw[key] = rawInfo{group: name, org: isOrg || strings.HasPrefix(strings.ToLower(string(p.Type)), "organi")}
		return
	}
	n := names.ParsePerson(p.Name)
	if len(n.Words) == 0 {
		return
	}
	id := personID(n)
	e := r.persons[id]
	if e == nil {
		e = &personEntry{name: n, id: id, countries: map[string]int{}, roles: map[string]int{},
			forms: map[string]int{}, aliases: map[string]bool{}}
		r.persons[id] = e
	}
	r.raw[key] = rawInfo{person: e}
	r.notePerson(e, p)
}

func (r *nameRegistry) notePerson(e *personEntry, p timeline.Participant) {
	e.count++
	e.forms[strings.Join(strings.Fields(p.Name), " ")]++
	if p.Country != "" {
		e.countries[names.CanonicalGroup(p.Country)]++
	}
	if p.Role != "" {
		e.roles[p.Role]++
	}
	for _, a := range p.Aliases {
		e.aliases[a] = true
	}
}

// better reports whether person entry a is a fuller name than b: more
// words, then more mentions, then the smaller key.
func better(a, b *personEntry) bool {
	if len(a.name.Words) != len(b.name.Words) {
		return len(a.name.Words) > len(b.name.Words)
	}
	if a.count != b.count {
		return a.count > b.count
	}
	return a.id < b.id
}

// countriesDisagree reports whether both entries have countries and share
// none: Kim of South Korea is not Kim of North Korea.
func countriesDisagree(a, b *personEntry) bool {
	if len(a.countries) == 0 || len(b.countries) == 0 {
		return false
	}
	for c := range a.countries {
		if b.countries[c] > 0 {
			return false
		}
	}
	return true
}

// canonicalise points every person name at the fullest name it can stand
// for. A name that could stand for two different people ("Bush" when both
// George W. Bush and Jeb Bush are named) stays as it is.
func (r *nameRegistry) canonicalise() {
	byWord := map[string][]*personEntry{}
	ids := make([]string, 0, len(r.persons))
	for id := range r.persons {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		e := r.persons[id]
		for _, w := range e.name.Words {
			byWord[w] = append(byWord[w], e)
		}
	}
	for _, id := range ids {
		e := r.persons[id]
		last := e.name.Words[len(e.name.Words)-1]
		var fuller []*personEntry
		for _, c := range byWord[last] {
			if c != e && better(c, e) && names.SamePerson(c.name, e.name) && !countriesDisagree(c, e) {
				fuller = append(fuller, c)
			}
		}
		e.canon = e
		if len(fuller) == 0 || len(fuller) > 32 {
			continue
		}
		ok := true
		for i := range fuller {
			for j := i + 1; j < len(fuller) && ok; j++ {
				ok = names.SamePerson(fuller[i].name, fuller[j].name) && !countriesDisagree(fuller[i], fuller[j])
			}
		}
		if !ok {
			continue
		}
		best := fuller[0]
		for _, c := range fuller[1:] {
			if better(c, best) {
				best = c
			}
		}
		e.canon = best
	}
	// Follow chains ("Biden" → "Joe Biden" → "Joseph Robinette Biden").
	for _, id := range ids {
		e := r.persons[id]
		for i := 0; i < 8 && e.canon.canon != e.canon; i++ {
			e.canon = e.canon.canon
		}
	}
	// Pool what all spellings of one person say on the canonical entry.
	for _, id := range ids {
		e := r.persons[id]
		if e.canon == e {
			continue
		}
		for k, v := range e.countries {
			e.canon.countries[k] += v
		}
		for k, v := range e.roles {
			e.canon.roles[k] += v
		}
		for k, v := range e.forms {
			e.canon.forms[k] += v
		}
		for k := range e.aliases {
			e.canon.aliases[k] = true
		}
	}
}

// person returns the canonical entry for a written person name, or nil.
func (r *nameRegistry) person(p timeline.Participant) *personEntry {
	v, ok := r.lookup(p)
	if !ok {
		return nil
	}
	return v.person
}

// country is the person's country: the one most often given, ties to the
// alphabetically first; "" when none is given.
func (e *personEntry) country() string { return mostFrequent(e.countries) }

// role is the person's office most often given.
func (e *personEntry) role() string { return mostFrequent(e.roles) }

// display is the name to print: the written form with the most words
// (the fullest), then the most frequent, then the longest.
func (e *personEntry) display() string {
	if e.shown != "" {
		return e.shown
	}
	best, bw, bc := "", -1, -1
	forms := sortedKeys(e.forms)
	for _, f := range forms {
		w := len(names.ParsePerson(f).Words)
		c := e.forms[f]
		if w > bw || (w == bw && c > bc) || (w == bw && c == bc && len(f) > len(best)) {
			best, bw, bc = f, w, c
		}
	}
	e.shown = best
	return best
}

// side returns the side a participant stands for — a country or
// organisation, or for a person their country when known, else the person —
// with the person's canonical name when it is a person.
func (r *nameRegistry) side(p timeline.Participant) (side string, person *names.Person, org bool) {
	v, ok := r.lookup(p)
	if !ok {
		return "", nil, false
	}
	if v.person == nil {
		return v.group, nil, v.org
	}
	e := v.person
	n := e.name
	if c := e.country(); c != "" {
		return c, &n, false
	}
	if p.Country != "" {
		return names.CanonicalGroup(p.Country), &n, false
	}
	return "person:" + e.id, &n, false
}

func mostFrequent(m map[string]int) string {
	best, bc := "", 0
	for _, k := range sortedKeys(m) {
		if m[k] > bc {
			best, bc = k, m[k]
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare[string])
	return keys
}
