package timeline

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// Kind is the kind of diplomatic event. The kinds, with how each is
// titled, coded and merged, are the rows of kinds.tsv.
type Kind string

// The kinds that extraction rules name in code. A kind added to kinds.tsv
// needs no constant: triggers name it by its string.
const (
	Call    Kind = "call"
	Meeting Kind = "meeting"
	Visit   Kind = "visit"
	Talks   Kind = "talks"
	Summit  Kind = "summit"
)

// MergeRule says when events of two different kinds may be one event.
type MergeRule string

// The merge rules of kinds.tsv.
const (
	MergeNever     MergeRule = ""
	MergeAlways    MergeRule = "always"     // talks ~ meeting ~ summit
	MergeSamePlace MergeRule = "same-place" // visit ~ meeting at the place visited
	MergeSameDay   MergeRule = "same-day"   // call ~ talks on one day, same sides
)

// KindInfo is one row of the kinds table.
type KindInfo struct {
	Kind Kind
	// Rank breaks ties when the sources of one event disagree on its kind
	// equally often: the lower rank wins.
	Rank int
	// Title is the noun that ends an event's title: "phone call".
	Title string
	// Family groups kinds that may report the same event within one
	// article: a call, talks and a meeting are all a conversation.
	Family Kind
	// CAMEO is the CAMEO event code; CAMEOElsewhere the code when the
	// place lies in none of the participants' countries.
	CAMEO, CAMEOElsewhere string
	// Merges lists the other kinds an event of this kind may merge with.
	Merges map[Kind]MergeRule
}

//go:embed kinds.tsv
var kindsTSV string

// kindTable is kinds.tsv, read once; kindOrder its rows in order.
var kindTable, kindOrder = mustKinds(kindsTSV)

// Kinds lists every kind, in display order (the rows of kinds.tsv).
var Kinds = kindOrder

func mustKinds(tsv string) (map[Kind]KindInfo, []Kind) {
	t, order, err := parseKinds(tsv)
	if err != nil {
		panic("timeline: kinds.tsv: " + err.Error())
	}
	return t, order
}

// parseKinds reads the kinds table; see kinds.tsv for its columns.
func parseKinds(tsv string) (map[Kind]KindInfo, []Kind, error) {
	table := map[Kind]KindInfo{}
	var order []Kind
	for n, line := range strings.Split(tsv, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, nil, fmt.Errorf("line %d: %d columns, want 7 (kind rank title family cameo cameo_elsewhere merges)", n+1, len(f))
		}
		rank, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, nil, fmt.Errorf("line %d: rank %q is not a number", n+1, f[1])
		}
		k := Kind(f[0])
		info := KindInfo{Kind: k, Rank: rank, Title: f[2], Family: Kind(f[3]), CAMEO: f[4], CAMEOElsewhere: f[5], Merges: map[Kind]MergeRule{}}
		for _, m := range strings.Fields(f[6]) {
			other, rule, ok := strings.Cut(m, ":")
			if !ok {
				return nil, nil, fmt.Errorf("line %d: merge %q is not KIND:RULE", n+1, m)
			}
			info.Merges[Kind(other)] = MergeRule(rule)
		}
		if _, dup := table[k]; dup {
			return nil, nil, fmt.Errorf("line %d: kind %q defined twice", n+1, k)
		}
		table[k] = info
		order = append(order, k)
	}
	return table, order, nil
}

// Info returns the row of the kinds table for k; ok is false for a kind
// the table does not have.
func (k Kind) Info() (info KindInfo, ok bool) {
	info, ok = kindTable[k]
	return info, ok
}

// Title is the noun that names k in an event's title: "phone call" for a
// call; an unknown kind is its own name.
func (k Kind) Title() string {
	if info, ok := kindTable[k]; ok {
		return info.Title
	}
	return string(k)
}

// Family is k's family (see KindInfo.Family); an unknown kind is its own.
func (k Kind) Family() Kind {
	if info, ok := kindTable[k]; ok && info.Family != "" {
		return info.Family
	}
	return k
}

// CAMEOCode returns the CAMEO event code for a kind; elsewhere says the
// event took place outside every participant's country. A kind the table
// does not have is 040 (consult, not specified).
func CAMEOCode(k Kind, elsewhere bool) string {
	info, ok := kindTable[k]
	if !ok {
		return "040"
	}
	if elsewhere {
		return info.CAMEOElsewhere
	}
	return info.CAMEO
}

// KindBefore orders kinds by rank, unknown kinds last by name.
func KindBefore(a, b Kind) bool {
	ia, oka := kindTable[a]
	ib, okb := kindTable[b]
	if oka != okb {
		return oka
	}
	if ia.Rank != ib.Rank {
		return ia.Rank < ib.Rank
	}
	return a < b
}

// MergeRuleOf says when an event of kind a and one of kind b may be one
// event: always for one kind, else as kinds.tsv says.
func MergeRuleOf(a, b Kind) MergeRule {
	if a == b {
		return MergeAlways
	}
	return kindTable[a].Merges[b]
}
