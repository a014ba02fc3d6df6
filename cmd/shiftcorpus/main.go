// Command shiftcorpus copies a corpus of articles several times, moving
// every calendar date written in copy k by k-1 times a number of weeks, so
// that a large benchmark corpus made of copies reports distinct events
// instead of the same events over and over:
//
//	shiftcorpus -copies 700 -weeks 3 ../shared/corpora/diplomacy-2021 /tmp/bench
//
// writes /tmp/bench/copy1 (the corpus as it is), /tmp/bench/copy2 (every
// date three weeks later), … A shift by whole weeks keeps every weekday:
// "Thursday" in an article still names the day it named, counted from the
// moved publication date.
//
// Dates are found by their written forms: "December 30", "Dec. 30, 2021",
// "Dec 09, 2021", "30 December 2021", "December 21-22", "2021-12-30" and
// "December 2021". A date written without its year takes the year that puts
// it nearest the first dated line of its file (the publication date of an
// article). Relative dates ("last Thursday", "next week") are left as they
// are: they move with the publication date. Files are copied byte for byte
// apart from the dates; the tool reads no structure, so text, JSON and JSON
// Lines articles are all shifted.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	copies := flag.Int("copies", 1, "how many copies to write")
	weeks := flag.Int("weeks", 1, "weeks each copy's dates move past the previous copy's")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: shiftcorpus [-copies N] [-weeks W] SRC DST")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 || *copies < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), flag.Arg(1), *copies, *weeks); err != nil {
		fmt.Fprintln(os.Stderr, "shiftcorpus:", err)
		os.Exit(1)
	}
}

// run writes the copies of src under dst/copyK.
func run(src, dst string, copies, weeks int) error {
	type file struct {
		rel   string
		dates *Dates
	}
	var files []file
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		files = append(files, file{rel, Parse(data)})
		return err
	})
	if err != nil {
		return err
	}
	for k := range copies {
		days := 7 * weeks * k
		for _, f := range files {
			out := filepath.Join(dst, fmt.Sprintf("copy%d", k+1), f.rel)
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(out, f.dates.Shift(days), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
