package extract

// This file reads the offices written in apposition to a subject, set
// off by commas, so that the subject's reading passes over them: "Karl
// Bauer, the Austrian chancellor, met", "Hungary's president, Elena
// Varga, met", "A and B, the foreign ministers of Chile and Peru, met".

// apposedOfficeEnd is the index of the last word of the name whose office
// in apposition the comma at k closes ("Karl Bauer, the Austrian
// chancellor, met"): the words since the comma before are an office, with
// no name among them, and a person with that office comes before it. -1
// when the comma closes no such apposition.
//
// An office that opens with its title right after the comma may be
// longer, and may name a body no table knows, so that the person before
// it has no role from it: "A and B, chairman of the Standing Committee of
// the National People's Congress, will meet X".
func apposedOfficeEnd(u *unit, k int) int {
	if k < 0 || k >= len(u.toks) || u.toks[k].Text != "," {
		return -1
	}
	titled := false
	for j := k - 1; j > 0 && j >= k-maxLongApposedOffice; j-- {
		t := &u.toks[j]
		if u.entAt[j] > 0 || u.brk[j] {
			return -1
		}
		if t.Text == "," {
			e := u.entEnd[j-1]
			if !titled || e == 0 || u.ents[e-1].Kind != entPerson {
				return -1
			}
			if opening := titleOpens(u, j+1); !opening && (u.ents[e-1].Role == "" || k-j > maxApposedOffice) {
				return -1
			}
			return j - 1
		}
		if t.Mask&firstTitle != 0 {
			if _, n := lex.titles.match(u.toks, j); n > 0 {
				titled = true
			}
		}
	}
	return -1
}

// titleOpens reports a lower-case title of an office at j, after "the"
// or not: "chairman of …", "the speaker of …".
func titleOpens(u *unit, j int) bool {
	if j < len(u.toks) && (u.toks[j].Lower == "the" || u.toks[j].Lower == "a") {
		j++
	}
	if j >= len(u.toks) || u.toks[j].Cap || u.toks[j].Mask&firstTitle == 0 {
		return false
	}
	ti, n := lex.titles.match(u.toks, j)
	return n > 0 && ti.Role != "" && !ti.Courtesy
}

// maxLongApposedOffice bounds the words of an office in apposition that
// opens with its title (see apposedOfficeEnd).
const maxLongApposedOffice = 14

// apposedName reports a person named in apposition to an office before
// the name ("Hungary's president, Elena Varga"), whose entity holds the
// comma between them.
func apposedName(u *unit, e entity) bool {
	if e.Kind != entPerson || !e.Titled {
		return false
	}
	for k := e.Lo; k < e.Hi; k++ {
		if u.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// appositionClosedAt is the index of the last word of a subject whose
// apposition the comma at k closes: an office after the name ("Karl
// Bauer, the Austrian chancellor,") or the name after the office
// ("Hungary's president, Elena Varga,"). -1 when it closes neither.
func appositionClosedAt(u *unit, k int) int {
	if end := apposedOfficeEnd(u, k); end >= 0 {
		return end
	}
	if k > 0 && u.entEnd[k-1] > 0 && apposedName(u, u.ents[u.entEnd[k-1]-1]) {
		return k - 1
	}
	if k > 0 && u.entEnd[k-1] > 0 && apposedList(u, k) {
		return k - 1 // "The Chilean and Peruvian foreign ministers, A and B, met"
	}
	return apposedPluralRoleEnd(u, k)
}

// apposedPluralRoleEnd is the index of the last word of two people joined
// by "and" whose offices in apposition, in the plural, the comma at k
// closes: "A and B, the foreign ministers of Chile and Peru, met", "…, the
// two countries' top diplomats, met". The apposition opens with "the",
// holds a word of plural-role-nouns and names no one but countries. -1
// when the comma closes no such apposition.
func apposedPluralRoleEnd(u *unit, k int) int {
	if k < 0 || k >= len(u.toks) || u.toks[k].Text != "," {
		return -1
	}
	plural := false
	for j := k - 1; j > 0 && j >= k-maxApposedOffice-2; j-- {
		t := &u.toks[j]
		if u.brk[j] || u.entAt[j] > 0 && u.ents[u.entAt[j]-1].Kind != entCountry {
			return -1
		}
		plural = plural || pluralRoleNouns[t.Lower]
		if t.Text != "," {
			continue
		}
		if !plural || u.toks[j+1].Lower != "the" || u.entEnd[j-1] == 0 {
			return -1
		}
		second := u.ents[u.entEnd[j-1]-1]
		if second.Kind != entPerson || second.Lo < 2 || u.toks[second.Lo-1].Lower != "and" || u.entEnd[second.Lo-2] == 0 ||
			u.ents[u.entEnd[second.Lo-2]-1].Kind != entPerson {
			return -1
		}
		return j - 1
	}
	return -1
}

// apposedOfficeAfter is the index of the comma that closes the office in
// apposition after person e ("Luis Ortiz, Foreign Minister of Ecuador,",
// "Tomas Reyes, his Peruvian counterpart,"),
// which e has taken (see officeAfterName), or -1.
func apposedOfficeAfter(u *unit, e entity) int {
	k := e.Hi
	if e.Kind != entPerson || e.Role == "" && e.Country == "" || k >= len(u.toks) || u.toks[k].Text != "," {
		return -1
	}
	titled := false
	for j := k + 1; j < len(u.toks) && j <= k+maxApposedOffice; j++ {
		if u.entAt[j] > 0 || u.brk[j] {
			return -1
		}
		if u.toks[j].Text == "," {
			if titled {
				return j
			}
			return -1
		}
		if counterpartNouns[u.toks[j].Lower] && possessives[u.toks[k+1].Lower] {
			titled = true // "with A, his Peruvian counterpart, and B"
		} else if u.toks[j].Mask&firstTitle != 0 {
			if _, n := lex.titles.match(u.toks, j); n > 0 {
				titled = true
			}
		}
	}
	return -1
}
