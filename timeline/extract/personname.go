package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dateline/dateline/timeline/vocab"
)

// nameParticles are lower-case words inside personal names.
var nameParticles = vocab.Set("name-particles")

// nameSuffixes follow a name and are not part of its key.
var nameSuffixes = vocab.Set("name-suffixes")

// regnalNumerals end a monarch's or pope's name: "Abdullah II".
var regnalNumerals = vocab.Set("regnal-numerals")

// isParticle, isNameSuffix and isNumeral test the tables above for every
// word of every name, and most words are none: a filter rules those out
// first.
var isParticle, isNameSuffix, isNumeral = newQuickSet(nameParticles).has, newQuickSet(nameSuffixes).has, newQuickSet(regnalNumerals).has

// isRegnalNumeral reports whether t is a Roman numeral in capitals that
// ends a monarch's or pope's name ("II", "XVI"); "I" is the pronoun.
func isRegnalNumeral(t *token) bool {
	return isNumeral(t.Lower) && t.Text == strings.ToUpper(t.Text)
}

// quickSet is a wordSet with a filter that rules out, without hashing,
// every word whose first byte and length no word of the set has.
type quickSet struct {
	set vocab.WordSet
	// lengths has bit n of lengths[b] set when a word of n bytes (of 31
	// or more for n = 31) starting with byte b is in set.
	lengths [256]uint32
}

func newQuickSet(set vocab.WordSet) *quickSet {
	q := &quickSet{set: set}
	for w := range set {
		if w != "" {
			q.lengths[w[0]] |= 1 << min(len(w), 31)
		}
	}
	return q
}

// has reports whether w is in the set.
func (q *quickSet) has(w string) bool {
	if w == "" {
		return q.set[w]
	}
	return q.lengths[w[0]]&(1<<min(len(w), 31)) != 0 && q.set[w]
}

// personEntity builds a person from the name tokens [nlo, nhi), extending
// over a following "of COUNTRY" when no country is known yet.
func personEntity(toks []token, lo, nlo, nhi int, ti titleInfo, country string) entity {
	e := entity{Lo: lo, Hi: nhi, Kind: entPerson, Role: ti.Role, Country: country, Head: ti.Head, Reporter: ti.Reporter}
	if nlo > lo {
		e.Office = strings.ToLower(joinText(toks[lo:nlo]))
	}
	// Names have a handful of words: keep them on the stack.
	var partsBuf [8]string
	parts := partsBuf[:0]
	// lastLower is the lower-case form of the last part when that part is
	// one token, so that its surname key needs no second lowering.
	lastLower := ""
	glue := false // the previous token was a hyphen inside the name
	// first and last are the tokens the name starts and ends with; while
	// span holds, the name is the text from one to the other ("Jean-Yves
	// Le Drian"), which can be sliced rather than joined.
	first, last, span := -1, -1, true
	familyKey := "" // the key of a family name written in capitals
	numerals := 0   // regnal numerals among parts, which the key skips
	for k := nlo; k < nhi; k++ {
		w := toks[k].Text
		if first >= 0 && !glue && isRegnalNumeral(&toks[k]) {
			// "Abdullah II": the numeral is written with the name but
			// keys nothing; the key stays the word before it.
			span = span && k == last+1 && toks[k].Start == toks[last].End+1
			last = k
			parts = append(parts, w)
			numerals++
			continue
		}
		if w == "-" && len(parts) > 0 {
			parts[len(parts)-1] += "-"
			glue, lastLower = true, ""
			span = span && k == last+1 && toks[k].Start == toks[last].End
			last = k
			continue
		}
		if !toks[k].Word || isNameSuffix(toks[k].Lower) || (isInitial(w) || isInitials(w)) && first >= 0 {
			continue // (a middle initial is left out: "John F. Kerry" is John Kerry; "S. Jaishankar" keeps his)
		}
		if misreadParticles[w] && k > nlo {
			w, span = strings.Replace(w, "I", "l", 1), false // "AI Saud" is "Al Saud"
		}
		if k == nlo && capitalFamilyName(toks, k) {
			// "Ms. KAMIKAWA Yoko": the family name in capitals, as the
			// name is written, and the surname the article goes on with
			w, span, familyKey = titleCase(w), false, surnameKeyOfLower(toks[k].Lower)
		}
		if glue {
			parts[len(parts)-1] += w
			glue = false
			span = span && k == last+1 && toks[k].Start == toks[last].End
			last = k
			continue
		}
		if first < 0 {
			first = k
		} else {
			span = span && k == last+1 && toks[k].Start == toks[last].End+1
		}
		last = k
		parts = append(parts, w)
		lastLower = toks[k].Lower
	}
	if name, ok := sliceName(toks, first, last); span && len(parts) > 1 && ok {
		e.Name = name
	} else {
		e.Name = strings.Join(parts, " ")
	}
	if len(parts) > 0 {
		if familyKey != "" {
			e.Key, e.CapsFamily = familyKey, true
		} else if lastLower != "" {
			e.Key = surnameKeyOfLower(lastLower)
		} else {
			e.Key = surnameKey(lastNonNumeral(parts, numerals))
		}
	}
	if country == "" && nhi+1 < len(toks) && toks[nhi].Lower == "of" {
		if c, end := ofCountry(toks, nhi+1); c != "" {
			e.Country, e.Hi = c, end
		}
	}
	return e
}

