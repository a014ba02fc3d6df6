package timeline

// This file finds who takes part in an event: the names before and after
// its trigger, the subject of the sentence when the trigger has none, and
// their resolution against the article's cast.

// leftGroup finds the subject of a trigger: the nearest run of names before
// it in its clause ("Biden and Putin", "US President and his Ukrainian
// counterpart", "Russian-Serbian").
func leftGroup(u *unit, lo int) []entity {
	k := lo - 1
	skipped := 0
	for k >= 0 {
		if u.entEnd[k] > 0 {
			break
		}
		t := u.toks[k]
		if t.Text == "," {
			// Only a comma that sets off a date ("Biden, on Thursday, held")
			// may be crossed: others end an apposition or a phrase.
			if !(k > 0 && (u.inTx[k-1] || u.toks[k-1].Text == ")") || k+1 < len(u.toks) && u.inTx[k+1]) {
				return nil
			}
		} else if !subjectSkip[t.Lower] && !u.inTx[k] {
			if _, side := genericRoles[t.Lower]; !side {
				return nil
			}
		}
		if skipped++; skipped > 8 {
			return nil
		}
		k--
	}
	if k < 0 {
		return nil
	}
	var group []entity
	for k >= 0 {
		e := u.ents[u.entEnd[k]-1]
		if e.Kind == entPlace || e.Kind == entFormat {
			break
		}
		group = append(group, e)
		k = e.Lo - 1
		glue, comma, and := 0, false, false
		for k >= 0 && u.entEnd[k] == 0 && groupGlue[u.toks[k].Lower] && glue < 3 {
			comma = comma || u.toks[k].Text == ","
			and = and || u.toks[k].Lower == "and" || u.toks[k].Text == "&"
			k--
			glue++
		}
		// "In Israel, Mr. Sullivan will meet …": a comma alone ends the
		// subject; "Russian and US officials" and "Russian-Serbian" go on.
		if k < 0 || u.entEnd[k] == 0 || glue == 0 || comma && !and {
			break
		}
	}
	// Text order.
	for i, j := 0, len(group)-1; i < j; i, j = i+1, j-1 {
		group[i], group[j] = group[j], group[i]
	}
	return group
}

// rightGroup finds the other party after a trigger: after "with",
// "between" or "among" a few words on, or as the direct object of a verb
// that takes one ("met Putin").
func (x *extraction) rightGroup(u *unit, hi int, info triggerInfo) (group []entity, with, direct bool) {
	for k, steps := hi, 0; k < len(u.toks) && steps < 8; k, steps = k+1, steps+1 {
		t := u.toks[k]
		if withWords[t.Lower] || info.Kind == Call && t.Lower == "from" || info.Kind == Summit && t.Lower == "of" {
			return forwardGroup(u, k+1, 4), true, false
		}
		if info.Object && (steps == 0 || steps == 1 && u.toks[k-1].Lower == "the") && u.entAt[k] > 0 && !info.Destination {
			e := u.ents[u.entAt[k]-1]
			possessive := e.Hi < len(u.toks) && u.toks[e.Hi].Lower == "'s"
			if !possessive && (e.Kind == entPerson || e.Kind == entRole && !e.Side) {
				return forwardGroup(u, k, 0), false, true
			}
		}
		if u.inTx[k] || t.Lower == "on" && k+1 < len(u.toks) && u.inTx[k+1] {
			continue
		}
		if rightStops[t.Text] || rightStops[t.Lower] || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return nil, false, false
		}
		if _, n := vocab.triggers.match(u.toks, k); n > 0 {
			return nil, false, false
		}
	}
	return nil, false, false
}

