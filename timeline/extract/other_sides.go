package extract

import (
	"strings"

	"github.com/dateline/dateline/timeline/vocab"
)

// This file finds the other party of an event word that names none right
// after it: in a relative clause before it ("Reyes, with whom the king
// met"), in an agreement, as an object pronoun, or as an office named
// without a name ("talks with the External Affairs Minister").

// otherSideElsewhere gives an event word that names no other party after
// it the one its sentence names elsewhere: before "with whom" ("Saddam,
// with whom the king met"), or after the "with" of the verb that the
// clause coordinates it with ("X spoke with Y on Monday and agreed to meet
// in Lima"); or, for an object pronoun, the one an earlier sentence
// names ("X arrived in Warsaw. Y welcomed him").
func (x *extraction) otherSideElsewhere(ui, lo, hi int, info triggerInfo, word string, s *sides) {
	u := &x.units[ui]
	if e := whomAntecedent(u, lo, info.Object); e != nil {
		s.right, s.with = []party{{*e, because("party/whom", u.surface(*e))}}, true
	} else if g := agreedWith(u, lo); info.Base && len(g) > 0 {
		s.right = partiesOf(g, func(e entity) reason { return because("party/agreed-with", u.surface(e), word) })
		s.with = true
	} else if p, text := x.officeObject(u, hi); p != nil {
		s.right, s.with = []party{{*p, officeReason(text, p)}}, true // "talks with the External Affairs Minister", "with EAM"
	} else if info.Object && hi < len(u.toks) && objectPronouns[u.toks[hi].Lower] {
		// "Polish President X welcomed him at the palace": the person an
		// earlier sentence is about, other than this sentence's subject
		var own []entity
		if e, pronoun := x.sentenceSubject(u); e != nil && !pronoun {
			own = []entity{*e}
		}
		if p := x.pronounReferent(ui, own); p != nil {
			s.right, s.direct = []party{{*p, because("party/object-pronoun", u.toks[hi].Text, p.Name)}}, true
		}
	}
}

// objectPronouns, right after a verb that takes its other party as
// object, stand for one person named before: "met him", "received her"
// (vocab's object-pronouns).
var objectPronouns = vocab.Set("object-pronouns")

// whomAntecedent finds the other party of an event word in a relative
// clause that opens with "with whom" ("a message from Saddam, with whom
// the king met Monday") or, for a verb that takes an object, with "whom"
// ("Reyes, whom he met in May"): the name before the pronoun.
func whomAntecedent(u *unit, lo int, object bool) *entity {
	for k := lo - 1; k >= 1 && k >= lo-6; k-- {
		if u.toks[k].Lower != "whom" {
			continue
		}
		j := k - 1
		if withWords[u.toks[j].Lower] {
			j--
		} else if !object {
			return nil
		}
		if j < 0 {
			return nil
		}
		if u.toks[j].Text == "," && j > 0 {
			j--
		}
		if n := u.entEnd[j]; n > 0 {
			e := u.ents[n-1]
			if e.Kind == entPerson || e.Kind == entCountry || e.Kind == entOrg || e.Kind == entRole && !e.Reporter {
				return &e
			}
		}
		return nil
	}
	return nil
}

// maxOfficeObjectWords bounds the words of an office title written as the
// other party without a name: "the External Affairs Minister".
const maxOfficeObjectWords = 4

// officeObject reads, after "with" right after the event word ending at
// hi, an office of two words or more named without a name: "the External
// Affairs Minister", "the Foreign Minister", or a title in capitals
// ("EAM"). It returns the one person of the article's cast whom the
// office stands for (soleHolder), and the words that name it; nil when
// none.
func (x *extraction) officeObject(u *unit, hi int) (*entity, string) {
	k := hi
	if k >= len(u.toks) || !withWords[u.toks[k].Lower] {
		return nil, ""
	}
	k++
	if k < len(u.toks) && u.toks[k].Lower == "the" {
		// Two words at least: "with the president" alone is too often a
		// country's own ("her meeting with the president")
		ti, n := lex.titles.match(u.toks, k+1)
		for end := k + 2; end < len(u.toks) && end <= k+maxOfficeObjectWords; end++ {
			if end+1 < len(u.toks) && u.toks[end+1].Cap {
				continue // a longer title, or a name after it: "the Foreign Minister Ana Cruz"
			}
			office, _, ok := definiteOfficeAt(u, end)
			if !ok {
				if n != end-k || ti.Role == "" {
					continue
				}
				office = definiteOffice{strings.ToLower(joinText(u.toks[k+1 : end+1])), []string{ti.Role}}
			}
			if h := x.soleHolder(office, nil); h != nil {
				return h, joinText(u.toks[k : end+1])
			}
			return nil, ""
		}
		return nil, ""
	}
	if k >= len(u.toks) || !acronym(u.toks[k].Text) {
		return nil, ""
	}
	if office, _, ok := definiteOfficeAt(u, k); ok {
		if h := x.soleHolder(office, nil); h != nil {
			return h, u.toks[k].Text
		}
	}
	return nil, ""
}

// joinedFor reads "A joined B for a call with C", "A accompanied B to
// talks with C": a verb of joining (join-verbs) whose object is a person,
// before "for" or "to" and the event word at lo: the subject and the
// object both take part (party/joined-for). nil when the clause is not of
// that form.
func joinedFor(u *unit, lo int) []party {
	k := lo - 1
	for k > 0 && (u.toks[k].Lower == "a" || u.toks[k].Lower == "an" || u.toks[k].Lower == "the" || eventAdjectives[u.toks[k].Lower]) {
		k--
	}
	if k < 3 || u.toks[k].Lower != "for" && u.toks[k].Lower != "to" || u.entEnd[k-1] == 0 {
		return nil
	}
	obj := u.ents[u.entEnd[k-1]-1]
	v := obj.Lo - 1
	if v < 1 || !joinVerbs[u.toks[v].Lower] || u.entEnd[v-1] == 0 || obj.Kind != entPerson {
		return nil
	}
	subj := u.ents[u.entEnd[v-1]-1]
	if subj.Kind != entPerson || !subj.subjectParty() {
		return nil
	}
	verb := u.toks[v].Text
	return partiesOf([]entity{subj, obj}, func(e entity) reason { return because("party/joined-for", u.surface(e), verb) })
}

// joinVerbs say their subject takes part in the event of their object
// (vocab's join-verbs): "joined", "accompanied".
var joinVerbs = vocab.Set("join-verbs")