// lastNonNumeral returns the last of parts that is no regnal numeral,
// when numerals of them are.
func lastNonNumeral(parts []string, numerals int) string {
	for k := len(parts) - 1; k > 0 && numerals > 0; k-- {
		if !isNumeral(strings.ToLower(parts[k])) {
			return parts[k]
		}
	}
	if numerals > 0 {
		return parts[0]
	}
	return parts[len(parts)-1]
}

// sliceName returns the text from toks[first] to toks[last] when the
// tokens are views of one text, as the tokenizer makes them, and between
// each two of them is nothing or a single space. It spares a person's name
// the allocation of a join.
func sliceName(toks []token, first, last int) (string, bool) {
	if first < 0 || last <= first {
		return "", false
	}
	start := unsafe.StringData(toks[first].Text)
	for k := first + 1; k <= last; k++ {
		// The token must sit where its offset says in the same text.
		// (Addresses are compared as numbers: a pointer made outside the
		// text would be invalid.)
		at := uintptr(unsafe.Pointer(unsafe.StringData(toks[k].Text))) - uintptr(unsafe.Pointer(start))
		if at != uintptr(toks[k].Start-toks[first].Start) {
			return "", false
		}
	}
	name := unsafe.String(start, toks[last].End-toks[first].Start)
	for k := first + 1; k <= last; k++ {
		switch toks[k].Start - toks[k-1].End {
		case 0: // "Jean" "-" "Marc"
		case 1:
			if name[toks[k].Start-1-toks[first].Start] != ' ' {
				return "", false
			}
		default:
			return "", false
		}
	}
	return name, true
}

// koreanSyllable reports the lower-case second half of a hyphenated
// given name at k ("Dae-jung", "Min-su", "Jae-in"): a short word, glued,
// that is no participle of a compound ("Seoul-led").
func koreanSyllable(toks []token, k int) bool {
	t := &toks[k]
	return t.Word && !t.Cap && len(t.Text) <= 5 && !compoundParticiples[t.Lower] &&
		(k+1 == len(toks) || toks[k+1].Start > t.End || !toks[k+1].Word && toks[k+1].Text != "-")
}

// capitalFamilyName reports a family name written in capitals at the
// start of a name, after a courtesy title and before a given name in
// Title Case ("Ms. KAMIKAWA Yoko", "H.E. Mr. YOON Suk Yeol"), as
// Japanese and Korean ministries write names in English.
func capitalFamilyName(toks []token, k int) bool {
	w := toks[k].Text
	if len(w) < 3 || !acronym(w) || strings.ContainsAny(w, ".-&") || k+1 >= len(toks) ||
		!toks[k+1].Word || !toks[k+1].Cap || acronym(toks[k+1].Text) {
		return false
	}
	for start := max(0, k-3); start < k; start++ {
		if ti, n := lex.titles.match(toks, start); n > 0 && start+n == k && ti.Courtesy {
			return true
		}
	}
	return false
}

