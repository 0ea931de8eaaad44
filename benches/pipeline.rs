//! The pipeline benchmark: `cargo bench --bench pipeline` (see BENCHMARKS.md).
//!
//! For synthetic questionnaires of 500, 1,000, 2,000 and 4,000 questions (made by
//! `benches/synthetic.rs`) and one answers file each, it times in-process: the floor
//! (serde_yaml parsing both files into a `Value`), loading and validating the
//! questionnaire, reading the answers, scoring, and rendering each format. Then
//! whole processes, with their peak memory: `assure report` end to end, and the
//! floor as a process of its own (this binary re-run with `--floor`), so that both
//! pay the same start-up and file reading. Last, one `report` call on 1,000
//! answers files with RAYON_NUM_THREADS=1 and =2. Then the exchange formats
//! (`benches/pipeline/exchange.rs`): the XLSX template and its read-back against their
//! YAML equivalents, at 2,000 questions (`--exchange N`; 0 skips it). Last,
//! `prefill` from 10 answers files and `compare` of two, as processes, against
//! `report` on the same files (`benches/pipeline/flow.rs`; `--flow 1000,4000`,
//! `--flow 0` skips it).
//!
//! Figures are medians. Options: `--quick` (fewer runs and sizes, for a smoke
//! test), `--sizes 500,2000`, `--batch N` (files in the batch run; 0 skips it),
//! `--keep DIR` (where the generated files and reports go; by default
//! `target/tmp/pipeline`, kept between runs, so that they can be rerun by hand).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assure::answers;
use assure::export::report;
use assure::load::config::Config;
use assure::load::{Catalog, Document};
use assure::report::Report;
use assure::score;
use assure::source::Source;
#[path = "pipeline/exchange.rs"]
mod exchange;
#[path = "pipeline/flow.rs"]
mod flow;
mod measure;
mod synthetic;

const ASSURE: &str = env!("CARGO_BIN_EXE_assure");

struct Options {
    sizes: Vec<usize>,
    /// Runs of each measurement at least, and time spent on it at least.
    runs: usize,
    budget: Duration,
    batch: usize,
    batch_questions: usize,
    /// Questions in the exchange-format measurement (0 skips it).
    exchange: usize,
    /// Sizes of the prefill and compare measurement (empty skips it).
    flow: Vec<usize>,
    /// Where to write the generated files and reports. The default is a folder
    /// under target/ that is kept between runs: see BENCHMARKS.md on why a fresh
    /// folder each time would measure the file system rather than `assure`.
    keep: Option<PathBuf>,
}

fn options(args: &[String]) -> Options {
    let quick = args.iter().any(|a| a == "--quick");
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let sizes = value("--sizes").map_or_else(
        || {
            if quick {
                vec![500, 1000]
            } else {
                vec![500, 1000, 2000, 4000]
            }
        },
        |s| s.split(',').map(|n| n.trim().parse().unwrap()).collect(),
    );
    Options {
        sizes,
        runs: if quick { 3 } else { 7 },
        budget: Duration::from_millis(if quick { 200 } else { 2000 }),
        batch: value("--batch").map_or(if quick { 100 } else { 1000 }, |n| n.parse().unwrap()),
        batch_questions: 100,
        exchange: value("--exchange")
            .map_or(if quick { 500 } else { 2000 }, |n| n.parse().unwrap()),
        keep: value("--keep").map(PathBuf::from),
        flow: value("--flow").map_or_else(
            || {
                if quick {
                    vec![500, 1000]
                } else {
                    vec![1000, 2000, 4000]
                }
            },
            |s| {
                s.split(',')
                    .map(|n| n.trim().parse().unwrap())
                    .filter(|n| *n > 0)
                    .collect()
            },
        ),
    }
}

/// The median duration of `f`, run at least `runs` times and for at least `budget`.
fn median(o: &Options, mut f: impl FnMut()) -> Duration {
    f(); // warm up
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < o.runs || (started.elapsed() < o.budget && times.len() < 200) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

/// A finished process: wall time and peak resident memory.
struct Run {
    wall: Duration,
    max_rss_kib: i64,
}

/// `--measure PROGRAM ARGS...`: runs the program, waits for it with `wait4` (which
/// reports this one child's peak memory) and prints its wall time in nanoseconds
/// and its peak RSS in KiB.
///
/// Why a helper process: Linux counts a process's peak RSS from the memory of the
/// process it was forked from, so a child spawned straight from this benchmark,
/// which holds every generated file, would report the benchmark's own size. The
/// helper is freshly started and small, so its children report their own peak.
fn measure_child(program: &str, args: &[String]) {
    let (wall, kib, code) = measure::child(program, args);
    assert_eq!(code, 0, "{program} {args:?} failed");
    println!("{} {kib}", wall.as_nanos());
}

/// Runs `cmd` through the `--measure` helper.
fn run(cmd: &Command) -> Run {
    let mut helper = Command::new(std::env::current_exe().unwrap());
    helper
        .arg("--measure")
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            helper.env(k, v);
        }
    }
    let out = helper.stderr(Stdio::inherit()).output().unwrap();
    assert!(out.status.success(), "{cmd:?} failed");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut parts = text.split_whitespace().map(|p| p.parse::<u64>().unwrap());
    let (Some(nanos), Some(rss)) = (parts.next(), parts.next()) else {
        panic!("no figures from the helper: {text:?}");
    };
    Run {
        wall: Duration::from_nanos(nanos),
        max_rss_kib: i64::try_from(rss).unwrap(),
    }
}

