package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/names"
	"github.com/rickb777/date/v2"
)

// writer is the SQL side of one Add, inside its transaction.
type writer struct {
	tx      *sql.Tx
	ctx     context.Context
	parties map[string]int64 // party rowid by name, type and aliases
	stmts   map[string]*sql.Stmt
	lastGrp int64 // the last group number given
}

// stmt is the prepared statement of q, prepared once per transaction.
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if st := w.stmts[q]; st != nil {
		return st, nil
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	st, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	w.stmts[q] = st
	return st, nil
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	res, err := st.ExecContext(w.ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("writing the store: %w", err)
	}
	return res, nil
}

// ints runs a query of one integer column.
func (w *writer) ints(q string, args ...any) ([]int64, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(w.ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func (w *writer) known(h Hash) (bool, error) {
	n, err := w.ints(`SELECT count(*) FROM articles WHERE hash = ?`, h[:])
	return err == nil && n[0] > 0, err
}

// articleRow is a stored article, by row and id.
type articleRow struct {
	rowid int64
	key   string
}

// storedArticles are the stored articles with these ids.
func (w *writer) storedArticles(ids []string) ([]articleRow, error) {
	var out []articleRow
	for _, id := range ids {
		rows, err := w.ints(`SELECT rowid FROM articles WHERE key = ?`, id)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			out = append(out, articleRow{r, id})
		}
	}
	return out, nil
}

func (w *writer) groupsOfArticleRow(rowid int64) ([]int64, error) {
	return w.ints(`SELECT grp FROM article_grps WHERE article = ?`, rowid)
}

func (w *writer) groupsOfArticles(ids []string) ([]int64, error) {
	var out []int64
	for _, id := range ids {
		gs, err := w.ints(`SELECT g.grp FROM articles a JOIN article_grps g ON g.article = a.rowid WHERE a.key = ?`, id)
		if err != nil {
			return nil, err
		}
		out = append(out, gs...)
	}
	return out, nil
}

func (w *writer) empty() (bool, error) {
	n, err := w.ints(`SELECT count(*) FROM (SELECT 1 FROM grp_keys LIMIT 1)`)
	return err == nil && n[0] == 0, err
}

func (w *writer) groupsOfKey(key string) ([]int64, error) {
	return w.ints(`SELECT grp FROM grp_keys WHERE key = ?`, key)
}

func (w *writer) groupsOfBase(base string) ([]int64, error) {
	return w.ints(`SELECT grp FROM grp_bases WHERE base = ?`, base)
}

func (w *writer) hasWide(base string) (bool, error) {
	n, err := w.ints(`SELECT count(*) FROM grp_keys WHERE key IN (?, ?)`, base+"@wide", base+"@all")
	return err == nil && n[0] > 0, err
}

func (w *writer) groupsOfNames(rowids []int64) ([]int64, error) {
	var out []int64
	for _, id := range rowids {
		gs, err := w.ints(`SELECT grp FROM name_grps WHERE name = ?`, id)
		if err != nil {
			return nil, err
		}
		out = append(out, gs...)
	}
	return out, nil
}

// events reads the stored events of groups.
func (w *writer) events(grps []int64) ([]storedEvent, error) {
	var out []storedEvent
	for _, g := range grps {
		evs, err := w.scanEvents(`SELECT rowid, grp, base, doc FROM events WHERE grp = ? ORDER BY rowid`, g)
		if err != nil {
			return nil, err
		}
		out = append(out, evs...)
	}
	return out, nil
}

// eventsOfBases reads the stored events of these bases outside the groups
// skip.
func (w *writer) eventsOfBases(bases []string, skip map[int64]bool) ([]storedEvent, error) {
	var out []storedEvent
	for _, b := range bases {
		evs, err := w.scanEvents(`SELECT rowid, grp, base, doc FROM events WHERE base = ? ORDER BY rowid`, b)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if !skip[e.grp] {
				out = append(out, e)
			}
		}
	}
	return out, nil
}

