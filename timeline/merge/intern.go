package merge

import (
	"hash/maphash"
	"slices"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
)

// This file keeps the mentions of a Set compact. Mentions repeat
// themselves: the same names, offices, rules and reasons, the same lists
// of participants and trails of reasons, in article after article (on
// diplomacy-2021, 121 distinct names among 552 participants, 559 distinct
// reasons among 1,328). Each distinct string, participant list, trail and
// date is kept once and shared by every mention that has it, so memory
// follows what is distinct more than the number of mentions.

// interner keeps one copy of each distinct value it is given.
type interner struct {
	seed  maphash.Seed
	strs  map[string]string
	lists map[uint64][][]timeline.Participant
	whys  map[uint64][]*timeline.Why
	// The parts of trails, which repeat more than whole trails do (a
	// trail with a date in its words is rarely met twice).
	reasons map[timeline.Reason]*timeline.Reason
	parties map[uint64][][]timeline.PartyReason
	dates   map[timeline.When]*timeline.When
}

func newInterner() *interner {
	return &interner{seed: maphash.MakeSeed(), strs: map[string]string{},
		lists: map[uint64][][]timeline.Participant{}, whys: map[uint64][]*timeline.Why{},
		reasons: map[timeline.Reason]*timeline.Reason{}, parties: map[uint64][][]timeline.PartyReason{},
		dates: map[timeline.When]*timeline.When{}}
}

// A nil interner keeps nothing: its methods return what they are given.

// str is the kept copy of s.
func (in *interner) str(s string) string {
	if s == "" || in == nil {
		return s
	}
	if k, ok := in.strs[s]; ok {
		return k
	}
	in.strs[s] = s
	return s
}

// when is the kept copy of w.
func (in *interner) when(w timeline.When) *timeline.When {
	if in == nil {
		return &w
	}
	w.Value = in.str(w.Value)
	w.Granularity = resolve.Granularity(in.str(string(w.Granularity)))
	if k, ok := in.dates[w]; ok {
		return k
	}
	p := &w
	in.dates[w] = p
	return p
}

func (in *interner) participants(ps []timeline.Participant) []timeline.Participant {
	if len(ps) == 0 || in == nil {
		return ps
	}
	var h maphash.Hash
	h.SetSeed(in.seed)
	for _, p := range ps {
		for _, s := range []string{p.Name, string(p.Type), p.Role, p.Country} {
			h.WriteString(s)
			h.WriteByte(0)
		}
		for _, a := range p.Aliases {
			h.WriteString(a)
			h.WriteByte(1)
		}
		h.WriteByte(2)
	}
	sum := h.Sum64()
	for _, k := range in.lists[sum] {
		if compareParticipants(k, ps) == 0 {
			return k
		}
	}
	out := make([]timeline.Participant, len(ps))
	for i, p := range ps {
		out[i] = timeline.Participant{Name: in.str(p.Name), Type: timeline.PartyType(in.str(string(p.Type))),
			Role: in.str(p.Role), Country: in.str(p.Country)}
		if len(p.Aliases) > 0 {
			out[i].Aliases = make([]string, len(p.Aliases))
			for j, a := range p.Aliases {
				out[i].Aliases[j] = in.str(a)
			}
		}
	}
	in.lists[sum] = append(in.lists[sum], out)
	return out
}

func (in *interner) why(w *timeline.Why) *timeline.Why {
	if w == nil || in == nil {
		return nil
	}
	var h maphash.Hash
	h.SetSeed(in.seed)
	for _, r := range []*timeline.Reason{&w.Kind, &w.Status, w.Date, w.Place} {
		if r != nil {
			h.WriteString(r.Rule)
			h.WriteByte(0)
			h.WriteString(r.Explain)
		}
		h.WriteByte(1)
	}
	for _, p := range w.Participants {
		h.WriteString(p.Name)
		h.WriteByte(0)
		h.WriteString(p.Rule)
		h.WriteByte(0)
		h.WriteString(p.Explain)
		h.WriteByte(1)
	}
	sum := h.Sum64()
	for _, k := range in.whys[sum] {
		if timeline.CompareWhy(k, w) == 0 {
			return k
		}
	}
	reason := func(r timeline.Reason) timeline.Reason {
		return timeline.Reason{Rule: in.str(r.Rule), Explain: in.str(r.Explain)}
	}
	out := &timeline.Why{Kind: reason(w.Kind), Status: reason(w.Status),
		Date: in.reason(w.Date), Place: in.reason(w.Place), Participants: in.partyReasons(w.Participants)}
	in.whys[sum] = append(in.whys[sum], out)
	return out
}

// reason is the kept copy of *r (nil for nil).
func (in *interner) reason(r *timeline.Reason) *timeline.Reason {
	if r == nil {
		return nil
	}
	k := timeline.Reason{Rule: in.str(r.Rule), Explain: in.str(r.Explain)}
	if p, ok := in.reasons[k]; ok {
		return p
	}
	p := &k
	in.reasons[k] = p
	return p
}

// partyReasons is the kept copy of a list of participants' reasons.
func (in *interner) partyReasons(ps []timeline.PartyReason) []timeline.PartyReason {
	if len(ps) == 0 {
		return ps
	}
	var h maphash.Hash
	h.SetSeed(in.seed)
	for _, p := range ps {
		h.WriteString(p.Name)
		h.WriteByte(0)
		h.WriteString(p.Rule)
		h.WriteByte(0)
		h.WriteString(p.Explain)
		h.WriteByte(1)
	}
	sum := h.Sum64()
	for _, k := range in.parties[sum] {
		if slices.Equal(k, ps) {
			return k
		}
	}
	out := make([]timeline.PartyReason, len(ps))
	for i, p := range ps {
		out[i] = timeline.PartyReason{Name: in.str(p.Name), Reason: timeline.Reason{Rule: in.str(p.Rule), Explain: in.str(p.Explain)}}
	}
	in.parties[sum] = append(in.parties[sum], out)
	return out
}
