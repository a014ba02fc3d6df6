package merge

import (
	"github.com/dateline/dateline/timeline"
)

// space numbers the keys, articles and kinds of one merge, so that a node
// (index.go) is four small numbers, hashed and compared as such, and
// shares the shapes of mentions alike (shapeCache). Numbers are local to
// one merge; Plan.Keys writes nodes with their names for a distributed run.
// A space is filled while items are made, on one goroutine, and only read
// afterwards.
type space struct {
	reg      *Registry
	keys     symbols
	articles symbols
	kinds    symbols
	undated  map[undatedOf][]int32 // kind, placed → kinds an undated mention may join
	shapes   shapeCache
}

type undatedOf struct {
	kind   int32
	placed bool
}

// symbols numbers strings in the order they are first seen.
type symbols struct {
	ids   map[string]int32
	names []string
}

func (s *symbols) id(name string) int32 {
	if id, ok := s.ids[name]; ok {
		return id
	}
	if s.ids == nil {
		s.ids = map[string]int32{}
	}
	id := int32(len(s.names))
	s.ids[name] = id
	s.names = append(s.names, name)
	return id
}

func newSpace(reg *Registry) *space {
	return &space{reg: reg, undated: map[undatedOf][]int32{}, shapes: shapeCache{}}
}

// item prepares the mention e keeps, sharing its shape with the mentions
// alike.
func (sp *space) item(e *entry) *mergeItem {
	r := &e.rec[0]
	var sh *shape
	if len(r.Participants) == 0 {
		sh = sp.newShape(r)
	} else {
		k := shapeKey{&r.Participants[0], len(r.Participants), r.Kind == timeline.Visit, r.Format}
		if sh = sp.shapes[k]; sh == nil {
			sh = sp.newShape(r)
			sp.shapes[k] = sh
		}
	}
	it := &mergeItem{e: e, article: e.art.id, shape: sh}
	it.bilateral = len(sh.sides) == 2 && e.sentence != "" && e.sentence == e.art.headline && r.Kind.Family() == timeline.Talks && r.Kind != timeline.Visit
	it.settle()
	it.articleID = sp.articles.id(it.article)
	it.kindID = sp.kinds.id(string(r.Kind))
	of := undatedOf{it.kindID, it.place != ""}
	if _, ok := sp.undated[of]; !ok {
		var ids []int32
		for _, k := range undatedKinds(r.Kind, of.placed) {
			ids = append(ids, sp.kinds.id(string(k)))
		}
		sp.undated[of] = ids
	}
	it.undatedKinds = sp.undated[of]
	return it
}

func (sp *space) newShape(r *timeline.MentionRecord) *shape {
	sh := newShape(r, sp.reg)
	sh.keyIDs = make([]int32, len(sh.keys))
	for i, k := range sh.keys {
		sh.keyIDs[i] = sp.keys.id(k)
	}
	return sh
}

// mention prepares one mention on its own (see Plan.Add).
func (sp *space) mention(m *timeline.Mention) *mergeItem {
	var s Set // with no interner: nothing to share
	e := s.entry(m)
	it := sp.item(&e)
	it.m = m
	return it
}
