package timelinebeam

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/merge"
)

// The three summaries of the mentions that cutting them into groups needs
// (see the merge package documentation): merge.Names, merge.Plan and
// merge.Components. Each adds up, so Beam builds it as a combine — partial
// summaries on every worker, merged — and hands it to later stages as a
// side input. The merge types live in memory only, so each summary here
// is the data they are made from, in a form Beam can encode:
//
//   - namesSummary: every distinct participant with the number of times it
//     is named. merge.Names reads nothing else of a mention, so the Names
//     made from it are the Names of the mentions.
//   - planSummary: the entries of the Plan ("flags": a key with a wide
//     date, an undated mention's key, article and kind), each with one
//     mention that sets it. Adding those mentions to an empty Plan makes
//     the Plan of all the mentions (planFlags says why).
//   - compsSummary: a merge.Components, encoded as each key with its group
//     and decoded by joining each key to its group.

func init() {
	beam.RegisterCoder(reflect.TypeFor[*namesSummary](), encodeNames, decodeNames)
	beam.RegisterCoder(reflect.TypeFor[*planSummary](), encodePlan, decodePlan)
	beam.RegisterCoder(reflect.TypeFor[*compsSummary](), encodeComps, decodeComps)
	register.Combiner3[*namesSummary, timeline.Participant, *namesSummary](&namesFn{})
	register.Combiner1[*planSummary](&planFn{})
	register.Combiner1[*compsSummary](&compsFn{})
}

// namesSummary counts the participants of the mentions, as written.
type namesSummary struct {
	Named map[string]*namedCount `json:"named"` // by participantKey
}

type namedCount struct {
	Participant timeline.Participant `json:"p"`
	Count       int                  `json:"n"`
}

func encodeNames(s *namesSummary) ([]byte, error) { return json.Marshal(s) }

func decodeNames(data []byte) (*namesSummary, error) {
	s := &namesSummary{}
	if err := json.Unmarshal(data, s); err != nil {
		return nil, fmt.Errorf("decoding the names summary: %w", err)
	}
	return s, nil
}

// participantKey tells participants apart by every field Names reads.
func participantKey(p *timeline.Participant) string {
	return strings.Join([]string{p.Name, string(p.Type), p.Role, p.Country, strings.Join(p.Aliases, "\x1e")}, "\x1f")
}

func (s *namesSummary) add(p timeline.Participant, n int) {
	if s.Named == nil {
		s.Named = map[string]*namedCount{}
	}
	k := participantKey(&p)
	if c := s.Named[k]; c != nil {
		c.Count += n
		return
	}
	s.Named[k] = &namedCount{Participant: p, Count: n}
}

// registry makes the canonical-name registry of the mentions summarised.
func (s *namesSummary) registry() *merge.Registry {
	names := merge.NewNames()
	for _, k := range slices.Sorted(maps.Keys(s.Named)) {
		c := s.Named[k]
		m := timeline.Mention{Participants: []timeline.Participant{c.Participant}}
		for range c.Count {
			names.Add(&m)
		}
	}
	return names.Registry()
}

// namesFn combines participants into a namesSummary.
type namesFn struct{}

func (namesFn) CreateAccumulator() *namesSummary {
	return &namesSummary{Named: map[string]*namedCount{}}
}

func (namesFn) AddInput(s *namesSummary, p timeline.Participant) *namesSummary {
	s.add(p, 1)
	return s
}

func (namesFn) MergeAccumulators(a, b *namesSummary) *namesSummary {
	for _, c := range b.Named {
		a.add(c.Participant, c.Count)
	}
	return a
}

func (namesFn) ExtractOutput(s *namesSummary) *namesSummary { return s }

// planSummary holds the entries of a merge.Plan, each with a mention that
// sets it.
type planSummary struct {
	Flags map[string]int `json:"flags"` // entry → index in Reps
	Reps  []wireMention  `json:"reps"`
}

func encodePlan(s *planSummary) ([]byte, error) { return json.Marshal(s) }

func decodePlan(data []byte) (*planSummary, error) {
	s := &planSummary{}
	if err := json.Unmarshal(data, s); err != nil {
		return nil, fmt.Errorf("decoding the plan summary: %w", err)
	}
	return s, nil
}

