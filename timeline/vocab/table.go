package vocab

import (
	"embed"
	"fmt"
	"slices"
	"strings"
)

// data holds the tables. They are read once, when the package is
// initialised; a malformed row panics then, naming its file and line, so a
// broken table never reaches a user.
//
//go:embed data/*.tsv
var data embed.FS

// row is one data line of a table: its cells in column order, a missing
// trailing optional cell read as empty.
type row struct {
	file  string
	line  int
	cells []string
}

// String is where the row is, for error messages: "data/cities.tsv:12".
func (r row) String() string { return fmt.Sprintf("%s:%d", r.file, r.line) }

// list splits cell i at "|".
func (r row) list(i int) []string {
	if r.cells[i] == "" {
		return nil
	}
	return strings.Split(r.cells[i], "|")
}

// errorf makes an error that says where the row is.
func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: %s", r, fmt.Sprintf(format, args...))
}

// column describes one column of a table: its name as the header writes
// it, whether a row may leave it empty, and whether it is a list.
type column struct {
	name     string
	optional bool
	list     bool
}

// Column constructors, for the table declarations.
func req(name string) column     { return column{name: name} }
func opt(name string) column     { return column{name: name, optional: true} }
func reqList(name string) column { return column{name: name, list: true} }
func optList(name string) column { return column{name: name, optional: true, list: true} }

// mustRead reads the table file under data/ and panics on any error.
func mustRead(file string, cols ...column) []row {
	text, err := data.ReadFile("data/" + file)
	if err != nil {
		panic("vocab: " + err.Error())
	}
	rows, err := parseTable("data/"+file, string(text), cols)
	if err != nil {
		panic("vocab: " + err.Error())
	}
	return rows
}

// parseTable reads a table: "#" lines are comments, blank lines are
// skipped, every other line is a row of tab-separated cells. One comment
// line must name the columns, tab-separated ("# name\tiso2\t…"), before
// the first row, so that the file always documents what it holds. A row
// has one cell per column; trailing optional cells may be left off. No
// cell has spaces around it; a list cell separates its items with "|",
// and an item is neither empty nor given twice.
func parseTable(file, text string, cols []column) ([]row, error) {
	header := "#"
	for i, c := range cols {
		if i == 0 {
			header += " "
		} else {
			header += "\t"
		}
		header += c.name
	}
	required := 0
	for i, c := range cols {
		if !c.optional {
			required = i + 1
		}
	}
	var rows []row
	seenHeader := false
	for n, line := range strings.Split(text, "\n") {
		r := row{file: file, line: n + 1}
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "#") {
			seenHeader = seenHeader || strings.TrimRight(line, " \t") == header
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !seenHeader {
			return nil, r.errorf("a row before the column header %q", header)
		}
		r.cells = strings.Split(line, "\t")
		if len(r.cells) > len(cols) || len(r.cells) < required {
			return nil, r.errorf("%d cells, want %d (%s)", len(r.cells), len(cols), strings.ReplaceAll(header[2:], "\t", " "))
		}
		for len(r.cells) < len(cols) {
			r.cells = append(r.cells, "")
		}
		for i, c := range cols {
			cell := r.cells[i]
			if cell != strings.TrimSpace(cell) {
				return nil, r.errorf("%s %q has spaces around it", c.name, cell)
			}
			if cell == "" && !c.optional {
				return nil, r.errorf("%s is empty", c.name)
			}
			if !c.list {
				if strings.Contains(cell, "|") {
					return nil, r.errorf("%s %q is not a list, but has a |", c.name, cell)
				}
				continue
			}
			items := r.list(i)
			for k, it := range items {
				if it == "" || it != strings.TrimSpace(it) {
					return nil, r.errorf("%s: item %d %q is empty or has spaces around it", c.name, k+1, it)
				}
				if slices.Contains(items[:k], it) {
					return nil, r.errorf("%s: %q is given twice", c.name, it)
				}
			}
		}
		rows = append(rows, r)
	}
	if !seenHeader {
		return nil, fmt.Errorf("%s: no column header %q", file, header)
	}
	return rows, nil
}

// flags reads a list cell of flag words into the named booleans; a word
// that is not a known flag is an error.
func (r row) flags(i int, name string, known map[string]*bool) error {
	for _, f := range r.list(i) {
		p, ok := known[f]
		if !ok {
			return r.errorf("%s: unknown flag %q", name, f)
		}
		*p = true
	}
	return nil
}

// must panics with err, which names the table and line.
func must(err error) {
	if err != nil {
		panic("vocab: " + err.Error())
	}
}

// lowerIndex maps the lower-case form of each key to the index of the first
// row that gives it: lookups ignore case, and a form that two rows give
// (which the tests forbid) goes to the first.
func lowerIndex(keys func(yield func(form string, index int))) map[string]int {
	m := map[string]int{}
	keys(func(form string, i int) {
		k := strings.ToLower(form)
		if _, dup := m[k]; !dup {
			m[k] = i
		}
	})
	return m
}
