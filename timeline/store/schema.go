package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// migrations bring a store from one schema version to the next: the
// statements of migrations[i] take version i to version i+1. A new
// version is a new entry at the end; an entry once released never
// changes, so that every store can be brought forward.
var migrations = [][]string{
	// 1: articles, events and their indexes, groups, names, aliases,
	// corrections.
	{
		`CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
		// An article, by the hash of its content. key is its id (path or
		// URL): an article whose key is stored under another hash has
		// changed and replaces the stored one.
		`CREATE TABLE articles(
			rowid INTEGER PRIMARY KEY,
			hash BLOB NOT NULL UNIQUE,
			key TEXT NOT NULL,
			path TEXT NOT NULL, url TEXT NOT NULL, publisher TEXT NOT NULL,
			headline TEXT NOT NULL, published TEXT NOT NULL, dateline TEXT NOT NULL,
			mentions INTEGER NOT NULL,
			batch INTEGER NOT NULL)`,
		`CREATE INDEX articles_key ON articles(key)`,
		// An event: its timeline JSON (doc), with what the indexes need.
		// base is its id without the "-2" of a repeated id; grp the group
		// of mentions it was merged from.
		`CREATE TABLE events(
			rowid INTEGER PRIMARY KEY,
			id TEXT NOT NULL UNIQUE,
			base TEXT NOT NULL,
			grp INTEGER NOT NULL,
			kind TEXT NOT NULL, status TEXT NOT NULL, place TEXT,
			first INTEGER, last INTEGER,
			doc BLOB NOT NULL)`,
		`CREATE INDEX events_base ON events(base)`,
		`CREATE INDEX events_grp ON events(grp)`,
		`CREATE INDEX events_kind ON events(kind, status)`,
		`CREATE INDEX events_status ON events(status)`,
		`CREATE INDEX events_place ON events(place)`,
		// The days of dated events, for overlap queries.
		`CREATE VIRTUAL TABLE event_days USING rtree_i32(id, first, last)`,
		// Participants as events list them, and which events list them.
		`CREATE TABLE parties(rowid INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL,
			UNIQUE(name, type, aliases))`,
		`CREATE TABLE event_parties(party INTEGER NOT NULL, event INTEGER NOT NULL, PRIMARY KEY(party, event)) WITHOUT ROWID`,
		`CREATE INDEX event_parties_event ON event_parties(event)`,
		// The folded text --text searches, in trigrams: any substring of
		// three characters or more is found from the index.
		`CREATE VIRTUAL TABLE event_text USING fts5(text, content='', contentless_delete=1, tokenize='trigram')`,
		// The node keys of each group of mentions (merge.Plan.Keys), and
		// the side keys they are made of.
		`CREATE TABLE grp_keys(key TEXT NOT NULL, grp INTEGER NOT NULL, PRIMARY KEY(key, grp)) WITHOUT ROWID`,
		`CREATE INDEX grp_keys_grp ON grp_keys(grp)`,
		`CREATE TABLE grp_bases(base TEXT NOT NULL, grp INTEGER NOT NULL, PRIMARY KEY(base, grp)) WITHOUT ROWID`,
		`CREATE INDEX grp_bases_grp ON grp_bases(grp)`,
		// Every participant as mentions write it, how many times, and its
		// standing in the registry of all the names.
		`CREATE TABLE names(rowid INTEGER PRIMARY KEY, participant TEXT NOT NULL UNIQUE, n INTEGER NOT NULL, standing TEXT NOT NULL)`,
		`CREATE TABLE name_grps(name INTEGER NOT NULL, grp INTEGER NOT NULL, PRIMARY KEY(name, grp)) WITHOUT ROWID`,
		`CREATE INDEX name_grps_grp ON name_grps(grp)`,
		`CREATE TABLE article_grps(article INTEGER NOT NULL, grp INTEGER NOT NULL, PRIMARY KEY(article, grp)) WITHOUT ROWID`,
		`CREATE INDEX article_grps_grp ON article_grps(grp)`,
		// An id an event had, and the id of the event that took it.
		`CREATE TABLE aliases(alias TEXT PRIMARY KEY, id TEXT NOT NULL)`,
		// Corrections files as given (see package correct).
		`CREATE TABLE corrections(rowid INTEGER PRIMARY KEY, name TEXT NOT NULL, doc BLOB NOT NULL)`,
	},
}

// Version is the schema version this package writes.
var Version = len(migrations)

// Mode says whether Open may create the file.
type Mode int

const (
	// Existing opens a store that must exist.
	Existing Mode = iota
	// Create makes the store when the file does not exist.
	Create
)

// Store is a timeline kept in one SQLite file. A Store is safe for use by
// one goroutine at a time; several processes may read it while one adds.
type Store struct {
	db   *sql.DB
	path string
}

// sqliteMagic opens every SQLite file.
var sqliteMagic = []byte("SQLite format 3\x00")

// IsStore reports whether path is an SQLite file: a store, or at least
// not a timeline JSON or an article.
func IsStore(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	return bytes.Equal(head, sqliteMagic)
}

// Open opens the store at path, making it when mode is Create and the file
// does not exist, and migrating it to Version. A file that is not a store,
// or one of a newer version, is an error that says so.
func Open(path string, mode Mode) (*Store, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist) && mode == Existing:
		return nil, fmt.Errorf("no store at %s (dateline add --db %s PATH... makes one)", path, path)
	case err == nil && fi.IsDir():
		return nil, fmt.Errorf("%s is a folder, not a store", path)
	case err == nil && fi.Size() > 0 && !IsStore(path):
		return nil, fmt.Errorf("%s is not a dateline store (not an SQLite file)", path)
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("cannot open the store: %w", err)
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)&_pragma=foreign_keys(OFF)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("cannot open the store %s: %w", path, err)
	}
	// One connection: the store is used by one goroutine, and a
	// transaction must see its own writes.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Path is the file the store is in.
func (s *Store) Path() string { return s.path }

// migrate brings the schema to Version, in one transaction.
func (s *Store) migrate() error {
	var v int
	if err := s.db.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		return fmt.Errorf("not a dateline store: %w", err)
	}
	if v > Version {
		return fmt.Errorf("schema version %d is newer than this dateline reads (%d): use a newer dateline", v, Version)
	}
	if v == Version {
		return nil
	}
	if v == 0 {
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("an SQLite file with tables of its own, not a dateline store")
		}
	}
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for ; v < Version; v++ {
		for _, stmt := range migrations[v] {
			if _, err := tx.Exec(stmt); err != nil {
				return fmt.Errorf("migrating to schema version %d: %w", v+1, err)
			}
		}
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, Version)); err != nil {
		return err
	}
	return tx.Commit()
}
