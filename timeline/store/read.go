package store

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/rickb777/date/v2"
)

// Timeline is every event of the store, sorted as a build sorts them: the
// timeline one build over every article added gives, byte for byte.
func (s *Store) Timeline(ctx context.Context) (timeline.Timeline, error) {
	return s.selectDocs(ctx, `SELECT doc FROM events`)
}

// selectDocs reads the events a query of one doc column selects, decoded
// on every CPU, sorted.
func (s *Store) selectDocs(ctx context.Context, q string, args ...any) (timeline.Timeline, error) {
	tl := timeline.Timeline{Schema: timeline.Schema, Events: []timeline.Event{}}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return tl, fmt.Errorf("reading the store: %w", err)
	}
	var docs [][]byte
	for rows.Next() {
		var doc []byte
		if err := rows.Scan(&doc); err != nil {
			rows.Close()
			return tl, err
		}
		docs = append(docs, doc)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return tl, err
	}
	tl.Events = make([]timeline.Event, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	// Events differ in size a hundredfold (one source or a hundred):
	// workers take the next document as they finish, so that a few large
	// ones are decoded on every CPU too.
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(docs); i = int(next.Add(1) - 1) {
				errs[i] = json.Unmarshal(docs[i], &tl.Events[i])
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return tl, fmt.Errorf("store: event %d cannot be read: %w", i+1, err)
		}
	}
	timeline.SortEvents(tl.Events)
	return tl, nil
}

// Select is the events of the store f selects — the same as
// Timeline().Query(f) — found from the indexes: days in an R*Tree, kinds,
// statuses and places in indexed columns, participants in a table whose
// distinct names are matched first, and text in a trigram index. The
// indexes find a few more events than f selects at most (a name that
// matches by surname, text split across fields); f then decides.
func (s *Store) Select(ctx context.Context, f timeline.Filter) (timeline.Timeline, error) {
	var where []string
	var args []any
	if f.From != date.Zero || f.To != date.Zero {
		lo, hi := int64(f.From), int64(f.To)
		if f.From == date.Zero {
			lo = -1 << 31
		}
		if f.To == date.Zero {
			hi = 1<<31 - 1
		}
		where = append(where, `rowid IN (SELECT id FROM event_days WHERE last >= ? AND first <= ?)`)
		args = append(args, lo, hi)
	}
	if len(f.Kinds) > 0 {
		where = append(where, `kind IN (`+marks(len(f.Kinds))+`)`)
		for _, k := range f.Kinds {
			args = append(args, string(k))
		}
	}
	if len(f.Statuses) > 0 {
		where = append(where, `status IN (`+marks(len(f.Statuses))+`)`)
		for _, st := range f.Statuses {
			args = append(args, string(st))
		}
	}
	if strings.TrimSpace(f.Where) != "" {
		places, err := s.matchingPlaces(ctx, f.Where)
		if err != nil {
			return timeline.Timeline{}, err
		}
		where = append(where, `place IN (`+marks(len(places))+`)`)
		for _, p := range places {
			args = append(args, p)
		}
	}
	// Every name of Who must have taken part (any one with AnyWho): one
	// condition per name, or one for all of them.
	who := nonEmpty(f.Who)
	var byName [][]string
	if f.AnyWho && len(who) > 0 {
		byName = [][]string{who}
	} else {
		for _, w := range who {
			byName = append(byName, []string{w})
		}
	}
	for _, any := range byName {
		parties, err := s.matchingParties(ctx, any)
		if err != nil {
			return timeline.Timeline{}, err
		}
		where = append(where, `rowid IN (SELECT event FROM event_parties WHERE party IN (`+marks(len(parties))+`))`)
		for _, p := range parties {
			args = append(args, p)
		}
	}
	exact := f
	if text := names.Fold(f.Text); len([]rune(text)) >= 3 {
		// The index holds the folded text the filter searches, in
		// trigrams: a phrase of the query's trigrams is found exactly
		// where the folded text contains the query, so the filter need
		// not fold every selected event's text again.
		where = append(where, `rowid IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)`)
		args = append(args, `"`+strings.ReplaceAll(text, `"`, `""`)+`"`)
		exact.Text = ""
	}
	q := `SELECT doc FROM events`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	tl, err := s.selectDocs(ctx, q, args...)
	if err != nil {
		return tl, err
	}
	return tl.Query(exact), nil
}