// titleCase writes an ASCII word in capitals with only its first letter
// so: "KAMIKAWA" is "Kamikawa".
func titleCase(w string) string {
	return w[:1] + strings.ToLower(w[1:])
}

// acronym is isAcronym with a shortcut for the common capitalised word
// whose second letter is a small one ("Biden").
func acronym(w string) bool {
	if len(w) >= 2 && 'a' <= w[1] && w[1] <= 'z' {
		return false
	}
	return isAcronym(w)
}

// isInitials reports whether w is two or more initials written as one
// word: "H.R.", "P.V.".
func isInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// isInitial reports whether w is an initial such as "R.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && unicode.IsUpper(rune(w[0]))
}

// nameRun returns how many tokens from i form a personal name: capitalised
// words that are not titles, countries, organisations or common words,
// with initials, particles ("bin", "von"), hyphens inside a name and a
// trailing ", Jr.". A lone word counts (a surname); callers decide whether
// a lone word is enough.
// gluedWords reports two capitalised words written as one, a scraping
// artefact ("KyriakosPrime", "UkhnaagiinPresident", "AnaPrime"): a capital
// after a lower-case letter, four or more letters into the word, or
// starting a word that opens a title. Names' own inner capitals come
// earlier and start no title ("McGurk", "MacArthur", "DeSantis").
func gluedWords(w string) bool {
	// ASCII, nearly every name, is read a byte at a time; the letters'
	// classes are those of unicode.IsLetter, IsUpper and IsLower.
	n := 0
	prevLower := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return gluedRunes(w)
		}
		k := byteClass[c]
		if k&classWord == 0 || isDigit(c) {
			n, prevLower = 0, false
			continue
		}
		upper := k&classUpper != 0
		if n >= 2 && prevLower && upper && (n >= 4 || opensTitle(w[i:])) {
			return true
		}
		prevLower = !upper
		n++
	}
	return false
}

// gluedRunes is gluedWords for a word with non-ASCII letters.
func gluedRunes(w string) bool {
	n := 0
	prevLower := false
	for i, r := range w {
		if !unicode.IsLetter(r) {
			n, prevLower = 0, false
			continue
		}
		if n >= 2 && prevLower && unicode.IsUpper(r) && (n >= 4 || opensTitle(w[i:])) {
			return true
		}
		prevLower = unicode.IsLower(r)
		n++
	}
	return false
}

// opensTitle reports whether s starts with the first word of a title
// ("President…", "Prime…").
func opensTitle(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	if lex == nil {
		return false
	}
	_, ok := lex.titles.byFirst[strings.ToLower(s[:end])]
	return ok
}

// repeatsWord reports whether toks[j] repeats a word of the name run that
// started at i.
func repeatsWord(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Word && toks[k].Lower == toks[j].Lower && len(toks[j].Lower) > 1 {
			return true
		}
	}
	return false
}

// bodyNameEnds end the name of a body: the capitalised words before one
// are no person's name ("the European Political Community").
var bodyNameEnds = vocab.Set("body-name-ends")

// maxBodyNameTail is how many capitalised words, from the first not-name
// word of a run, may lead to the noun of a body ("Water Resources
// Management Committee").
const maxBodyNameTail = 4

// bodyNameFollows reports whether the capitalised words from toks[j], a
// not-name word that ends a run of names, reach the noun of a body: the
// run is then the start of the body's name, not a person's.
func bodyNameFollows(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+maxBodyNameTail && toks[k].Word && toks[k].Cap; k++ {
		if bodyNameEnds[toks[k].Lower] {
			return true
		}
	}
	return false
}

