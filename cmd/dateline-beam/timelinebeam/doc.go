// Package timelinebeam builds the timeline of `dateline build` as an
// Apache Beam pipeline, so that a corpus too big for one machine is read,
// extracted and merged by the workers of a Flink, Spark or Dataflow
// cluster — or, for a test, by Beam's Prism runner inside the process.
//
// Reading and extraction are a map over files. Merging is a keyed reduce:
// the merge package cuts the mentions into groups that never share an
// event (see "Keys, groups and a distributed run" in its documentation),
// and each group is merged by one worker. What the groups are depends on
// every mention, through three summaries that add up — the names
// registry, the Plan and the Components — which the pipeline builds as
// combines and hands to later stages as side inputs. A last, global step
// gives the events their ids and order and writes them with the renderer
// of `dateline build`, so that the file is byte for byte the one build
// writes for the same articles.
//
//	job := timelinebeam.Job{Paths: []string{"corpus/"}, Output: "timeline.json"}
//	if err := job.Check(); err != nil { … }
//	p, s := beam.NewPipelineWithRoot()
//	timelinebeam.Build(s, job)
//	pr, err := prism.Execute(ctx, p) // or beamx.Run with --runner
//	fmt.Println(timelinebeam.SummaryOf(pr))
//
// Beam moves values between stages and machines as bytes: wire.go and
// summaries.go give the coders, and say why each value comes back the
// same.
package timelinebeam