// Events are the events with these ids, or that had them (aliases), in
// timeline order, each once; unknown ids are left out.
func (s *Store) Events(ctx context.Context, ids []string) (timeline.Timeline, error) {
	if len(ids) == 0 {
		return timeline.Timeline{Schema: timeline.Schema, Events: []timeline.Event{}}, nil
	}
	args := make([]any, 0, 2*len(ids))
	for _, id := range ids {
		args = append(args, id)
	}
	args = append(args, args...)
	return s.selectDocs(ctx, `SELECT doc FROM events WHERE id IN (`+marks(len(ids))+`) OR id IN (SELECT id FROM aliases WHERE alias IN (`+marks(len(ids))+`))`, args...)
}

// Aliases maps every id events had before an add changed it to the id of
// the event that took it.
func (s *Store) Aliases(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT alias, id FROM aliases`)
	if err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var a, id string
		if err := rows.Scan(&a, &id); err != nil {
			return nil, err
		}
		out[a] = id
	}
	return out, rows.Err()
}

// Stats counts what the store holds.
type Stats struct {
	Articles, Events, Aliases, Corrections int
}

// Stats counts the articles, events, aliases and corrections files.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
		(SELECT count(*) FROM aliases), (SELECT count(*) FROM corrections)`).Scan(&st.Articles, &st.Events, &st.Aliases, &st.Corrections)
	return st, err
}

// matchingPlaces are the distinct stored places the Where filter selects.
func (s *Store) matchingPlaces(ctx context.Context, where string) ([]string, error) {
	want := names.Fold(where)
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT place FROM events WHERE place IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, err
		}
		if strings.Contains(" "+names.Fold(p)+" ", want) {
			out = append(out, p)
		}
	}
	return out, rows.Err()
}

// matchingParties are the rowids of the distinct participants any one of
// the names answers to, as timeline.Filter matches them: full name, alias
// or the same person, and a country or organisation by its canonical name.
func (s *Store) matchingParties(ctx context.Context, who []string) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, name, type, aliases FROM parties`)
	if err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		var p timeline.Participant
		var typ, aliases string
		if err := rows.Scan(&id, &p.Name, &typ, &aliases); err != nil {
			return nil, err
		}
		p.Type = timeline.PartyType(typ)
		if aliases != "" {
			if err := json.Unmarshal([]byte(aliases), &p.Aliases); err != nil {
				return nil, fmt.Errorf("store: participant %d cannot be read: %w", id, err)
			}
		}
		one := timeline.Timeline{Events: []timeline.Event{{Participants: []timeline.Participant{p}}}}
		if len(one.Query(timeline.Filter{Who: who, AnyWho: true}).Events) > 0 {
			out = append(out, id)
		}
	}
	return out, rows.Err()
}

func marks(n int) string {
	if n == 0 {
		return "NULL"
	}
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func nonEmpty(list []string) []string {
	return slices.DeleteFunc(slices.Clone(list), func(s string) bool { return strings.TrimSpace(s) == "" })
}

// Doc is a file kept in the store as it was given: a corrections file.
type Doc struct {
	Name string
	Data []byte
}

// SetCorrections replaces the corrections files the store keeps.
func (s *Store) SetCorrections(ctx context.Context, docs []Doc) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cannot write the store: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM corrections`); err != nil {
		return fmt.Errorf("writing the store: %w", err)
	}
	for _, d := range docs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO corrections(name, doc) VALUES (?, ?)`, d.Name, d.Data); err != nil {
			return fmt.Errorf("writing the store: %w", err)
		}
	}
	return tx.Commit()
}

// Corrections are the corrections files the store keeps, in the order
// given.
func (s *Store) Corrections(ctx context.Context) ([]Doc, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, doc FROM corrections ORDER BY rowid`)
	if err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	defer rows.Close()
	var out []Doc
	for rows.Next() {
		var d Doc
		if err := rows.Scan(&d.Name, &d.Data); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