func nameRun(toks []token, i int) int {
	j := i
	words := 0
	for j < len(toks) && words < 5 {
		t := &toks[j]
		switch {
		// (A capitalised word never starts with a digit.)
		case t.Word && t.Cap && j > i && isParticle(toks[j-1].Lower) && !acronym(t.Text):
			// "Haitham bin Tarik Al Said": after a particle a capitalised
			// word is a name, whatever else it may be ("Said")
			j++
			words++
		case t.Word && t.Cap && (!acronym(t.Text) || j == i && capitalFamilyName(toks, j)):
			mask := t.Mask
			if mask&firstNotName != 0 && j == i && functionWordSurname(toks, j) {
				j++ // "Vice Premier He Lifeng", "President To Lam"
				words++
				continue
			}
			if mask&firstNotName != 0 && words > 0 && gluedHyphen(toks, j+1) && j+2 < len(toks) && koreanSyllable(toks, j+2) {
				j++ // "Lee In-young": the first half of a hyphenated given name
				words++
				continue
			}
			if mask&firstNotName != 0 {
				if words > 0 && bodyNameFollows(toks, j) {
					return 0 // "the Anti-Corruption Working Group": a body's name
				}
				return endRun(toks, i, j, words)
			}
			if mask&firstCountry != 0 {
				if _, n := lex.countries.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstOrg != 0 {
				if _, n := lex.orgs.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstTitle != 0 && !hyphenedToNext(toks, j) {
				// (but "Hossein Amir-Abdollahian": a title word glued to the
				// next name by a hyphen is part of a surname)
				if _, n := lex.titles.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			if mask&firstTrigger != 0 {
				if _, n := lex.triggers.match(toks, j); n > 0 {
					return endRun(toks, i, j, words)
				}
			}
			// A transcript's speaker label repeats the name and glues it to
			// the title ("Ukhnaagiin Khurelsukh Khurelsukh UkhnaagiinPresident
			// of Mongolia"): a word said twice, or two words glued, ends it
			// (but a particle may come again: "Nawaf Al-Ahmad Al-Jaber").
			compound := j > i && toks[j-1].Text == "-" && toks[j-1].End == t.Start // "Akufo-Addo"
			if gluedWords(t.Text) || !compound && !isParticle(t.Lower) && repeatsWord(toks, i, j) {
				return endRun(toks, i, j, words)
			}
			j++
			if !isParticle(t.Lower) {
				words++ // ("Nawaf Al-Ahmad Al-Jaber Al-Sabah": "Al" counts for no word)
			}
		case words > 0 && t.Word && isParticle(t.Lower) && j+1 < len(toks) && (toks[j+1].Cap || isParticle(toks[j+1].Lower) && j+2 < len(toks) && toks[j+2].Cap):
			j++
		case words > 0 && misreadParticles[t.Text] && j+1 < len(toks) && toks[j+1].Cap && !acronym(toks[j+1].Text):
			j++ // "Farhan AI Saud": "Al", misread
		case words > 0 && t.Text == "-" && j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Start == t.End && t.Start == toks[j-1].End:
			j++
		case words > 0 && t.Text == "-" && j+1 < len(toks) && koreanSyllable(toks, j+1) && toks[j+1].Start == t.End && t.Start == toks[j-1].End:
			j += 2 // "Kim Dae-jung", "Min-su": a given name of two syllables
		case words > 0 && t.Word && isParticle(t.Lower) && j+2 < len(toks) && toks[j+1].Text == "-" && toks[j+2].Cap && toks[j+1].Start == t.End && toks[j+2].Start == toks[j+1].End:
			j += 2 // a hyphenated particle: "el-Sisi", "al-Kadhimi"
		case words > 0 && t.Word && (isNameSuffix(t.Lower) || isRegnalNumeral(t)):
			j++ // "Marcos Jr", "Abdullah II", "Carl XVI Gustaf"
		case words > 0 && t.Text == "," && j+1 < len(toks) && isNameSuffix(toks[j+1].Lower):
			j += 2
		case isInitials(t.Text) && t.Mask&(firstCountry|firstOrg|firstTitle) == 0 && j+1 < len(toks) && toks[j+1].Cap && !acronym(toks[j+1].Text):
			j++ // "H.R. McMaster", "P.V. Narasimha Rao" (but "U.S. President": a country; "H.E.": a courtesy title)
			words++
		default:
			return endRun(toks, i, j, words)
		}
	}
	return endRun(toks, i, j, words)
}

func endRun(toks []token, i, j, words int) int {
	if words == 0 {
		return 0
	}
	// Do not end on a particle or hyphen (but on the second syllable of
	// "Dae-jung").
	for j > i && !toks[j-1].Cap && !isNameSuffix(toks[j-1].Lower) && !(j-2 > i && toks[j-2].Text == "-" && koreanSyllable(toks, j-1)) {
		j--
	}
	return j - i
}

// surnameKey folds the spellings of a surname that transliteration gives
// ("Zelenskyy", "Zelensky", "Zelenskiy") to one key.
func surnameKey(s string) string {
	return surnameKeyOfLower(strings.ToLower(s))
}

// surnameKeyOfLower is surnameKey of a surname already in lower case, as
// tokens carry it.
func surnameKeyOfLower(k string) string {
	k = strings.TrimSuffix(k, ".")
	if i := strings.IndexByte(k, '-'); i > 0 && i < len(k)-1 && articlePrefixes[k[:i]] {
		k = k[i+1:] // "al-sudani" is "sudani"
	}
	if k == "" || !surnameKeyLast[k[len(k)-1]] {
		return k // most names end in a letter no ending ends in
	}
	for _, e := range surnameKeyEndings {
		// (The last byte first: most names end in none of the endings.)
		if len(k) > len(e.From)+2 && k[len(k)-1] == e.From[len(e.From)-1] && strings.HasSuffix(k, e.From) {
			return k[:len(k)-len(e.From)] + e.To
		}
	}
	return k
}

// articlePrefixes are vocab's article-prefixes.
var articlePrefixes = vocab.Set("article-prefixes")

// surnameKeyEndings are transliteration variants of name endings,
// longest first: the endings of vocab's name-spellings table, which name
// matching (package names) applies too.
var surnameKeyEndings = vocab.NameEndings()

// surnameKeyLast marks the last bytes of surnameKeyEndings.
var surnameKeyLast = func() (last [256]bool) {
	for _, e := range surnameKeyEndings {
		last[e.From[len(e.From)-1]] = true
	}
	return last
}()

// joinText is the text of toks, one space where the text has any gap
// between two of them. A single token, or tokens the text already spaces
// so, are the text itself and cost no allocation.
func joinText(toks []token) string {
	if len(toks) == 1 {
		return toks[0].Text
	}
	if s, ok := sliceName(toks, 0, len(toks)-1); ok {
		return s
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// misreadParticles are name particles with a capital I for a small l
// (vocab's misread-particles): "AI" for "Al".
var misreadParticles = vocab.Set("misread-particles")

// hyphenedToNext reports a word glued by a hyphen to a capitalised word
// after it that opens no title: "Amir-Abdollahian" (but not
// "Vice-President").
func hyphenedToNext(toks []token, j int) bool {
	return gluedHyphen(toks, j+1) && toks[j+2].Cap && toks[j+2].Mask&firstTitle == 0
}

// gluedHyphen reports a hyphen at j written with no space on either side,
// between two tokens: the tokenizer splits "Amir-Abdollahian" and
// "wide-ranging" there.
func gluedHyphen(toks []token, j int) bool { return gluedMark(toks, j, "-") }

// gluedMark reports the mark at j written with no space on either side,
// between two tokens: the hyphen of "wide-ranging", the plus of "2+2".
func gluedMark(toks []token, j int, mark string) bool {
	return j > 0 && j+1 < len(toks) && toks[j].Text == mark && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End
}

// functionWordSurnames are family names written as English function words
// (vocab's function-word-surnames).
var functionWordSurnames = vocab.Set("function-word-surnames")

// functionWordSurname reports such a name at toks[j], capitalised right
// after a capitalised word (a title: "Vice Premier He Lifeng") and before
// a capitalised word that may be a given name (no function word, title,
// event word, country, organisation, headline verb or acronym), on the
// same line.
func functionWordSurname(toks []token, j int) bool {
	if j == 0 || j+1 >= len(toks) || !functionWordSurnames[toks[j].Lower] || toks[j].Text == toks[j].Lower {
		return false
	}
	prev, next := &toks[j-1], &toks[j+1]
	return prev.Cap && prev.Para == toks[j].Para && next.Cap && next.Word && next.Para == toks[j].Para &&
		next.Mask&(firstNotName|firstTrigger|firstTitle|firstCountry|firstOrg) == 0 && !headlineVerbs[next.Lower] && !acronym(next.Text) // (a headline's "Minister To Visit Japan", "PM To Host …")
}
