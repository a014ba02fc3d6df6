package timelinebeam_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/dateline/dateline/cmd/dateline-beam/timelinebeam"
)

// ExampleBuild builds the timeline of the sample article on Prism, in
// this process, and prints what the run counted.
func ExampleBuild() {
	dir, err := os.MkdirTemp("", "timelinebeam-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	job := timelinebeam.Job{Paths: []string{"../../../seeds"}, Output: filepath.Join(dir, "timeline.json")}
	if err := job.Check(); err != nil {
		fmt.Println(err)
		return
	}
	p, s := beam.NewPipelineWithRoot()
	timelinebeam.Build(s, job)
	pr, err := prism.Execute(context.Background(), p)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(timelinebeam.SummaryOf(pr))
	// Output: read 56 articles (56 files, 0.1 MB), skipped 0; 170 mentions → 71 events; 62 groups, the largest 17 mentions
}
