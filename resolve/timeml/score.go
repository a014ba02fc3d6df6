package timeml

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/rickb777/date/v2"
)

// Counts are the tallies from which every TempEval-3 Task A figure is
// computed. They add up across documents: corpus figures are computed from
// the summed counts (micro-averaged), not averaged over documents.
type Counts struct {
	Gold   int // gold expressions
	System int // expressions the system reported

	Strict  int // matches whose spans are identical
	Relaxed int // matches whose spans overlap (the strict ones included)
	Value   int // relaxed matches whose values are identical
	Type    int // relaxed matches whose types are identical
}

// Add returns the sum of c and o.
func (c Counts) Add(o Counts) Counts {
	return Counts{
		Gold: c.Gold + o.Gold, System: c.System + o.System,
		Strict: c.Strict + o.Strict, Relaxed: c.Relaxed + o.Relaxed,
		Value: c.Value + o.Value, Type: c.Type + o.Type,
	}
}

// PRF is a precision, recall and F1 triple.
type PRF struct {
	Precision, Recall, F1 float64
}

// newPRF computes precision matches/system, recall matches/gold and their
// harmonic mean; a zero denominator gives zero, never NaN.
func newPRF(matches, system, gold int) PRF {
	var p PRF
	if system > 0 {
		p.Precision = float64(matches) / float64(system)
	}
	if gold > 0 {
		p.Recall = float64(matches) / float64(gold)
	}
	if s := p.Precision + p.Recall; s > 0 {
		p.F1 = 2 * p.Precision * p.Recall / s
	}
	return p
}

// Figures are the TempEval-3 Task A scores.
type Figures struct {
	// Strict counts a match only when the spans are identical.
	Strict PRF
	// Relaxed counts any overlap, one system span per gold span.
	Relaxed PRF
	// Value counts relaxed matches with the identical value, over all
	// system and all gold expressions: the headline figure of TempEval-3,
	// since it rewards finding and resolving at once.
	Value PRF
	// Type is like Value for the TimeML type.
	Type PRF
	// ValueAccuracy is the share of relaxed matches with the identical
	// value: how well what was found was resolved.
	ValueAccuracy float64
}

// Figures computes the scores from the counts.
func (c Counts) Figures() Figures {
	f := Figures{
		Strict:  newPRF(c.Strict, c.System, c.Gold),
		Relaxed: newPRF(c.Relaxed, c.System, c.Gold),
		Value:   newPRF(c.Value, c.System, c.Gold),
		Type:    newPRF(c.Type, c.System, c.Gold),
	}
	if c.Relaxed > 0 {
		f.ValueAccuracy = float64(c.Value) / float64(c.Relaxed)
	}
	return f
}

// Pair is a gold span and the system span matched to it, if any.
type Pair struct {
	Gold   Span
	System *Span // nil when the gold span was missed
}

// Result is the scoring of one document.
type Result struct {
	Counts
	// Pairs holds one entry per gold span, in gold order.
	Pairs []Pair
	// Spurious holds the system spans matched to no gold span, in system
	// order.
	Spurious []Span
}

// Score matches system spans to gold spans as TempEval-3 Task A does and
// counts the matches.
//
// Matching is greedy and one-to-one. Gold spans are taken in the order
// given; each takes the first unused system span (in the order given) with
// exactly the same extent, or failing that the first unused system span
// that overlaps it by at least one byte. So with gold [0,10) and system
// spans [0,4) and [0,10), the exact [0,10) is chosen even though [0,4)
// comes first; and a system span that overlaps two gold spans serves only
// the first of them.
//
// Values and types are compared after trimming white space, ignoring case.
func Score(gold, system []Span) Result {
	r := Result{Counts: Counts{Gold: len(gold), System: len(system)}}
	used := make([]bool, len(system))
	for _, g := range gold {
		best := -1
		for i, s := range system {
			if used[i] || s.End <= g.Start || s.Start >= g.End {
				continue
			}
			if s.Start == g.Start && s.End == g.End {
				best = i
				break
			}
			if best < 0 {
				best = i
			}
		}
		if best < 0 {
			r.Pairs = append(r.Pairs, Pair{Gold: g})
			continue
		}
		used[best] = true
		s := system[best]
		r.Relaxed++
		if s.Start == g.Start && s.End == g.End {
			r.Strict++
		}
		if sameLabel(s.Value, g.Value) {
			r.Value++
		}
		if sameLabel(s.Type, g.Type) {
			r.Type++
		}
		r.Pairs = append(r.Pairs, Pair{Gold: g, System: &s})
	}
	for i, s := range system {
		if !used[i] {
			r.Spurious = append(r.Spurious, s)
		}
	}
	return r
}