func (w *writer) scanEvents(q string, args ...any) ([]storedEvent, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(w.ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	defer rows.Close()
	var out []storedEvent
	for rows.Next() {
		var e storedEvent
		var doc []byte
		if err := rows.Scan(&e.rowid, &e.grp, &e.base, &doc); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(doc, &e.event); err != nil {
			return nil, fmt.Errorf("store: event %d cannot be read: %w", e.rowid, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// names reads every written participant with its count and standing.
func (w *writer) names() (map[string]*nameRow, error) {
	st, err := w.stmt(`SELECT rowid, participant, n, standing FROM names`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(w.ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the store: %w", err)
	}
	defer rows.Close()
	out := map[string]*nameRow{}
	for rows.Next() {
		nr := &nameRow{}
		var key string
		if err := rows.Scan(&nr.rowid, &key, &nr.n, &nr.was); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(key), &nr.p); err != nil {
			return nil, fmt.Errorf("store: name %d cannot be read: %w", nr.rowid, err)
		}
		nr.n0 = nr.n
		out[key] = nr
	}
	return out, rows.Err()
}

// saveNames writes the counts and standings that changed; a name no
// mention writes any more goes.
func (w *writer) saveNames(names map[string]*nameRow) error {
	for _, k := range sortedKeys(names) {
		nr := names[k]
		switch {
		case nr.n <= 0 && nr.rowid != 0:
			if _, err := w.exec(`DELETE FROM names WHERE rowid = ?`, nr.rowid); err != nil {
				return err
			}
			if _, err := w.exec(`DELETE FROM name_grps WHERE name = ?`, nr.rowid); err != nil {
				return err
			}
		case nr.n <= 0:
		case nr.rowid == 0:
			res, err := w.exec(`INSERT INTO names(participant, n, standing) VALUES (?, ?, ?)`, k, nr.n, nr.standing)
			if err != nil {
				return err
			}
			nr.rowid, _ = res.LastInsertId()
		case nr.n != nr.n0 || nr.standing != nr.was:
			if _, err := w.exec(`UPDATE names SET n = ?, standing = ? WHERE rowid = ?`, nr.n, nr.standing, nr.rowid); err != nil {
				return err
			}
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// nextBatch numbers this add.
func (w *writer) nextBatch() (int64, error) {
	n, err := w.ints(`SELECT coalesce(max(batch), 0) + 1 FROM articles`)
	if err != nil {
		return 0, err
	}
	return n[0], nil
}

func (w *writer) insertArticle(a Article, mentions int, batch int64) error {
	_, err := w.exec(`INSERT INTO articles(hash, key, path, url, publisher, headline, published, dateline, mentions, batch)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.Hash[:], a.ID, a.Path, a.URL, a.Publisher, a.Headline, dayString(a.Published), a.Dateline.Text, mentions, batch)
	return err
}

func (w *writer) deleteArticle(rowid int64) error {
	if _, err := w.exec(`DELETE FROM articles WHERE rowid = ?`, rowid); err != nil {
		return err
	}
	_, err := w.exec(`DELETE FROM article_grps WHERE article = ?`, rowid)
	return err
}

// newGroup files a group of mentions merged: its node keys and their
// bases, the names and articles of its mentions.
func (w *writer) newGroup(r *remerge, g *group, names map[string]*nameRow) (int64, error) {
	if w.lastGrp == 0 {
		n, err := w.ints(`SELECT coalesce(max(grp), 0) FROM (SELECT max(grp) AS grp FROM events UNION ALL SELECT max(grp) FROM grp_keys)`)
		if err != nil {
			return 0, err
		}
		w.lastGrp = n[0]
	}
	w.lastGrp++
	grp := w.lastGrp
	bases := map[string]bool{}
	for _, k := range g.keys {
		if _, err := w.exec(`INSERT INTO grp_keys(key, grp) VALUES (?, ?)`, k, grp); err != nil {
			return 0, err
		}
		if m := nodeBase.FindStringSubmatch(k); m != nil {
			bases[m[1]] = true
		}
	}
	for _, b := range sortedSet(bases) {
		if _, err := w.exec(`INSERT INTO grp_bases(base, grp) VALUES (?, ?)`, b, grp); err != nil {
			return 0, err
		}
	}
	nameIDs := map[int64]bool{}
	arts := map[string]bool{}
	for _, i := range g.mentions {
		m := &r.mentions[i]
		arts[m.Article] = true
		for _, p := range m.Participants {
			if nr := names[participantKey(p)]; nr != nil && nr.rowid != 0 {
				nameIDs[nr.rowid] = true
			}
		}
	}
	for id := range nameIDs {
		if _, err := w.exec(`INSERT OR IGNORE INTO name_grps(name, grp) VALUES (?, ?)`, id, grp); err != nil {
			return 0, err
		}
	}
	for _, a := range sortedSet(arts) {
		if _, err := w.exec(`INSERT OR IGNORE INTO article_grps(article, grp) SELECT rowid, ? FROM articles WHERE key = ?`, grp, a); err != nil {
			return 0, err
		}
	}
	return grp, nil
}

func (w *writer) deleteGroups(grps []int64) error {
	for _, g := range grps {
		for _, q := range []string{
			`DELETE FROM grp_keys WHERE grp = ?`, `DELETE FROM grp_bases WHERE grp = ?`,
			`DELETE FROM name_grps WHERE grp = ?`, `DELETE FROM article_grps WHERE grp = ?`,
		} {
			if _, err := w.exec(q, g); err != nil {
				return err
			}
		}
	}
	return nil
}

// insertEvent writes an event with what its indexes need.
func (w *writer) insertEvent(e *timeline.Event, base string, grp int64) error {
	doc := timeline.AppendEventJSON(nil, e)
	var first, last sql.NullInt64
	if e.When != nil {
		first = sql.NullInt64{Int64: int64(e.When.Start()), Valid: true}
		last = sql.NullInt64{Int64: int64(e.When.End()), Valid: true}
	}
	res, err := w.exec(`INSERT INTO events(id, base, grp, kind, status, place, first, last, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ID, base, grp, string(e.Kind), string(e.Status), nullString(e.Place), first, last, doc)
	if err != nil {
		return err
	}
	rowid, _ := res.LastInsertId()
	if e.When != nil {
		if _, err := w.exec(`INSERT INTO event_days(id, first, last) VALUES (?, ?, ?)`, rowid, first, last); err != nil {
			return err
		}
	}
	for _, p := range e.Participants {
		pid, err := w.party(p)
		if err != nil {
			return err
		}
		if _, err := w.exec(`INSERT OR IGNORE INTO event_parties(party, event) VALUES (?, ?)`, pid, rowid); err != nil {
			return err
		}
	}
	_, err = w.exec(`INSERT INTO event_text(rowid, text) VALUES (?, ?)`, rowid, searchText(e))
	return err
}

// party is the rowid of a participant as events list it.
func (w *writer) party(p timeline.Participant) (int64, error) {
	aliases := aliasesJSON(p.Aliases)
	k := p.Name + "\x00" + string(p.Type) + "\x00" + aliases
	if id, ok := w.parties[k]; ok {
		return id, nil
	}
	if _, err := w.exec(`INSERT OR IGNORE INTO parties(name, type, aliases) VALUES (?, ?, ?)`, p.Name, string(p.Type), aliases); err != nil {
		return 0, err
	}
	ids, err := w.ints(`SELECT rowid FROM parties WHERE name = ? AND type = ? AND aliases = ?`, p.Name, string(p.Type), aliases)
	if err != nil {
		return 0, err
	}
	w.parties[k] = ids[0]
	return ids[0], nil
}

func (w *writer) deleteEvent(rowid int64) error {
	for _, q := range []string{
		`DELETE FROM events WHERE rowid = ?`, `DELETE FROM event_days WHERE id = ?`,
		`DELETE FROM event_parties WHERE event = ?`, `DELETE FROM event_text WHERE rowid = ?`,
	} {
		if _, err := w.exec(q, rowid); err != nil {
			return err
		}
	}
	return nil
}

// saveAliases records the ids that disappeared; an id that is an event's
// again is no alias any more, and aliases of an id that disappeared
// follow it.
func (w *writer) saveAliases(aliases map[string]string, final []timeline.Event) error {
	for i := range final {
		if _, err := w.exec(`DELETE FROM aliases WHERE alias = ?`, final[i].ID); err != nil {
			return err
		}
	}
	for _, old := range sortedKeys(aliases) {
		to := aliases[old]
		if _, err := w.exec(`UPDATE aliases SET id = ? WHERE id = ?`, to, old); err != nil {
			return err
		}
		if _, err := w.exec(`INSERT OR REPLACE INTO aliases(alias, id) VALUES (?, ?)`, old, to); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) count(rep *Report) error {
	n, err := w.ints(`SELECT count(*) FROM events`)
	if err == nil {
		rep.Events = int(n[0])
	}
	return err
}

// searchText is the folded text the Text filter of timeline.Filter
// searches: title, format, participants and their aliases, place, and
// the headline and sentence of every source.
func searchText(e *timeline.Event) string {
	parts := []string{e.Title, e.Format}
	for _, p := range e.Participants {
		parts = append(parts, p.Name)
		parts = append(parts, p.Aliases...)
	}
	if e.Place != nil {
		parts = append(parts, *e.Place)
	}
	for _, s := range e.Sources {
		parts = append(parts, s.Headline, s.Sentence)
	}
	return names.Fold(strings.Join(parts, "\n"))
}

// dayString is a day as YYYY-MM-DD, "" when unknown.
func dayString(d date.Date) string {
	if d == date.Zero {
		return ""
	}
	return d.String()
}
