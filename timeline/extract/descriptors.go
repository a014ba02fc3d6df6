package extract

import (
	"slices"

	"github.com/dateline/dateline/timeline/vocab"
)

// This file reads the nouns that stand for the organisation an article
// has named, as a pronoun stands for a person: "The European Union said
// … The bloc's leaders will hold a summit in June", "NATO … the alliance's
// foreign ministers".

// organisationDescriptors are the nouns that, after "the", stand for the
// organisation named last (vocab's organisation-descriptors).
var organisationDescriptors = vocab.Set("organisation-descriptors")

// descriptorLengths are the lengths of the descriptors, a first test that
// spares most words the set's lookup.
var descriptorLengths = func() map[int]bool {
	m := map[int]bool{}
	for w := range organisationDescriptors {
		m[len(w)] = true
	}
	return m
}()

// maxDescriptorModifiers is how many tokens may stand between "the" and
// the noun: "the 27-member bloc" (27, -, member), "the military alliance".
const maxDescriptorModifiers = 4

// orgDescriptors returns, for u, an organisation entity for each "the
// bloc" (organisation-descriptors) that no entity covers, standing for
// the organisation named last in the article (*last, which it updates as
// u names organisations); none before any is named.
func (x *extraction) orgDescriptors(u *unit, last *string) []entity {
	if *last == "" && !slices.ContainsFunc(u.ents, func(e entity) bool { return e.Kind == entOrg }) {
		return nil // no organisation named yet: nothing to stand for (most sentences)
	}
	var out []entity
	covered := func(k int) bool {
		return slices.ContainsFunc(u.ents, func(e entity) bool { return e.Lo <= k && k < e.Hi })
	}
	next := 0 // the next entity of u, in text order
	for k := 0; k < len(u.toks); k++ {
		for next < len(u.ents) && u.ents[next].Lo <= k {
			if e := u.ents[next]; e.Kind == entOrg && e.Name != "" {
				*last = e.Name
			}
			next++
		}
		if *last == "" || !descriptorLengths[len(u.toks[k].Lower)] || !organisationDescriptors[u.toks[k].Lower] || covered(k) {
			continue
		}
		the := k - 1
		for the >= 0 && k-the <= maxDescriptorModifiers && u.toks[the].Lower != "the" && descriptorModifier(&u.toks[the]) && !covered(the) {
			the--
		}
		if the < 0 || u.toks[the].Lower != "the" {
			continue
		}
		out = append(out, entity{Lo: the + 1, Hi: k + 1, Kind: entOrg, Name: *last, Country: *last})
	}
	return out
}

// mergeEntities returns the entities of a and b, which do not overlap, in
// text order, in a new slice.
func mergeEntities(a, b []entity) []entity {
	out := make([]entity, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	slices.SortFunc(out, func(x, y entity) int { return x.Lo - y.Lo })
	return out
}

// descriptorModifier reports a token that may stand between "the" and a
// descriptor: a number, a hyphen ("27-member") or a word of
// descriptor-modifiers ("military", "trading"). "The opposition bloc" is
// no organisation's.
func descriptorModifier(t *token) bool {
	return descriptorModifiers[t.Lower] || t.Text != "" && isDigit(t.Text[0]) || t.Text == "-"
}

// descriptorModifiers are vocab's descriptor-modifiers.
var descriptorModifiers = vocab.Set("descriptor-modifiers")