// sameLabel compares values or types as the scorer does.
func sameLabel(a, b string) bool {
	return strings.ToUpper(strings.TrimSpace(a)) == strings.ToUpper(strings.TrimSpace(b))
}

// MismatchKind says how a system output differs from gold.
type MismatchKind int

// The kinds of mismatch, named as the scorer prints them.
const (
	Missed     MismatchKind = iota + 1 // a gold span no system span overlaps
	WrongValue                         // a matched pair whose values differ
	Spurious                           // a system span matched to no gold span
)

// String returns MISSED, VALUE or SPURIOUS.
func (k MismatchKind) String() string {
	switch k {
	case Missed:
		return "MISSED"
	case WrongValue:
		return "VALUE"
	case Spurious:
		return "SPURIOUS"
	}
	return fmt.Sprintf("MismatchKind(%d)", int(k))
}

// Mismatch is one difference between gold and system output.
type Mismatch struct {
	Kind   MismatchKind
	Gold   Span // zero for Spurious
	System Span // zero for Missed
}

// Mismatches lists the differences in the order the scorer prints them:
// gold order for misses and wrong values, then the spurious finds.
//
// A wrong value here compares values ignoring case but not surrounding
// white space, exactly as timeml_score.py's error list does, so a system
// value " 2022" counts as correct in Counts.Value yet is listed.
func (r Result) Mismatches() []Mismatch {
	var ms []Mismatch
	for _, p := range r.Pairs {
		switch {
		case p.System == nil:
			ms = append(ms, Mismatch{Kind: Missed, Gold: p.Gold})
		case strings.ToUpper(p.System.Value) != strings.ToUpper(p.Gold.Value):
			ms = append(ms, Mismatch{Kind: WrongValue, Gold: p.Gold, System: *p.System})
		}
	}
	for _, s := range r.Spurious {
		ms = append(ms, Mismatch{Kind: Spurious, System: s})
	}
	return ms
}

// Line formats m as timeml_score.py prints it, for the document named doc
// with creation time dct, e.g.
//
//	a.tml [dct 2022-01-03] VALUE 'next week' gold=2022-W02 sys=2022-W01 (sys span 'next week')
//
// Texts are quoted the way Python's repr quotes strings, so that the two
// error lists can be compared line by line.
func (m Mismatch) Line(doc string, dct date.Date) string {
	head := fmt.Sprintf("%s [dct %s] %s ", doc, dct, m.Kind)
	switch m.Kind {
	case Missed:
		return head + fmt.Sprintf("%s gold=%s", pyRepr(m.Gold.Text), m.Gold.Value)
	case WrongValue:
		return head + fmt.Sprintf("%s gold=%s sys=%s (sys span %s)",
			pyRepr(m.Gold.Text), m.Gold.Value, m.System.Value, pyRepr(m.System.Text))
	default:
		return head + fmt.Sprintf("%s sys=%s", pyRepr(m.System.Text), m.System.Value)
	}
}

// pyRepr quotes s as Python's repr quotes a str: single quotes unless s
// holds a single quote and no double quote; backslash escapes for the quote,
// backslash, tab, newline and carriage return; \xNN, \uNNNN or \UNNNNNNNN for
// other characters that are not printable. Invalid UTF-8 shows as U+FFFD,
// as Python's decode(errors='replace') does.
func pyRepr(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}
