package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/merge"
)

// Report says what an Add did.
type Report struct {
	// Articles is how many articles were given; New how many were added
	// (their content was not in the store); Known how many were already
	// there; Replaced how many stored articles a new version of the same
	// id replaced.
	Articles, New, Known, Replaced int
	// Mentions is the number of mentions the new articles gave.
	Mentions int
	// Groups is how many stored groups of mentions were merged again, and
	// Remerged how many mentions they held with the new ones.
	Groups, Remerged int
	// Removed and Written are the events taken out and written (the
	// events of the groups merged again, and events renumbered beside
	// them); Events is how many the store holds after the add.
	Removed, Written, Events int
	// Aliases are the ids that disappeared, each with the id of the event
	// that took it.
	Aliases map[string]string
}

// Known reports whether an article with this content hash is stored, so
// that it need not be read further nor extracted.
func (s *Store) Known(ctx context.Context, h Hash) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE hash = ?`, h[:]).Scan(&n)
	return n > 0, err
}

// Add adds articles and the mentions extracted from them (each mention's
// Article is the id of one of arts), merging again only the stored events
// they touch (see the package documentation). An article whose content is
// already stored is left out with its mentions; one whose id is stored
// with other content replaces it. Everything is one transaction: when ctx
// is cancelled or anything fails, the store is as it was.
func (s *Store) Add(ctx context.Context, arts []Article, mentions []timeline.Mention) (Report, error) {
	rep := Report{Articles: len(arts)}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return rep, fmt.Errorf("cannot write the store: %w", err)
	}
	defer tx.Rollback()
	w := &writer{tx: tx, ctx: ctx, parties: map[string]int64{}}
	if err := w.add(arts, mentions, &rep); err != nil {
		return rep, err
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	if err := tx.Commit(); err != nil {
		return rep, fmt.Errorf("cannot write the store: %w", err)
	}
	return rep, nil
}

// nameRow is a written participant of the names table.
type nameRow struct {
	rowid    int64
	p        timeline.Participant
	n        int
	standing string
	n0       int    // count before this add
	was      string // standing before this add; "" for a new name
	changed  bool
}

func (w *writer) add(arts []Article, mentions []timeline.Mention, rep *Report) error {
	// The articles that are new; the stored ones they replace.
	seen := map[Hash]bool{}
	var fresh []Article
	for _, a := range arts {
		if seen[a.Hash] {
			rep.Known++
			continue
		}
		seen[a.Hash] = true
		known, err := w.known(a.Hash)
		if err != nil {
			return err
		}
		if known {
			rep.Known++
			continue
		}
		fresh = append(fresh, a)
	}
	rep.New = len(fresh)
	ids := map[string]bool{}
	for _, a := range fresh {
		ids[a.ID] = true
	}
	var newMentions []timeline.Mention
	for _, m := range mentions {
		if ids[m.Article] {
			newMentions = append(newMentions, m)
		}
	}
	rep.Mentions = len(newMentions)
	replaced, err := w.storedArticles(sortedSet(ids))
	if err != nil {
		return err
	}
	rep.Replaced = len(replaced)
	if len(fresh) == 0 {
		return w.count(rep)
	}
	r := &remerge{idx: w, removed: map[string]bool{}, loaded: map[int64]bool{}}
	var seeds []int64
	for _, a := range replaced {
		r.removed[a.key] = true
		gs, err := w.groupsOfArticleRow(a.rowid)
		if err != nil {
			return err
		}
		seeds = append(seeds, gs...)
	}
	// The stored mentions of replaced articles leave the names' counts.
	names, err := w.names()
	if err != nil {
		return err
	}
	if len(replaced) > 0 {
		evs, err := w.events(seeds)
		if err != nil {
			return err
		}
		for i := range evs {
			for _, m := range merge.MentionsOf(&evs[i].event) {
				if r.removed[m.Article] {
					countNames(names, m.Participants, -1)
				}
			}
		}
	}
	for i := range newMentions {
		countNames(names, newMentions[i].Participants, 1)
	}
	r.reg = registry(names)
	var changed []int64
	for _, nr := range names {
		nr.standing = ""
		if nr.n > 0 {
			nr.standing = r.reg.Standing(nr.p)
		}
		if nr.rowid != 0 && nr.standing != nr.was {
			nr.changed = true
			changed = append(changed, nr.rowid)
		}
	}
	gs, err := w.groupsOfNames(changed)
	if err != nil {
		return err
	}
	seeds = append(seeds, gs...)
	if _, err := r.load(seeds); err != nil {
		return err
	}
	r.mentions = append(r.mentions, newMentions...)
	if err := r.close(w.hasWide); err != nil {
		return err
	}
	if err := w.ctx.Err(); err != nil {
		return err
	}
	rep.Groups, rep.Remerged = len(r.loaded), len(r.mentions)
	groups := r.merge()
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.write(r, groups, fresh, replaced, names, rep)
}

// countNames adds d to the count of each participant.
func countNames(names map[string]*nameRow, ps []timeline.Participant, d int) {
	for _, p := range ps {
		k := participantKey(p)
		nr := names[k]
		if nr == nil {
			nr = &nameRow{p: p}
			names[k] = nr
		}
		nr.n += d
	}
}

// registry is the merge.Registry of every written name, as often as the
// mentions write it.
func registry(names map[string]*nameRow) *merge.Registry {
	n := merge.NewNames()
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	m := timeline.Mention{Participants: make([]timeline.Participant, 1)}
	for _, k := range keys {
		nr := names[k]
		m.Participants[0] = nr.p
		for range nr.n {
			n.Add(&m)
		}
	}
	return n.Registry()
}

// write replaces the events of the groups merged again by the new ones,
// numbers the ids of their bases again, and records the articles, names,
// groups and aliases.
func (w *writer) write(r *remerge, groups []*group, fresh []Article, replaced []articleRow, names map[string]*nameRow, rep *Report) error {
	// Events beside the new ones: the stored events of the bases they
	// touch, outside the groups merged again, whose numbers may move.
	bases := map[string]bool{}
	for _, e := range r.old {
		bases[e.base] = true
	}
	var all []timeline.Event
	grpOf := map[mentionKey]int{} // new event → its group (index)
	baseOf := map[mentionKey]string{}
	for gi, g := range groups {
		for i := range g.events {
			e := &g.events[i]
			bases[e.ID] = true
			grpOf[identity(e)] = gi
			baseOf[identity(e)] = e.ID
			all = append(all, *e)
		}
	}
	beside, err := w.eventsOfBases(sortedSet(bases), r.loaded)
	if err != nil {
		return err
	}
	besideOf := map[mentionKey]*storedEvent{}
	for i := range beside {
		e := &beside[i]
		besideOf[identity(&e.event)] = e
		ev := e.event
		ev.ID = e.base
		all = append(all, ev)
	}
	final := merge.Finish(timeline.Timeline{Events: all}).Events
	// What goes: the old events, and those beside them whose id moved.
	var gone []storedEvent
	gone = append(gone, r.old...)
	type put struct {
		e    *timeline.Event
		base string
		grp  int64 // -1-gi for a new group gi
	}
	var puts []put
	for i := range final {
		e := &final[i]
		k := identity(e)
		if b := besideOf[k]; b != nil {
			if b.event.ID == e.ID {
				continue
			}
			gone = append(gone, *b)
			puts = append(puts, put{e, b.base, b.grp})
			continue
		}
		puts = append(puts, put{e, baseOf[k], int64(-1 - grpOf[k])})
	}
	for _, e := range gone {
		if err := w.deleteEvent(e.rowid); err != nil {
			return err
		}
	}
	loaded := make([]int64, 0, len(r.loaded))
	for g := range r.loaded {
		loaded = append(loaded, g)
	}
	if err := w.deleteGroups(loaded); err != nil {
		return err
	}
	for _, a := range replaced {
		if err := w.deleteArticle(a.rowid); err != nil {
			return err
		}
	}
	batch, err := w.nextBatch()
	if err != nil {
		return err
	}
	perArticle := map[string]int{}
	for _, m := range r.mentions {
		perArticle[m.Article]++
	}
	for _, a := range fresh {
		if err := w.insertArticle(a, perArticle[a.ID], batch); err != nil {
			return err
		}
	}
	if err := w.saveNames(names); err != nil {
		return err
	}
	grpIDs := make([]int64, len(groups))
	for gi, g := range groups {
		if grpIDs[gi], err = w.newGroup(r, g, names); err != nil {
			return err
		}
	}
	for _, p := range puts {
		grp := p.grp
		if grp < 0 {
			grp = grpIDs[-1-grp]
		}
		if err := w.insertEvent(p.e, p.base, grp); err != nil {
			return err
		}
	}
	rep.Removed, rep.Written = len(gone), len(puts)
	rep.Aliases = aliasesOf(gone, final)
	if err := w.saveAliases(rep.Aliases, final); err != nil {
		return err
	}
	return w.count(rep)
}

// aliasesOf maps each id of gone that no event of final has to the event
// of final holding most of its mentions (the first in timeline order on a
// tie); an id whose mentions all left the store maps to nothing.
func aliasesOf(gone []storedEvent, final []timeline.Event) map[string]string {
	ids := make(map[string]bool, len(final))
	holder := map[mentionKey]int{}
	for i := range final {
		e := &final[i]
		ids[e.ID] = true
		for j := range e.Sources {
			s := &e.Sources[j]
			for k := range s.Mentions {
				holder[keyOf(s, &s.Mentions[k])] = i
			}
		}
	}
	out := map[string]string{}
	for _, g := range gone {
		if ids[g.event.ID] {
			continue
		}
		votes := map[int]int{}
		for j := range g.event.Sources {
			s := &g.event.Sources[j]
			for k := range s.Mentions {
				if i, ok := holder[keyOf(s, &s.Mentions[k])]; ok {
					votes[i]++
				}
			}
		}
		best, bv := -1, 0
		for i, v := range votes {
			if v > bv || (v == bv && i < best) {
				best, bv = i, v
			}
		}
		if best >= 0 {
			out[g.event.ID] = final[best].ID
		}
	}
	return out
}

// participantsJSON is the form of a participant's aliases in parties.
func aliasesJSON(a []string) string {
	if len(a) == 0 {
		return ""
	}
	b, _ := json.Marshal(a)
	return string(b)
}

// nullString is s, or NULL when s is nil.
func nullString(s *string) sql.NullString {
	if s == nil {
		return sql.NullString{}
	}
	return sql.NullString{String: *s, Valid: true}
}
