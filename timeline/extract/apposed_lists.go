package extract

// Lists of people set off by commas after the office or plural noun
// they stand for: "the Chilean and Peruvian foreign ministers, A and B,",
// "the two presidents, A and B,", "the presidents of Chile and Peru, A
// and B,". The people are the subject; the words before give their
// offices or countries.

import "slices"

// apposedList reports the comma at k closing a list of people set off by
// a comma after as many offices of countries: "the Chilean and Peruvian
// foreign ministers, Rosa Vega and Ana Cruz,".
func apposedList(u *unit, k int) bool {
	if k < 2 || u.ents[u.entEnd[k-1]-1].Kind != entPerson {
		return false
	}
	var people []entity
	j := k - 1
	for j >= 0 && u.entEnd[j] > 0 {
		e := u.ents[u.entEnd[j]-1]
		if e.Kind != entPerson {
			break
		}
		people = append(people, e)
		j = e.Lo - 1
		if j >= 0 && (u.toks[j].Lower == "and" || u.toks[j].Text == ",") && j > 0 && u.entEnd[j-1] > 0 && u.ents[u.entEnd[j-1]-1].Kind == entPerson {
			j--
		}
	}
	if len(people) < 2 || j < 1 || u.toks[j].Text != "," {
		return false
	}
	if countedPeopleBefore(u, j) == len(people) || len(countriesOfPeopleBefore(u, j)) == len(people) {
		return true // "The two presidents, A and B, met", "The presidents of Chile and Peru, A and B, met"
	}
	if peoplePluralNouns[u.toks[j-1].Lower] && !slices.ContainsFunc(people, func(e entity) bool { return e.Country == "" }) {
		return true // "The foreign ministers, A of Chile and B of Peru, will meet": each of a country
	}
	if u.entEnd[j-1] == 0 || u.ents[u.entEnd[j-1]-1].Kind != entRole {
		return false // (no office right before the comma: no need to read the group)
	}
	slices.Reverse(people)
	in := append(leftGroup(u, j), people...)
	return len(in) == 2*len(people) && len(apposedNames(u, in)) == len(people)
}

// maxCountedAdjectives bounds the words between a count and its plural
// people noun: "the two foreign ministers".
const maxCountedAdjectives = 2

// countedPeopleBefore is the count of a plural people noun that ends
// right before the comma at j ("the two presidents,", "both foreign
// ministers,"), whose apposition lists the people it counts; 0 when none.
func countedPeopleBefore(u *unit, j int) int {
	k := j - 1
	if n, _ := countedCountriesOfPeople(u, k); n > 0 {
		return n // "the foreign ministers of the two countries,"
	}
	if k < 1 || !peoplePluralNouns[u.toks[k].Lower] {
		return 0
	}
	for c := k - 1; c >= 0 && k-c <= maxCountedAdjectives+1; c-- {
		t := u.toks[c]
		if n := pluralCounts[t.Lower]; n > 0 {
			return n
		}
		if !t.Word || t.Cap && c > 0 || u.entAt[c] > 0 {
			return 0
		}
	}
	return 0
}

// countedCountryNouns name the sides counted after "of" that a plural
// people noun belongs to: "the foreign ministers of the two countries".
var countedCountryNouns = map[string]bool{"countries": true, "nations": true, "states": true, "sides": true, "governments": true}

// countedCountriesOfPeople is the count of "the two countries" ending at
// token k after a plural people noun and "of" ("the foreign ministers of
// the two countries", "the presidents of both nations"): one person of each;
// and the index of that "of". 0 when no such phrase ends there.
func countedCountriesOfPeople(u *unit, k int) (int, int) {
	if k < 3 || !countedCountryNouns[u.toks[k].Lower] {
		return 0, -1
	}
	n := pluralCounts[u.toks[k-1].Lower]
	of := k - 2
	if of >= 0 && u.toks[of].Lower == "the" {
		of--
	}
	if n == 0 || of < 1 || u.toks[of].Lower != "of" || !peoplePluralNouns[u.toks[of-1].Lower] {
		return 0, -1
	}
	return n, of
}

// pluralOfficeBefore is the office of the plural title that ends right
// before the comma at c: "Foreign Minister" for "the two foreign
// ministers,", "President" for "the presidents of both nations,".
func pluralOfficeBefore(u *unit, c int) (titleInfo, bool) {
	if n, of := countedCountriesOfPeople(u, c-1); n > 0 {
		c = of // "the presidents of both nations,"
	}
	for k := max(0, c-maxCountedAdjectives-1); k < c; k++ {
		if info, n := lex.titles.match(u.toks, k); n > 0 && k+n == c {
			return info, true
		}
	}
	return titleInfo{}, false
}

// countriesOfPeopleBefore are the countries named after a plural people
// noun and "of", in a list that ends right before the comma at j: "the
// foreign ministers of Chile and Peru,", whose apposition names their
// people in the same order. Nil when the comma follows no such list.
func countriesOfPeopleBefore(u *unit, j int) []entity {
	var countries []entity
	k := j - 1
	for k >= 0 && u.entEnd[k] > 0 {
		e := u.ents[u.entEnd[k]-1]
		if e.Kind != entCountry {
			return nil
		}
		countries = append(countries, e)
		k = e.Lo - 1
		if k > 0 && (u.toks[k].Lower == "and" || u.toks[k].Text == ",") && u.entEnd[k-1] > 0 {
			k--
		}
	}
	if len(countries) < 2 || k < 1 || u.toks[k].Lower != "of" || !peoplePluralNouns[u.toks[k-1].Lower] {
		return nil
	}
	slices.Reverse(countries)
	return countries
}

// apposedToPlural reports the people of group (in reverse text order)
// named in apposition after the comma at c to a plural people noun of as
// many countries ("the foreign ministers of Chile and Peru, Ana Cruz and
// Rosa Vega"), whom it gives the country named in their place, or to one
// that counts them ("the two foreign ministers, Ana Cruz and Rosa Vega"),
// whom it gives its office.
func apposedToPlural(u *unit, c int, group []entity) bool {
	if c < 0 || slices.ContainsFunc(group, func(e entity) bool { return e.Kind != entPerson }) {
		return false
	}
	if countries := countriesOfPeopleBefore(u, c); len(countries) == len(group) {
		for i, c := range countries {
			if p := &group[len(group)-1-i]; p.Country == "" {
				p.Country = c.Name
			}
		}
		return true
	}
	if countedPeopleBefore(u, c) != len(group) {
		return false
	}
	if info, ok := pluralOfficeBefore(u, c); ok {
		for i := range group {
			if p := &group[i]; p.Role == "" {
				p.Role, p.Head, p.Titled = info.Role, info.Head, true
			}
		}
	}
	return true
}