// forwardGroup collects a list of names starting at or a few words after k.
// A name after a comma joins the list only when the list goes on after it
// ("with Biden, Macron and Scholz"), so that the subject of a main clause
// ("During a call with X, President Biden expressed …") is not taken.
func forwardGroup(u *unit, k, skip int) []entity {
	for s := 0; k < len(u.toks) && u.entAt[k] == 0 && s < skip; s++ {
		t := u.toks[k]
		if rightStops[t.Text] || clauseOpeners[t.Lower] || reportingVerbs[t.Lower] {
			return nil
		}
		k++
	}
	var group []entity
	for k < len(u.toks) && u.entAt[k] > 0 {
		e := u.ents[u.entAt[k]-1]
		if e.Kind == entFormat {
			break
		}
		group = append(group, e)
		k = e.Hi
		sawComma, sawAnd := false, false
		glue := 0
		for k < len(u.toks) && u.entAt[k] == 0 && groupGlue[u.toks[k].Lower] && glue < 3 {
			if u.toks[k].Text == "," {
				sawComma = true
			} else if u.toks[k].Lower == "and" || u.toks[k].Text == "&" || u.toks[k].Lower == "as" {
				sawAnd = true
			}
			k++
			glue++
		}
		if glue == 0 || k >= len(u.toks) || u.entAt[k] == 0 {
			break
		}
		if sawComma && !sawAnd {
			next := u.ents[u.entAt[k]-1]
			if next.Hi >= len(u.toks) || !listContinues(u.toks[next.Hi]) {
				break
			}
		}
	}
	return group
}

func listContinues(t token) bool {
	return t.Text == "," || t.Lower == "and" || t.Text == "&"
}

// afterDestination are the lower-case words that may follow a visited
// country; any other lower-case word makes the country word an adjective.
var afterDestination = words("on in for to and with at this next last early late after before until from as where which who when since amid during over later earlier soon")

// destination finds the place or country visited: "visited Moscow", "a
// visit to France", "arrived in Sochi", "trip to the White House".
func destination(u *unit, hi int) *entity {
	for k, s := hi, 0; k < len(u.toks) && s < 4; k, s = k+1, s+1 {
		if u.entAt[k] > 0 {
			e := u.ents[u.entAt[k]-1]
			if e.Kind == entCountry && e.Adj && e.Hi < len(u.toks) && u.toks[e.Hi].Word && !afterDestination[u.toks[e.Hi].Lower] {
				return nil // "visit Russian gas giant Gazprom": an adjective
			}
			switch e.Kind {
			case entPlace, entCountry, entOrg, entPerson:
				return &e
			case entRole:
				if !e.Side {
					return &e
				}
			}
			return nil
		}
		switch u.toks[k].Lower {
		case "to", "in", "the", "a", "an", "of", "by":
			continue
		}
		if u.inTx[k] {
			continue
		}
		return nil
	}
	return nil
}

// impliedSubject finds the party of an event whose subject is not next to
// its trigger:
//   - a sentence-initial phrase ("During a call with X, President Biden
//     said …") takes the subject after its comma;
//   - otherwise the nearest person before the trigger in the sentence
//     ("…, says President Zelenskyy after call with Biden");
//   - in a first-person quotation, the person quoted.
func (x *extraction) impliedSubject(ui, lo, hi int, right []entity) []entity {
	u := &x.units[ui]
	toks := u.toks
	if len(toks) > 0 && prepositionOpeners[toks[0].Lower] {
		end := hi
		for _, e := range right {
			if e.Hi > end {
				end = e.Hi
			}
		}
		for k := end; k < len(toks) && k < end+12; k++ {
			if toks[k].Text == "," {
				if g := forwardGroup(u, k+1, 1); len(g) > 0 && !g[0].Reporter {
					return g[:1]
				}
				break
			}
		}
	}
	isPerson := func(e entity) bool {
		return !e.Reporter && (e.Kind == entPerson || e.Kind == entRole && e.Head && !e.Side)
	}
	// "his talks with X": the owner is the subject of the sentence.
	for k := lo - 1; k >= 0 && k >= lo-3; k-- {
		if possessives[toks[k].Lower] {
			for _, e := range u.ents {
				if e.Hi <= lo && isPerson(e) {
					return []entity{e}
				}
			}
			break
		}
	}
	for k := len(u.ents) - 1; k >= 0; k-- {
		e := u.ents[k]
		if e.Hi > lo || !isPerson(e) {
			continue
		}
		if e.Lo > 0 && objectMarkers[toks[e.Lo-1].Lower] {
			continue // the object of something else: "met with X, and …"
		}
		return []entity{e}
	}
	// A country or organisation opening the sentence is its subject:
	// "Peru opened negotiations with Bolivia".
	if len(u.ents) > 0 {
		e := u.ents[0]
		if e.Lo <= 1 && e.Hi <= lo && (e.Kind == entCountry || e.Kind == entOrg || e.Kind == entRole) && !inGroup(e, right) {
			return []entity{e}
		}
	}
	if firstPerson(toks) {
		if s := x.quoteSpeaker(ui); s != nil {
			return []entity{*s}
		}
	}
	return nil
}