/// The median of several runs, with the largest peak memory among them.
fn median_run(o: &Options, mut make: impl FnMut() -> Command) -> Run {
    run(&make());
    let mut runs: Vec<Run> = Vec::new();
    let started = Instant::now();
    while runs.len() < o.runs || (started.elapsed() < o.budget && runs.len() < 50) {
        runs.push(run(&make()));
    }
    let rss = runs.iter().map(|r| r.max_rss_kib).max().unwrap_or(0);
    runs.sort_by_key(|r| r.wall);
    Run {
        wall: runs[runs.len() / 2].wall,
        max_rss_kib: rss,
    }
}

/// `--floor Q A`: only parse both files with serde_yaml, as a process.
fn floor_process(q: &str, a: &str) {
    for path in [q, a] {
        let text = std::fs::read_to_string(path).unwrap();
        let value: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        std::hint::black_box(value);
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn mib(kib: i64) -> String {
    format!("{:.1}", kib as f64 / 1024.0)
}

struct Sized {
    n: usize,
    bytes: usize,
    floor: Duration,
    load: Duration,
    answers: Duration,
    score: Duration,
    render: [Duration; 3],
    e2e: [Run; 3],
    floor_process: Run,
}

fn measure(o: &Options, dir: &Path, n: usize) -> Sized {
    let q_text = synthetic::questionnaire(n);
    let a_text = synthetic::answers(n, 1);
    let q_path = dir.join(format!("q-{n}.yaml"));
    let a_path = dir.join(format!("a-{n}.yaml"));
    std::fs::write(&q_path, &q_text).unwrap();
    std::fs::write(&a_path, &a_text).unwrap();

    let floor = median(o, || {
        for text in [&q_text, &a_text] {
            let v: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
            std::hint::black_box(v);
        }
    });
    let config = Config::default();
    let catalog = Catalog::new(&config);
    let load_q = || {
        let src = Source::new(q_path.display().to_string(), q_text.as_str());
        catalog.load(&src).unwrap().value
    };
    let load = median(o, || {
        std::hint::black_box(load_q());
    });
    let q = load_q();
    let q_digest = assure::digest::digest(&q);
    let read_answers = || {
        let src = Source::new(a_path.display().to_string(), a_text.as_str());
        let doc = Document::from_source(src).unwrap();
        let file = answers::AnswersFile::from_document(doc).unwrap();
        file.check(&q, &q_digest).unwrap().value
    };
    let answers_time = median(o, || {
        std::hint::black_box(read_answers());
    });
    let a = read_answers();
    let score = median(o, || {
        std::hint::black_box(score::assess(&q, &a));
    });
    let assessment = score::assess(&q, &a);
    let formats = ["markdown", "html", "json"].map(|name| report::named(name).unwrap());
    let render = formats.map(|f| {
        median(o, || {
            let r = Report::new(&assessment, None);
            std::hint::black_box(f.exporter.export(&r).unwrap());
        })
    });
    let e2e = formats.map(|f| {
        let out = dir.join(format!("report-{n}.{}", f.format.extension()));
        median_run(o, || {
            let mut c = Command::new(ASSURE);
            c.arg("report")
                .arg(&a_path)
                .arg("-q")
                .arg(&q_path)
                .arg("-o")
                .arg(&out)
                .env("NO_COLOR", "1");
            c
        })
    });
    let me = std::env::current_exe().unwrap();
    let floor_process = median_run(o, || {
        let mut c = Command::new(&me);
        c.arg("--floor").arg(&q_path).arg(&a_path);
        c
    });
    Sized {
        n,
        bytes: q_text.len() + a_text.len(),
        floor,
        load,
        answers: answers_time,
        score,
        render,
        e2e,
        floor_process,
    }
}

struct Batch {
    files: usize,
    questions: usize,
    one: Run,
    two: Run,
}

fn batch(o: &Options, dir: &Path) -> Batch {
    let n = o.batch_questions;
    let q_path = dir.join(format!("batch-q-{n}.yaml"));
    std::fs::write(&q_path, synthetic::questionnaire(n)).unwrap();
    let answers_dir = dir.join("batch-answers");
    std::fs::create_dir_all(&answers_dir).unwrap();
    let files: Vec<PathBuf> = (0..o.batch)
        .map(|i| {
            let p = answers_dir.join(format!("a-{i:04}.yaml"));
            std::fs::write(&p, synthetic::answers(n, i as u64)).unwrap();
            p
        })
        .collect();
    let out = dir.join("batch-reports");
    let command = |threads: &str| {
        let mut c = Command::new(ASSURE);
        c.arg("report")
            .args(&files)
            .arg("-q")
            .arg(&q_path)
            .arg("-o")
            .arg(&out)
            .env("RAYON_NUM_THREADS", threads)
            .env("NO_COLOR", "1");
        c
    };
    // Alternate the two, so that a burst of load elsewhere hits both alike.
    let mut ones = Vec::new();
    let mut twos = Vec::new();
    run(&command("1"));
    for _ in 0..o.runs.min(5) {
        ones.push(run(&command("1")));
        twos.push(run(&command("2")));
    }
    let pick = |mut runs: Vec<Run>| {
        let rss = runs.iter().map(|r| r.max_rss_kib).max().unwrap_or(0);
        runs.sort_by_key(|r| r.wall);
        Run {
            wall: runs[runs.len() / 2].wall,
            max_rss_kib: rss,
        }
    };
    Batch {
        files: o.batch,
        questions: n,
        one: pick(ones),
        two: pick(twos),
    }
}

/// The 1, 5 and 15 minute load averages: the machine may be shared.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn print(sized: &[Sized], batch: Option<&Batch>, load_before: &str) {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!(
        "\n{cores} cores; load average before {load_before}, after {}",
        load_average()
    );
    println!("\n### In process (median ms)\n");
    println!(
        "| questions | input KiB | floor: serde_yaml | load + validate | answers | score | markdown | html | json | pipeline (md) | pipeline / floor |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for s in sized {
        let pipeline = s.load + s.answers + s.score + s.render[0];
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.2}× |",
            s.n,
            s.bytes / 1024,
            ms(s.floor),
            ms(s.load),
            ms(s.answers),
            ms(s.score),
            ms(s.render[0]),
            ms(s.render[1]),
            ms(s.render[2]),
            ms(pipeline),
            pipeline.as_secs_f64() / s.floor.as_secs_f64()
        );
    }
    println!("\n### Whole processes (median ms; peak RSS MiB)\n");
    println!(
        "| questions | floor process | report → md | report → html | report → json | md / floor | md µs per question | peak RSS floor | peak RSS md | peak RSS html | peak RSS json |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for s in sized {
        println!(
            "| {} | {} | {} | {} | {} | {:.2}× | {:.1} | {} | {} | {} | {} |",
            s.n,
            ms(s.floor_process.wall),
            ms(s.e2e[0].wall),
            ms(s.e2e[1].wall),
            ms(s.e2e[2].wall),
            s.e2e[0].wall.as_secs_f64() / s.floor_process.wall.as_secs_f64(),
            s.e2e[0].wall.as_secs_f64() * 1e6 / s.n as f64,
            mib(s.floor_process.max_rss_kib),
            mib(s.e2e[0].max_rss_kib),
            mib(s.e2e[1].max_rss_kib),
            mib(s.e2e[2].max_rss_kib),
        );
    }
    if let Some(b) = batch {
        println!(
            "\n### One `report` call on {} answers files ({} questions each)\n",
            b.files, b.questions
        );
        println!("| RAYON_NUM_THREADS | wall ms | peak RSS MiB |");
        println!("| ---: | ---: | ---: |");
        println!("| 1 | {} | {} |", ms(b.one.wall), mib(b.one.max_rss_kib));
        println!("| 2 | {} | {} |", ms(b.two.wall), mib(b.two.max_rss_kib));
        println!(
            "\nspeedup on 2 threads: {:.2}×",
            b.one.wall.as_secs_f64() / b.two.wall.as_secs_f64()
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // Re-runs of this binary by itself (see `run`): the helper, and the floor.
    match args.get(1).map(String::as_str) {
        Some("--measure") => return measure_child(&args[2], &args[3..]),
        Some("--floor") => return floor_process(&args[2], &args[3]),
        _ => {}
    }
    let o = options(&args);
    let load_before = load_average();
    let dir = o
        .keep
        .clone()
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pipeline"));
    std::fs::create_dir_all(&dir).unwrap();
    let sized: Vec<Sized> = o
        .sizes
        .iter()
        .map(|&n| {
            eprintln!("measuring {n} questions…");
            measure(&o, &dir, n)
        })
        .collect();
    let batch = (o.batch > 0).then(|| {
        eprintln!("measuring {} answers files in one call…", o.batch);
        batch(&o, &dir)
    });
    let exchanged = (o.exchange > 0).then(|| {
        eprintln!(
            "measuring the exchange formats at {} questions…",
            o.exchange
        );
        exchange::measure(&o, o.exchange)
    });
    let flowed = (!o.flow.is_empty()).then(|| {
        eprintln!("measuring prefill and compare at {:?} questions…", o.flow);
        flow::measure(&o, &dir, &o.flow)
    });
    print(&sized, batch.as_ref(), &load_before);
    if let Some(e) = &exchanged {
        exchange::print(e);
    }
    if let Some(f) = &flowed {
        flow::print(f);
    }
}
