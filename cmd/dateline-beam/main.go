// Command dateline-beam builds the timeline of `dateline build` on Apache
// Beam: reading and extraction are a map over files, merging a keyed
// reduce, so the work spreads over as many machines as the runner has.
// The timeline is byte for byte the one `dateline build` writes for the
// same articles.
//
//	dateline-beam -o timeline.json corpus/                       # in this process, on Prism
//	dateline-beam --runner=flink --endpoint=localhost:8099 …     # see README: Flink, Spark, Dataflow
//
// Flags may come before or after the paths. Beam's own flags (--runner,
// --endpoint, --environment_type, --project …) are accepted too; see
// -help.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"github.com/dateline/dateline/cmd/dateline-beam/timelinebeam"
	"github.com/dateline/dateline/render"
)

var (
	output      = flag.String("o", "", "the file to write: a local path or one of a Beam filesystem (gs://, s3://)")
	format      = flag.String("f", "json", "output format: "+strings.Join(render.Formats, ", "))
	dateOrder   = flag.String("date-order", "", "how to read all-numeric dates like 02/01/2022: dmy or mdy (default: refuse ambiguous ones)")
	defaultDate = flag.String("default-date", "", "publication date (YYYY-MM-DD) for articles that give none")
	anyLanguage = flag.Bool("any-language", false, "read articles that are not in English too (by default they are skipped and counted)")
	cpuProfile  = flag.String("cpuprofile", "", "write a CPU profile of the run (the launcher and, on Prism, its workers) to this file")
	mergeShards = flag.Int("merge-shards", timelinebeam.DefaultMergeShards, "keys the merge groups are spread over (by a hash of the group); several times the number of workers")
	verbose     = flag.Bool("v", false, "print the runner's progress messages too (by default only warnings: the files skipped)")
)

func main() {
	flag.Usage = usage
	paths := parseArgs(os.Args[1:])
	if helpBeam {
		usage()
		os.Exit(0)
	}
	// A worker started by a runner is this binary too: beam.Init runs the
	// worker and does not return.
	beam.Init()
	job := timelinebeam.Job{Paths: paths, Format: *format, Output: *output, MergeShards: *mergeShards,
		Read: timelinebeam.ReadOptions{DateOrder: *dateOrder, DefaultDate: *defaultDate, AnyLanguage: *anyLanguage}}
	if err := job.Check(); err != nil {
		fmt.Fprintf(os.Stderr, "dateline-beam: %v (see dateline-beam -help)\n", err)
		os.Exit(2)
	}
	if !*verbose {
		beamlog.SetupLogging("warn", "text")
	}
	if *cpuProfile != "" {
		out, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "dateline-beam: -cpuprofile: %v\n", err)
			os.Exit(2)
		}
		if err := pprof.StartCPUProfile(out); err != nil {
			fmt.Fprintf(os.Stderr, "dateline-beam: -cpuprofile: %v\n", err)
			os.Exit(2)
		}
	}
	p, s := beam.NewPipelineWithRoot()
	timelinebeam.Build(s, job)
	restoreTemp := timelinebeam.PrivateTempDir()
	pr, err := beamx.RunWithMetrics(context.Background(), p)
	restoreTemp()
	pprof.StopCPUProfile()
	if err != nil {
		if strings.Contains(err.Error(), timelinebeam.ErrNothingRead.Error()) {
			// The runner's message above says so amid its stack; say it once.
			fmt.Fprintf(os.Stderr, "dateline-beam: %v from %s; %s was not written\n", timelinebeam.ErrNothingRead, strings.Join(paths, " "), job.Output)
		} else {
			fmt.Fprintf(os.Stderr, "dateline-beam: %v\n", err)
		}
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "dateline-beam: %v; wrote %s\n", timelinebeam.SummaryOf(pr), job.Output)
}

// parseArgs parses the flags wherever they stand among the paths (the
// flag package stops at the first path) and returns the paths.
func parseArgs(args []string) []string {
	var paths []string
	for {
		if err := flag.CommandLine.Parse(args); err != nil {
			os.Exit(2) // flag has printed the error and the usage
		}
		rest := flag.Args()
		if len(rest) == 0 {
			return paths
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

func usage() {
	fmt.Fprint(os.Stderr, `usage: dateline-beam [flags] PATH... -o FILE

Builds the timeline of the articles under PATH (files, folders, or patterns
of a Beam filesystem such as gs://bucket/corpus/**.jsonl) on Apache Beam and
writes it to FILE, byte for byte what 'dateline build -f FORMAT' writes.
Runs in this process on Beam's Prism runner unless --runner says otherwise.

dateline flags:
  -o FILE            the file to write (required)
  -f FORMAT          `+strings.Join(render.Formats, ", ")+` (default json)
  --date-order O     dmy or mdy, to read all-numeric dates
  --default-date D   publication date for articles that give none
  --any-language     read articles that are not in English too
  -merge-shards N    keys the merge groups are spread over (default 256)
  -v                 print the runner's progress messages too

Beam flags (all are listed by -help-beam): --runner (prism, flink, spark,
universal, dataflow), --endpoint, --environment_type, --environment_config,
--worker_binary, --parallelism, --project, --region, --temp_location,
--staging_location.
`)
	if helpBeam {
		flag.PrintDefaults()
	}
}

var helpBeam bool

func init() {
	flag.BoolVar(&helpBeam, "help-beam", false, "list every flag, Beam's included")
}