// possessives before an event noun name its owner: "his talks with X".
var possessives = words("his her their its")

// objectMarkers before a name make it the object of another word, not a
// possible subject.
var objectMarkers = words("with between among to for of by from and about told")

func inGroup(e entity, group []entity) bool {
	for _, g := range group {
		if g.Lo == e.Lo {
			return true
		}
	}
	return false
}

// quoteReach is how many sentences of a paragraph are searched for the
// attribution of a quotation.
const quoteReach = 4

// referenceWindow is how many mentions before and after a mention are
// searched for the one it refers to. References are local; the bound keeps
// a huge article linear.
const referenceWindow = 40

// window returns the bounds of the drafts within referenceWindow of i.
func (x *extraction) window(i int) (lo, hi int) {
	lo, hi = i-referenceWindow, i+referenceWindow+1
	if lo < 0 {
		lo = 0
	}
	if hi > len(x.drafts) {
		hi = len(x.drafts)
	}
	return lo, hi
}

var firstPersonWords = words("we our us i my me ours")

func firstPerson(toks []token) bool {
	for _, t := range toks {
		if firstPersonWords[t.Lower] && (t.Lower != "us" || t.Text == "us") && (t.Text != "I" || true) {
			if t.Lower == "i" && t.Text != "I" {
				continue
			}
			return true
		}
	}
	return false
}

// quoteSpeaker finds who is quoted in the paragraph of unit ui: the person
// next to a reporting verb in this or a following sentence of the
// paragraph ("… of Ukraine," Zelenskyy said in a tweet).
func (x *extraction) quoteSpeaker(ui int) *entity {
	para := x.units[ui].para
	for j := ui; j < len(x.units) && j < ui+quoteReach && x.units[j].para == para; j++ {
		u := &x.units[j]
		for k, t := range u.toks {
			if !reportingVerbs[t.Lower] {
				continue
			}
			for _, e := range u.ents {
				if (e.Kind == entPerson || e.Kind == entRole && !e.Side) && !e.Reporter && (e.Hi == k || e.Hi == k-1 || e.Lo == k+1) {
					return &e
				}
			}
		}
	}
	return nil
}

// participants resolves the two sides of an event against the article's
// cast. "his Ukrainian counterpart" takes the office of the person on the
// other side. A country drops out when a person of that country takes part.
func (x *extraction) participants(left, right []entity) []Participant {
	var out []Participant
	role := func(group []entity) string {
		for _, e := range group {
			if e.Kind == entPerson || e.Kind == entRole && !e.Counter {
				if p, ok := x.cast.participant(e, ""); ok && p.Type == "person" && p.Role != "" {
					return p.Role
				}
				if e.Role != "" {
					return e.Role
				}
			}
		}
		return ""
	}
	lr, rr := role(left), role(right)
	for _, e := range left {
		if p, ok := x.cast.participant(e, rr); ok {
			out = addParticipant(out, p)
		}
	}
	for _, e := range right {
		if p, ok := x.cast.participant(e, lr); ok {
			out = addParticipant(out, p)
		}
	}
	return dropRepresented(out)
}

func addParticipant(list []Participant, p Participant) []Participant {
	if p.Name == "" {
		return list
	}
	for i, q := range list {
		if q.Name == p.Name {
			if list[i].Role == "" {
				list[i].Role = p.Role
			}
			if list[i].Country == "" {
				list[i].Country = p.Country
			}
			return list
		}
	}
	return append(list, p)
}

// dropRepresented removes countries and organisations that a person of
// theirs already stands for.
func dropRepresented(ps []Participant) []Participant {
	out := ps[:0:0]
	for _, p := range ps {
		if p.Type != "person" {
			represented := false
			for _, q := range ps {
				if q.Type == "person" && q.Country == p.Name {
					represented = true
				}
			}
			if represented {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}