// planFlags returns the entries m adds to a Plan, as names: the keys m has
// under a Plan of m alone that it does not have under an empty Plan. A
// Plan entry is a node that many mentions share (a key's wide events, the
// events of an article under a key and kind), needed only when some
// mention sets it; and the mention that sets it also files or looks up
// that very node (a wide mention is filed under its key's wide events, an
// undated one looks up its article's events), so the entry shows among its
// own keys. Hence a Plan made by adding, for every entry, one mention that
// sets it is the Plan of all the mentions. TestSummariesGiveTheMerge checks
// this on the development corpora.
func planFlags(reg *merge.Registry, m *timeline.Mention) []string {
	alone := merge.NewPlan(reg)
	alone.Add(m)
	with := alone.Keys(m)
	without := merge.NewPlan(reg).Keys(m)
	var flags []string
	for _, k := range with {
		if _, found := slices.BinarySearch(without, k); !found {
			flags = append(flags, k)
		}
	}
	return flags
}

// plan makes the merge.Plan the summary stands for.
func (s *planSummary) plan(reg *merge.Registry) *merge.Plan {
	p := merge.NewPlan(reg)
	for i := range s.Reps {
		m := s.Reps[i].mention()
		p.Add(&m)
	}
	return p
}

// planFn merges plan summaries: the union of their entries.
type planFn struct{}

func (planFn) CreateAccumulator() *planSummary { return &planSummary{Flags: map[string]int{}} }

func (planFn) MergeAccumulators(a, b *planSummary) *planSummary {
	if a == nil {
		a = &planSummary{}
	}
	if a.Flags == nil {
		a.Flags = map[string]int{}
	}
	moved := map[int]int{} // index in b.Reps → index in a.Reps
	for _, f := range slices.Sorted(maps.Keys(b.Flags)) {
		if _, ok := a.Flags[f]; ok {
			continue
		}
		i := b.Flags[f]
		j, ok := moved[i]
		if !ok {
			j = len(a.Reps)
			a.Reps = append(a.Reps, b.Reps[i])
			moved[i] = j
		}
		a.Flags[f] = j
	}
	return a
}

// compsSummary is a merge.Components with the keys it holds, so that it
// can be encoded. Group is safe for concurrent use (Components.Group
// shortens paths as it goes).
type compsSummary struct {
	mu    sync.Mutex
	comps *merge.Components
	keys  map[string]bool
}

func newComps() *compsSummary {
	return &compsSummary{comps: merge.NewComponents(), keys: map[string]bool{}}
}

func (c *compsSummary) add(keys []string) {
	c.comps.Add(keys)
	for _, k := range keys {
		c.keys[k] = true
	}
}

// Group is the group of a mention with these keys (Components.Group).
func (c *compsSummary) Group(keys []string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.comps.Group(keys)
}

// wireComps is a compsSummary as data: key i is in the group of key
// Group[i].
type wireComps struct {
	Keys  []string `json:"keys"`
	Group []int    `json:"group"`
}

func encodeComps(c *compsSummary) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	w := wireComps{Keys: slices.Sorted(maps.Keys(c.keys))}
	for _, k := range w.Keys {
		g, _ := slices.BinarySearch(w.Keys, c.comps.Group([]string{k}))
		w.Group = append(w.Group, g)
	}
	return json.Marshal(w)
}

func decodeComps(data []byte) (*compsSummary, error) {
	var w wireComps
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, fmt.Errorf("decoding the groups summary: %w", err)
	}
	if len(w.Group) != len(w.Keys) {
		return nil, fmt.Errorf("decoding the groups summary: %d keys but %d groups", len(w.Keys), len(w.Group))
	}
	c := newComps()
	for i, k := range w.Keys {
		g := w.Group[i]
		if g < 0 || g >= len(w.Keys) {
			return nil, fmt.Errorf("decoding the groups summary: key %q has group %d of %d", k, g, len(w.Keys))
		}
		c.add([]string{k, w.Keys[g]})
	}
	return c, nil
}

// compsFn merges groups summaries: the joins of all their keys.
type compsFn struct{}

func (compsFn) CreateAccumulator() *compsSummary { return newComps() }

func (compsFn) MergeAccumulators(a, b *compsSummary) *compsSummary {
	if a == nil {
		a = newComps()
	}
	a.comps.Merge(b.comps)
	for k := range b.keys {
		a.keys[k] = true
	}
	return a
}
